"""The legal rules: each a named :class:`~cchc_extract.engine.Rule` in one registry.

A rule's anchor comes from ``patterns/legal.yaml``: the first words of its
type words (``nghị`` for ``Nghị quyết``; found in any case, and glued to a
small letter before them when they start with a capital or ``đ``: ``xây
dựngđề án``), or, as written, the press abbreviations (``NQ``, ``QĐ``) and
the standards' prefixes (``TCVN``, ``ISO``).  The engine scans each article
once for all anchors and tries a rule only where one of its own was hit; no
prefilter is kept by hand.

At one anchor several rules may read a mention; the first rule of
:data:`REGISTRY` that reads one wins (``Nghị quyết số 12`` is numbered, so
not also a congress or a title).  The rules, in that order:

``standard``          ``TCVN ISO 9001:2015``, ``ISO 9001``
``numbered_abbreviation``  ``NQ 03``, ``QĐ số 45`` (only as further mentions unless ``số`` or a code)
``numbered``          ``Quyết định số 12, 13 và 14/QĐ-UBND``, ``Nghị định 61/2018``
``congress``          ``Nghị quyết Đại hội XIII``, ``Nghị quyết Trung ương 6``
``named_law``         ``Luật Đất đai 2013``, ``Hiến pháp``, ``Điều lệ Đảng``
``titled``            ``Đề án ... giai đoạn 2021-2025``, ``Kế hoạch “...”``
``report_titled``     ``so với Báo cáo môi trường kinh doanh năm 2016``, ``Báo cáo ... của VCCI về “...”``
``object_titled``     ``ban hành Kế hoạch tuyên truyền ...``, ``phê duyệt đề án ...``, ``Quy tắc ứng xử của ...``

``code_years`` comes before ``numbered``: ``các Nghị quyết 19/NQ-CP năm 2015, 2016, 2017``
is three documents, the later two written as their years.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from ...engine import Anchor, Registry, Rule
from .anchors import _Anchor, _word_boundary_before
from .find_named import _named_law
from .find_numbered import _camera_speed, _congress, _numbered, _standard
from .filters import not_a_document
from .find_objects import WORDS as _OBJECT_TYPE_WORDS, plural_before, read_code_years, read_object, read_report
from .find_titled import _titled
from .grammar import _PLURAL_ANAPHOR
from .grammar_titles import _BODY_BEFORE, _NOT_A_TYPE_AFTER
from .mention import _fold
from .vocab import (_ABBR_TO_TYPE, _DASH, _DATA, _NAMED_WORDS, _S0, _S1, _SP, _STANDARDS, _TITLED_RULES,
                    _WORD_TO_TYPE, _at, _words_re)


#: No anchor is longer (a type word with its spaces, a standard with its number).
MAX_SPAN = 200

_BLANKS = "[ \t\xa0]+"


def _alternation(words) -> str:
    """Type words, longest first, any run of blanks between their words."""
    return "|".join(regex.escape(w).replace(r"\ ", _BLANKS) for w in sorted(words, key=len, reverse=True))


#: Every type word: the same pattern for every rule anchored on type words, so
#: each reads the longest type word at its anchor (`Bộ luật`, not `luật`).
_TYPE_WORD = f"(?P<word>{_alternation(_WORD_TO_TYPE)})"


def _cased_pattern(abbreviations, national, international) -> str:
    """A press abbreviation or a standard, matched as written."""
    nat = "(?:" + "|".join(map(regex.escape, national)) + ")"
    intl = "(?:" + "|".join(map(regex.escape, international)) + ")"
    return (
        r"(?<![\p{L}\d])(?:"
        + f"(?P<abbr>{_words_re(abbreviations, ignore_case=False)})(?![\\p{{L}}\\d/{_DASH}])"
        + r"|(?P<std>(?:" + nat + _S1 + r")?" + intl + r"(?:/IEC)?" + _S0 + r"(?P<stdnum>\d{3,5})(?:-\d{1,2})?"
        + r"(?:" + _SP + r"?[:\-]" + _SP + r"?(?P<stdyear>(?:19|20)\d\d))?(?!\d)"
        + r"|" + nat + _S0 + r"(?P<tcvnnum>\d{3,5})(?:-\d{1,2})?(?:" + _SP + r"?:" + _SP
        + r"?(?P<tcvnyear>(?:19|20)\d\d))?(?!\d))"
        + ")"
    )


_CASED_FLAGS = regex.V0
_CASED = _cased_pattern(_ABBR_TO_TYPE, _STANDARDS["national"], _STANDARDS["international"])


def _inner_prefixes() -> str:
    """The words before a type word that lies inside a longer one (`bộ` of `bộ luật`,
    `thông báo` of `thông báo kết luận`), as a pattern ending where the inner word starts."""
    words = list(_WORD_TO_TYPE)
    heads = set()
    for w in words:
        parts = w.split()
        for i in range(1, len(parts)):
            tail = " ".join(parts[i:])
            if any(tail == v or tail.startswith(v + " ") for v in words):
                heads.add(" ".join(parts[:i]))
    if not heads:
        return r"(?!)"
    return "(?i:" + _alternation(heads) + ")" + _BLANKS + r"\Z"


_INNER_HEAD = regex.compile(_inner_prefixes())
_TYPE_WORD_RE = regex.compile(_TYPE_WORD, regex.IGNORECASE)


def _inside_longer(text: str, s: int) -> bool:
    """Whether a type word at ``s`` is the end of a longer one read from before it
    (`luật` in `Bộ luật`): that one is the anchor, as one scan left to right reads it."""
    h = _INNER_HEAD.search(text, max(0, s - 40), s)
    if h is None:
        return False
    whole = _TYPE_WORD_RE.match(text, h.start(), h.start() + MAX_SPAN)
    return whole is not None and whole.end() > s


#: The anchor read last, ``(text, span, anchor)``: the rules tried at one type word, one
#: after the other, share it.  One entry only: a table of every anchor of a 64 MB text
#: was some 50 MB at the legal stage's peak.
_SEEN: tuple = (None, None, None)


def forget_anchors() -> None:
    """Drop the anchor read last, and with it its text (the scan is over)."""
    global _SEEN
    _SEEN = (None, None, None)


def _type_anchor(m) -> tuple[_Anchor, str, str] | None:
    """The anchor at a type word, its written form and document type; None where the
    word is not whole (a letter or ``_`` glued after it) or lies inside a longer one."""
    global _SEEN
    text, s, e = m.string, m.start(), m.end()
    seen_text, seen_span, seen = _SEEN
    if seen_text is text and seen_span == (s, e):
        return seen
    anchor = _read_type_anchor(m, text, s, e)
    _SEEN = (text, (s, e), anchor)   # one tuple, read and replaced whole
    return anchor


def _read_type_anchor(m, text: str, s: int, e: int) -> tuple[_Anchor, str, str] | None:
    if not _word_boundary_before(text, s) or (e < len(text) and (text[e].isalnum() or text[e] == "_")):
        return None
    if _inside_longer(text, s):
        return None
    written = m.group("word")
    doc_type = _WORD_TO_TYPE[_fold(written)]
    if doc_type == "luat" and text[e:e + 1] == "-":
        return None
    return _Anchor(s, e, word=written), written, doc_type


#: Laws, whose word after a treaty's `về` names a field of law (Luật Biển), not one law.
_FIELD_TYPES = frozenset({"luat", "bo_luat"})
#: `Công ước Liên Hợp Quốc về ` right before: a law word there is inside the treaty's name.
_TREATY_BEFORE = regex.compile(
    r"(?<![\p{L}\d])" + _words_re(_DATA["document_types"]["treaty_words"], ignore_case=False)
    + r"(?![\p{L}\d])(?:" + _S1 + r"[^\s,.;:!?()“”\"]++){0,8}?" + _S1 + r"về" + _S1 + r"\Z"
)


def _checked(text: str, a: _Anchor, found: list, *, is_abbr: bool = False) -> list:
    """``found``, unless the anchor is part of a body's name (Sở Kế hoạch và Đầu tư),
    a law word inside a treaty's name (Công ước ... về Luật Biển) or part of another word
    (Nghị định thư).  Tested only once a mention is read:
    most anchors read none, and these tests would cost two regex calls at each."""
    if found and (not is_abbr and _BODY_BEFORE.search(text[max(0, a.start() - 20):a.start()])
                  or _at(_NOT_A_TYPE_AFTER, text, a.end())
                  or found[0].doc_type in _FIELD_TYPES and _TREATY_BEFORE.search(text, max(0, a.start() - 80),
                                                                                  a.start())):
        return []
    return found


def _mark(found: list, a: _Anchor) -> list:
    for x in found:
        x.anchor = a.start()
    return found


def _one(text: str, a: _Anchor, one, *, unnumbered: bool = False) -> list:
    """What a reader of one mention gives at anchor ``a``: nothing, or ``one``
    checked and marked; an ``unnumbered`` mention also passes the context filters
    (:func:`~.filters.not_a_document`)."""
    if one is None or unnumbered and not_a_document(text, one):
        return []
    return _mark(_checked(text, a, [one]), a)


# ------------------------------------------------------------------ the rules


def standard_rule(national, international) -> Rule:
    """The rule of standards written with these prefixes (``TCVN``; ``ISO``): its marks
    and its pattern come from the same lists, so a prefix added to one is in both."""
    prefixes = (*national, *international)

    def read_standard(m) -> list:
        """`TCVN ISO 9001:2015`, `ISO 9001`; not a camera's film speed (`ISO 3200`)."""
        if m.group("std") is None:
            return []
        a = _Anchor(m.start(), m.end(), match=m)
        return [] if _camera_speed(a) else _mark([_standard(m.string, a, prefixes)], a)

    return Rule("standard", Anchor(marks=prefixes), _cased_pattern(_ABBR_TO_TYPE, national, international),
                read_standard, _CASED_FLAGS, doc=read_standard.__doc__)


