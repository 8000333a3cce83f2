"""Patterns of numbers and codes, issue dates and issuers (read after and before a mention)."""

from __future__ import annotations

import regex

from .vocab import _COUNT_NOUNS, _DASH, _DATA, _ISSUER, _LAW, _NOT_WORD_AFTER, _S0, _S1, _SP, _WORD_TO_TYPE, _words_re


# --- numbers and codes -------------------------------------------------------

_NUM_LEAD = regex.compile(
    "(?P<so>" + _S0 + "(?i:số)(?:" + _S0 + ":)?" + _S0 + "|" + _S0 + ":" + _S0 + "|" + _S1 + ")"
)
_CODE_WORD_ANY = r"\p{Lu}[\p{L}\d&]*+"
_CODE_WORD_UP = r"\p{Lu}[\p{Lu}\d&]*+(?!\p{L})"
_TIGHT = f"[/{_DASH}]"
_SPACED = f"(?:{_SP}[/{_DASH}]{_SP}?|[/{_DASH}]{_SP})"
#: `SGD & ĐT`: two capitals of a code joined by a spaced ampersand (Sở Giáo dục và Đào tạo).
_CODE_AMPERSAND = f"{_SP}?&{_SP}?{_CODE_WORD_UP}"
_CODE_TAIL = (
    f"(?:{_TIGHT}{_CODE_WORD_ANY}|{_SPACED}{_CODE_WORD_UP})"
    f"(?:{_TIGHT}{_CODE_WORD_ANY}|{_SPACED}{_CODE_WORD_UP}|\\.(?=\\p{{Lu}}){_CODE_WORD_ANY}|{_CODE_AMPERSAND})*+"
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
#: `ngày 14/11/2013 tại Văn bản số ...`: the day the document says what it says, i.e. its date.
_DATE_IN_BEFORE = regex.compile(
    r"(?i:ngày)" + _S1 + r"(?:" + _DATE_BODY + r")" + _S0 + r",?" + _S0 + r"(?i:tại|bằng)" + _S1 + r"\Z"
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
#: Two or more capitals (TT&TT, GD-ĐT, UBND), not one (Y in Bộ Y tế)
_ACRONYM = r"(?=\p{Lu}[\p{Lu}\d.\-&])\p{Lu}[\p{Lu}\d]*+(?:[.\-&]\p{Lu}[\p{Lu}\d]*+)*+"
_KHOA = r"(?i:khóa|khoá)" + _S1 + r"(?:[IVXLC]++|\d{1,2})(?![\p{L}\d])"
#: Words that end a body's name: verbs of issuing, adverbs and function words.
_NAME_END = _words_re(_ISSUER["verbs"] + _ISSUER["adverbs"] + _LAW["name_stops"] + ["ban", "về", "tại", "vừa"])
#: A capitalised syllable and the small syllable that completes the word
#: (Tài chính, Nội vụ, Chính phủ, Trung ương), or `và` joining two names.
#: A part of a document (Điều 5, Khoản 4, Điểm a) is no word of a body's name:
#: `của Chính phủ và Khoản 4 Điều 11 ...` ends at `Chính phủ`.
_PART_OF_DOCUMENT = (r"(?:Điều|Khoản|Điểm|Chương|Mục|Phụ" + _S1 + r"lục)" + _S1 + r"(?:\d|[a-zđ](?![\p{L}\d]))")
_NAME_WORD = (
    "(?!" + _words_re(_WORD_TO_TYPE) + _NOT_WORD_AFTER + "|" + _PART_OF_DOCUMENT + ")"
    # an abbreviation (TT&TT, GD-ĐT) takes no small syllable after it: `Bộ TT&TT điều động ...`
    + "(?:" + _ACRONYM + _NOT_WORD_AFTER + "|"
    + _CAPWORD + _NOT_WORD_AFTER + "(?:" + _S1 + "(?!" + _NAME_END + _NOT_WORD_AFTER + r")\p{Ll}\p{L}*+"
    + _NOT_WORD_AFTER + "(?:" + _S1 + _words_re(_ISSUER["name_tails"]) + _NOT_WORD_AFTER + ")?+)?+)"
)
#: A numbered plenum as a body: Hội nghị lần thứ sáu, Hội nghị 6 (of the Central Committee after it).
_PLENUM_HEAD = (
    r"Hội" + _S1 + r"(?i:nghị)" + _S1 + r"(?:(?i:lần" + _S1 + r"thứ)" + _S1 + r"(?:\d{1,2}|[IVX]{1,5}|"
    + _words_re(_DATA["congress_resolutions"]["ordinal_words"]) + r")|\d{1,2}|[IVX]{1,5})(?![\p{L}\d])"
)
_CITY_DOT = r"(?:TP|Tp)\.(?=" + _SP + r"\p{Lu})"
_ISSUER_TAIL = (
    # one space between the words of a name: two or more mark a lost line break
    # `TP.` before a city's name is a level with its full stop, not a name that ends there
    "(?:" + _SP + "(?:" + _KHOA + "|" + _HEAD + "|" + _CITY_DOT + "|" + _NAME_WORD + "|" + _LEVEL + _NOT_WORD_AFTER
    + "|(?:và|&)" + _S1 + "(?=\\p{Lu})" + _NAME_WORD
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
    # ... (thảo luận và) biểu quyết thông qua: a vote, as the assembly passes it
    + _S1 + r"(?:" + _ADVERBS + _S1 + r"){0,3}+(?:(?:(?i:thảo" + _S1 + r"luận)" + _S1 + r"và" + _S1 + r")?(?i:biểu"
    + _S1 + r"quyết)" + _S1 + r")?" + _ISSUING_END
)
#: `đề nghị (ý kiến, kiến nghị, báo cáo) của X tại` right before a document: X wrote it (Xét đề
#: nghị của Sở Nội vụ tại Tờ trình số 12; theo ý kiến của Bộ Tài chính tại Công văn số 345); not
#: `kết luận của Thủ tướng tại Thông báo ... của Văn phòng Chính phủ`, whose words another body sends.
_ISSUER_IN = regex.compile(
    r"(?<![\p{L}\d])(?i:đề" + _S1 + r"nghị|kiến" + _S1 + r"nghị|ý" + _S1 + r"kiến|báo" + _S1 + r"cáo|giải" + _S1
    + r"trình)" + _S1 + r"(?i:của)" + _S1 + r"(?P<iss>" + _ISSUER_RE + ")" + _S1 + r"(?i:tại)" + _S1 + r"\Z"
    # (thông tin) được X đưa ra (nêu, công bố) trong <document>: X wrote it
    + r"|(?<![\p{L}\d])(?i:được)" + _S1 + r"(?P<iss>" + _ISSUER_RE + ")" + _S1 + r"(?i:đưa" + _S1 + r"ra|nêu|công"
    + _S1 + r"bố)" + _S1 + r"(?i:trong|tại)" + _S1 + r"\Z")
_PLURAL_ANAPHOR = regex.compile(
    r"(?<![\p{L}\d])(?i:các|những)" + _S1 + r"(?P<type>" + _words_re(_WORD_TO_TYPE) + ")" + _S1
    + r"(?:(?i:này|đó|trên)" + _S1 + r")?(?i:của)" + _S1 + r"(?P<iss>" + _ISSUER_RE + ")"
)


_COMMA = regex.compile(_S0 + r"," + _S0 + r"|" + _S1 + r"|" + _S0 + r"(?=\()")
_KHOA_PAREN = regex.compile(_S0 + r"\(" + _S0 + r"" + _KHOA + _S0 + r"\)")
