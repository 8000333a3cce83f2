"""Dossier counts: how many ``hồ sơ`` (dossiers) an office received, resolved ...

Find, then resolve, then link:

1. **find** every printed number that counts dossiers
   (``79.094 hồ sơ``, ``4.572/4.572 hồ sơ``, ``số hồ sơ tiếp nhận là 1.234``,
   ``291 HS`` after ``hồ sơ (HS)``, and the bare numbers of a breakdown
   ``(trực tuyến 400, trực tiếp 240)``);
2. **resolve** each one's count, qualifier, own status and channel from the
   words around it (``patterns/dossiers.yaml``);
3. **link** the parts of a breakdown to their total (parentheses, lists opened
   by ``trong đó`` …), so that parts inherit the total's status, agency, period
   and channel unless they say their own.  :func:`link_parts` is reused by the
   checks stage.

Status is read from the nearest cue governing the count: a specific cue right
after the noun (``12 hồ sơ quá hạn``) first, then the nearest cue before the
number in its clause (``giải quyết trước hạn 288 hồ sơ``), then a general cue
after the noun (``hồ sơ đã được giải quyết``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Callable

import regex

from ..context import ArticleContext, stage
from ..patterndata import entries
from ..numbers import NUMBER_RE, SCALE_WORDS, apply_scale, parse_number, qualifier_after, qualifier_before
from ..records import DateMention, DossierCount, LegalDocument
from ..segment import Sentence, sentences as split_sentences
from .link import HEAD_RE, PERIOD_KINDS, PeriodDates, office_before, period_of

# ---------------------------------------------------------------- language data


_DATA = entries("dossiers")

_L = r"[\p{L}\p{M}\p{N}]"
_B = rf"(?<!{_L})"  # word start
_E = rf"(?!{_L})"  # word end
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
# The same without the abbreviation: a count ending at a given `hồ sơ`, searched
# in the short window before it (see _counts_before_nouns).
_COUNT_BEFORE_NOUN_RE = regex.compile(_COUNT_HEAD + rf"(?P<noun>(?i:{_NOUN})){_E}")
# Read backwards from a noun: every character a count before it can hold (blanks,
# digits, `.,/`, then the words of a scale word and a classifier).
_HEAD_WORDS = (max(len(p.split()) for p in SCALE_WORDS)
               + max(len(p.split()) for p in _DATA["dossier_noun"]["classifiers"]))
_COUNT_HEAD_BACK_RE = regex.compile(rf"(?r)(?:[\d.,/]|\s)*+(?:[\p{{L}}\p{{M}}]++\s++){{0,{_HEAD_WORDS}}}+")
_NOUN_RE = regex.compile(rf"(?i){_B}(?:{_NOUN}){_E}")
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



# ---------------------------------------------------------------- candidates


@dataclass
class _Count:
    start: int           # span start (number, or noun for `hồ sơ ... là N`)
    end: int             # span end
    num_start: int
    num_end: int
    count: int
    noun_end: int        # where the words after the count begin
    rounded: bool = False
    qualifier: str | None = None
    own_status: str | None = None
    channel: str | None = None
    agency: str | None = None
    period: str | None = None
    parent: int | None = None
    status: str = "unknown"
    elliptic: bool = False
    extra: dict = field(default_factory=dict)
    #: qualifier_before(text, num_start), read once (several steps need it)
    q_before: tuple[str | None, int] | None = None

    def qualifier_at(self, text: str) -> tuple[str | None, int]:
        if self.q_before is None:
            self.q_before = qualifier_before(text, self.num_start)
        return self.q_before


def _value(num: str, scale: str | None) -> tuple[int | None, bool]:
    if len(num) > 24:  # no real count has that many digits (and int() refuses huge strings)
        return None, False
    v = parse_number(num)
    if v is None:
        return None, False
    v = apply_scale(v, scale)
    if isinstance(v, float):
        if abs(v - round(v)) > 1e-6:
            return None, False
        v = int(round(v))
    return int(v), bool(scale)


# searched backwards, as _ID_BEFORE_RE
_CHANGE_RE = regex.compile(rf"(?ri){_B}(?:tăng|giảm|tăng\s++thêm|giảm\s++bớt)\s++$")


def _is_change(text: str, at: int) -> bool:
    """``tăng 234 hồ sơ so với cùng kỳ`` is a difference, not a count (``at``: where
    the number and the qualifier before it begin)."""
    return bool(_CHANGE_RE.search(text, max(0, at - 30), at))


def _is_identifier(text: str, num_start: int) -> bool:
    return bool(_ID_BEFORE_RE.search(text[max(0, num_start - 24):num_start]))


class _SpanSet:
    """Spans to test for overlap in logarithmic time (sorted starts, running max end).

    Sorted on the first test: many sets (the blocked spans of an article) are never tested."""

    def __init__(self, spans) -> None:
        self._spans = list(spans)
        self._starts: list[int] | None = None
        self._max_end: list[int] = []

    def _build(self) -> None:
        items = sorted(self._spans)
        self._starts = [s for s, _ in items]
        top = -1
        for _, e in items:
            top = max(top, e)
            self._max_end.append(top)

    def overlaps(self, a: int, b: int) -> bool:
        if self._starts is None:
            self._build()
        k = bisect_right(self._starts, b - 1) - 1  # last span starting before b
        return k >= 0 and self._max_end[k] > a


def _in_spans(spans, a: int, b: int) -> bool:
    if isinstance(spans, _SpanSet):
        return spans.overlaps(a, b)
    return any(s < b and a < e for s, e in spans)


# `(` then `H`, which every definition holds: the standard library finds it far faster
# than a scan with the whole pattern (its `\s` takes in every blank that `regex`'s does).
_ABBR_DEF_HINT_RE = re.compile(r"\(\s*H")


def defined_abbreviations(text: str) -> set[str]:
    """Abbreviations the article defines for dossiers: ``hồ sơ (HS)`` → ``{'HS'}``."""
    if not _ABBR_DEF_HINT_RE.search(text):  # most articles define none
        return set()
    return {m.group("abbr") for m in _ABBR_DEF_RE.finditer(text)}


def _counts_before_nouns(text: str, abbrs: set[str], nouns: list) -> list:
    """The matches of ``_BEFORE_NOUN_RE`` over ``text`` (``nouns`` the matches of
    ``_NOUN_RE``), without the abbreviations the article does not define.

    Without defined abbreviations only counts ending in ``hồ sơ`` are kept, and each
    one lies in the few characters before its noun (after the previous noun, since
    a count holds no letters but a scale word and a classifier): searching those
    windows gives the same matches as scanning the whole text, for much less work.
    (An abbreviation match the scan skips cannot hide one: a count starting inside
    it would end at the same abbreviation.)
    """
    if abbrs:
        return [m for m in _BEFORE_NOUN_RE.finditer(text) if not m.group("abbr") or m.group("abbr") in abbrs]
    out = []
    prev_end = 0
    for n in nouns:
        lo = _COUNT_HEAD_BACK_RE.match(text, prev_end, n.start()).start()
        if lo < n.start():
            m = _COUNT_BEFORE_NOUN_RE.search(text, lo, n.end())
            if m:
                out.append(m)
        prev_end = n.end()
    return out


def _find_before_noun(text: str, abbrs: set[str], blocked: list[tuple[int, int]], nouns: list) -> list[_Count]:
    out = []
    for m in _counts_before_nouns(text, abbrs, nouns):
        first = m.start("frac") if m.group("frac") else m.start("num")
        if _is_identifier(text, first) or _in_spans(blocked, first, m.end("num")):
            continue
        q_before = qualifier_before(text, first)
        if _is_change(text, q_before[1]):
            continue
        if m.group("frac"):  # done of total: the count is the first figure
            whole = parse_number(m.group("num"))
            if whole is not None and whole <= 10:
                continue  # `2/3 hồ sơ` is a share (two thirds), not a count
            count, rounded = _value(m.group("frac").rstrip(" /\t"), None)
        else:
            count, rounded = _value(m.group("num"), m.group("scale"))
        if count is None:
            continue
        noun_end = m.end()
        out.append(_Count(first, noun_end, first, m.end("scale") if m.group("scale") else m.end("num"),
                          count, noun_end, rounded, q_before=q_before))
    return out


def _find_after_noun(text: str, taken: list[_Count], blocked: list[tuple[int, int]], nouns: list) -> list[_Count]:
    """``số hồ sơ tiếp nhận là 1.234``: the number after the noun and a linker."""
    out = []
    taken_nouns = _SpanSet((c.start, c.noun_end) for c in taken)
    for m in nouns:
        if _in_spans(taken_nouns, m.start(), m.end()):
            continue
        limit = min(len(text), m.end() + 120)
        b = _BOUNDARY_RE.search(text, m.end(), limit)
        # `:` is a linker here, not a boundary
        while b and b.group() == ":":
            b = _BOUNDARY_RE.search(text, b.end(), limit)
        stop = b.start() if b else limit
        for n in _NUMBER_ONLY_RE.finditer(text, m.end(), stop):
            if _in_spans(blocked, n.start(), n.end()) or _is_identifier(text, n.start()):
                continue
            mid = text[m.end():n.start()]
            core = mid[:qualifier_before(mid, len(mid))[1]]
            if not _LINKER_RE.search(core):
                break
            if not (_CUE_RE.search(core) or _CHANNEL_RE.search(core) or _is_lead(text, m.start())):
                break
            if _UNIT_AFTER_RE.match(text, n.end()) or _follows_noun(text, n.end()):
                break
            count, rounded = _value(n.group(0).split()[0], n.group("scale"))
            if count is None:
                break
            out.append(_Count(m.start(), n.end(), n.start(), n.end(), count, n.end(), rounded))
            break
    return out


def _is_lead(text: str, noun_start: int) -> bool:
    """Whether the words before the noun make ``noun … number`` a label and its value
    (``số hồ sơ``, ``- Tiếp nhận hồ sơ:``).  Read only for a number after a linker: most
    nouns have none."""
    return bool(_LEAD_RE.search(text[max(0, noun_start - 20):noun_start])) \
        or bool(_CUE_LEAD_RE.search(text, max(0, noun_start - 32), noun_start))


_FOLLOWS_NOUN_RE = regex.compile(rf"(?i){_GAP}(?:(?:{_CLASSIFIERS}){_GAP})?+(?:{_NOUN}){_E}")


def _follows_noun(text: str, pos: int) -> bool:
    return bool(_FOLLOWS_NOUN_RE.match(text, pos, min(len(text), pos + 30)))


# ---------------------------------------------------------------- resolving one count


def _clause_start(text: str, pos: int, floor: int) -> int:
    lo = max(floor, pos - 160)
    last = lo
    for b in _BOUNDARY_RE.finditer(text, lo, pos):
        last = b.end()
    return last


def _clause_end(text: str, pos: int, ceil: int) -> int:
    b = _BOUNDARY_RE.search(text, pos, min(ceil, pos + 80))
    return b.start() if b else min(ceil, pos + 80)


def _before_text(text: str, pos: int, floor: int = 0) -> str:
    """The words of the clause before ``pos``; for ``label: value`` the label."""
    cs = _clause_start(text, pos, floor)
    if not text[cs:pos].strip() and cs - 1 > floor and text[cs - 1] == ":":
        return text[_clause_start(text, cs - 1, floor):cs - 1]
    return text[cs:pos]


# `Tổng số hồ sơ điện tử được tiếp nhận, phê duyệt … là 1.234 hồ sơ`: the subject
# `(tổng) số hồ sơ …` names what is counted, the copula before the number gives its value;
# the subject's words may run over commas.  Searched backwards (`(?r)`) from the copula.
_COPULA_END_RE = regex.compile(rf"(?ri){_B}(?:là|đạt|lên\s++tới|lên\s++đến)\s*+$")
_SUBJECT_RE = regex.compile(rf"(?ri){_B}(?:tổng\s++số\s++lượng|tổng\s++số|số\s++lượng|tổng|số)\s++"
                            rf"(?:{_NOUN}){_E}[^;:()\n]*?$")
_SUBJECT_REACH = 300
_INCLUDING_RE = regex.compile(rf"(?i){_B}(?:kể\s++cả|bao\s++gồm|gồm\s++cả|trong\s++đó|trong\s++số\s++đó){_E}")


def _subject_words(text: str, pos: int, floor: int) -> str | None:
    """The words from a subject ``(tổng) số hồ sơ`` through the copula right before
    ``pos`` (the number and its qualifier), in the same sentence after ``floor``;
    None when the number does not follow a copula or no such subject opens its clause."""
    cop = _COPULA_END_RE.search(text, max(floor, pos - 16), pos)
    if not cop:
        return None
    lo = max(floor, pos - _SUBJECT_REACH)
    m = _SUBJECT_RE.search(text, lo, cop.start())
    if not m:
        return None
    # `kể cả hồ sơ trực tuyến` (including …) names a share of the count, not the count
    cut = _INCLUDING_RE.search(text, m.start(), cop.start())
    return text[m.start():cut.start() if cut else cop.start()]


def _qualifier(text: str, c: _Count) -> tuple[str | None, int]:
    """The qualifier word touching the number (``trên 90.400``; ``trên tổng số
    320`` is "out of", not "over") and where the words before it begin."""
    q, at = c.qualifier_at(text)
    if q:
        return q, at
    after = qualifier_after(text, c.noun_end)
    if after == "at_least" and _FROM_RE.search(text, max(0, c.num_start - 10), c.num_start):
        return "at_least", c.num_start - len(_FROM_RE.search(text, max(0, c.num_start - 10), c.num_start).group())
    return after, c.num_start


def _cues(segment: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), _CUE_STATUS[" ".join(m.group().lower().split())]) for m in _CUE_RE.finditer(segment)]


def _after_text(text: str, c: _Count, sent_end: int) -> str:
    """The words after the noun that still describe it: up to punctuation, the
    next number, or a conjunction (`… 77 hồ sơ và đúng hẹn 230 …`)."""
    after = text[c.noun_end:_clause_end(text, c.noun_end, sent_end)]
    d = _NUMBER_START_RE.search(after)
    if d:
        after = after[:d.start()]
    # a cue opening the words after the noun is read whole (`118 hồ sơ trước và đúng hạn`)
    lead = _CUE_RE.match(after, len(after) - len(after.lstrip()))
    k = _AFTER_CUT_RE.search(after, lead.end() if lead else 0)
    if k:
        after = after[:k.start()]
    return after


def _own_status(before: str, after: str) -> str | None:
    """The status a count's own words give it (``before``: the words of its clause
    before it; ``after``: the words after its noun, see :func:`_after_text`)."""
    after_cues = [s for _, _, s in _cues(after) if s != "neutral"]
    # `12 hồ sơ quá hạn`, and `120 HS được giải quyết đúng hẹn`: a timeliness
    # word right after the general verb still describes these dossiers.
    for s in after_cues:
        if s in _SPECIFIC:
            return s
        if s not in _GENERAL:
            break
    for _, _, s in reversed(_cues(before)):
        if s == "neutral":
            continue
        return s
    if after_cues:
        return after_cues[0]
    return None


_PAREN_OPEN_RE = regex.compile(r"\(\s*+$")
_MARKER_OPENS_RE = regex.compile(r"(?i)" + _MARKER_PAT + r"[\s,:]*+(?:(?:hơn|trên|gần|khoảng|có)\s++)?+$")


def _status_of_unnumbered_total(text: str, c: _Count, sent_start: int) -> str | None:
    """``tiếp nhận hàng nghìn hồ sơ, trong đó 900 hồ sơ trực tuyến``: a part of a
    total written without a number takes the verb of the clause before the marker."""
    cs = _clause_start(text, c.num_start, sent_start)
    if not _MARKER_OPENS_RE.search(text, cs, c.num_start) or cs <= sent_start + 1:
        return None
    prev = _before_text(text, cs - 1, sent_start)
    for _, _, st in reversed(_cues(prev)):
        if st != "neutral":
            return st if st in _GENERAL else None
    return None


def _status_before_paren(text: str, c: _Count) -> str | None:
    """``tỷ lệ giải quyết đúng hạn đạt 100% (1.234/1.234 hồ sơ)``: a count that
    opens a parenthesis takes the cue of the clause the parenthesis explains."""
    at = c.qualifier_at(text)[1]
    m = _PAREN_OPEN_RE.search(text, max(0, at - 4), at)
    if not m:
        return None
    for _, _, status in reversed(_cues(_before_text(text, m.start()))):
        if status != "neutral":
            return status
    return None


def _channel(before: str, after: str) -> str | None:
    """The channel a count's own words give it (the words as for :func:`_own_status`)."""
    m = _CHANNEL_RE.search(after)
    if m:
        return _CHANNEL_OF[" ".join(m.group().lower().split())]
    ms = list(_CHANNEL_RE.finditer(before))
    if ms:
        return _CHANNEL_OF[" ".join(ms[-1].group().lower().split())]
    return None


