"""A mention and a document being linked, with the small readers of codes, numbers and dates they share."""

from __future__ import annotations

import unicodedata

import regex
from dataclasses import dataclass, field
from functools import lru_cache

from .vocab import _CODE_ISSUERS, _DASH, _S0, _S1
from .grammar_titles import _ORDINAL_WORDS


# ------------------------------------------------------------------ mentions


@dataclass
class _Mention:
    start: int
    end: int
    doc_type: str
    type_name: str
    number: str | None = None
    code: str | None = None
    year: int | None = None
    issued_date: str | None = None
    issuer: str | None = None
    issuer_before: bool = False
    title: str | None = None
    key: tuple | None = None  # identity of an unnumbered document
    tail: int = 0  # where the words read for this mention end
    group: int = -1  # mentions from one list share a group
    needs_antecedent: bool = False
    absorbed: bool = False  # the content of the document before it, not a document of its own
    anchor: int = -1  # where the anchor that read it starts
    order: int = 0  # the index of that rule in the registry
    rule: str = ""  # the rule that read it (provenance)


@dataclass
class _Doc:
    mentions: list[_Mention] = field(default_factory=list)
    #: The first value written for each attribute over the mentions so far.
    known: dict = field(default_factory=dict)
    #: The first number written (not empty) over the mentions so far: read for
    #: every mention linked, so it is kept rather than searched for.
    number: str | None = None

    @property
    def first(self) -> _Mention:
        return self.mentions[0]

    def add(self, m: _Mention) -> None:
        self.mentions.append(m)
        if self.number is None and m.number:
            self.number = m.number
        for name in ("code", "year", "issued_date", "issuer", "title"):
            value = getattr(m, name)
            if value is not None and self.known.get(name) is None:
                self.known[name] = value

    def get(self, name: str):
        return self.known.get(name)


def _norm(s: str | None) -> str:
    return " ".join((s or "").casefold().replace("“", " ").replace("”", " ").replace('"', " ").split())


def _norm_number(s: str) -> str:
    s = s.casefold()
    return s.lstrip("0") or s


_CODE_SPACE = regex.compile(r"[\s\xa0]")
_ANY_DASH = regex.compile(f"[{_DASH}]")
_CODE_YEAR_PART = regex.compile(r"\d{4,5}")
_CODE_YEAR = regex.compile(f"[/{_DASH}]\\s?((?:19|20)\\d\\d)\\s?[/{_DASH}]")
_CODE_SPLIT = regex.compile(f"[\\s/.{_DASH}]+")
_TRAILING_DIGITS = regex.compile(r"\d+$")
_YEAR_ONLY = regex.compile(r"(?:19|20)\d\d")
_CUA_LEAD = regex.compile(r"^(?i:của)\s+")
#: What may join a list to the mention before it (``, và các``).
_LIST_GAP = regex.compile(_S0 + r"(?:[,;]|và|,?" + _S0 + r"và)" + _S0 + r"(?:(?i:các)" + _S1 + r")?")


@lru_cache(maxsize=4096)
def _code_parts(code: str) -> tuple[str, str]:
    """``(tail, year)`` of a code: ``93/2007/QĐ-TTg`` gives ``("QĐ-TTG", "2007")``."""
    s = _CODE_SPACE.sub("", code).upper()
    s = _ANY_DASH.sub("-", s).replace("/", "-")
    parts = s.split("-")[1:]  # the number comes first
    year = next((p for p in parts if _CODE_YEAR_PART.fullmatch(p)), "")
    return "-".join(p for p in parts if p != year), year


def _codes_compatible(a: str, b: str) -> bool:
    """Two written codes may name one document (``61/2018`` and ``61/2018/NĐ-CP``)."""
    (tail_a, year_a), (tail_b, year_b) = _code_parts(a), _code_parts(b)
    if year_a and year_b and year_a != year_b:
        return False
    return not tail_a or not tail_b or tail_a == tail_b


