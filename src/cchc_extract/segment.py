"""Sentences and tokens over the exact article text.

underthesea's sentence splitter returns strings only; :func:`sentences` maps
them back to character offsets.  :class:`Tokenizer` is a spaCy tokenizer whose
``Doc.text`` equals the input exactly and which keeps document codes
(``93/2007/QĐ-TTg``, ``02-NQ/TU``), numbers (``79.094``, ``98,2``), dates
(``29/4/2021``) and abbreviations (``TP.HCM``) whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


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


def sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with exact offsets (underthesea's splitter).

    Blank lines always end a sentence (headlines and bylines have no final
    stop), so the text is split into paragraphs first.
    """
    from underthesea import sent_tokenize

    out: list[Sentence] = []
    for para in regex.finditer(r"[^\n]++", text):
        chunk = para.group()
        if not chunk.strip():
            continue
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
            out.append(Sentence(base + i, base + j, text[base + i: base + j]))
            cursor = j
        if out and cursor < len(chunk) and chunk[cursor:].strip():
            # Whatever the splitter dropped belongs to the last sentence.
            last = out[-1]
            end = base + len(chunk.rstrip())
            out[-1] = Sentence(last.start, end, text[last.start:end])
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


def sentence_at(sents: list[Sentence], pos: int) -> Sentence | None:
    """The sentence containing character ``pos`` (binary search)."""
    lo, hi = 0, len(sents)
    while lo < hi:
        mid = (lo + hi) // 2
        if sents[mid].end <= pos:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(sents) and sents[lo].start <= pos:
        return sents[lo]
    return None
