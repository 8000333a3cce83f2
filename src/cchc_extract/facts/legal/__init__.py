"""Legal, administrative and party documents: every reference, one record per document.

The work runs in three steps, each over the exact article text:

1. **find** — the rules of :data:`.rules.REGISTRY`, each a named engine
   :class:`~cchc_extract.engine.Rule` tried only where one of its anchors was
   hit by one scan of the article: type words (``Nghị quyết``, ``Quyết
   định`` ... in any case), press abbreviations (``NQ``, ``QĐ`` ... only
   before ``số`` or a coded number) and standards (``TCVN ISO 9001:2015``).
   At each anchor a rule reads what follows: a number list with codes
   (``numbered``: ``số 12, 13 và 14/QĐ-UBND``), a congress (``congress``:
   ``Đại hội XIII``), a law's name (``named_law``: ``Luật Đất đai 2013``) or
   the words that identify an unnumbered plan or scheme (``titled``: ``về
   ...``, ``giai đoạn 2021-2030``, a quoted title, a proper name), a document
   the grammar names by its subject (``object_titled``: ``ban hành Kế hoạch
   tuyên truyền ...``, ``Quy tắc ứng xử của ...``), a report named by the time
   it covers (``report_titled``) or one code over several years
   (``code_years``); the first rule of the registry that reads something at
   an anchor wins.
2. **resolve** — around each mention: the issue date (``ngày 29/4/2021``: the
   day is the dates stage's mention there, :mod:`.issue_dates`),
   the issuer as written (``của Bộ Chính trị``, ``UBND tỉnh ban hành``; a code
   suffix that names one body, such as ``TTg``, goes to ``issuer_from_code``),
   the year and the title (``về ...``, ``“...”``).
3. **link** — a mention joins the latest record it is compatible with (same
   type and number or name; no clash of code, year, date or issuer), so
   ``Nghị quyết số 06`` joins ``Nghị quyết số 06-NQ/TU`` while two
   ``Nghị quyết số 02-NQ/TU`` of 2011 and 2021 stay apart.  Loose forms
   (``NQ 03``, ``quyết định 2468`` without ``số``, a bare ``Nghị quyết Đại
   hội``) only join a document already named; they never start one.

The vocabulary lives in ``patterns/legal.yaml`` with its examples, each
naming the rule that reads it.  Patterns are tried at anchors found by one
linear scan and use possessive repetition, so the cost stays linear in the
text length.

Modules: ``vocab`` (language data, shared pieces), ``grammar`` and
``grammar_titles`` (the regex fragments), ``rules`` (the registry),
``find_numbered`` / ``find_named`` / ``find_titled`` / ``find_objects`` (the
readers the rules call), ``resolve`` and ``issue_dates`` (around a mention), ``mention`` and
``link`` (mentions into documents and records), ``filters`` (unnumbered mentions
that the context shows are no document: table labels, foreign initiatives,
plans of an indefinite group of bodies).
"""

from __future__ import annotations

from ...context import ArticleContext, stage
from ...records import DateMention, LegalDocument
from ..dates import PROVENANCE, find_dates
from .issue_dates import IssueDays
from .rules import REGISTRY, forget_anchors
from .vocab import _DATA
from .mention import _LIST_GAP, _Mention, _expand_title_abbreviations
from .resolve import _read_before, _read_tail, _without_signer
from .link import _absorb_adopted, _link, _plural_anaphors, _record, _share_issuer_back, _share_title_back


def find_legal_mentions(text: str, dates: list[DateMention] | None = None) -> list[_Mention]:
    """Every document mention in ``text`` with what is written around it (step 1 and 2);
    each knows the rule that read it (``rule``, see :mod:`.rules`)."""
    mentions = _first_reading(text)
    if not mentions:
        return mentions
    days = IssueDays(find_dates(text) if dates is None else dates)
    groups: dict[int, list[_Mention]] = {}
    for m in mentions:
        if m.group >= 0:
            groups.setdefault(m.group, []).append(m)
    done_groups: set[int] = set()
    previous: _Mention | None = None
    for m in mentions:
        if m.group >= 0 and m.group in done_groups:
            previous = m
            continue
        members = groups.get(m.group, [m]) if m.group >= 0 else [m]
        _read_around(text, m, members, previous, days)
        if m.group >= 0:
            done_groups.add(m.group)
        previous = members[-1]
    _share_issuer_back(text, mentions)
    _share_title_back(text, mentions)
    _absorb_adopted(text, mentions)
    return mentions


