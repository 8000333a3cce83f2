"""Resolve one count: its qualifier, its own status and channel, from the words of its clause.

Status is read from the nearest cue governing the count: a specific cue right
after the noun (``12 hồ sơ quá hạn``) first, then the nearest cue before the
number in its clause (``giải quyết trước hạn 288 hồ sơ``), then a general cue
after the noun (``hồ sơ đã được giải quyết``).
"""

from __future__ import annotations

import regex

from ...numbers import qualifier_after
from ...segment import Sentence

from .vocab import (_AFTER_CUT_RE, _B, _BOUNDARY_RE, _CHANNEL_OF, _CHANNEL_RE, _CUE_RE, _CUE_STATUS, _E, _FROM_RE,
                    _GENERAL, _MARKER_PAT, _NOUN, _NUMBER_START_RE, _SPECIFIC)
from .candidate import _Count


# ---------------------------------------------------------------- resolving one count


def _clause_start(text: str, pos: int, floor: int) -> int:
    lo = max(floor, pos - 160)
    last = lo
    for b in _BOUNDARY_RE.finditer(text, lo, pos):
        last = b.end()
    return last


def _clause_end(text: str, pos: int, ceil: int) -> int:
    b = _BOUNDARY_RE.search(text, pos, min(ceil, pos + 80))
    return b.start() if b else min(ceil, pos + 80)


def _before_text(text: str, pos: int, floor: int = 0) -> str:
    """The words of the clause before ``pos``; for ``label: value`` the label."""
    cs = _clause_start(text, pos, floor)
    if not text[cs:pos].strip() and cs - 1 > floor and text[cs - 1] == ":":
        return text[_clause_start(text, cs - 1, floor):cs - 1]
    return text[cs:pos]


# `Tổng số hồ sơ điện tử được tiếp nhận, phê duyệt … là 1.234 hồ sơ`: the subject
# `(tổng) số hồ sơ …` names what is counted, the copula before the number gives its value;
# the subject's words may run over commas.  Searched backwards (`(?r)`) from the copula.
_COPULA_END_RE = regex.compile(rf"(?ri){_B}(?:là|đạt|lên\s++tới|lên\s++đến)\s*+$")
_SUBJECT_RE = regex.compile(rf"(?ri){_B}(?:tổng\s++số\s++lượng|tổng\s++số|số\s++lượng|tổng|số)\s++"
                            rf"(?:{_NOUN}){_E}[^;:()\n]*?$")
_SUBJECT_REACH = 300
_INCLUDING_RE = regex.compile(rf"(?i){_B}(?:kể\s++cả|bao\s++gồm|gồm\s++cả|trong\s++đó|trong\s++số\s++đó){_E}")


def _subject_words(text: str, pos: int, floor: int) -> str | None:
    """The words from a subject ``(tổng) số hồ sơ`` through the copula right before
    ``pos`` (the number and its qualifier), in the same sentence after ``floor``;
    None when the number does not follow a copula or no such subject opens its clause."""
    cop = _COPULA_END_RE.search(text, max(floor, pos - 16), pos)
    if not cop:
        return None
    lo = max(floor, pos - _SUBJECT_REACH)
    m = _SUBJECT_RE.search(text, lo, cop.start())
    if not m:
        return None
    # `kể cả hồ sơ trực tuyến` (including …) names a share of the count, not the count
    cut = _INCLUDING_RE.search(text, m.start(), cop.start())
    return text[m.start():cut.start() if cut else cop.start()]


def _qualifier(text: str, c: _Count) -> tuple[str | None, int]:
    """The qualifier word touching the number (``trên 90.400``; ``trên tổng số
    320`` is "out of", not "over") and where the words before it begin."""
    q, at = c.qualifier_at(text)
    if q:
        return q, at
    after = qualifier_after(text, c.noun_end)
    if after == "at_least" and _FROM_RE.search(text, max(0, c.num_start - 10), c.num_start):
        return "at_least", c.num_start - len(_FROM_RE.search(text, max(0, c.num_start - 10), c.num_start).group())
    return after, c.num_start


def _cues(segment: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), _CUE_STATUS[" ".join(m.group().lower().split())]) for m in _CUE_RE.finditer(segment)]