# ---------------------------------------------------------------- linking parts

#: A parenthesis; the helpers below visit these, not every character.
_PAREN_RE = regex.compile(r"[()]")


def sentence_index(sents: list[Sentence], pos: int) -> int:
    lo, hi = 0, len(sents)
    while lo < hi:
        mid = (lo + hi) // 2
        if sents[mid].end <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(sents) and sents[lo].start <= pos else -1


def _paren_close(text: str, open_pos: int, hi: int) -> int:
    depth = 0
    for m in _PAREN_RE.finditer(text, open_pos, hi):
        i = m.start()
        if text[i] == "(":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return i
    return hi


class _Parens:
    """Parenthesis structure of one sentence, computed once: the innermost
    ``(`` open at any position and where each ``(`` closes."""

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.lo, self.hi = lo, hi
        # the innermost open ``(`` after each parenthesis, by its position
        self._at: list[int] = []
        self._open: list[int] = []
        self._close: dict[int, int] = {}
        stack: list[int] = []
        for m in _PAREN_RE.finditer(text, lo, hi):
            i = m.start()
            if text[i] == "(":
                stack.append(i)
            elif stack:
                self._close[stack.pop()] = i
            self._at.append(i)
            self._open.append(stack[-1] if stack else -1)

    def open_at(self, pos: int) -> int:
        if pos >= self.hi or pos < self.lo:
            return -1
        k = bisect_left(self._at, pos) - 1  # the last parenthesis before pos
        return self._open[k] if k >= 0 else -1

    def close_of(self, open_pos: int) -> int:
        return self._close.get(open_pos, self.hi)


