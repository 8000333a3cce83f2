"""Dossier counts (issue 6 owns the grammar)."""

from __future__ import annotations

from ..context import ArticleContext, stage
from ..records import DateMention, DossierCount


def find_dossier_counts(text: str, *, dates: list[DateMention] | None = None) -> list[DossierCount]:
    """Every count of ``hồ sơ`` with status, channel, agency and period."""
    return []


@stage("dossiers")
def dossiers_stage(ctx: ArticleContext) -> None:
    ctx.dossier_counts = [d for d in find_dossier_counts(ctx.text, dates=ctx.dates) if not ctx.in_boilerplate(d.start)]
