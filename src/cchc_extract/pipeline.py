"""Assembling the spaCy pipeline and running it over articles."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language

from . import facts  # noqa: F401  (registers the stages)
from .context import STAGES, ArticleContext, StageComponent, get_context, plan_stages
from .errors import ConfigError
from .reading import MAX_BYTES, Article, read_article
from .records import ArticleRecord
from .segment import create_tokenizer  # noqa: F401  (registers the tokenizer)

#: The stages of a full pipeline, in order: each after the stages whose
#: fields it requires (see :func:`cchc_extract.context.plan_stages`).  Stages
#: that users register later with :func:`cchc_extract.context.stage` are
#: added with ``nlp.add_pipe``.
DEFAULT_STAGES: tuple[str, ...] = tuple(plan_stages(STAGES))


def check_exclude(exclude: str | Iterable[str] = (), disable: str | Iterable[str] = ()) -> tuple[str, ...]:
    """``exclude`` as a sorted tuple of stage names, after checking that the
    remaining stages can run (:func:`~cchc_extract.context.plan_stages`):
    an unknown name, or a stage whose required fields only an excluded stage
    fills, is a :class:`ConfigError`.  One plain string is one stage name."""
    plan_stages(DEFAULT_STAGES, exclude=exclude, disable=disable)
    return tuple(sorted(set((exclude,) if isinstance(exclude, str) else exclude)))


def load(*, exclude: str | Iterable[str] = (), disable: str | Iterable[str] = ()) -> Language:
    """A spaCy ``Language`` with the cchc_extract stages.

    Stage names are ``metadata``, ``dates``, ``percentages``, ``legal``,
    ``dossiers``, ``quantities``, ``entities`` and ``checks``; ``exclude``
    leaves stages out and ``disable`` loads them switched off, as in
    ``spacy.load``.  Each stage declares the fields it requires and assigns;
    leaving out a stage that a remaining stage requires (``dates`` while
    ``dossiers`` stays) is a :class:`ConfigError` naming both, never a
    silently emptier record.  Add, remove or replace stages with
    ``nlp.add_pipe``.
    """
    order = plan_stages(DEFAULT_STAGES, exclude=exclude, disable=disable)
    disable = {disable} if isinstance(disable, str) else set(disable)
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "cchc_extract.Tokenizer.v1"}}})
    # spaCy refuses texts over 1,000,000 characters to protect its parser and
    # NER, which this pipeline does not use; the reader's size limit applies.
    nlp.max_length = MAX_BYTES
    for name in order:
        nlp.add_pipe(STAGES[name], name=name)
    for name in disable:
        if name in order:
            nlp.disable_pipe(name)
    return nlp


def as_article(item: str | os.PathLike | Article) -> Article:
    """An :class:`Article` from an ``Article``, a path, or a text.

    A ``pathlib.Path`` is always read as a file.  A ``str`` is read as a file
    only when it is a single line naming an existing file; otherwise it is the
    article text itself.
    """
    if isinstance(item, Article):
        return item
    if isinstance(item, os.PathLike):
        return read_article(item)
    if isinstance(item, str):
        if "\n" not in item and len(item) < 4096 and os.path.isfile(item):
            return read_article(item)
        return Article.from_text(item)
    raise TypeError(f"expected a text, a path or an Article, got {type(item).__name__}")


class Pipeline:
    """Articles in, :class:`ArticleRecord` out.

    >>> pipe = Pipeline(exclude=["entities"])
    >>> record = pipe("Kế hoạch số 120 ngày 15/6/2021 của UBND tỉnh.")
    >>> record.doc_id
    'article'
    """

    def __init__(self, nlp: Language | None = None, *, exclude: Iterable[str] = ()) -> None:
        self.nlp = nlp if nlp is not None else load(exclude=exclude)

    def doc(self, item: str | os.PathLike | Article):
        """The processed spaCy ``Doc`` (its record is ``doc._.record``)."""
        article = as_article(item)
        doc = self.nlp.make_doc(article.text)
        doc._.article = article
        return self.nlp(doc)

    def context(self, item: str | os.PathLike | Article) -> ArticleContext:
        """Run the pipeline and return the article's :class:`ArticleContext`.

        When every component is a cchc_extract stage (the default), the
        stages run on the context directly: none of them reads tokens, so
        the spaCy ``Doc`` is not built.  A pipeline with any other spaCy
        component runs the ordinary way, over a ``Doc``.
        """
        procs = [proc for _, proc in self.nlp.pipeline]
        if all(isinstance(proc, StageComponent) for proc in procs):
            ctx = ArticleContext(article=as_article(item))
            for proc in procs:
                proc.run(ctx)
            return ctx
        return get_context(self.doc(item))

    def __call__(self, item: str | os.PathLike | Article, *, check: bool = True) -> ArticleRecord:
        ctx = self.context(item)
        record = ctx.to_record()
        if check:
            record.check_offsets(ctx.text)
        return record

    def pipe(self, items: Iterable[str | os.PathLike | Article]) -> Iterator[ArticleRecord]:
        """Records for many articles, lazily, in input order."""
        for item in items:
            yield self(item)


_DEFAULT: dict[tuple[str, ...], Pipeline] = {}


def extract(item: str | os.PathLike | Article, *, exclude: Iterable[str] = ()) -> ArticleRecord:
    """Extract one article (a text, a path or an :class:`Article`).

    The pipeline is built once per ``exclude`` set and reused.
    """
    key = tuple(sorted(exclude))
    pipe = _DEFAULT.get(key)
    if pipe is None:
        pipe = _DEFAULT[key] = Pipeline(exclude=key)
    return pipe(item)


def read_text(path: str | os.PathLike) -> str:
    """The article text of a file, exactly as offsets index it."""
    return read_article(Path(path)).text
