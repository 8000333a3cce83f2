"""Resolve one percentage in its clause and sentence: qualifier, change verb, target."""

from __future__ import annotations

import bisect

import regex

from ...numbers import qualifier_after, qualifier_before

from .vocab import (_Folded, _ACHIEVEDS, _CLAUSE_BREAK_LAST_RE, _CLAUSE_BREAK_RE, _DEADLINES, _DEADLINE_AFTER_RE, _DONES,
                    _COMPARED_BASE_RE, _FEW_WORDS_RE, _FIGURE_BEFORE_RE, _FROM_LATER_TO_RE, _PLAN_WORD_RE, _FORECAST_RE, _INDICATOR_AFTER_RE, _QUOTA_WORD_RE, _FROM, _FROM_END_RE, _FROM_TO_RE, _NEGATOR_FULL,
                    _NOT_BEFORE_RE, _OFFICE_BEFORE_RE, _PERIOD_OPEN_RE, _PLAN_RE, _PLAN_RIGHT_BEFORE_RE, _RATE_RE,
                    _REACH_BEFORE_RE, _RESULT_AFTER_RE, _SEMI_RE, _SENT_BREAK_LAST_RE, _TARGETS, _VERBS, _WEAKS,
                    _casefold)
from .find import _Hit


_SENT_WINDOW = 1200
_LETTER_OR_SPACE_RE = regex.compile(r"[\p{L}\p{M} \u00a0]")


class _SentenceStarts:
    """Sentence starts for increasing positions (the light splitter), scanning each
    character once; a sentence longer than a window is cut in blocks of half a window."""

    def __init__(self, text: str) -> None:
        self.text, self.upto, self.last = text, 0, 0

    def __call__(self, pos: int) -> int:
        if pos > self.upto:
            # every break is one character: the last found forward is the first found backwards
            m = _SENT_BREAK_LAST_RE.search(self.text, self.upto, pos)
            if m is not None:
                self.last = m.end()
            self.upto = pos
        if pos - self.last > _SENT_WINDOW:
            half = _SENT_WINDOW // 2
            return (pos - _SENT_WINDOW) // half * half + half
        return self.last


def _clause_start(text: str, pos: int, floor: int) -> int:
    # every break is one character, so the last one found scanning forward is the first backwards
    m = _CLAUSE_BREAK_LAST_RE.search(text, floor, pos)
    return floor if m is None else m.end()


def _qualifier(text: str, hit: _Hit) -> tuple[str | None, int]:
    q, qstart = qualifier_before(text, hit.start)
    after = qualifier_after(text, hit.end)
    left = text[max(0, hit.start - 6):hit.start].lower()
    from_word = _ends_with_from(left)
    if from_word:
        qstart = hit.start - (len(left) - left.rfind(_FROM))
    if after:
        return after, qstart
    if q:
        return q, qstart
    if from_word and not hit.is_range and not _FROM_TO_RE.match(text[hit.end:hit.end + 8]) \
            and not _FROM_LATER_TO_RE.match(text[hit.end:hit.end + 160]):
        return "at_least", qstart
    return None, qstart


def _ends_with_from(s: str) -> bool:
    """``s`` ends with `từ` and spaces (_FROM_END_RE), searched only when its end says it can."""
    tail = s.rstrip(" \u00a0\n")[-2:]  # `$` also matches before a final newline
    low = _casefold(tail)
    return (low is None or low == _FROM) and _FROM_END_RE.search(s) is not None


def _last_verb(segment: str):
    verbs = _VERBS.finditer(segment, _casefold(segment), 0, len(segment))
    return verbs[-1] if verbs else None