def _first_reading(text: str) -> list[_Mention]:
    """At each anchor, what the first rule that read something there read, in text
    order, leaving out anchors inside the mention read before (the list of numbers
    after one type word)."""
    best: dict[int, list[_Mention]] = {}
    try:
        for m in REGISTRY.find(text):
            kept = best.get(m.anchor)
            if kept is None or m.order < kept[0].order:
                best[m.anchor] = [m]
            elif m.order == kept[0].order:
                kept.append(m)
    finally:
        forget_anchors()
    mentions: list[_Mention] = []
    consumed = 0
    for start in sorted(best):
        if start < consumed:
            continue
        found = best[start]
        mentions.extend(found)
        consumed = max(m.end for m in found)
    return mentions


_PASSED_BY_ASSEMBLY = frozenset({"luat", "bo_luat"})
_LAW_ISSUERS = tuple(_DATA["laws_by_name"]["law_issuers"])
_BARE_KINDS = frozenset(_DATA["issuer_words"]["bare_kinds"])


def _read_around(text: str, m: _Mention, members: list[_Mention], previous: _Mention | None,
                 days: IssueDays) -> None:
    """Read date, year, issuer and title around mention ``m`` (the first of a list
    ``members``) and give them to every member: what follows the last number is
    shared by the whole list."""
    last = members[-1]
    probe = _Mention(start=m.start, end=last.end, doc_type=m.doc_type, type_name=m.type_name,
                     year=last.year, title=m.title)
    end = _read_tail(text, probe, max(last.tail, last.end), days, title_after_date=m.number is not None)
    _read_before(text, probe, days, previous.tail if previous is not None and previous.issued_date else 0)
    # a list continuing the previous mention inherits what issued it
    if probe.issuer is None and previous is not None and previous.issuer_before:
        if _LIST_GAP.fullmatch(text[previous.tail:m.start]):
            probe.issuer, probe.issuer_before = previous.issuer, True
    probe.issuer = _without_signer(probe.issuer)
    if probe.issuer and " ".join(probe.issuer.split()).casefold() in _BARE_KINDS:
        probe.issuer = None  # Bộ đã có Thông tư 37: a kind of body alone names none
    if probe.issuer and m.doc_type in _PASSED_BY_ASSEMBLY \
            and not any(w in probe.issuer.casefold() for w in _LAW_ISSUERS):
        probe.issuer = None  # dự thảo Luật ... của Bộ Tài chính: the drafter, not who passes it
    for x in members:
        x.issued_date = x.issued_date or probe.issued_date
        x.issuer = _without_signer(x.issuer) or probe.issuer
        x.issuer_before = x.issuer_before or probe.issuer_before
        x.title = x.title or probe.title
        if x.year is None and probe.year is not None:
            x.year = probe.year
        x.tail = max(x.tail, end)


def find_legal_items(text: str, *, dates: list[DateMention] | None = None,
                     pub_year: int | None = None) -> list[tuple[LegalDocument, dict[tuple[int, int], str]]]:
    """Every document of :func:`find_legal_documents` with the rule that read each of its
    mentions, by span (the first mention's rule made the document)."""
    mentions = find_legal_mentions(text, dates)
    _expand_title_abbreviations(text, mentions)
    docs = [d for d in _link(mentions) if not d.first.absorbed]
    _plural_anaphors(text, docs)
    return [(_record(d, text, pub_year), {(m.start, m.end): m.rule for m in d.mentions}) for d in docs]


def find_legal_documents(text: str, *, dates: list[DateMention] | None = None,
                         pub_year: int | None = None) -> list[LegalDocument]:
    """One record per distinct document referred to in ``text``.

    An issue date written without its year (``ngày 6/2``) takes the year of
    the document's code, else ``pub_year`` (the article's), else is dropped.
    Issue dates are the days of ``dates`` (the dates stage's mentions, as
    the ``legal`` stage passes them) found where an issue date is written;
    without ``dates`` the dates of ``text`` are found first.
    """
    return [doc for doc, _ in find_legal_items(text, dates=dates, pub_year=pub_year)]


@stage("legal", requires=("published", "boilerplate", "dates"), assigns=("legal_documents",))
def legal_stage(ctx: ArticleContext) -> None:
    items = find_legal_items(ctx.text, dates=ctx.dates, pub_year=ctx.pub_year)
    docs = [doc for doc, _ in items]
    if ctx.boilerplate:
        kept = []
        for d in docs:
            ms = [m for m in d.mentions if not ctx.in_boilerplate(m.start)]
            if ms:
                kept.append(d.model_copy(update={"mentions": ms}))
        docs = kept
    ctx.legal_documents = docs
    rules = {span: rule for _, spans in items for span, rule in spans.items()}
    ctx.notes.setdefault(PROVENANCE, {})["legal_documents"] = {
        (m.start, m.end): rules[(m.start, m.end)] for d in docs for m in d.mentions}


__all__ = ["REGISTRY", "find_legal_documents", "find_legal_items", "find_legal_mentions", "legal_stage"]
