"""People, places and organisations (issue 7 owns the tagger)."""

from __future__ import annotations

from ..context import ArticleContext, stage
from ..records import Entity


def find_entities(text: str) -> list[Entity]:
    return []


@stage("entities")
def entities_stage(ctx: ArticleContext) -> None:
    ctx.entities = [e for e in find_entities(ctx.text) if not ctx.in_boilerplate(e.start)]
