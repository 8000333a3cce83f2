"""Percentages with qualifiers, changes, targets and the metric they measure.

Find, then resolve: the rules of :mod:`.rules` (a registry of the rule engine,
each shape named: ``range`` ``30 - 50%``, ``20% đến 40%``; ``signed_figure``
``-0,4%``; ``figure`` ``98,2%``, ``95 phần trăm``; ``spelled`` ``hai mươi lăm
phần trăm``) find every figure followed by ``%`` or ``phần trăm``; then each one
is read in its clause and sentence:

- ``qualifier`` from the words right before the figure (``numbers.qualifier_before``)
  or after it (``trở lên``), and ``từ 95%`` alone as ``at_least``;
- ``is_change`` when the closest verb before it in its clause is a change verb
  (``tăng``, ``giảm``, ``rút ngắn``) rather than a level marker (``đạt``, ``chiếm``, ``còn``);
- ``is_target`` when the sentence states a goal before the figure (``phấn đấu``,
  ``mục tiêu``, ``chỉ tiêu``) that is not reported as met, or a later deadline
  (``đến năm 2030``);
- ``metric`` from the noun phrase after the figure or the clause subject before it.

Vocabulary lives in ``patterns/percentages.yaml`` (and the shared qualifier words
in ``patterns/numbers.yaml``).

Modules: ``vocab`` (language data and patterns), ``rules`` (the shapes, one
registry), ``find`` (the figures read from the rules' matches),
``resolve`` (sentence and clause, qualifier, verbs, targets), ``metric`` (the
measured noun phrase); this module reads each figure (:func:`find_percentages`).
"""

from __future__ import annotations

import regex

from ...context import ArticleContext, stage
from ...engine import Registry
from ...records import Percentage
from ..dates import PROVENANCE

from .vocab import (_COMPARATIVE_BEFORE_RE, _DENOMINATOR_RE, _LIST_GLUE_ONLY_RE, _NEW_CLAUSE_RE, _NO_SUBJECT_RE,
                    _SAME_CHANGE_RE, _START_LEVEL_RE, _STOP_AFTER, _TIME_COMPARED_RE)
from .find import _find_hits
from .rules import REGISTRY
from .vocab import _Folded
from .resolve import _Cues, _SentenceStarts, _compared_base, _clause_start, _ends_with_from, _is_target, _last_verb, _qualifier
from .metric import _UNKNOWN, _clean_metric, _metric_after, _metric_before, _rstripped_end

# private names re-exported for the tests (test_fast_paths, test_linear_time import them from here)
from .vocab import _AFTER_END_RE, _CLAUSE_BREAK_RE, _QUAL_TAIL_RE, _SENT_BREAK_RE, _VERB_RE, _casefold  # noqa: F401
from .resolve import _SENT_WINDOW  # noqa: F401


def find_percentages(text: str, *, sentences: list[tuple[int, int]] | None = None,
                     pub_year: int | None = None) -> list[Percentage]:
    """Every number followed by ``%`` or ``phần trăm`` (records.md "Percentage").

    ``sentences`` are (start, end) offsets of the sentences of ``text`` (a light
    splitter is used when they are not given); ``pub_year`` tells a deadline
    still ahead (a target) from one already past.

    >>> [(p.text, p.qualifier, p.is_change) for p in find_percentages("Tỷ lệ đạt trên 95%, tăng 2%.")]
    [('95%', 'over', False), ('2%', None, True)]
    """
    return [p for p, _ in find_percentage_items(text, sentences=sentences, pub_year=pub_year)]


