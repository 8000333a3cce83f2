"""spaCy-native results, and a serialisable form of the article context.

:func:`fill_doc` puts what the stages found where spaCy users look:

* ``doc.ents``: the PER, LOC and ORG entities (one flat, non-overlapping layer);
* ``doc.spans["cchc"]``: every fact as a labelled span: ``DATE``,
  ``PERCENT``, ``DOSSIER``, ``QUANTITY``, ``LEGAL_DOC`` (one per mention)
  and the entity labels, so ``displacy.render(doc, style="span",
  options={"spans_key": "cchc"})`` shows them all;
* sentence starts from the segmenter, so ``doc.sents`` works without a parser.

Importing this module also registers a msgpack encoder and decoder for
:class:`~cchc_extract.context.ArticleContext` and
:class:`~cchc_extract.reading.Article` with ``srsly``, the serialiser
``Doc.to_bytes`` uses for ``doc.user_data``: ``nlp.pipe(texts,
n_process=2)`` ships each finished Doc back from its worker this way (it
raised spaCy's E871 before).  The encoded form is plain data (the record
models' ``model_dump`` and the article's fields), never pickle, so reading a
Doc from bytes cannot run code.
"""

from __future__ import annotations

import dataclasses

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .context import ArticleContext, get_context
from .reading import Article
from .records import Check, DateMention, DossierCount, Entity, LegalDocument, Percentage, Quantity

SPANS_KEY = "cchc"
_CTX, _ART = "__cchc_context__", "__cchc_article__"
_MODELS = {"legal_documents": LegalDocument, "dates": DateMention, "percentages": Percentage,
           "dossier_counts": DossierCount, "entities": Entity, "quantities": Quantity, "checks": Check}
_PLAIN = ("title", "authors", "outlet", "url", "published",
          "province_code", "province_name", "province_as_written")


def _plain_or_empty(value: dict) -> dict:
    """The notes that survive msgpack unchanged; a stage's other scratch notes
    (a provenance table keyed by (start, end) tuples) need not cross processes."""
    kept = {}
    for key, note in value.items():
        try:
            if srsly.msgpack_loads(srsly.msgpack_dumps({key: note})) == {key: note}:
                kept[key] = note
        except Exception:  # noqa: BLE001 - unencodable or not read back the same
            continue
    return kept


def context_to_data(ctx: ArticleContext) -> dict:
    """``ctx`` as plain data (lists, dicts, strings, numbers)."""
    data = {k: getattr(ctx, k) for k in _PLAIN}
    data["authors"] = list(ctx.authors)
    data["article"] = dataclasses.asdict(ctx.article)
    data["boilerplate"] = [list(b) for b in ctx.boilerplate]
    data["notes"] = _plain_or_empty(ctx.notes)
    for name, _model in _MODELS.items():
        data[name] = [item.model_dump() for item in getattr(ctx, name)]
    return data


def context_from_data(data: dict) -> ArticleContext:
    """The inverse of :func:`context_to_data`."""
    ctx = ArticleContext(article=Article(**data["article"]))
    for k in _PLAIN:
        setattr(ctx, k, data.get(k))
    ctx.authors = list(data.get("authors") or [])
    ctx.boilerplate = [tuple(b) for b in data.get("boilerplate") or []]
    ctx.notes = dict(data.get("notes") or {})
    for name, model in _MODELS.items():
        setattr(ctx, name, [model.model_validate(item) for item in data.get(name) or []])
    return ctx


def _encode(obj, chain=None):
    if isinstance(obj, ArticleContext):
        return {_CTX: context_to_data(obj)}
    if isinstance(obj, Article):
        return {_ART: dataclasses.asdict(obj)}
    return obj if chain is None else chain(obj)


def _decode(obj, chain=None):
    if isinstance(obj, dict):
        if _CTX in obj and len(obj) == 1:
            return context_from_data(obj[_CTX])
        if _ART in obj and len(obj) == 1:
            return Article(**obj[_ART])
    return obj if chain is None else chain(obj)


srsly.msgpack_encoders.register("cchc_extract", func=_encode)
srsly.msgpack_decoders.register("cchc_extract", func=_decode)


def _span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def fact_spans(doc: Doc, ctx: ArticleContext | None = None) -> list[Span]:
    """Every fact of ``doc``'s context as a labelled span, in text order."""
    ctx = ctx or get_context(doc)
    items: list[tuple[int, int, str]] = []
    items += [(d.start, d.end, "DATE") for d in ctx.dates]
    items += [(p.start, p.end, "PERCENT") for p in ctx.percentages]
    items += [(c.start, c.end, "DOSSIER") for c in ctx.dossier_counts]
    items += [(q.start, q.end, "QUANTITY") for q in ctx.quantities]
    items += [(m.start, m.end, "LEGAL_DOC") for d in ctx.legal_documents for m in d.mentions]
    items += [(e.start, e.end, e.label) for e in ctx.entities]
    spans = [_span(doc, s, e, label) for s, e, label in sorted(set(items))]
    return [s for s in spans if s is not None]


def fill_doc(doc: Doc) -> Doc:
    """Fill ``doc.ents``, ``doc.spans["cchc"]`` and the sentence starts from the context.

    Also a pipeline component, ``nlp.add_pipe("cchc_spans", last=True)``.

    >>> import cchc_extract
    >>> nlp = cchc_extract.load()
    >>> doc = fill_doc(nlp("UBND tỉnh Nghệ An tiếp nhận 1.234 hồ sơ trong quý I/2023. Tỷ lệ đúng hạn đạt 98%."))
    >>> [(e.text, e.label_) for e in doc.ents]
    [('UBND tỉnh Nghệ An', 'ORG')]
    >>> sorted({s.label_ for s in doc.spans["cchc"]})
    ['DATE', 'DOSSIER', 'ORG', 'PERCENT']
    >>> len(list(doc.sents))
    2
    """
    ctx = get_context(doc)
    spans = fact_spans(doc, ctx)
    doc.spans[SPANS_KEY] = spans
    doc.ents = filter_spans([s for s in spans if s.label_ in ("PER", "LOC", "ORG")])
    if len(doc):
        starts = set()
        for sent in ctx.sentences:
            span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
            if span is not None and len(span):
                starts.add(span.start)
        for tok in doc:
            tok.is_sent_start = tok.i == 0 or tok.i in starts
    return doc


@Language.component("cchc_spans")
def cchc_spans(doc: Doc) -> Doc:
    """:func:`fill_doc` as the last pipeline component."""
    return fill_doc(doc)
