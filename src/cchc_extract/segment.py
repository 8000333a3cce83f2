"""Sentences and tokens over the exact article text.

underthesea's sentence splitter returns strings only; :func:`sentences` maps
them back to character offsets.  :class:`Tokenizer` is a spaCy tokenizer whose
``Doc.text`` equals the input exactly and which keeps document codes
(``93/2007/QĐ-TTg``, ``02-NQ/TU``), numbers (``79.094``, ``98,2``), dates
(``29/4/2021``) and abbreviations (``TP.HCM``) whole.
"""

from __future__ import annotations

import re
import warnings
from typing import Iterator

import regex
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

# Words, numbers and codes: runs of word characters joined by a single
# connector that is itself followed by a word character.  The stdlib ``re``
# is used on this hot path (three times faster than ``regex`` here); the
# pattern never backtracks more than one character, so it stays linear.
_TOKEN = r"https?://[^\s<>\"“”]+|\w+(?:[/.,:\-–‑]\w+)*|[^\s]"
_TOKEN_RE = re.compile(_TOKEN)
# The same tokens, each with the single space that may follow it (spaCy's
# ``spaces``), and any other run of whitespace as a token of its own.
_DOC_RE = re.compile(r"(" + _TOKEN + r")( )?|(\s+)")


class Sentence:
    """A sentence of an article: ``text == article_text[start:end]``.

    Made by :func:`sentences` with :meth:`within`, it keeps a reference to the
    article text and slices it when ``text`` is read, instead of a copy of
    every sentence (the copies were as big as the article, for every article).
    ``Sentence(start, end, text)`` with the sentence's own text also works.
    """

    __slots__ = ("start", "end", "_source", "_base")

    def __init__(self, start: int, end: int, text: str) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "_source", text)
        object.__setattr__(self, "_base", start)

    @classmethod
    def within(cls, source: str, start: int, end: int) -> "Sentence":
        """The sentence ``source[start:end]``, read from ``source`` on use."""
        sent = cls.__new__(cls)
        object.__setattr__(sent, "start", start)
        object.__setattr__(sent, "end", end)
        object.__setattr__(sent, "_source", source)
        object.__setattr__(sent, "_base", 0)
        return sent

    @property
    def text(self) -> str:
        return self._source[self.start - self._base:self.end - self._base]

    def __setattr__(self, name, value):
        raise AttributeError(f"Sentence is immutable: cannot set {name!r}")

    def __eq__(self, other):
        if not isinstance(other, Sentence):
            return NotImplemented
        return (self.start, self.end, self.text) == (other.start, other.end, other.text)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text))

    def __reduce__(self):
        return Sentence, (self.start, self.end, self.text)

    def __repr__(self) -> str:
        return f"Sentence(start={self.start!r}, end={self.end!r}, text={self.text!r})"


def tokenize_offsets(text: str) -> list[tuple[int, int]]:
    """Character spans of the tokens of ``text`` (whitespace excluded)."""
    return [m.span() for m in _TOKEN_RE.finditer(text)]


def make_doc(vocab: Vocab, text: str) -> Doc:
    """A spaCy ``Doc`` with ``doc.text == text`` over :func:`tokenize_offsets`."""
    parts = _DOC_RE.findall(text)
    words = [tok or ws for tok, _, ws in parts]
    spaces = [sp == " " for _, sp, _ in parts]
    return Doc(vocab, words=words, spaces=spaces)