def link_parts(text: str, spans: list[tuple[int, int]], sents: list[Sentence] | None = None,
               noun_ends: list[int] | None = None, statuses: list[str | None] | None = None) -> list[int | None]:
    """For each count (``(start, end)`` spans in text order), the index of the
    total it is a part of, or None.

    A part sits in parentheses right after its total
    (``79.094 hồ sơ (1.374 hồ sơ trực tuyến, …)``) or in a list that a marker
    opens after its total (``giải quyết 500 hồ sơ, trong đó: trước hạn …``;
    ``… 900 hồ sơ. Trong đó, …``).  Given ``statuses``, an on-time, early or
    overdue part attaches to the nearest resolved count of that breakdown
    (``tiếp nhận …, trong đó …; giải quyết 95 hồ sơ, đúng hạn 90 hồ sơ``).
    """
    if sents is None:
        sents = split_sentences(text) if spans else []
    noun_ends = noun_ends or [e for _, e in spans]
    n = len(spans)
    parents: list[int | None] = [None] * n
    sidx = [sentence_index(sents, s) for s, _ in spans]
    by_sent: dict[int, list[int]] = {}
    for i, si in enumerate(sidx):
        if si >= 0:
            by_sent.setdefault(si, []).append(i)
    for si, idxs in by_sent.items():
        sent = sents[si]
        parens = _Parens(text, sent.start, sent.end)
        ends = [noun_ends[j] for j in idxs]
        markers = []  # (start, total index or None, scope end)
        for m in _MARKER_RE.finditer(text, sent.start, spans[idxs[-1]][0]):
            mp = parens.open_at(m.start())
            scope_end = parens.close_of(mp) if mp >= 0 else sent.end
            total = None
            k = bisect_right(ends, m.start()) - 1
            steps = 0
            while k >= 0 and steps < 50 and parens.open_at(spans[idxs[k]][0]) != mp:
                k -= 1
                steps += 1
            if k >= 0 and steps < 50:
                total = idxs[k]
                if m.group() == ":" and not _TAIL_ONLY_RE.fullmatch(text, noun_ends[total], m.start()):
                    continue  # `trước hạn: 150` labels a value; only `… hồ sơ: …` opens a list
            elif _ANAPHORIC_RE.fullmatch(m.group()) and not text[sent.start:m.start()].strip() and si - 1 in by_sent:
                # `Trong đó, …` opening a sentence: the last count of the previous one
                total = by_sent[si - 1][-1]
            if total is not None:
                markers.append((m.start(), total, scope_end))
        mstarts = [m[0] for m in markers]
        for pos, i in enumerate(idxs):
            start = spans[i][0]
            # 1. parentheses opened right after an earlier count
            p = parens.open_at(start)
            if p >= 0:
                k = bisect_right(ends, p) - 1
                if k >= 0:
                    j = idxs[k]
                    gap = text[noun_ends[j]:p]
                    if len(gap) <= 60 and not _GAP_BREAK_RE.search(gap) \
                            and parens.open_at(spans[j][0]) == parens.open_at(p):
                        parents[i] = j
                        continue
            # 2. the latest list marker before this count whose scope reaches it
            k = bisect_right(mstarts, start - 1) - 1
            steps = 0
            while k >= 0 and steps < 50:
                _, total, scope_end = markers[k]
                if start < scope_end and total != i:
                    parents[i] = total
                    break
                k -= 1
                steps += 1
    if statuses:
        for i, j0 in enumerate(parents):
            if j0 is None or statuses[i] not in ("early", "on_time", "overdue") or statuses[j0] == "resolved":
                continue
            for j in range(i - 1, j0, -1):
                if sidx[j] == sidx[i] and statuses[j] == "resolved":
                    parents[i] = j
                    break
    return parents


