"""Where a batch writes: whole-line appends, the lock on an output, repair.

* :class:`JsonlSink` appends lines with ``os.write`` on an ``O_APPEND``
  descriptor and ``fsync``-s them.  A write that fails part-way (a full
  disk, an I/O error) is cut back to the last whole line and reported as an
  :class:`~cchc_extract.errors.OutputError` with one line of message.
* :class:`OutputLock` keeps two runs from writing one output: the second is
  refused with a :class:`~cchc_extract.errors.UsageError` before it touches
  anything.  The lock is ``flock`` on a file beside the output (``OUT.lock``),
  removed when the run ends; the kernel releases it if the run is killed, so
  a lock file left by ``kill -9`` blocks nothing.
* :func:`repair_tail` cuts a partial last line left by a killed run.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from .errors import OutputError, UsageError

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: no lock
    fcntl = None


def _why(exc: BaseException) -> str:
    return (exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)) or type(exc).__name__


class JsonlSink:
    """Append-only JSONL output with whole-line writes.

    Each :meth:`write` appends its lines with ``os.write`` calls on an
    ``O_APPEND`` descriptor and ``fsync``-s them.  If a write fails, what
    this call had written is cut off again (``ftruncate`` to the size before
    it) and :class:`OutputError` is raised: the file holds whole lines only.
    A kill between two ``write`` calls of one chunk can still leave a partial
    last line; :func:`repair_tail` (run on resume) removes it.
    """

    def __init__(self, path: str | os.PathLike, *, append: bool, fsync: bool = True) -> None:
        self.path = Path(path)
        self.fd = -1
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (0 if append else os.O_TRUNC)
            self.fd = os.open(self.path, flags, 0o644)
            regular = stat.S_ISREG(os.fstat(self.fd).st_mode)
        except OSError as exc:  # nothing was written: the call was wrong
            raise UsageError(f"{self.path}: cannot be written: {_why(exc)}") from exc
        # `-o /dev/null`, a FIFO: nothing to make durable (fsync fails there with EINVAL)
        self.fsync = fsync and regular

    def write(self, lines: list[str]) -> None:
        if not lines:
            return
        data = memoryview("".join(lines).encode("utf-8", "backslashreplace"))
        start = -1
        try:
            start = os.fstat(self.fd).st_size
            while data:
                n = os.write(self.fd, data)
                data = data[n:]
            if self.fsync:
                os.fsync(self.fd)
        except BaseException as exc:  # a full disk, or SIGTERM/Ctrl-C between two writes
            if start >= 0:
                try:
                    os.ftruncate(self.fd, start)  # whole lines only
                except OSError:
                    pass
            if not isinstance(exc, OSError):
                raise
            raise OutputError(f"{self.path}: writing failed: {_why(exc)}; the lines written before "
                              "are whole and kept") from exc

    def close(self) -> None:
        fd, self.fd = self.fd, -1
        if fd >= 0:
            os.close(fd)


class StdoutSink:
    def write(self, lines: list[str]) -> None:
        try:
            sys.stdout.write("".join(lines))
            sys.stdout.flush()
        except OSError as exc:
            raise OutputError(f"<stdout>: writing failed: {_why(exc)}") from exc

    def close(self) -> None:
        try:
            sys.stdout.flush()
        except OSError:
            pass


class ErrorLog:
    """The errors file, one JSON line per failure, opened on the first one.

    A failure to write it (a full disk) does not stop the batch: the records
    go on being written, the failures are still reported to ``on_error``, and
    :attr:`broken` says why the file is incomplete (the batch raises it at
    the end)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.sink: JsonlSink | None = None
        self.broken: str | None = None
        self.lost = 0

    def write(self, line: str) -> None:
        if self.path is None:
            return
        if self.broken is not None:
            self.lost += 1
            return
        try:
            if self.sink is None:
                self.sink = JsonlSink(self.path, append=True, fsync=False)
            self.sink.write([line])
        except (OutputError, UsageError) as exc:
            self.broken = str(exc)
            self.lost += 1

    def close(self) -> None:
        if self.sink is not None:
            self.sink.close()


class OutputLock:
    """An exclusive ``flock`` on ``OUT.lock`` (see the module docstring)."""

    def __init__(self, target: str | os.PathLike, shown: str | os.PathLike | None = None) -> None:
        target = Path(target)
        self.path = target.with_name(target.name + ".lock")
        #: The output as messages name it (a tables folder rather than its records.jsonl).
        self.target = Path(shown) if shown is not None else target
        self.fd = -1

    def __enter__(self) -> "OutputLock":
        if fcntl is None:  # pragma: no cover
            return self
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"{self.target}: cannot be written: {_why(exc)}") from exc
        for _ in range(20):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise UsageError(f"{self.target}: cannot be written: {_why(exc)}") from exc
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                holder = os.read(fd, 32).decode("ascii", "replace").strip()
                os.close(fd)
                raise UsageError(f"{self.target}: another run is writing this output"
                                 f"{f' (process {holder})' if holder else ''}; nothing was done") from None
            try:  # the holder before us may have removed the file: lock the one on disk
                same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except OSError:
                same = False
            if same:
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode())
                self.fd = fd
                return self
            os.close(fd)
        raise UsageError(f"{self.target}: its lock {self.path} keeps changing; nothing was done")

    def __exit__(self, *exc) -> None:
        fd, self.fd = self.fd, -1
        if fd >= 0:
            try:
                self.path.unlink()  # before unlocking: a waiting run then sees the file gone
            except OSError:
                pass
            os.close(fd)


def is_special(path: str | os.PathLike) -> bool:
    """Whether ``path`` exists and is not a regular file nor a folder (``/dev/null``,
    a FIFO): an output there takes no lock (``/dev/null.lock`` is no place for
    one) and cannot be resumed."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


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
