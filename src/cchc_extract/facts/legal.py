"""Legal, administrative and party documents: every reference, one record per document.

The work runs in three steps, each over the exact article text:

1. **find** — one scan for anchors: type words (``Nghị quyết``, ``Quyết
   định`` ... in any case), press abbreviations (``NQ``, ``QĐ`` ... only
   before ``số`` or a coded number) and standards (``TCVN ISO 9001:2015``).
   At each anchor small anchored patterns read what follows: a number list
   with codes (``số 12, 13 và 14/QĐ-UBND``), a congress (``Đại hội XIII``), a
   law's name (``Luật Đất đai 2013``) or the words that identify an
   unnumbered plan or scheme (``về ...``, ``giai đoạn 2021-2030``, a quoted
   title, a proper name).
2. **resolve** — around each mention: the issue date (``ngày 29/4/2021``),
   the issuer as written (``của Bộ Chính trị``, ``UBND tỉnh ban hành``; a code
   suffix that names one body, such as ``TTg``, goes to ``issuer_from_code``),
   the year and the title (``về ...``, ``“...”``).
3. **link** — a mention joins the latest record it is compatible with (same
   type and number or name; no clash of code, year, date or issuer), so
   ``Nghị quyết số 06`` joins ``Nghị quyết số 06-NQ/TU`` while two
   ``Nghị quyết số 02-NQ/TU`` of 2011 and 2021 stay apart.  Loose forms
   (``NQ 03``, ``quyết định 2468`` without ``số``, a bare ``Nghị quyết Đại
   hội``) only join a document already named; they never start one.

The vocabulary lives in ``patterns/legal.yaml`` with its examples.  Patterns
are anchored at positions found by one linear scan and use possessive
repetition, so the cost stays linear in the text length.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ..context import ArticleContext, stage
from ..patterndata import entries
from ..dateparts import valid_day
from ..gazetteers import places
from ..records import DateMention, LegalDocument, Span
from ..textcase import lower

# ------------------------------------------------------------------ language data


_DATA = entries("legal")
_TYPES: dict[str, dict] = _DATA["document_types"]["types"]
_ISSUER = _DATA["issuer_words"]
_CODE_ISSUERS: dict[str, str] = _DATA["issuer_from_code"]["code_issuers"]
_LAW = _DATA["laws_by_name"]
_COUNT_NOUNS = _DATA["bare_numbers"]["count_nouns"]
_TITLE_STOPS = _DATA["titles"]["title_stops"]
_TITLED = _DATA["titled_unnumbered"]
_PLACES = places()
_PLACE_KINDS = {"country", "province", "city", "district"}
#: The identifications each type word accepts for an unnumbered document (a set per type).
_TITLED_RULES: dict[str, frozenset] = {k: frozenset(v) for k, v in _TITLED["rules"].items()}

_SP = r"[ \t\xa0]"  # a space inside a line (never a line break)
# Runs of spaces are bounded: a pattern tried at every position of a long
# blank run then costs a constant, so even a whole-text scan stays linear.
_S1 = _SP + "{1,8}+"
_S0 = _SP + "{0,8}+"
_DASH = r"\-–—‑"  # hyphen (escaped for character classes), en and em dash, non-breaking hyphen


def _words_re(words, *, ignore_case: bool = True) -> str:
    """An alternation of phrases, longest first, spaces matching any run of spaces.

    Phrases sharing a first letter are grouped (``c(?:ủa|ho|ùng)|...``): the
    same matches as the flat alternation, since at one position only one
    group can match and each keeps its phrases' order, but ``regex`` then
    tests the first letter once per group, not once per phrase, which makes
    a failing attempt of a long list about twice as fast."""
    def esc(s: str) -> str:
        return regex.escape(s).replace(r"\ ", _S1)

    groups: dict[str, list[str]] = {}
    for w in sorted(set(words), key=len, reverse=True):
        groups.setdefault(w[0].casefold() if ignore_case else w[0], []).append(w)
    body = "|".join(esc(g[0]) if len(g) == 1 else esc(g[0][0]) + "(?:" + "|".join(esc(w[1:]) for w in g) + ")"
                    for g in groups.values())
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


_WORD_TO_TYPE = {w.casefold(): slug for slug, d in _TYPES.items() for w in d["words"]}
_ABBR_TO_TYPE = {a: slug for slug, d in _TYPES.items() for a in d.get("abbrevs", [])}
_VERB_LIKE = {slug for slug, d in _TYPES.items() if d.get("verb_like")}
#: Type words that also name options or variants (`phương án 2` = option 2):
#: a bare number after them, without `số` or a code, never starts a document.
_OPTION_WORDS = {w.casefold() for w in _DATA["document_types"]["option_words"]}
_NAMED_WORDS = {w.casefold() for w in _DATA["laws_by_name"]["named_words"]}
#: Type words after which a bare year is the year of the law or plan (Hiến pháp 2013, kế hoạch 2017).
_YEAR_NAMED_WORDS = _NAMED_WORDS | {w.casefold() for w in _DATA["document_types"]["yearly_words"]}
#: Types whose bare number is never a document number (dự án 2 = a project, a board, an address).
_CODE_ONLY_TYPES = set(_DATA["document_types"]["code_only"])
_CHARTER_WORDS = {w.casefold() for w in _DATA["laws_by_name"]["charter_words"]}

_L = r"\p{L}"
_NOT_WORD_BEFORE = r"(?<![\p{L}\d])"
_NOT_WORD_AFTER = r"(?![\p{L}\d])"

#: Every anchor: a type word, a press abbreviation or a standard.
# Anchors are found in two cheap passes: type words with the standard
# library's ``re`` over the lower-cased text (a plain literal alternation runs
# ~10x faster there than a case-insensitive ``regex`` one), then press
# abbreviations and standards, which are matched as written.
def _first_letter_alternation(words) -> str:
    """Words (longest first) as an alternation grouped by first letter: the
    same matches as the flat alternation, since only one group can start at
    a position and each group keeps the words' order; ``re`` then tests one
    letter per group instead of one per word."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[0], []).append(re.escape(w[1:]).replace(r"\ ", "[ \t\xa0]+"))
    return "|".join(re.escape(c) + "(?:" + "|".join(rest) + ")" for c, rest in groups.items())


_TYPE_SCAN = re.compile(_first_letter_alternation(_WORD_TO_TYPE))
_STANDARDS = _DATA["standards"]["prefixes"]


def _cased_patterns(abbreviations, national, international):
    """The cased anchor (a press abbreviation or a standard, matched as
    written) and the literal scan that finds where it can start, built from
    one list of literals, so neither can gain a form without the other.

    Every anchor match opens with one of these letters-only literals, and a
    position inside one of them follows a letter, which the anchor's
    lookbehind refuses.  Trying the anchor only at the scan's hits gives the
    matches of its finditer at a third of the cost (a pattern that opens
    with a lookbehind is tried at every position; ``re`` skips to the few
    capitals that can start a literal)."""
    nat = "(?:" + "|".join(map(regex.escape, national)) + ")"
    intl = "(?:" + "|".join(map(regex.escape, international)) + ")"
    anchor = regex.compile(
        r"(?<![\p{L}\d])(?:"
        + f"(?P<abbr>{_words_re(abbreviations, ignore_case=False)})(?![\\p{{L}}\\d/{_DASH}])"
        + r"|(?P<std>(?:" + nat + _S1 + r")?" + intl + r"(?:/IEC)?" + _S0 + r"(?P<stdnum>\d{3,5})(?:-\d{1,2})?"
        + r"(?:" + _SP + r"?[:\-]" + _SP + r"?(?P<stdyear>(?:19|20)\d\d))?(?!\d)"
        + r"|" + nat + _S0 + r"(?P<tcvnnum>\d{3,5})(?:-\d{1,2})?(?:" + _SP + r"?:" + _SP
        + r"?(?P<tcvnyear>(?:19|20)\d\d))?(?!\d))"
        + ")"
    )
    head = re.compile("|".join(sorted({*abbreviations, *national, *international}, key=len, reverse=True)))
    return anchor, head


_CASED_ANCHOR, _CASED_HEAD = _cased_patterns(_ABBR_TO_TYPE, _STANDARDS["national"], _STANDARDS["international"])


_PLURAL_SCAN = re.compile(r"(?<!\w)(?:các|những)[ \t\xa0]+(?:" + _TYPE_SCAN.pattern + ")")
# A _PLURAL_SCAN match can only start where `các` or `những` starts
# (:func:`_plural_heads`).  Matching _PLURAL_SCAN only there gives the same
# matches as its finditer (no type word holds `các` or `những`, so matches
# cannot overlap), three times faster: a pattern that opens with a
# lookbehind is tried at every position.
_PLURAL_WORDS = ("các", "những")


def _plural_heads(low: str, lo: int, hi: int) -> list[int]:
    """Where `các` or `những` starts in ``low`` from ``lo`` to ``hi``, in text
    order (``str.find`` skips to them four times faster than a regex scan)."""
    heads = []
    for word in _PLURAL_WORDS:
        i = low.find(word, lo, hi + len(word))
        while i >= 0:
            heads.append(i)
            i = low.find(word, i + 1, hi + len(word))
    heads.sort()
    return heads


class _Anchor:
    """Where a type word (``word``), an abbreviation or a standard (the groups
    of a _CASED_ANCHOR ``match``) was found."""

    __slots__ = ("_start", "_end", "_word", "_match")

    def __init__(self, start: int, end: int, word: str | None = None, match=None) -> None:
        self._start, self._end, self._word, self._match = start, end, word, match

    def start(self, name: str | None = None) -> int:
        return self._start

    def end(self, name: str | None = None) -> int:
        return self._end

    def group(self, name: str):
        if name == "word":
            return self._word
        return self._match.group(name) if self._match is not None else None


def _word_boundary_before(text: str, i: int) -> bool:
    """A word may start at ``i``; a lost space is allowed before đ or a capital
    after a small letter ("xây dựngđề án", "ĐảngCông"), since đ only starts
    syllables and a capital after a small letter starts a new word."""
    if i == 0:
        return True
    prev = text[i - 1]
    if not (prev.isalnum() or prev == "_"):
        return True
    return prev.islower() and (text[i].isupper() or text[i] in "đĐ")


#: The last text lower-cased, shared by the two passes that need it (one
#: tuple, read and replaced whole, so threads cannot mix two texts).
_LOWERED: tuple = (None, "")


def _lower(text: str) -> str:
    """``text`` lower-cased, character for character: offsets in it are
    offsets in ``text``.  ``İ`` (U+0130) is the one character whose
    ``lower()`` is two characters long; it becomes ``i``, so a text holding
    it is scanned like any other (it used to switch every scan to a slower
    twin that bounded spaces differently)."""
    global _LOWERED
    last = _LOWERED
    if last[0] is text:
        return last[1]
    low = lower(text)  # in pieces: str.lower's own peak is 12 bytes a character
    if len(low) != len(text):
        low = lower(text.replace("\u0130", "I"))
    _LOWERED = (text, low)
    return low


