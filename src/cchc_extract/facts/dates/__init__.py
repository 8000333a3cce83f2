"""Dates and periods: date-times, dates, months, quarters, half years, years, periods.

The grammar is a :class:`~cchc_extract.engine.Registry` of small named rules
(``rules_*.py``), each finding one shape of calendar expression and resolving
it to a :class:`~cchc_extract.records.DateMention` value (records.md
"DateMention").  The engine tries each rule only where its anchor (a word such
as ``ngày``, or a digit) was hit; of overlapping candidates the longest wins
(:func:`~cchc_extract.engine.first_longest`: ``từ năm 2019 đến 2022`` is one
period, not two years); a few language checks then drop what is not a date
(``filters.py``), lists are continued (``lists.py``) and values written
(``values.py``).  Words, fragments and examples live in ``patterns/dates.yaml``.

A missing year is taken from the publication year when it is known, else
written ``XXXX``; a yearless month, quarter or day right before one with a year
(``quý III và quý IV/2023``) takes that year.

To add a date shape: a rule in the ``rules_*.py`` module of its kind (name,
pattern from named fragments, anchor, resolve), an example naming it in
``patterns/dates.yaml``; ``tests/test_dates_rules.py`` and the oracle test
check the rest.
"""

from __future__ import annotations

from ...context import ArticleContext, stage
from ...engine import Registry, first_longest
from ...records import DateMention
from . import rules_datetime, rules_day, rules_month, rules_period, rules_year
from .base import Cand
from .filters import drop
from .lists import CONTINUATIONS, backfill_years, extend_lists
from .values import mention, value

#: no calendar expression is longer; a window keeps each try local
MAX_SPAN = 160

#: the date rules, in the order that breaks ties between equally long candidates
REGISTRY = Registry("dates", max_span=MAX_SPAN, single_line=True)
for _module in (rules_datetime, rules_day, rules_month, rules_year, rules_period):
    for _rule in _module.RULES:
        REGISTRY.add(_rule)

#: the key of the provenance table in ``ArticleContext.notes``: fact type -> {(start, end): rule name}
PROVENANCE = "provenance"


def resolve(text: str, cands: list[Cand], pub_year: int | None) -> list[Cand]:
    """The candidates kept, with the lists they start and their years filled in."""
    chosen = [c for c in first_longest(cands) if not drop(c, text)]
    chosen = extend_lists(text, chosen, MAX_SPAN)
    backfill_years(text, chosen)
    return chosen


def find_date_items(text: str, *, pub_year: int | None = None,
                    registry: Registry = REGISTRY) -> list[tuple[DateMention, str]]:
    """Every calendar expression in ``text`` with the name of the rule that produced it."""
    chosen = resolve(text, registry.find(text, pub_year), pub_year)
    return [(mention(text[c.start:c.end], c.start, c.end, c.kind, value(c, pub_year)), c.rule) for c in chosen]


def find_dates(text: str, *, pub_year: int | None = None) -> list[DateMention]:
    """Every calendar expression in ``text``, normalised (records.md "DateMention").

    >>> [(d.text, d.value) for d in find_dates("Trong quý I/2023 và giai đoạn 2021 - 2025.")]
    [('quý I/2023', '2023-Q1'), ('giai đoạn 2021 - 2025', '2021/2025')]
    """
    return [d for d, _ in find_date_items(text, pub_year=pub_year)]


@stage("dates", requires=("published", "boilerplate"), assigns=("dates",))
def dates_stage(ctx: ArticleContext) -> None:
    items = [(d, r) for d, r in find_date_items(ctx.text, pub_year=ctx.pub_year) if not ctx.in_boilerplate(d.start)]
    ctx.dates = [d for d, _ in items]
    ctx.notes.setdefault(PROVENANCE, {})["dates"] = {(d.start, d.end): r for d, r in items}


__all__ = ["CONTINUATIONS", "MAX_SPAN", "PROVENANCE", "REGISTRY", "dates_stage", "find_date_items", "find_dates",
           "resolve"]