def find_percentage_items(text: str, *, sentences: list[tuple[int, int]] | None = None,
                          pub_year: int | None = None, registry: Registry = REGISTRY,
                          hits: list | None = None) -> list[tuple[Percentage, str]]:
    """:func:`find_percentages` with the name of the rule that found each (:mod:`.rules`);
    ``hits``: the figures when already found (by ``registry``)."""
    out: list[tuple[Percentage, str]] = []
    sentence_start = _SentenceStarts(text)
    cues: _Cues | None = None
    si = 0
    prev: tuple[int, Percentage] | None = None  # (sentence start, item)
    low = _Folded.of(text)
    for hit in (_find_hits(text, registry) if hits is None else hits):
        if sentences:
            while si < len(sentences) - 1 and sentences[si][1] <= hit.start:
                si += 1
            sent_start = sentences[si][0] if sentences[si][0] <= hit.start else 0
        else:
            sent_start = sentence_start(hit.start)
        if cues is None or cues.start != sent_start:
            cues = _Cues(text, low, sent_start)
        c = _Clause(text, hit, sent_start, prev[1] if prev is not None and prev[0] == sent_start else None)
        is_change, same_subject = _change(c)
        is_target = _is_target(text, cues, c.start, hit.start, hit.end, pub_year)
        if c.list_item and c.prev is not None and c.prev.is_target and not _compared_base(text, hit.start):
            is_target = True  # `kế hoạch tăng 17% và 19%`; `sẽ cung cấp 40% …; 100% …`: the goal's list goes on
        item = Percentage(
            text=text[hit.start:hit.end], start=hit.start, end=hit.end,
            value=None if hit.is_range else hit.low, low=hit.low, high=hit.high,
            qualifier=c.qual, is_change=is_change, is_target=is_target, metric=_metric(c, same_subject),
        )
        out.append((item, hit.rule))
        prev = (sent_start, item)
    return out


class _Clause:
    """A figure in its clause: the qualifier, where the clause starts (after the
    sentence's last figure, ``prev``, when there is one), its text and verb."""

    __slots__ = ("text", "hit", "sent_start", "prev", "floor", "qual", "qstart", "start", "clause", "verb",
                 "list_item")

    def __init__(self, text: str, hit, sent_start: int, prev: Percentage | None) -> None:
        self.text, self.hit, self.sent_start, self.prev = text, hit, sent_start, prev
        self.qual, self.qstart = _qualifier(text, hit)
        self.floor = max(sent_start, prev.end) if prev is not None else sent_start
        self.start = _clause_start(text, self.qstart, self.floor)
        self.clause = text[self.start:hit.start]
        self.verb = _last_verb(self.clause)
        self.list_item = _LIST_GLUE_ONLY_RE.fullmatch(self.clause) is not None


def _change(c: _Clause) -> tuple[bool, str | None]:
    """``(is_change, subject)``: whether the figure is a rise or fall (``tăng 5%``) rather
    than a level, and the subject of the clause before when that clause says what changed."""
    text, hit, floor = c.text, c.hit, c.floor
    verb = c.verb
    same_subject = None
    opener = _rstripped_end(text, c.start) if verb is None and not c.clause.strip() else 0
    if opener and text[opener - 1] == "(":
        # `đã giảm được 9 phòng, ban (11,8%)`: the figure sizes the count before it
        stop = opener - 1
        for _ in range(3):
            if stop <= floor:
                break
            begin = _clause_start(text, stop, floor)
            verb = _last_verb(text[begin:stop])
            if verb is not None:
                break
            stop = begin - 1
    if verb is not None:
        # `tăng từ 80% lên 90%`: both are levels; `tăng 5% lên 92%`: 5% is the change
        is_change = bool(verb.group("ch")) and not (
            _ends_with_from(c.clause) and _START_LEVEL_RE.match(text, hit.end, hit.end + 20))
    elif c.list_item and c.prev is not None:
        is_change = c.prev.is_change
    elif _SAME_CHANGE_RE.fullmatch(c.clause) and c.start > floor:
        # `tăng 5 điểm, tương ứng 0,7%`: the verb of the clause before says what changed
        same_begin = _clause_start(text, c.start - 1, floor)
        before = _last_verb(text[same_begin:c.start])
        is_change = before is not None and bool(before.group("ch"))
        if is_change:
            same_subject = _clean_metric(text[same_begin:same_begin + before.start()])
    else:
        is_change = False
    is_change = is_change or hit.signed or (
        _COMPARATIVE_BEFORE_RE.search(text, max(c.start, hit.start - 30), hit.start) is not None
        and _TIME_COMPARED_RE.match(text, hit.end, min(len(text), hit.end + 40)) is not None)
    return is_change, same_subject