def _anchors(text: str):
    """Every anchor in text order, longest first at one position."""
    found: list[_Anchor] = []
    n = len(text)
    for m in _TYPE_SCAN.finditer(_lower(text)):
        s, e = m.span()
        if not _word_boundary_before(text, s) or (e < n and (text[e].isalnum() or text[e] == "_")):
            continue
        found.append(_Anchor(s, e, word=text[s:e]))
    last = 0
    cased = False
    for h in _CASED_HEAD.finditer(text):
        if h.start() < last:
            continue  # inside the previous match, as finditer would skip it
        m = _at(_CASED_ANCHOR, text, h.start())
        if m:
            found.append(_Anchor(m.start(), m.end(), match=m))
            last = m.end()
            cased = True
    if cased:  # the type words alone come in text order, one per position
        found.sort(key=lambda a: (a.start(), -a.end()))
    return found

# --- numbers and codes -------------------------------------------------------

_NUM_LEAD = regex.compile(
    "(?P<so>" + _S0 + "(?i:số)(?:" + _S0 + ":)?" + _S0 + "|" + _S0 + ":" + _S0 + "|" + _S1 + ")"
)
_CODE_WORD_ANY = r"\p{Lu}[\p{L}\d&]*+"
_CODE_WORD_UP = r"\p{Lu}[\p{Lu}\d&]*+(?!\p{L})"
_TIGHT = f"[/{_DASH}]"
_SPACED = f"(?:{_SP}[/{_DASH}]{_SP}?|[/{_DASH}]{_SP})"
_CODE_TAIL = (
    f"(?:{_TIGHT}{_CODE_WORD_ANY}|{_SPACED}{_CODE_WORD_UP})"
    f"(?:{_TIGHT}{_CODE_WORD_ANY}|{_SPACED}{_CODE_WORD_UP}|\\.(?=\\p{{Lu}}){_CODE_WORD_ANY})*+"
)
#: A document number with its optional code: 03, 30c, 93/2007/QĐ-TTg, 02-NQ/TU, 04 / NQ-HĐND.
_NUMREF = regex.compile(
    # a number grouped with dots (1.234/QĐ-UBND) only before a code
    r"(?P<num>\d{1,3}(?:\.\d{3})++(?=" + _SP + r"?[/" + _DASH + r"])|\d{1,5}(?:[a-zđ](?![\p{L}\d])|[A-ZĐ](?=/))?)(?!\d)"
    + f"(?P<code>(?:{_SP}?[/{_DASH}]{_SP}?(?P<year>\\d{{4,5}})(?={_SP}?[/{_DASH}]))?{_CODE_TAIL}"
    # the press often shortens a code to number and year: Nghị định 61/2018
    + f"|/(?P<yearonly>(?:19|20)\\d\\d)(?![\\d/{_DASH}]))?"
)
_NUM_BAD_AFTER = regex.compile(
    # a figure (1,5; 100%), a time glued to its unit (9h00, 7g30) or a model
    # glued to its letters (tàu đề án 949A)
    r"[.,/:\-–]\d|\p{L}|" + _S0 + r"%|" + _S1 + r"(?i:phần" + _S1 + r"trăm)")
#: A bare number followed by a name (dự án 32 Lê Lợi, Đề án 1144 Orlan): an
#: address or a model, unless the name is a body (Chỉ thị 05 Bộ Chính trị).
_NAME_AFTER = regex.compile(_S1 + r"\p{Lu}\p{Ll}")
_COUNT_AFTER = regex.compile(_S1 + "" + _words_re(_COUNT_NOUNS) + _NOT_WORD_AFTER)
_YEAR_AFTER = regex.compile(_S1 + r"(?i:năm)" + _S1 + r"(?:19|20)\d\d(?!\d)")
_DATE_WORD_AFTER = regex.compile(_S1 + r"(?i:ngày)" + _S1 + r"\d")
_LIST_SEP = regex.compile(
    _S0 + "," + _S0 + "(?:(?P<va1>và)" + _S1 + ")?(?:(?i:số)" + _S1 + ")?"
    "|" + _S1 + "(?P<va2>và|&)" + _S1 + "(?:(?i:số)" + _S1 + ")?"
)

# --- dates ---------------------------------------------------------------------

_DATE_BODY = (
    r"(?P<d>\d{1,2})" + _S0 + r"(?P<sep>[/.\-–—‑])" + _S0 + r"(?P<m>\d{1,2})"
    r"(?:" + _S0 + r"(?P=sep)" + _S0 + r"(?P<y>\d{4}))?(?![\d/])"
    r"|(?P<d2>\d{1,2})" + _S1 + r"(?i:tháng)" + _S1 + r"(?P<m2>\d{1,2})"
    r"(?:" + _S0 + r",?" + _S0 + r"(?i:năm)" + _S1 + r"(?P<y2>\d{4}))?(?!\d)"
)
_DATE_AFTER = regex.compile(
    r"(?:\(" + _S0 + r")?"
    r"(?:(?:(?i:được)" + _S1 + r")?(?:(?i:ký)" + _S1 + r")?(?i:ban" + _S1 + r"hành|ký|thông" + _S1
    + r"qua|phê" + _S1 + r"duyệt)" + _S1 + r")?"
    r"(?:(?i:vào)" + _S1 + r")?(?i:ngày)" + _S1 + r"(?:" + _DATE_BODY + r")(?:" + _S0 + r"\))?"
)
#: A date after a title only counts with its verb: "... được ban hành ngày 22/12/2024".
_DATE_ISSUED = regex.compile(
    r"(?:(?i:được|đã)" + _S1 + r")?(?:(?i:ký" + _S1 + r")?(?i:ban" + _S1 + r"hành)|(?i:ký|thông" + _S1
    + r"qua))" + _S1 + r"(?:(?i:vào)" + _S1 + r")?(?i:ngày)" + _S1 + r"(?:" + _DATE_BODY + r")"
)
_DATE_BEFORE = regex.compile(
    r"(?i:ngày)" + _S1 + r"(?:" + _DATE_BODY + r")" + _S0 + r",?" + _S0 + r"$"
)
_YEAR_BEFORE = regex.compile(
    r"(?:(?i:năm)" + _S1 + r"|(?i:tháng)" + _S1 + r"\d{1,2}" + _S0 + r"[/\-]" + _S0 + r")(?P<y>(?:19|20)\d\d)" + _S0 + r"," + _S0 + r"$"
)

# --- issuers ---------------------------------------------------------------------


def _head_re(heads) -> str:
    """Issuer heads: the first letter as written, the rest in any case
    (grouped by first letter, as in :func:`_words_re`)."""
    groups: dict[str, list[str]] = {}
    for h in sorted(set(heads), key=len, reverse=True):
        rest_re = regex.escape(h[1:]).replace(r"\ ", _S1 + "")
        groups.setdefault(h[0], []).append(f"(?i:{rest_re})" if rest_re else "")
    return "(?:" + "|".join(regex.escape(first) + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
                            for first, rests in groups.items()) + ")"


_HEAD = _head_re(_ISSUER["heads"]) + _NOT_WORD_AFTER
_LEVEL = _words_re(_ISSUER["levels"])
_CAPWORD = r"\p{Lu}[\p{L}\d]*+(?:[.\-&]\p{Lu}[\p{L}\d]*+)*+"
_KHOA = r"(?i:khóa|khoá)" + _S1 + r"(?:[IVXLC]++|\d{1,2})(?![\p{L}\d])"
#: Words that end a body's name: verbs of issuing, adverbs and function words.
_NAME_END = _words_re(_ISSUER["verbs"] + _ISSUER["adverbs"] + _LAW["name_stops"] + ["ban", "về", "tại", "vừa"])
#: A capitalised syllable and the small syllable that completes the word
#: (Tài chính, Nội vụ, Chính phủ, Trung ương), or `và` joining two names.
_NAME_WORD = (
    "(?!" + _words_re(_WORD_TO_TYPE) + _NOT_WORD_AFTER + ")" + _CAPWORD + _NOT_WORD_AFTER + "(?:" + _S1 + "(?!" + _NAME_END + _NOT_WORD_AFTER + r")\p{Ll}\p{L}*+"
    + _NOT_WORD_AFTER + ")?+"
)
#: A numbered plenum as a body: Hội nghị lần thứ sáu, Hội nghị 6 (of the Central Committee after it).
_PLENUM_HEAD = (
    r"Hội" + _S1 + r"(?i:nghị)" + _S1 + r"(?:(?i:lần" + _S1 + r"thứ)" + _S1 + r"(?:\d{1,2}|[IVX]{1,5}|"
    + _words_re(_DATA["congress_resolutions"]["ordinal_words"]) + r")|\d{1,2}|[IVX]{1,5})(?![\p{L}\d])"
)
_ISSUER_TAIL = (
    # one space between the words of a name: two or more mark a lost line break
    "(?:" + _SP + "(?:" + _KHOA + "|" + _HEAD + "|" + _NAME_WORD + "|" + _LEVEL + _NOT_WORD_AFTER
    + "|và" + _S1 + "(?=\\p{Lu})" + _NAME_WORD
    + "|(?<=(?i:trung" + _SP + "ương|hội" + _SP + "nghị|đại" + _SP + "hội)" + _SP + ")\\d{1,2}(?![\\p{L}\\d/.,])"
    + ")){0,8}+"
)
_ISSUER_RE = "(?:" + _PLENUM_HEAD + "|" + _HEAD + ")" + _ISSUER_TAIL
#: Party bodies that writers put right after a party document without `của`
#: (Nghị quyết số 18-NQ/TW ngày 25/10/2017 Hội nghị lần thứ sáu Ban Chấp hành ...).
_ISSUER_BARE = regex.compile(
    r"(?P<iss>(?:" + _PLENUM_HEAD + "|" + _head_re(_ISSUER["bare_heads"]) + _NOT_WORD_AFTER + ")" + _ISSUER_TAIL + ")"
)
_ADVERBS = _words_re(_ISSUER["adverbs"])
_VERBS = _words_re(_ISSUER["verbs"])
#: A body followed by one of these is the subject of a new clause, not an issuer.
_SUBJECT_VERB = regex.compile(_S1 + "(?:" + _ADVERBS + "|" + _VERBS + "|" + _words_re(_ISSUER["clause_verbs"]) + ")"
                              + _NOT_WORD_AFTER)
_PASSIVE = regex.compile(_S1 + r"(?:(?i:đã|vừa|sẽ|đang|cũng)" + _S1 + r")?(?i:được|bị)(?![\p{L}\d])")
_ISSUER_OF = regex.compile(r"(?i:của)" + _S1 + r"(?P<iss>" + _ISSUER_RE + ")")
_ISSUER_BY = regex.compile(
    r"(?:(?i:được|do)" + _S1 + r")(?P<iss>" + _ISSUER_RE + ")"
    # ... HĐND tỉnh khóa XVII, (tại) kỳ họp thứ 15 thông qua
    + r"(?:" + _S0 + r",?" + _S1 + r"(?:(?i:tại)" + _S1 + r")?(?i:kỳ" + _S1 + r"họp)" + _S1 + r"(?:(?i:thứ)" + _S1
    + r")?[\p{L}\d]{1,6}+(?:" + _S1 + r"(?i:bất" + _S1 + r"thường|chuyên" + _S1 + r"đề))?(?:" + _S0 + r",)?)?"
    + _S1 + r"(?:" + _ADVERBS + _S1
    + r"){0,3}+(?i:ký" + _S1 + r"ban" + _S1 + r"hành|ban" + _S1 + r"hành|ký|thông" + _S1 + r"qua|phê"
    + _S1 + r"duyệt)" + _NOT_WORD_AFTER
)
#: The verb of issuing right before a document: `ban hành`, `xây dựng và thực
#: hiện` (a second verb joined by và), then `các`, `lại` or a draft (`thông qua
#: dự thảo Luật ...`).
_ISSUING_END = (_VERBS + r"(?:" + _S1 + r"và" + _S1 + r"\p{Ll}++(?:" + _S1 + r"\p{Ll}++)?)?" + _S1
                + r"(?:(?i:các|lại|dự" + _S1 + r"thảo|dự" + _S1 + r"án)" + _S1 + r")?$")
