"""Unnumbered documents that the grammar names (``object_titled``), reports named by what and
when they cover (``report_titled``) and one code written over several years (``code_years``).

``titled`` reads a plan or scheme identified by ``về ...``, a period, a quote
or a proper name.  Many documents are named by their subject alone, and then
the words around the type word say that it is a document and not a verb or a
plan in general:

- the object of a verb of issuing, approving, drafting or submitting
  (``ban hành Kế hoạch tuyên truyền ...``, ``phê duyệt đề án cấp nước ...``,
  ``ban hành hướng dẫn cách tính ...``), or a capitalised type word after
  ``theo``/``tại``/``thực hiện`` (``theo Khung Kiến trúc ...``);
- type words that only name documents (``Quy tắc ứng xử``, ``Nghị định
  thư``, ``quy chuẩn kỹ thuật``) with ``về`` and their subject anywhere;
- a report named by what it covers and a time (``so với Báo cáo môi trường
  kinh doanh năm 2016``), by a quoted title after its issuer (``Báo cáo ...
  của VCCI về “...”``) or presented by someone (``Báo cáo thẩm tra do ... trình
  bày``).

A small-letter ``kế hoạch`` stays out: ``lập kế hoạch sản xuất`` is planning.
"""

from __future__ import annotations

import regex

from .vocab import _DATA, _NOT_WORD_AFTER, _S0, _S1, _SP, _WORD_TO_TYPE, _at, _words_re
from .grammar import _HEAD, _ISSUER_RE
from .grammar_titles import (
    _ANAPHORIC_SUBJECT,
    _TYPE_WORD_AT, _HEAD_AT, _VE, _KIND_WORD, _NAME_STOP_RE, _QUOTED, _REPORT_HEAD, _REPORT_TIME, _SUBJECT_STOP,
    _holds_span, _quote_is_title,
)
from .mention import _Mention, _fold, _norm, _sentence_start
from .resolve import _read_phrase, _read_subject

_OBJ = _DATA["named_by_subject"]
#: Type words only these rules read (`Quy tắc ứng xử`), by document type.
OBJECT_WORDS: dict[str, str] = {w.casefold(): slug for w, slug in _OBJ["object_words"].items()}
_NOT_BY_NAME = frozenset(w.casefold() for w in _OBJ["not_by_name_words"])
_NO_BREAK = r"[^,.;:!?\n“”\"()]"
_AGENT_BODY = _words_re(_DATA["not_documents_by_context"]["plural_scope_bodies"]) + r"(?![\p{L}\d])"
#: A plural agent earlier in the clause: no comma, stop or colon between, or commas only
#: between bodies of a list (`các đại học, học viện, trường cao đẳng ... xây dựng`).
_PLURAL_AGENT = regex.compile(
    r"(?<![\p{L}\d])" + _words_re(_OBJ["plural_agents"]) + _S1 + r"(?:" + _NO_BREAK + r"{0,60}+\Z|" + _NO_BREAK
    + r"{0,40}+(?:," + _S1 + _AGENT_BODY + _NO_BREAK + r"{0,80}+){1,4}+\Z)"
)
_NAME_ONLY = frozenset(w.casefold() for w in _OBJ["name_only_words"])
_TYPE_ONLY = frozenset(w.casefold() for w in _OBJ["type_only_words"])
_CAPITAL_TYPES = frozenset(_OBJ["capitalised"])
_SMALL_TYPES = frozenset(_OBJ["small"])
#: Every type word the rule reads: the other rules' words of these types, and its own.
#: (`other` only by the own words: Điều lệ, Phương án ... are read by their own rules or none)
WORDS: dict[str, str] = {**{w: t for w, t in _WORD_TO_TYPE.items() if t in _CAPITAL_TYPES and t != "other"},
                         **OBJECT_WORDS}

_NW = r"(?![\p{L}\d])"
#: A verb (or, for a capitalised type word, a preposition) right before the type word,
#: maybe after a list of verbs (`xây dựng, ban hành ...`) and an adverb.
#: (`trình` as a verb, not the end of quy trình, chương trình ...)
_NOT_TRINH_NOUN = r"(?<!(?i:chương|quy|qui|công|lộ|tờ|giáo|tiến|hành|thuyết|phương|biểu|đệ)" + _SP + r"(?i:trình)" + _S1 + r")"
_VERB_BEFORE = regex.compile(r"(?<![\p{L}\d])" + _words_re(_OBJ["verbs"]) + _S1 + r"\Z" + _NOT_TRINH_NOUN)
_OBLIGED = regex.compile(r"(?<![\p{L}\d])" + _words_re(_OBJ["obligations"]) + r"(?![\p{L}\d])")
#: A verb of making right before, maybe the second of two (`xây dựng và công khai`).
_MAKING_BEFORE = regex.compile(r"(?<![\p{L}\d])" + _words_re(_OBJ["verbs"] + _OBJ["making_verbs"]) + r"(?:" + _S1
                               + r"(?:và|,)" + _S1 + r"\p{Ll}++(?:" + _S1 + r"\p{Ll}++)?+)?+" + _S1 + r"\Z")