def _sentence_start(text: str, pos: int) -> bool:
    """True when only spaces separate ``pos`` from a sentence or line start."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\xa0":
        i -= 1
    return i < 0 or text[i] in ".!?:\n“\"(-–•;"


def _code_year(code: str | None) -> int | None:
    """The year written inside a code (``93/2007/QĐ-TTg``, ``19-2017/NQ-CP``)."""
    m = _CODE_YEAR.search(code or "")
    return int(m.group(1)) if m else None


@lru_cache(maxsize=4096)
def _code_issuer(code: str | None) -> str | None:
    if not code:
        return None
    parts = [p for p in _CODE_SPLIT.split(code) if p]
    hits = []
    for p in parts[1:]:
        base = _TRAILING_DIGITS.sub("", p)
        if base in _CODE_ISSUERS and not base.isdigit():
            hits.append(_CODE_ISSUERS[base])
    if len(hits) == 1:
        return hits[0]
    return None



_SPACES = regex.compile(r"\s+")

#: A written type word -> its key (spaces collapsed, case folded); bounded.
_FOLDED: dict[str, str] = {}


def _fold(word: str) -> str:
    key = _FOLDED.get(word)
    if key is None:
        if len(_FOLDED) > 10_000:
            _FOLDED.clear()
        key = _FOLDED[word] = _SPACES.sub(" ", word).casefold()
    return key


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _ordinal(s: str | None) -> int | None:
    if not s:
        return None
    if s.isdigit():
        return int(s)
    word = _ORDINAL_WORDS.get(_SPACES.sub(" ", s).casefold())
    if word is not None:
        return word
    total = 0
    values = [_ROMAN[c] for c in s.upper()]
    for i, v in enumerate(values):
        total += -v if i + 1 < len(values) and values[i + 1] > v else v
    return total


#: an abbreviation defined in brackets after the words it stands for: `cán bộ, công chức, viên chức (CBCCVC)`
_ABBR_DEF = regex.compile(r"\((?P<a>\p{Lu}{3,10})\)")
_SYLLABLE = regex.compile(r"\p{L}+")


def _initial(word: str) -> str:
    """A word's first letter without its tone or vowel marks, folded (`Ủy` -> `u`; `đ` stays)."""
    return unicodedata.normalize("NFD", word[0])[0].casefold()


def _defined_abbreviations(text: str) -> dict[str, str]:
    """Each `(ABBR)` whose letters are the first letters of the syllables right before it,
    folded, to those words as written (folded): `cbccvc` -> `cán bộ, công chức, viên chức`."""
    out: dict[str, str] = {}
    for d in _ABBR_DEF.finditer(text):
        abbr = d.group("a")
        before = text[max(0, d.start() - 12 * len(abbr)):d.start()]
        syllables = list(_SYLLABLE.finditer(before))
        if len(syllables) < len(abbr):
            continue
        last = syllables[-len(abbr):]
        if "".join(_initial(s.group()) for s in last) != "".join(_initial(c) for c in abbr):
            continue
        words = before[last[0].start():last[-1].end()]
        if "\n" in words or any(c in words for c in ".;:()"):
            continue
        out.setdefault(abbr.casefold(), _SPACES.sub(" ", words).casefold())
    return out


def _expand_title_abbreviations(text: str, mentions: list[_Mention]) -> None:
    """`Quy tắc ứng xử của CBCCVC, ...` names the same document as `Quy tắc ứng xử của cán bộ,
    công chức, viên chức (CBCCVC), ...`: a title key spells out the abbreviations the text defines."""
    if not any(m.key and m.key[0] == "title" and m.key[1] for m in mentions):
        return
    abbrs = _defined_abbreviations(text)
    if not abbrs:
        return
    pattern = regex.compile(r"(?<![\p{L}\d])(?:" + "|".join(map(regex.escape, abbrs)) + r")(?![\p{L}\d])")
    for m in mentions:
        if m.key and m.key[0] == "title" and m.key[1]:
            new = pattern.sub(lambda x: abbrs[x.group()], m.key[1])
            if new != m.key[1]:
                m.key = (m.key[0], new) + tuple(m.key[2:])