_ISSUER_BEFORE = regex.compile(
    r"(?<![\p{L}\d])(?P<iss>" + _ISSUER_RE + ")"
    # UBND tỉnh (ngày 5/3/2023) đã ban hành ...
    + r"(?:,?" + _S1 + r"(?P<between>(?i:ngày)" + _S1 + r"(?:" + _DATE_BODY + r")),?)?"
    + _S1 + r"(?:" + _ADVERBS + _S1 + r"){0,3}+(?:(?i:biểu" + _S1 + r"quyết)" + _S1 + r")?" + _ISSUING_END
)
# What _ISSUER_BEFORE must end with, searched backwards from the end of the
# window: a cheap test that rules most windows out before the issuer scan.
_ISSUER_BEFORE_TAIL = regex.compile(r"(?r)" + _ISSUING_END)
_PLURAL_ANAPHOR = regex.compile(
    r"(?<![\p{L}\d])(?i:các|những)" + _S1 + r"(?P<type>" + _words_re(_WORD_TO_TYPE) + ")" + _S1
    + r"(?:(?i:này|đó|trên)" + _S1 + r")?(?i:của)" + _S1 + r"(?P<iss>" + _ISSUER_RE + ")"
)

# --- words, phrases, titles -------------------------------------------------------

_WORD_BODY = r"[\p{L}\d][\p{L}\d]*+(?:[.&'’][\p{L}\d]++)*+"
_WORD = regex.compile(_S1 + r"(?P<w>" + _WORD_BODY + ")")
_PERIOD_BODY = (
    r"(?:(?i:giai" + _S1 + r"đoạn|nhiệm" + _S1 + r"kỳ|thời" + _S1 + r"kỳ)" + _S1 + r"(?:19|20)\d\d"
    + _S0 + f"[{_DASH}]" + _S0 + r"(?:19|20)\d\d"
    + r"|(?i:đến|tới)" + _S1 + r"(?i:năm)" + _S1 + r"(?:19|20)\d\d"
    + r"|(?P<plainyear>(?i:năm)" + _S1 + r"(?:19|20)\d\d))(?![\d/])"
)
_PERIOD_ANCHOR = regex.compile(_S1 + _PERIOD_BODY)
_PERIOD_IN = regex.compile(r"(?<![\p{L}\d])" + _PERIOD_BODY)


def _holds_span(title: str) -> bool:
    """Whether a title holds the span of years a plan covers (`giai đoạn
    2021-2025`, `đến năm 2030`), not just a year (`năm 2017` dates events too)."""
    return any(not m.group("plainyear") for m in _PERIOD_IN.finditer(title))
_TYPE_WORD_AT = regex.compile(_words_re(_WORD_TO_TYPE) + _NOT_WORD_AFTER)
_QUOTED = regex.compile(
    r"(?P<lead>" + _S0 + r"(?:(?i:về)" + _S1 + r"(?:(?i:việc)" + _S1 + r")?)?)"
    r"(?P<q>[“\"«](?P<t>[^”\"»\n]{2,400}+)[”\"»])"
)
#: A sentence break inside a quote: what it holds is speech, or the quote
#: marks opened and closed on two sides of running text.
_QUOTE_SENTENCE = regex.compile(r"[.!?…]" + _S1 + r"\p{Lu}")


def _quote_is_title(quoted: str, *, verb: bool, verb_titles: bool) -> bool:
    """Whether a quote after a type word is the document's title.

    A title opens with a capital or a digit, as titles are written (a small
    letter opens a scare quote or words quoted from speech: `báo cáo
    “trắng”`, `dự thảo Nghị định “còn xa mới đạt yêu cầu”`), has two words
    or more (`quy định “Mở”`) and no sentence break.  After a small-letter
    verb-like type word (`quy định`, `kết luận`, `hướng dẫn`, `báo cáo` =
    provide, conclude, instruct, report) the quote is what is provided,
    concluded or said; only types whose rules take `quoted_after_verb` read
    it as a title (`báo cáo “Triển vọng ...”`)."""
    t = quoted.strip()
    if not t or not (t[0].isupper() or t[0].isdigit()) or len(t.split()) < 2 or _QUOTE_SENTENCE.search(t):
        return False
    return not verb or verb_titles


_VE = regex.compile(_S1 + r"(?i:về)" + _S1 + r"(?:(?i:việc)(?:" + _S0 + r",)?" + _S1 + r")?")
_OPEN_QUOTES = "“\"«"
#: How far after a type word _KIND_BEFORE_SUBJECT, _QUOTED and _VE may find
#: the `về` or opening quote they need (each run of spaces is at most 8).
_OPENING_REACH = max(
    8 + max(len(w) + 7 * w.count(" ") for w in _DATA["document_types"]["modifiers"]) + 8 + len("về"),
    8 + len("về") + 8 + len("việc") + 8 + 1,
)
_NOT_A_TYPE_AFTER = regex.compile(_S1 + "" + _words_re(_DATA["document_types"]["not_after"]) + _NOT_WORD_AFTER)
_NAME_HEAD = regex.compile(_S1 + "" + _words_re(_TITLED["name_heads"]) + _NOT_WORD_AFTER)
_PERIOD_STOP_RE = regex.compile(_words_re(_TITLED["period_stops"]) + _NOT_WORD_AFTER)
_TYPE_MODIFIER = regex.compile(
    _S1 + "(?P<mod>" + _words_re(_DATA["document_types"]["modifiers"]) + ")" + _S1 + r"(?P<so>(?i:số)" + _S0
    + r"(?::" + _S0 + r")?)(?=\d)"
)
_TITLE_COMMA = regex.compile(
    "," + _SP + "(?=\\p{Ll})(?!" + _words_re(_DATA["titles"]["comma_stops"] + _TITLE_STOPS) + _NOT_WORD_AFTER + ")"
)
_TITLE_VERB = regex.compile(_words_re(_DATA["titles"]["title_verbs"]) + _NOT_WORD_AFTER)
_TITLE_STOP_RE = regex.compile(_words_re(_TITLE_STOPS) + _NOT_WORD_AFTER)
#: `số` ends a name only before its number (Luật Đất đai số 31/2024/QH15), not in chuyển đổi số;
#: `bị` (passive) ends it, not inside thiết bị.
_NAME_STOP_RE = regex.compile(
    "(?:" + _words_re([w for w in _LAW["name_stops"] if w not in ("số", "bị")]) + _NOT_WORD_AFTER
    + "|(?i:số)" + _S0 + "(?=[\\d:])"
    # bị (passive) but not thiết bị, chuẩn bị, trang bị
    + "|(?<!(?i:thiết|chuẩn|trang)" + _SP + ")(?i:bị)" + _NOT_WORD_AFTER + ")"
)
_LAW_NOT_AFTER = regex.compile(_S1 + "" + _words_re(_LAW["not_after"]) + _NOT_WORD_AFTER)
_LAW_NOT_BEFORE = regex.compile(r"(?<![\p{L}\d])" + _words_re(_LAW["not_before"]) + _S1 + "$")
_LAW_NOT_BEFORE_END = regex.compile(r"(?r)" + _LAW_NOT_BEFORE.pattern)  # for _ends_with
_LAW_COMMA_CONT = regex.compile("," + _S1 + "(?=" + _words_re(_LAW["comma_continuations"]) + _NOT_WORD_AFTER + ")")
_PREVIOUS_WORD = regex.compile(r"(?<![\p{L}\d])(?P<w>[\p{L}\d]++)" + _S1 + r"$")
_PERSON_WORD = regex.compile(_words_re(_LAW["person_words"]) + _NOT_WORD_AFTER)
_LAW_AND = regex.compile(_S1 + r"và" + _S1)
#: A number after a word (Điều 7, Khoản 4): an article or clause, not part of a name.
_NUMBER_AFTER = regex.compile(_S1 + r"\d")
#: A day and month after a word (Chiều 12/6): that word opens a sentence.
_DAY_MONTH_AFTER = regex.compile(_S1 + r"\d{1,2}" + _S0 + r"[/.\-]" + _S0 + r"\d{1,2}(?!\d)")
_LAW_YEAR = regex.compile(_S1 + r"(?:(?i:năm)" + _S1 + r")?(?P<y>(?:19|20)\d\d)(?![\d/])")
_LAW_PAREN = regex.compile(_S0 + r"\((?i:sửa" + _S1 + r"đổi(?:," + _S0 + r"bổ" + _S1 + r"sung)?)\)")
_GENERIC_BEFORE = regex.compile(r"(?<![\p{L}\d])" + _words_re(_TITLED["generic_determiners"]) + _S1 + "$"
                                # a count (sửa đổi 07 Thông tư về thuế), not the number of
                                # the noun before it (Điều 35 Quy chế ..., giai đoạn 1 Đề án ...)
                                + r"|(?<![\p{L}\d.,/:\-])(?<!" + _words_re(_TITLED["numbered_nouns"]) + _SP
                                + r")\d{1,3}" + _S1 + "$")
#: A type word continuing a list opened by a plural (nhiều văn bản, Chỉ thị về ...;
#: các Quyết định, Kế hoạch, Chỉ thị về ...) is generic.
_GENERIC_LIST_BEFORE = regex.compile(
    r"(?<![\p{L}\d])" + _words_re(_TITLED["generic_determiners"]) + r"(?:" + _S1 + r"\p{L}++){1,3}+"
    + r"(?:" + _S0 + "," + _S0 + r"\p{L}++(?:" + _S1 + r"\p{L}++){0,2}+){0,3}+" + _S0 + "," + _S0 + "$"
)
_INDEFINITE_BEFORE = regex.compile(r"(?<![\p{L}\d])" + _words_re(_TITLED["indefinite_before"]) + _S1 + "$")
#: Kind words alone (Nghị quyết chuyên đề) name a kind of document, not one document.
_PHRASE_STOP_RE = regex.compile("(?:" + _NAME_STOP_RE.pattern + "|" + _words_re(_TITLED["phrase_stops"])
                                 + _NOT_WORD_AFTER + ")")


def _phrase_step(stops) -> str:
    """One step of :func:`_read_phrase`: a period anchor (giai đoạn 2021-2025),
    else a word that is not one of ``stops``, maybe after a dash joining it to
    the word before (kinh tế - xã hội).  The spaces before are read
    possessively in every branch, so this is _PERIOD_ANCHOR, else a dash
    connector and _WORD, else _WORD, then the stop test at the word: four
    regex calls from one position made in one."""
    return (_S1 + r"(?:(?P<period>" + _PERIOD_BODY + r")|(?:(?P<dash>[" + _DASH + r"])" + _S1 + r")?"
            + r"(?!" + stops.pattern + r")(?P<w>" + _WORD_BODY + "))")


