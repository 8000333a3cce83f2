"""The dossiers' language data and the regex pieces several steps share.

Everything here is read from ``patterns/dossiers.yaml`` (nouns, classifiers,
status and channel cues, list markers) or built from it; ``_NUM`` is the
printed number of :mod:`cchc_extract.numbers`.
"""

from __future__ import annotations

import regex

from ...engine.words import WORD_CHAR, WORD_END, WORD_START
from ...numbers import NUMBER_RE, SCALE_WORDS
from ...patterndata import entries


# ---------------------------------------------------------------- language data


_DATA = entries("dossiers")

_L, _B, _E = WORD_CHAR, WORD_START, WORD_END
_NUM = NUMBER_RE.pattern


def _phrase(p: str) -> str:
    """A regex for a phrase: words separated by any run of spaces."""
    return r"\s++".join(regex.escape(w) for w in p.split())


def _alt(phrases) -> str:
    return "|".join(_phrase(p) for p in sorted(set(phrases), key=len, reverse=True))


_SCALES = _alt(SCALE_WORDS)
_CLASSIFIERS = _alt(_DATA["dossier_noun"]["classifiers"])
_NOUN = _alt(_DATA["dossier_noun"]["nouns"])

# A number, its scale word and classifier, then the noun or an abbreviation,
# on one line (`… | 2.750\nHồ sơ trực tiếp` is a figure, then the next row's label).
_GAP = r"[^\S\n]++"
_COUNT_HEAD = (rf"(?P<frac>{_NUM}\s*+/\s*+)?+(?P<num>{_NUM})(?:{_GAP}(?P<scale>(?i:{_SCALES})){_E})?+"
               rf"(?:{_GAP}(?i:{_CLASSIFIERS}){_E})?+{_GAP}")
_BEFORE_NOUN_RE = regex.compile(
    _COUNT_HEAD + rf"(?:(?P<noun>(?i:{_NOUN})){_E}|(?P<abbr>\p{{Lu}}[\p{{Lu}}\p{{N}}]{{1,7}}+){_E})"
)
# The same without the abbreviation (rule `count_before_noun`, :mod:`.rules`).
_COUNT_BEFORE_NOUN_RE = regex.compile(_COUNT_HEAD + rf"(?P<noun>(?i:{_NOUN})){_E}")
# The most words between a count's number and its noun (a scale word, a classifier).
_HEAD_WORDS = (max(len(p.split()) for p in SCALE_WORDS)
               + max(len(p.split()) for p in _DATA["dossier_noun"]["classifiers"]))
_NOUN_RE = regex.compile(rf"(?i){_B}(?:{_NOUN}){_E}")
# What a figure of another time opens with after its noun: `(`, within a few words
# (`hàng nghìn hồ sơ (trước đây là khoảng 300)`).
_BEFORE_PAREN = r"[^\d()\n.;:]{0,60}?\("
_COMPARED_OPEN = f"(?={_BEFORE_PAREN})"
_ABBR_DEF_RE = regex.compile(r"(?i)" + _DATA["defined_abbreviation"]["define"])
_LEAD_RE = regex.compile(rf"(?i){_B}(?:{_alt(_DATA['noun_then_number']['lead'])})\s++$")
_LINKER_RE = regex.compile(
    r"(?i)(?:" + "|".join(
        (_phrase(p) + _E) if p[0].isalpha() else regex.escape(p)
        for p in sorted(_DATA["noun_then_number"]["linkers"], key=len, reverse=True)
    ) + r")\s*+$"
)
_NUMBER_ONLY_RE = regex.compile(rf"{_NUM}(?:\s++(?P<scale>(?i:{_SCALES})){_E})?+")

# Words after a number that show it measures something else (days, money,
# percent, a set of papers) — `hồ sơ là 15 ngày` is not a count.
_UNIT_AFTER_RE = regex.compile(
    r"(?i)\s*+(?:%|‰|phần\s++trăm|ngày|giờ|phút|tuần|tháng|năm|lần|đồng|VNĐ|VND|USD|đô|bộ|trang|tờ|bản|người|"
    r"doanh\s++nghiệp|thủ\s++tục|TTHC|dịch\s++vụ|cơ\s++quan|đơn\s++vị|xã|huyện|tỉnh|điểm|mức|cấp|loại|lĩnh\s++vực|"
    r"hộ|ha|m2|km|triệu\s++đồng|tỷ\s++đồng|tỉ\s++đồng|nghìn\s++đồng)" + _E + "|\\s*+[%‰/]"
)
# Words right before a number that make it an identifier, not a count.
# (`trong năm: 12.345 hồ sơ`, `trong kỳ: 4.500 hồ sơ`: after a colon a time word labels a count)
# Searched backwards (`(?r)`): it can only end at the end of the text, so one attempt
# there does what a forward search does with one attempt at every position.
_ID_BEFORE_RE = regex.compile(
    r"(?ri)(?:" + _B + r"(?:năm|tháng|quý|ngày|kỳ|nhiệm\s++kỳ|giai\s++đoạn|lần)\s*+"
    r"|" + _B + r"(?:mức\s++độ|mức|độ|điều|khoản|điểm|chương|thứ|khóa|khoá|"
    r"nghị\s++định|nghị\s++quyết|quyết\s++định|thông\s++tư|luật|chỉ\s++thị|"
    r"công\s++văn|kế\s++hoạch|quận|phường|top|hạng|vị\s++trí|số\s++hiệu|mã|version)\s*+:?\s*+"
    r"|[\p{L}\p{N}][/\-.]|[/\-])$"
)

