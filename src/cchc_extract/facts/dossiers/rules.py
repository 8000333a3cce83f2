"""The dossier rules: each a named :class:`~cchc_extract.engine.Rule` in one registry.

The engine scans each article once for the rules' anchors (the first word of
each noun, ``hồ`` of ``hồ sơ``, in any case; a tab or a bar; the start of a
number) and tries a rule only where one of its own was hit.  A number is
looked at only in an article that holds the word ``sơ`` somewhere
(``count_before_noun`` needs it, :class:`~cchc_extract.engine.Anchor`
``needs_words``), and there only where its lead (the number, up to two
words, then ``h``) holds.
No prefilter is kept by hand.

``count_before_noun``        ``12.345 hồ sơ``, ``4.572/4.572 hồ sơ``, ``264 nghìn bộ hồ sơ``
``noun_then_number``         ``số hồ sơ tiếp nhận là 1.234``, ``Hồ sơ trực tuyến: 900``
``compared_figure``          ``hàng nghìn hồ sơ (trước đây là khoảng 300)``: the 300
``abbreviation_definition``  ``hồ sơ (HS)``: ``291 HS`` then counts (it is no count itself)
``table_cell``               a tab or a bar: the article may hold a table, read by
                             :func:`.tables._table_cells` (its figures are named so too)

and, in an article that defines an abbreviation, :data:`ABBREVIATED`'s
``count_before_abbreviation`` (``291 HS``), read in place of ``count_before_noun``
by one pattern for both, so that the two never overlap.  One reader works from
counts already found and is named like a rule (:data:`READERS`): ``elliptic_part``
(``(trực tuyến 400, trực tiếp 240)``, :func:`.find._find_elliptic`).

``count_before_noun`` is read as one left-to-right scan reads it: of the matches
at every number, the leftmost, then the leftmost after its end, ... (what
``finditer`` gives); the other rules' matches do not overlap one another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ...engine import Anchor, Registry, Rule, leftmost
from .find import read_after_noun, read_compared
from .vocab import _B, _BEFORE_NOUN_RE, _COMPARED_OPEN, _COUNT_BEFORE_NOUN_RE, _DATA, _HEAD_WORDS, _NOUN_RE

#: No match is longer (a number, its scale word and classifier, blanks and the noun):
#: a count whose number, blanks and noun run over 200 characters is not read.
MAX_SPAN = 200

_NOUNS = _DATA["dossier_noun"]["nouns"]
#: the nouns as a lead (``re`` syntax: any blanks between words)
_NOUN_LEAD = "(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(_NOUNS, key=len, reverse=True)) + ")"
#: where a count before the noun can be: a number (a fraction too), then blanks and up to
#: :data:`_HEAD_WORDS` words (a scale word, a classifier), then the noun's first letter.
#: Possessive, and the number no longer than a match can be, so that at each of the
#: many numbers of `1.1.1.1…` it fails within a window's length.
_COUNT_LEAD = (r"[\d.,]{1,%d}+(?:\s*+/\s*+[\d.,]{1,%d}+)?+\s++(?:\S++\s++){0,%d}(?i:[%s])"
               % (MAX_SPAN, MAX_SPAN, _HEAD_WORDS, "".join(sorted({re.escape(n[0]) for n in _NOUNS}))))
_NOUN_WORDS = tuple(sorted({n.split()[0] for n in _NOUNS}))
#: a word every count before a noun holds, whole: the nouns' last (``sơ``; ``hồ`` is in
#: every ``Hồ Chí Minh``, so an article holding ``hồ`` would have its numbers looked at)
_NOUN_LAST_WORDS = tuple(sorted({n.split()[-1] for n in _NOUNS}))


@dataclass
class Match:
    """What a rule matched, kept for the step after the engine (the leftmost-first
    choice of counts, the abbreviations an article defines, the table marks)."""

    start: int
    end: int
    match: Any
    order: int = 0
    rule: str = ""


def _matched(m, blocked=None) -> list[Match]:
    return [Match(m.start(), m.end(), m)]


def _read_after_noun(m, blocked=None) -> list:
    """``số hồ sơ tiếp nhận là 1.234``, ``Hồ sơ nộp trực tuyến: 2.040``, ``- Tiếp nhận hồ sơ: 3.456``."""
    return read_after_noun(m, blocked or ())


def _read_compared(m, blocked=None) -> list:
    """``giải quyết hàng nghìn hồ sơ (trước đây là khoảng 300)``: a figure of another time."""
    return read_compared(m, blocked or ())


def _noun_rule(name: str, pattern: str, resolve, doc: str, lead: str = _NOUN_LEAD) -> Rule:
    return Rule(name, Anchor(words=_NOUN_WORDS, lead=lead), pattern, resolve, doc=doc)


#: The dossier rules (each item knows its rule: ``rule``, ``order``).
REGISTRY = Registry("dossiers", [
    Rule("count_before_noun", Anchor(digit=True, lead=_COUNT_LEAD, needs_words=_NOUN_LAST_WORDS),
         _COUNT_BEFORE_NOUN_RE.pattern, _matched, 0,
         doc="`12.345 hồ sơ`, `4.572/4.572 hồ sơ`, `1,5 triệu hồ sơ`, `1.020 lượt hồ sơ`."),
    _noun_rule("noun_then_number", _NOUN_RE.pattern, _read_after_noun, _read_after_noun.__doc__),
    _noun_rule("compared_figure", _NOUN_RE.pattern + _COMPARED_OPEN, _read_compared, _read_compared.__doc__,
               _NOUN_LEAD + _COMPARED_OPEN.replace("(?=", "(?:", 1)),
    _noun_rule("abbreviation_definition", "(?i)" + _B + _DATA["defined_abbreviation"]["define"], _matched,
               "`hồ sơ (HS)`: the article calls dossiers `HS` from here on."),
    Rule("table_cell", Anchor(marks=("\t", "|")), r"[\t|]", _matched,
         doc="A tab or a bar: a table flattened into lines may name dossier counts by column."),
], max_span=MAX_SPAN)


#: Read in place of ``count_before_noun`` in an article that defines an abbreviation.
ABBREVIATED = Registry("dossiers-abbreviated", [
    Rule("count_before_abbreviation", Anchor(digit=True), _BEFORE_NOUN_RE.pattern, _matched, 0,
         doc="`291 HS` after `hồ sơ (HS)` (and `12 hồ sơ`, as one pattern reads both)."),
], max_span=MAX_SPAN)


#: Readers that work from counts already found, named like rules (each count knows its rule).
READERS = ("elliptic_part",)


__all__ = ["ABBREVIATED", "MAX_SPAN", "READERS", "REGISTRY", "Match", "leftmost"]
