"""The worker side of a batch: what runs in each process (or Dask task) on a
chunk of paths: the per-process pipeline, reading and extracting one file with
every failure caught and reported (:class:`Failure`), the JSONL line of a
record, and a worker's start-up (warm-up, and ending when its parent dies).
:mod:`cchc_extract.batch` sends the chunks (:mod:`cchc_extract.executing`
keeps them in order)."""

from __future__ import annotations

import dataclasses
import json
import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import CchcError, ReadError
from .reading import printable
from .records import ArticleRecord
from .resume import key64


#: The fact lists of a record, in the order of the summary line.
FACT_FIELDS = ("legal_documents", "dates", "percentages", "dossier_counts", "entities", "quantities", "checks")


@dataclass
class Failure:
    path: str
    error: str
    reason: str

    def to_json(self) -> str:
        return json.dumps({"path": self.path, "error": self.error, "reason": self.reason}, ensure_ascii=False)




def record_line(record: ArticleRecord) -> str:
    """One JSONL line for a record: ``record.model_dump_json() + "\n"``, made from the
    UTF-8 bytes with their newline (the ``str`` of a big record is twice its bytes:
    adding the newline to it would copy it once more)."""
    data = record.__pydantic_serializer__.to_json(record)
    data = b"".join((data, b"\n"))
    return data.decode("utf-8")


# --------------------------------------------------------------------------- worker side

_LOCAL = threading.local()


def get_pipeline(exclude: Iterable[str] = ()):
    """The pipeline for ``exclude``, built once per process and thread."""
    from .pipeline import Pipeline

    key = tuple(sorted(exclude))
    pipes = getattr(_LOCAL, "pipes", None)
    if pipes is None:
        pipes = _LOCAL.pipes = {}
    pipe = pipes.get(key)
    if pipe is None:
        pipe = pipes[key] = Pipeline(exclude=key)
    return pipe


def process_path(pipe, path: Path) -> ArticleRecord:
    """Read and extract one file; every failure is a :class:`CchcError`."""
    from .reading import read_article

    article = read_article(path)
    return _extract(pipe, article, path)


def _extract(pipe, article, path) -> ArticleRecord:
    try:
        record = pipe(article)
    except CchcError:
        raise
    except Exception as exc:  # a bug in a stage must not stop the batch
        raise ReadError(printable(path), f"extraction failed: {type(exc).__name__}: {exc}") from exc
    return record.model_copy(update={"source": printable(path), "content_hash": article.content_hash})


# An outcome is a plain tuple (cheap to pickle between processes):
#   ("ok", path, json_line, fact_counts, nbytes, replaces_stale)
#   ("skip", path) or ("skip", path, doc_id, key64(content_hash))
#   ("fail", path, error_class, reason)
Outcome = tuple


def process_item(pipe, path: str, known: tuple[int, ...] = (), cwd: str | None = None,
                 doc_id: str | None = None, extra: dict | None = None) -> Outcome:
    """The outcome for one file.  ``known`` holds the :func:`key64` of the
    content hashes already written for this file's doc_id (resume).  A
    relative ``path`` is read from ``cwd`` when given (a worker on another
    machine) and reported as given.  ``doc_id``: the record's id (default:
    the file's stem).  ``extra``: metadata from outside the text
    (``run_batch(meta=...)``), merged into ``Article.extra``.  Nothing
    escapes: every error, even one building the JSON line, is a ``"fail"``
    outcome for this file alone."""
    from .reading import read_article

    try:
        article = read_article(os.path.join(cwd, path) if cwd and not os.path.isabs(path) else path)
        if doc_id is not None and doc_id != article.doc_id:
            article = dataclasses.replace(article, doc_id=doc_id)
        if extra:
            article = dataclasses.replace(article, extra={**article.extra, **extra})
        ch = article.content_hash
        if known and key64(ch) in known:
            # Several records for this doc_id (an edited article whose old
            # record a killed run could not remove yet): keep the current one.
            # So too when the name holds a backslash: `caf\xe9.txt` (a byte)
            # and `caf\\xe9.txt` (a backslash) are one source, and the record
            # of the one must survive the other being extracted anew.
            multi = len(known) > 1 or "\\" in printable(path)
            return ("skip", path, article.doc_id, key64(ch)) if multi else ("skip", path)
        record = _extract(pipe, article, path)
        line = record_line(record)
        counts = tuple(len(getattr(record, name)) for name in FACT_FIELDS)
        nbytes = article.utf8_size
    except CchcError as exc:
        reason = exc.reason if isinstance(exc, ReadError) and exc.path in (str(path), printable(path)) else str(exc)
        return ("fail", path, type(exc).__name__, reason)
    except Exception as exc:  # never let one file take the chunk down
        return ("fail", path, type(exc).__name__, f"{type(exc).__name__}: {exc}")
    return ("ok", path, line, counts, nbytes, bool(known))


def work_chunk(items: list[tuple], exclude: tuple[str, ...] = (), cwd: str | None = None) -> list[Outcome]:
    """Process a chunk of ``(path, known_hashes[, doc_id])`` items (runs in a worker)."""
    pipe = get_pipeline(exclude)
    return [process_item(pipe, *_item_args(item, cwd)) for item in items]


def _item_args(item: tuple, cwd: str | None) -> tuple:
    """``(path, known[, doc_id[, extra]])`` as process_item's arguments after ``pipe``."""
    path, known, *rest = item
    return (path, known, cwd, *rest)


#: A short text run once by each new worker, so that models loaded on first
#: use (underthesea's sentence splitter, taggers) are loaded before real work.
_WARM_UP = ("Ngày 15/3/2024, UBND tỉnh ban hành Kế hoạch số 12/KH-UBND về cải cách hành chính.\n"
            "Quý I/2024, Trung tâm Phục vụ hành chính công tiếp nhận 1.234 hồ sơ, đạt 98,5% đúng hạn.")


def _watch_parent() -> None:
    """End this worker when the process that started the pool dies.

    A pool's workers wait on their task queue for ever, and a forkserver
    lives as long as its children: after ``kill -9`` (or an unhandled
    SIGTERM) of the main process they would all stay.  multiprocessing
    gives each child a sentinel of its parent (the read end of a pipe whose
    write end only the parent holds): it reads end-of-file when the parent
    is gone, whatever killed it.
    """
    import multiprocessing

    parent = multiprocessing.parent_process()
    fd = getattr(parent, "_sentinel", None) if parent is not None else None
    if not isinstance(fd, int):
        return

    def watch() -> None:
        from multiprocessing.connection import wait

        while True:
            wait([fd])
            try:
                if os.read(fd, 4096):  # data left in the pipe, not the end of it
                    continue
            except OSError:
                pass
            os._exit(1)

    threading.Thread(target=watch, name="cchc-parent-watch", daemon=True).start()


def _init_worker(exclude: tuple[str, ...]) -> None:
    _watch_parent()
    pipe = get_pipeline(exclude)  # build once, before the first chunk arrives
    try:
        pipe(_WARM_UP)
    except Exception:  # a failing stage shows up on real articles, with their paths
        pass
