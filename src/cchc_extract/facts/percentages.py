"""Percentages with qualifiers, targets and changes (issue 5 owns the grammar)."""

from __future__ import annotations

from ..context import ArticleContext, stage
from ..records import Percentage


def find_percentages(text: str) -> list[Percentage]:
    """Every number followed by ``%`` or ``phần trăm`` (records.md "Percentage")."""
    return []


@stage("percentages")
def percentages_stage(ctx: ArticleContext) -> None:
    ctx.percentages = [p for p in find_percentages(ctx.text) if not ctx.in_boilerplate(p.start)]