def _fits(part: str | None, total: str | None) -> bool:
    """Whether a part with status ``part`` can break down a total with status
    ``total``: pending work is part of what was received, not of what was resolved."""
    if part == "pending":
        return total == "received"
    return True


# `cấp tỉnh tiếp nhận 30.000 hồ sơ, cấp huyện 20.000 hồ sơ`: a label (a level, field or
# place word and up to three more words) after the comma names the next share and leaves
# the verb out; any other word there may be a verb of its own (`số hóa 300 hồ sơ`)
_SHARE_LABEL = (r"(?:cấp|lĩnh\s++vực|khối|ngành|tại|ở|tỉnh|thành\s++phố|huyện|quận|thị\s++xã|xã|phường|"
                r"thị\s++trấn)\s++(?:[\p{L}\p{M}]++\s++){0,3}+")
_COORD_GAP_RE = regex.compile(r"(?i)(?:(?:\s*+;)?+[^;()\n]{0,40}?(?:,|\s(?:và|cùng|là))|[^;,:()\n]{41,80}?\svà)\s++"
                              r"(?:" + _SHARE_LABEL + r")?+"
                              r"(?:(?:hơn|trên|gần|khoảng|dưới|xấp\s++xỉ)\s++)?+$")


def _implicit_parts(text: str, counts: list[_Count], sidx: list[int]) -> None:
    """``giải quyết 500 hồ sơ, trước hạn 120 hồ sơ, quá hạn 3 hồ sơ``: a run of
    specific counts right after a general one, comma-separated, are its parts."""
    for i in range(1, len(counts)):
        c = counts[i]
        if c.parent is not None or sidx[i] < 0 or sidx[i] != sidx[i - 1]:
            continue
        if c.own_status is None and _COORD_GAP_RE.match(text, counts[i - 1].noun_end, c.num_start):
            # `tiếp nhận 1.200 hồ sơ đất đai và 1.500 hồ sơ khác`: one verb, two objects;
            # `năm 2022 giải quyết 5.678 hồ sơ; năm 2023 là 6.789 hồ sơ`: the verb is left out
            c.extra["sibling"] = i - 1
            continue
        if c.own_status not in _SPECIFIC and not (c.channel and c.own_status is None):
            continue
        prev = counts[i - 1]
        gap = text[prev.noun_end:c.num_start]
        if ";" in gap or "." in _DECIMAL_RE.sub("", gap) or len(gap) > 80:
            continue
        if not _SHORT_LIST_GAP_RE.match(gap):
            continue
        if prev.parent is not None and (prev.own_status in _SPECIFIC or (prev.channel and prev.own_status is None)):
            if _fits(c.own_status, counts[prev.parent].own_status):
                c.parent = prev.parent
        elif prev.own_status in _GENERAL and prev.channel is None and _fits(c.own_status, prev.own_status):
            c.parent = i - 1
        elif prev.channel and c.channel and c.own_status is None:
            # `tiếp nhận 1.000 hồ sơ trực tuyến, 200 hồ sơ trực tiếp`: siblings share the verb
            c.extra["sibling"] = i - 1