def _read_abbreviation(m) -> list:
    """`NQ 03`, `QĐ số 45/QĐ-UBND`: a press abbreviation before a number."""
    abbr = m.group("abbr")
    if abbr is None:
        return []
    text, a = m.string, _Anchor(m.start(), m.end(), match=m)
    return _mark(_checked(text, a, _numbered(text, a, _ABBR_TO_TYPE[abbr], abbr, True), is_abbr=True), a)


def _read_numbered(m) -> list:
    """`Quyết định số 12/QĐ-UBND`, a list `số 12, 13 và 14/QĐ-UBND`, `Nghị định 61/2018`."""
    anchor = _type_anchor(m)
    if anchor is None:
        return []
    a, written, doc_type = anchor
    return _mark(_checked(m.string, a, _numbered(m.string, a, doc_type, written, False)), a)


def _read_congress(m) -> list:
    """`Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX`, `Nghị quyết Trung ương 6`."""
    anchor = _type_anchor(m)
    if anchor is None or anchor[2] != "nghi_quyet":
        return []
    a, written, _ = anchor
    return _one(m.string, a, _congress(m.string, a, written))


def _read_named_law(m) -> list:
    """`Luật Đất đai 2013`, `Bộ luật Hình sự`, `Hiến pháp năm 2013`, `Điều lệ Đảng`."""
    anchor = _type_anchor(m)
    if anchor is None or _fold(anchor[1]) not in _NAMED_WORDS:
        return []
    a, written, doc_type = anchor
    return _one(m.string, a, _named_law(m.string, a, doc_type, written))


