"""Assembling the spaCy pipeline and running it over articles."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import spacy
from spacy.language import Language

from . import facts  # noqa: F401  (registers the stages)
from . import spacy_out  # noqa: F401  (doc.ents/doc.spans; contexts cross nlp.pipe(n_process=...))
from .context import STAGES, ArticleContext, StageComponent, get_context, plan_stages
from .errors import ConfigError, UsageError
from .metafile import with_meta
from .reading import HTML_SUFFIXES, MAX_BYTES, Article, read_article
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
    ``dossiers``, ``link``, ``quantities``, ``entities``, ``checks`` and
    ``provinces``; ``exclude``
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


#: File name endings that make a one-line ``str`` look like a path to
#: :func:`extract` (``.txt`` and the HTML endings :func:`read_article` reads as pages).
PATH_SUFFIXES: tuple[str, ...] = (".txt",) + HTML_SUFFIXES


def looks_like_path(text: str) -> bool:
    """Whether a ``str`` given to :func:`extract` could be meant as a file.

    That is: one line (no line break) that names an existing file, or ends
    with ``.txt``, ``.html`` or ``.htm`` (any case).  An article text is
    never one line ending with such a name; a path never holds a line break.
    (A folder's name is not refused: :func:`extract` never reads folders, and
    one-character texts such as ``"."`` or ``"/"`` stay texts.)

    >>> looks_like_path("bai-viet.txt"), looks_like_path("Tỉnh tiếp nhận 1.234 hồ sơ.")
    (True, False)
    """
    if "\n" in text or "\r" in text or not text.strip() or len(text) > 4096:
        return False
    if os.path.splitext(text.strip())[1].lower() in PATH_SUFFIXES:
        return True
    try:
        return os.path.isfile(text)
    except (OSError, ValueError):  # a NUL byte, a name too long
        return False


def as_article(item: str | os.PathLike | Article) -> Article:
    """An :class:`Article` from an ``Article``, a path, or a text.

    A ``pathlib.Path`` (any ``os.PathLike``) is read as a file; an
    ``Article`` is used as it is; a ``str`` is the article text.  A ``str``
    that looks like a path (:func:`looks_like_path`) is refused with a
    :class:`~cchc_extract.errors.UsageError`: say which you mean with
    :func:`extract_file` or :func:`extract_text` (or pass a ``Path``).
    """
    if isinstance(item, Article):
        return item
    if isinstance(item, os.PathLike):
        return read_article(item)
    if isinstance(item, str):
        if looks_like_path(item):
            kind = "names an existing file" if os.path.isfile(item) else "looks like a file name"
            raise UsageError(f"{item!r} {kind}: is it a file or the article text? Use "
                             "cchc_extract.extract_file(path) (or pass a pathlib.Path) to read a file, "
                             "cchc_extract.extract_text(text) for a text")
        return Article.from_text(item)
    raise TypeError(f"expected a text, a path or an Article, got {type(item).__name__}")


class Pipeline:
    """Articles in, :class:`ArticleRecord` out.

    >>> pipe = Pipeline(exclude=["entities"])
    >>> record = pipe("Kế hoạch số 120 ngày 15/6/2021 của UBND tỉnh.")   # a str is the text
    >>> record.doc_id
    'article'
    """

    def __init__(self, nlp: Language | None = None, *, exclude: str | Iterable[str] = ()) -> None:
        if nlp is None:
            nlp = load(exclude=exclude)
        elif not isinstance(nlp, Language):
            raise TypeError(f"Pipeline(nlp=...) takes a spaCy Language such as cchc_extract.load(exclude=[...]), "
                            f"got {type(nlp).__name__} {nlp!r:.60}; to leave stages out use "
                            "Pipeline(exclude=[...])")
        elif exclude:
            raise ConfigError("give either nlp or exclude, not both: exclude stages with "
                              "cchc_extract.load(exclude=[...]) and pass that as nlp")
        self.nlp = nlp

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


def _default_pipeline(exclude: str | Iterable[str]) -> Pipeline:
    key = check_exclude(exclude)
    pipe = _DEFAULT.get(key)
    if pipe is None:
        pipe = _DEFAULT[key] = Pipeline(exclude=key)
    return pipe


def extract(item: str | os.PathLike | Article, *, exclude: str | Iterable[str] = ()) -> ArticleRecord:
    """Extract one article: a ``pathlib.Path`` (read as a file), an
    :class:`Article`, or a ``str`` (the article text).

    A ``str`` that looks like a file name (one line naming an existing file,
    or ending with ``.txt``/``.html``/``.htm``) is refused with a
    :class:`~cchc_extract.errors.UsageError` rather than guessed: use
    :func:`extract_file` or :func:`extract_text` to say which it is.  The
    pipeline is built once per ``exclude`` set and reused.
    """
    return _default_pipeline(exclude)(item)


def extract_text(text: str, *, doc_id: str = "article", meta: Mapping[str, str] | None = None,
                 exclude: str | Iterable[str] = ()) -> ArticleRecord:
    """Extract one article given as text, whatever the text looks like.

    ``meta`` gives metadata known from outside the text, by the names of the
    record's fields: ``published`` (ISO ``2017-05-03`` or ``2017-05-03T08:30``,
    or ``3/5/2017``), ``outlet``, ``url`` and ``title``.  What the text itself
    prints wins; ``meta`` fills what it lacks, and a ``published`` date lets
    dates without a year (``ngày 17/5``) be resolved.

    >>> rec = extract_text("Ngày 17/5, tỉnh tiếp nhận 1.234 hồ sơ.", meta={"published": "2017-05-20"},
    ...                    exclude="entities")
    >>> rec.published, rec.dates[0].value
    ('2017-05-20', '2017-05-17')
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_text takes a str, got {type(text).__name__}; for a file use extract_file(path)")
    article = Article.from_text(text, doc_id=doc_id)
    if meta:
        article = with_meta(article, meta)
    return _default_pipeline(exclude)(article)


def extract_file(path: str | os.PathLike, *, meta: Mapping[str, str] | None = None,
                 exclude: str | Iterable[str] = ()) -> ArticleRecord:
    """Extract one article file (plain text in any common encoding, or a
    saved HTML page); ``meta`` as for :func:`extract_text`.  A file that
    cannot be read raises :class:`~cchc_extract.errors.ReadError` naming it."""
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"extract_file takes a path, got {type(path).__name__}")
    article = read_article(path)
    if meta:
        article = with_meta(article, meta)
    return _default_pipeline(exclude)(article)


def read_text(path: str | os.PathLike) -> str:
    """The article text of a file, exactly as offsets index it."""
    return read_article(Path(path)).text