class Tokenizer:
    """spaCy tokenizer for Vietnamese news text (see module docstring)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        return make_doc(self.vocab, text)

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # spaCy serialises the tokenizer with the pipeline; there is no state.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "Tokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        pass

    def from_disk(self, path, **kwargs) -> "Tokenizer":
        return self


@registry.tokenizers("cchc_extract.Tokenizer.v1")
def create_tokenizer():
    def make(nlp):
        return Tokenizer(nlp.vocab)

    return make


_SENT_END_RE = re.compile(r"[.?!]")
_SPLITTER: list = []


#: underthesea releases whose sentence splitter module and data file were
#: compared and found identical to 9.5.0's (``pipeline/sent_tokenize``:
#: ``__init__.py`` and ``punkt_params.json``): 9.3.0, 9.4.0 and 9.5.0.  9.2 and
#: earlier differ (another data file, NLTK's Punkt).  The abbreviation list is
#: read from the data file without importing underthesea for ``(major,
#: minor)`` in this range, both ends included.
CHECKED_UNDERTHESEA = ((9, 3), (9, 5))

#: Abbreviations underthesea 9.5's ``_load_model`` adds to the ones in its
#: ``punkt_params.json`` (with every single ASCII letter).
_UNDERTHESEA_EXTRA_ABBREVS = (
    "g.m.t", "e.g", "dr", "vs", "000", "mr", "mrs", "prof", "inc",
    "tp", "ts", "ths", "th", "k.l", "a.w.a.k.e", "t", "a.i", "</i", "g.w",
    "ass", "u.n.c.l.e", "t.e.s.t", "d.c", "ve…", "f.t", "b.b", "z.e", "s.g", "m.p",
    "g.u.y", "l.c", "g.i", "j.f", "r.r", "v.i", "m.h", "a.s", "bs", "c.k", "aug",
    "t.d.q", "b…", "ph", "j.k", "e.l", "o.t", "s.a",
)


def _underthesea_abbrevs_without_import() -> frozenset | None:
    """underthesea 9.5's abbreviation set, read from its data file without
    importing the package (the import pulls in joblib and takes about half a
    second); ``None`` for any other version or layout."""
    import importlib.metadata
    import importlib.util
    import json
    import string
    from pathlib import Path

    try:
        if not underthesea_checked(importlib.metadata.version("underthesea")):
            return None
        spec = importlib.util.find_spec("underthesea")
        if spec is None or not spec.submodule_search_locations:
            return None
        params = Path(list(spec.submodule_search_locations)[0]) / "pipeline" / "sent_tokenize" / "punkt_params.json"
        data = json.loads(params.read_text(encoding="utf-8"))
    except (ImportError, OSError, ValueError):
        return None
    return frozenset(data.get("abbrev_types", [])) | frozenset(_UNDERTHESEA_EXTRA_ABBREVS) | frozenset(
        string.ascii_letters)


def underthesea_checked(version: str) -> bool:
    """Whether ``version`` of underthesea is in :data:`CHECKED_UNDERTHESEA`.

    >>> underthesea_checked("9.5.0"), underthesea_checked("9.4.1"), underthesea_checked("9.2.11")
    (True, True, False)
    """
    m = re.match(r"(\d+)\.(\d+)", version)
    if not m:
        return False
    low, high = CHECKED_UNDERTHESEA
    return low <= (int(m.group(1)), int(m.group(2))) <= high


def _underthesea_version() -> str:
    import importlib.metadata

    try:
        return importlib.metadata.version("underthesea")
    except importlib.metadata.PackageNotFoundError:
        return "(not installed)"


def _underthesea_abbrevs_imported() -> frozenset | None:
    """The abbreviation set of underthesea's loaded splitter when it is the
    Punkt-style loop re-done here, else ``None``."""
    try:
        from underthesea.pipeline import sent_tokenize as mod

        mod._load_model()
        tok = mod.sentence_tokenizer
        if (type(tok).__name__ == "PunktSentenceTokenizer" and isinstance(tok.abbrev_types, set)
                and tok.SENT_END_CHARS == frozenset(".?!")):
            return frozenset(tok.abbrev_types)
    except (ImportError, AttributeError):
        pass
    return None


def _splitter():
    """underthesea's sentence splitter as a function of one paragraph.

    underthesea 9's splitter (a Punkt-style loop over every character) is
    re-done here rule for rule, jumping from one ``.?!`` to the next, with
    underthesea's own abbreviation list: the same sentences, several times
    faster (tests/test_segment.py compares both).  With underthesea 9.5 the
    list is read from its data file, so the package is not even imported.
    Another version (outside :data:`CHECKED_UNDERTHESEA`) is imported and its
    loaded splitter inspected; if it is not the same kind of splitter, it is
    called as it is.  Either way a warning says so, once per process: the
    sentences may differ from the tested ones, and the run is slower.
    """
    if not _SPLITTER:
        abbrevs = _underthesea_abbrevs_without_import()
        if abbrevs is None:
            abbrevs = _underthesea_abbrevs_imported()
            version = _underthesea_version()
            how = ("its abbreviation list is read from the imported package (slower start)" if abbrevs is not None
                   else "sentences are split by underthesea itself (several times slower)")
            warnings.warn(f"underthesea {version} is outside the versions cchc_extract's sentence splitter was "
                          f"checked on ({CHECKED_UNDERTHESEA[0][0]}.{CHECKED_UNDERTHESEA[0][1]}"
                          f"-{CHECKED_UNDERTHESEA[1][0]}.{CHECKED_UNDERTHESEA[1][1]}): {how}; sentence boundaries "
                          "may differ from the tested ones", RuntimeWarning, stacklevel=2)
        if abbrevs is not None:
            longest = max(map(len, abbrevs), default=0)
            def split(para: str) -> list[str]:
                return _split_paragraph(para, abbrevs, longest)

            # the same sentences one at a time: a paragraph of 64 MB is not held twice
            split.iter = lambda para: _iter_paragraph(para, abbrevs, longest)
            _SPLITTER.append(split)
        else:
            from underthesea import sent_tokenize

            _SPLITTER.append(sent_tokenize)
    return _SPLITTER[0]


def _split_paragraph(text: str, abbrevs: frozenset, longest: int | None = None) -> list[str]:
    """The sentences of ``text`` as underthesea 9's ``sent_tokenize`` gives them.

    ``longest``: the length of the longest abbreviation (computed when not given).
    """
    return list(_iter_paragraph(text, abbrevs, longest))


def _iter_paragraph(text: str, abbrevs: frozenset, longest: int | None = None) -> Iterator[str]:
    """:func:`_split_paragraph`, one sentence at a time."""
    if not text or not _NOT_SPACE.search(text):
        return
    if longest is None:
        longest = max(map(len, abbrevs), default=0)
    n = len(text)
    start = i = 0
    search = _SENT_END_RE.search
    while True:
        m = search(text, i)
        if m is None:
            break
        i = m.start()
        if text[i] == ".":
            dot_end = i
            while dot_end < n and text[dot_end] == ".":
                dot_end += 1
            if dot_end - i >= 3:  # an ellipsis ends a sentence before a capital or the end
                after = dot_end
                while after < n and text[after] in " \t":
                    after += 1
                if after >= n or text[after].isupper():
                    s = text[start:dot_end].strip()
                    if s:
                        yield s
                    while dot_end < n and text[dot_end] in " \t\n\r":
                        dot_end += 1
                    start = dot_end
                i = dot_end
                continue
            if i > 0 and text[i - 1].isdigit() and i + 1 < n and text[i + 1].isdigit():
                i += 1  # 1.500.000
                continue
            b = i - 1
            # The word before the dot; one longer than every abbreviation is none of them, so the
            # walk stops there (`ab.ab.ab.…` would otherwise walk the whole run back at each dot;
            # a cut word is longer than any abbreviation too, and lower-casing never shortens).
            stop = i - longest - 2
            while b >= 0 and b > stop and (text[b].isalnum() or text[b] == "."):
                b -= 1
            if b + 1 < i and text[b + 1:i].lower() in abbrevs:
                i += 1
                continue
        end = i + 1
        while end < n and text[end] in ".?!":
            end += 1
        s = text[start:end].strip()
        if s:
            yield s
        while end < n and text[end] in " \t\n\r":
            end += 1
        start = i = end
    final = text[start:].strip()
    if final:
        yield final


_PARAGRAPH = regex.compile(r"[^\n]++")
_NOT_SPACE = regex.compile(r"[^\s\x1c-\x1f]")  # what str.strip() leaves (str.isspace: \s and \x1c-\x1f)


def sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with exact offsets (underthesea's splitter).

    Blank lines always end a sentence (headlines and bylines have no final
    stop), so the text is split into paragraphs first.
    """
    sent_tokenize = _splitter()
    sent_tokenize = getattr(sent_tokenize, "iter", sent_tokenize)
    out: list[Sentence] = []
    for para in _PARAGRAPH.finditer(text):
        if not _NOT_SPACE.search(text, para.start(), para.end()):
            continue
        # an article on one line is one paragraph: no copy of it (it may be 64 MB)
        chunk = text if para.end() - para.start() == len(text) else para.group()
        base = para.start()
        cursor = 0
        for sent in sent_tokenize(chunk):
            s = sent.strip()
            if not s:
                continue
            i = chunk.find(s, cursor)
            if i < 0:
                # The splitter re-spelled whitespace; align on the first word.
                head = s.split()[0]
                i = chunk.find(head, cursor)
                if i < 0:
                    continue
                j = _align_end(chunk, i, s)
            else:
                j = i + len(s)
            out.append(Sentence.within(text, base + i, base + j))
            cursor = j
        if out and cursor < len(chunk) and chunk[cursor:].strip():
            # Whatever the splitter dropped belongs to the last sentence.
            last = out[-1]
            end = base + len(chunk.rstrip())
            out[-1] = Sentence.within(text, last.start, end)
    return out


def _align_end(chunk: str, i: int, sent: str) -> int:
    """End offset in ``chunk`` of ``sent`` starting at ``i``, ignoring whitespace differences."""
    target = "".join(sent.split())
    k = 0
    j = i
    while j < len(chunk) and k < len(target):
        if chunk[j].isspace():
            j += 1
            continue
        if chunk[j] != target[k]:
            break
        j += 1
        k += 1
    return j


def sentence_index(sents: list[Sentence], pos: int) -> int:
    """The index of the sentence containing character ``pos`` (binary search), or -1."""
    lo, hi = 0, len(sents)
    while lo < hi:
        mid = (lo + hi) // 2
        if sents[mid].end <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(sents) and sents[lo].start <= pos else -1


def sentence_at(sents: list[Sentence], pos: int) -> Sentence | None:
    """The sentence containing character ``pos`` (binary search)."""
    i = sentence_index(sents, pos)
    return sents[i] if i >= 0 else None
