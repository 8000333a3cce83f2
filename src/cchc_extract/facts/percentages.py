"""Percentages with qualifiers, changes, targets and the metric they measure.

Find, then resolve: :data:`_PCT_RE` finds every figure followed by ``%`` or
``phần trăm`` (single figures, ranges ``30 - 50%``, ``từ 30% đến 50%``, spelled
numbers); then each one is read in its clause and sentence:

- ``qualifier`` from the words right before the figure (``numbers.qualifier_before``)
  or after it (``trở lên``), and ``từ 95%`` alone as ``at_least``;
- ``is_change`` when the closest verb before it in its clause is a change verb
  (``tăng``, ``giảm``, ``rút ngắn``) rather than a level marker (``đạt``, ``chiếm``, ``còn``);
- ``is_target`` when the sentence states a goal before the figure (``phấn đấu``,
  ``mục tiêu``, ``chỉ tiêu``) that is not reported as met, or a later deadline
  (``đến năm 2030``);
- ``metric`` from the noun phrase after the figure or the clause subject before it.

Vocabulary lives in ``patterns/percentages.yaml`` (and the shared qualifier words
in ``patterns/numbers.yaml``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from ..context import ArticleContext, stage
from ..patterndata import entries
from ..numbers import SPELLED_NUMBER, parse_number, parse_word_number, qualifier_after, qualifier_before
from ..records import Percentage
from ..textcase import PIECE, lower


_V = entries("percentages")


def _alt(words) -> str:
    items = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", r"[ \u00a0]++") for w in items) + ")"


_S = r"[ \u00a0]"
_NUM = r"(?:\d{1,3}(?:\.\d{3})++(?:,\d++)?+|\d++(?:[,.]\d++)?+)"
_NB = r"(?<![\p{L}\p{N}.,/])"
_SIGN = rf"(?:{_S}?+(?:điểm{_S}++)?+(?:%|％)|{_S}++(?:điểm{_S}++)?+phần{_S}++trăm(?!\p{{L}}))"
_CONN = _alt([c for c in _V["ranges"]["connectors"] if c.isalpha()])
_DASHES = "".join(regex.escape(c) for c in _V["ranges"]["connectors"] if not c.isalpha())


_PCT_RE = regex.compile(
    rf"{_NB}(?P<a>{_NUM})(?:(?P<asign>{_SIGN})?+{_S}*+(?:[{_DASHES}]|{_CONN}){_S}*+"
    rf"(?P<b>{_NUM}))?(?P<sign>{_SIGN})"
    rf"|(?<![\p{{L}}\p{{N}}])(?P<w>{SPELLED_NUMBER}){_S}*+(?P<wsign>%|phần{_S}++trăm(?!\p{{L}}))",
    regex.IGNORECASE,
)

# the same, read backwards from a sign: the match that ends at the window's end
_PCT_END_RE = regex.compile(r"(?r)(?:" + _PCT_RE.pattern + r")\Z", regex.IGNORECASE)

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
_DONE_RE = regex.compile(r"(?<![\p{L}])(?:đã|hoàn[ \u00a0]thành|về[ \u00a0]đích)(?![\p{L}])", regex.IGNORECASE)
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
_COMPARATIVE_BEFORE_RE = regex.compile(r"(?<![\p{L}])(?:cao|thấp)[ \u00a0]hơn(?:[ \u00a0]++\p{L}++){0,2}+[ \u00a0]*+$",
                                       regex.IGNORECASE)
_TIME_COMPARED_RE = regex.compile(r"[ \u00a0]++so[ \u00a0]với[ \u00a0]++(?:cùng[ \u00a0]kỳ|giai[ \u00a0]đoạn|năm|tháng|quý|"
                                  r"kỳ|thời[ \u00a0]điểm|trước|đầu[ \u00a0]năm|cuối[ \u00a0]năm)(?![\p{L}])", regex.IGNORECASE)
_PERIOD_OPEN_RE = regex.compile(r"(?<![\p{L}])từ[ \u00a0]++(?:năm[ \u00a0]++)?(?:19|20)\d\d[ \u00a0]*+$", regex.IGNORECASE)
_FEW_WORDS_RE = regex.compile(r"(?:[ \u00a0]*+[\p{L}\p{M}]++){0,3}+[ \u00a0]*+")
# `Bộ Kế hoạch và Đầu tư`, `Sở Kế hoạch`: an office's name, not a plan
_OFFICE_BEFORE_RE = regex.compile(r"(?<![\p{L}])(?:Bộ|Sở|Phòng|Vụ|Ban|Cục)[ \u00a0]++$")
_PLAN_RIGHT_BEFORE_RE = regex.compile(
    r"(?<![\p{L}])(?:kế[ \u00a0]hoạch|KH|chỉ[ \u00a0]tiêu|mục[ \u00a0]tiêu)"
    r"(?:[ \u00a0]++(?:năm|là|đề[ \u00a0]ra|giao))?+[ \u00a0]*+:?[ \u00a0]*+$",
    regex.IGNORECASE)
_DEADLINE_RE = regex.compile(
    r"(?<![\p{L}])(?<!tính[ \u00a0])(?<!Tính[ \u00a0])(?:đến|tới)[ \u00a0]++(?:(?:hết|cuối)[ \u00a0]++)?"
    r"(?:năm[ \u00a0]++)?(?P<y>(?:19|20)\d\d)(?!\d)",
    regex.IGNORECASE)

_DEADLINE_AFTER_RE = regex.compile(
    r"[ \u00a0]++(?:vào|đến|tới|trong)[ \u00a0]++(?:(?:hết|cuối)[ \u00a0]++)?năm[ \u00a0]++(?P<y>(?:19|20)\d\d)(?!\d)",
    regex.IGNORECASE)
_CLAUSE_BREAK_RE = regex.compile(r"[;:()\n!?\[\]]|\.(?!\d)|,(?!\d)")
_SENT_BREAK_RE = regex.compile(r"\n|(?<!\b\p{Lu}\p{L}{0,2})[.!?](?=[ \u00a0]++[\p{Lu}\d\"“])")
_SENT_BREAK_LAST_RE = regex.compile(r"(?r)" + _SENT_BREAK_RE.pattern)
_STRIP_LEAD = regex.compile(rf"^(?:(?:{_alt(_V['metric']['strip_leading'])})(?![\p{{L}}])[ \u00a0,]*+)++",
                            regex.IGNORECASE)
_STOP_AFTER = regex.compile(rf"^(?:{_alt(_V['metric']['stop_after'])})(?![\p{{L}}])", regex.IGNORECASE)
_AFTER_END_RE = regex.compile(
    r"[;.\n()\[\]!?:]|,(?=[ \u00a0]*+(?:tăng|giảm|đạt|trong|so)\b)|\d++(?:[.,]\d++)*+[ \u00a0]?+%"
    r"|[ \u00a0]và[ \u00a0]++\d")
_DATE_BITS_RE = regex.compile(
    r"(?<![\p{L}])(?:(?:đến|tới|trong|vào)[ \u00a0]++)?(?:(?:hết|cuối|đầu)[ \u00a0]++)?(?:năm|tháng|quý)[ \u00a0]++"
    r"[\dIV]++(?:/\d++)?+", regex.IGNORECASE)
_DATE_UNITS = ("năm", "tháng", "quý")  # every _DATE_BITS_RE match holds one
_QUAL_TAIL_WORDS = ["từ", "trên", "hơn", "dưới", "khoảng", "gần", "ước", "tối thiểu", "tối đa", "ít nhất", "không quá",
                    "xấp xỉ", "chưa đến", "vượt"]
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
_DONES = _WordScan(_DONE_RE, ["đã", "hoàn thành", "về đích"])
_DEADLINES = _WordScan(_DEADLINE_RE, ["đến", "tới"])
_FROM_END_RE = regex.compile(r"(?i)(?<!\p{L})từ[ \u00a0]++$")
# `tăng từ 80% lên 90%`: a starting level, not a bound
_FROM_TO_RE = regex.compile(rf"{_S}*+(?:lên|xuống|[\-–—]|{_S}\d)", regex.IGNORECASE)
_ACRONYM_RE = regex.compile(r"\p{Lu}{2,}(?!\p{Ll})")
_SHARE_VERB_RE = regex.compile(r"(?i)chiếm[ \u00a0]++t[ỷỉ][ \u00a0]++lệ")
# a clause made only of list glue (`và`, `hoặc`, commas, dashes): the figure continues a list
_LIST_GLUE_ONLY_RE = regex.compile(r"(?i)(?:(?<!\p{L})(?:và|hoặc|lần lượt|đến|tới)(?!\p{L})|[\s\-–,/])*+")


@dataclass
class _Hit:
    start: int
    end: int
    low: float
    high: float
    is_range: bool
    from_word: bool  # `từ` right before a single figure
    signed: bool = False  # written with its sign (`-0,4%`, `+1,2%`): a change, as market lines write them


def _float(s: str) -> float | None:
    v = parse_number(s)
    return None if v is None else float(v)


def _in_url(text: str, start: int, end: int) -> bool:
    lo, hi = max(0, start - 120), min(len(text), end + 120)
    a = max(text.rfind(" ", lo, start), text.rfind("\n", lo, start), lo - 1) + 1
    b_candidates = [i for i in (text.find(" ", end, hi), text.find("\n", end, hi)) if i >= 0]
    token = text[a:min(b_candidates) if b_candidates else hi]
    return "://" in token or "www." in token or (end < len(text) and text[end - 1] == "%"
                                                 and _HEX2_RE.match(text[end:end + 2]) is not None)


_SIGN_WORDS = ("%", "％", "phần trăm", "Phần trăm", "PHẦN TRĂM", "phần\u00a0trăm")
_LOOKBACK = 90   # the longest figure or range before a sign: `từ 98,5% đến dưới 100` and spelled ones


def _sign_ends(text: str) -> list[int]:
    """Where a `%` or `phần trăm` ends, in text order (found with str.find: fast)."""
    ends = []
    for sign in _SIGN_WORDS:
        i = text.find(sign)
        while i >= 0:
            j = i + len(sign)
            if sign[0] not in "%％" and j < len(text) and text[j].isalpha():
                i = text.find(sign, j)  # `phần trămx` is not the sign
                continue
            ends.append(j)
            i = text.find(sign, j)
    return sorted(set(ends))


def _find_hits(text: str) -> list[_Hit]:
    """Figures ending at each sign: the pattern is tried only in a short window before it."""
    hits: list[_Hit] = []
    for sign_end in _sign_ends(text):
        m = _PCT_END_RE.search(text, max(0, sign_end - _LOOKBACK), sign_end)
        if m is None:
            continue
        hit = _read_hit(text, m)
        if hit is None:
            continue
        for h in hit:
            while hits and h.start < hits[-1].end:  # a range absorbs a figure found alone
                if h.start <= hits[-1].start:
                    hits.pop()
                else:
                    break
            if not hits or h.start >= hits[-1].end:
                hits.append(h)
    return hits


def _read_hit(text: str, m) -> list[_Hit] | None:
    if m.group("w"):
        v = parse_word_number(m.group("w"))
        if v is None:
            return None
        return [_Hit(m.start("w"), m.end(), float(v), float(v), False, False)]
    if _in_url(text, m.start(), m.end()):
        return None
    a = _float(m.group("a"))
    if a is None:
        return None
    if m.group("b") is not None:
        b = _float(m.group("b"))
        if b is not None and a < b:
            return [_Hit(m.start(), m.end(), a, b, True, False)]
        # not a range: keep the second figure alone, and the first if it has its own sign
        out = []
        if m.group("asign"):
            out.append(_Hit(m.start(), m.end("asign"), a, a, False, False))
        if b is not None:
            out.append(_Hit(m.start("b"), m.end(), b, b, False, False))
        return out
    start = m.start()
    sign = _sign_before(text, start)
    if sign:  # `(-0,4%)`, `+1,2%`: the sign is part of the figure, which is a change
        return [_Hit(start - 1, m.end(), sign * a, sign * a, False, False, True)]
    return [_Hit(start, m.end(), a, a, False, False)]


_SIGNS = {"-": -1, "\u2212": -1, "+": 1}  # hyphen-minus, minus sign, plus
_BEFORE_SIGN = " \t\n\u00a0([:;"


def _sign_before(text: str, start: int) -> int:
    """-1 or +1 for a sign glued to a lone figure and standing apart from what precedes
    it (``(-0,4%)``, ``: +1,2%``), else 0; a dash inside a word, code or range
    (``Top-10%``) is no sign."""
    if start >= 1 and text[start - 1] in _SIGNS and (start == 1 or text[start - 2] in _BEFORE_SIGN):
        return _SIGNS[text[start - 1]]
    return 0


_SENT_WINDOW = 1200


class _SentenceStarts:
    """Sentence starts for increasing positions (the light splitter), scanning each
    character once; a sentence longer than a window is cut in blocks of half a window."""

    def __init__(self, text: str) -> None:
        self.text, self.upto, self.last = text, 0, 0

    def __call__(self, pos: int) -> int:
        if pos > self.upto:
            # every break is one character: the last found forward is the first found backwards
            m = _SENT_BREAK_LAST_RE.search(self.text, self.upto, pos)
            if m is not None:
                self.last = m.end()
            self.upto = pos
        if pos - self.last > _SENT_WINDOW:
            half = _SENT_WINDOW // 2
            return (pos - _SENT_WINDOW) // half * half + half
        return self.last


def _clause_start(text: str, pos: int, floor: int) -> int:
    # every break is one character, so the last one found scanning forward is the first backwards
    m = _CLAUSE_BREAK_LAST_RE.search(text, floor, pos)
    return floor if m is None else m.end()


def _qualifier(text: str, hit: _Hit) -> tuple[str | None, int]:
    q, qstart = qualifier_before(text, hit.start)
    after = qualifier_after(text, hit.end)
    left = text[max(0, hit.start - 6):hit.start].lower()
    from_word = _ends_with_from(left)
    if from_word:
        qstart = hit.start - (len(left) - left.rfind("từ"))
    if after:
        return after, qstart
    if q:
        return q, qstart
    if from_word and not hit.is_range and not _FROM_TO_RE.match(text[hit.end:hit.end + 8]):
        return "at_least", qstart
    return None, qstart


def _ends_with_from(s: str) -> bool:
    """``s`` ends with `từ` and spaces (_FROM_END_RE), searched only when its end says it can."""
    tail = s.rstrip(" \u00a0\n")[-2:]  # `$` also matches before a final newline
    low = _casefold(tail)
    return (low is None or low == "từ") and _FROM_END_RE.search(s) is not None


def _last_verb(segment: str):
    verbs = _VERBS.finditer(segment, _casefold(segment), 0, len(segment))
    return verbs[-1] if verbs else None


class _Cues:
    """Target cues of one sentence, scanned once and extended as figures are met,
    so a long sentence with many figures is read in linear time.

    ``targets``, ``plans`` and ``deadlines`` are read for every figure; ``achieved``,
    ``done``, ``semis`` and ``breaks`` only qualify one of them, so their scan of
    each stretch waits for :meth:`settle` (most sentences never need them)."""

    def __init__(self, text: str, low: str | _Folded | None, start: int) -> None:
        self.text, self.low, self.start, self.upto = text, low, start, start
        self.targets: list[tuple[int, int]] = []
        self.achieved: list[int] = []
        self.done: list[int] = []
        self.plans: list[tuple[int, int]] = []
        self.deadlines: list[tuple[int, int, int]] = []
        self.semis: list[int] = []
        self.breaks: list[int] = []
        self._neg_end: int | None = None
        self._unsettled: list[tuple[int, int]] = []  # stretches not yet scanned for the lists settle() fills

    def _shortly_after_target(self, pos: int) -> bool:
        last = _last_before(self.targets, pos)
        return last is not None and _FEW_WORDS_RE.fullmatch(self.text, last[1], pos) is not None

    def _right_after_target(self, pos: int) -> bool:
        last = _last_before(self.targets, pos)
        return last is not None and not self.text[last[1]:pos].strip()

    def extend(self, pos: int) -> None:
        t, low, a = self.text, self.low, self.upto
        if pos <= a:
            return
        for m in _TARGETS.finditer(t, low, a, pos):
            words = t[max(self.start, m.start() - 30):m.start()].split()
            negated = any(len(words) >= k and _NEGATOR_FULL.fullmatch(" ".join(words[-k:])) for k in (1, 2))
            if _FIGURE_BEFORE_RE.search(t, max(self.start, m.start() - 16), m.start()) \
                    or _RESULT_AFTER_RE.match(t, m.end(), min(pos, m.end() + 60)):
                continue
            if negated or (self._neg_end is not None and not t[self._neg_end:m.start()].strip()):
                self._neg_end = m.end()  # `vượt chỉ tiêu`, and `so với mục tiêu đề ra` as a whole
                continue
            self.targets.append((m.start(), m.end()))
        self.plans += [(m.start(), m.end()) for m in _PLAN_RE.finditer(t, a, pos)
                       if not _OFFICE_BEFORE_RE.search(t, max(0, m.start() - 8), m.start())
                       and not _FIGURE_BEFORE_RE.search(t, max(self.start, m.start() - 16), m.start())]
        # `từ năm 1950 đến 2015` closes a period: no deadline
        self.deadlines += [(m.start(), m.end(), int(m.group("y"))) for m in _DEADLINES.finditer(t, low, a, pos)
                           if not _PERIOD_OPEN_RE.search(t, max(self.start, m.start() - 24), m.start())]
        self._unsettled.append((a, pos))
        self.upto = pos

    def settle(self) -> None:
        """Scan the stretches met so far for ``achieved``, ``done``, ``semis`` and ``breaks``,
        each with its own bounds as when it was met."""
        t, low = self.text, self.low
        for a, pos in self._unsettled:
            # `phấn đấu cả năm đạt được 14%`: reaching is the goal's own verb, not a result
            self.achieved += [m.start() for m in _ACHIEVEDS.finditer(t, low, a, pos)
                              if not (t[m.start():m.start() + 3].lower() == "đạt" and self._shortly_after_target(m.start()))]
            # `phấn đấu hoàn thành chỉ tiêu`: completing is the goal itself, not a result (a
            # target met later in the sentence starts after the word: _last_before leaves it)
            self.done += [m.start() for m in _DONES.finditer(t, low, a, pos) if not self._right_after_target(m.start())]
            self.semis += [m.start() for m in _SEMI_RE.finditer(t, a, pos)]
            self.breaks += [m.start() for m in _CLAUSE_BREAK_RE.finditer(t, a, pos)]
        self._unsettled.clear()


def _last_before(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    i = bisect.bisect_right(spans, (pos, pos)) - 1
    while i >= 0 and spans[i][1] > pos:
        i -= 1
    return spans[i] if i >= 0 else None


def _any_between(sorted_starts: list[int], lo: int, hi: int) -> bool:
    i = bisect.bisect_left(sorted_starts, lo)
    return i < len(sorted_starts) and sorted_starts[i] < hi


def _is_target(text: str, cues: _Cues, clause_start: int, pos: int, end: int, pub_year: int | None) -> bool:
    # a forecast (`dự báo … sẽ tăng 8%`) or a tax or interest rate (`sẽ chịu mức thuế suất 20%`)
    # states no goal: only a goal word or a plan's own figure makes it one
    blocked = _FORECAST_RE.search(text, cues.start, pos) or _RATE_RE.search(text, cues.start, pos)
    after = None if blocked else _DEADLINE_AFTER_RE.match(text, end, end + 40)
    if after and (pub_year is None or int(after.group("y")) > pub_year):
        return True  # `đưa tỷ lệ xuống còn 15% đến năm 2020`
    if _PLAN_RIGHT_BEFORE_RE.search(text, max(0, pos - 24), pos):
        return True  # `đạt 95% (kế hoạch 90%)`: the plan's own figure
    cues.extend(pos)
    cue = cues.targets[-1] if cues.targets else None
    if cue is not None:
        cues.settle()
        i = bisect.bisect_left(cues.breaks, cue[1])
        own_end = cues.breaks[i] if i < len(cues.breaks) else pos
        if not _any_between(cues.achieved, max(cue[1], clause_start), pos) and not _any_between(
                cues.done, cue[1], own_end):
            return True
    if blocked:
        return False
    weak = _WEAKS.search(text, cues.low, clause_start, pos)
    if weak is not None and not _ACHIEVEDS.search(text, cues.low, weak.end(), pos) \
            and not _NOT_BEFORE_RE.search(text, max(0, weak.start() - 8), weak.start()):
        return True  # (`không cần giảm về 5%`: no need, no goal)
    if cues.plans and _REACH_BEFORE_RE.search(text, max(cues.plans[-1][1], pos - 30), pos):
        plan_start, plan_end = cues.plans[-1]
        cues.settle()
        if not _any_between(cues.achieved, max(plan_end, clause_start), pos):
            neg = text[max(cues.start, plan_start - 20):plan_start].split()[-2:]
            if not any(w.lower() in ("vượt", "hoàn", "thành", "với") for w in neg):
                return True
    if cues.deadlines:
        cues.settle()
        part = cues.semis[-1] if cues.semis else cues.start  # a deadline governs its own part of a list
        dl = cues.deadlines[-1] if cues.deadlines[-1][0] >= part else None
        if dl is not None and not _any_between(cues.achieved, max(dl[1], clause_start), pos):
            if pub_year is None or dl[2] > pub_year:
                return True
    return False


def _clean_metric(s: str) -> str | None:
    # The str checks only skip a regex that cannot match: a date bit needs its unit word,
    # a qualifier tail ends with one of its words (case folding that keeps the length
    # maps every letter the regex takes for one of its words to that word's letter).
    low = _casefold(s)
    if low is None or any(w in low for w in _DATE_UNITS):
        s = _DATE_BITS_RE.sub(" ", s)
    s = " ".join(s.split()).strip(" ,-–:")
    lead = _STRIP_LEAD.match(s)
    if lead:
        s = s[lead.end():]
    low = _casefold(s)
    if low is None or low.endswith(_QUAL_TAIL_LAST):
        s = _QUAL_TAIL_RE.sub("", " " + s)
    s = s.strip(" ,-–:")
    return s or None


def _metric_after(text: str, end: int) -> str | None:
    rest = text[end:end + 160]
    if not rest[:1].isspace():
        return None
    body = rest.lstrip(" \u00a0")
    if not body or not body[0].isalpha() or _STOP_AFTER.match(body):
        return None
    if not body[0].islower() and not _ACRONYM_RE.match(body):
        return None  # a capitalised word starts a new clause; an acronym (TTHC) is a noun
    stop = _AFTER_END_RE.search(body)
    phrase = body[:stop.start()] if stop else body
    words = phrase.split()
    if len(words) > 14:
        phrase = " ".join(words[:14])
    return _clean_metric(phrase)


_UNKNOWN = object()


def _rstripped_end(text: str, pos: int) -> int:
    """``len(text[:pos].rstrip())``, walking back over the spaces only (no copy of the prefix)."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def _metric_before(text: str, clause_start: int, qstart: int, verb=_UNKNOWN) -> str | None:
    """``verb``: the last verb of ``text[clause_start:qstart]`` when already known."""
    segment = text[clause_start:qstart]
    if verb is _UNKNOWN:
        verb = _last_verb(segment)
    if verb is None:
        return _clean_metric(segment)
    after = _clean_metric(segment[verb.end():])
    if after and verb.group("ch"):
        return after
    subject = _clean_metric(segment[:verb.start()])
    if subject and _SHARE_VERB_RE.fullmatch(verb.group(0)):
        return f"{verb.group(0).split()[-2]} lệ {subject}"
    return subject or after


