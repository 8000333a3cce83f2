"""The shapes of a percentage: each a named :class:`~cchc_extract.engine.Rule` in one registry.

A percentage is a figure and its sign, ``%`` (``％``) or ``phần trăm`` (per
cent), with ``điểm`` before the sign for percentage points:

``range``          ``30 - 50%``, ``98,5-100%``, ``20% đến 40%``, ``8%-10%``: two figures,
                   a dash or ``đến``/``tới`` between, the sign after the second (and
                   maybe after the first); not a range when the first is not the
                   smaller (then the second alone, and the first if it has its sign)
``signed_figure``  ``(-0,4%)``, ``: +1,2%``, ``−1,5%``: a figure with its sign glued
                   to it and standing apart from what precedes (``Top-10%`` is none):
                   a change, as market lines write them
``figure``         ``98,2%``, ``100 %``, ``95 phần trăm``, ``2,5 điểm phần trăm``
``spelled``        ``Hai mươi lăm phần trăm``, ``Một trăm %``

Every shape ends with its sign, and the sign is the anchor: a mark (``%``,
``％``, as written) or the first word of a sign word (``phần``, in any case);
the pattern matches the sign and reads the figure before it in a lookbehind
(``(?<=…)``, matched backwards from the sign, so a figure is read as far
back as its shape goes).  The item runs from the figure to the sign's end, at
most :data:`MAX_SPAN` characters.  The signs are data (the ``percent_signs``
entry of ``patterns/percentages.yaml``): a new way to write one is one word
there, and no prefilter is kept by hand.  Examples live there too (each names
its rule: ``tests/test_percentage_rules.py``).

Of the matches at one sign, one is read (:func:`pick`): the range, else the
signed figure, else the figure, else the spelled number (the rules' order); a
range then absorbs a figure found alone before it (:mod:`.find`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ...engine import Anchor, Registry, Rule
from ...numbers import SPELLED_NUMBER
from .vocab import _S, _V

#: no percentage is longer (a figure, blanks and its sign; a range; a spelled number):
#: the longest seen, ``từ 98,5% đến dưới 100%``, is far shorter
MAX_SPAN = 90

_SIGNS = _V["percent_signs"]
_MARKS = "(?:" + "|".join(re.escape(m) for m in _SIGNS["marks"]) + ")"
_WORDS = "(?:" + "|".join(re.escape(w).replace(r"\ ", _S + "++") for w in _SIGNS["words"]) + r")(?!\p{L})"
_POINTS = "(?:" + "|".join(_SIGNS["points"]) + ")"
#: the sign after a figure: a mark right after it or one blank after, a word after blanks;
#: percentage points (``điểm``) before either
_SIGN = rf"(?:{_S}?+(?:{_POINTS}{_S}++)?+{_MARKS}|{_S}++(?:{_POINTS}{_S}++)?+{_WORDS})"
_CONNECTORS = _V["ranges"]["connectors"]
_CONN = "(?:" + "|".join(sorted((c for c in _CONNECTORS if c.isalpha()), key=len, reverse=True)) + ")"
_DASHES = "".join(re.escape(c) for c in _CONNECTORS if not c.isalpha())

#: the sign as a lead (``re`` syntax): a mark, or a sign word with any blanks
_SIGN_LEAD = "(?:" + "|".join([re.escape(m) for m in _SIGNS["marks"]]
                              + [re.escape(w).replace(r"\ ", r"[ \u00a0]+") for w in _SIGNS["words"]]) + ")"


def _anchor(before: str) -> Anchor:
    """Where a rule is tried: at a sign's mark, or at the first word of a sign word (``phần``),
    with ``before`` the one character the sign can follow (a lookbehind of the lead: a digit
    or a blank for a printed figure)."""
    return Anchor(words=tuple(w.split()[0] for w in _SIGNS["words"]), marks=tuple(_SIGNS["marks"]),
                  lead=f"(?<={before}){_SIGN_LEAD}")


def _before_sign(figure: str) -> str:
    """The pattern of a printed figure (``figure``, read backwards in a lookbehind) and its sign."""
    return (rf"(?:(?<={figure}{_S}?+(?:{_POINTS}{_S}++)?+){_MARKS}"
            rf"|(?<={figure}{_S}++(?:{_POINTS}{_S}++)?+){_WORDS})")


#: a printed figure: thousand groups and a decimal part (possessive: linear on `1.1.1.1…`),
#: with no letter, digit, or `.`, `,`, `/` of a bigger number or code before it
_NUM = r"(?:\d{1,3}(?:\.\d{3})++(?:,\d++)?+|\d++(?:[,.]\d++)?+)"
_NB = r"(?<![\p{L}\p{N}.,/])"
_RANGE = rf"{_NB}(?P<a>{_NUM})(?P<asign>{_SIGN})?+{_S}*+(?:[{_DASHES}]|{_CONN}){_S}*+(?P<b>{_NUM})"
#: a sign (`-`, `−`, `+`) glued to the figure, after a blank, a bracket, `:` or `;`, or at the start
_SIGNED = rf"(?<![^ \t\n\u00a0(\[:;])[\-\u2212+]{_NB}(?P<a>{_NUM})"
_FIGURE = rf"{_NB}(?P<a>{_NUM})"
_SPELLED = (rf"(?:(?<=(?<![\p{{L}}\p{{N}}])(?P<w>{SPELLED_NUMBER}){_S}*+){_MARKS}"
            rf"|(?<=(?<![\p{{L}}\p{{N}}])(?P<w>{SPELLED_NUMBER}){_S}*+){_WORDS})")


@dataclass
class Match:
    """What a rule matched: the span of the percentage and the match, read by :mod:`.find`."""

    start: int
    end: int
    match: Any
    order: int = 0
    rule: str = ""


def _reader(group: str, back: int = 0):
    """A resolve: the item from the start of ``group`` (less ``back``: a sign written
    before the figure) to the sign's end, the figure and sign no longer than :data:`MAX_SPAN`."""
    def resolve(m, *args) -> list[Match]:
        start = m.start(group)
        return [Match(start - back, m.end(), m)] if m.end() - start <= MAX_SPAN else []
    return resolve


