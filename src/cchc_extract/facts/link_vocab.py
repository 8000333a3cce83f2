"""What the agency and period rules of :mod:`.link` and :mod:`.link_period` share:
the vocabulary of ``patterns/link.yaml``, phrase regexes built from it, the
reporting verbs (``X cho biết``) both skip, and position look-ups of one
character over a whole text."""

from __future__ import annotations


from bisect import bisect_left

import regex

from ..engine.words import WORD_CHAR, WORD_END, WORD_START
from ..patterndata import entries

_DATA = entries("link")
_L, _B, _E = WORD_CHAR, WORD_START, WORD_END


def _phrase(p: str) -> str:
    """A regex for a phrase: words separated by any run of spaces."""
    return r"\s++".join(regex.escape(w) for w in p.split())


def _alt(phrases) -> str:
    return "|".join(_phrase(p) for p in sorted(set(phrases), key=len, reverse=True))


_RP = _DATA["reporters"]
# `X cho biết, …`, `X công bố:`: what the reporter says begins after the verb
_SAYS_RE = regex.compile(r"(?i)" + _B + r"(?:(?:" + _alt(_RP["says"]) + r")" + _E + r"(?:[ \u00a0]*+[,:])?+"
                         + r"|(?:" + _alt(_RP["says_then_mark"]) + r")" + _E + r"[ \u00a0]*+(?:[,:]|rằng" + _E + r"))")

_CHAR_AT: dict[str, tuple] = {}  # char -> (the last text, where the char occurs in it)


def _char_positions(text: str, char: str) -> list[int]:
    last = _CHAR_AT.get(char)
    if last is None or last[0] is not text:
        positions, i = [], text.find(char)
        while i >= 0:
            positions.append(i)
            i = text.find(char, i + 1)
        last = _CHAR_AT[char] = (text, positions)
    return last[1]


def _rfind_char(text: str, char: str, lo: int, hi: int) -> int:
    """``text.rfind(char, lo, hi)`` by binary search over the text's occurrences: a
    sentence can be the whole text, and every figure in it asks."""
    at = _char_positions(text, char)
    k = bisect_left(at, hi) - 1
    return at[k] if k >= 0 and at[k] >= lo else -1


def _find_char(text: str, char: str, lo: int, hi: int) -> int:
    """``text.find(char, lo, hi)``, as :func:`_rfind_char`."""
    at = _char_positions(text, char)
    k = bisect_left(at, lo)
    return at[k] if k < len(at) and at[k] < hi else -1


class FirstOf:
    """An ordered alternation ``prefix(?:(?:p1)|(?:p2)|…)suffix``, searched one part at a time.

    ``regex`` scans a long alternation (a gazetteer's names with a level word, the office
    heads) several times slower than its parts one by one.  The alternation's match at
    a position is the first part (in order) that matches there, and its search finds the
    leftmost position where one does: so the leftmost of the parts' own searches, the
    first part winning a tie, is the alternation's search (``pattern``, kept for
    ``match`` and ``fullmatch`` at one position, gives the same)."""

    def __init__(self, parts, prefix: str = "", suffix: str = "") -> None:
        self.pattern = regex.compile(prefix + r"(?:" + "|".join(f"(?:{p})" for p in parts) + r")" + suffix)
        self.parts = tuple(regex.compile(prefix + r"(?:(?:" + p + r"))" + suffix) for p in parts)

    def searcher(self, text: str, hi: int):
        """``search(pos)``: ``pattern.search(text, pos, hi)``, for positions that never go
        back; each part's next match is kept while it still lies at or after ``pos``."""
        parts = self.parts
        found: list = [None] * len(parts)
        since: list = [None] * len(parts)  # where each part was last searched from

        def search(pos: int):
            best = None
            for i, r in enumerate(parts):
                m = found[i]
                if since[i] is None or pos < since[i] or (m is not None and m.start() < pos):
                    m = found[i] = r.search(text, pos, hi)
                    since[i] = pos
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            return best

        return search

    def finditer_spans(self, text: str, lo: int, hi: int):
        """The spans of ``pattern.finditer(text, lo, hi)`` (no part matches the empty string)."""
        search = self.searcher(text, hi)
        pos = lo
        while True:
            m = search(pos)
            if m is None:
                return
            yield m.span()
            pos = m.end()
