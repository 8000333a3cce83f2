"""Running the pipeline over files and folders, at scale.

The batch layer knows files, records and errors, never what a percentage is.

* **Streaming.**  Paths are walked lazily (each folder's entries sorted), work
  goes out in chunks with a bounded number of chunks in flight, and every
  record is written as soon as it and all records before it are done, so
  memory stays flat whatever the corpus size.
* **Deterministic order.**  Records come out in path order (the order of
  ``sorted(Path.rglob(...))``) whatever the number of workers.
* **Errors.**  A file that fails to read or extract is reported with its path
  and reason (``on_error`` and an errors file) and the batch goes on.
* **Atomic, resumable output.**  Each chunk of lines is appended with one
  ``write`` and ``fsync``-ed; every record carries ``content_hash``.
  ``resume=True`` drops a trailing partial line left by a killed run, then
  skips the articles whose ``(doc_id, content_hash)`` is already there; an
  article whose text changed since is extracted again and its stale record
  removed at the end.
* **Engines.**  ``jobs=1`` runs in this process, ``jobs>1`` in a process pool
  whose workers build their pipeline once (and end when this process dies,
  however it dies); ``engine="dask"`` sends the same chunks to a Dask
  cluster (:mod:`cchc_extract.distributed`).
* **Faults.**  A second run on the same output is refused (a lock), as is an
  output that is also an input; a write that fails part-way keeps whole
  lines and raises :class:`OutputError`.  Which files and doc_ids:
  :mod:`cchc_extract.paths`; sinks and the lock: :mod:`cchc_extract.output`;
  resume keys: :mod:`cchc_extract.resume`.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ConfigError, OutputError, UsageError
from .metafile import meta_for
from .output import ErrorLog, JsonlSink, OutputLock, StdoutSink, is_special, repair_tail
from .paths import _as_list, count_paths, iter_items, iter_paths, skip_set
from .reading import printable
from .records import ArticleRecord
from .resume import _known, _line_keys, _source_key, drop_stale, key64, read_done
from .workers import FACT_FIELDS, Failure, process_item, work_chunk
from .workers import get_pipeline, process_path, record_line  # noqa: F401  (re-exported: benchmarks, tests, users)
from .executing import (_NoProgress, _Peek, _RichProgress, _few, _local_executor_factory, _run_inline, default_jobs,
                        run_ordered)

__all__ = ["run_batch", "iter_paths", "iter_items", "count_paths", "work_chunk", "process_item", "run_ordered",
           "read_done", "repair_tail", "drop_stale", "errors_path_for", "default_jobs", "Failure", "Summary",
           "JsonlSink", "StdoutSink", "FACT_FIELDS", "DEFAULT_CHUNK_SIZE", "DASK_CHUNK_SIZE"]

log = logging.getLogger("cchc_extract")

#: Articles per unit of work sent to a local worker process.
DEFAULT_CHUNK_SIZE = 16
#: Articles per Dask task.  Dask's scheduler costs up to about a millisecond
#: per task and its best practices ask for tasks of 100 ms or so; 16 articles
#: take about 40 ms facts-only, so a Dask task takes four times as many.
DASK_CHUNK_SIZE = 64
#: Chunks in flight per worker: enough to keep workers busy while the
#: head-of-line chunk is written, few enough to keep memory flat.
WINDOW_PER_WORKER = 4


# --------------------------------------------------------------------------- paths

def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# --------------------------------------------------------------------------- results

@dataclass
class Summary:
    articles: int = 0
    skipped: int = 0
    failures: list[Failure] = field(default_factory=list)
    facts: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    bytes: int = 0

    def add(self, record: ArticleRecord) -> None:
        self.add_counts(tuple(len(getattr(record, name)) for name in FACT_FIELDS))

    def add_counts(self, counts: Iterable[int], nbytes: int = 0) -> None:
        self.articles += 1
        self.bytes += nbytes
        for name, n in zip(FACT_FIELDS, counts):
            self.facts[name] += n

    def lines(self) -> list[str]:
        rate = self.articles / self.seconds if self.seconds else 0.0
        mb = self.bytes / 1e6
        head = (f"{self.articles} articles ({mb:.1f} MB) in {self.seconds:.1f} s "
                f"({rate:.1f} articles/s, {mb / self.seconds if self.seconds else 0.0:.2f} MB/s), "
                f"{len(self.failures)} failed")
        if self.skipped:
            head += f", {self.skipped} already done (resumed)"
        out = [head, "facts: " + ", ".join(f"{name} {self.facts[name]}" for name in FACT_FIELDS)]
        return out


# --------------------------------------------------------------------------- the batch

FORMATS = ("jsonl", "parquet", "csv")
ENGINES = ("local", "dask")


def errors_path_for(out: str | os.PathLike) -> Path:
    """Where failures go next to ``out``: ``OUT.errors.jsonl``."""
    p = Path(out)
    return p.with_name(p.name + ".errors.jsonl")


def run_batch(paths: Iterable[str | os.PathLike] | str | os.PathLike, out: str | os.PathLike | None, *,
              pipe=None, exclude: Iterable[str] | str = (), jobs: int = 1, chunk_size: int | None = None,
              resume: bool = False, fmt: str = "jsonl", engine: str = "local", scheduler: str | None = None,
              errors: str | os.PathLike | None | bool = True, pattern: str = "*.txt",
              progress: bool = False, on_error: Callable[[Failure], None] | None = None,
              fsync: bool = True, connect_timeout: float = 10.0, meta: Mapping[str, dict] | None = None) -> Summary:
    """Extract every article under ``paths`` and write the records.

    ``paths``: files and folders (one ``str`` or path is one path).  ``out``
    is a JSONL file (``None`` or ``"-"``: stdout) for ``fmt="jsonl"``, and a
    folder for ``"parquet"``/``"csv"``: the records stream to
    ``OUT/records.jsonl`` (resumable) and the tables (one per fact type,
    linked by ``doc_id``) are written from it at the end.  ``jobs`` worker
    processes (1: this process).  ``errors``: the errors file (``True``:
    ``OUT.errors.jsonl``, or ``OUT/errors.jsonl`` for tables; ``None`` or
    ``False``: none).  ``chunk_size``: articles per unit of work (default
    :data:`DEFAULT_CHUNK_SIZE` for the local pool, :data:`DASK_CHUNK_SIZE` on
    Dask).  ``connect_timeout``: seconds to reach a Dask ``scheduler``.
    ``meta``: metadata from outside the texts, ``doc_id or path ->
    {"published": ..., "outlet": ...}`` (:mod:`cchc_extract.metafile`).
    Returns a :class:`Summary`; failures are also passed to ``on_error`` as
    they happen.

    Raises :class:`UsageError`, with nothing written, for an output that is
    an input, that cannot be written, or that another run is writing (a lock
    beside it), and for a Dask scheduler that cannot be reached; raises
    :class:`OutputError` when writing fails part-way (whole lines are kept).
    """
    chunk_size = _check_options(fmt, engine, jobs, chunk_size)
    from .pipeline import check_exclude

    exclude = check_exclude(exclude)
    paths = _as_list(paths)
    outs = _Outputs.plan(out, fmt, resume, errors)
    _refuse_output_as_input(paths, outs.paths)

    summary = Summary()
    t0 = time.perf_counter()
    # (doc_id, source) key -> the content hashes this run wrote or kept under it: a record
    # under the key with another hash is stale.  A set: two files can share the key
    # (names that escape alike, `caf\xe9.txt` and `caf\\xe9.txt`; one file given twice).
    fresh: dict[int, set[int]] = {}
    err_log = ErrorLog(outs.errors)
    with contextlib.ExitStack() as stack:
        stack.enter_context(_sigterm_as_exit())
        outs.open(stack)
        dask = None
        if engine == "dask":  # connect before the output is touched
            from .distributed import dask_executor

            dask = stack.enter_context(dask_executor(scheduler, jobs, connect_timeout=connect_timeout))

        done: dict[int, tuple[int, ...]] = {}
        if resume and outs.jsonl.exists():
            repair_tail(outs.jsonl)
            done = read_done(outs.jsonl)
        sink = StdoutSink() if outs.jsonl is None else JsonlSink(outs.jsonl, append=resume, fsync=fsync)
        stack.callback(sink.close)
        if outs.errors is not None:
            outs.errors.unlink(missing_ok=True)
        stack.callback(err_log.close)
        skip = skip_set(outs.paths)  # now that the output exists
        bar = _RichProgress(count_paths(paths, pattern, skip)) if progress else _NoProgress()
        stack.callback(bar.close)
        chunks = _chunks(_work_items(paths, pattern, skip, done, meta), chunk_size)
        stream = _record_stream(chunks, exclude, pipe, jobs, dask)
        _consume(stream, sink, summary, bar, on_error, err_log, fresh)
        bar.close()
        sink.close()
        err_log.close()
        if fresh and outs.jsonl is not None:
            drop_stale(outs.jsonl, fresh)
        if outs.tables is not None:
            _write_tables(outs.jsonl, outs.tables, fmt)
    if err_log.broken:
        raise OutputError(f"{err_log.broken}; {err_log.lost} failure(s) were reported but not written there; "
                          "the records are all written")
    summary.seconds = time.perf_counter() - t0
    return summary


def _check_options(fmt: str, engine: str, jobs: int, chunk_size: int | None) -> int:
    """Refuse a bad format, engine, job count or chunk size; return the chunk size to use."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    if jobs < 1:
        raise ConfigError("jobs must be at least 1")
    if chunk_size is None:
        chunk_size = DASK_CHUNK_SIZE if engine == "dask" else DEFAULT_CHUNK_SIZE
    if chunk_size < 1:
        raise ConfigError("chunk size must be at least 1")
    return chunk_size


