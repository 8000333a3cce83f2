"""Patterns of words, phrases and titles, and of congresses and plenums."""

from __future__ import annotations

import regex

from .vocab import _DASH, _DATA, _LAW, _NOT_WORD_AFTER, _S0, _S1, _SP, _TITLED, _TITLE_STOPS, _WORD_TO_TYPE, _words_re
from .grammar import _CAPWORD, _HEAD, _ISSUER_RE, _KHOA, _LEVEL, _PLENUM_HEAD, _VERBS


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
    "(?:" + _words_re([w for w in _LAW["name_stops"] if w not in ("số", "bị", "mới")]) + _NOT_WORD_AFTER
    + "|(?i:số)" + _S0 + "(?=[\\d:])"
    # mới (new) but not đổi mới (renewal)
    + ("|(?<!(?i:đổi)" + _SP + ")(?i:mới)" + _NOT_WORD_AFTER if "mới" in _LAW["name_stops"] else "")
    # bị (passive) but not thiết bị, chuẩn bị, trang bị
    + "|(?<!(?i:thiết|chuẩn|trang)" + _SP + ")(?i:bị)" + _NOT_WORD_AFTER + ")"
)
_LAW_NOT_AFTER = regex.compile(_S1 + "" + _words_re(_LAW["not_after"]) + _NOT_WORD_AFTER)
_LAW_NOT_BEFORE = regex.compile(r"(?<![\p{L}\d])" + _words_re(_LAW["not_before"]) + _S1 + "$")
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
#: A subject that points back (vấn đề này, việc đó): no title of its own.
_ANAPHORIC_SUBJECT = regex.compile(_words_re(_TITLED["anaphor_nouns"]) + _S1 + _words_re(_TITLED["anaphor_pointers"])
                                   + _NOT_WORD_AFTER)
#: Kind words alone (Nghị quyết chuyên đề) name a kind of document, not one document.
#: `trình` as a verb (Đề án trình cấp có thẩm quyền) ends it, not in chương trình, quy trình ...
_TRINH_VERB = (r"(?<!(?i:chương|quy|qui|công|lộ|tờ|giáo|tiến|hành|thuyết|phương|biểu|đệ)" + _SP + r")(?i:trình)"
               + _NOT_WORD_AFTER)
_PHRASE_STOP_RE = regex.compile("(?:" + _NAME_STOP_RE.pattern + "|" + _words_re(_TITLED["phrase_stops"])
                                 + _NOT_WORD_AFTER + "|" + _TRINH_VERB + ")")


def _phrase_step(stops) -> str:
    """One step of :func:`_read_phrase`: a period anchor (giai đoạn 2021-2025),
    else a word that is not one of ``stops``, maybe after a dash joining it to
    the word before (kinh tế - xã hội).  The spaces before are read
    possessively in every branch, so this is _PERIOD_ANCHOR, else a dash
    connector and _WORD, else _WORD, then the stop test at the word: four
    regex calls from one position made in one."""
    return (_S1 + r"(?:(?P<period>" + _PERIOD_BODY + r")|(?:(?P<dash>[" + _DASH + r"])" + _S1 + r")?"
            + r"(?!" + stops.pattern + r")(?P<w>" + _WORD_BODY + "))")


#: Where a subject named by the grammar ends (``object_titled``): the title stops, the
#: subject stops, `trình` as a verb (not in chương trình, quy trình, công trình ...) and
#: `với` (not in đối với), `chỉ` = only (not in chỉ số, chỉ tiêu ...).
_SUBJECT_STOP = regex.compile(
    "(?:" + _words_re(_TITLE_STOPS + _DATA["named_by_subject"]["subject_stops"]) + _NOT_WORD_AFTER
    + "|" + _TRINH_VERB + "|(?<!(?i:đối)" + _SP + ")(?i:với)" + _NOT_WORD_AFTER
    # chỉ (only) but not chỉ số, chỉ tiêu, chỉ đạo ...
    + "|(?i:chỉ)" + _NOT_WORD_AFTER + "(?!" + _S1 + "(?i:số|tiêu|đạo|huy|định|dẫn|rõ)" + _NOT_WORD_AFTER + "))"
)
_STEP_TITLE = regex.compile(_phrase_step(_TITLE_STOP_RE))
_STEP_PERIOD = regex.compile(_phrase_step(_PERIOD_STOP_RE))
_STEP_NAME = regex.compile(_phrase_step(_NAME_STOP_RE))
_STEP_PHRASE = regex.compile(_phrase_step(_PHRASE_STOP_RE))
_STEP_SUBJECT = regex.compile(_phrase_step(_SUBJECT_STOP))
#: The phrase step for each set of stop words.
_STEP_FOR_STOPS = {_TITLE_STOP_RE: _STEP_TITLE, _PERIOD_STOP_RE: _STEP_PERIOD, _NAME_STOP_RE: _STEP_NAME,
                   _PHRASE_STOP_RE: _STEP_PHRASE, _SUBJECT_STOP: _STEP_SUBJECT}
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
#: The laws an amending law amends, named by their subject (của các Luật về thuế,
#: của các luật có liên quan đến quy hoạch).
_LAWS_BY_SUBJECT = regex.compile(
    r"(?<=(?i:các)" + _SP + r")(?i:luật)" + _S1 + r"(?:(?i:về)|(?i:có" + _S1 + r"liên" + _S1 + r"quan)(?:" + _S1
    + r"(?i:đến|tới))?)(?=" + _S1 + r"\p{Ll})"
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
    # not after `suốt` (throughout): `suốt 10 tháng` is how long something lasted, not a time reported on
    r"(?<![\p{L}\d])(?<!(?i:suốt)" + _SP + r")(?:(?:19|20)\d\d|\d{1,2}" + _S1 + r"(?:(?i:tháng)(?:" + _S1 + r"(?i:đầu|cuối)" + _S1
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
