"""Running chunks of work in order: in this process, in a pool of worker
processes (forkserver, warm workers, a chunk whose worker died reported, not
lost) or through any ``Executor``, with a bounded number of chunks in flight,
and the progress bar.  What a worker does with a chunk: :mod:`cchc_extract.workers`."""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor

from .workers import Outcome, _init_worker, _item_args, process_item, work_chunk

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
        if self.task is not None:
            self.task = None
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
            yield chunk, [process_item(pipe, *_item_args(item, None)) for item in chunk]


def _crash_outcomes(chunk: list, why: str) -> list[Outcome]:
    return [("fail", item[0], "WorkerError", why) for item in chunk]


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
    finished = False
    try:
        while True:
            while len(pending) < window:
                chunk = next(it, None)
                if chunk is None:
                    break
                pending.append((chunk, executor.submit(fn, chunk, exclude)))
            if not pending:
                finished = True
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
            # After a complete run every worker is idle: waiting for them costs
            # nothing, and a pool left to shut down on its own while the
            # interpreter exits races its wake-up pipe ("Exception ignored ...
            # Bad file descriptor").  On an error or interrupt, do not wait.
            _shutdown(executor, wait=finished)


def _shutdown(executor: Executor, wait: bool = False) -> None:
    try:
        executor.shutdown(wait=wait, cancel_futures=True)
    except TypeError:  # executors without cancel_futures (Dask's)
        executor.shutdown(wait=wait)


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
