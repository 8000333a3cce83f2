"""The percentages' language data (``patterns/percentages.yaml``) and the patterns built from it."""

from __future__ import annotations

import regex

from ...patterndata import entries
from ...textcase import PIECE


_V = entries("percentages")


def _alt(words) -> str:
    items = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", r"[ \u00a0]++") for w in items) + ")"


_S = r"[ \u00a0]"

_CHANGE = _alt(_V["change_verbs"]["words"])
_NOT_CHANGE = _alt(_V["change_verbs"]["not_change"])
_LEVEL = _alt(_V["level_markers"]["words"])
_VERB_RE = regex.compile(
    rf"(?<![\p{{L}}])(?:(?P<nc>{_NOT_CHANGE})|(?P<ch>{_CHANGE})|(?P<lv>{_LEVEL}))(?![\p{{L}}])", regex.IGNORECASE)
_START_LEVEL_RE = regex.compile(rf"{_S}*+(?:lên|xuống){_S}", regex.IGNORECASE)

_TARGET = _alt(_V["target_cues"]["words"])
_WEAK = _alt(_V["target_cues"]["weak"])
_NEGATOR = _alt(_V["target_cues"]["negators"])
_ACHIEVED = _alt(_V["target_cues"]["achieved"])
_TARGET_RE = regex.compile(rf"(?<![\p{{L}}])(?:{_TARGET})(?![\p{{L}}])", regex.IGNORECASE)
_WEAK_RE = regex.compile(rf"(?<![\p{{L}}])(?:{_WEAK})(?![\p{{L}}])", regex.IGNORECASE)
_NEGATOR_FULL = regex.compile(rf"{_NEGATOR}", regex.IGNORECASE)
_ACHIEVED_RE = regex.compile(rf"(?<![\p{{L}}])(?:{_ACHIEVED})(?![\p{{L}}])", regex.IGNORECASE)
#: a goal already met (`đã`, `hoàn thành`, `về đích` = crossed the line): written once, for the
#: pattern and for its scan (:class:`_WordScan`)
_DONE_WORDS = ("đã", "hoàn thành", "về đích")
_DONE_RE = regex.compile(r"(?<![\p{L}])(?:" + "|".join(w.replace(" ", r"[ \u00a0]") for w in _DONE_WORDS)
                         + r")(?![\p{L}])", regex.IGNORECASE)
_PLAN_RE = regex.compile(r"(?<![\p{L}])kế[ \u00a0]hoạch(?![\p{L}])", regex.IGNORECASE)
# `kế hoạch … đạt 95%`, `kế hoạch lần lượt tăng trưởng 17%`: the plan's verb before the figure
# (`tăng từ 8% lên 10%`: the first figure is the level it starts from)
_REACH_BEFORE_RE = regex.compile(r"(?<![\p{L}])(?:đạt|tăng|giảm)[ \u00a0]*+(?:(?!từ[ \u00a0])\p{L}++[ \u00a0]*+){0,2}?$",
                                 regex.IGNORECASE)
# `tuyển được 74% chỉ tiêu`, `giải ngân 30% kế hoạch`: a goal word right after a figure is what
# the figure is a share of, not a goal set for the figures after it
_FIGURE_BEFORE_RE = regex.compile(r"(?:%|phần[ \u00a0]trăm)[ \u00a0]*+(?:(?:tổng|của)[ \u00a0]++)?+$", regex.IGNORECASE)
# `một số chỉ tiêu kinh tế đạt kết quả tích cực`: indicators that reached results, not goals
_RESULT_AFTER_RE = regex.compile(
    r"(?:[ \u00a0\-–]++[\p{L}\p{M}]++){0,5}?[ \u00a0]++(?:" + _alt(_V["target_cues"]["results_after"]) + r")(?![\p{L}])",
    regex.IGNORECASE)
# `chỉ tiêu này`, `các chỉ tiêu kinh tế vĩ mô`: an indicator, not a quota
_INDICATOR_AFTER_RE = regex.compile(
    r"[ \u00a0]++(?:" + _alt(_V["target_cues"]["indicator_after"]) + r")(?![\p{L}])", regex.IGNORECASE)
_QUOTA_WORD_RE = regex.compile(r"chỉ[ \u00a0]++tiêu", regex.IGNORECASE)
_FORECAST_RE = regex.compile(r"(?<![\p{L}])(?:" + _alt(_V["target_cues"]["forecasts"]) + r")(?![\p{L}])",
                             regex.IGNORECASE)