# ---------------------------------------------------------------- elliptic parts


_REPORT_OPEN_RE = regex.compile(r"(?i)\s*+(?:trong\s++đó,?\s++)?+(?:tổng\s++số\s++lượng|tổng\s++số|số\s++lượng|tổng|số)"
                                 r"\s++hồ\s++sơ" + _E)
_LABEL_LIST_RE = regex.compile(r"\s*+;")


def _find_elliptic(text: str, counts: list[_Count], blocked: list[tuple[int, int]],
                   sents: list[Sentence]) -> list[_Count]:
    """Bare numbers in the parentheses or list of a total, right after a
    status or channel word: ``(trực tuyến 400, trực tiếp 240)``."""
    out = []
    covered = _SpanSet((k.start, k.end) for k in counts)
    for c in counts:
        si = sentence_index(sents, c.start)
        if si < 0:
            continue
        sent = sents[si]
        tail = text[c.noun_end:min(sent.end, c.noun_end + 60)]
        m = _ELLIPSIS_OPEN_RE.match(tail)
        if not m and c.start < c.num_start:
            # a report as `label: value` pairs: `Số hồ sơ tiếp nhận: 1.200; đã giải quyết: 1.150`
            m = _LABEL_LIST_RE.match(tail)
        if not m:
            continue
        lo = c.noun_end + m.end()
        reach = min(sent.end, lo + 300)
        hi = _paren_close(text, lo - 1, reach) if text[lo - 1] == "(" else reach
        for n in _NUMBER_ONLY_RE.finditer(text, lo, hi):
            if _in_spans(blocked, n.start(), n.end()) or _is_identifier(text, n.start()):
                continue
            if covered.overlaps(n.start(), n.end()):
                continue
            if _follows_noun(text, n.end()) or _UNIT_AFTER_RE.match(text, n.end()):
                continue
            if _WORD_NEXT_RE.match(text[n.end():n.end() + 3]) and not _ELLIPSIS_NEXT_RE.match(
                    text, n.end(), min(len(text), n.end() + 40)):
                continue
            left = _before_text(text, qualifier_before(text, n.start())[1], lo)
            if not _ELLIPSIS_WORD_RE.search(left):
                continue
            count, rounded = _value(n.group(0).split()[0], n.group("scale"))
            if count is None:
                continue
            out.append(_Count(n.start(), n.end(), n.start(), n.end(), count, n.end(), rounded, elliptic=True))
    return out