#: The percentage rules, in the order that picks one of the matches at a sign.
REGISTRY = Registry("percentages", [
    Rule("range", _anchor(r"[\d \u00a0]"), _before_sign(_RANGE), _reader("a"),
         doc="`30 - 50%`, `98,5-100%`, `20% đến 40%`: two figures and one sign after the second."),
    Rule("signed_figure", _anchor(r"[\d \u00a0]"), _before_sign(_SIGNED), _reader("a", 1),
         doc="`(-0,4%)`, `+1,2%`: a figure with its sign, a change."),
    Rule("figure", _anchor(r"[\d \u00a0]"), _before_sign(_FIGURE), _reader("a"),
         doc="`98,2%`, `100 %`, `95 phần trăm`, `2,5 điểm phần trăm`."),
    Rule("spelled", _anchor(r"[^\W\d_]|[ \t\u00a0]"), _SPELLED, _reader("w"),
         doc="`Hai mươi lăm phần trăm`, `Một trăm %`: a number in words, the sign after blanks."),
], max_span=MAX_SPAN)


def pick(matches: list[Match]) -> list[Match]:
    """Of the matches at one sign, the one of the first rule (the range, then the signed
    figure, the figure, the spelled number); in text order."""
    best: dict[int, Match] = {}
    for m in matches:
        b = best.get(m.end)
        if b is None or (m.order, m.start) < (b.order, b.start):
            best[m.end] = m
    return [best[e] for e in sorted(best)]


__all__ = ["MAX_SPAN", "REGISTRY", "Match", "pick"]
