"""The ``provinces`` stage: the province of the article, of each figure's agency and of each place.

Rules in :mod:`cchc_extract.provinces`.  The article's province comes first
(its title, else two thirds of the units its text names); it then decides
between provinces that a district or commune name alone leaves open, and an
agency named by its level alone (``UBND tỉnh``, ``Sở Tư pháp``) lies in it.
Places and bodies among the entities (LOC, ORG) get a province only from
their own words (the article's province only decides a shared name).

The stage reads what the others found, when they ran: it requires none of
them (excluding ``entities`` or ``dossiers`` leaves it with less to place),
and runs last, after every stage it may read (registration order).
"""

from __future__ import annotations

from ..context import ArticleContext, stage
from ..provinces import Place, agency_province, article_province, resolve
from ..records import mark_set


def _set(item, place: Place | None) -> None:
    if place is not None:
        # plain values: skip validate_assignment's re-validation of the whole item
        for name, value in (("province_code", place.code), ("province_name", place.name),
                            ("province_as_written", place.as_written)):
            object.__setattr__(item, name, value)
        mark_set(item, "province_code", "province_name", "province_as_written")


@stage("provinces", assigns=("province_code", "province_name", "province_as_written"))
def provinces_stage(ctx: ArticleContext) -> None:
    """Province of the article, of percentages' and dossier counts' agencies, and of LOC/ORG entities."""
    art = article_province(ctx.title, ctx.text, ctx.in_boilerplate)
    if art is not None:
        ctx.province_code, ctx.province_name, ctx.province_as_written = art.code, art.name, art.as_written
    cache: dict[str | None, Place | None] = {}
    for item in (*ctx.percentages, *ctx.dossier_counts):
        if item.agency not in cache:
            cache[item.agency] = agency_province(item.agency, art)
        _set(item, cache[item.agency])
    for e in ctx.entities:
        if e.label in ("LOC", "ORG"):
            _set(e, resolve(e.text, art))