_ABOUT_ONLY_BEFORE = regex.compile(r"(?<![\p{L}\d])" + _words_re(_OBJ["about_only_verbs"]) + _S1 + r"\Z")
_SMALL_VERB_BEFORE = regex.compile(r"(?<![\p{L}\d])" + _words_re(_OBJ["small_verbs"]) + _S1 + r"\Z")
_SMALL_REPORT_KIND = regex.compile(_words_re(_OBJ["small_report_kinds"]) + r"(?![\p{L}\d])")
_CAPITAL_BEFORE = regex.compile(r"(?<![\p{L}\d])" + _words_re(_OBJ["verbs"] + _OBJ["capital_only"]) + _S1 + r"\Z"
                                + _NOT_TRINH_NOUN)
_PROJECT_AFTER = regex.compile(_S1 + r"(?i:dự" + _S1 + r"án|công" + _S1 + r"trình)" + _S1 + r"\p{Ll}")
_COMPANY_REPORT = regex.compile(_words_re(_OBJ["company_reports"]) + r"(?![\p{L}\d])")
_REPORT_PREP = regex.compile(r"(?<![\p{L}\d])" + _words_re(_OBJ["report_prepositions"]) + _S1 + r"\Z")
_GENERIC_FIRST = regex.compile(_words_re(_OBJ["generic_first"]) + _NW)
#: `của` and a body: the issuer, read after the mention (``... năm 2016 của VCCI``).
_OF_HEAD = regex.compile(_S1 + r"(?i:của)" + _S1 + _HEAD)
#: `của` and a capitalised name (a body, a person, a place): where a subject ends.
_OF_NAME = regex.compile(_S1 + r"(?i:của)" + _S1 + r"\p{Lu}")
#: Kind words or a subject before `về`: `Nghị định thư pháp lý về ...`, `Quy chuẩn kỹ thuật về ...`.
_ABOUT = regex.compile(r"(?:" + _S1 + r"(?!(?i:về)" + _NW + r")\p{Ll}++){0,2}+" + _S1 + r"(?i:về)" + _S1 + r"(?:(?i:việc)" + _S1 + r")?")
#: After a span of years, the horizon: `, định hướng đến năm 2030`, `, tầm nhìn 2045`.
_JOINER = regex.compile(r"(?i:và|của|về|hoặc|cùng|với|là)" + _NW)
_REPORT_NOUN_BEFORE = regex.compile(r"(?<![\p{L}\d])" + _words_re(_OBJ["report_nouns_before"]) + _S1 + r"\Z")
_CONCLUDED_AT = regex.compile(
    _S1 + r"(?i:của)" + _S1 + r"(?P<iss>" + _ISSUER_RE + r")" + _S1 + r"(?i:tại)" + _S1
    + r"(?P<meeting>" + _words_re(_OBJ["meeting_words"]) + r")" + _NW
)
_WITH = regex.compile(_S1 + r"(?i:với)" + _S1)
_WRITTEN_TEXTS = regex.compile(_S1 + r"(?P<w>văn" + _S1 + r"bản)" + _S1 + r"\p{Ll}")
#: `số` before a number opens a number, not a subject (số hóa = digitise does)
_NUMBER_WORD = regex.compile(r"(?i:số)" + _S0 + r"[:\d]")
_OF_WHOM = regex.compile(_S1 + r"(?i:của)" + _S1)
_NEXT = regex.compile(_S1 + r"(?P<w>[\p{L}\d])")
_HORIZON = regex.compile(
    _S0 + r",?" + _S1 + r"(?i:định" + _S1 + r"hướng|tầm" + _S1 + r"nhìn)" + _S1 + r"(?:(?i:đến)" + _S1 + r")?"
    + r"(?:(?i:năm)" + _S1 + r")?(?:19|20)\d\d" + _NW
)