_STEP_TITLE = regex.compile(_phrase_step(_TITLE_STOP_RE))
_STEP_PERIOD = regex.compile(_phrase_step(_PERIOD_STOP_RE))
_STEP_NAME = regex.compile(_phrase_step(_NAME_STOP_RE))
_STEP_PHRASE = regex.compile(_phrase_step(_PHRASE_STOP_RE))
#: Every character a phrase step reads (words, numbers with their codes,
#: period anchors, dash connectors, spaces): a phrase read from a position
#: lies in the run of these characters that starts there.
_PHRASE_RUN = regex.compile(r"[\p{L}\d \t\xa0.&'’/" + _DASH + r"]*+")
#: The phrase step for each set of stop words.
_STEP_FOR_STOPS = {_TITLE_STOP_RE: _STEP_TITLE, _PERIOD_STOP_RE: _STEP_PERIOD, _NAME_STOP_RE: _STEP_NAME,
                   _PHRASE_STOP_RE: _STEP_PHRASE}
#: Before a type word these make it the subject of a clause, not an object.
_SUBJECT_BEFORE = regex.compile(
    r"(?<![\p{L}\d])" + _words_re(_TITLED["subject_before"]) + _S1 + "$"
)
#: A verb of issuing right before an unnumbered resolution or directive.
_ISSUING_BEFORE = regex.compile(
    r"(?<![\p{L}\d])" + _VERBS + _S1 + "$"
)
#: After a comma these open a clause with its own subject (..., tỉnh giảm 60 xã).
_CLAUSE_SUBJECT = regex.compile(_S1 + "(?:" + _LEVEL + "|" + _words_re(_TITLED["clause_subjects"]) + ")" + _NOT_WORD_AFTER)
_AMENDING_LEAD = regex.compile(
    _S1 + r"(?i:sửa" + _S1 + r"đổi)(?:" + _S0 + r",?" + _S1 + r"(?i:bổ" + _S1 + r"sung))?" + _S1
    + r"(?i:một" + _S1 + r"số" + _S1 + r"điều" + _S1 + r"của)" + _S1 + r"(?:(?i:các)" + _S1 + r")?"
)
_LAW_WORD_AT = regex.compile(r"(?P<w>Luật|Bộ" + _S1 + r"luật)" + _NOT_WORD_AFTER)
_LAW_LIST_SEP = regex.compile(_S0 + r"(?:,|và|,"  + _S0 + r"và)" + _S1)
_KIND_BEFORE_SUBJECT = regex.compile(
    _S1 + "(?P<kind>" + _words_re(_DATA["document_types"]["modifiers"]) + ")" + _S1 + r"(?=(?i:về)" + _S1 + r"|[“\"«])"
)
_KIND_WORD = regex.compile(_words_re(_DATA["document_types"]["modifiers"]) + _NOT_WORD_AFTER)
_BODY_BEFORE = regex.compile(r"(?<![\p{L}\d])" + _words_re(_TITLED["body_words"], ignore_case=False) + _S1 + "$")
_HEAD_AT = regex.compile(_HEAD)
_GENERIC_HEAD = regex.compile(_words_re(_TITLED["generic_heads"]) + _NOT_WORD_AFTER)
_TYPE_AT = regex.compile(_S1 + "" + _words_re(_WORD_TO_TYPE) + _NOT_WORD_AFTER)
_REPORT_HEAD = regex.compile(_words_re(_TITLED["report_heads"]) + _NOT_WORD_AFTER)
#: The time a report covers: a year, `11 tháng`, `10 năm`, `quý I`.
_REPORT_TIME = regex.compile(
    r"(?<![\p{L}\d])(?:(?:19|20)\d\d|\d{1,2}" + _S1 + r"(?:(?i:tháng)(?:" + _S1 + r"(?i:đầu|cuối)" + _S1
    + r"(?i:năm))?|(?i:năm))|(?i:quý)" + _S1 + r"(?:[IV]{1,3}|\d))(?![\p{L}\d])"
)
_OF_BODY = regex.compile(_S1 + r"(?i:của)" + _S1 + _HEAD)
#: `của <body> về ...` right after a type word.
_OF_ISSUER_ABOUT = regex.compile(_S1 + r"(?i:của)" + _S1 + r"(?P<iss>" + _ISSUER_RE + r")" + _S1 + r"(?i:về)" + _S1
                                 + r"(?:(?i:việc)" + _S1 + r")?")
_JOINER_WORD = regex.compile(r"(?i:của|và|về)" + _NOT_WORD_AFTER)
#: `của` bodies, then the time a report covers: `của Chính phủ, Thủ tướng Chính phủ của 6 tháng đầu năm 2024`.
_OF_BODIES_THEN_TIME = regex.compile(
    _S1 + r"(?i:của)" + _S1 + _ISSUER_RE + r"(?:" + _S0 + "," + _S0 + _ISSUER_RE + r"){0,3}+" + _S1
    + r"(?:(?i:của|trong)" + _S1 + r")?(?P<time>(?:\d{1,2}" + _S1 + r"(?i:tháng)(?:" + _S1 + r"(?i:đầu|cuối))?"
    + _S1 + r"|(?i:quý)" + _S1 + r"[IV]{1,3}" + _S1 + r")?(?i:năm)" + _S1 + r"(?:19|20)\d\d)(?!\d)"
)
_REPORT_CLOSE = regex.compile(_S0 + r"(?:[;.:…\n]|\Z)|" + _S1 + r"(?i:do|được|đã" + _S1 + r"được)(?![\p{L}\d])")
#: Between a document and the plan it adopts: `Nghị quyết 60/NQ-CP thông qua Phương án ...`.
_ADOPTS = regex.compile(
    r"(?<![\p{L}\d])(?i:thông" + _S1 + r"qua|phê" + _S1 + r"duyệt|ban" + _S1 + r"hành|kèm" + _S1 + r"theo)"
    + _S1 + r"$"
)

# --- congresses and plenums --------------------------------------------------------

_ORD = r"(?P<ord>[IVXLC]{1,7}+|\d{1,2})(?![\p{L}\d])"
_PARTY_BODY = (
    r"(?i:Đảng" + _S1 + r"bộ)(?:" + _S1 + r"(?:" + _CAPWORD + _NOT_WORD_AFTER + "|" + _LEVEL
    + _NOT_WORD_AFTER + r")){0,4}+|(?i:Đảng" + _S1 + r"toàn" + _S1 + r"quốc|toàn" + _S1 + r"quốc)|(?:Đảng|ĐẢNG)(?![\p{L}\d])(?!"
    + _S1 + r"(?i:viên|ủy|uỷ|bộ)(?![\p{L}\d]))"
)
_CONGRESS = regex.compile(
    _S1 + r"(?P<dh>(?i:đại" + _S1 + r"hội)(?:" + _S1 + r"(?i:đại" + _S1 + r"biểu))?)"
    r"(?:" + _S1 + r"(?P<body1>" + _PARTY_BODY + r"))?"
    r"(?:" + _S1 + r"(?i:lần" + _S1 + r"thứ" + _S1 + r")?" + _ORD + r")?"
    r"(?:" + _S1 + r"(?P<body2>(?:(?i:của)" + _S1 + r")?(?:" + _PARTY_BODY + r")))?"
    r"(?P<term>,?" + _S1 + r"(?i:nhiệm" + _S1 + r"kỳ)" + _S1 + r"\d{4}" + _S0 + f"[{_DASH}]" + _S0
    + r"\d{4})?"
)
_ORDINAL_WORDS: dict[str, int] = _DATA["congress_resolutions"]["ordinal_words"]
_ALL_LEVELS = regex.compile(_S1 + r"(?i:các" + _S1 + r"cấp|mọi" + _S1 + r"cấp)" + _NOT_WORD_AFTER)
#: A plenum or congress after a document's number (Nghị quyết 19 Hội nghị Trung ương 6).
_PLENUM_AT = regex.compile(_S1 + r"(?:" + _PLENUM_HEAD + r"|(?i:hội" + _S1 + r"nghị|đại" + _S1 + r"hội)"
                           + _NOT_WORD_AFTER + r")")
_PLENUM_N = r"(?P<n>\d{1,2}|[IVX]{1,5}|" + _words_re(_DATA["congress_resolutions"]["ordinal_words"]) + r")(?![\p{L}\d])"
_CENTRAL = (r"(?:(?i:ban" + _S1 + r"chấp" + _S1 + r"hành)" + _S1 + r")?(?i:trung" + _S1 + r"ương)(?:" + _S1
            + r"Đảng)?")
_PLENUM = regex.compile(
    _S1 + r"(?:"
    + r"(?:(?i:hội" + _S1 + r"nghị)" + _S1 + r")?" + _CENTRAL + _S1 + r"(?:(?i:lần" + _S1 + r"thứ)" + _S1
    + r")?" + _PLENUM_N
    + r"|(?i:hội" + _S1 + r"nghị)" + _S1 + r"(?:(?i:lần" + _S1 + r"thứ)" + _S1 + r")?" + _PLENUM_N + _S1
    + r"" + _CENTRAL
    + r")(?:,?" + _S1 + r"" + r"(?P<k>" + _KHOA + r"))?"
)

#: How far an anchored pattern may read.  The ``regex`` engine scans ahead
#: for a pattern's required literal before matching; bounding ``endpos``
#: keeps each anchored match local, so the whole pass stays linear.
_WINDOW = 1000


def _at(pattern, text: str, pos: int):
    return pattern.match(text, pos, pos + _WINDOW)  # ``regex`` clamps endpos to the text


_COMMA = regex.compile(_S0 + r"," + _S0 + r"|" + _S1 + r"|" + _S0 + r"(?=\()")
_KHOA_PAREN = regex.compile(_S0 + r"\(" + _S0 + r"" + _KHOA + _S0 + r"\)")
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


def _read_date(m) -> tuple[str | None, int | None]:
    """An ISO date (or None) and the year from a ``_DATE_BODY`` match."""
    d, mo, y = m.group("d") or m.group("d2"), m.group("m") or m.group("m2"), m.group("y") or m.group("y2")
    try:
        day, month = int(d), int(mo)
    except (TypeError, ValueError):
        return None, None
    if not valid_day(int(y) if y else None, month, day):
        return None, None
    if y is None:
        return f"XXXX-{month:02d}-{day:02d}", None
    return f"{int(y):04d}-{month:02d}-{day:02d}", int(y)


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


# ------------------------------------------------------------------ reading around a mention


def _probe(step, end: int) -> int:
    """Where _WORD would match the word of a phrase step read from ``end``:
    the space before it after a dash connector, else ``end``."""
    return step.start("w") - 1 if step.group("dash") else end


def _may_hold_period(text: str, pos: int) -> bool:
    """False when no phrase read from ``pos`` can hold a period anchor, all of
    which have a year: no year in the run of phrase characters (two regex
    calls instead of reading the phrase word by word)."""
    end = _at(_PHRASE_RUN, text, pos).end()
    return end == pos + _WINDOW or _YEAR_ONLY.search(text, pos, end) is not None


