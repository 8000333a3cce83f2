"""Whole-text scans tried only where one of their first words stands.

Many entity passes scan the article for a pattern that opens with a word of a
YAML list (``_NB + (?i:<words>) ...``: the words for a people before an ethnic
group, the words of a game, the words for a work before its quoted title).
``regex`` tries such a pattern at every character (0.1-0.25 ms an article
each); an :class:`Anchored` pattern finds where the list's first words stand
with one Aho-Corasick pass over the case-folded text and tries the pattern
there only, in text order, as ``finditer`` would (the leftmost match, then on
from its end).  The words are the ones the pattern is built from, so the two
cannot drift apart; ``tests/test_entity_anchored.py`` compares every anchored
pattern with its plain ``finditer`` over the articles, the YAML examples and
generated texts.  A text longer than one scan window is scanned the plain way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import ahocorasick_rs
import regex

from ...engine.scan import WINDOW, fold

#: every anchored pattern made, for the oracle test
ALL: list[Anchored] = []


class Anchored:
    """``pattern`` (compiled), every match of which begins with the first word of one of
    ``words`` in any case; :meth:`finditer` gives what ``pattern.finditer(text)`` gives."""

    def __init__(self, pattern: regex.Pattern, words: Iterable[str]) -> None:
        self.pattern = pattern
        #: the first word of each (a space inside a word matches any space in the pattern)
        self.firsts = sorted({w.split()[0].casefold() for w in words if w.split()})
        self._automaton = ahocorasick_rs.AhoCorasick(self.firsts)
        ALL.append(self)

    def finditer(self, text: str) -> Iterator[regex.Match]:
        if len(text) > WINDOW:
            yield from self.pattern.finditer(text)
            return
        starts = sorted({s for _, s, _ in self._automaton.find_matches_as_indexes(fold(text), overlapping=True)})
        match = self.pattern.match
        end = 0
        for s in starts:
            if s < end:
                continue
            m = match(text, s)
            if m is not None:
                yield m
                end = max(m.end(), s + 1)
