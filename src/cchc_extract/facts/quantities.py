"""Other quantities: money, areas, households, procedures, rankings (issue 6)."""

from __future__ import annotations

from ..context import ArticleContext, stage
from ..records import Quantity


def find_quantities(text: str) -> list[Quantity]:
    return []


@stage("quantities")
def quantities_stage(ctx: ArticleContext) -> None:
    ctx.quantities = [q for q in find_quantities(ctx.text) if not ctx.in_boilerplate(q.start)]