@dataclass(frozen=True)
class _Outputs:
    """Where a batch writes: the records (``jsonl``; ``None`` is stdout), the
    table folder, the errors file and the lock beside the records."""

    jsonl: Path | None
    tables: Path | None
    errors: Path | None
    lock: OutputLock | None

    @classmethod
    def plan(cls, out, fmt: str, resume: bool, errors) -> "_Outputs":
        to_stdout = out is None or str(out) == "-"
        if fmt != "jsonl":
            if to_stdout:
                raise ConfigError(f"--format {fmt} writes a folder of tables: give -o FOLDER")
            tables: Path | None = Path(out)
            jsonl: Path | None = tables / "records.jsonl"
        else:
            tables = None
            jsonl = None if to_stdout else Path(out)
        special = jsonl is not None and is_special(jsonl)  # -o /dev/null, a FIFO
        if resume and (jsonl is None or special):
            raise ConfigError(f"--resume needs an output file (-o), not {jsonl or 'stdout'}")
        if errors is True:
            errors = (None if jsonl is None or special else tables / "errors.jsonl" if tables is not None
                      else errors_path_for(jsonl))
        lock = OutputLock(jsonl, tables) if jsonl is not None and not special else None
        return cls(jsonl, tables, Path(errors) if errors else None, lock)

    @property
    def paths(self) -> list[Path]:
        return [p for p in (self.tables, self.jsonl, self.errors, self.lock and self.lock.path) if p is not None]

    def open(self, stack: contextlib.ExitStack) -> None:
        """Make the table folder and take the lock (released when ``stack`` closes)."""
        if self.tables is not None:
            try:
                self.tables.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise UsageError(f"{self.tables}: cannot be written: {exc.strerror or exc}") from exc
        if self.lock is not None:
            stack.enter_context(self.lock)


