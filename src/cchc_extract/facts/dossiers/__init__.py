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
from ..dates import PROVENANCE
from .candidate import _Count, _SpanSet
from .find import _find_elliptic, read_before_noun
from .inherit import inherit
from .link import _implicit_parts, link_parts, parents_of, sentence_index
from .resolve import read_own
from .rules import ABBREVIATED, REGISTRY, leftmost
from .tables import _table_cells

# private names re-exported for the tests and the checks stage (they import them from here)
from .find import _CHANGE_RE  # noqa: F401
from .resolve import _before_text  # noqa: F401
from .vocab import _BEFORE_NOUN_RE, _DATA, _ID_BEFORE_RE, _NOUN_RE  # noqa: F401

_NONE = _SpanSet(())
_RULES = tuple(REGISTRY.names)


def defined_abbreviations(text: str) -> set[str]:
    """Abbreviations the article defines for dossiers: ``hồ sơ (HS)`` → ``{'HS'}``."""
    return {h.match.group("abbr") for h in REGISTRY.find(text, _NONE) if h.rule == "abbreviation_definition"}


def find_counts(text: str, blocked: _SpanSet) -> tuple[list[_Count], dict[int, tuple]]:
    """The counts the rules of :mod:`.rules` find (not yet the elliptic parts, which need
    sentences), in the order the steps were always taken: before the noun, after it, in
    tables, figures of another time; and the table figures' meaning."""
    found = REGISTRY.find(text, blocked)
    if not found:
        return [], {}
    by_rule: dict[str, list] = {name: [] for name in _RULES}
    for item in found:
        by_rule[item.rule].append(item)
    for items in by_rule.values():
        items.sort(key=lambda i: i.start)
    abbrs = {h.match.group("abbr") for h in by_rule["abbreviation_definition"]}
    matches = ABBREVIATED.find(text, blocked) if abbrs else by_rule["count_before_noun"]
    found = []
    for h in leftmost(matches):
        abbr = h.match.group("abbr") if abbrs else None
        if abbr and abbr not in abbrs:
            continue
        c = read_before_noun(h.match, blocked)
        if c is not None:
            c.order, c.rule = h.order, "count_before_abbreviation" if abbr else "count_before_noun"
            found.append(c)
    taken = _SpanSet((c.start, c.noun_end) for c in found)
    found += [c for c in by_rule["noun_then_number"] if not taken.overlaps(*c.noun_span)]
    table_meaning: dict[int, tuple] = {}
    if by_rule["table_cell"]:
        table, table_meaning = _table_cells(text, blocked)
        taken = _SpanSet((c.start, c.end) for c in found)
        found += [c for c in table if not taken.overlaps(c.start, c.end)]
    taken = _SpanSet((c.start, c.noun_end) for c in found)
    found += [c for c in by_rule["compared_figure"] if not taken.overlaps(*c.noun_span)]
    return found, table_meaning

def find_dossier_items(text: str, *, dates: list[DateMention] | None = None,
                       legal_documents: list[LegalDocument] | None = None,
                       sentences: list[Sentence] | Callable[[], list[Sentence]] | None = None,
                       percent_spans: list[tuple[int, int]] | None = None) -> list[tuple[DossierCount, str]]:
    """Every count of :func:`find_dossier_counts` with the name of the rule that found it."""
    dates = list(dates or [])

    def legal() -> list[tuple[int, int]]:
        return [(m.start, m.end) for d in legal_documents or [] for m in d.mentions]

    # read only where a rule needs them: most articles have no count
    blocked = _SpanSet(lambda: [(d.start, d.end) for d in dates] + legal() + list(percent_spans or []))
    found, table_meaning = find_counts(text, blocked)
    if not found:
        return []
    if callable(sentences):  # the stage hands over ctx.sentences lazily: split only when counts exist
        sentences = sentences()
    sents = sentences if sentences is not None else split_sentences(text)
    found += _find_elliptic(text, found, blocked, sents)
    counts: list[_Count] = leftmost(found)  # drop overlaps (keep the first, longest)

    sidx = [sentence_index(sents, c.start) for c in counts]
    read_own(text, counts, sents, sidx, table_meaning)
    parents = link_parts(text, [(c.start, c.end) for c in counts], sents, [c.noun_end for c in counts],
                         [c.own_status for c in counts])
    for c, p in zip(counts, parents):
        c.parent = p
    _implicit_parts(text, counts, sidx)
    out = inherit(text, counts, sidx, sents, dates, legal())
    return [
        (DossierCount(text=text[c.start:c.end], start=c.start, end=c.end, count=c.count, qualifier=c.qualifier,
                      status=c.status, channel=c.channel, agency=c.agency, period=c.period), c.rule)
        for c in out
    ]


def find_dossier_counts(text: str, *, dates: list[DateMention] | None = None,
                        legal_documents: list[LegalDocument] | None = None,
                        sentences: list[Sentence] | Callable[[], list[Sentence]] | None = None,
                        percent_spans: list[tuple[int, int]] | None = None) -> list[DossierCount]:
    """Every count of ``hồ sơ`` with status, channel, agency and period.

    ``dates`` (the dates stage's mentions) give periods and keep years out of
    counts; ``legal_documents`` keep document numbers and issue dates out.
    """
    return [c for c, _ in find_dossier_items(text, dates=dates, legal_documents=legal_documents,
                                              sentences=sentences, percent_spans=percent_spans)]


@stage("dossiers",
       requires=("boilerplate", "dates", "legal_documents", "percentages"),
       assigns=("dossier_counts",))
def dossiers_stage(ctx: ArticleContext) -> None:
    """Dossier counts (records.md "DossierCount")."""
    items = find_dossier_items(
        ctx.text, dates=ctx.dates, legal_documents=ctx.legal_documents, sentences=lambda: ctx.sentences,
        percent_spans=[(p.start, p.end) for p in ctx.percentages],
    )
    items = [(d, rule) for d, rule in items if not ctx.in_boilerplate(d.start)]
    ctx.dossier_counts = [d for d, _ in items]
    if items:
        ctx.notes.setdefault(PROVENANCE, {})["dossier_counts"] = {(d.start, d.end): rule for d, rule in items}


__all__ = ["ABBREVIATED", "REGISTRY", "defined_abbreviations", "dossiers_stage", "find_dossier_counts",
           "find_dossier_items", "link_parts", "parents_of",
           "sentence_index"]