def find_percentages(text: str, *, sentences: list[tuple[int, int]] | None = None,
                     pub_year: int | None = None) -> list[Percentage]:
    """Every number followed by ``%`` or ``phần trăm`` (records.md "Percentage").

    ``sentences`` are (start, end) offsets of the sentences of ``text`` (a light
    splitter is used when they are not given); ``pub_year`` tells a deadline
    still ahead (a target) from one already past.

    >>> [(p.text, p.qualifier, p.is_change) for p in find_percentages("Tỷ lệ đạt trên 95%, tăng 2%.")]
    [('95%', 'over', False), ('2%', None, True)]
    """
    out: list[Percentage] = []
    sentence_start = _SentenceStarts(text)
    cues: _Cues | None = None
    si = 0
    prev: tuple[int, Percentage] | None = None  # (sentence start, item)
    low = _Folded.of(text)
    for hit in _find_hits(text):
        if sentences:
            while si < len(sentences) - 1 and sentences[si][1] <= hit.start:
                si += 1
            sent_start = sentences[si][0] if sentences[si][0] <= hit.start else 0
        else:
            sent_start = sentence_start(hit.start)
        if cues is None or cues.start != sent_start:
            cues = _Cues(text, low, sent_start)
        qual, qstart = _qualifier(text, hit)
        floor = sent_start
        same_sentence = prev is not None and prev[0] == sent_start
        if same_sentence:
            floor = max(floor, prev[1].end)
        clause_start = _clause_start(text, qstart, floor)
        clause = text[clause_start:hit.start]
        verb = clause_verb = _last_verb(clause)
        starts_from = _ends_with_from(clause)
        list_item = _LIST_GLUE_ONLY_RE.fullmatch(clause) is not None
        opener = _rstripped_end(text, clause_start) if verb is None and not clause.strip() else 0
        if opener and text[opener - 1] == "(":
            # `đã giảm được 9 phòng, ban (11,8%)`: the figure sizes the count before it
            stop = opener - 1
            for _ in range(3):
                if stop <= floor:
                    break
                begin = _clause_start(text, stop, floor)
                verb = _last_verb(text[begin:stop])
                if verb is not None:
                    break
                stop = begin - 1
        if verb is not None:
            # `tăng từ 80% lên 90%`: both are levels; `tăng 5% lên 92%`: 5% is the change
            is_change = bool(verb.group("ch")) and not (
                starts_from and _START_LEVEL_RE.match(text, hit.end, hit.end + 20))
        elif list_item and same_sentence:
            is_change = prev[1].is_change
        else:
            is_change = False
        is_change = is_change or hit.signed or (
            _COMPARATIVE_BEFORE_RE.search(text, max(clause_start, hit.start - 30), hit.start) is not None
            and _TIME_COMPARED_RE.match(text, hit.end, min(len(text), hit.end + 40)) is not None)
        is_target = _is_target(text, cues, clause_start, hit.start, hit.end, pub_year)
        if list_item and same_sentence and prev[1].is_target:
            is_target = True  # `kế hoạch tăng 17% và 19%`; `sẽ cung cấp 40% …; 100% …`: the goal's list goes on
        metric = _metric_after(text, hit.end)
        if metric is None:
            # with no qualifier the segment before it is the clause, whose verb is known
            metric = _metric_before(text, clause_start, qstart, clause_verb if qstart == hit.start else _UNKNOWN)
        if metric is None and same_sentence:
            metric = prev[1].metric
        if metric is None and clause_start > sent_start:  # `giải quyết 299 hồ sơ, đạt 100%`
            metric = _clean_metric(text[_clause_start(text, clause_start - 1, sent_start):clause_start - 1])
        item = Percentage(
            text=text[hit.start:hit.end], start=hit.start, end=hit.end,
            value=None if hit.is_range else hit.low, low=hit.low, high=hit.high,
            qualifier=qual, is_change=is_change, is_target=is_target, metric=metric,
        )
        out.append(item)
        prev = (sent_start, item)
    return out


