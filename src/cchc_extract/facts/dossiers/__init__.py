"""Dossier counts: how many ``hồ sơ`` (dossiers) an office received, resolved ...

Find, then resolve, then link:

1. **find** every printed number that counts dossiers (:mod:`.find`, :mod:`.tables`:
   ``79.094 hồ sơ``, ``4.572/4.572 hồ sơ``, ``số hồ sơ tiếp nhận là 1.234``,
   ``291 HS`` after ``hồ sơ (HS)``, and the bare numbers of a breakdown
   ``(trực tuyến 400, trực tiếp 240)``);
2. **resolve** each one's count, qualifier, own status and channel from the
   words around it (:mod:`.resolve`, ``patterns/dossiers.yaml``);
3. **link** the parts of a breakdown to their total (parentheses, lists opened
   by ``trong đó`` …, :mod:`.link`), so that parts inherit the total's status,
   agency, period and channel unless they say their own (:mod:`.inherit`).
   :func:`link_parts` is reused by the checks stage.

Modules: ``vocab`` (language data, shared regex pieces), ``candidate`` (a count
being read), ``find``, ``tables``, ``resolve``, ``link``, ``inherit``.
"""

from __future__ import annotations

from typing import Callable

from ...context import ArticleContext, stage
from ...records import DateMention, DossierCount, LegalDocument
from ...segment import Sentence, sentences as split_sentences
from .candidate import _Count, _SpanSet
# private names re-exported for the tests and the checks stage (they import them from here)
from .find import (_ABBR_DEF_HINT_RE, _CHANGE_RE, _counts_before_nouns, _find_elliptic, defined_abbreviations,
                   find_counts)
from .inherit import inherit
from .link import link_parts, parents_of, sentence_index, _implicit_parts
from .resolve import _before_text, read_own
from .vocab import _BEFORE_NOUN_RE, _DATA, _HEAD_WORDS, _ID_BEFORE_RE, _NOUN_RE


def find_dossier_counts(text: str, *, dates: list[DateMention] | None = None,
                        legal_documents: list[LegalDocument] | None = None,
                        sentences: list[Sentence] | Callable[[], list[Sentence]] | None = None,
                        percent_spans: list[tuple[int, int]] | None = None) -> list[DossierCount]:
    """Every count of ``hồ sơ`` with status, channel, agency and period.

    ``dates`` (the dates stage's mentions) give periods and keep years out of
    counts; ``legal_documents`` keep document numbers and issue dates out.
    """
    dates = list(dates or [])
    legal = [(m.start, m.end) for d in legal_documents or [] for m in d.mentions]
    blocked = _SpanSet([(d.start, d.end) for d in dates] + legal + list(percent_spans or []))
    found, table_meaning = find_counts(text, blocked)
    if not found:
        return []
    if callable(sentences):  # the stage hands over ctx.sentences lazily: split only when counts exist
        sentences = sentences()
    sents = sentences if sentences is not None else split_sentences(text)
    found += _find_elliptic(text, found, blocked, sents)
    found.sort(key=lambda c: c.start)
    # drop overlaps (keep the first, longest)
    counts: list[_Count] = []
    for c in found:
        if counts and c.start < counts[-1].end:
            continue
        counts.append(c)

    sidx = [sentence_index(sents, c.start) for c in counts]
    read_own(text, counts, sents, sidx, table_meaning)
    parents = link_parts(text, [(c.start, c.end) for c in counts], sents, [c.noun_end for c in counts],
                         [c.own_status for c in counts])
    for c, p in zip(counts, parents):
        c.parent = p
    _implicit_parts(text, counts, sidx)
    out = inherit(text, counts, sidx, sents, dates, legal)
    return [
        DossierCount(text=text[c.start:c.end], start=c.start, end=c.end, count=c.count, qualifier=c.qualifier,
                     status=c.status, channel=c.channel, agency=c.agency, period=c.period)
        for c in out
    ]


@stage("dossiers",
       requires=("boilerplate", "dates", "legal_documents", "percentages"),
       assigns=("dossier_counts",))
def dossiers_stage(ctx: ArticleContext) -> None:
    """Dossier counts (records.md "DossierCount")."""
    counts = find_dossier_counts(
        ctx.text, dates=ctx.dates, legal_documents=ctx.legal_documents, sentences=lambda: ctx.sentences,
        percent_spans=[(p.start, p.end) for p in ctx.percentages],
    )
    ctx.dossier_counts = [d for d in counts if not ctx.in_boilerplate(d.start)]


__all__ = ["defined_abbreviations", "dossiers_stage", "find_dossier_counts", "link_parts", "parents_of",
           "sentence_index"]
