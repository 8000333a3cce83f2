"""Link counts: the parts of a breakdown to their total, and what parts inherit.

Parentheses and lists opened by ``trong đó`` … (:func:`link_parts`, reused by
the checks stage through :func:`parents_of`), runs of specific counts after a
general one (:func:`_implicit_parts`), and the backlog of a total
(:func:`_backlog_channel`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex

from ...records import DossierCount
from ...segment import Sentence, sentence_index, sentences as split_sentences

from .vocab import (_ANAPHORIC_RE, _DECIMAL_RE, _GAP_BREAK_RE, _GENERAL, _MARKER_RE, _SHORT_LIST_GAP_RE, _SPECIFIC,
                    _TAIL_ONLY_RE, _WHOLE_OF_RE)
from .candidate import _Count


# ---------------------------------------------------------------- linking parts

#: A parenthesis; the helpers below visit these, not every character.
_PAREN_RE = regex.compile(r"[()]")


def _paren_close(text: str, open_pos: int, hi: int) -> int:
    depth = 0
    for m in _PAREN_RE.finditer(text, open_pos, hi):
        i = m.start()
        if text[i] == "(":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return i
    return hi


class _Parens:
    """Parenthesis structure of one sentence, computed once: the innermost
    ``(`` open at any position and where each ``(`` closes."""

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.lo, self.hi = lo, hi
        # the innermost open ``(`` after each parenthesis, by its position
        self._at: list[int] = []
        self._open: list[int] = []
        self._close: dict[int, int] = {}
        stack: list[int] = []
        for m in _PAREN_RE.finditer(text, lo, hi):
            i = m.start()
            if text[i] == "(":
                stack.append(i)
            elif stack:
                self._close[stack.pop()] = i
            self._at.append(i)
            self._open.append(stack[-1] if stack else -1)

    def open_at(self, pos: int) -> int:
        if pos >= self.hi or pos < self.lo:
            return -1
        k = bisect_left(self._at, pos) - 1  # the last parenthesis before pos
        return self._open[k] if k >= 0 else -1

    def close_of(self, open_pos: int) -> int:
        return self._close.get(open_pos, self.hi)


def link_parts(text: str, spans: list[tuple[int, int]], sents: list[Sentence] | None = None,
               noun_ends: list[int] | None = None, statuses: list[str | None] | None = None) -> list[int | None]:
    """For each count (``(start, end)`` spans in text order), the index of the
    total it is a part of, or None.

    A part sits in parentheses right after its total
    (``79.094 hồ sơ (1.374 hồ sơ trực tuyến, …)``) or in a list that a marker
    opens after its total (``giải quyết 500 hồ sơ, trong đó: trước hạn …``;
    ``… 900 hồ sơ. Trong đó, …``).  Given ``statuses``, an on-time, early or
    overdue part attaches to the nearest resolved count of that breakdown
    (``tiếp nhận …, trong đó …; giải quyết 95 hồ sơ, đúng hạn 90 hồ sơ``).
    """
    if sents is None:
        sents = split_sentences(text) if spans else []
    noun_ends = noun_ends or [e for _, e in spans]
    parents: list[int | None] = [None] * len(spans)
    sidx = [sentence_index(sents, s) for s, _ in spans]
    by_sent: dict[int, list[int]] = {}
    for i, si in enumerate(sidx):
        if si >= 0:
            by_sent.setdefault(si, []).append(i)
    for si, idxs in by_sent.items():
        sent = sents[si]
        parens = _Parens(text, sent.start, sent.end)
        ends = [noun_ends[j] for j in idxs]
        markers = _list_markers(text, sent, si, spans, noun_ends, by_sent, parens, ends)
        mstarts = [m[0] for m in markers]
        for i in idxs:
            if _WHOLE_OF_RE.search(text, max(sent.start, spans[i][0] - 30), spans[i][0]):
                continue  # `(trong 67 hồ sơ …)`: the whole the count before is taken out of
            parents[i] = _paren_total(text, spans, noun_ends, idxs, ends, parens, i)
            if parents[i] is None:
                parents[i] = _marker_total(markers, mstarts, spans[i][0], i)
    if statuses:
        _to_resolved_sibling(parents, statuses, sidx)
    return parents


def _list_markers(text: str, sent: Sentence, si: int, spans, noun_ends, by_sent: dict[int, list[int]],
                  parens: "_Parens", ends: list[int]) -> list[tuple[int, int, int]]:
    """The sentence's list markers that open a breakdown of a total:
    ``(marker start, total index, end of the marker's scope)``."""
    idxs = by_sent[si]
    markers = []
    for m in _MARKER_RE.finditer(text, sent.start, spans[idxs[-1]][0]):
        mp = parens.open_at(m.start())
        scope_end = parens.close_of(mp) if mp >= 0 else sent.end
        total = None
        k = bisect_right(ends, m.start()) - 1
        steps = 0
        while k >= 0 and steps < 50 and parens.open_at(spans[idxs[k]][0]) != mp:
            k -= 1
            steps += 1
        if k >= 0 and steps < 50:
            total = idxs[k]
            if m.group() == ":" and not _TAIL_ONLY_RE.fullmatch(text, noun_ends[total], m.start()):
                continue  # `trước hạn: 150` labels a value; only `… hồ sơ: …` opens a list
        elif _ANAPHORIC_RE.fullmatch(m.group()) and not text[sent.start:m.start()].strip() and si - 1 in by_sent:
            # `Trong đó, …` opening a sentence: the last count of the previous one
            total = by_sent[si - 1][-1]
        if total is not None:
            markers.append((m.start(), total, scope_end))
    return markers


def _paren_total(text: str, spans, noun_ends, idxs: list[int], ends: list[int], parens: "_Parens",
                 i: int) -> int | None:
    """The total whose parentheses, opened right after it, hold count ``i``."""
    p = parens.open_at(spans[i][0])
    if p < 0:
        return None
    k = bisect_right(ends, p) - 1
    if k < 0:
        return None
    j = idxs[k]
    gap = text[noun_ends[j]:p]
    if len(gap) <= 60 and not _GAP_BREAK_RE.search(gap) and parens.open_at(spans[j][0]) == parens.open_at(p):
        return j
    return None


def _marker_total(markers: list[tuple[int, int, int]], mstarts: list[int], start: int, i: int) -> int | None:
    """The total of the latest list marker before ``start`` whose scope reaches it."""
    k = bisect_right(mstarts, start - 1) - 1
    steps = 0
    while k >= 0 and steps < 50:
        _, total, scope_end = markers[k]
        if start < scope_end and total != i:
            return total
        k -= 1
        steps += 1
    return None


def _to_resolved_sibling(parents: list[int | None], statuses: list[str | None], sidx: list[int]) -> None:
    """An on-time, early or overdue part moves to the nearest resolved count of its
    breakdown in the same sentence (``tiếp nhận …, trong đó …; giải quyết 95 hồ sơ, đúng hạn 90``)."""
    for i, j0 in enumerate(parents):
        if j0 is None or statuses[i] not in ("early", "on_time", "overdue") or statuses[j0] == "resolved":
            continue
        for j in range(i - 1, j0, -1):
            if sidx[j] == sidx[i] and statuses[j] == "resolved":
                parents[i] = j
                break


def _fits(part: str | None, total: str | None) -> bool:
    """Whether a part with status ``part`` can break down a total with status
    ``total``: pending work is part of what was received, not of what was resolved."""
    if part == "pending":
        return total == "received"
    return True


# `cấp tỉnh tiếp nhận 30.000 hồ sơ, cấp huyện 20.000 hồ sơ`: a label (a level, field or
# place word and up to three more words) after the comma names the next share and leaves
# the verb out; any other word there may be a verb of its own (`số hóa 300 hồ sơ`)
_SHARE_LABEL = (r"(?:cấp|lĩnh\s++vực|khối|ngành|tại|ở|tỉnh|thành\s++phố|huyện|quận|thị\s++xã|xã|phường|"
                r"thị\s++trấn)\s++(?:[\p{L}\p{M}]++\s++){0,3}+")
_COORD_GAP_RE = regex.compile(r"(?i)(?:(?:\s*+;)?+[^;()\n]{0,40}?(?:,|\s(?:và|cùng|là))|[^;,:()\n]{41,80}?\svà)\s++"
                              r"(?:" + _SHARE_LABEL + r")?+"
                              r"(?:(?:hơn|trên|gần|khoảng|dưới|xấp\s++xỉ)\s++)?+$")


def _implicit_parts(text: str, counts: list[_Count], sidx: list[int]) -> None:
    """``giải quyết 500 hồ sơ, trước hạn 120 hồ sơ, quá hạn 3 hồ sơ``: a run of
    specific counts right after a general one, comma-separated, are its parts."""
    for i in range(1, len(counts)):
        c = counts[i]
        if c.parent is not None or sidx[i] < 0 or sidx[i] != sidx[i - 1]:
            continue
        if c.own_status is None and _COORD_GAP_RE.match(text, counts[i - 1].noun_end, c.num_start):
            # `tiếp nhận 1.200 hồ sơ đất đai và 1.500 hồ sơ khác`: one verb, two objects;
            # `năm 2022 giải quyết 5.678 hồ sơ; năm 2023 là 6.789 hồ sơ`: the verb is left out
            c.extra["sibling"] = i - 1
            continue
        if c.own_status not in _SPECIFIC and not (c.channel and c.own_status is None):
            continue
        prev = counts[i - 1]
        gap = text[prev.noun_end:c.num_start]
        if ";" in gap or "." in _DECIMAL_RE.sub("", gap) or len(gap) > 80:
            continue
        if not _SHORT_LIST_GAP_RE.match(gap):
            continue
        if prev.parent is not None and (prev.own_status in _SPECIFIC or (prev.channel and prev.own_status is None)):
            if _fits(c.own_status, counts[prev.parent].own_status):
                c.parent = prev.parent
        elif prev.own_status in _GENERAL and prev.channel is None and _fits(c.own_status, prev.own_status):
            c.parent = i - 1
        elif prev.channel and c.channel and c.own_status is None:
            # `tiếp nhận 1.000 hồ sơ trực tuyến, 200 hồ sơ trực tiếp`: siblings share the verb
            c.extra["sibling"] = i - 1



def parents_of(text: str, counts: list[DossierCount], sents: list[Sentence] | None = None) -> list[int | None]:
    """The total each count is a part of (an index into ``counts``), from the
    text around finished counts; counts must be in text order.

    Parentheses and lists as in :func:`link_parts`, plus a comma-separated run
    of specific counts right after a general one
    (``giải quyết 500 hồ sơ, trước hạn 120 hồ sơ, quá hạn 3 hồ sơ``).
    """
    spans = [(c.start, c.end) for c in counts]
    if sents is None:
        sents = split_sentences(text) if counts else []
    parents = link_parts(text, spans, sents, statuses=[c.status for c in counts])
    sidx = [sentence_index(sents, s) for s, _ in spans]
    for i in range(1, len(counts)):
        c, prev = counts[i], counts[i - 1]
        if parents[i] is not None or sidx[i] < 0 or sidx[i] != sidx[i - 1]:
            continue
        if c.status not in _SPECIFIC:
            continue
        gap = text[prev.end:c.start]
        if ";" in gap or "." in _DECIMAL_RE.sub("", gap) or len(gap) > 80 or "," not in gap:
            continue
        if parents[i - 1] is not None and counts[i - 1].status in _SPECIFIC:
            if _fits(c.status, counts[parents[i - 1]].status):
                parents[i] = parents[i - 1]
        elif prev.status in _GENERAL and prev.channel is None and _fits(c.status, prev.status):
            parents[i] = i - 1
    return parents