def _read_phrase(text: str, pos: int, stops, *, max_words: int, stop_at_types: bool = True):
    """Words from ``pos`` up to a stop word, punctuation or another document type.

    Returns ``(end, words, anchors)``: where the phrase ends, the
    ``(start, end)`` of each word and the ends of period anchors met
    (``giai đoạn 2021-2025``, ``đến năm 2030``, ``năm 2024``).
    """
    words: list[tuple[int, int]] = []
    anchors: list[tuple[int, bool]] = []
    end = pos
    step_re = _STEP_FOR_STOPS[stops]
    while len(words) < max_words:
        step = _at(step_re, text, end)
        if not step:
            break  # no word, or a stop word
        if step.group("period"):
            anchors.append((step.end(), bool(step.group("plainyear"))))
            words.append((step.start("period"), step.end()))
            end = step.end()
            continue
        ws, we = step.span("w")
        # a type word at the word itself: what _TYPE_AT finds from the spaces
        # before it, as both read the spaces alike
        if stop_at_types and words and _at(_TYPE_WORD_AT, text, ws) \
                and not (step.group("w").casefold() == "luật" and _LAW_NOT_BEFORE.search(
                    text, max(0, _probe(step, end) - 30), _probe(step, end) + 1)):
            break  # another document starts (but kỷ luật, pháp luật are words)
        if stops is _NAME_STOP_RE and words and text[ws].isupper() and _at(_HEAD_AT, text, ws):
            break
        if text[ws].isdigit():
            n = _at(_NUMREF, text, ws)
            if n and n.group("code"):  # ... bổ sung Nghị định 61/2018/NĐ-CP: the whole code
                words.append((ws, n.end()))
                end = n.end()
                continue
            if _at(_NUM_BAD_AFTER, text, we):
                break  # a figure (100%, 1,5) starts a new clause
        words.append((ws, we))
        end = we
    return end, words, anchors


def _opening_near(text: str, pos: int) -> bool:
    """Whether `về` or an opening quote lies within _OPENING_REACH of ``pos``,
    as _KIND_BEFORE_SUBJECT, _QUOTED and _VE need there: a cheaper test than
    the regex calls, which most positions fail."""
    near = text[pos:pos + _OPENING_REACH]
    return "về" in near.lower() or any(c in near for c in _OPEN_QUOTES)


def _read_title(text: str, pos: int) -> tuple[str | None, int]:
    """A quoted title or a subject after ``về`` starting at ``pos``."""
    if not _opening_near(text, pos):
        return None, pos
    q = _at(_QUOTED, text, pos)
    if q and (q.group("lead").strip() or q.start("q") == pos or text[pos:q.start("q")].strip() == ""):
        return q.group("t").strip(), q.end()
    v = _at(_VE, text, pos)
    if v:
        q = _at(_QUOTED, text, v.end() - 1) if v.end() > 0 else None
        if q and q.start("q") - v.end() <= 1:
            return q.group("t").strip(), q.end()
        end, words = _read_subject(text, v.end() - 1)
        if words:
            return text[words[0][0]:end], end
    return None, pos


def _read_subject(text: str, pos: int, *, stops=None, max_words: int = 30,
                  stop_at_types: bool = False, list_of_verbs: bool = False) -> tuple[int, list]:
    """A subject phrase; it runs on over a comma into a list of small-letter
    words (`kinh tế, văn hóa vùng ...`) unless a clause word follows the comma.
    With ``list_of_verbs`` only a short part runs on (`sắp xếp, kiện toàn bộ
    máy`; not `sắp xếp bộ máy cấp xã, tỉnh giảm 60 xã`)."""
    stops = stops if stops is not None else _TITLE_STOP_RE
    end, words, _ = _read_phrase(text, pos, stops, max_words=max_words, stop_at_types=stop_at_types)
    part = len(words)
    for _ in range(3):
        c = _at(_TITLE_COMMA, text, end)
        if not words or not c or (list_of_verbs and _at(_CLAUSE_SUBJECT, text, c.end() - 1)):
            break
        more_end, more, _ = _read_phrase(text, c.end() - 1, stops, max_words=max_words,
                                         stop_at_types=stop_at_types)
        if not more or (list_of_verbs and part > 2 and len(more) > 3):
            break  # a long phrase after a long one: a new clause, not a list
        end = more_end
        words = words + more
        part = len(more)
    return end, words


def _read_tail(text: str, m: _Mention, pos: int, *, title_after_date: bool) -> int:
    """Fill date, year, issuer and title from the words right after a mention."""
    after_date = False
    for _ in range(6):
        p = pos
        comma = _at(_COMMA, text, p)
        q = comma.end() if comma else p
        d = _at(_DATE_AFTER, text, q) if m.issued_date is None else None
        if d:
            iso, year = _read_date(d)
            if iso:  # a date without its year stays XXXX-MM-DD until the record is made
                m.issued_date = iso
                m.year = m.year or year
            pos = d.end()
            after_date = True
            continue
        y = _at(_YEAR_AFTER, text, p) if m.year is None else None
        if y and not comma or (y and p == m.end):
            m.year = int(y.group()[-4:])
            pos = y.end()
            continue
        i = _at(_ISSUER_OF, text, q) if m.issuer is None else None
        if i:
            m.issuer = i.group("iss").strip()
            pos = i.end()
            k = _at(_KHOA_PAREN, text, pos)
            if k:
                pos = k.end()
            continue
        i = _at(_ISSUER_BARE, text, q) if comma and not comma.group().strip() and m.issuer is None else None
        if i and (not _at(_SUBJECT_VERB, text, i.end()) or _at(_PASSIVE, text, i.end())):
            m.issuer = i.group("iss").strip()
            pos = i.end()
            continue
        i = _at(_ISSUER_BY, text, q) if m.issuer is None else None
        if i:
            m.issuer = i.group("iss").strip()
            pos = i.end()
            continue
        if m.title is None:
            t, e = _read_title(text, p)
            if t:
                m.title = t
                pos = e
                if m.issued_date is None:
                    c2 = _at(_COMMA, text, pos)
                    d = _at(_DATE_ISSUED, text, c2.end() if c2 else pos)
                    if d:
                        iso, year = _read_date(d)
                        if iso:
                            m.issued_date, m.year = iso, m.year or year
                            pos = d.end()
                break
            w = _at(_WORD, text, p) if comma and not comma.group().strip() else None
            # a subject without `về`: right after the date (Nghị quyết số 03 ngày
            # 29/4/2021 đẩy mạnh ...), or opened by a verb that names what a
            # document does (... của Thủ tướng phê duyệt Đề án ...)
            if w and title_after_date and (after_date or _at(_TITLE_VERB, text, w.start("w"))):
                if text[w.start("w")].islower() and not _at(_TITLE_STOP_RE, text, w.start("w")) \
                        and not _at(_DATE_WORD_AFTER, text, p):
                    end, words = _read_subject(text, p)
                    if len(words) >= 2:
                        m.title = text[words[0][0]:end]
                        pos = end
                        break
        break
    return pos


def _ends_with(reversed_pattern, window: str) -> bool:
    """Whether a pattern ending in ``$`` has a match in ``window``, given the
    pattern compiled reversed (``(?r)``): its ``match`` is anchored at the end,
    so only the two places where ``$`` holds (the end, and before a final line
    break) are tried, not every position as a ``search`` would."""
    return bool(reversed_pattern.match(window)
                or window.endswith("\n") and reversed_pattern.match(window, 0, len(window) - 1))


def _issuer_before_tail(window: str) -> bool:
    """Whether ``window`` ends as _ISSUER_BEFORE must."""
    return _ends_with(_ISSUER_BEFORE_TAIL, window)


def _read_before(text: str, m: _Mention) -> None:
    """An issuer (and a date or year) in the clause that issues the mention."""
    reach = max(0, m.start - _BEFORE_REACH)
    # The tail test has no look-behind, so it fails on the clause's window if
    # it fails on this longer one (same end): most mentions then need no
    # sentence start (a regex scan).
    if not _issuer_before_tail(text[reach:m.start]):
        return
    lo = max(_clause_window_start(text, m.start), reach)
    window = text[lo:m.start]
    b = _ISSUER_BEFORE.search(window) if lo == reach or _issuer_before_tail(window) else None
    if not b:
        return
    if m.issuer is None:
        m.issuer = b.group("iss").strip()
        m.issuer_before = True
    if b.group("between") and m.issued_date is None:
        iso, year = _read_date(b)
        if iso:
            m.issued_date, m.year = iso, m.year or year
            return
    before = window[:b.start()]
    d = _DATE_BEFORE.search(before[-40:])
    if d and m.issued_date is None:
        iso, year = _read_date(d)
        if iso:
            m.issued_date, m.year = iso, m.year or year
        return
    y = _YEAR_BEFORE.search(before[-20:])
    if y and m.year is None:
        m.year = int(y.group("y"))


# ------------------------------------------------------------------ anchors


def _numbered(text: str, a, doc_type: str, type_name: str, is_abbr: bool) -> list[_Mention]:
    e = a.end()
    after = text[e:e + 2]
    if after[:1] == " " and after[1:].isascii() and after[1:].isalpha() and after[1:] not in "sS" \
            and (is_abbr or "số" not in text[e:e + 40].lower()):
        # The usual case, decided without _NUM_LEAD: one space, then a word
        # that is not `số` and no kind word before a `số` (see below).
        return []
    lead = _at(_NUM_LEAD, text, e)
    if not lead:
        return []
    c = text[lead.end():lead.end() + 1]
    if not is_abbr and not c.isdigit() and "số" in text[e:e + 40].lower():
        # a kind word between type and number: Chương trình hành động số 12-CTr/TU
        mod = _at(_TYPE_MODIFIER, text, e)
        if mod:
            type_name = text[a.start():mod.end("mod")]
            lead = mod
            c = text[lead.end():lead.end() + 1]
    if c.isascii() and not c.isdigit():
        return []  # _NUMREF opens with a digit: most type words are followed by a word
    so = lead.group("so")
    has_so = "ố" in so.casefold() or ":" in so
    first = _at(_NUMREF, text, lead.end())
    if not first:
        return []
    items = [first]
    coded = bool(first.group("code"))
    if not coded and (
            # a colon without `số` opens a number only with its code: `dẫn chương
            # trình: 90` (the host's age), `quy định: 1.` (a list item)
            "ố" not in so.casefold() and ":" in so
            # a project's number names a project, a management board or an address
            # (Ban Quản lý dự án 2, dự án 25 Lê Lợi): only a code makes it a document's
            or doc_type in _CODE_ONLY_TYPES):
        return []
    if not has_so and not coded and _fold(type_name) in _YEAR_NAMED_WORDS \
            and _YEAR_ONLY.fullmatch(first.group("num")):
        return []  # Hiến pháp 2013, kế hoạch 2017: the year of a law or a plan, not its number
    verdict = _number_ok(text, first, has_so=has_so, capital=type_name[0].isupper(), doc_type=doc_type,
                         is_abbr=is_abbr, option=_fold(type_name) in _OPTION_WORDS)
    if not verdict:
        return []
    if verdict == "yes" and type_name.isupper() and not has_so and not coded and not is_abbr:
        # a type word in capitals with a bare number is a label (rows of a
        # schedule: KẾ HOẠCH  10, KẾ HOẠCH  11); as a heading it repeats a
        # document the text names in full, so it only joins one
        verdict = "weak"
    if verdict == "weak":
        # "NQ 03", "quyết định 2468": too loose to name a document alone, but
        # a further mention of one already named
        m = _Mention(start=a.start(), end=first.end(), doc_type=doc_type, type_name=type_name,
                     number=first.group("num"), needs_antecedent=True)
        m.tail = first.end()
        return [m]
    # later numbers of a list
    pos = first.end()
    pending: list = []
    while len(items) + len(pending) < 20:
        sep = _at(_LIST_SEP, text, pos)
        if not sep:
            break
        n = _at(_NUMREF, text, sep.end())
        if not n or _number_ok(text, n, has_so=True, capital=True, doc_type=doc_type, is_abbr=False) != "yes":
            break
        pending.append(n)
        if sep.group("va1") or sep.group("va2") or n.group("code"):
            items.extend(pending)
            pending = []
        pos = n.end()
    shared = items[-1].group("code")
    tail = shared if shared and len(items) > 1 else None
    out = []
    for k, n in enumerate(items):
        code = n.group("code")
        written = n.group("num") + code if code else None
        if written is None and tail and k < len(items) - 1:
            written_code = n.group("num") + tail
        else:
            written_code = written
        start = a.start() if k == 0 else n.start()
        m = _Mention(start=start, end=n.end(), doc_type=doc_type, type_name=type_name, number=n.group("num"),
                     code=written_code, group=a.start())
        y = n.group("year") or n.group("yearonly")
        if y and 1900 <= int(y) <= 2100:
            m.year = int(y)
        elif written_code:
            m.year = _code_year(written_code)
        m.tail = n.end()
        out.append(m)
    return out