def _mention(a, doc_type: str, type_name: str, end: int, title: str) -> _Mention:
    m = _Mention(start=a.start(), end=end, doc_type=doc_type, type_name=type_name, title=title,
                 key=("title", _norm(title)))
    m.tail = end
    return m


def _subject(text: str, pos: int, max_words: int = 24) -> tuple[int, list]:
    """The subject after a type word: a list over commas of small-letter words, up to a
    clause word, punctuation, another document or `của` with a body (its issuer)."""
    end, words = _read_subject(text, pos, stops=_SUBJECT_STOP, max_words=max_words, stop_at_types=True,
                               list_of_verbs=True)
    for _ in range(2):  # `văn bản quy phạm pháp luật` is a subject, not a document of its own
        vb = _at(_WRITTEN_TEXTS, text, end) if words else None
        if not vb:
            break
        more_end, more = _read_subject(text, vb.start("w") - 1, stops=_SUBJECT_STOP, max_words=max_words,
                                       stop_at_types=True, list_of_verbs=True)
        if not more:
            break
        end, words = more_end, words + more
    of = _OF_NAME.search(text, pos, end + 3)
    if of and words:
        words = [w for w in words if w[1] <= of.start()]
    while words and _at(_JOINER, text, words[-1][0]):
        words = words[:-1]  # ... huyện Lạc Sơn và | gửi các xã: the joiner opens the next clause
    end = words[-1][1] if words else pos
    h = _at(_HORIZON, text, end) if words and _holds_span(text[words[0][0]:end]) else None
    if h:
        end = h.end()
    return end, words


def each_their_own(text: str, start: int) -> bool:
    """`Tất cả các trường phải xây dựng và công khai Đề án tuyển sinh`: a plural agent
    bound to make the document, so each has its own: a kind of document, not one."""
    if not _MAKING_BEFORE.search(text, max(0, start - 40), start):
        return False
    agent = _PLURAL_AGENT.search(text, max(0, start - 200), start)
    return agent is not None and _OBLIGED.search(text, agent.start(), start) is not None


#: A subject that ends in a noun that points back (`... nội dung | này`, `... vấn đề | đó`).
_ANAPHOR_NOUN_END = regex.compile(r"(?<![\p{L}\d])" + _words_re(_DATA["titled_unnumbered"]["anaphor_nouns"]) + r"\Z")
_POINTER_AFTER = regex.compile(_S1 + _words_re(_DATA["titled_unnumbered"]["anaphor_pointers"]) + _NOT_WORD_AFTER)


def read_object(text: str, a, doc_type: str, type_name: str) -> _Mention | None:
    """`ban hành Kế hoạch tuyên truyền ...`, `phê duyệt đề án ...`, `Quy tắc ứng xử của ...`;
    a bare capitalised own word (`thực hiện nghiêm Quy tắc ứng xử.`) only repeats one named,
    unless it is a type and nothing more (`Nghị định thư`, `Danh mục`: they point back)."""
    name_only = _fold(type_name) in _NAME_ONLY
    if name_only:
        w = _at(_NEXT, text, a.end())
        if not (type_name[0].isupper() and w and text[w.start("w")].isupper()):
            return None
    m = _read_object(text, a, doc_type, type_name)
    if m is not None and m.title and _at(_POINTER_AFTER, text, m.end) and _ANAPHOR_NOUN_END.search(m.title):
        return None  # chỉ thị chấn chỉnh nội dung này: the subject points back, it names no document
    if (m is None and not name_only and type_name[0].isupper() and _fold(type_name) in OBJECT_WORDS
            and _fold(type_name) not in _TYPE_ONLY):
        m = _Mention(start=a.start(), end=a.end(), doc_type=doc_type, type_name=type_name, key=("title", ""),
                     needs_antecedent=True)
        m.tail = a.end()
    return m


