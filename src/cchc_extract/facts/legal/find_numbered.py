"""Numbered documents and lists (`số 12, 13 và 14/QĐ-UBND`), congresses and plenums, standards."""

from __future__ import annotations

import regex

from .vocab import (_ABBR_TO_TYPE, _STANDARDS, _CODE_ONLY_TYPES, _DATA, _NAMED_WORDS, _OPTION_WORDS, _S1, _VERB_LIKE,
                    _YEAR_NAMED_WORDS, _at, _words_re)
from .grammar import (
    _COUNT_AFTER, _DATE_WORD_AFTER, _LIST_SEP, _NAME_AFTER, _NUMREF, _NUM_BAD_AFTER, _NUM_LEAD, _YEAR_AFTER,
)
from .grammar_titles import (_ALL_LEVELS, _CONGRESS, _HEAD_AT, _LAW_NOT_BEFORE, _PLENUM, _PLENUM_AT, _TYPE_AT,
                             _TYPE_MODIFIER)
from .mention import _CUA_LEAD, _Mention, _YEAR_ONLY, _code_year, _fold, _norm, _ordinal


# ------------------------------------------------------------------ anchors

#: Types whose bare number may be a design's (đề án 955 = a submarine class's project).
_DESIGN_TYPES = frozenset({"de_an"})
#: A ship, aircraft or weapon (or a class, `lớp Kilo`) earlier in the clause.
_DESIGN_BEFORE = regex.compile(
    r"(?<![\p{L}\d])(?:" + _words_re(_DATA["document_types"]["design_nouns"]) + r"(?![\p{L}\d])|(?i:lớp)" + _S1
    + r"\p{Lu})[^.;!?\n]*+\Z"
)


def _numbered(text: str, a, doc_type: str, type_name: str, is_abbr: bool) -> list[_Mention]:
    """The numbered documents at type word ``a``: one, a list sharing the type word, or a weak repeat."""
    read = _first_number(text, a, type_name, is_abbr)
    if read is None:
        return []
    type_name, so, first = read
    has_so = "ố" in so.casefold() or ":" in so
    if _number_is_no_document(text, a, first, so, has_so, doc_type, type_name):
        return []
    verdict = _number_ok(text, first, has_so=has_so, capital=type_name[0].isupper(), doc_type=doc_type,
                         is_abbr=is_abbr, option=_fold(type_name) in _OPTION_WORDS)
    if not verdict:
        return []
    if verdict == "yes" and type_name.isupper() and not has_so and not first.group("code") and not is_abbr:
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
    return _mentions_of(_listed_after(text, first, doc_type), a, doc_type, type_name)


def _first_number(text: str, a, type_name: str, is_abbr: bool):
    """``(type_name, so, first)``: the type word (with a kind word between it and
    the number), the lead before the number and the first number; None if none."""
    e = a.end()
    lead = _at(_NUM_LEAD, text, e)
    if not lead:
        return None
    c = text[lead.end():lead.end() + 1]
    if not is_abbr and not c.isdigit() and "số" in text[e:e + 40].lower():
        # a kind word between type and number: Chương trình hành động số 12-CTr/TU
        mod = _at(_TYPE_MODIFIER, text, e)
        if mod:
            type_name = text[a.start():mod.end("mod")]
            lead = mod
            c = text[lead.end():lead.end() + 1]
    if c.isascii() and not c.isdigit():
        return None  # _NUMREF opens with a digit: most type words are followed by a word
    first = _at(_NUMREF, text, lead.end())
    return (type_name, lead.group("so"), first) if first else None