def _read_titled(m) -> list:
    """`Đề án ... giai đoạn 2021-2025`, `Kế hoạch “...”`, `Chương trình tổng thể ...`."""
    anchor = _type_anchor(m)
    if anchor is None or _fold(anchor[1]) in _NAMED_WORDS:
        return []
    a, written, doc_type = anchor
    return _one(m.string, a, _titled(m.string, a, doc_type, written), unnumbered=True)


def _read_code_years(m) -> list:
    """`các Nghị quyết 19/NQ-CP năm 2015, 2016, 2017`: one resolution a year."""
    anchor = _type_anchor(m)
    if anchor is None or not plural_before(m.string, anchor[0]):
        return []
    a, written, doc_type = anchor
    found = _checked(m.string, a, _numbered(m.string, a, doc_type, written, False))
    return _mark(read_code_years(m.string, a, found), a)


def _read_report(m) -> list:
    """`so với Báo cáo môi trường kinh doanh năm 2016`, `Báo cáo thẩm tra do ... trình bày`."""
    anchor = _type_anchor(m)
    if anchor is None or anchor[2] != "bao_cao":
        return []
    a, written, _ = anchor
    return _one(m.string, a, read_report(m.string, a, written), unnumbered=True)


_OBJECT_WORD = f"(?P<word>{_alternation(_OBJECT_TYPE_WORDS)})"
_OBJECT_WORD_RE = regex.compile(_OBJECT_WORD, regex.IGNORECASE)