# a tax or interest rate (`mức thuế suất 30%`, `thuế sẽ tăng từ 50%`): a schedule or a rule
_RATE_RE = regex.compile(
    r"(?<![\p{L}])(?:(?i:thuế[ \u00a0]suất|mức[ \u00a0]thuế|lãi[ \u00a0]suất|thuế[ \u00a0](?:nhập|xuất)[ \u00a0]khẩu|"
    r"thuế[ \u00a0]tiêu[ \u00a0]thụ)|thuế(?=[ \u00a0]sẽ))(?![\p{L}])")
_SEMI_RE = regex.compile(r";")
_NOT_BEFORE_RE = regex.compile(r"(?<![\p{L}])(?:không|chưa|chẳng)[ \u00a0]++$", regex.IGNORECASE)
# `thấp hơn 12% so với tháng 3`: a comparative against an earlier time is a change (against
# another thing, `cao hơn 5% so với mức bình quân`, it is a gap)
_SAME_CHANGE_RE = regex.compile(rf"[\s(,\-–]*+{_alt(_V['change_verbs']['same_change'])}[ \u00a0]*+(?:mức[ \u00a0]++)?+$",
                                regex.IGNORECASE)
# a conjunction right after a figure opens a clause of its own (`90% nhưng số hộ …`)
_NEW_CLAUSE_RE = regex.compile(r"(?i)[ \u00a0]*+(?:nhưng|song|tuy[ \u00a0]++nhiên|còn|trong[ \u00a0]++khi|khi[ \u00a0]++đó|"
                               r"đồng[ \u00a0]++thời)(?![\p{L}\p{M}])")
# … unless it opens with a verb or a comparison: then it has no subject of its own (`, giảm nhẹ so với …`)
_NO_SUBJECT_RE = regex.compile(r"(?i)[\s(]*+(?:(?:và|hoặc)[ \u00a0]++)?+(?:tăng|giảm|đạt|chiếm|bằng|là|so|với|còn|lên|xuống|"
                               r"cao|thấp|hơn|trên|dưới|tương[ \u00a0]++(?:ứng|đương))(?![\p{L}\p{M}])")
_DENOMINATOR_RE = regex.compile(rf"^{_alt(_V['metric']['denominators'])}(?![\p{{L}}])", regex.IGNORECASE)
_COMPARATIVE_BEFORE_RE = regex.compile(r"(?<![\p{L}])(?:cao|thấp)[ \u00a0]hơn(?:[ \u00a0]++\p{L}++){0,2}+[ \u00a0]*+$",
                                       regex.IGNORECASE)
_TIME_COMPARED_RE = regex.compile(r"(?:[ \u00a0]*+\([^()\n]{1,30}\))?+[ \u00a0]++so[ \u00a0]với[ \u00a0]++(?:cùng[ \u00a0]kỳ|giai[ \u00a0]đoạn|năm|tháng|quý|"
                                  r"kỳ|thời[ \u00a0]điểm|trước|đầu[ \u00a0]năm|cuối[ \u00a0]năm)(?![\p{L}])", regex.IGNORECASE)
_PERIOD_OPEN_RE = regex.compile(r"(?<![\p{L}])từ[ \u00a0]++(?:năm[ \u00a0]++)?(?:19|20)\d\d[ \u00a0]*+$", regex.IGNORECASE)
_FEW_WORDS_RE = regex.compile(r"(?:[ \u00a0]*+[\p{L}\p{M}]++){0,3}+[ \u00a0]*+")
# `Bộ Kế hoạch và Đầu tư`, `Sở Kế hoạch`: an office's name, not a plan
_OFFICE_BEFORE_RE = regex.compile(r"(?<![\p{L}])(?:Bộ|Sở|Phòng|Vụ|Ban|Cục)[ \u00a0]++$")
_PLAN_RIGHT_BEFORE_RE = regex.compile(
    r"(?<![\p{L}])(?:kế[ \u00a0]hoạch|KH|chỉ[ \u00a0]tiêu|mục[ \u00a0]tiêu)"
    r"(?:[ \u00a0]++(?:năm|là|đề[ \u00a0]ra|giao))?+[ \u00a0]*+:?[ \u00a0]*+$",
    regex.IGNORECASE)
# `phải cao hơn mức 6 tháng đầu năm 2017 (13,26%)`: the base of a comparison, given in parentheses, is
# a figure already reached, not a goal (unless the base is a plan: `cao hơn kế hoạch (13%)`)
_COMPARED_BASE_RE = regex.compile(
    r"(?<![\p{L}])(?:cao|thấp|lớn|nhỏ|nhiều|ít)[ \u00a0]++hơn(?![\p{L}])(?P<base>[^()%;.]{0,60}?)[ \u00a0]*+\([ \u00a0]*+$",
    regex.IGNORECASE)
