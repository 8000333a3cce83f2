"""Running the pipeline over files and folders.

The batch layer knows files, records and errors, never what a percentage is.
A file that fails is reported with its path and reason and the batch goes on.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import CchcError, ReadError
from .records import ArticleRecord

FACT_FIELDS = ("legal_documents", "dates", "percentages", "dossier_counts", "entities", "quantities", "checks")


def iter_paths(paths: Iterable[str | os.PathLike], pattern: str = "*.txt") -> Iterator[Path]:
    """Files named by ``paths``: files as given, folders searched recursively
    for ``pattern``, each folder's files in sorted order."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            yield from sorted(x for x in p.rglob(pattern) if x.is_file())
        else:
            yield p


@dataclass
class Failure:
    path: str
    error: str
    reason: str

    def to_json(self) -> str:
        return json.dumps({"path": self.path, "error": self.error, "reason": self.reason}, ensure_ascii=False)


@dataclass
class Summary:
    articles: int = 0
    failures: list[Failure] = field(default_factory=list)
    facts: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, record: ArticleRecord) -> None:
        self.articles += 1
        for name in FACT_FIELDS:
            self.facts[name] += len(getattr(record, name))

    def lines(self) -> list[str]:
        rate = self.articles / self.seconds if self.seconds else 0.0
        out = [f"{self.articles} articles in {self.seconds:.1f} s ({rate:.1f}/s), {len(self.failures)} failed"]
        out.append("facts: " + ", ".join(f"{name} {self.facts[name]}" for name in FACT_FIELDS))
        return out


def record_line(record: ArticleRecord) -> str:
    """One JSONL line for a record."""
    return record.model_dump_json() + "\n"


def process_path(pipe, path: Path) -> ArticleRecord:
    """Read and extract one file; every failure is a :class:`CchcError`."""
    from .reading import read_article

    article = read_article(path)
    try:
        return pipe(article)
    except CchcError:
        raise
    except Exception as exc:  # a bug in a stage must not stop the batch
        raise ReadError(path, f"extraction failed: {type(exc).__name__}: {exc}") from exc


class AtomicWriter:
    """Write a file through a temporary sibling and rename it into place on
    success, so a crash never leaves a half-written output."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        self.tmp = Path(tmp)
        self.fh = os.fdopen(fd, "w", encoding="utf-8")

    def write(self, s: str) -> None:
        self.fh.write(s)

    def commit(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        self.fh.close()
        self.tmp.unlink(missing_ok=True)


def run_batch(paths: Iterable[str | os.PathLike], out: str | os.PathLike | None, *, pipe=None,
              exclude: Iterable[str] = (), on_error=None) -> Summary:
    """Extract every article under ``paths`` into JSONL ``out`` (``None`` or
    ``"-"`` for stdout).  Returns a :class:`Summary`; failures are listed there
    and passed to ``on_error(failure)`` as they happen."""
    from .pipeline import Pipeline

    pipe = pipe or Pipeline(exclude=exclude)
    summary = Summary()
    t0 = time.perf_counter()
    to_stdout = out is None or str(out) == "-"
    writer = None if to_stdout else AtomicWriter(out)
    sink = sys.stdout if to_stdout else writer
    try:
        for path in iter_paths(paths):
            try:
                record = process_path(pipe, path)
            except CchcError as exc:
                failure = Failure(str(path), type(exc).__name__, str(exc))
                summary.failures.append(failure)
                if on_error:
                    on_error(failure)
                continue
            record = record.model_copy(update={"source": str(path)})
            sink.write(record_line(record))
            summary.add(record)
    except BaseException:
        if writer:
            writer.abort()
        raise
    if writer:
        writer.commit()
    summary.seconds = time.perf_counter() - t0
    return summary
