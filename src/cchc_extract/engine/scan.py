"""One scan of an article for every anchor of a registry.

The anchor words and marks of all rules go into one Aho-Corasick automaton
(``ahocorasick_rs``), run once over the case-folded text; digits are found
as runs by one regex (one automaton hit per digit cost a Python step each:
37 of 94 hits per article of vn_news_2017).  Measured
on real articles (2,000 of vn_news_2017, CPU time per article, same run):
the dates anchors took 34 µs with ``ahocorasick_rs`` (one call returns every
match with character offsets), 55 µs with ``pyahocorasick`` (one Python step
per match), 49 µs with ``hyperscan`` before mapping its UTF-8 byte offsets
back to characters (and it has no lookbehind), and 570-800 µs (wall time, an
earlier run) with one ``re`` or ``regex`` alternation.

A hit is kept when it is whole: a word with no letter or digit on either
side, a mark equal to the text as written (marks are case-sensitive), a digit
with no letter or digit before it.  No rule is looked for anywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator, Sequence

import ahocorasick_rs
import regex

from .rule import Anchor

WORD, MARK, DIGIT, GLUED = 0, 1, 2, 3


def glued_whole(text: str, s: int, end: int) -> bool:
    """A word of a ``glued`` anchor (:class:`Anchor`): whole, or right after a small
    letter when it starts with a capital or ``đ``; no letter or digit after it."""
    if end < len(text) and text[end].isalnum():
        return False
    if not s:
        return True
    prev = text[s - 1]
    return not prev.isalnum() or (prev.islower() and (text[s].isupper() or text[s] in "đĐ"))

#: characters scanned at once by :meth:`AnchorScan.windows` (most articles are one
#: window; a bigger text is scanned window by window, so that a window's hits and
#: folded copy stay small beside a huge text; the items are the same either way)
WINDOW = 1 << 16

#: runs of decimal digits (any script: ``\d`` of a ``str`` pattern); `regex` measured faster than `re` here
_DIGIT_RUNS = regex.compile(r"\d+").finditer


def fold(text: str, *, keep: bool = True) -> str:
    """``text`` case-folded character by character, so offsets stay the same.

    The last few foldings of texts up to :data:`WINDOW` characters are kept
    (see :data:`_LAST_FOLDS`); ``keep=False`` is for a slice made for one
    scan (a window of a long text), which nothing folds again: kept, it would
    only hold the slice and its folding alive after the article.

    A character whose folding is longer (``ß`` → ``ss``, ``İ``) is kept as it
    is: no anchor word contains one, and the offsets of every other hit stay true.
    Digits are not in the automaton (see :meth:`AnchorScan.run`), so digits of
    other scripts need no folding (an anchor word with a digit, ``t2``, is
    matched only as written in 0-9 by the rules).
    """
    for known, folded in _LAST_FOLDS:
        if known is text:
            return folded
    folded = text.casefold()
    if len(folded) != len(text):  # folding only ever lengthens: same length, same offsets
        folded = "".join(f if len(f := c.casefold()) == 1 else c for c in text)
    if keep and len(text) <= WINDOW:
        _remember_fold(text, folded)
    return folded


#: the last few texts folded and their foldings, newest first: the registries of several
#: stages (dates, legal) and the provinces' scan fold the same article, with a title or
#: an agency in between; one of them pays for it.  Kept by identity (a ``str`` never
#: changes) and only up to :data:`WINDOW` characters each.
_LAST_FOLDS: tuple = ()


def _remember_fold(text: str, folded: str) -> None:
    global _LAST_FOLDS
    # one new tuple: a thread reading it sees pairs that belong together
    _LAST_FOLDS = ((text, folded),) + _LAST_FOLDS[:3]


#: a scan of at most this many needles finds them with ``str.find``, not the automaton:
#: for a few needles that is several times cheaper (the percentages' three, on 1,500
#: articles of vn_news_2017: 53 µs an article with the automaton, 6 with ``str.find``,
#: which needs no UTF-8 copy of the text), with the same list in the same order
FEW = 4


def find_few(needles: Sequence[str], folded: str) -> list[tuple[int, int, int]]:
    """``(needle index, start, end)`` of every needle in ``folded``, overlaps included, in
    the automaton's order (by end, then start): what ``find_matches_as_indexes`` gives."""
    out = []
    for k, needle in enumerate(needles):
        size = len(needle)
        i = folded.find(needle)
        while i >= 0:
            out.append((k, i, i + size))
            i = folded.find(needle, i + 1)
    out.sort(key=lambda h: (h[2], h[1]))
    return out


@dataclass(frozen=True, eq=False)
class Entry:
    """What a needle stands for: its kind, the key ``explain`` shows, and the rules to try."""

    kind: int
    key: str
    literal: str
    length: int
    rules: tuple[int, ...]
    plan: Any = None