_PLAN_WORD_RE = regex.compile(r"(?<![\p{L}])(?:kế[ \u00a0]hoạch|KH|chỉ[ \u00a0]tiêu|mục[ \u00a0]tiêu|dự[ \u00a0]toán)(?![\p{L}])",
                              regex.IGNORECASE)
#: a deadline's word (`đến năm 2025`, `tới 2030`): written once, for the pattern and for its scan
_DEADLINE_WORDS = ("đến", "tới")
_DEADLINE_RE = regex.compile(
    r"(?<![\p{L}])(?<!tính[ \u00a0])(?<!Tính[ \u00a0])(?:" + "|".join(_DEADLINE_WORDS) + r")[ \u00a0]++"
    r"(?:(?:hết|cuối)[ \u00a0]++)?(?:năm[ \u00a0]++)?(?P<y>(?:19|20)\d\d)(?!\d)",
    regex.IGNORECASE)

_DEADLINE_AFTER_RE = regex.compile(
    r"[ \u00a0]++(?:vào|đến|tới|trong)[ \u00a0]++(?:(?:hết|cuối)[ \u00a0]++)?năm[ \u00a0]++(?P<y>(?:19|20)\d\d)(?!\d)",
    regex.IGNORECASE)
_CLAUSE_BREAK_RE = regex.compile(r"[;:()\n!?\[\]]|\.(?!\d)|,(?!\d)")
_ABBREV = "|".join(regex.escape(w) for w in sorted(set(_V["target_cues"]["abbreviations"]), key=len, reverse=True))
_SENT_BREAK_RE = regex.compile(r"\n|(?<!\b(?:\p{Lu}{1,3}|" + _ABBREV + r"))[.!?](?=[ \u00a0]++[\p{Lu}\d\"“])")
_SENT_BREAK_LAST_RE = regex.compile(r"(?r)" + _SENT_BREAK_RE.pattern)
_STRIP_LEAD = regex.compile(rf"^(?:(?:{_alt(_V['metric']['strip_leading'])})(?![\p{{L}}])[ \u00a0,]*+)++",
                            regex.IGNORECASE)
_STOP_AFTER = regex.compile(rf"^(?:{_alt(_V['metric']['stop_after'])})(?![\p{{L}}])", regex.IGNORECASE)
_AFTER_END_RE = regex.compile(
    r"[;.\n()\[\]!?:]|,(?=[ \u00a0]*+(?:tăng|giảm|đạt|trong|so)\b)|\d++(?:[.,]\d++)*+[ \u00a0]?+%"
    r"|[ \u00a0]và[ \u00a0]++\d")
#: the units of a date bit in a metric phrase; every _DATE_BITS_RE match holds one, which
#: lets _clean_metric skip the pattern where none is written
_DATE_UNITS = ("năm", "tháng", "quý")
_DATE_BITS_RE = regex.compile(
    r"(?<![\p{L}])(?:(?:đến|tới|trong|vào)[ \u00a0]++)?(?:(?:hết|cuối|đầu)[ \u00a0]++)?(?:" + "|".join(_DATE_UNITS)
    + r")[ \u00a0]++[\dIV]++(?:/\d++)?+", regex.IGNORECASE)
_QUAL_TAIL_WORDS = _V["metric"]["qualifier_tail"]
_QUAL_TAIL_LAST = tuple(w.split()[-1] for w in _QUAL_TAIL_WORDS)  # a _QUAL_TAIL_RE match ends with one
_QUAL_TAIL_RE = regex.compile(
    r"(?:[ \u00a0]++(?:" + "|".join(w.replace(" ", r"[ \u00a0]") for w in _QUAL_TAIL_WORDS) + r"))++$", regex.IGNORECASE)


_HEX2_RE = regex.compile(r"[0-9A-Fa-f]{2}")
_CLAUSE_BREAK_LAST_RE = regex.compile(r"(?r)" + _CLAUSE_BREAK_RE.pattern)  # the last break before a position