def _read_object(text: str, a, doc_type: str, type_name: str) -> _Mention | None:
    pos = a.end()
    capital = type_name[0].isupper()
    own_word = _fold(type_name) in OBJECT_WORDS
    if own_word and capital:
        # an own word is a document anywhere when what follows identifies it
        one = _own_word_anywhere(text, a, doc_type, type_name)
        if one is not None:
            return one
    if doc_type == "thong_bao":
        return _conclusions(text, a, type_name)
    before = text[max(0, a.start() - 40):a.start()]
    placed = _placed(text, a, doc_type, capital, before)
    if placed and each_their_own(text, a.start()):
        return None  # các trường phải xây dựng đề án tuyển sinh: one each, a kind of document
    if not placed:
        if not capital and doc_type == "bao_cao":
            return _small_report(text, a, type_name, before)
        return None
    about = _at(_VE, text, pos)
    if about:  # ban hành quy chuẩn kỹ thuật về ..., ra chỉ thị về ...
        return _about(text, a, doc_type, type_name, about)
    if not capital and _ABOUT_ONLY_BEFORE.search(before):
        return None  # (chạy) ra hướng dẫn xe đậu: `ra` is a verb of motion
    w = _at(_NEXT, text, pos)
    if not w:
        return None
    first = w.start("w")
    if text[first].isupper():
        if not capital or (_at(_HEAD_AT, text, first) and not own_word) or _fold(type_name) in _NOT_BY_NAME:
            return None  # ... báo cáo Chủ tịch UBND: a verb and its object
        # Khung Kiến trúc Chính phủ điện tử Việt Nam: a proper name
        end, words, _ = _read_phrase(text, pos, _NAME_STOP_RE, max_words=12, stop_at_types=False)
        if len(words) >= 2:
            return _mention(a, doc_type, type_name, end, text[words[0][0]:end])
        return None
    return _by_subject(text, a, doc_type, type_name, first)


def _placed(text: str, a, doc_type: str, capital: bool, before: str) -> bool:
    """Whether the type word stands where a document is named: a capitalised one
    mid-sentence after a verb or a preposition (at a sentence start it is a verb), a
    small one after a verb that takes a document (a report only of a kind of report)."""
    if capital:
        return bool(not _sentence_start(text, a.start()) and _CAPITAL_BEFORE.search(before))
    placed = doc_type in _SMALL_TYPES and (_VERB_BEFORE if doc_type == "de_an" else _SMALL_VERB_BEFORE).search(
        before)
    if placed and doc_type == "bao_cao":
        w = _at(_NEXT, text, a.end())
        placed = w is not None and _at(_SMALL_REPORT_KIND, text, w.start("w"))
    return bool(placed)


def _by_subject(text: str, a, doc_type: str, type_name: str, first: int) -> _Mention | None:
    """A document named by its lowercase subject after the type word (at least two
    words, and more than a kind of document)."""
    pos = a.end()
    if text[first].isdigit() or _at(_GENERIC_FIRST, text, first) or _at(_SUBJECT_STOP, text, first) \
            or _at(_NUMBER_WORD, text, first) \
            or _at(_TYPE_WORD_AT, text, first) or doc_type == "bao_cao" and _at(_COMPANY_REPORT, text, first):
        return None  # ... đề án báo cáo Sở Y tế: a verb; Báo cáo tài chính: a company's accounts
    end, words = _subject(text, pos)
    kind = _at(_KIND_WORD, text, first) or doc_type == "bao_cao" and _at(_SMALL_REPORT_KIND, text, first)
    if kind and kind.end() >= end and doc_type == "bao_cao" and _at(_PROJECT_AFTER, text, end):
        # báo cáo tiền khả thi dự án nâng cấp đền ...: the project names the report
        more_end, more = _subject(text, end)
        end, words = more_end, words + more
        kind = None
    if len(words) < 2 or (kind and kind.end() >= end):
        return None  # lập Báo cáo nghiên cứu khả thi: a kind of report, not one
    return _mention(a, doc_type, type_name, end, text[words[0][0]:end])


def _about(text: str, a, doc_type: str, type_name: str, about) -> _Mention | None:
    """The subject after `về` (or a quoted title there)."""
    q = _at(_QUOTED, text, about.end() - 1)
    if q and q.start("q") - about.end() <= 1 and _quote_is_title(q.group("t"), verb=False, verb_titles=False):
        return _mention(a, doc_type, type_name, q.end(), q.group("t").strip())
    if _at(_GENERIC_FIRST, text, about.end()) or _at(_ANAPHORIC_SUBJECT, text, about.end()):
        return None  # Quy tắc ứng xử về cơ bản ...: `về cơ bản` = basically; về vấn đề này points back
    end, words = _subject(text, about.end() - 1)
    if len(words) >= 2:
        return _mention(a, doc_type, type_name, end, text[words[0][0]:end])
    return None


def _own_word_anywhere(text: str, a, doc_type: str, type_name: str) -> _Mention | None:
    """`Nghị định thư (pháp lý) về ...`, `Quy tắc ứng xử của giáo viên, nhân viên ...`."""
    pos = a.end()
    about = _at(_ABOUT, text, pos)
    if about:
        return _about(text, a, doc_type, type_name, about)
    of = _at(_OF_WHOM, text, pos)
    if of and not _at(_OF_HEAD, text, pos) and not _at(_GENERIC_FIRST, text, of.end()):
        # whom it binds (a body after `của` is its issuer)
        end, words = _subject(text, of.end() - 1)
        if len(words) >= 2:
            return _mention(a, doc_type, type_name, end, text[pos:end].strip())
    return None