# ---------------------------------------------------------------- a figure of another time


# `(trước đây là khoảng 300)`, `(năm trước chỉ 120)`: a parenthesis after an unnumbered count
# (`hàng nghìn hồ sơ`) that gives the bare number of the same dossiers at another time
_COMPARED_RE = regex.compile(
    r"(?i)[^\d()\n.;:]{0,60}?\(\s*+(?:trước\s++đây|trước\s++kia|năm\s++trước|năm\s++ngoái|cùng\s++kỳ"
    r"(?:\s++năm\s++trước)?+|kỳ\s++trước|tháng\s++trước|quý\s++trước)\s*+,?\s*+"
    r"(?:(?:chỉ\s++là|chỉ\s++có|là|chỉ|có|đạt|mới)\s++)?+(?:(?:khoảng|gần|hơn|trên|dưới|xấp\s++xỉ)\s++)?+"
    rf"(?P<num>{_NUM})\s*+\)")


def _find_compared(text: str, counts: list[_Count], blocked, nouns: list) -> list[_Count]:
    out = []
    taken = _SpanSet((c.start, c.noun_end) for c in counts)
    for n in nouns:
        if taken.overlaps(n.start(), n.end()) or "(" not in text[n.end():n.end() + 100]:
            continue
        m = _COMPARED_RE.match(text, n.end(), min(len(text), n.end() + 160))
        if not m or _in_spans(blocked, m.start("num"), m.end("num")):
            continue
        count, rounded = _value(m.group("num"), None)
        if count is None:
            continue
        c = _Count(m.start("num"), m.end("num"), m.start("num"), m.end("num"), count, m.end("num"), rounded)
        c.extra["compared"] = text.rindex("(", n.end(), m.start("num"))
        out.append(c)
    return out


# ---------------------------------------------------------------- backlog of a total


def _backlog_channel(text: str, counts: list[_Count], sidx: list[int], kept: set[int]) -> None:
    """``tổng hồ sơ tiếp nhận trên hệ thống điện tử là 1.000 hồ sơ … Số hồ sơ đã
    giải quyết là 960 hồ sơ; số hồ sơ đang xử lý là 40``: when what was resolved
    and what is pending add up exactly to a total received through one channel
    (in its sentence or the next), they are that total's dossiers and came in
    through that channel too."""
    for t, total in enumerate(counts):
        if id(total) not in kept or total.status != "received" or total.channel is None \
                or total.parent is not None or total.qualifier or total.rounded or sidx[t] < 0:
            continue
        resolved, pending = [], []
        for k in range(t + 1, min(len(counts), t + 12)):
            c = counts[k]
            if id(c) not in kept or c.parent == t:
                continue
            if sidx[k] > sidx[t] + 1 or "\n\n" in text[total.end:c.start] \
                    or (c.status == "received" and c.parent is None):
                break
            if c.parent is not None or c.qualifier or c.rounded:
                continue
            if c.status == "resolved":
                resolved.append(c)
            elif c.status == "pending":
                pending.append(c)
        if len(resolved) != 1 or not pending or any(c.channel not in (None, total.channel) for c in resolved + pending):
            continue
        if sum(c.count for c in resolved + pending) != total.count:
            continue
        for c in resolved + pending:
            c.channel = total.channel
            c.agency = total.agency or c.agency


# ---------------------------------------------------------------- tables flattened into lines


_LINE_RE = regex.compile(r"[^\n]++")
_CELL_RE = regex.compile(r"[^\t|]++")
_CELL_NUMBER_RE = regex.compile(rf"[ \u00a0]*+(?P<num>{_NUM})[ \u00a0]*+")
_SHARE_HEADER_RE = regex.compile(r"(?i)%|tỷ\s++lệ|tỉ\s++lệ|phần\s++trăm|bình\s++quân|trung\s++bình")
_ROW_OFFICE_RE = regex.compile(r"(?i)(?:xã|phường|thị\s++trấn|huyện|quận|thị\s++xã|thành\s++phố|tỉnh|sở|ban|"
                               r"cục|chi\s++cục|bộ\s++phận|trung\s++tâm|văn\s++phòng|chi\s++nhánh|UBND)\s++\S")


def _cells(text: str, ls: int, le: int) -> list[tuple[int, int]]:
    """The cells of a table line (split at tabs and bars), as stripped spans."""
    out = []
    for m in _CELL_RE.finditer(text, ls, le):
        a, b = m.start(), m.end()
        while a < b and text[a] in " \u00a0":
            a += 1
        while b > a and text[b - 1] in " \u00a0\r":
            b -= 1
        out.append((a, b))
    return out


def _column_meaning(cell: str, dossier_table: bool) -> tuple[str | None, str | None] | None:
    """(status, channel) a header cell gives its column, or None when its figures are not dossier counts."""
    if _SHARE_HEADER_RE.search(cell):
        return None
    cues = [s for _, _, s in _cues(cell) if s != "neutral"]
    m = _CHANNEL_RE.search(cell)
    ch = _CHANNEL_OF[" ".join(m.group().lower().split())] if m else None
    if not (cues or ch or _NOUN_RE.search(cell)) or not (dossier_table or _NOUN_RE.search(cell)):
        return None
    status = next((s for s in cues if s in _SPECIFIC), cues[0] if cues else None)
    return status, ch


