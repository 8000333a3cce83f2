"""Legal and party documents (issue 4 owns the grammar)."""

from __future__ import annotations

from ..context import ArticleContext, stage
from ..records import DateMention, LegalDocument


def find_legal_documents(text: str, *, dates: list[DateMention] | None = None) -> list[LegalDocument]:
    """One record per distinct document referred to in ``text``."""
    return []


@stage("legal")
def legal_stage(ctx: ArticleContext) -> None:
    ctx.legal_documents = find_legal_documents(ctx.text, dates=ctx.dates)