def _read_object(m) -> list:
    """`ban hành Kế hoạch tuyên truyền ...`, `phê duyệt đề án ...`, `theo Khung Kiến trúc ...`."""
    text, s, e = m.string, m.start(), m.end()
    if not _word_boundary_before(text, s) or (e < len(text) and (text[e].isalnum() or text[e] == "_")):
        return []
    if _inside_longer(text, s):
        return []
    written = m.group("word")
    a = _Anchor(s, e, word=written)
    return _one(text, a, read_object(text, a, _OBJECT_TYPE_WORDS[_fold(written)], written), unnumbered=True)


def _type_anchor_of(words) -> Anchor:
    """Anchored on the first word of each type word (any case, glued allowed); the
    lead at each is the type words that begin with it, so most hits (`kế` of `kế
    toán`) cost one ``re`` call, which tries only those (`kế hoạch`, `kết luận`)."""
    return Anchor(phrases=tuple(words), glued=True)


_NAMED = [w for w in _WORD_TO_TYPE if w in _NAMED_WORDS]
_RESOLUTION = [w for w, t in _WORD_TO_TYPE.items() if t == "nghi_quyet"]
_REPORT = [w for w, t in _WORD_TO_TYPE.items() if t == "bao_cao"]
_TITLED = [w for w, t in _WORD_TO_TYPE.items()
           if w not in _NAMED_WORDS and (w in _TITLED_RULES or t in _TITLED_RULES)]

#: The legal rules, in the order that decides between them at one anchor.
REGISTRY = Registry("legal", [
    standard_rule(_STANDARDS["national"], _STANDARDS["international"]),
    Rule("numbered_abbreviation", Anchor(marks=tuple(_ABBR_TO_TYPE)), _CASED, _read_abbreviation, _CASED_FLAGS,
         doc=_read_abbreviation.__doc__),
    Rule("code_years", _type_anchor_of(_WORD_TO_TYPE), _TYPE_WORD, _read_code_years,
         doc=_read_code_years.__doc__),
    Rule("numbered", _type_anchor_of(_WORD_TO_TYPE), _TYPE_WORD, _read_numbered,
         doc=_read_numbered.__doc__),
    Rule("congress", _type_anchor_of(_RESOLUTION), _TYPE_WORD, _read_congress,
         doc=_read_congress.__doc__),
    Rule("named_law", _type_anchor_of(_NAMED), _TYPE_WORD, _read_named_law,
         doc=_read_named_law.__doc__),
    Rule("titled", _type_anchor_of(_TITLED), _TYPE_WORD, _read_titled,
         doc=_read_titled.__doc__),
    Rule("report_titled", _type_anchor_of(_REPORT), _TYPE_WORD, _read_report, doc=_read_report.__doc__),
    Rule("object_titled", _type_anchor_of(_OBJECT_TYPE_WORDS), _OBJECT_WORD, _read_object,
         doc=_read_object.__doc__),
], max_span=MAX_SPAN, first_wins=True)



@dataclass
class Anaphor:
    """``các quyết định của Thủ tướng``: the issuer of documents of a type listed just before."""

    start: int
    end: int
    doc_type: str
    issuer: str
    order: int = 0
    rule: str = ""


def _read_plural_anaphor(m) -> list:
    """`các quyết định của Thủ tướng`, `những kế hoạch này của UBND tỉnh`."""
    text, s = m.string, m.start()
    if s and text[s - 1] == "_":
        return []
    return [Anaphor(s, m.end(), _WORD_TO_TYPE[_fold(m.group("type"))], m.group("iss").strip())]


#: What an anaphor starts with (its pattern's beginning, for the engine's cheap first test).
_ANAPHOR_LEAD = "(?i:(?:các|những)[ \t\xa0]{1,8}(?:" + "|".join(
    re.escape(w).replace(r"\ ", "[ \t\xa0]{1,8}") for w in sorted(_WORD_TO_TYPE, key=len, reverse=True)) + "))"

#: Plural anaphors (read only in an article that names documents).
ANAPHORS = Registry("legal-anaphors", [
    Rule("plural_anaphor", Anchor(words=("các", "những"), lead=_ANAPHOR_LEAD), _PLURAL_ANAPHOR.pattern,
         _read_plural_anaphor,
         regex.V0, doc=_read_plural_anaphor.__doc__),
], max_span=1000)

__all__ = ["ANAPHORS", "MAX_SPAN", "REGISTRY", "Anaphor", "standard_rule"]