def _table_cells(text: str, blocked) -> tuple[list[_Count], dict[int, tuple]]:
    """A table flattened into lines (cells split by tabs or bars): a header line names what
    each column counts (``Đơn vị | Tiếp nhận | Đã giải quyết | Quá hạn`` under a caption
    about ``hồ sơ``); the bare figures below it are dossier counts with the column's status
    and channel and the row's office.  Returns the new counts and, for every table figure's
    start, (status, channel, office, caption span)."""
    counts: list[_Count] = []
    meaning: dict[int, tuple] = {}
    if "\t" not in text and "|" not in text:
        return counts, meaning
    header: list[tuple[str | None, str | None] | None] | None = None
    dossier_table = False
    prev_line = ""
    caption = (0, 0)  # the line above the header: `Kết quả giải quyết hồ sơ năm 2024:`
    for line in _LINE_RE.finditer(text):
        ls, le = line.span()
        cells = _cells(text, ls, le) if ("\t" in line.group() or "|" in line.group()) else []
        cells = [c for c in cells if c[0] < c[1]]
        if len(cells) < 2:
            header = None
            prev_line = line.group()
            caption = (ls, le)
            continue
        numeric = [bool(_CELL_NUMBER_RE.fullmatch(text, a, b)) for a, b in cells]
        if header is None or not any(n or _BEFORE_NOUN_RE.match(text, a, b) for (a, b), n in zip(cells, numeric)):
            # bare figures count dossiers only under a header or caption that names them;
            # `120 hồ sơ` in a cell names them itself
            dossier_table = bool(_NOUN_RE.search(line.group()) or _NOUN_RE.search(prev_line))
            cols = [_column_meaning(text[a:b], True) for a, b in cells]
            header = cols if any(cols) else None
            prev_line = line.group()
            continue
        office = None
        for (a, b), num in zip(cells, numeric):
            if not num and _ROW_OFFICE_RE.match(text, a, b):
                office = text[a:b]
                break
        for k, ((a, b), num) in enumerate(zip(cells, numeric)):
            col = header[k] if k < len(header) else None
            if col is None:
                continue
            if not num:
                if _BEFORE_NOUN_RE.match(text, a, b):
                    meaning[a] = (col[0], col[1], office, caption)
                continue
            if not dossier_table:
                continue
            m = _CELL_NUMBER_RE.fullmatch(text, a, b)
            ns, ne = m.span("num")
            if _in_spans(blocked, ns, ne):
                continue
            count, rounded = _value(m.group("num"), None)
            if count is None:
                continue
            counts.append(_Count(ns, ne, ns, ne, count, ne, rounded))
            meaning[ns] = (col[0], col[1], office, caption)
    return counts, meaning


# ---------------------------------------------------------------- the whole