def _conclusions(text: str, a, type_name: str) -> _Mention | None:
    """`thông báo kết luận của Thủ tướng tại buổi làm việc với lãnh đạo tỉnh`: the
    conclusions of one meeting, named by who concluded and where."""
    if _fold(type_name) != "thông báo kết luận":
        return None
    c = _at(_CONCLUDED_AT, text, a.end())
    if not c:
        return None
    w = _at(_WITH, text, c.end("meeting"))  # ... tại buổi làm việc với lãnh đạo tỉnh
    end, words = _subject(text, w.end() - 1 if w else c.end("meeting"), max_words=16)
    end = max(end, c.end("meeting"))
    m = _mention(a, "thong_bao", type_name, end, text[c.start("meeting"):end])
    m.issuer = c.group("iss").strip()
    return m


def _small_report(text: str, a, type_name: str, before: str) -> _Mention | None:
    """A small-letter report read as a noun: after a preposition with the span it covers
    (`tại báo cáo ... giai đoạn 2016 - 2020`), or after `phần`, `bản`, `là` with a report
    head (`phần báo cáo sơ kết tình hình thực hiện ...`)."""
    if _REPORT_PREP.search(before):
        end, words = _subject(text, a.end())
        if len(words) >= 3 and _holds_span(text[words[0][0]:end]):
            return _mention(a, "bao_cao", type_name, end, text[words[0][0]:end])
        return None
    w = _at(_NEXT, text, a.end())
    if _REPORT_NOUN_BEFORE.search(before) and w and _at(_REPORT_HEAD, text, w.start("w")):
        end, words = _subject(text, a.end())
        if len(words) >= 3:
            return _mention(a, "bao_cao", type_name, end, text[words[0][0]:end])
    return None


# ------------------------------------------------------------------ reports

#: `của <body> (...) về “Title”` after a report's kind words.
_OF_BODY_ABOUT_QUOTE = regex.compile(
    r"(?P<kind>(?:" + _S1 + r"(?!(?i:của)" + _NW + r")\p{Ll}++){0,4}+)" + _S1 + r"(?i:của)" + _S1 + r"(?P<iss>" + _ISSUER_RE
    + r"|[\p{Lu}][\p{L}]*+(?:" + _S1 + r"(?!(?i:về)" + _NW + r")[\p{L}&]++){0,10}+)" + r"(?:" + _S1 + r"\([^()\n]{1,20}\))?" + _S1
    + r"(?i:về)" + _S1
)
#: `do <someone> trình bày`: a report presented at a session.
_PRESENTED = regex.compile(
    _S1 + r"(?i:do)" + _S1 + r"[\p{Lu}][^.;:!?\n]{0,120}?" + _S1 + r"(?i:trình" + _S1 + r"bày|trình)" + _NW
)


#: a year, or the word for one, opening the time a report's title closes with
_YEAR_OR_NAM = regex.compile(r"(?:19|20)\d\d|(?i:năm)")


def read_report(text: str, a, type_name: str) -> _Mention | None:
    """`theo Báo cáo môi trường kinh doanh năm 2017`, `Báo cáo ... của VCCI về “...”`,
    `Báo cáo thẩm tra do ... trình bày`."""
    if not type_name[0].isupper() or type_name.isupper():
        return None
    pos = a.end()
    o = _at(_OF_BODY_ABOUT_QUOTE, text, pos)
    if o:
        q = _at(_QUOTED, text, o.end() - 1)
        if q and q.start("q") - o.end() <= 1 and _quote_is_title(q.group("t"), verb=False, verb_titles=False):
            m = _mention(a, "bao_cao", type_name, q.end(), q.group("t").strip())
            m.issuer = o.group("iss").strip()
            return m
    w = _at(_NEXT, text, pos)
    if w and not text[w.start("w")].islower():
        w = None
    if not w:
        return None
    first = w.start("w")
    opening = _sentence_start(text, a.start())
    if _at(_REPORT_HEAD, text, first):
        # Báo cáo thẩm tra do Chủ nhiệm Ủy ban ... trình bày
        end, words, _ = _read_phrase(text, pos, _SUBJECT_STOP, max_words=3)
        if words and _at(_PRESENTED, text, end):
            return _mention(a, "bao_cao", type_name, end, text[words[0][0]:end])
    if opening or _at(_GENERIC_FIRST, text, first) or _at(_COMPANY_REPORT, text, first) \
            or _at(_SUBJECT_STOP, text, first):
        return None
    # mid-sentence: Báo cáo môi trường kinh doanh năm 2016 (a title closed by the time it covers)
    end, words = _read_subject(text, pos, stops=_SUBJECT_STOP, max_words=16, stop_at_types=True)
    last = None
    for last in _REPORT_TIME.finditer(text, words[0][0] if words else pos, end):
        pass
    if last is None or not _YEAR_OR_NAM.match(text[last.start():last.start() + 4]):
        return None
    words = [x for x in words if x[0] < last.end()]
    if len(words) < 3:
        return None
    return _mention(a, "bao_cao", type_name, last.end(), text[words[0][0]:last.end()])