def _number_is_no_document(text: str, a, first, so: str, has_so: bool, doc_type: str, type_name: str) -> bool:
    """A number without a code that the words around show to be no document's."""
    if first.group("code"):
        return False
    if "ố" not in so.casefold() and ":" in so or doc_type in _CODE_ONLY_TYPES:
        # a colon without `số` opens a number only with its code: `dẫn chương
        # trình: 90` (the host's age), `quy định: 1.` (a list item); a project's
        # number names a project, a management board or an address (Ban Quản lý
        # dự án 2, dự án 25 Lê Lợi): only a code makes it a document's
        return True
    inner = _LAW_NOT_BEFORE.search(text, max(0, a.start() - 30), a.start()) \
        if _fold(type_name) in _NAMED_WORDS else None
    if inner and not _fold(inner.group()).startswith("đạo"):
        # pháp luật 1 chút, kỷ luật 13 đảng viên: `luật` inside another word, a number after
        # it counts no law (but Đạo luật 809 is an act)
        return True
    if not has_so and doc_type in _DESIGN_TYPES and _DESIGN_BEFORE.search(
            text, max(0, a.start() - 120), a.start()):
        return True  # tàu ngầm lớp Borei thuộc Đề án 955: a ship's design number, no scheme
    # Hiến pháp 2013, kế hoạch 2017: the year of a law or a plan, not its number
    return not has_so and _fold(type_name) in _YEAR_NAMED_WORDS and bool(_YEAR_ONLY.fullmatch(first.group("num")))


def _listed_after(text: str, first, doc_type: str) -> list:
    """``first`` and the later numbers of its list (số 12, 13 và 14/QĐ-UBND), up to 20."""
    items = [first]
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
    return items


#: The Central Committee written in a plenum's name (the plenum's resolution is its).
_CENTRAL_COMMITTEE = regex.compile(r"(?i:ban" + _S1 + r"chấp" + _S1 + r"hành)" + _S1 + r"(?i:trung" + _S1 + r"ương)(?:"
                                    + _S1 + r"Đảng)?(?![\p{L}\d])")
_CODE_KINDS = frozenset(_DATA["document_types"]["code_kinds"])
#: The letters that open a code's tail: `QĐ` in 2724/QĐ-UBND, `BC` in 119/BC-BCT.
_CODE_KIND = regex.compile(r"[\d.]++[a-zđ]?[\s/\-–]++(?:(?:19|20)\d\d[\s/\-–]++)?(?P<kind>\p{L}++)")


def _type_by_code(doc_type: str, type_name: str, code: str | None) -> str:
    """`văn bản` names no kind: a code whose tail opens with a kind's letters says which
    (`văn bản số 2724/QĐ-UBND` is a decision, `văn bản số 119/BC-BCT` a report)."""
    if not code or type_name.casefold() != "văn bản":
        return doc_type
    k = _CODE_KIND.match(code)
    return _ABBR_TO_TYPE[k.group("kind")] if k and k.group("kind") in _CODE_KINDS else doc_type


def _mentions_of(items: list, a, doc_type: str, type_name: str) -> list[_Mention]:
    """One mention per number; a code written once after the last is every number's."""
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
        m = _Mention(start=start, end=n.end(), doc_type=_type_by_code(doc_type, type_name, written_code),
                     type_name=type_name, number=n.group("num"), code=written_code, group=a.start())
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
    if is_abbr and not has_so or option and not (has_so and (dated or body_after)):
        # (phương án số 2 = the second option: only a date or a body after it makes it a document)
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
        body = _CENTRAL_COMMITTEE.search(text, p.start(), p.end())
        if body:  # ... Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng: the body is written in the name
            m.issuer = body.group()
        m.tail = p.end()
        return m
    return None



def _camera_speed(a) -> bool:
    """`ISO 100`, `ISO 3200`: a bare ISO with a film speed (100 doubled) and no
    year or national prefix is a camera's light sensitivity, not a standard."""
    written, num = a.group("std"), a.group("stdnum")
    if not num or a.group("stdyear") or not written.startswith(tuple(_STANDARDS["international"])):
        return False
    n = int(num)
    return n >= 100 and n % 100 == 0 and (n // 100) & (n // 100 - 1) == 0


def _standard(text: str, a, prefixes=None) -> _Mention:
    """A standard; its type name is the prefix it is written with (``prefixes``: national first)."""
    written = a.group("std")
    num = a.group("stdnum") or a.group("tcvnnum")
    year = a.group("stdyear") or a.group("tcvnyear")
    prefixes = prefixes or (*_STANDARDS["national"], *_STANDARDS["international"])
    type_name = next(p for p in prefixes if written.startswith(p))
    m = _Mention(start=a.start(), end=a.end(), doc_type=_DATA["standards"]["doc_type"], type_name=type_name, code=written,
                 year=int(year) if year else None, key=("standard", num))
    m.tail = a.end()
    return m
