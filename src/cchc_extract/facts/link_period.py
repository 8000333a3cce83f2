"""The ``period`` of a figure (:mod:`.link` module docstring): the dates of its
sentence that may give it one (:class:`PeriodDates`), the choice among them
(:func:`period_of`), and a list head's period over its lines."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex

from ..records import DateMention
from ..segment import Sentence
from .link_vocab import _B, _DATA, _E, _SAYS_RE, _alt, _find_char


_SO_VOI_RE = regex.compile(r"(?i)(?:so\s++với|cùng\s++kỳ|so\s++cùng\s++kỳ|hơn|trước\s++đó)\s*+(?:\p{L}++\s++){0,3}+$")
# `Nghị quyết số 03 ngày 29/4/2021`, `Luật Bảo hiểm xã hội (BHXH) năm 2014`: the document's own date
_ISSUE_DATE_GAP_RE = regex.compile(r"(?i)[\s,]*+(?:\([^()\n]{1,24}\)[\s,]*+)?+(?:ngày|ban\s++hành\s++ngày)?+[\s,]*+")
_PD = _DATA["period_words"]
_UNIT = r"(?:(?:" + _alt(_PD["units"]) + r")[ \u00a0]++)?+"
# `tính đến ngày 28/8/2016`, `đến cuối năm 2016`: a cut-off (or a target's deadline)
_UNTIL_RE = regex.compile(r"(?i)" + _B + r"(?P<tinh>(?:" + _alt(_PD["cutoff_lead"]) + r")[ \u00a0]++)?+(?:"
                          + _alt(_PD["until"]) + r")[ \u00a0]++"
                          r"(?:(?:" + _alt(_PD["edge"]) + r")[ \u00a0]*+)?+"
                          r"(?:(?:" + _alt(_PD["now"]) + r")[ \u00a0]*+)?+(?:\([ \u00a0]*+)?+"
                          r"(?:(?:" + _alt(_PD["day_parts"]) + r")[ \u00a0]++)?+" + _UNIT + r"$")
# (`phiên cuối tuần trước 3/2`: `trước` after a time word means "last", no deadline)
_DEADLINE_BEFORE_RE = regex.compile(r"(?i)" + _B + r"(?<!(?:tuần|tháng|năm|phiên|kỳ|ngày|hôm|quý|lần)[ \u00a0]++)"
                                    r"(?:" + _alt(_PD["before_deadline"]) + r")[ \u00a0]++"
                                    r"(?:\d{1,2}(?:h|giờ)(?:\d{1,2})?+[ \u00a0]++)?+" + _UNIT + r"$")
# `từ ngày 1/11/2016`: where something starts, not a period
_FROM_RE = regex.compile(r"(?i)" + _B + r"(?:" + _alt(_PD["from"]) + r")[ \u00a0]++" + _UNIT + r"$")
_FROM_TO_GAP_RE = regex.compile(r"(?i)[ \u00a0]*+(?:(?:" + _alt(_PD["until"]) + r")" + _E + r"|[-–])[ \u00a0]*+"
                                r"(?:(?:" + _alt(_PD["edge"]) + r")[ \u00a0]++)?+" + _UNIT)
# `kể từ Hội nghị … tháng 4/2016 đến nay`: a start with words between, then `đến nay` (link.yaml `since`, `to_now`)
_SINCE_BEFORE_RE = regex.compile(r"(?i)" + _B + r"(?:" + _alt(_PD["since"]) + r")" + _E + r"[^,;:.()\n]{0,90}+$")
_TO_NOW_AFTER_RE = regex.compile(r"(?i)[ \u00a0]*+(?:cho[ \u00a0]++)?+(?:" + _alt(_PD["until"]) + r")[ \u00a0]++(?:"
                                 + _alt(_PD["to_now"]) + r")" + _E)
# `35% từ năm 2018`, `0,03%/ngày từ 01/7/2016`: `từ` right after the figure (a rate per a unit between)
_FROM_AFTER_FIGURE_RE = regex.compile(r"(?i)(?:[ \u00a0]*+/[ \u00a0]*+(?:ngày|tháng|năm))?+[ \u00a0]++(?:"
                                      + _alt(_PD["from"]) + r")[ \u00a0]++" + _UNIT)
_FUTURE_RE = regex.compile(r"(?i)" + _B + r"sẽ" + _E)
_CLAUSE_BREAK_BEFORE_RE = regex.compile(r"(?r)[;:.!?\n]")
#: how far before a figure the start of a level in force (``từ 1/7/2017 sẽ có mức thuế 45%``) is looked for
_START_REACH = 400
_PAREN_BEFORE_FIGURE_RE = regex.compile(r"[ \u00a0]*+\([ \u00a0]*+$")
_PAREN_CLOSE_RE = regex.compile(r"[ \u00a0]*+\)")
_SENTENCE_LEAD_RE = regex.compile(r"^(?:[\p{L}\p{M}]++\s++){0,3}+$")
_BULLET_RE = regex.compile(r"\s*+(?:[-–•+*]|\d{1,2}[.)]|[a-zđ]\))\s")
PERIOD_KINDS = {"year", "quarter", "half_year", "month", "period"}


def _from_to(a: DateMention, b: DateMention) -> DateMention:
    """``từ ngày 1-1-2016 đến 31-12-2016``: one period from two mentions (a start
    written without its year takes the end's)."""
    va, vb = a.value.split("/")[0], b.value.split("/")[-1]
    if va.startswith("XXXX") and vb[:4].isdigit():
        va = vb[:4] + va[4:]
    return DateMention(text=a.text, start=a.start, end=a.end, kind="period", value=f"{va}/{vb}")


class PeriodDates:
    """The dates that may give a figure its period, sorted by position: not inside or
    right after a document reference, not a comparison, not a bare start; cut-offs
    only for targets.  Each date is judged on first use: a figure looks only at the
    dates of its sentence (and of a list head)."""

    def __init__(self, text: str, dates: list[DateMention], legal: list[tuple[int, int]]) -> None:
        self._text = text
        self._legal = legal
        self._ends: list[int] | None = None
        self._dates = sorted(dates, key=lambda d: (d.start, d.end))
        self._starts = [d.start for d in self._dates]
        self._legal_sorted = sorted(legal)
        self._judged: dict[int, tuple[DateMention | None, bool]] = {}
        self.hard_cutoffs: list[int] = []  # where a `tính đến` cut-off was judged

    def _in_legal(self, a: int, b: int) -> bool:
        k = bisect_right(self._legal_sorted, (b, b)) - 1
        while k >= 0 and k >= bisect_right(self._legal_sorted, (a - 400, a - 400)) - 1:
            s, e = self._legal_sorted[k]
            if s < b and a < e:
                return True
            k -= 1
        return False

    def _judge(self, k: int) -> tuple[DateMention | None, bool]:
        """(the date to use or None, whether it is a cut-off)."""
        d = self._dates[k]
        text = self._text
        if self._in_legal(d.start, d.end):
            return None, False
        if self._ends is None:
            self._ends = sorted(e for _, e in self._legal)
        ends = self._ends
        # the issue date of a document: `Nghị quyết số 03 ngày 29/4/2021`
        if any(_ISSUE_DATE_GAP_RE.fullmatch(text[e:d.start])
               for e in ends[bisect_left(ends, d.start - 14):bisect_right(ends, d.start)]):
            return None, False
        if _SO_VOI_RE.search(text[max(0, d.start - 40):d.start]):
            return None, False  # a comparison: `tăng 10% so với năm 2022`
        before = text[max(0, d.start - 30):d.start]
        if d.kind != "period" and _FROM_RE.search(before):
            nxt = self._dates[k + 1] if k + 1 < len(self._dates) else None
            if nxt is not None and _FROM_TO_GAP_RE.fullmatch(text, d.end, nxt.start):
                return _from_to(d, nxt), False
            return None, False  # `từ ngày 1/11/2016`: a start, not a period
        if k > 0 and _FROM_RE.search(text[max(0, self._dates[k - 1].start - 30):self._dates[k - 1].start]) \
                and _FROM_TO_GAP_RE.fullmatch(text, self._dates[k - 1].end, d.start):
            return None, False  # the end of `từ A đến B`, read with A
        if d.kind != "period" and _TO_NOW_AFTER_RE.match(text, d.end) \
                and _SINCE_BEFORE_RE.search(text, max(0, d.start - 100), d.start):
            value = d.value.split("/")[0] + "/.."  # since then, until now
            return DateMention(text=d.text, start=d.start, end=d.end, kind="period", value=value), False
        until = _UNTIL_RE.search(before)
        if until and d.kind != "period":
            if until.group("tinh"):
                self.hard_cutoffs.append(d.start)
                return None, False
            return d, True
        if d.kind in ("date", "datetime") and _DEADLINE_BEFORE_RE.search(before):
            return d, True  # `trước ngày 15/7`: a deadline, a target's period at most
        return d, False

    def from_right_after(self, end: int) -> DateMention | None:
        """``mức thuế 35% từ năm 2018``, ``0,03%/ngày từ 01/7/2016``: the date a level written
        right before `từ` applies from is its period (``từ A đến B`` as one period)."""
        m = _FROM_AFTER_FIGURE_RE.match(self._text, end)
        if m is None:
            return None
        k = bisect_left(self._starts, end)
        if k >= len(self._dates) or not end <= self._dates[k].start <= m.end() < self._dates[k].end:
            return None
        d = self._dates[k]
        if self._in_legal(d.start, d.end):
            return None
        if k not in self._judged:
            self._judged[k] = self._judge(k)
        judged, _ = self._judged[k]
        return judged if judged is not None and judged.kind == "period" else d

    def named_right_before(self, start: int, end: int) -> DateMention | None:
        """``cao hơn mức 6 tháng đầu năm 2017 (13,26%)``: a figure alone in parentheses right
        after a time is that time's figure (also where the time is a comparison's); not one of
        a pair (``so với quý I/2017 (6,13% so với 5,15%)``)."""
        m = _PAREN_BEFORE_FIGURE_RE.search(self._text, max(0, start - 8), start)
        if m is None or not _PAREN_CLOSE_RE.match(self._text, end):
            return None
        k = bisect_right(self._starts, m.start()) - 1
        if k < 0 or self._dates[k].end != m.start():
            return None
        d = self._dates[k]
        if self._in_legal(d.start, d.end) or d.kind in ("date", "datetime"):
            return None
        return d

    def future_start_before(self, start: int, lo: int) -> DateMention | None:
        """``từ 1/7/2017 sẽ có mức thuế 45%``: a start written in the figure's clause before a
        future (`sẽ`) is when the level applies from."""
        k = bisect_left(self._starts, start) - 1
        while k >= 0 and self._dates[k].start >= lo:
            d = self._dates[k]
            if d.kind != "period" and _FROM_RE.search(self._text[max(0, d.start - 30):d.start]) \
                    and _FUTURE_RE.search(self._text, d.end, start) and not self._in_legal(d.start, d.end):
                return d
            k -= 1
        return None

    def between(self, a: int, b: int, *, target: bool = False) -> list[DateMention]:
        """The eligible dates that start in [a, b); a cut-off only for a target."""
        lo, hi = bisect_left(self._starts, a), bisect_left(self._starts, b)
        out = []
        for k in range(lo, hi):
            if k not in self._judged:
                self._judged[k] = self._judge(k)
            d, cutoff = self._judged[k]
            if d is not None and (target or not cutoff):
                out.append(d)
        return out


# `so với`, `cao hơn`, `thấp hơn mức`: what follows is the figure's base of comparison (link.yaml `compare`)
_COMPARE_GAP_RE = regex.compile(r"(?i)" + _B + r"(?:" + _alt(_PD["compare"]) + r")" + _E)
# `tăng 79% so với kết quả của năm 2015`: a change measured against a year's result
_BASE_OF_RE = regex.compile(r"(?i)" + _B + r"của[ \u00a0]++$")
# `đạt 80% vào năm 2025`, `6,7% trong năm 2017`: a target's own time written right after it
_OWN_TIME_RE = regex.compile(r"(?i)[ \u00a0]*+(?:(?:vào|trong|đến|tới|cho|của)[ \u00a0]++)?+(?:(?:hết|cuối|cả)[ \u00a0]++)?+")


def period_of(text: str, start: int, end: int, sent: Sentence, sents: list[Sentence], si: int,
              dates: PeriodDates, *, target: bool = False, change: bool = False) -> str | None:
    """The period of a figure at ``start:end`` in ``sents[si]`` (module docstring)."""
    # (not a change: `tăng 12% từ năm 2000` is measured since then, not in force from then)
    own = dates.named_right_before(start, end)
    if own is not None:
        return own.value
    start_date = None if change else dates.from_right_after(end)
    if start_date is None and not change:
        lo = max(sent.start, start - _START_REACH)  # (a sentence of many figures is not read again from its start)
        br = _CLAUSE_BREAK_BEFORE_RE.search(text, lo, start)
        start_date = dates.future_start_before(start, br.end() if br else lo)
    if start_date is not None:
        return start_date.value
    inside = dates.between(sent.start, sent.end, target=target)
    before = [d for d in inside if d.end <= start]
    stop = _find_char(text, ";", end, sent.end)
    stop = sent.end if stop < 0 else stop
    after = [d for d in inside if end <= d.start < stop]
    if after and _COMPARE_GAP_RE.search(text, end, after[0].start):
        # `chiếm 10%, cao hơn mức 6% của năm 2013`: a date after a comparison is the compared figure's
        cut = _COMPARE_GAP_RE.search(text, end, after[-1].start).start()
        after = [d for d in after if d.start < cut]
    if change:
        after = [d for d in after if not _BASE_OF_RE.search(text, max(0, d.start - 8), d.start)]
    if target and after and _OWN_TIME_RE.fullmatch(text, end, after[0].start):
        return after[0].value
    if before:
        # `Ngày 8/7, ông X cho biết: … 400 hồ sơ`: the day of the report is not the period counted
        while before and before[-1].kind in ("date", "datetime") \
                and _SAYS_RE.search(text, before[-1].end, start) is not None:
            before.pop()
    if before and any(before[-1].end <= c < start for c in dates.hard_cutoffs):
        before = []  # `Đầu năm 2017 …, lũy kế đến ngày 3/2/2017 có 150 hồ sơ`: a running total
    if before:
        # `Ngày 3/2, … tiếp nhận 120 hồ sơ trong năm 2024`: the event's day is not the period counted
        if before[-1].kind in ("date", "datetime") and after and after[0].kind in PERIOD_KINDS:
            return after[0].value
        return before[-1].value
    if after:
        return after[0].value
    return list_head_period(text, sents, si, dates)


def list_head_period(text: str, sents: list[Sentence], si: int, dates: PeriodDates) -> str | None:
    """``Kết quả năm 2023:`` then lines of figures: the head's period governs its lines."""
    for j in range(si - 1, max(-1, si - 30), -1):
        s, nxt = sents[j], sents[j + 1]
        if s.text.rstrip().endswith(":"):
            for d in dates.between(s.start, s.end):
                if d.kind in PERIOD_KINDS:
                    return d.value
            return None
        if "\n" not in text[s.end:nxt.start] or not _BULLET_RE.match(nxt.text):
            return None  # only lines of one list lead back to its head
    return None


# (a photo credit the page glued before it, `Ảnh: T.L. Trong đó, …`, is not part of the sentence)
_CREDIT = r"ảnh(?:[ \u00a0]++minh[ \u00a0]++họa)?+[ \u00a0]*+:(?:[ \u00a0]*+[^\s:;]++){0,4}?[ \u00a0]++"
# `Trong đó, …`, `Riêng bộ phận một cửa …`: a sentence that breaks down the one before (link.yaml
# `breakdown_openers`)
_ANAPHORIC_RE = regex.compile(r"(?i)\s*+(?P<credit>" + _CREDIT + r")?(?:" + _alt(_PD["breakdown_openers"]) + r")"
                              r"(?![\p{L}\p{M}])(?![ \u00a0]++(?:" + _alt(_PD["breakdown_topic"]) + r")(?![\p{L}\p{M}]))")
# a photo caption (`Tháng 1, sản xuất tăng thấp. Ảnh: TTXVN`) the page put between a total and its breakdown:
# a credit standing alone as a sentence
_CREDIT_ONLY_RE = regex.compile(r"(?i)\s*+ảnh(?:[ \u00a0]++minh[ \u00a0]++họa)?+[ \u00a0]*+:(?:[ \u00a0]*+[^\s:;]++){0,4}+\s*+")


def breakdown_period(text: str, sents: list[Sentence], si: int, pos: int, dates: PeriodDates) -> str | None:
    """A breakdown opened anaphorically (`Trong đó, ...`, `Riêng ...`) takes the period of the
    sentence before, or of the caption before a photo credit."""
    if si <= 0:
        return None
    sent = sents[si]
    anaphoric = _ANAPHORIC_RE.match(text, sent.start, pos)
    if not anaphoric:
        return None
    back = si - 1
    if anaphoric.group("credit"):
        back = si - 2  # the credit is glued to this sentence: the one before is the caption
    elif back > 0 and _CREDIT_ONLY_RE.fullmatch(text, sents[back].start, sents[back].end):
        back = si - 3  # the credit stands alone: caption, credit, then the breakdown
    if back < 0:
        return None
    before = sents[back]
    return period_of(text, before.end, before.end, before, sents, back, dates)