class _Cues:
    """Target cues of one sentence, scanned once and extended as figures are met,
    so a long sentence with many figures is read in linear time.

    ``targets``, ``plans`` and ``deadlines`` are read for every figure; ``achieved``,
    ``done``, ``semis`` and ``breaks`` only qualify one of them, so their scan of
    each stretch waits for :meth:`settle` (most sentences never need them)."""

    def __init__(self, text: str, low: str | _Folded | None, start: int) -> None:
        self.text, self.low, self.start, self.upto = text, low, start, start
        self.targets: list[tuple[int, int]] = []
        self.achieved: list[int] = []
        self.done: list[int] = []
        self.plans: list[tuple[int, int]] = []
        self.deadlines: list[tuple[int, int, int]] = []
        self.semis: list[int] = []
        self.breaks: list[int] = []
        self._neg_end: int | None = None
        self._unsettled: list[tuple[int, int]] = []  # stretches not yet scanned for the lists settle() fills
        self._unblocked_upto = start  # [start, this) holds no forecast and no rate (_FORECAST_RE, _RATE_RE)
        self._blocked_from: int | None = None  # a figure from which one was found, which blocks every figure after it

    def _shortly_after_target(self, pos: int) -> bool:
        last = _last_before(self.targets, pos)
        return last is not None and _FEW_WORDS_RE.fullmatch(self.text, last[1], pos) is not None

    def _right_after_target(self, pos: int) -> bool:
        last = _last_before(self.targets, pos)
        return last is not None and not self.text[last[1]:pos].strip()

    def blocked(self, pos: int) -> bool:
        """A forecast or a tax or interest rate between the sentence start and ``pos``: the same
        as searching all of ``[start, pos)``, but each stretch is searched once, so a sentence
        with many figures costs linear time.  Both patterns match letters and spaces only, so
        a match cannot run across the previous figure's first character unless that is a
        letter or a space (a spelled figure): then the search starts again from the start."""
        if self._blocked_from is not None and self._blocked_from <= pos:
            return True
        t, lo = self.text, self._unblocked_upto
        if pos < lo or (lo > self.start and _LETTER_OR_SPACE_RE.match(t, lo)):
            lo = self.start
        m = _FORECAST_RE.search(t, lo, pos) or _RATE_RE.search(t, lo, pos)
        if m is None:
            self._unblocked_upto = max(self._unblocked_upto, pos)
            return False
        if m.end() < pos or not _LETTER_OR_SPACE_RE.match(t, pos):
            # found up to ``pos``, it is found up to any later figure (not an earlier one: ``thuế``
            # counts only with `` sẽ`` after it); one ending where the text ended for it (``pos``)
            # holds later only before a non-letter
            self._blocked_from = pos if self._blocked_from is None else min(self._blocked_from, pos)
        return True

    def extend(self, pos: int) -> None:
        t, low, a = self.text, self.low, self.upto
        if pos <= a:
            return
        for m in _TARGETS.finditer(t, low, a, pos):
            words = t[max(self.start, m.start() - 30):m.start()].split()
            negated = any(len(words) >= k and _NEGATOR_FULL.fullmatch(" ".join(words[-k:])) for k in (1, 2))
            if _FIGURE_BEFORE_RE.search(t, max(self.start, m.start() - 16), m.start()) \
                    or _RESULT_AFTER_RE.match(t, m.end(), min(pos, m.end() + 60)) \
                    or (_QUOTA_WORD_RE.fullmatch(t, m.start(), m.end()) and _INDICATOR_AFTER_RE.match(t, m.end(), pos)):
                continue
            if negated or (self._neg_end is not None and not t[self._neg_end:m.start()].strip()):
                self._neg_end = m.end()  # `vượt chỉ tiêu`, and `so với mục tiêu đề ra` as a whole
                continue
            self.targets.append((m.start(), m.end()))
        self.plans += [(m.start(), m.end()) for m in _PLAN_RE.finditer(t, a, pos)
                       if not _OFFICE_BEFORE_RE.search(t, max(0, m.start() - 8), m.start())
                       and not _FIGURE_BEFORE_RE.search(t, max(self.start, m.start() - 16), m.start())]
        # `từ năm 1950 đến 2015` closes a period: no deadline
        self.deadlines += [(m.start(), m.end(), int(m.group("y"))) for m in _DEADLINES.finditer(t, low, a, pos)
                           if not _PERIOD_OPEN_RE.search(t, max(self.start, m.start() - 24), m.start())]
        self._unsettled.append((a, pos))
        self.upto = pos

    def settle(self) -> None:
        """Scan the stretches met so far for ``achieved``, ``done``, ``semis`` and ``breaks``,
        each with its own bounds as when it was met."""
        t, low = self.text, self.low
        for a, pos in self._unsettled:
            # `phấn đấu cả năm đạt được 14%`: reaching is the goal's own verb, not a result
            self.achieved += [m.start() for m in _ACHIEVEDS.finditer(t, low, a, pos)
                              if not (t[m.start():m.start() + 3].lower() == "đạt" and self._shortly_after_target(m.start()))]
            # `phấn đấu hoàn thành chỉ tiêu`: completing is the goal itself, not a result (a
            # target met later in the sentence starts after the word: _last_before leaves it)
            self.done += [m.start() for m in _DONES.finditer(t, low, a, pos) if not self._right_after_target(m.start())]
            self.semis += [m.start() for m in _SEMI_RE.finditer(t, a, pos)]
            self.breaks += [m.start() for m in _CLAUSE_BREAK_RE.finditer(t, a, pos)]
        self._unsettled.clear()