class _WordScan:
    r"""``finditer``/``search`` of a case-insensitive pattern made of ``(?<![\p{L}])``,
    one of ``phrases`` and a non-letter (``(?![\p{L}])`` or the space after a word),
    with the same matches.

    The regex engine's scan of such an alternation costs ~100 ns a character;
    here the pattern is tried only where ``str.find`` sees a phrase's first word in
    the case-folded text, as a whole word (``str.isalpha`` implies ``\p{L}``).
    ``low`` is ``text.casefold()`` (a :class:`_Folded`), or None when case folding
    changed the length (``İ``): then the plain scan."""

    def __init__(self, pattern, phrases) -> None:
        self.pattern = pattern
        self.firsts = sorted({p.split()[0].casefold() for p in phrases})

    def _starts(self, text: str, low: str | _Folded, pos: int, endpos: int) -> list[int]:
        span = low[pos:endpos]
        starts = set()
        for w in [w for w in self.firsts if w in span]:  # `in` first: most words are absent
            i = span.find(w)
            while i >= 0:
                a, b = pos + i, pos + i + len(w)
                if not ((a > 0 and text[a - 1].isalpha()) or (b < endpos and text[b].isalpha())):
                    starts.add(a)
                i = span.find(w, i + 1)
        return sorted(starts)

    def finditer(self, text: str, low: str | _Folded | None, pos: int, endpos: int) -> list:
        if low is None:
            return list(self.pattern.finditer(text, pos, endpos))
        out = []
        end = pos
        for i in self._starts(text, low, pos, endpos):
            if i >= end:  # not inside the last match
                m = self.pattern.match(text, i, endpos)
                if m is not None:
                    out.append(m)
                    end = m.end()
        return out

    def search(self, text: str, low: str | _Folded | None, pos: int, endpos: int):
        if low is None:
            return self.pattern.search(text, pos, endpos)
        for i in self._starts(text, low, pos, endpos):
            m = self.pattern.match(text, i, endpos)
            if m is not None:
                return m
        return None


class _Folded:
    """``text.casefold()`` read slice by slice, as :meth:`_WordScan._starts` reads it: no
    folded copy of the whole text (on a 64 MB article, 90 MB more at the stage's peak).
    Case folding maps each character on its own, so when it keeps the text's length it
    maps each to one and a slice of the folded text is the folded slice."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    @classmethod
    def of(cls, text: str) -> "_Folded | None":
        """The folded ``text``, or None when case folding changes its length (``ß``, ``İ``)."""
        for i in range(0, len(text), PIECE):
            piece = text[i:i + PIECE]
            if len(piece.casefold()) != len(piece):
                return None
        return cls(text)

    def __getitem__(self, span: slice) -> str:
        return self.text[span].casefold()


def _casefold(text: str) -> str | None:
    """``text.casefold()`` when it keeps every offset (one character for one)."""
    low = text.casefold()
    return low if len(low) == len(text) else None


_VERBS = _WordScan(_VERB_RE, _V["change_verbs"]["words"] + _V["change_verbs"]["not_change"]
                   + _V["level_markers"]["words"])
_TARGETS = _WordScan(_TARGET_RE, _V["target_cues"]["words"])
_WEAKS = _WordScan(_WEAK_RE, _V["target_cues"]["weak"])
_ACHIEVEDS = _WordScan(_ACHIEVED_RE, _V["target_cues"]["achieved"])
_DONES = _WordScan(_DONE_RE, _DONE_WORDS)
_DEADLINES = _WordScan(_DEADLINE_RE, _DEADLINE_WORDS)
#: `từ` (from) right before a figure: `từ 95%` alone is at least 95%
_FROM = "từ"
_FROM_END_RE = regex.compile(rf"(?i)(?<!\p{{L}}){_FROM}[ \u00a0]++$")
# `tăng từ 80% lên 90%`: a starting level, not a bound
_FROM_TO_RE = regex.compile(rf"{_S}*+(?:lên|xuống|[\-–—]|{_S}\d)", regex.IGNORECASE)
# `từ 60% (… người) vào năm 2010 đã tăng lên 75,8%`: `từ` opens a change's starting level, its `lên`
# or `xuống` further on in the clause (before a new figure's own words), not a floor
_FROM_LATER_TO_RE = regex.compile(rf"^[^;.%]{{0,120}}?(?<![\p{{L}}])(?:lên|xuống)(?:{_S}++(?:mức|tới|đến|còn))?+{_S}++\d",
                                  regex.IGNORECASE)
_ACRONYM_RE = regex.compile(r"\p{Lu}{2,}(?!\p{Ll})")
_SHARE_VERB_RE = regex.compile(r"(?i)chiếm[ \u00a0]++t[ỷỉ][ \u00a0]++lệ")
# a clause made only of list glue (`và`, `hoặc`, commas, dashes): the figure continues a list
_LIST_GLUE_ONLY_RE = regex.compile(r"(?i)(?:(?<!\p{L})(?:và|hoặc|lần lượt|đến|tới)(?!\p{L})|[\s\-–,/])*+")
