"""What the agency and period rules of :mod:`.link` and :mod:`.link_period` share:
the vocabulary of ``patterns/link.yaml``, phrase regexes built from it, the
reporting verbs (``X cho biết``) both skip, and position look-ups of one
character over a whole text."""

from __future__ import annotations

import re

from bisect import bisect_left

import regex

from ..patterndata import entries

_DATA = entries("link")
_L = r"[\p{L}\p{M}\p{N}]"
_B = rf"(?<!{_L})"  # word start
_E = rf"(?!{_L})"  # word end


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
        last = _CHAR_AT[char] = (text, [m.start() for m in re.finditer(re.escape(char), text)])
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
