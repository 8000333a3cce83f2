"""One exception hierarchy: catch :class:`CchcError` to catch them all.

Every message names what failed (a file, or the article's ``doc_id``) and
why, so a batch can print it as it is, without a traceback.  The errors
pickle with their fields, so they cross process-pool boundaries intact.

>>> err = ReadError("in/a.txt", "does not exist")
>>> str(err)
'in/a.txt: does not exist'
>>> isinstance(DecodeError("in/b.txt", "is binary data"), ReadError)
True
"""

from __future__ import annotations


class CchcError(Exception):
    """Base class of every error raised by cchc_extract."""


class ReadError(CchcError):
    """A file could not be read (missing, unreadable, a folder, binary data)."""

    def __init__(self, path: object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def __reduce__(self):
        # Exception pickles as cls(*self.args) = cls(message): that loses the
        # fields and breaks the two-argument __init__ in a worker process.
        return (type(self), (self.path, self.reason))


class DecodeError(ReadError):
    """The bytes of a file could not be decoded as text (binary data, a
    broken byte-order mark, an HTML page with no article text)."""


class ExtractionError(CchcError):
    """An extraction stage failed on an article."""

    def __init__(self, doc_id: str, stage: str, cause: BaseException, source: str | None = None) -> None:
        self.doc_id = doc_id
        self.stage = stage
        self.cause = cause
        #: The file the article came from (``None`` or ``"<text>"`` for a text).
        self.source = source
        where = source if source and source != "<text>" else doc_id
        super().__init__(f"{where}: stage {stage!r} failed: {type(cause).__name__}: {cause}")

    def __reduce__(self):
        # The cause may not pickle (it can hold anything); keep its type and text.
        try:
            import pickle

            pickle.dumps(self.cause)
            cause = self.cause
        except Exception:
            cause = RuntimeError(f"{type(self.cause).__name__}: {self.cause}")
        return (type(self), (self.doc_id, self.stage, cause, self.source))


class OffsetError(CchcError):
    """An extracted span does not read its own text from the article."""


class ConfigError(CchcError):
    """The pipeline was asked for something it does not have."""


class UsageError(CchcError):
    """The call itself is wrong and nothing was done: an output that is a
    folder, unwritable, the same file as an input, an empty name, a lock
    held by another run on the same output.  The CLI exits with status 2."""


class OutputError(CchcError):
    """Writing the output failed part-way (disk full, an I/O error).  What was
    written is whole lines only; the CLI exits with status 3, apart from the
    status 1 of "some articles failed"."""