def _number_ok(text: str, n, *, has_so: bool, capital: bool, doc_type: str, is_abbr: bool,
               option: bool = False) -> str:
    """``"yes"``, ``"weak"`` (only as a further mention) or ``""`` for a number after a type word."""
    end = n.end()
    code = n.group("code")
    if not code and _at(_NUM_BAD_AFTER, text, end):
        return ""
    if code:
        return "yes"
    dated = _at(_YEAR_AFTER, text, end) or _at(_DATE_WORD_AFTER, text, end)
    # the body that issued it may follow the number (Chỉ thị 05 Bộ Chính trị: not 5 sets)
    body_after = _at(_NAME_AFTER, text, end) and (_at(_HEAD_AT, text, end + _spaces(text, end))
                                                  or _at(_PLENUM_AT, text, end))
    if not dated and not body_after and _at(_COUNT_AFTER, text, end):
        return ""
    if not has_so and not body_after and _at(_NAME_AFTER, text, end) and not _at(_TYPE_AT, text, end):
        return ""
    if (is_abbr or option) and not has_so:
        return "weak"
    if dated:
        return "yes"
    if not has_so and (doc_type in _VERB_LIKE and not capital or doc_type == "cong_van"):
        return "weak"
    return "yes"


def _spaces(text: str, pos: int) -> int:
    """How many spaces (at most 8) start at ``pos``."""
    n = 0
    while n < 8 and pos + n < len(text) and text[pos + n] in " \t\xa0":
        n += 1
    return n


def _congress(text: str, a, type_name: str) -> _Mention | None:
    c = _at(_CONGRESS, text, a.end())
    if c:
        ordv = c.group("ord")
        body = c.group("body1") or (c.group("body2") or "")
        term = c.group("term")
        if ordv:
            end = c.end("ord")
        elif c.group("body1"):
            end = c.end("term") if term and not term.startswith(",") else c.end("body1")
        elif term and not term.startswith(","):
            end = c.end("term")
        else:
            end = c.end("dh")
        issuer_end = max(c.end("body2") if c.group("body2") else -1, c.end("body1") if c.group("body1") else -1,
                         c.end("ord") if ordv else -1, c.end("dh"))
        if _at(_ALL_LEVELS, text, max(end, issuer_end)):
            return None  # nghị quyết đại hội Đảng các cấp: the resolutions of every level, no one document
        body_key = _norm(_CUA_LEAD.sub("", body)) or None
        m = _Mention(start=a.start(), end=end, doc_type="nghi_quyet", type_name=type_name,
                     issuer=text[c.start("dh"):issuer_end],
                     key=("congress", _ordinal(ordv), body_key))
        m.needs_antecedent = not (ordv or body or term)
        m.tail = max(end, issuer_end)
        return m
    p = _at(_PLENUM, text, a.end())
    if p:
        m = _Mention(start=a.start(), end=p.end(), doc_type="nghi_quyet", type_name=type_name,
                     key=("plenum", _ordinal(p.group("n")), _norm(p.group("k")) or None))
        m.tail = p.end()
        return m
    return None


def _named_law(text: str, a, doc_type: str, type_name: str, *, amending: bool = True) -> _Mention | None:
    pos = a.end()
    if doc_type == "hien_phap":
        y = _at(_LAW_YEAR, text, pos)
        if not y and not type_name[0].isupper():
            return None
        end = y.end() if y else pos
        m = _Mention(start=a.start(), end=end, doc_type=doc_type, type_name=type_name,
                     year=int(y.group("y")) if y else None, key=("name", "hiến pháp"))
        m.tail = end
        return m
    if not type_name[0].isupper():
        # a small-letter law word (pháp luật, kỷ luật ...) names a law only
        # before a capital (see first_cap below): tested first, as the tests
        # in between only rule mentions out
        w = _at(_WORD, text, pos)
        if not w or not text[w.start("w")].isupper():
            return None
    if _ends_with(_LAW_NOT_BEFORE_END, text[max(0, a.start() - 30):a.start()]):
        return None
    if amending and doc_type == "luat" and type_name[0].isupper():
        amending = _amending_law(text, a, type_name)
        if amending:
            return amending
    if _at(_LAW_NOT_AFTER, text, pos):
        return None
    # "Luật" is also a given name (ông Luật, Lê Văn Luật): a law is not
    # introduced by a person word or glued to a capitalised name before it
    prev = _PREVIOUS_WORD.search(text, max(0, a.start() - 30), a.start())
    if prev and (_at(_PERSON_WORD, text, prev.start("w"))
                 or (prev.group("w")[0].isupper() and not _sentence_start(text, prev.start("w"))
                     and not _at(_HEAD_AT, text, prev.start("w")))):
        return None
    w = _at(_WORD, text, pos)
    if not w:
        return None
    first_cap = text[w.start("w")].isupper()
    if not first_cap and (not type_name[0].isupper() or _sentence_start(text, a.start())):
        return None
    if _at(_NAME_STOP_RE, text, w.start("w")) or w.group("w").isdigit() or _at(_TYPE_AT, text, pos):
        return None
    if first_cap and _place_at(text, w.start("w")):
        return None  # Luật Hàn Quốc, luật Việt Nam: a country's law in general, not a law's name
    end = pos
    n_words = 0
    while n_words < 10:
        w = _at(_WORD, text, end)
        if w and n_words and _at(_LAW_AND, text, end):
            # Luật Khoa học và Công nghệ: `và` before a capitalised word that
            # starts no other document or body joins one name
            nxt = _at(_WORD, text, _at(_LAW_AND, text, end).end() - 1)
            if nxt and text[nxt.start("w")].isupper() and not _at(_TYPE_WORD_AT, text, nxt.start("w")) \
                    and not _at(_HEAD_AT, text, nxt.start("w")) and not _at(_NUMBER_AFTER, text, nxt.end()):
                end = nxt.end()
                n_words += 2
                continue
        if not w or _at(_NAME_STOP_RE, text, w.start("w")) or w.group("w")[0].isdigit():
            c = _at(_LAW_COMMA_CONT, text, end)
            if c and n_words:
                w = _at(_WORD, text, c.end() - 1)
                if w:
                    end = w.end()
                    n_words += 1
                    continue
            break
        if n_words and _at(_TYPE_AT, text, end):
            break
        if n_words and (_at(_DAY_MONTH_AFTER, text, w.end()) or text[w.start("w")].isupper()
                        and not first_cap and n_words == 1 and _at(_HEAD_AT, text, w.start("w"))):
            # one small word before a body is a verb and its object (dự thảo Bộ
            # luật trình Quốc hội; but Luật tổ chức Quốc hội), and no name runs
            # into a sentence whose full stop was lost (... Luật Quản lý thuế Chiều 12/6, ...)
            break
        end = w.end()
        n_words += 1
    if not n_words or not first_cap and n_words < 2:
        # one small word after `Luật` is the verb of `the Law` (Luật giao, Luật vừa
        # được thông qua); a small-letter name has two words or more (Luật an toàn thực phẩm)
        return None
    name = text[pos:end].strip()
    year = None
    full_end = end
    paren = _at(_LAW_PAREN, text, full_end)
    if paren:
        full_end = paren.end()
        name += " (sửa đổi)"
    y = _at(_LAW_YEAR, text, full_end)
    if y:
        year = int(y.group("y"))
        full_end = y.end()
    m = _Mention(start=a.start(), end=full_end, doc_type=doc_type, type_name=type_name, year=year,
                 title=text[pos:end].strip(), key=("name", _norm(name)))
    if _fold(type_name) in _CHARTER_WORDS:
        m.issuer = m.title  # Điều lệ Đảng: the charter of the body it names
    # Luật Đất đai số 31/2024/QH15: the name, then its number and code
    lead = _at(_NUM_LEAD, text, full_end)
    if lead and "ố" in lead.group("so").casefold():
        n = _at(_NUMREF, text, lead.end())
        if n and n.group("code"):
            m.number, m.code = n.group("num"), n.group("num") + n.group("code")
            m.year = m.year or _code_year(m.code)
            m.end = n.end()
    m.tail = m.end
    return m


def _place_at(text: str, pos: int) -> bool:
    """Whether the words at ``pos`` are a country, province, city or district
    of the place gazetteer (up to four words: Hàn Quốc, Bà Rịa - Vũng Tàu)."""
    words = text[pos:pos + 40].split()
    return any(_PLACES.get(" ".join(words[:k]).rstrip(",.;:)")) in _PLACE_KINDS for k in range(1, min(4, len(words)) + 1))


def _amending_law(text: str, a, type_name: str) -> _Mention | None:
    """`Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật
    Viên chức` is the name of one law: the amending law, through the names of
    the laws it amends (which are not mentioned as documents of their own)."""
    lead = _at(_AMENDING_LEAD, text, a.end())
    if not lead:
        return None
    end = name_end = lead.end()
    year = None
    for _ in range(6):
        inner = _at(_LAW_WORD_AT, text, end)
        if not inner:
            break
        one = _named_law(text, _Anchor(inner.start("w"), inner.end(), word=inner.group("w")), "luat",
                         inner.group("w"), amending=False)
        w = _at(_WORD, text, inner.end())
        if one is None or not one.title or not w:
            break
        name_end = w.start("w") + len(one.title)
        end, year = one.end, one.year  # a year after the last name is the amending law's
        more = _at(_LAW_LIST_SEP, text, end)
        if year or not more or not _at(_LAW_WORD_AT, text, more.end()):
            break
        end = more.end()
    if name_end == lead.end():
        return None
    title = text[a.end():name_end].strip()
    m = _Mention(start=a.start(), end=max(end, name_end), doc_type="luat", type_name=type_name, year=year,
                 title=title, key=("name", _norm(title)))
    m.tail = m.end
    return m