def find_dossier_counts(text: str, *, dates: list[DateMention] | None = None,
                        legal_documents: list[LegalDocument] | None = None,
                        sentences: list[Sentence] | Callable[[], list[Sentence]] | None = None,
                        percent_spans: list[tuple[int, int]] | None = None) -> list[DossierCount]:
    """Every count of ``hồ sơ`` with status, channel, agency and period.

    ``dates`` (the dates stage's mentions) give periods and keep years out of
    counts; ``legal_documents`` keep document numbers and issue dates out.
    """
    nouns = list(_NOUN_RE.finditer(text))
    if not nouns:
        return []
    dates = list(dates or [])
    legal = [(m.start, m.end) for d in legal_documents or [] for m in d.mentions]
    blocked = _SpanSet([(d.start, d.end) for d in dates] + legal + list(percent_spans or []))
    abbrs = defined_abbreviations(text)
    found = _find_before_noun(text, abbrs, blocked, nouns)
    found += _find_after_noun(text, found, blocked, nouns)
    table, table_meaning = _table_cells(text, blocked)
    taken = _SpanSet((c.start, c.end) for c in found)
    found += [c for c in table if not taken.overlaps(c.start, c.end)]
    found += _find_compared(text, found, blocked, nouns)
    if not found:
        return []
    if callable(sentences):  # the stage hands over ctx.sentences lazily: split only when counts exist
        sentences = sentences()
    sents = sentences if sentences is not None else split_sentences(text)
    found += _find_elliptic(text, found, blocked, sents)
    found.sort(key=lambda c: c.start)
    # drop overlaps (keep the first, longest)
    counts: list[_Count] = []
    for c in found:
        if counts and c.start < counts[-1].end:
            continue
        counts.append(c)

    sidx = [sentence_index(sents, c.start) for c in counts]
    prev_end = 0
    for c, si in zip(counts, sidx):
        sent_end = sents[si].end if si >= 0 else len(text)
        c.qualifier, left_edge = _qualifier(text, c)
        if c.start < c.num_start:  # `số hồ sơ … là N`: the words before the number are the noun's
            left_edge = c.num_start
        # the verb of the previous count governs that one, not this one
        before = _before_text(text, left_edge, prev_end)
        after = _after_text(text, c, sent_end)
        c.own_status = _own_status(before, after)
        c.channel = _channel(before, after)
        if (c.own_status is None or c.channel is None) and si >= 0:
            subject = _subject_words(text, left_edge, max(prev_end, sents[si].start))
            if subject:
                c.own_status = c.own_status or _own_status(subject, "")
                c.channel = c.channel or _channel(subject, "")
        prev_end = c.noun_end
        cell = table_meaning.get(c.start)
        if cell is not None:  # a figure in a table: its column says what it counts
            c.own_status = c.own_status or cell[0]
            c.channel = c.channel or cell[1]
            c.extra["office"] = cell[2]
            c.extra["caption"] = cell[3]

    parents = link_parts(text, [(c.start, c.end) for c in counts], sents, [c.noun_end for c in counts],
                         [c.own_status for c in counts])
    for c, p in zip(counts, parents):
        c.parent = p
    _implicit_parts(text, counts, sidx)

    eligible = PeriodDates(text, dates, legal)
    out = []
    for i, (c, si) in enumerate(zip(counts, sidx)):
        parent = counts[c.parent] if c.parent is not None else None
        if c.own_status is None and parent is None and "compared" in c.extra:
            # `giải quyết hàng nghìn hồ sơ (trước đây là khoảng 300)`: the verb before the parenthesis
            c.own_status = next((st for _, _, st in reversed(_cues(_before_text(text, c.extra["compared"])))
                                 if st != "neutral"), None)
        if c.own_status is None and parent is None:
            c.own_status = _status_before_paren(text, c)
        if c.own_status is None and parent is None and "sibling" not in c.extra and si >= 0:
            c.own_status = _status_of_unnumbered_total(text, c, sents[si].start)
        if c.own_status is not None:
            c.status = c.own_status
        elif parent is not None:
            c.status = parent.status
        elif "sibling" in c.extra:
            c.status = counts[c.extra["sibling"]].status
        else:
            c.status = "unknown"
        if c.channel is None and parent is not None and parent.channel is not None:
            c.channel = parent.channel
        if "office" in c.extra:
            c.agency = c.extra["office"]
            c.period = period_of(text, c.num_start, c.end, sents[si], sents, si, eligible) if si >= 0 else None
            if c.period is None:  # the caption's period governs the table
                in_caption = [d for d in eligible.between(*c.extra["caption"])
                              if d.kind in PERIOD_KINDS]
                c.period = in_caption[-1].value if in_caption else None
        elif si >= 0:
            c.agency = office_before(text, c.start, c.noun_end, sents[si])
            if c.agency is None and i > 0 and sidx[i - 1] == si and not HEAD_RE.search(text, counts[i - 1].end, c.start):
                # `UBND phường đã tiếp nhận 2.345 hồ sơ; giải quyết …`: the subject carries over `;`
                c.agency = counts[i - 1].agency
            if c.agency is None and i > 0 and sidx[i - 1] == si - 1 and c.parent is None \
                    and _REPORT_OPEN_RE.match(text, sents[si].start, c.start + 1):
                # `Sở X tiếp nhận 5.200 hồ sơ. Tổng số hồ sơ đã giải quyết là …`:
                # a sentence about "the dossiers" goes on with the office of the one before
                # (of its total, when that one was a part of a breakdown)
                prev = counts[i - 1]
                c.agency = counts[prev.parent].agency if prev.parent is not None else prev.agency
            # a figure of another time (`trước đây là 300`) has no period of the sentence
            c.period = None if "compared" in c.extra else period_of(text, c.num_start, c.end, sents[si], sents, si, eligible)
        if parent is not None:
            if c.agency is None or c.elliptic:
                c.agency = parent.agency
            if c.period is None or (sidx[c.parent] != si):
                c.period = parent.period or c.period
        if c.elliptic and c.own_status is None and parent is None:
            continue
        out.append(c)
    _backlog_channel(text, counts, sidx, {id(c) for c in out})

    return [
        DossierCount(text=text[c.start:c.end], start=c.start, end=c.end, count=c.count, qualifier=c.qualifier,
                     status=c.status, channel=c.channel, agency=c.agency, period=c.period)
        for c in out
    ]


@stage("dossiers",
       requires=("boilerplate", "dates", "legal_documents", "percentages"),
       assigns=("dossier_counts",))
def dossiers_stage(ctx: ArticleContext) -> None:
    """Dossier counts (records.md "DossierCount")."""
    counts = find_dossier_counts(
        ctx.text, dates=ctx.dates, legal_documents=ctx.legal_documents, sentences=lambda: ctx.sentences,
        percent_spans=[(p.start, p.end) for p in ctx.percentages],
    )
    ctx.dossier_counts = [d for d in counts if not ctx.in_boilerplate(d.start)]


def parents_of(text: str, counts: list[DossierCount], sents: list[Sentence] | None = None) -> list[int | None]:
    """The total each count is a part of (an index into ``counts``), from the
    text around finished counts; counts must be in text order.

    Parentheses and lists as in :func:`link_parts`, plus a comma-separated run
    of specific counts right after a general one
    (``giải quyết 500 hồ sơ, trước hạn 120 hồ sơ, quá hạn 3 hồ sơ``).
    """
    spans = [(c.start, c.end) for c in counts]
    if sents is None:
        sents = split_sentences(text) if counts else []
    parents = link_parts(text, spans, sents, statuses=[c.status for c in counts])
    sidx = [sentence_index(sents, s) for s, _ in spans]
    for i in range(1, len(counts)):
        c, prev = counts[i], counts[i - 1]
        if parents[i] is not None or sidx[i] < 0 or sidx[i] != sidx[i - 1]:
            continue
        if c.status not in _SPECIFIC:
            continue
        gap = text[prev.end:c.start]
        if ";" in gap or "." in _DECIMAL_RE.sub("", gap) or len(gap) > 80 or "," not in gap:
            continue
        if parents[i - 1] is not None and counts[i - 1].status in _SPECIFIC:
            if _fits(c.status, counts[parents[i - 1]].status):
                parents[i] = parents[i - 1]
        elif prev.status in _GENERAL and prev.channel is None and _fits(c.status, prev.status):
            parents[i] = i - 1
    return parents
