"""The per-article state that pipeline stages read and fill.

A stage is a function ``fn(ctx: ArticleContext) -> None`` registered with
:func:`stage`; it becomes a spaCy component factory named ``cchc_<name>``
and is added to the pipeline under the plain name (``dates``, ``legal`` ...),
so ``load(exclude=["entities"])`` works the spaCy way.  Stages read what
earlier stages found (``ctx.dates`` before ``ctx.legal_documents``) and never
read files or write output.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc

from .errors import ConfigError, ExtractionError
from .reading import Article
from .records import (ArticleRecord, Check, DateMention, DossierCount, Entity, LegalDocument,
                      Percentage, Quantity)
from .segment import Sentence, sentence_at, sentences

if not Doc.has_extension("article"):
    Doc.set_extension("article", default=None)
if not Doc.has_extension("cchc"):
    Doc.set_extension("cchc", getter=lambda doc: get_context(doc))
if not Doc.has_extension("record"):
    Doc.set_extension("record", getter=lambda doc: get_context(doc).to_record())


@dataclass
class ArticleContext:
    """What is known about one article so far."""

    article: Article
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    legal_documents: list[LegalDocument] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    percentages: list[Percentage] = field(default_factory=list)
    dossier_counts: list[DossierCount] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    #: The province the article is about (the ``provinces`` stage, :mod:`cchc_extract.provinces`).
    province_code: int | None = None
    province_name: str | None = None
    province_as_written: str | None = None
    #: Character ranges that are page furniture (comment boxes, menus, share
    #: prompts), set by the metadata stage; fact stages ignore matches there.
    boilerplate: list[tuple[int, int]] = field(default_factory=list)
    #: Free-form scratch space for stages that share intermediate results
    #: (boilerplate ranges, abbreviations defined in the text ...).
    notes: dict = field(default_factory=dict)
    _boilerplate_cache: tuple | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def pub_year(self) -> int | None:
        """Year of publication, used to complete dates written without one."""
        if self.published and self.published[:4].isdigit():
            return int(self.published[:4])
        return None

    @cached_property
    def sentences(self) -> list[Sentence]:
        """Sentences with exact offsets, computed once on first use."""
        return sentences(self.text)

    def in_boilerplate(self, pos: int) -> bool:
        """Whether ``pos`` is inside a boilerplate range (binary search: every fact asks)."""
        if not self.boilerplate:
            return False
        starts, max_ends = self._boilerplate_index()
        k = bisect_right(starts, pos) - 1  # the last range starting at or before pos
        return k >= 0 and max_ends[k] > pos

    def _boilerplate_index(self) -> tuple[list[int], list[int]]:
        """Range starts, sorted, and the largest end among the ranges up to each; rebuilt
        when ``boilerplate`` is replaced or grows (the metadata stage sets it once)."""
        cached = self._boilerplate_cache
        if cached is None or cached[0] is not self.boilerplate or cached[1] != len(self.boilerplate):
            ranges = sorted(self.boilerplate)
            top, max_ends = -1, []
            for _, b in ranges:
                top = max(top, b)
                max_ends.append(top)
            cached = (self.boilerplate, len(self.boilerplate), [a for a, _ in ranges], max_ends)
            self._boilerplate_cache = cached
        return cached[2], cached[3]

    def sentence_at(self, pos: int) -> Sentence | None:
        return sentence_at(self.sentences, pos)

    def to_record(self) -> ArticleRecord:
        a = self.article
        return ArticleRecord(
            doc_id=a.doc_id, source=a.source, title=self.title, authors=list(self.authors),
            outlet=self.outlet, url=self.url, published=self.published,
            legal_documents=self.legal_documents, dates=self.dates, percentages=self.percentages,
            dossier_counts=self.dossier_counts, entities=self.entities, quantities=self.quantities,
            checks=self.checks, encoding=a.encoding, text_source=a.text_source,
            province_code=self.province_code, province_name=self.province_name,
            province_as_written=self.province_as_written,
        )


def get_context(doc: Doc) -> ArticleContext:
    """The :class:`ArticleContext` of ``doc``, created on first use."""
    ctx = doc.user_data.get("cchc")
    if ctx is None:
        article = doc._.article
        if article is None:
            article = _article_from_pipe_context(doc.text, getattr(doc, "_context", None))
        elif len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) != len(article.text):
            # Doc.text is costly to build; the length is a cheap consistency check.
            raise ValueError("doc._.article.text must be the text the Doc was made from")
        ctx = ArticleContext(article=article)
        doc.user_data["cchc"] = ctx
    return ctx


def _article_from_pipe_context(text: str, context: object) -> Article:
    """The article of a text given to ``nlp.pipe(..., as_tuples=True)``: its
    context (spaCy keeps it on the Doc, across processes too) names the
    article. A ``str`` context is the doc_id; a mapping may hold ``doc_id``
    and the metadata fields of :func:`~cchc_extract.extract_text`'s ``meta``
    (``published``, ``outlet``, ``url``, ``title``, ``authors``); any other
    context (``None``, a number, an object of the caller's) is left alone."""
    from .metafile import with_meta

    if isinstance(context, str) and context:
        return Article.from_text(text, doc_id=context)
    if isinstance(context, Mapping):
        meta = {k: v for k, v in context.items() if k != "doc_id"}
        doc_id = context.get("doc_id")
        article = Article.from_text(text, doc_id=str(doc_id) if doc_id not in (None, "") else "article")
        if meta:
            article = with_meta(article, meta)
        return article
    return Article.from_text(text)


#: Stage names in registration order (name -> spaCy factory), filled by :func:`stage`.
STAGES: dict[str, str] = {}


@dataclass(frozen=True)
class StageSpec:
    """What a stage reads and fills, declared where it is registered.

    ``requires`` and ``assigns`` name :class:`ArticleContext` fields
    (``dates``, ``published`` ...), as spaCy factories declare
    ``requires``/``assigns``: :func:`plan_stages` orders the stages by them
    and refuses a plan in which a stage would read a field that no earlier
    stage fills.
    """

    name: str
    factory: str
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


#: Every registered stage's declaration, by name.
SPECS: dict[str, StageSpec] = {}

_FIELDS = frozenset(f for f in ArticleContext.__dataclass_fields__ if f not in ("article", "notes"))


def _names(value: str | Iterable[str], what: str) -> tuple[str, ...]:
    """A tuple of names; one plain string is one name, never its letters."""
    if isinstance(value, str):
        return (value,)
    try:
        names = tuple(value)
    except TypeError:
        raise TypeError(f"{what} takes a stage name or a list of them, got {type(value).__name__}") from None
    bad = [n for n in names if not isinstance(n, str)]
    if bad:
        raise TypeError(f"{what} takes stage names (str), got {bad[0]!r}")
    return names


def plan_stages(stages: Iterable[str], *, exclude: str | Iterable[str] = (),
                disable: str | Iterable[str] = ()) -> list[str]:
    """The stages to load, in an order where each runs after every stage
    that assigns a field it requires (registration order otherwise).

    Raises :class:`ConfigError` for an unknown name, and when a stage that
    would run requires a field that only an excluded or disabled stage
    assigns, naming both: leaving out ``dates`` while keeping ``dossiers``
    would silently drop every dossier period.

    >>> plan_stages(["metadata", "dates", "legal"], exclude="legal")
    ['metadata', 'dates']
    """
    stages = list(stages)
    exclude, disable = set(_names(exclude, "exclude")), set(_names(disable, "disable"))
    unknown = (exclude | disable) - set(stages)
    if unknown:
        raise ConfigError(f"unknown stage(s) {sorted(unknown)}; the stages are {stages}")
    kept = [n for n in stages if n not in exclude]
    running = [n for n in kept if n not in disable]
    assigner = {f: n for n in stages for f in SPECS[n].assigns}
    missing: dict[str, list[str]] = {}  # a left-out stage -> the running stages that need it
    for name in running:
        for f in SPECS[name].requires:
            src = assigner.get(f)
            if src is not None and src not in running and name not in missing.setdefault(src, []):
                missing[src].append(name)
    missing = {src: names for src, names in missing.items() if names}
    if missing:
        raise ConfigError("; ".join(
            f"stage {src!r} is {'excluded' if src in exclude else 'disabled'} but "
            + ", ".join(f"{n!r} (reads {', '.join(f for f in SPECS[n].requires if assigner.get(f) == src)})"
                        for n in names)
            + f" require{'s' if len(names) == 1 else ''} it: keep {src!r} or leave those out too"
            for src, names in missing.items()))
    order: list[str] = []
    placed: set[str] = set()
    pending = list(kept)
    while pending:
        for name in pending:
            needs = {assigner[f] for f in SPECS[name].requires if assigner.get(f) in kept} - {name}
            if needs <= placed:
                break
        else:
            raise ConfigError(f"stages {pending} require each other's fields: no order runs them")
        order.append(name)
        placed.add(name)
        pending.remove(name)
    return order


class StageComponent:
    """A spaCy component that runs one stage function on the Doc's context.

    :class:`cchc_extract.Pipeline` calls :meth:`run` directly on an
    :class:`ArticleContext` when every component of the pipeline is a stage,
    which skips building the token-level ``Doc`` that no stage reads.
    """

    def __init__(self, stage_name: str, fn: Callable[[ArticleContext], None]) -> None:
        self.name = stage_name
        self.fn = fn
        self.__doc__ = fn.__doc__

    def run(self, ctx: ArticleContext) -> None:
        try:
            self.fn(ctx)
        except Exception as exc:  # one stage's bug names the article and the stage
            raise ExtractionError(ctx.article.doc_id, self.name, exc, source=ctx.article.source) from exc

    def __call__(self, doc: Doc) -> Doc:
        self.run(get_context(doc))
        return doc


def stage(name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()
          ) -> Callable[[Callable[[ArticleContext], None]], Callable[[ArticleContext], None]]:
    """Register ``fn(ctx)`` as the spaCy factory ``cchc_<name>``.

    ``requires`` names the :class:`ArticleContext` fields the stage reads
    that other stages fill, ``assigns`` the fields it fills (see
    :func:`plan_stages`).  An unknown field name is a :class:`ConfigError`.
    """
    requires, assigns = _names(requires, "requires"), _names(assigns, "assigns")
    unknown = sorted(set(requires + assigns) - _FIELDS)
    if unknown:
        raise ConfigError(f"stage {name!r} declares unknown field(s) {unknown}; the fields are {sorted(_FIELDS)}")

    def register(fn: Callable[[ArticleContext], None]):
        factory = f"cchc_{name}"
        Language.factory(factory, func=lambda nlp, name: StageComponent(name, fn))
        STAGES[name] = factory
        SPECS[name] = StageSpec(name, factory, requires, assigns)
        return fn

    return register