def _titled(text: str, a, doc_type: str, type_name: str) -> _Mention | None:
    rules = _TITLED_RULES.get(_fold(a.group("word") or type_name)) or _TITLED_RULES.get(doc_type)
    if not rules:
        return None
    m = _read_titled(text, a, doc_type, type_name, rules)
    # A generic determiner before the type word (các kế hoạch; nhiều văn bản,
    # Chỉ thị về ...) rules the mention out.  It is tested only once a mention
    # is read, since most type words read none (the reading has no side effects).
    if m is not None and (_GENERIC_BEFORE.search(text[max(0, a.start() - 20):a.start()])
                          or _GENERIC_LIST_BEFORE.search(text, max(0, a.start() - 40), a.start())):
        return None
    return m


def _read_titled(text: str, a, doc_type: str, type_name: str, rules) -> _Mention | None:
    """The unnumbered document that ``_titled`` reads at anchor ``a``, by ``rules``."""
    pos = a.end()
    capital = type_name[0].isupper() and not type_name.isupper() or type_name.isupper()
    before = text[max(0, a.start() - 20):a.start()]

    def indefinite() -> bool:  # a regex search, so made only where a rule asks
        return bool(_INDEFINITE_BEFORE.search(before))

    def make(end, title):
        m = _Mention(start=a.start(), end=end, doc_type=doc_type, type_name=type_name, title=title,
                     key=("title", _norm(title)))
        m.tail = end
        return m

    o = _at(_OF_ISSUER_ABOUT, text, pos) if "issuer_subject" in rules and capital else None
    if o:
        # Nghị quyết của Đảng ủy xã về ... giai đoạn 2021-2025: the body that
        # issued it, then its subject; the span of years makes it one document
        # (not `Nghị quyết của Đảng về công tác cán bộ`, resolutions in general)
        end, words, anchors = _read_phrase(text, o.end() - 1, _TITLE_STOP_RE, max_words=30)
        if words and any(not plain for _, plain in anchors):
            m = make(end, text[words[0][0]:end])
            m.issuer = o.group("iss").strip()
            return m
    # (most type words have no title opening after them)
    has_opening = _opening_near(text, pos)
    k = _at(_KIND_BEFORE_SUBJECT, text, pos) if has_opening else None
    if k:  # Nghị quyết chuyên đề về ...: the kind word stays in type_name
        type_name = text[a.start():k.end("kind")]
        pos = k.end("kind")
    q = _at(_QUOTED, text, pos) if has_opening else None
    if q and ("quoted" in rules or "quoted_period" in rules and _holds_span(q.group("t"))) \
            and (q.group("lead").strip() or q.start("q") - pos <= 1) \
            and _quote_is_title(q.group("t"), verb=doc_type in _VERB_LIKE and not type_name[0].isupper(),
                                verb_titles="quoted_after_verb" in rules):
        return make(q.end(), q.group("t").strip())
    v = _at(_VE, text, pos) if has_opening else None
    if v and "subject" in rules:
        end, words, anchors = _read_phrase(text, v.end() - 1, _TITLE_STOP_RE, max_words=30)
        if words and (capital or any(not plain for _, plain in anchors)):
            return make(end, text[words[0][0]:end])
        return None
    mixed_case = type_name[0].isupper() and not type_name.isupper()
    if not mixed_case and not rules & {"period", "span_period", "name", "head_name"}:
        return None  # the rules below need a capitalised type word, or a period or name rule
    w = _at(_WORD, text, pos)
    if not w:
        return None
    if rules & {"period", "span_period"} and not _at(_GENERIC_HEAD, text, w.start("w")) \
            and _may_hold_period(text, pos):
        end, words, anchors = _read_phrase(text, pos, _PERIOD_STOP_RE, max_words=16)
        # a plain year (năm 2017) dates an event as well as a plan: `span_period`
        # types need the span a plan covers (giai đoạn 2021-2025, đến năm 2030)
        plain_ok = capital and "period" in rules
        usable = [(e, plain) for e, plain in anchors if not plain or plain_ok]
        if usable and words and words[0][1] < usable[-1][0] and not _at(_PERIOD_ANCHOR, text, pos):
            end = usable[-1][0]
            return make(end, text[words[0][0]:end])
    if "head_name" in rules and _at(_NAME_HEAD, text, pos):
        # fixed names written in small letters: Chương trình tổng thể ..., mục tiêu quốc gia ...
        end, words, anchors = _read_phrase(text, pos, _PERIOD_STOP_RE, max_words=14)
        if anchors:
            end = anchors[-1][0]
        return make(end, text[words[0][0]:end])
    first_upper = text[w.start("w")].isupper()
    if "name" in rules and first_upper and not _at(_HEAD_AT, text, w.start("w")) \
            and not _at(_TYPE_AT, text, pos) and not w.group("w").isupper() \
            and not (doc_type in _VERB_LIKE and (not mixed_case or _sentence_start(text, a.start())
                                                 or "report" in rules and _at(_REPORT_HEAD, text, w.start("w")))):
        # a verb-like word before a name is the verb and its object when written
        # small or opening a sentence (báo cáo Thường trực HĐND = report to ...;
        # Báo cáo Tổng cục ...); a report title opening with a report word is
        # read by the report rule below
        end, words, _ = _read_phrase(text, pos, _NAME_STOP_RE, max_words=10)
        if not words and doc_type in _VERB_LIKE:
            # a capitalised first word is a name's, even when its small form is a
            # function word (Báo cáo Chỉ số ...: chỉ = only)
            end, words, _ = _read_phrase(text, w.end(), _NAME_STOP_RE, max_words=9)
            words = [w.span("w")] + words
            end = max(end, w.end())
        if words:
            return make(end, text[words[0][0]:end])
    opening = _sentence_start(text, a.start())
    phrase_rule = mixed_case and not first_upper and not w.group("w")[0].isdigit() and ("verb_phrase" in rules or (
        "issued_phrase" in rules and _ISSUING_BEFORE.search(text, max(0, a.start() - 40), a.start())))
    if phrase_rule and not indefinite() \
            and not _at(_PHRASE_STOP_RE, text, w.start("w")) and not _at(_GENERIC_HEAD, text, w.start("w")) \
            and (opening or not _SUBJECT_BEFORE.search(text, max(0, a.start() - 30), a.start())):
        # the type word as an object (... thông qua Đề án sắp xếp ...), not the
        # subject of a clause (Theo đó, Nghị quyết tập trung vào ...)
        end, words = _read_subject(text, pos, stops=_PHRASE_STOP_RE, max_words=12, stop_at_types=True,
                                   list_of_verbs=True)
        only_kind = _at(_KIND_WORD, text, words[0][0]) if words else None
        if len(words) >= 2 and not (only_kind and only_kind.end() >= end):
            m = make(end, text[words[0][0]:end])
            # opening a sentence it is the subject: only a repeat of a plan already named
            m.needs_antecedent = opening
            return m
    if "report" in rules and mixed_case and not indefinite() and _at(_REPORT_HEAD, text, w.start("w")):
        # Báo cáo tình hình kinh tế - xã hội 11 tháng năm 2024: a report is
        # named by what it reports on and the time it covers.  At a sentence
        # start `Báo cáo kết quả năm 2023, ông A cho biết` is the verb, so
        # there the title must close the clause (an agenda item) or be followed
        # by the passive `do ... trình bày`, `được ...`.
        end, words = _read_subject(text, pos, stops=_TITLE_STOP_RE, max_words=30, stop_at_types=True)
        of = _OF_BODY.search(text, pos, end)
        if of:  # ... năm 2022 của UBND huyện: the issuer, read after the mention
            end = of.start()
            words = [x for x in words if x[1] <= end]
            later = _at(_OF_BODIES_THEN_TIME, text, end)
            if later and words and not _REPORT_TIME.search(text, words[0][0], end):
                # ... điều hành của Chính phủ, Thủ tướng của 6 tháng đầu năm 2024: the
                # time comes after the bodies reported on, and the title runs through it
                end = later.end()
                words.append((later.start("time"), end))
        last = None
        for last in _REPORT_TIME.finditer(text, words[0][0] if words else pos, end):
            pass
        if last is not None:  # the title ends with the time it covers
            end = last.end()
            words = [x for x in words if x[0] < end]
        # or it reports on a document named right after (Báo cáo thẩm tra dự thảo Luật ...)
        about = last is None and words and _at(_TYPE_AT, text, end)
        if about and len(words) > 2 and _at(_JOINER_WORD, text, words[-1][0]):
            words = words[:-1]  # ... tác động môi trường của | Dự án ...: the joiner is not the title's
            end = words[-1][1]
        if (last is not None or about) and len(words) >= 2 \
                and (not _sentence_start(text, a.start()) or _at(_REPORT_CLOSE, text, end)):
            return make(end, text[words[0][0]:end])
    return None