def _work_items(paths: list, pattern: str, skip, done: dict, meta) -> Iterator[tuple]:
    """``(path, known content hashes, doc_id[, metadata])`` for each file, warning about a doc_id given twice."""
    seen: set[int] = set()
    for p, doc_id in iter_items(paths, pattern, skip):
        k = key64(doc_id)
        if k in seen:
            log.warning("doc_id %r of %s was given to an earlier file of this batch too; "
                        "tell their records apart by source", doc_id, printable(p))
        seen.add(k)
        extra = meta_for(meta, p) if meta else None
        yield (str(p), _known(done, p, doc_id) if done else (), doc_id) + ((extra,) if extra else ())


def _record_stream(chunks: Iterator[list], exclude, pipe, jobs: int, dask):
    """The chunks' results in order: on Dask, inline, or in a local process pool."""
    if dask is not None:
        make_executor, window = dask
        # Workers elsewhere read relative paths from this folder (a shared filesystem).
        fn = functools.partial(work_chunk, cwd=os.getcwd())
        return run_ordered(make_executor, chunks, exclude, window, recover=False, fn=fn)
    if jobs == 1 or _few(chunks := _Peek(chunks), 2):
        # One worker, or too little work to pay for starting a pool.
        return _run_inline(chunks, exclude, pipe)
    return run_ordered(_local_executor_factory(jobs, exclude), chunks, exclude, jobs * WINDOW_PER_WORKER)


