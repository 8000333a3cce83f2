"""Dates and periods (issue 5 owns the grammar)."""

from __future__ import annotations

from ..context import ArticleContext, stage
from ..records import DateMention


def find_dates(text: str, *, pub_year: int | None = None) -> list[DateMention]:
    """Every calendar expression in ``text``, normalised (records.md "DateMention")."""
    return []


@stage("dates")
def dates_stage(ctx: ArticleContext) -> None:
    ctx.dates = [d for d in find_dates(ctx.text, pub_year=ctx.pub_year) if not ctx.in_boilerplate(d.start)]