def _camera_speed(a) -> bool:
    """`ISO 100`, `ISO 3200`: a bare ISO with a film speed (100 doubled) and no
    year or national prefix is a camera's light sensitivity, not a standard."""
    written, num = a.group("std"), a.group("stdnum")
    if not num or a.group("stdyear") or not written.startswith(tuple(_STANDARDS["international"])):
        return False
    n = int(num)
    return n >= 100 and n % 100 == 0 and (n // 100) & (n // 100 - 1) == 0


def _standard(text: str, a) -> _Mention:
    written = a.group("std")
    num = a.group("stdnum") or a.group("tcvnnum")
    year = a.group("stdyear") or a.group("tcvnyear")
    type_name = next(p for p in (*_STANDARDS["national"], *_STANDARDS["international"]) if written.startswith(p))
    m = _Mention(start=a.start(), end=a.end(), doc_type=_DATA["standards"]["doc_type"], type_name=type_name, code=written,
                 year=int(year) if year else None, key=("standard", num))
    m.tail = a.end()
    return m


# ------------------------------------------------------------------ linking


def _compatible(doc: _Doc, m: _Mention) -> bool:
    f = doc.first
    if f.doc_type != m.doc_type:
        return False
    if f.key and m.key and f.key[0] == m.key[0] == "name":
        # laws by name; a number written with one mention must not clash
        if f.key != m.key:
            return False
        number = doc.number
        if number and m.number and _norm_number(number) != _norm_number(m.number):
            return False
    elif m.number is not None:
        if f.number is None or _norm_number(f.number) != _norm_number(m.number):
            return False
    elif f.number is not None or f.key is None or m.key is None:
        return False
    elif f.key[0] != m.key[0]:
        return False
    elif f.key[0] in ("congress", "plenum"):
        if m.needs_antecedent:
            return True
        for i in (1, 2):
            if f.key[i] is not None and m.key[i] is not None and f.key[i] != m.key[i]:
                return False
    elif f.key[0] == "title":
        # a shorter title is a further mention of a longer one (Chương trình
        # tổng thể ... / Chương trình tổng thể ... giai đoạn 2021-2030)
        a, b = f.key[1], m.key[1]
        short, long = (a, b) if len(a) <= len(b) else (b, a)
        if not (short == long or long.startswith(short + " ") or long.startswith(short + ",")):
            return False
    elif f.key != m.key:
        return False
    code = doc.get("code")
    if code and m.code and f.key is None and not _codes_compatible(code, m.code):
        return False
    year = doc.get("year")
    if year and m.year and year != m.year:
        return False
    date = doc.get("issued_date")
    if date and m.issued_date and not _same_date(date, m.issued_date):
        return False
    issuer = doc.get("issuer")
    if issuer and m.issuer:
        a, b = _norm(issuer), _norm(m.issuer)
        if a not in b and b not in a:
            return False
    return True


def _identity(m: _Mention) -> tuple:
    """Mentions that may name the same document share this."""
    if m.key and m.key[0] == "name":
        return (m.doc_type, m.key)
    if m.number is not None:
        return (m.doc_type, "number", _norm_number(m.number))
    kind = m.key[0] if m.key else None
    if kind in ("congress", "plenum", "title"):
        return (m.doc_type, kind)
    return (m.doc_type, m.key)


def _link(mentions: list[_Mention]) -> list[_Doc]:
    docs: list[_Doc] = []
    by_identity: dict[tuple, list[_Doc]] = {}
    for m in mentions:
        candidates = by_identity.setdefault(_identity(m), [])
        match = next((doc for doc in reversed(candidates) if _compatible(doc, m)), None)
        if match is None:
            if m.needs_antecedent:
                continue
            doc = _Doc()
            doc.add(m)
            docs.append(doc)
            candidates.append(doc)
        else:
            match.add(m)
    return docs


def _same_date(a: str, b: str) -> bool:
    """ISO dates, where XXXX (a year not written) matches any year."""
    if a.startswith("XXXX") or b.startswith("XXXX"):
        return a[4:] == b[4:]
    return a == b


def _record(doc: _Doc, text: str, pub_year: int | None = None) -> LegalDocument:
    f = doc.first
    number = next((m.number for m in doc.mentions if m.number), None)
    codes = [m.code for m in doc.mentions if m.code]
    # the fullest reference written: 61/2018/NĐ-CP rather than an earlier 61/2018
    code = max(codes, key=lambda c: tuple(bool(x) for x in _code_parts(c))) if codes else None
    year = doc.get("year")
    issued = doc.get("issued_date")
    if issued and issued.startswith("XXXX"):
        # a day and month written alone: the document's year, else the article's,
        # else the year stays XXXX (the convention of date values: nothing is lost)
        fill = year or pub_year
        if fill:
            issued = f"{fill:04d}{issued[4:]}"
    if year is None and issued and not issued.startswith("XXXX"):
        year = int(issued[:4])
    written = [m.issuer for m in doc.mentions if m.issuer]
    issuer = next((i for i in written if not i.isupper()), written[0] if written else None)
    title = doc.get("title")
    mentions = [Span(text=text[m.start:m.end], start=m.start, end=m.end) for m in doc.mentions]
    return LegalDocument(doc_type=f.doc_type, type_name=f.type_name, number=number, code=code, year=year,
                         issued_date=issued, issuer=issuer, issuer_from_code=_code_issuer(code), title=title,
                         mentions=mentions)


# ------------------------------------------------------------------ public API


#: A full stop, unless it ends an abbreviation that prefixes names (TP. Hải Phòng).
_SENTENCE_END = regex.compile(
    r"(?<!(?<![\p{L}])(?:TP|Tp|TX|P|Q|ThS|TS|PGS|GS|BS|Th|St))[.!?](?=[ \t\xa0]{1,8}+[\p{Lu}“\"]|[ \t\xa0]{0,8}+\n)|\n"
)


#: How far before a mention :func:`_read_before` reads.
_BEFORE_REACH = 200


def _clause_window_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts, as far as :func:`_read_before`
    needs it: the last sentence end in the ``_BEFORE_REACH`` characters
    before ``pos``, else 0 (every sentence end is one character, so a window
    finds the same ones as a scan of the whole text; it runs on a little
    past ``pos`` for the look-ahead)."""
    start = 0
    for m in _SENTENCE_END.finditer(text, max(0, pos - _BEFORE_REACH), pos + 16):
        if m.end() > pos:
            break
        start = m.end()
    return start


def find_legal_mentions(text: str) -> list[_Mention]:
    """Every document mention in ``text`` with what is written around it (step 1 and 2)."""
    mentions: list[_Mention] = []
    consumed = 0
    for a in _anchors(text):
        if a.start() < consumed:
            continue
        if a.group("std"):
            if _camera_speed(a):
                continue
            found = [_standard(text, a)]
        else:
            abbr = a.group("abbr")
            is_abbr = abbr is not None
            written = abbr if is_abbr else a.group("word")
            doc_type = _ABBR_TO_TYPE[written] if is_abbr else _WORD_TO_TYPE[_fold(written)]
            if doc_type == "luat" and text[a.end():a.end() + 1] == "-":
                continue
            found = _numbered(text, a, doc_type, written, is_abbr)
            if not found and not is_abbr:
                one = None
                if doc_type == "nghi_quyet":
                    one = _congress(text, a, written)
                named = _fold(written) in _NAMED_WORDS
                if one is None and named:
                    one = _named_law(text, a, doc_type, written)
                if one is None and not named:
                    one = _titled(text, a, doc_type, written)
                found = [one] if one else []
            # Checked only for a mention found (the readers above have no side
            # effects): most type words start none, and these tests would cost
            # two regex calls at each.
            if found and (not is_abbr and _BODY_BEFORE.search(text[max(0, a.start() - 20):a.start()])
                          or _at(_NOT_A_TYPE_AFTER, text, a.end())):
                continue  # part of a body's name (Sở Kế hoạch và Đầu tư) or another word (Nghị định thư)
        if not found:
            continue
        mentions.extend(found)
        consumed = max(m.end for m in found)

    if not mentions:
        return mentions
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
        last = members[-1]
        # attributes after the (last) number are shared by the whole list
        probe = _Mention(start=m.start, end=last.end, doc_type=m.doc_type, type_name=m.type_name,
                         year=last.year, title=m.title)
        end = _read_tail(text, probe, max(last.tail, last.end), title_after_date=m.number is not None)
        _read_before(text, probe)
        # a list continuing the previous mention inherits what issued it
        if probe.issuer is None and previous is not None and previous.issuer_before:
            gap = text[previous.tail:m.start]
            if _LIST_GAP.fullmatch(gap):
                probe.issuer, probe.issuer_before = previous.issuer, True
        for x in members:
            x.issued_date = x.issued_date or probe.issued_date
            x.issuer = x.issuer or probe.issuer
            x.issuer_before = x.issuer_before or probe.issuer_before
            x.title = x.title or probe.title
            if x.year is None and probe.year is not None:
                x.year = probe.year
            x.tail = max(x.tail, end)
        if m.group >= 0:
            done_groups.add(m.group)
        previous = last
    _share_issuer_back(text, mentions)
    _absorb_adopted(text, mentions)
    return mentions


def _share_issuer_back(text: str, mentions: list[_Mention]) -> None:
    """``Quyết định số 12/QĐ-UBND, Quyết định số 13/QĐ-UBND của UBND tỉnh``: the
    issuer written after the last of a list of documents of one type issued
    them all.  A mention takes it from the next one when only a list joiner
    (``,``, ``và``) stands between them, both are of one type, it has no
    issuer of its own, and its code (if any) has the same suffix."""
    for prev, nxt in zip(reversed(mentions[:-1]), reversed(mentions)):
        if (prev.issuer is not None or nxt.issuer is None or nxt.issuer_before
                or prev.doc_type != nxt.doc_type or not _LIST_GAP.fullmatch(text[prev.tail:nxt.start])):
            continue
        if prev.code and (not nxt.code or _code_parts(prev.code)[0] != _code_parts(nxt.code)[0]):
            continue
        prev.issuer = nxt.issuer


def _absorb_adopted(text: str, mentions: list[_Mention]) -> None:
    """A plan or scheme that a numbered document adopts is that document's
    subject, not a document of its own: in `Nghị quyết 60/NQ-CP thông qua
    Phương án đơn giản hóa ...` the title read after the resolution covers the
    plan.  Its later mentions join it and are dropped with it."""
    owner: _Mention | None = None
    for m in mentions:
        if m.number is not None:
            owner = m
            continue
        if owner is None or not m.key or m.key[0] != "title" or not (owner.end <= m.start < owner.tail):
            continue
        if not owner.title or not _ADOPTS.search(text, max(owner.end, m.start - 40), m.start):
            continue
        if not _holds_span(m.key[1]):
            m.absorbed = True
        elif m.issuer is None:
            # a programme for a span of years is referred to on its own for that
            # span (`Chính phủ có Nghị quyết 30c/NQ-CP ban hành Chương trình tổng
            # thể ... giai đoạn 2011-2020` names two documents), issued by the
            # body that issued the document adopting it
            m.issuer, m.issuer_before = owner.issuer, owner.issuer_before


def find_legal_documents(text: str, *, dates: list[DateMention] | None = None,
                         pub_year: int | None = None) -> list[LegalDocument]:
    """One record per distinct document referred to in ``text``.

    An issue date written without its year (``ngày 6/2``) takes the year of
    the document's code, else ``pub_year`` (the article's), else is dropped.
    ``dates`` (the dates stage's output) is accepted for callers that have it;
    the issue dates next to a mention are read by this module's own small
    grammar, which must also see dates the dates stage leaves out.
    """
    global _LOWERED
    try:
        mentions = find_legal_mentions(text)
        docs = [d for d in _link(mentions) if not d.first.absorbed]
        _plural_anaphors(text, docs)
        return [_record(d, text, pub_year) for d in docs]
    finally:
        _LOWERED = (None, "")  # the lowered copy is as big as the text: not kept past the article


def _plural_anaphors(text: str, docs: list[_Doc]) -> None:
    """``các quyết định của Thủ tướng`` names the issuer of the decisions just listed."""
    if not docs:
        return
    placed = sorted((m.start, i) for i, d in enumerate(docs) for m in d.mentions)
    starts = [s for s, _ in placed]
    low = _lower(text)
    plural_at = _PLURAL_SCAN.match
    # an anaphor at h names documents mentioned in the 600 characters before h
    for h in _plural_heads(low, starts[0] + 1, starts[-1] + 600):
        c = plural_at(low, h)
        if c is None:
            continue
        p = _at(_PLURAL_ANAPHOR, text, c.start())
        if p is None:
            continue
        doc_type = _WORD_TO_TYPE.get(_fold(p.group("type")))
        lo = bisect.bisect_left(starts, p.start() - 600)
        hi = bisect.bisect_left(starts, p.start())
        for _, i in placed[lo:hi]:
            doc = docs[i]
            if doc.first.doc_type == doc_type and doc.get("issuer") is None:
                doc.first.issuer = doc.known["issuer"] = p.group("iss").strip()


@stage("legal", requires=("published", "boilerplate", "dates"), assigns=("legal_documents",))
def legal_stage(ctx: ArticleContext) -> None:
    docs = find_legal_documents(ctx.text, dates=ctx.dates, pub_year=ctx.pub_year)
    if ctx.boilerplate:
        kept = []
        for d in docs:
            ms = [m for m in d.mentions if not ctx.in_boilerplate(m.start)]
            if ms:
                kept.append(d.model_copy(update={"mentions": ms}))
        docs = kept
    ctx.legal_documents = docs
