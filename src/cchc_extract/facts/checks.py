"""Arithmetic checks between dossier counts: parts that sum to a total (issue 6)."""

from __future__ import annotations

from ..context import ArticleContext, stage
from ..records import Check, DossierCount


def find_checks(counts: list[DossierCount], text: str = "") -> list[Check]:
    return []


@stage("checks")
def checks_stage(ctx: ArticleContext) -> None:
    ctx.checks = find_checks(ctx.dossier_counts, ctx.text)