_DEADLINE_WORD_RE = regex.compile(r"(?i)(?:đến|tới|vào|tầm[ \u00a0]nhìn)[ \u00a0]++(?:(?:hết|cuối)[ \u00a0]++)?$")


def reference_year(text: str, dates) -> int | None:
    """The latest year the article reports on, for an article without a publication date:
    the latest explicit year among its dates, leaving out deadlines (``đến năm 2025``) and
    taking a period (``giai đoạn 2021-2025``, a plan) by its first year."""
    best = None
    for d in dates:
        y = d.value[:4]
        if not y.isdigit():
            continue
        if d.kind in ("year", "period") and _DEADLINE_WORD_RE.search(text, max(0, d.start - 12), d.start):
            continue
        best = max(best or 0, int(y))
    return best


@stage("percentages", requires=("published", "boilerplate", "dates"), assigns=("percentages",))
def percentages_stage(ctx: ArticleContext) -> None:
    if "%" not in ctx.text and "％" not in ctx.text and "phần trăm" not in lower(ctx.text):
        ctx.percentages = []
        return
    year = ctx.pub_year if ctx.pub_year is not None else reference_year(ctx.text, ctx.dates)
    ctx.percentages = [p for p in find_percentages(ctx.text, pub_year=year)
                       if not ctx.in_boilerplate(p.start)]