# ------------------------------------------------------------------ one code, several years

_PLURAL_BEFORE = regex.compile(r"(?<![\p{L}\d])(?i:các|những|hai|ba)" + _S1 + r"\Z")
#: `năm 2015, 2016, 2017` or `năm 2015 và 2016` after a code.
_YEARS = regex.compile(
    _S1 + r"(?i:năm)" + _S1 + r"(?P<y1>(?:19|20)\d\d)(?P<more>(?:(?:" + _S0 + r"," + _S0 + r"(?:(?:và|&)" + _S1 + r")?"
    + r"|" + _S1 + r"(?:và|&)" + _S1 + r")(?:19|20)\d\d)++)" + _NW
)
_YEAR_IN = regex.compile(r"(?:19|20)\d\d")


def plural_before(text: str, a) -> bool:
    """Whether a plural word (`các`, `những`, `hai`, `ba`) comes right before anchor ``a``:
    only a plural names one document a year (:func:`read_code_years`).  Tested before the
    number is read: most type words have none, and reading the number costs more."""
    return _PLURAL_BEFORE.search(text, max(0, a.start() - 12), a.start()) is not None


def read_code_years(text: str, a, numbered: list[_Mention]) -> list[_Mention]:
    """`các Nghị quyết 19/NQ-CP năm 2015, 2016, 2017`: one document a year, the later
    ones written as their year alone; ``numbered`` is what was read at anchor ``a``,
    which has a plural word before it (:func:`plural_before`)."""
    if len(numbered) != 1 or not numbered[0].code:
        return []
    first = numbered[0]
    y = _at(_YEARS, text, first.end)
    if not y:
        return []
    first.year = int(y.group("y1"))
    out = [first]
    for n in _YEAR_IN.finditer(text, y.start("more"), y.end("more")):
        m = _Mention(start=n.start(), end=n.end(), doc_type=first.doc_type, type_name=first.type_name,
                     number=first.number, code=first.code, year=int(n.group()), group=first.group)
        m.tail = n.end()
        out.append(m)
    first.tail = first.end
    return out


# ------------------------------------------------------------------ a subject issued later

#: The rest of a title up to a passive of issuing: `, cơ chế tài chính và tổ chức, sắp xếp
#: lại ... (ĐVSNCL) sẽ được trình ...` (small words, commas, `và`, an abbreviation in brackets).
_REST_THEN_ISSUED = regex.compile(
    r"(?P<rest>(?:,?" + _S1 + r"(?!(?i:sẽ|đã|vừa|đang|cũng|được)" + _NW + r")[\p{Ll}\d][\p{L}\d]*+){0,24}+)"
    + r"(?:" + _S1 + r"\(\p{Lu}[\p{Lu}\d&]{1,12}+\))?" + _S1 + r"(?:(?i:sẽ|đã|vừa|đang|cũng)" + _S1 + r")?"
    + r"(?i:được)" + _S1 + _words_re(_OBJ["issued_passives"]) + _NW
)


def issued_later(text: str, end: int) -> int | None:
    """Where a subject read at a sentence start really ends when the clause goes on to
    say the document is submitted, approved or issued (`Đề án đổi mới ... sẽ được trình
    Hội nghị Trung ương`): the subject of a passive of issuing is one document.  None
    when the clause does not."""
    r = _at(_REST_THEN_ISSUED, text, end)
    return r.end("rest") if r else None


__all__ = ["OBJECT_WORDS", "WORDS", "each_their_own", "issued_later", "plural_before", "read_code_years",
           "read_object", "read_report"]