def _metric(c: _Clause, same_subject: str | None) -> str | None:
    """The measured thing: the noun phrase after the figure, else the subject before it."""
    text, hit, floor, clause_start, sent_start = c.text, c.hit, c.floor, c.start, c.sent_start
    metric = _metric_after(text, hit.end)
    if metric is not None and c.verb is not None and c.verb.group("lv") and _DENOMINATOR_RE.match(metric):
        # `tổng thu đạt 32% dự toán`: what reached the share, not what it is a share of
        subject = _metric_before(text, clause_start, c.qstart) or (
            _metric_before(text, _clause_start(text, clause_start - 1, sent_start), clause_start - 1)
            if clause_start > sent_start else None)
        if subject is not None and _STOP_AFTER.match(subject):
            # `đạt 30% kế hoạch … và đạt 36% dự toán`: the list's figure before says what
            subject = c.prev.metric if c.prev is not None else None
        metric = subject or metric
    if metric is None:
        metric = same_subject
    if metric is None:
        # with no qualifier the segment before it is the clause, whose verb is known
        metric = _metric_before(text, clause_start, c.qstart, c.verb if c.qstart == hit.start else _UNKNOWN)
    if metric is None and c.prev is not None and clause_start > floor:
        # `đạt 96% nhưng phần vốn bán ra rất thấp, chỉ đạt 8%`: a clause of its own since the last figure
        # (not the last figure's own noun: `bằng 5% kế hoạch, bằng 52% so cùng kỳ`)
        own_start = _clause_start(text, clause_start - 1, floor)
        if _NEW_CLAUSE_RE.match(text, own_start, clause_start) or (
                own_start > floor and not _NO_SUBJECT_RE.match(text, own_start, clause_start)):
            metric = _clean_metric(text[own_start:clause_start - 1])
    if metric is None and c.prev is not None:
        metric = c.prev.metric
    if metric is None and clause_start > sent_start:  # `giải quyết 299 hồ sơ, đạt 100%`
        metric = _clean_metric(text[_clause_start(text, clause_start - 1, sent_start):clause_start - 1])
    return metric


_DEADLINE_WORD_RE = regex.compile(r"(?i)(?:đến|tới|vào|tầm[ \u00a0]nhìn)[ \u00a0]++(?:(?:hết|cuối)[ \u00a0]++)?$")


def reference_year(text: str, dates) -> int | None:
    """The latest year the article reports on, for an article without a publication date:
    the latest explicit year among its dates, leaving out deadlines (``đến năm 2025``) and
    taking a period (``giai đoạn 2021-2025``, a plan) by its first year."""
    best = None
    for d in dates:
        y = d.value[:4]
        if not y.isdigit():
            continue
        if d.kind in ("year", "period") and _DEADLINE_WORD_RE.search(text, max(0, d.start - 12), d.start):
            continue
        best = max(best or 0, int(y))
    return best


@stage("percentages", requires=("published", "boilerplate", "dates"), assigns=("percentages",))
def percentages_stage(ctx: ArticleContext) -> None:
    hits = _find_hits(ctx.text)   # no `%`, `％` nor `phần` (the anchors): no hit, at the cost of one scan
    if not hits:
        ctx.percentages = []
        return
    year = ctx.pub_year if ctx.pub_year is not None else reference_year(ctx.text, ctx.dates)
    items = [(p, rule) for p, rule in find_percentage_items(ctx.text, pub_year=year, hits=hits)
             if not ctx.in_boilerplate(p.start)]
    ctx.percentages = [p for p, _ in items]
    ctx.notes.setdefault(PROVENANCE, {})["percentages"] = {(p.start, p.end): rule for p, rule in items}
