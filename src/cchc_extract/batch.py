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
  whose workers build their pipeline once; ``engine="dask"`` sends the same
  chunks to a Dask cluster (:mod:`cchc_extract.distributed`).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Executor
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path

from .errors import CchcError, ConfigError, ReadError
from .metafile import meta_for
from .records import ArticleRecord

FACT_FIELDS = ("legal_documents", "dates", "percentages", "dossier_counts", "entities", "quantities", "checks")

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

def _walk(folder: Path, pattern: str) -> Iterator[Path]:
    # One folder listed at a time, entries sorted by name, files and
    # subfolders interleaved: the order of sorted(folder.rglob(pattern)).
    # Links to folders are not followed (a link back up would loop), links to
    # files are; names match case-insensitively (NAME.TXT from Windows tools).
    # A folder that cannot be listed is yielded itself: reading it fails with
    # the reason (read_article), so its loss is reported, never silent.
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError:
        yield folder
        return
    for entry in entries:
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            continue
        if is_dir:
            yield from _walk(Path(entry.path), pattern)
        elif fnmatchcase(entry.name.lower(), pattern.lower()):
            yield Path(entry.path)


def iter_paths(paths: Iterable[str | os.PathLike], pattern: str = "*.txt") -> Iterator[Path]:
    """Files named by ``paths``, lazily: files as given, folders searched
    recursively for ``pattern`` in sorted order."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            yield from _walk(p, pattern)
        else:
            yield p


def count_paths(paths: Iterable[str | os.PathLike], pattern: str = "*.txt") -> int:
    """How many files :func:`iter_paths` yields (one walk, nothing kept)."""
    return sum(1 for _ in iter_paths(paths, pattern))


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
class Failure:
    path: str
    error: str
    reason: str

    def to_json(self) -> str:
        return json.dumps({"path": self.path, "error": self.error, "reason": self.reason}, ensure_ascii=False)


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


def record_line(record: ArticleRecord) -> str:
    """One JSONL line for a record."""
    return record.model_dump_json() + "\n"


def key64(s: str) -> int:
    """A stable 64-bit key for a string (``hash()`` differs between processes)."""
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


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
        raise ReadError(path, f"extraction failed: {type(exc).__name__}: {exc}") from exc
    return record.model_copy(update={"source": str(path), "content_hash": article.content_hash})


# An outcome is a plain tuple (cheap to pickle between processes):
#   ("ok", path, json_line, fact_counts, nbytes, replaces_stale)
#   ("skip", path) or ("skip", path, doc_id, key64(content_hash))
#   ("fail", path, error_class, reason)
Outcome = tuple


def process_item(pipe, path: str, known: tuple[int, ...] = (), cwd: str | None = None,
                 extra: dict | None = None) -> Outcome:
    """The outcome for one file.  ``known`` holds the :func:`key64` of the
    content hashes already written for this file's doc_id (resume).  A
    relative ``path`` is read from ``cwd`` when given (a worker on another
    machine) and reported as given.  ``extra``: metadata from outside the
    text (``run_batch(meta=...)``), merged into ``Article.extra``."""
    from .reading import read_article

    try:
        article = read_article(os.path.join(cwd, path) if cwd and not os.path.isabs(path) else path)
        if extra:
            article = dataclasses.replace(article, extra={**article.extra, **extra})
        ch = article.content_hash
        if known and key64(ch) in known:
            # Several records for this doc_id (an edited article whose old
            # record a killed run could not remove yet): keep the current one.
            return ("skip", path, article.doc_id, key64(ch)) if len(known) > 1 else ("skip", path)
        record = _extract(pipe, article, path)
    except CchcError as exc:
        reason = exc.reason if isinstance(exc, ReadError) and exc.path == str(path) else str(exc)
        return ("fail", path, type(exc).__name__, reason)
    except Exception as exc:  # never let one file take the chunk down
        return ("fail", path, type(exc).__name__, f"{type(exc).__name__}: {exc}")
    counts = tuple(len(getattr(record, name)) for name in FACT_FIELDS)
    return ("ok", path, record_line(record), counts, len(article.text.encode("utf-8")), bool(known))


def work_chunk(items: list[tuple[str, tuple[int, ...]]], exclude: tuple[str, ...] = (),
               cwd: str | None = None) -> list[Outcome]:
    """Process a chunk of ``(path, known_hashes)`` items (runs in a worker)."""
    pipe = get_pipeline(exclude)
    return [process_item(pipe, path, known, cwd, *extra) for path, known, *extra in items]


#: A short text run once by each new worker, so that models loaded on first
#: use (underthesea's sentence splitter, taggers) are loaded before real work.
_WARM_UP = ("Ngày 15/3/2024, UBND tỉnh ban hành Kế hoạch số 12/KH-UBND về cải cách hành chính.\n"
            "Quý I/2024, Trung tâm Phục vụ hành chính công tiếp nhận 1.234 hồ sơ, đạt 98,5% đúng hạn.")


def _init_worker(exclude: tuple[str, ...]) -> None:
    pipe = get_pipeline(exclude)  # build once, before the first chunk arrives
    try:
        pipe(_WARM_UP)
    except Exception:  # a failing stage shows up on real articles, with their paths
        pass


# --------------------------------------------------------------------------- output

class JsonlSink:
    """Append-only JSONL output with whole-line writes.

    Each :meth:`write` appends its lines with ``os.write`` calls on an
    ``O_APPEND`` descriptor and ``fsync``-s them, so what is on disk after a
    kill is whole lines, except in the rare case of a kill between two
    ``write`` calls of one chunk; :func:`repair_tail` (run on resume)
    removes such a partial last line.
    """

    def __init__(self, path: str | os.PathLike, *, append: bool, fsync: bool = True) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (0 if append else os.O_TRUNC)
        self.fd = os.open(self.path, flags, 0o644)
        self.fsync = fsync

    def write(self, lines: list[str]) -> None:
        if not lines:
            return
        data = memoryview("".join(lines).encode("utf-8"))
        while data:
            n = os.write(self.fd, data)
            data = data[n:]
        if self.fsync:
            os.fsync(self.fd)

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


class StdoutSink:
    def write(self, lines: list[str]) -> None:
        sys.stdout.write("".join(lines))
        sys.stdout.flush()

    def close(self) -> None:
        sys.stdout.flush()


def repair_tail(path: str | os.PathLike) -> int:
    """Cut a partial last line (no final newline) off ``path``; return the
    number of bytes removed."""
    p = Path(path)
    size = p.stat().st_size
    if size == 0:
        return 0
    with open(p, "rb+") as fh:
        pos = size
        block = 1 << 16
        while pos > 0:
            start = max(0, pos - block)
            fh.seek(start)
            buf = fh.read(pos - start)
            if pos == size and buf.endswith(b"\n"):
                return 0
            i = buf.rfind(b"\n")
            if i >= 0:
                keep = start + i + 1
                break
            pos = start
        else:
            keep = 0
        fh.truncate(keep)
        fh.flush()
        os.fsync(fh.fileno())
    return size - keep


def _line_keys(line: str) -> tuple[str, str, str | None]:
    """``(doc_id, source, content_hash)`` of a record line.  doc_id and source
    are the first fields of a record and content_hash the last: they are read
    without parsing the whole line (records can be large)."""
    if line.startswith('{"doc_id":"'):
        end = line.find('",', 11)
        if end > 0 and line.startswith('","source":"', end):
            send = line.find('"', end + 12)
            if "\\" not in line[11:send]:
                i = line.rfind('"content_hash":')
                ch = None
                if i > 0 and line[i + 15:i + 16] == '"':
                    ch = line[i + 16:line.find('"', i + 16)]
                return line[11:end], line[end + 12:send], ch
    data = json.loads(line)
    return data["doc_id"], data["source"], data.get("content_hash")


def _source_key(doc_id: str, source: str) -> int:
    return key64(doc_id + "\x00" + source)


def read_done(path: str | os.PathLike) -> dict[int, tuple[int, ...]]:
    """``key -> (key64(content_hash), ...)`` of the records in a JSONL file
    (after :func:`repair_tail`), under two keys: ``key64(doc_id)`` and
    ``key64("\x01" + source)`` (the path as the earlier run named it, which
    finds the record even if doc_id is not the file's stem).  A line that is
    not a record raises :class:`CchcError`."""
    done: dict[int, tuple[int, ...]] = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                doc_id, source, ch = _line_keys(line)
            except (ValueError, KeyError, TypeError) as exc:
                raise CchcError(f"{path}:{n}: not a record line, cannot resume ({exc})") from exc
            h = key64(ch) if ch else 0
            for k in (key64(doc_id), key64("\x01" + source)):
                done[k] = done.get(k, ()) + (h,)
    return done


def _known(done: dict[int, tuple[int, ...]], path: Path) -> tuple[int, ...]:
    # The content hashes already written for this file: by its path as named
    # in this run, else by its doc_id (the file's stem), as a renamed root
    # folder or another spelling of the path gives another source.
    return done.get(key64("\x01" + str(path))) or done.get(key64(path.stem), ())


def drop_stale(path: str | os.PathLike, fresh: dict[int, int]) -> int:
    """Rewrite ``path`` (atomically) without the stale records: those whose
    ``(doc_id, source)`` is in ``fresh`` (see :func:`_source_key`) with
    another content hash than the fresh one.  Files of the same name in
    other folders (same doc_id, other source) are not touched."""
    p = Path(path)
    tmp = p.with_name(f".{p.name}.compact.tmp")
    dropped = 0
    with open(p, encoding="utf-8") as src, open(tmp, "w", encoding="utf-8") as dst:
        for line in src:
            doc_id, source, ch = _line_keys(line)
            k = _source_key(doc_id, source)
            if k in fresh and (key64(ch) if ch else 0) != fresh[k]:
                dropped += 1
                continue
            dst.write(line)
        dst.flush()
        os.fsync(dst.fileno())
    os.replace(tmp, p)
    return dropped


# --------------------------------------------------------------------------- progress

class _NoProgress:
    def advance(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


class _RichProgress:
    def __init__(self, total: int | None) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)
        from rich.text import Text

        class RateColumn(ProgressColumn):
            def render(self, task) -> Text:
                speed = task.finished_speed or task.speed
                return Text(f"{speed:7.1f} articles/s" if speed else "      - articles/s", style="progress.data.speed")

        self.progress = Progress(
            TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), RateColumn(),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=Console(stderr=True), transient=False, speed_estimate_period=30.0)
        self.progress.start()
        self.task = self.progress.add_task("extract", total=total)

    def advance(self, n: int) -> None:
        self.progress.advance(self.task, n)

    def close(self) -> None:
        self.progress.stop()


# --------------------------------------------------------------------------- engines

class _Peek:
    """An iterator that can look ahead without losing items."""

    def __init__(self, it: Iterable) -> None:
        self.it = iter(it)
        self.buf: deque = deque()

    def fill(self, n: int) -> int:
        while len(self.buf) < n:
            try:
                self.buf.append(next(self.it))
            except StopIteration:
                break
        return len(self.buf)

    def __iter__(self):
        return self

    def __next__(self):
        if self.buf:
            return self.buf.popleft()
        return next(self.it)


def _few(peek: _Peek, n: int) -> bool:
    return peek.fill(n) < n


def _run_inline(chunks: Iterable[list], exclude: tuple[str, ...], pipe=None) -> Iterator[tuple[list, list[Outcome]]]:
    for chunk in chunks:
        if pipe is None:
            yield chunk, work_chunk(chunk, exclude)
        else:
            yield chunk, [process_item(pipe, path, known, None, *extra) for path, known, *extra in chunk]


def _crash_outcomes(chunk: list, why: str) -> list[Outcome]:
    return [("fail", path, "WorkerError", why) for path, *_ in chunk]


def run_ordered(make_executor: Callable[[], Executor], chunks: Iterable[list], exclude: tuple[str, ...],
                window: int, *, recover: bool = True, fn: Callable = work_chunk, keep: bool = False
                ) -> Iterator[tuple[list, list[Outcome]]]:
    """Send ``chunks`` to an executor (``fn(chunk, exclude)``, by default
    :func:`work_chunk`), at most ``window`` in flight, and yield
    ``(chunk, outcomes)`` in input order.

    A worker process that dies (a crash in native code, the OOM killer)
    breaks a local pool; with ``recover`` the pool is rebuilt, the chunk that
    was running is retried one article at a time so that only the culprit
    fails, and the batch goes on.  The executor is shut down at the end
    unless ``keep``.
    """
    from concurrent.futures.process import BrokenProcessPool

    executor = make_executor()
    pending: deque = deque()
    it = iter(chunks)
    try:
        while True:
            while len(pending) < window:
                chunk = next(it, None)
                if chunk is None:
                    break
                pending.append((chunk, executor.submit(fn, chunk, exclude)))
            if not pending:
                return
            chunk, fut = pending.popleft()
            try:
                yield chunk, fut.result()
                continue
            except BrokenProcessPool:
                if not recover:
                    raise
            except Exception as exc:  # the engine lost the task (e.g. a Dask worker died for good)
                yield chunk, _crash_outcomes(chunk, f"the worker failed: {type(exc).__name__}: {exc}")
                continue
            # The pool is broken: every pending future is lost.  Retry.
            _shutdown(executor)
            retry = [chunk] + [c for c, _ in pending]
            pending.clear()
            executor = make_executor()
            outcomes: list[Outcome] = []
            for item in chunk:
                try:
                    outcomes.extend(executor.submit(fn, [item], exclude).result())
                except BrokenProcessPool:
                    _shutdown(executor)
                    executor = make_executor()
                    outcomes.extend(_crash_outcomes([item], "the worker process died on this file"))
            yield chunk, outcomes
            for c in retry[1:]:
                pending.append((c, executor.submit(fn, c, exclude)))
    finally:
        if not keep:
            _shutdown(executor)


def _shutdown(executor: Executor) -> None:
    try:
        executor.shutdown(wait=False, cancel_futures=True)
    except TypeError:  # executors without cancel_futures (Dask's)
        executor.shutdown(wait=False)


def _start_forkserver(ctx) -> None:
    """Start the fork server with the library imported (workers then start
    in milliseconds), from this process's ``sys.path``: Python 3.11's fork
    server ignores the parent's path when it preloads, and would import
    another installed copy of the library than the one running here."""
    from multiprocessing import forkserver

    ctx.set_forkserver_preload(["cchc_extract.pipeline"])
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    try:
        forkserver.ensure_running()
    finally:
        if old is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = old


def _local_executor_factory(jobs: int, exclude: tuple[str, ...]) -> Callable[[], Executor]:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    # forkserver: workers fork from a clean server process that has imported
    # the library once, so they start fast and inherit no threads (the
    # progress bar's) or locks from this process.
    method = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
    ctx = mp.get_context(method)
    if method == "forkserver":
        _start_forkserver(ctx)
    return lambda: ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                                       initargs=(exclude,))


def default_jobs() -> int:
    """Worker processes by default: the CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


# --------------------------------------------------------------------------- the batch

FORMATS = ("jsonl", "parquet", "csv")
ENGINES = ("local", "dask")


def errors_path_for(out: str | os.PathLike) -> Path:
    """Where failures go next to ``out``: ``OUT.errors.jsonl``."""
    p = Path(out)
    return p.with_name(p.name + ".errors.jsonl")


def run_batch(paths: Iterable[str | os.PathLike], out: str | os.PathLike | None, *, pipe=None,
              exclude: Iterable[str] = (), jobs: int = 1, chunk_size: int | None = None,
              resume: bool = False, fmt: str = "jsonl", engine: str = "local", scheduler: str | None = None,
              errors: str | os.PathLike | None | bool = True, pattern: str = "*.txt",
              progress: bool = False, on_error: Callable[[Failure], None] | None = None,
              fsync: bool = True, meta: Mapping[str, dict] | None = None) -> Summary:
    """Extract every article under ``paths`` and write the records.

    ``out`` is a JSONL file (``None`` or ``"-"``: stdout) for ``fmt="jsonl"``,
    and a folder for ``"parquet"``/``"csv"``: the records stream to
    ``OUT/records.jsonl`` (resumable) and the tables (one per fact type,
    linked by ``doc_id``) are written from it at the end.  ``jobs`` worker
    processes (1: this process).  ``errors``: the errors file (``True``:
    ``OUT.errors.jsonl``, or ``OUT/errors.jsonl`` for tables; ``None`` or
    ``False``: none).  ``chunk_size``: articles per unit of work (default
    :data:`DEFAULT_CHUNK_SIZE` for the local pool, :data:`DASK_CHUNK_SIZE` on
    Dask).  ``meta``: metadata from outside the texts, ``doc_id or path ->
    {"published": ..., "outlet": ...}`` (:mod:`cchc_extract.metafile`).  Returns a
    :class:`Summary`; failures are also passed to ``on_error`` as they happen.
    """
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
    exclude = tuple(sorted(set(exclude)))
    from .pipeline import DEFAULT_STAGES

    unknown = set(exclude) - set(DEFAULT_STAGES)
    if unknown:
        raise ConfigError(f"unknown stage(s) {sorted(unknown)}; the stages are {list(DEFAULT_STAGES)}")

    to_stdout = out is None or str(out) == "-"
    if fmt != "jsonl":
        if to_stdout:
            raise ConfigError(f"--format {fmt} writes a folder of tables: give -o FOLDER")
        table_dir = Path(out)
        table_dir.mkdir(parents=True, exist_ok=True)
        jsonl_path: Path | None = table_dir / "records.jsonl"
    else:
        table_dir = None
        jsonl_path = None if to_stdout else Path(out)
    if resume and jsonl_path is None:
        raise ConfigError("--resume needs an output file (-o), not stdout")
    if errors is True:
        errors = (None if jsonl_path is None else table_dir / "errors.jsonl" if table_dir is not None
                  else errors_path_for(jsonl_path))
    errors_file = Path(errors) if errors else None

    summary = Summary()
    t0 = time.perf_counter()

    done: dict[int, tuple[int, ...]] = {}
    if resume and jsonl_path.exists():
        repair_tail(jsonl_path)
        done = read_done(jsonl_path)
    sink = StdoutSink() if jsonl_path is None else JsonlSink(jsonl_path, append=resume, fsync=fsync)
    if errors_file is not None:
        errors_file.unlink(missing_ok=True)
    err_fh = None

    def items() -> Iterator[tuple[str, tuple[int, ...]]]:
        for p in iter_paths(paths, pattern):
            extra = meta_for(meta, p) if meta else None
            yield (str(p), _known(done, p) if done else ()) + ((extra,) if extra else ())

    bar = _RichProgress(count_paths(paths, pattern)) if progress else _NoProgress()
    fresh: dict[int, int] = {}  # doc_id -> new content hash, for records that replace stale ones
    try:
        chunks = _chunks(items(), chunk_size)
        if engine == "dask":
            from .distributed import dask_executor

            with dask_executor(scheduler, jobs) as (make_executor, window):
                # Workers elsewhere read relative paths from this folder (a shared filesystem).
                fn = functools.partial(work_chunk, cwd=os.getcwd())
                stream = run_ordered(make_executor, chunks, exclude, window, recover=False, fn=fn)
                err_fh = _consume(stream, sink, summary, bar, on_error, errors_file, fresh)
        elif jobs == 1 or _few(chunks := _Peek(chunks), 2):
            # One worker, or too little work to pay for starting a pool.
            err_fh = _consume(_run_inline(chunks, exclude, pipe), sink, summary, bar, on_error, errors_file, fresh)
        else:
            make = _local_executor_factory(jobs, exclude)
            stream = run_ordered(make, chunks, exclude, jobs * WINDOW_PER_WORKER)
            err_fh = _consume(stream, sink, summary, bar, on_error, errors_file, fresh)
    finally:
        bar.close()
        sink.close()
        if isinstance(err_fh, _ErrorLog):
            err_fh.close()
    if fresh and jsonl_path is not None:
        drop_stale(jsonl_path, fresh)
    if table_dir is not None:
        from .export import convert_jsonl

        convert_jsonl(jsonl_path, table_dir, fmt)
    summary.seconds = time.perf_counter() - t0
    return summary


class _ErrorLog:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.fh = None

    def write(self, failure: Failure) -> None:
        if self.path is None:
            return
        if self.fh is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.fh = open(self.path, "a", encoding="utf-8")
        self.fh.write(failure.to_json() + "\n")
        self.fh.flush()

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()


def _consume(stream, sink, summary: Summary, bar, on_error, errors_file, fresh: dict[int, int]) -> _ErrorLog:
    log = _ErrorLog(errors_file)
    try:
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
                        fresh[_source_key(doc_id, source)] = key64(ch) if ch else 0
                elif kind == "skip":
                    summary.skipped += 1
                    if len(oc) > 2:
                        fresh[_source_key(oc[2], oc[1])] = oc[3]
                else:
                    failure = Failure(oc[1], oc[2], oc[3])
                    summary.failures.append(failure)
                    log.write(failure)
                    if on_error:
                        on_error(failure)
            sink.write(lines)
            bar.advance(len(chunk))
    except BaseException:
        log.close()
        raise
    return log
