"""An anchor as the readers see it: where a type word, an abbreviation or a standard was found.

The anchors themselves are found by the rule engine (:mod:`.rules`), from the
words and marks each rule declares.
"""

from __future__ import annotations


class _Anchor:
    """Where a type word (``word``), an abbreviation or a standard (the groups
    of a _CASED_ANCHOR ``match``) was found."""

    __slots__ = ("_start", "_end", "_word", "_match")

    def __init__(self, start: int, end: int, word: str | None = None, match=None) -> None:
        self._start, self._end, self._word, self._match = start, end, word, match

    def start(self, name: str | None = None) -> int:
        return self._start

    def end(self, name: str | None = None) -> int:
        return self._end

    def group(self, name: str):
        if name == "word":
            return self._word
        return self._match.group(name) if self._match is not None else None


def _word_boundary_before(text: str, i: int) -> bool:
    """A word may start at ``i``; a lost space is allowed before đ or a capital
    after a small letter ("xây dựngđề án", "ĐảngCông"), since đ only starts
    syllables and a capital after a small letter starts a new word."""
    if i == 0:
        return True
    prev = text[i - 1]
    if not (prev.isalnum() or prev == "_"):
        return True
    return prev.islower() and (text[i].isupper() or text[i] in "đĐ")
