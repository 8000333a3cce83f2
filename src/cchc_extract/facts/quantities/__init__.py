"""Other quantities: money, areas, counted things, rankings.

Each kind is a named rule on the rule engine (:mod:`.rules`), fed by
``patterns/quantities.yaml``:

* ``money`` — an amount with a currency (``2,5 tỷ đồng``, ``75 USD``) and
  ``bare_money``, with ``tỷ`` and no currency (``1,2 nghìn tỷ``: news writes VND
  that way); the value is in the currency's unit (``500 triệu đồng`` → 500000000,
  unit ``VND``);
* ``area`` — ``2,4 ha``, ``1.200 m2``, ``512 km²``;
* ``count`` — households, projects, procedures, online public services,
  enterprises (``1.845 thủ tục hành chính`` → unit ``thủ tục``);
* ``rank`` — ``xếp thứ 5/63`` (value 5, unit ``/63``) and ``rank_change`` —
  ``tăng 3 bậc`` (+3), ``giảm 2 bậc`` (−2).

Numbers already read as dossier counts, percentages, dates or document
numbers are left alone, so nothing is reported twice.

The engine gives every match of every rule; :func:`select` then reads the
printed numbers in text order, as one scan of them would (see its docstring).
"""

from __future__ import annotations

from bisect import bisect_right

from ...context import ArticleContext, stage
from ...engine import leftmost
from ...numbers import NUMBER_RE
from ...records import Quantity
from ..dates import PROVENANCE
from .rules import (_BARE_ORDINALS, _CHANGE_VERBS, _DATA, AMOUNT_RULES, RANK_REACH, REGISTRY,  # noqa: F401
                    Match, is_identifier)


class _SpanSet:
    """Spans to test for overlap in logarithmic time."""

    def __init__(self, spans) -> None:
        items = sorted(spans)
        self._starts = [s for s, _ in items]
        self._max_end: list[int] = []
        top = -1
        for _, e in items:
            top = max(top, e)
            self._max_end.append(top)

    def overlaps(self, a: int, b: int) -> bool:
        k = bisect_right(self._starts, b - 1) - 1
        return k >= 0 and self._max_end[k] > a


def _is_number_start(text: str, at: int) -> bool:
    """Whether a scan of the printed numbers (``NUMBER_RE.finditer``) reads one from ``at``
    (where ``NUMBER_RE`` matches): not when an earlier number of the same run of digits,
    dots and commas takes it in (``234`` of ``1.234``)."""
    run = at
    while run and (text[run - 1].isdecimal() or text[run - 1] in ".,"):
        run -= 1
    if run == at:
        return True
    for n in NUMBER_RE.finditer(text, run):
        if n.start() >= at:
            return n.start() == at
    return False


def select(text: str, matches: list[Match], exclude=()) -> list[Match]:
    """The quantities of ``matches`` (every match of every rule), read number by number.

    The printed numbers are read in text order; one inside an ``exclude`` span or
    before the end of the last quantity is skipped.  A number of up to three digits
    is first read as a ranking: the leftmost ranking verb within :data:`RANK_REACH`
    characters before it and after the last quantity, else the leftmost bare ordinal,
    else the leftmost change verb (a ranking and a move never end at the same number:
    each ends with its own word).  Then, in order, ``money``, ``bare_money``, ``area`` and
    ``count``: the first whose span is free, unless the number is an identifier
    (``Điều 15``, :func:`~.rules.is_identifier`: then none).  Last, of rankings read twice, the first
    (:func:`~cchc_extract.engine.leftmost`)."""
    if not matches:
        return []
    at: dict[int, list[Match]] = {}
    for m in matches:
        at.setdefault(m.num, []).append(m)
    excluded = _SpanSet(exclude)
    out: list[Match] = []
    last_end = 0

    def free(a: int, b: int) -> bool:
        return a >= last_end and not excluded.overlaps(a, b)

    for pos in sorted(at):
        found = at[pos]
        if not free(pos, found[0].num_end) or not _is_number_start(text, pos):
            continue
        by_rule: dict[str, list[Match]] = {}
        for m in found:
            by_rule.setdefault(m.rule, []).append(m)
        # a ranking (verb or bare ordinal) and a move never stand before the same number
        lo = max(pos - RANK_REACH, last_end)
        ranks = [m for m in found if m.rule in ("rank", "rank_change") and m.lead >= lo]
        chosen = min(ranks, key=lambda m: (m.bare, m.lead)) if ranks else None
        if chosen is None:
            for name in AMOUNT_RULES:
                m = by_rule.get(name)
                if m and free(m[0].start, m[0].end):
                    chosen = None if is_identifier(text, pos) else m[0]   # (for every amount alike)
                    break
        if chosen is not None:
            out.append(chosen)
            last_end = chosen.end
    # the same ranking may be read twice (`xếp thứ 6` and `thứ 6`): keep the first
    return leftmost(out)


def find_quantity_items(text: str, *, exclude: list[tuple[int, int]] | None = None) -> list[tuple[Quantity, str]]:
    """Each quantity of :func:`find_quantities` with the name of the rule that read it."""
    return [(Quantity(text=text[m.start:m.end], start=m.start, end=m.end, kind=m.kind, value=m.value, unit=m.unit),
             m.rule) for m in select(text, REGISTRY.find(text), exclude or ())]


def find_quantities(text: str, *, exclude: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """Money, areas, counted things and rankings in ``text``; numbers inside
    the ``exclude`` spans (dossier counts, percentages, dates …) are skipped."""
    return [q for q, _ in find_quantity_items(text, exclude=exclude)]


@stage("quantities",
       requires=("boilerplate", "dates", "legal_documents", "percentages", "dossier_counts"),
       assigns=("quantities",))
def quantities_stage(ctx: ArticleContext) -> None:
    """Quantities other than dossier counts and percentages (records.md "Quantity")."""
    exclude = [(d.start, d.end) for d in ctx.dossier_counts]
    exclude += [(p.start, p.end) for p in ctx.percentages]
    exclude += [(d.start, d.end) for d in ctx.dates]
    exclude += [(m.start, m.end) for doc in ctx.legal_documents for m in doc.mentions]
    items = [(q, rule) for q, rule in find_quantity_items(ctx.text, exclude=exclude) if not ctx.in_boilerplate(q.start)]
    ctx.quantities = [q for q, _ in items]
    ctx.notes.setdefault(PROVENANCE, {})["quantities"] = {(q.start, q.end): rule for q, rule in items}