_FROM_RE = regex.compile(rf"(?i){_B}từ\s++$")

_CUES = _DATA["status_cues"]["cues"]
_CUE_STATUS = {" ".join(p.lower().split()): s for s, ps in _CUES.items() for p in ps}
_CUE_RE = regex.compile(rf"(?i){_B}(?:{_alt(_CUE_STATUS)}){_E}")
# `- Tiếp nhận hồ sơ: 1.234`: a status verb opening a label right before the noun makes it a label
_CUE_LEAD_RE = regex.compile(
    r"(?im)(?:^|[:;.,(\-–•+*])[^\S\n]*+(?:"
    + _alt(p for p, st in _CUE_STATUS.items() if st not in ("neutral", "unknown")) + rf"){_E}[^\S\n]++$")
_SPECIFIC = {"on_time", "early", "overdue", "pending"}
_GENERAL = {"received", "resolved"}

_CHANNELS = _DATA["channel_cues"]["channels"]
_CHANNEL_OF = {" ".join(p.lower().split()): c for c, ps in _CHANNELS.items() for p in ps}
_CHANNEL_RE = regex.compile(rf"(?i){_B}(?:{_alt(_CHANNEL_OF)}){_E}")

_MARKERS = _DATA["inheritance"]["markers"]
# The word markers share one look-behind and one look-ahead: with a look-around on
# every alternative, a scan costs about three times as much.
_MARKER_PAT = r"(?:" + _B + r"(?:" + "|".join(
    _phrase(p) for p in sorted(_MARKERS, key=len, reverse=True) if p[0].isalpha()
) + r")" + _E + "".join(
    r"|(?<!\d)" + regex.escape(p) + r"(?!\d)" for p in sorted(_MARKERS, key=len, reverse=True) if not p[0].isalpha()
) + r")"
_MARKER_RE = regex.compile(r"(?i)" + _MARKER_PAT)
_ANAPHORIC_RE = regex.compile(r"(?i)" + _alt(_DATA["inheritance"]["anaphoric"]))
# `(trong 67 hồ sơ …)`: a parenthesis opened by these words before a count makes it the whole of the one before
_WHOLE_OF_RE = regex.compile(r"(?i)\(\s*+(?:" + _alt(_DATA["inheritance"]["whole_of"]) + r")"
                             r"(?:\s++(?:gần|hơn|trên|khoảng|xấp\s++xỉ))?+\s++$")
_ELLIPSIS_OPEN_RE = regex.compile(r"(?i)[^\d;.()]*?(?:\(|" + _MARKER_PAT + r")")
_CUE_OR_CHANNEL = _alt(list(_CHANNEL_OF) + list(_CUE_STATUS))
_ELLIPSIS_WORD_RE = regex.compile(rf"(?i)(?:{_CUE_OR_CHANNEL})(?:\s++là|\s*+:)?+\s*+$")
# starts where a blank run starts (it is matched right after a number), so a scan stays linear
_ELLIPSIS_NEXT_RE = regex.compile(rf"(?i)(?<!\s)\s++(?:{_CUE_OR_CHANNEL}){_E}")
_TAIL_ONLY_RE = regex.compile(r"(?i)\s*+(?:(?:thủ\s++tục\s++hành\s++chính|TTHC|hành\s++chính)\s*+)?+")
_AFTER_CUT_RE = regex.compile(r"(?i)\s(?:và|với|còn|so|nhưng)\s")

# A clause boundary: punctuation that is not the dot or comma inside a number.
_BOUNDARY_RE = regex.compile(r"[;:()\[\]!?\n…]|[.,](?!\d)|(?<!\d)[.,]")

# Small patterns of the helpers below, compiled once (a pattern given as a
# string is looked up in the regex cache at every call).
_DIGIT_RE = regex.compile(r"\d")
# a number after the noun, not a digit inside a name (`Phòng PA72`)
_NUMBER_START_RE = regex.compile(r"(?<![\p{L}\p{M}\p{N}])\d")
_GAP_BREAK_RE = regex.compile(r"[\d;.]")
_DECIMAL_RE = regex.compile(r"\d[.,]\d")
_SHORT_LIST_GAP_RE = regex.compile(r"(?i)[^,]{0,40}?(?:,|\svà\s)")
_WORD_NEXT_RE = regex.compile(r"\s*+[\p{L}\p{M}]")
