"""One exception hierarchy: catch :class:`CchcError` to catch them all."""

from __future__ import annotations


class CchcError(Exception):
    """Base class of every error raised by cchc_extract."""


class ReadError(CchcError):
    """A file could not be read (missing, unreadable, a folder, binary data)."""

    def __init__(self, path: object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class DecodeError(ReadError):
    """The bytes of a file could not be decoded as text."""


class ExtractionError(CchcError):
    """An extraction stage failed on an article."""

    def __init__(self, doc_id: str, stage: str, cause: BaseException) -> None:
        self.doc_id = doc_id
        self.stage = stage
        self.cause = cause
        super().__init__(f"{doc_id}: stage {stage!r} failed: {type(cause).__name__}: {cause}")


class OffsetError(CchcError):
    """An extracted span does not read its own text from the article."""


class ConfigError(CchcError):
    """The pipeline was asked for something it does not have."""