class AnchorScan:
    """The automaton of ``anchors`` (one per rule, by rule index).

    ``plan(rules, at_digit[, word])`` (optional) turns the rule indices of a needle
    into what the caller wants to find at a hit (the registry: the compiled steps),
    kept in the automaton so a hit costs no further look-up; ``word`` is the
    anchor word of a word's needle (case-folded), so the plan can hold only
    what can begin with it (:meth:`Anchor.lead_at`).
    """

    def __init__(self, anchors: Sequence[Anchor], plan=None) -> None:
        groups: dict[tuple[int, str], list[int]] = {}
        for i, a in enumerate(anchors):
            for w in a.words:
                groups.setdefault((GLUED if a.glued else WORD, w), []).append(i)
            for mk in a.marks:
                if len(mk.casefold()) != len(mk):
                    raise ValueError(f"anchor mark {mk!r} changes length when case-folded")
                groups.setdefault((MARK, mk), []).append(i)
            if a.digit:
                groups.setdefault((DIGIT, "#"), []).append(i)
        by_needle: dict[str, list[Entry]] = {}
        # When every rule anchored on a digit needs one of some words (``needs_words``:
        # whole words every match holds), an article holding none of them as a whole
        # word needs no digit scan: the words join the automaton as needles of their
        # own (entries of no rule, so never a hit).
        at_digits = [a for a in anchors if a.digit]
        need_words = sorted({w for a in at_digits for w in a.needs_words}) \
            if at_digits and all(a.needs_words for a in at_digits) else None
        self.wants_digits = False
        self.digit_entry: Entry | None = None
        for (kind, lit), rules in groups.items():
            payload = None if plan is None else plan(tuple(rules), kind == DIGIT) if kind in (DIGIT, MARK) \
                else plan(tuple(rules), False, lit.casefold())
            if kind == DIGIT:
                # digits are not in the automaton: one hit per digit would cost a
                # Python step each; the runs are found by one regex (:meth:`digits`)
                self.wants_digits = True
                self.digit_entry = Entry(DIGIT, "digit", "", 1, tuple(rules), payload)
                continue
            key = ("mark:" if kind == MARK else "word:") + lit
            by_needle.setdefault(lit.casefold(), []).append(Entry(kind, key, lit, len(lit), tuple(rules), payload))
        for w in need_words or ():
            by_needle.setdefault(w, [])
        self.needles = list(by_needle)
        #: the needles whose hit lets the digit scan run (None: it always runs, see above)
        self.digit_needs = None if need_words is None else {self.needles.index(w) for w in need_words}
        #: the longest needle: windows of :meth:`windows` overlap by this much
        self.longest = max(map(len, self.needles), default=0)
        #: needle index -> the entries it stands for
        self.entries = [tuple(by_needle[n]) for n in self.needles]
        self.automaton = ahocorasick_rs.AhoCorasick(self.needles) if self.needles else None
        #: the needles' finder: the automaton, or ``str.find`` for a few (:data:`FEW`)
        self.find_needles = self._finder()
        self.keys = sorted({e.key for es in by_needle.values() for e in es}
                           | ({"digit"} if self.digit_entry is not None else set()))

    def _finder(self):
        """``find(folded)``: ``(needle index, start, end)`` of every needle, overlaps included."""
        needles = self.needles
        if not needles:
            return lambda folded: []
        if len(needles) <= FEW:
            return lambda folded: find_few(needles, folded)
        automaton = self.automaton
        return lambda folded: automaton.find_matches_as_indexes(folded, overlapping=True)

    def run(self, text: str) -> tuple[list[tuple[int, int, int]], list[int]]:
        """``(needle index, start, end)`` of every needle in the folded ``text``, overlaps
        included, and where each run of decimal digits starts (when wanted), in order."""
        folded = fold(text)
        raw = self.find_needles(folded)
        if self.digit_needs is None:
            wanted = self.wants_digits
        else:
            n, needs = len(text), self.digit_needs
            wanted = any(k in needs and not ((s and text[s - 1].isalnum()) or (e < n and text[e].isalnum()))
                         for k, s, e in raw)
        runs = [m.start() for m in _DIGIT_RUNS(folded)] if wanted else []
        return raw, runs

    def windows(self, text: str, size: int | None = None) -> Iterator[tuple[list[tuple[int, int, int]], list[int]]]:
        """:meth:`run` over ``text`` a window of ``size`` characters at a time, with
        offsets into ``text``: a needle that starts in a window is found there (the
        window is read on by the longest needle); a run of digits that goes on from
        the window before is reported again at the window's start (a digit before
        it, which every caller checks, rules it out).  A text of at most ``size``
        characters is one window, the same as :meth:`run`; a longer one never
        holds more than one window's hits, folded text and digit runs at once (an
        article of 64 MB on one line would otherwise hold several copies of itself
        in tuples).  ``size`` defaults to :data:`WINDOW`."""
        size = size or WINDOW
        n = len(text)
        if n <= size:
            yield self.run(text)
            return
        for a in range(0, n, size):
            b = min(n, a + size)
            folded = fold(text[a:b + self.longest], keep=False)
            raw = [(k, s + a, e + a) for k, s, e in self.find_needles(folded) if s < b - a]
            runs = [m.start() + a for m in _DIGIT_RUNS(folded, 0, b - a)] if self.wants_digits else []
            del folded
            yield raw, runs

    def raw(self, text: str) -> list[tuple[int, int, int]]:
        """``(needle index, start, end)`` of every needle in the folded ``text``, overlaps included."""
        return self.run(text)[0]

    def whole(self, text: str, raw: list[tuple[int, int, int]]) -> list[tuple[int, Entry]]:
        """``(start, entry)`` for each needle hit of ``raw`` (:meth:`run`) that is a whole
        anchor as written: a word with no letter or digit either side, a glued word
        (:func:`glued_whole`), a mark in its own case."""
        n = len(text)
        entries_of = self.entries
        return [(s, e) for k, s, end in raw for e in entries_of[k]
                if (not ((s and text[s - 1].isalnum()) or (end < n and text[end].isalnum())) if e.kind == WORD
                    else text.startswith(e.literal, s) if e.kind == MARK else glued_whole(text, s, end))]

    def hits(self, text: str) -> Iterator[tuple[int, Entry]]:
        """``(start, entry)`` for every whole anchor in ``text``, in text order."""
        if not self.keys:
            return
        raw, runs = self.run(text)
        out = self.whole(text, raw)
        if self.digit_entry is not None:
            out += [(s, self.digit_entry) for s in runs if not (s and text[s - 1].isalnum())]
        out.sort(key=lambda h: h[0])
        yield from out