def _last_before(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    i = bisect.bisect_right(spans, (pos, pos)) - 1
    while i >= 0 and spans[i][1] > pos:
        i -= 1
    return spans[i] if i >= 0 else None


def _any_between(sorted_starts: list[int], lo: int, hi: int) -> bool:
    i = bisect.bisect_left(sorted_starts, lo)
    return i < len(sorted_starts) and sorted_starts[i] < hi


def _compared_base(text: str, pos: int) -> bool:
    """Whether the figure at ``pos`` is the base of a comparison given in parentheses
    (``cao hơn mức năm 2016 (8,4%)``), not a plan's (``cao hơn kế hoạch (8%)``)."""
    base = _COMPARED_BASE_RE.search(text, max(0, pos - 90), pos)
    return base is not None and not _PLAN_WORD_RE.search(base.group("base"))


def _is_target(text: str, cues: _Cues, clause_start: int, pos: int, end: int, pub_year: int | None) -> bool:
    # a forecast (`dự báo … sẽ tăng 8%`) or a tax or interest rate (`sẽ chịu mức thuế suất 20%`)
    # states no goal: only a goal word or a plan's own figure makes it one
    blocked = cues.blocked(pos)
    after = None if blocked else _DEADLINE_AFTER_RE.match(text, end, end + 40)
    if after and (pub_year is None or int(after.group("y")) > pub_year):
        return True  # `đưa tỷ lệ xuống còn 15% đến năm 2020`
    if _PLAN_RIGHT_BEFORE_RE.search(text, max(0, pos - 24), pos):
        return True  # `đạt 95% (kế hoạch 90%)`: the plan's own figure
    if _compared_base(text, pos):
        return False  # `phải cao hơn mức 6 tháng đầu năm 2017 (13,26%)`: a figure reached, compared with
    cues.extend(pos)
    cue = cues.targets[-1] if cues.targets else None
    if cue is not None:
        cues.settle()
        i = bisect.bisect_left(cues.breaks, cue[1])
        own_end = cues.breaks[i] if i < len(cues.breaks) else pos
        if not _any_between(cues.achieved, max(cue[1], clause_start), pos) and not _any_between(
                cues.done, cue[1], own_end):
            return True
    if blocked:
        return False
    weak = _WEAKS.search(text, cues.low, clause_start, pos)
    if weak is not None and not _ACHIEVEDS.search(text, cues.low, weak.end(), pos) \
            and not _NOT_BEFORE_RE.search(text, max(0, weak.start() - 8), weak.start()):
        return True  # (`không cần giảm về 5%`: no need, no goal)
    if cues.plans and _REACH_BEFORE_RE.search(text, max(cues.plans[-1][1], pos - 30), pos):
        plan_start, plan_end = cues.plans[-1]
        cues.settle()
        if not _any_between(cues.achieved, max(plan_end, clause_start), pos):
            neg = text[max(cues.start, plan_start - 20):plan_start].split()[-2:]
            if not any(w.lower() in ("vượt", "hoàn", "thành", "với") for w in neg):
                return True
    if cues.deadlines:
        cues.settle()
        part = cues.semis[-1] if cues.semis else cues.start  # a deadline governs its own part of a list
        dl = cues.deadlines[-1] if cues.deadlines[-1][0] >= part else None
        if dl is not None and not _any_between(cues.achieved, max(dl[1], clause_start), pos):
            if pub_year is None or dl[2] > pub_year:
                return True
    return False