def _refuse_output_as_input(paths: list, outputs: list[Path]) -> None:
    """A file given as input that is also an output (``extract v.txt -o
    v.txt``) would be truncated before it is read: refuse the call."""
    existing = [o for o in outputs if os.path.lexists(o)]
    if not existing:
        return
    for raw in paths:
        p = os.fsdecode(raw) if isinstance(raw, bytes) else os.fspath(raw)
        if os.path.isdir(p):
            continue
        for o in existing:
            try:
                same = os.path.samefile(p, o)
            except OSError:
                continue
            if same:
                raise UsageError(f"{printable(o)}: is also an input ({printable(p)}); nothing was done")


@contextlib.contextmanager
def _sigterm_as_exit():
    """SIGTERM ends the batch as Ctrl-C does: cleanly (the pool shut down,
    the output closed and unlocked).  Only where Python allows a handler
    (the main thread) and only if nobody installed one."""
    installed = False
    if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        def on_term(signum, frame):
            raise SystemExit(128 + signum)

        signal.signal(signal.SIGTERM, on_term)
        installed = True
    try:
        yield
    finally:
        if installed:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _write_tables(jsonl_path: Path, table_dir: Path, fmt: str) -> None:
    from .export import TABLES, convert_jsonl

    try:
        convert_jsonl(jsonl_path, table_dir, fmt)
    except BaseException as exc:
        # The table writer's temporary files, if it could not remove them itself.
        for t in TABLES:
            (table_dir / f".{t}.{fmt}.tmp").unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"{table_dir}: writing the {fmt} tables failed: {exc.strerror or exc}; "
                              f"{jsonl_path.name} is complete, run again with --resume to retry") from exc
        raise


def _consume(stream, sink, summary: Summary, bar, on_error, err_log: ErrorLog, fresh: dict[int, set[int]]) -> None:
    for chunk, outcomes in stream:
        lines = []
        for oc in outcomes:
            kind = oc[0]
            if kind == "ok":
                _, path, line, counts, nbytes, replaces = oc
                lines.append(line)
                summary.add_counts(counts, nbytes)
                if replaces:
                    doc_id, source, ch = _line_keys(line)
                    fresh.setdefault(_source_key(doc_id, source), set()).add(key64(ch) if ch else 0)
            elif kind == "skip":
                summary.skipped += 1
                if len(oc) > 2:
                    fresh.setdefault(_source_key(oc[2], printable(oc[1])), set()).add(oc[3])
            else:
                # Names and reasons as one printable line: a newline in a file
                # name must not forge a line of the errors file or of stderr.
                failure = Failure(printable(oc[1]), oc[2], printable(oc[3]))
                summary.failures.append(failure)
                err_log.write(failure.to_json() + "\n")
                if on_error:
                    on_error(failure)
        sink.write(lines)
        bar.advance(len(chunk))
