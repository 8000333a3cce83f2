"""Where a document can be named: type words, press abbreviations and standards (the anchors)."""

from __future__ import annotations

import re
import regex

from ...textcase import lower
from .vocab import (  # noqa: F401
    _ABBR_TO_TYPE, _DASH, _DATA, _S0, _S1, _SP, _WORD_TO_TYPE, _at, _words_re,
)

#: Every anchor: a type word, a press abbreviation or a standard.
# Anchors are found in two cheap passes: type words with the standard
# library's ``re`` over the lower-cased text (a plain literal alternation runs
# ~10x faster there than a case-insensitive ``regex`` one), then press
# abbreviations and standards, which are matched as written.
def _first_letter_alternation(words) -> str:
    """Words (longest first) as an alternation grouped by first letter: the
    same matches as the flat alternation, since only one group can start at
    a position and each group keeps the words' order; ``re`` then tests one
    letter per group instead of one per word."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[0], []).append(re.escape(w[1:]).replace(r"\ ", "[ \t\xa0]+"))
    return "|".join(re.escape(c) + "(?:" + "|".join(rest) + ")" for c, rest in groups.items())


_TYPE_SCAN = re.compile(_first_letter_alternation(_WORD_TO_TYPE))
_STANDARDS = _DATA["standards"]["prefixes"]


def _cased_patterns(abbreviations, national, international):
    """The cased anchor (a press abbreviation or a standard, matched as
    written) and the literal scan that finds where it can start, built from
    one list of literals, so neither can gain a form without the other.

    Every anchor match opens with one of these letters-only literals, and a
    position inside one of them follows a letter, which the anchor's
    lookbehind refuses.  Trying the anchor only at the scan's hits gives the
    matches of its finditer at a third of the cost (a pattern that opens
    with a lookbehind is tried at every position; ``re`` skips to the few
    capitals that can start a literal)."""
    nat = "(?:" + "|".join(map(regex.escape, national)) + ")"
    intl = "(?:" + "|".join(map(regex.escape, international)) + ")"
    anchor = regex.compile(
        r"(?<![\p{L}\d])(?:"
        + f"(?P<abbr>{_words_re(abbreviations, ignore_case=False)})(?![\\p{{L}}\\d/{_DASH}])"
        + r"|(?P<std>(?:" + nat + _S1 + r")?" + intl + r"(?:/IEC)?" + _S0 + r"(?P<stdnum>\d{3,5})(?:-\d{1,2})?"
        + r"(?:" + _SP + r"?[:\-]" + _SP + r"?(?P<stdyear>(?:19|20)\d\d))?(?!\d)"
        + r"|" + nat + _S0 + r"(?P<tcvnnum>\d{3,5})(?:-\d{1,2})?(?:" + _SP + r"?:" + _SP
        + r"?(?P<tcvnyear>(?:19|20)\d\d))?(?!\d))"
        + ")"
    )
    head = re.compile("|".join(sorted({*abbreviations, *national, *international}, key=len, reverse=True)))
    return anchor, head


_CASED_ANCHOR, _CASED_HEAD = _cased_patterns(_ABBR_TO_TYPE, _STANDARDS["national"], _STANDARDS["international"])


_PLURAL_SCAN = re.compile(r"(?<!\w)(?:các|những)[ \t\xa0]+(?:" + _TYPE_SCAN.pattern + ")")
# A _PLURAL_SCAN match can only start where `các` or `những` starts
# (:func:`_plural_heads`).  Matching _PLURAL_SCAN only there gives the same
# matches as its finditer (no type word holds `các` or `những`, so matches
# cannot overlap), three times faster: a pattern that opens with a
# lookbehind is tried at every position.
_PLURAL_WORDS = ("các", "những")


def _plural_heads(low: str, lo: int, hi: int) -> list[int]:
    """Where `các` or `những` starts in ``low`` from ``lo`` to ``hi``, in text
    order (``str.find`` skips to them four times faster than a regex scan)."""
    heads = []
    for word in _PLURAL_WORDS:
        i = low.find(word, lo, hi + len(word))
        while i >= 0:
            heads.append(i)
            i = low.find(word, i + 1, hi + len(word))
    heads.sort()
    return heads


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


#: The last text lower-cased, shared by the two passes that need it (one
#: tuple, read and replaced whole, so threads cannot mix two texts).
_LOWERED: tuple = (None, "")


def _lower(text: str) -> str:
    """``text`` lower-cased, character for character: offsets in it are
    offsets in ``text``.  ``İ`` (U+0130) is the one character whose
    ``lower()`` is two characters long; it becomes ``i``, so a text holding
    it is scanned like any other (it used to switch every scan to a slower
    twin that bounded spaces differently)."""
    global _LOWERED
    last = _LOWERED
    if last[0] is text:
        return last[1]
    low = lower(text)  # in pieces: str.lower's own peak is 12 bytes a character
    if len(low) != len(text):
        low = lower(text.replace("\u0130", "I"))
    _LOWERED = (text, low)
    return low


def forget_lowered() -> None:
    """Drop the lowered copy of the last text (as big as the text: not kept past the article)."""
    global _LOWERED
    _LOWERED = (None, "")


def _anchors(text: str):
    """Every anchor in text order, longest first at one position."""
    found: list[_Anchor] = []
    n = len(text)
    for m in _TYPE_SCAN.finditer(_lower(text)):
        s, e = m.span()
        if not _word_boundary_before(text, s) or (e < n and (text[e].isalnum() or text[e] == "_")):
            continue
        found.append(_Anchor(s, e, word=text[s:e]))
    last = 0
    cased = False
    for h in _CASED_HEAD.finditer(text):
        if h.start() < last:
            continue  # inside the previous match, as finditer would skip it
        m = _at(_CASED_ANCHOR, text, h.start())
        if m:
            found.append(_Anchor(m.start(), m.end(), match=m))
            last = m.end()
            cased = True
    if cased:  # the type words alone come in text order, one per position
        found.sort(key=lambda a: (a.start(), -a.end()))
    return found