def _after_text(text: str, c: _Count, sent_end: int) -> str:
    """The words after the noun that still describe it: up to punctuation, the
    next number, or a conjunction (`… 77 hồ sơ và đúng hẹn 230 …`)."""
    after = text[c.noun_end:_clause_end(text, c.noun_end, sent_end)]
    d = _NUMBER_START_RE.search(after)
    if d:
        after = after[:d.start()]
    # a cue opening the words after the noun is read whole (`118 hồ sơ trước và đúng hạn`)
    lead = _CUE_RE.match(after, len(after) - len(after.lstrip()))
    k = _AFTER_CUT_RE.search(after, lead.end() if lead else 0)
    if k:
        after = after[:k.start()]
    return after


def _own_status(before: str, after: str) -> str | None:
    """The status a count's own words give it (``before``: the words of its clause
    before it; ``after``: the words after its noun, see :func:`_after_text`)."""
    after_cues = [s for _, _, s in _cues(after) if s != "neutral"]
    # `12 hồ sơ quá hạn`, and `120 HS được giải quyết đúng hẹn`: a timeliness
    # word right after the general verb still describes these dossiers.
    for s in after_cues:
        if s in _SPECIFIC:
            return s
        if s not in _GENERAL:
            break
    for _, _, s in reversed(_cues(before)):
        if s == "neutral":
            continue
        return s
    if after_cues:
        return after_cues[0]
    return None


_PAREN_OPEN_RE = regex.compile(r"\(\s*+$")
_MARKER_OPENS_RE = regex.compile(r"(?i)" + _MARKER_PAT + r"[\s,:]*+(?:(?:hơn|trên|gần|khoảng|có)\s++)?+$")


def _status_of_unnumbered_total(text: str, c: _Count, sent_start: int) -> str | None:
    """``tiếp nhận hàng nghìn hồ sơ, trong đó 900 hồ sơ trực tuyến``: a part of a
    total written without a number takes the verb of the clause before the marker."""
    cs = _clause_start(text, c.num_start, sent_start)
    if not _MARKER_OPENS_RE.search(text, cs, c.num_start) or cs <= sent_start + 1:
        return None
    prev = _before_text(text, cs - 1, sent_start)
    for _, _, st in reversed(_cues(prev)):
        if st != "neutral":
            return st if st in _GENERAL else None
    return None


def _status_before_paren(text: str, c: _Count) -> str | None:
    """``tỷ lệ giải quyết đúng hạn đạt 100% (1.234/1.234 hồ sơ)``: a count that
    opens a parenthesis takes the cue of the clause the parenthesis explains."""
    at = c.qualifier_at(text)[1]
    m = _PAREN_OPEN_RE.search(text, max(0, at - 4), at)
    if not m:
        return None
    for _, _, status in reversed(_cues(_before_text(text, m.start()))):
        if status != "neutral":
            return status
    return None


def _channel(before: str, after: str) -> str | None:
    """The channel a count's own words give it (the words as for :func:`_own_status`)."""
    m = _CHANNEL_RE.search(after)
    if m:
        return _CHANNEL_OF[" ".join(m.group().lower().split())]
    ms = list(_CHANNEL_RE.finditer(before))
    if ms:
        return _CHANNEL_OF[" ".join(ms[-1].group().lower().split())]
    return None


def read_own(text: str, counts: list[_Count], sents: list[Sentence], sidx: list[int],
             table_meaning: dict[int, tuple]) -> None:
    """Each count's qualifier, own status and channel from its own words (and, in a
    table, from its column and row); ``sidx`` the sentence of each count."""
    prev_end = 0
    for c, si in zip(counts, sidx):
        sent_end = sents[si].end if si >= 0 else len(text)
        c.qualifier, left_edge = _qualifier(text, c)
        if c.start < c.num_start:  # `số hồ sơ … là N`: the words before the number are the noun's
            left_edge = c.num_start
        # the verb of the previous count governs that one, not this one
        before = _before_text(text, left_edge, prev_end)
        after = _after_text(text, c, sent_end)
        c.own_status = _own_status(before, after)
        c.channel = _channel(before, after)
        if (c.own_status is None or c.channel is None) and si >= 0:
            subject = _subject_words(text, left_edge, max(prev_end, sents[si].start))
            if subject:
                c.own_status = c.own_status or _own_status(subject, "")
                c.channel = c.channel or _channel(subject, "")
        prev_end = c.noun_end
        cell = table_meaning.get(c.start)
        if cell is not None:  # a figure in a table: its column says what it counts
            c.own_status = c.own_status or cell[0]
            c.channel = c.channel or cell[1]
            c.extra["office"] = cell[2]
            c.extra["caption"] = cell[3]

