"""The ``link`` stage: each percentage's ``metric_kind``, ``agency`` and ``period``.

Runs after the dossier stage, with the same rules (:mod:`.link`) the dossier
counts were given theirs by.  A percentage's agency and period come from its own
sentence; a figure that sizes a count (``tiếp nhận 1.250 hồ sơ (đạt tỷ lệ
100%)``, ``giải quyết 299 hồ sơ, đạt 100%``) falls back on that count's; a
sentence opened by ``Trong đó`` or ``Riêng`` keeps the period of the sentence it
breaks down, and a date after a comparison (``cao hơn mức 7% của năm 2015``) is
the compared figure's.  Two more places name whose figure it is: a place right after it (``48%
ở Bến Tre``) and the subject after a fronted clause (``Với 91% đại biểu tán
thành, Quốc hội …``).  ``metric_kind`` is read by :mod:`.metric_kind`.
Dossier counts that break down a total get ``part_of`` (the total's item id).
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from ..context import ArticleContext, stage
from ..keys import agency_key, document_key
from ..records import DossierCount, Percentage, item_id, mark_set
from ..segment import Sentence, sentence_index
from .dossiers import parents_of
from ..gazetteers import places
from .link import PLACE_RE, agency_phrases, office_before, place_alone, place_phrases, reporter_floor
from .link_period import PeriodDates, breakdown_period, period_of
from .link_vocab import _DATA, _alt
from ..patterndata import entries
from .metric_kind import Scope, classify

#: How far (characters) a clause or a sized count may reach back from a figure.
_REACH = 400
_BREAK_RE = regex.compile(r"[;:()\n!?\[\]]|\.(?!\d)|,(?!\d)")
_BREAK_LAST_RE = regex.compile(r"(?r)" + _BREAK_RE.pattern)
_PLACE_AFTER_RE = regex.compile(r"(?i)[ \u00a0]++(?:ở|tại|của)[ \u00a0]++(?=\p{Lu}|(?:tỉnh|thành phố|huyện|quận|"
                                r"thị xã|xã|phường|TP)[ \u00a0.])")
_FRONTED_RE = regex.compile(r"(?i)\s*+(?:cùng\s++với|với|bên\s++cạnh|ngoài|nhờ|sau\s++khi|khi)(?![\p{L}\p{M}])")
_COMPARED_RE = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:so\s++với|cùng\s++kỳ)(?![\p{L}\p{M}])")
# (the next figure ends the item at its first digit: `về mức 35%` leaves `về mức`, not `về mức 3`)
_ITEM_END_RE = regex.compile(r"(?i)[;\n!?]|\.(?!\d)|(?<![\d.,])\d[\d.,]*+[ \u00a0]?+%"
                             r"|,[ \u00a0]*+(?:đồng[ \u00a0]thời|nhưng|song|tuy[ \u00a0]nhiên|trong[ \u00a0]khi)(?!\p{L})")
_COMPARED_TAIL_RE = regex.compile(r"(?is)^\s*+(?:so\s++với|so\s++cùng\s++kỳ|cùng\s++kỳ).*+")
# a denominator right after the figure (`đạt 96% trên tổng số 1.200 doanh nghiệp`) names the whole,
# not what reached the share: the clause before says that
_DENOMINATOR_RE = regex.compile(r"(?i)[ \u00a0]*+trên[ \u00a0]++tổng[ \u00a0]++số(?![\p{L}\p{M}])")
_REACH_RE = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:đạt|chiếm|bằng)(?:[ \u00a0]++(?:tỷ|tỉ)[ \u00a0]++lệ)?+"
                          r"(?:[ \u00a0]++(?:trên|gần|khoảng|hơn))?+[ \u00a0]*+$")
_CL = _DATA["metric_cleanup"]
_MK_DATA = entries("metric_kinds")["metric_kinds"]
_FILLER = {w for p in _CL["filler"] for w in p.lower().split()}
# glue a metric may not end with (`… và`, `… về mức`, `… giảm` before `còn 3%`)
_TRAIL = {"và", "về", "mức", "so", "với", "của", "là", "đến", "tới", "từ", "trong", "ở", "tại", "tăng", "giảm", "cũng",
          "đã", "còn", "chỉ", "đều", "nhẹ", "lên", "xuống", "vẫn"}
# `từ 1/7/2016 và về mức`: date words before the measured thing
_DATE_LEAD_RE = regex.compile(r"(?i)(?:(?:(?:từ|đến|tới|trong|vào)[ \u00a0]++)?+(?:(?:ngày|tháng|năm|quý)[ \u00a0]++)?+"
                              r"\d{1,4}(?:[/\-]\d{1,4}){1,2}+(?!\d)[ \u00a0,]*+(?:(?:và|đến|tới)[ \u00a0]++)?+)++")
_LETTER_RE = regex.compile(r"\p{L}")
_GLUE_RE = regex.compile(r"(?i)(?:(?<![\p{L}\p{M}])(?:và|hoặc|lần\s++lượt|đều|đạt|là|còn)(?![\p{L}\p{M}])|[\s\-–,/(])*+")


def _clause(text: str, start: int, end: int, floor: int, ceil: int) -> tuple[int, int]:
    """The clause around ``start:end``: from the last break before it (not before
    ``floor``) to the first break after it (not after ``ceil``)."""
    floor = max(floor, start - _REACH)
    m = _BREAK_LAST_RE.search(text, floor, start)
    lo = m.end() if m else floor
    m = _BREAK_RE.search(text, end, min(ceil, end + 120))
    hi = m.start() if m else min(ceil, end + 120)
    return lo, hi


def _count_of(text: str, p: Percentage, counts: list[DossierCount], ends: list[int],
              sent: Sentence) -> DossierCount | None:
    """The dossier count a percentage sizes: the nearest before it in its sentence,
    unless a `;` parts them (a parenthesis opened after the count may hold one).
    ``ends``: the counts' ends, in order."""
    k = bisect_right(ends, p.start) - 1
    best = counts[k] if k >= 0 and counts[k].start >= sent.start else None
    if best is None or p.start - best.end > _REACH:
        return None
    gap = text[best.end:p.start]
    if ";" in gap and not ("(" in gap and ")" not in gap[gap.index("("):]):
        return None
    return best


def _place_after(text: str, end: int) -> str | None:
    """``so với 48% ở Bến Tre``: a place written right after the figure."""
    m = _PLACE_AFTER_RE.match(text, end, end + 12)
    if not m:
        return None
    ph = place_phrases(text, m.end(), min(len(text), m.end() + 60))
    return text[ph[0][0]:ph[0][1]] if ph and ph[0][0] == m.end() else None


# `85% cử tri Campuchia`, `70% kim ngạch xuất khẩu của Việt Nam`: plain words, then the place
_NOUN_WORD_RE = regex.compile(r"[ \u00a0]++(?!(?:sang|từ|với|so|đến|tới|vào|cho|về|như|và|hoặc|nhưng|là|mà|trong|"
                              r"thì|còn|nên|khi|nếu|do|vì|bởi|tuy|song|giao|đề|ra|vốn|được|bị|đã|đang|sẽ|có)"
                              r"(?![\p{L}\p{M}]))\p{Ll}[\p{L}\p{M}]*+")
_SPACES_RE = regex.compile(r"[ \u00a0]++")
_OWNER_WORD_RE = regex.compile(r"[ \u00a0]++(?!(?:ở|tại|của)(?![\p{L}\p{M}]))")  # the noun comes first
_BODIES = set(_DATA["named_places"]["bodies"])


def _place_in_noun(text: str, end: int, hi: int) -> str | None:
    """``85% cử tri Campuchia``, ``52% máy tính ở Việt Nam``: a place that ends the noun phrase
    (up to four plain words) after the figure says whose people or goods it counts (not a
    destination: ``xuất khẩu sang Úc``; not where capital comes from: ``100% vốn Hàn Quốc``)."""
    at = end
    for _ in range(5):
        m = _NOUN_WORD_RE.match(text, at, hi)
        if m is None:
            return None
        at = m.end()
        sp = _SPACES_RE.match(text, at, hi)
        if sp is None:
            continue
        ph = place_phrases(text, sp.end(), min(len(text), sp.end() + 60))
        if ph and ph[0][0] == sp.end() and _OWNER_WORD_RE.match(text, end):
            name = text[ph[0][0]:ph[0][1]]
            # a body after a plan word gave the plan (`26% dự toán Quốc hội giao`), owns no share
            return None if name in _BODIES else name
    return None


# the opener of a fronted clause glued after a headline that ends without a full stop
# (`Thông qua Luật Thủy lợi Với 91% đại biểu tán thành, Quốc hội …`)
_GLUED_FRONTED_RE = regex.compile(r"(?<=[\p{Ll}\d)][ \u00a0]++)(?:Cùng[ \u00a0]++với|Với|Bên[ \u00a0]++cạnh|Ngoài|Nhờ|Sau[ \u00a0]++khi)"
                                  r"(?![\p{L}\p{M}])")
_GLUED_FRONTED_LAST_RE = regex.compile(r"(?r)" + _GLUED_FRONTED_RE.pattern)


def _fronted_start(text: str, lo: int, pos: int, sent: Sentence) -> bool:
    """Whether the figure at ``pos`` (its clause from ``lo``) is in a fronted clause opened
    earlier in the sentence (``Với 430 đại biểu tán thành, chiếm tỷ lệ 87,5%, …``; ``Với 430
    đại biểu tán thành (chiếm 87,5%), …``), at its start or after a glued headline: the
    pieces between have no subject of their own."""
    m = _FRONTED_RE.match(text, sent.start, pos)
    at = m.end() if m else None
    if at is None:
        g = _GLUED_FRONTED_LAST_RE.search(text, max(sent.start, lo - 160), pos)
        at = g.end() if g else None
    if at is None:
        return False
    breaks = []
    for b in _BREAK_RE.finditer(text, at, lo) if at < lo else ():
        if len(breaks) == 2 or b.group() not in ",(":
            return False  # (at most two pieces are read: the scan stays short in a long sentence)
        breaks.append(b)
    return all(b.group() == "(" or _NO_SUBJECT_RE.match(text, b.end(), pos) for b in breaks)


def _fronted_subject(text: str, lo: int, hi: int, pos: int, sent: Sentence) -> str | None:
    """``Với 91% đại biểu tán thành, Quốc hội đã …``: a figure in a fronted clause
    belongs to the subject that follows it (also a clause that goes on the fronted one:
    ``Với 430 đại biểu tán thành, chiếm tỷ lệ 87,5%, Quốc hội …``)."""
    if hi < sent.end and text[hi] == ")":
        hi += 1  # `(chiếm 87,5%), Quốc hội …`
    if hi >= sent.end or text[hi] != ",":
        return None
    if not (_FRONTED_RE.match(text, lo, hi) or _fronted_start(text, lo, pos, sent)):
        return None
    at = hi + 1
    while at < sent.end and text[at] in " \u00a0":
        at += 1
    ph = [p for p in agency_phrases(text, at, min(sent.end, at + 120)) if p[0] == at]
    if not ph:
        m = PLACE_RE.match(text, at, min(sent.end, at + 60))
        ph = place_phrases(text, at, m.end()) if m else []
    if not ph:
        return None
    return text[ph[0][0]:ph[0][1]].strip(" ,")


# ---------------------------------------------------------------- a locality named by its level

_AN = _DATA["place_anaphors"]
_CITY_WORDS = {w.lower() for w in _AN["city"]}
_ANAPHOR_RE = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:" + _alt(_AN["city"] + _AN["province"]) + r")(?![\p{L}\p{M}.])")
_OWNER_BEFORE_RE = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:" + _alt(_AN["owner_before"]) + r")[ \u00a0]++$")
_LEAD_IN = r"(?:(?:" + _alt(_AN["lead_ins"]) + r"|(?:năm|tháng|quý)[ \u00a0]++[\dIVX/]++)(?![\p{L}\p{M}])[ \u00a0,]*+)*+"
_OPEN_BEFORE_RE = regex.compile(r"(?i)[,:;“\"(][ \u00a0]*+" + _LEAD_IN + r"$")
_OPENS_RE = regex.compile(r"(?i)[ \u00a0“\"']*+" + _LEAD_IN)
_THEN_AFTER_RE = regex.compile(r"(?i)[ \u00a0]++(?:" + _alt(_AN["then"]) + r")(?![\p{L}\p{M}])")
# `các huyện, thành phố`, `thành phố, thị xã`: a list of levels, not one place
_LEVEL_LIST_RE = regex.compile(r"(?i)(?:[ \u00a0]*+,[ \u00a0]*+|[ \u00a0]++(?:và|hoặc)[ \u00a0]++)(?:huyện|quận|thị xã|xã|phường|"
                               r"thị trấn|tỉnh|thành phố)(?![\p{L}\p{M}])")
_WHOLE_COUNTRY_RE = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:cả[ \u00a0]++nước|toàn[ \u00a0]++quốc)(?![\p{L}\p{M}])")
_NAMED_AFTER_RE = regex.compile(r"[ \u00a0]*+(?:\p{Lu}|\d)")
_CITY_PROVINCES = set(_AN["city_provinces"])
_CITY_LEAD_RE = regex.compile(r"(?i)(?:thành[ \u00a0]++phố|TP|Tp|thủ[ \u00a0]++đô)(?![\p{L}\p{M}])")
_PROVINCE_LEAD_RE = regex.compile(r"(?i)tỉnh(?![\p{L}\p{M}])")


def _anaphor_at(text: str, lo: int, pos: int) -> regex.Match | None:
    """The last bare level word in ``text[lo:pos]`` that stands for a place as subject or owner
    (``Thành phố đã …``, ``toàn tỉnh có …``, ``của Thành phố``), not a list of levels."""
    found = None
    for m in _ANAPHOR_RE.finditer(text, lo, pos):
        if _NAMED_AFTER_RE.match(text, m.end(), pos) or _LEVEL_LIST_RE.match(text, m.end(), pos):
            continue  # `thành phố Vinh` is named; `thành phố, thị xã` is a list
        before = text[max(lo, m.start() - 16):m.start()]
        if _LEVEL_LIST_RE.search(text, max(lo, m.start() - 16), m.start()) and before.rstrip().endswith((",", "và", "hoặc")):
            continue
        owner = _OWNER_BEFORE_RE.search(before)
        opens = _OPENS_RE.fullmatch(text, lo, m.start()) or _OPEN_BEFORE_RE.search(text, max(lo, m.start() - 40), m.start())
        if owner or (opens and _THEN_AFTER_RE.match(text, m.end(), pos)):
            found = m
    return found


def _of_level(name: str, city: bool) -> bool:
    kind = places().get(name)
    if city:
        return bool(_CITY_LEAD_RE.match(name)) or kind == "city" or name in _CITY_PROVINCES
    return bool(_PROVINCE_LEAD_RE.match(name)) or (kind == "province" and name not in _CITY_PROVINCES)


def _anaphor_place(text: str, pos: int, sent: Sentence) -> str | None:
    """``Theo báo cáo của TP. Hà Nội, …, hiện nay Thành phố đã …  đạt 100%``: a locality the
    figure's sentence names only by its level word is the nearest place of that level named
    before the word in the same sentence (link.yaml ``place_anaphors``); not one inside an
    office's name (``Sở Giáo dục tỉnh X``), nor when ``cả nước`` owns the figure.  Read within
    :data:`_REACH` characters before the figure, as every agency rule is: a sentence with many
    figures is not read again from its start for each."""
    start = max(sent.start, pos - _REACH)
    lo = reporter_floor(text, start, pos)
    m = _anaphor_at(text, lo, pos)
    if m is None or _WHOLE_COUNTRY_RE.search(text, m.end(), pos):
        return None
    city = " ".join(m.group().lower().split()) in _CITY_WORDS
    offices = agency_phrases(text, start, m.start())
    for a, b in reversed(place_phrases(text, start, m.start())):
        name = text[a:b]
        if _of_level(name, city) and not any(oa <= a and b <= ob for oa, ob in offices):
            return name
    return None


_SHARED_AFTER_RE = regex.compile(r"(?i)[ \u00a0]*+(?:\([ \u00a0]*+)?+(?:" + _alt(_DATA["named_places"]["shared_by"])
                                 + r")(?![\p{L}\p{M}])[^.;()\n]{0,60}+$")
_LIST_SEP_RE = regex.compile(r"(?:,[ \u00a0]*+(?:và[ \u00a0]++)?+|[ \u00a0]++và[ \u00a0]++)$")


def _shared_list(text: str, agency: str, pos: int, sent: Sentence) -> str:
    """``Đồng Nai, Quảng Trị, Gia Lai (đều đạt 100%)``: a place that ends a list of places of
    its kind, before a word of sharing (link.yaml ``shared_by``), shares the figure with the
    others: the agency is the whole list as written."""
    b = text.rfind(agency, max(sent.start, pos - _REACH), pos) + len(agency)
    if not _SHARED_AFTER_RE.fullmatch(text, b, pos):
        return agency
    a = b - len(agency)
    kinds = places()
    kind = kinds.get(agency)
    if kind is None and not place_alone(agency):
        return agency
    start = a
    while True:
        sep = _LIST_SEP_RE.search(text, max(sent.start, start - 12), start)
        if sep is None:
            break
        prev = [ph for ph in place_phrases(text, max(sent.start, sep.start() - 60), sep.start()) if ph[1] == sep.start()]
        if not prev or kinds.get(text[prev[-1][0]:prev[-1][1]]) != kind:
            break
        start = prev[-1][0]
    return text[start:b]


_RESTATED_GOAL_RE = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:" + _alt(_MK_DATA["restated_goal"]) + r")"
                                  r"(?:[ \u00a0]++(?:là|đạt|ở|mức|đề|ra|đặt))*+[ \u00a0]*+$")


def _kind(text: str, p: Percentage, lo: int, hi: int, floor: int, sent: Sentence, sents: list[Sentence],
          si: int, prev_kind: str | None, earlier: dict | None = None) -> str:
    after = text[p.end:hi]
    m = _ITEM_END_RE.search(text, p.end, min(sent.end, hi + 150))
    wide = text[p.end:m.start() if m else min(sent.end, hi + 150)]  # up to `;` or the next figure
    if _DENOMINATOR_RE.match(after):
        after = wide = ""
    change = p.is_change or bool(_COMPARED_RE.search(after))
    reached = bool(_REACH_RE.search(text, max(lo, p.start - 30), p.start))
    kind = classify(Scope(text[lo:p.start], after, change, reached, wide, after_figure=lo == floor > sent.start))
    # words of its own after the figure (a comparison `so với năm 2015` is none)
    words_after = _LETTER_RE.search(_COMPARED_TAIL_RE.sub("", after)) is not None
    at = lo
    for _ in range(3):
        # `giải quyết 300 hồ sơ, đạt 100%`: the clause before says what reached 100%
        if kind is not None or words_after or at - 1 <= floor or text[at - 1] not in ",:(":
            break
        b_lo, _ = _clause(text, at - 1, at - 1, floor, at - 1)
        # (a level after `48% GRDP (…)` is no share of GRDP; a change after it may be the economy's)
        kind = classify(Scope(text[b_lo:at - 1], "", change, reached,
                              after_figure=b_lo == floor > sent.start and not change))
        at = b_lo
    if kind is None and prev_kind is not None and not words_after:
        kind = prev_kind  # a list: `Bến Tre (99%), Long An (98%)`, `…, cả năm đạt 14%`
    if kind is None and not words_after and si > 0 and lo == sent.start and prev_kind is None \
            and len(text[lo:p.start].split()) <= 6:
        # `Đa số đều đạt 100%.`: the figure's subject is the sentence before
        kind = classify(Scope(sents[si - 1].text, "", change))
    if kind is None and earlier and _RESTATED_GOAL_RE.search(text, max(lo, p.start - 40), p.start):
        # `không đạt được mục tiêu 6,7%`: the goal stated earlier with that figure
        kind = earlier.get((p.low, p.high))
    return kind or "other"


def _clean_metric(text: str, metric: str | None, trail: set[str] | None = None) -> str | None:
    """The measured thing without neighbouring words (link.yaml ``metric_cleanup``)."""
    if not metric or not metric.strip():
        return None
    m = _DATE_LEAD_RE.match(metric)
    if m:
        metric = metric[m.end():]
    words = metric.split()
    trail = trail or _TRAIL
    while words and words[-1].lower() in trail:
        words.pop()
    if not words or all(w.lower().strip(",.") in _FILLER for w in words):
        return None
    metric = " ".join(words)
    if place_alone(metric) or not _LETTER_RE.search(metric):
        return None  # a place alone, or only a year left of `so với năm 2016`
    return metric


_NEW_CLAUSE_RE = regex.compile(r"(?i)[ \u00a0]*+(?:nhưng|song|tuy\s++nhiên|còn|trong\s++khi|khi\s++đó|đồng\s++thời)"
                               r"(?![\p{L}\p{M}])")


# a clause that opens with a verb or a comparison has no subject of its own (`, giảm nhẹ so với …`)
_NO_SUBJECT_RE = regex.compile(r"(?i)[\s(]*+(?:(?:và|hoặc)[ \u00a0]++)?+(?:tăng|giảm|đạt|chiếm|bằng|là|so|với|còn|lên|xuống|"
                               r"cao|thấp|hơn|trên|dưới|tương[ \u00a0]++(?:ứng|đương))(?![\p{L}\p{M}])")


def _lead_stripped(words: str) -> str:
    """``nhưng phần vốn bán ra`` without its leading glue (link.yaml ``metric_cleanup`` filler)."""
    ws = words.split()
    while ws and ws[0].lower().strip(",") in _FILLER:
        ws.pop(0)
    return " ".join(ws)


class _Near:
    """The spans (document mentions) that overlap ``[lo, hi)``, by bisection.

    ``office_before`` looks for a figure's agency between its sentence's start
    and the figure, so only the mentions there can block a phrase: passing
    them alone gives the same agency as passing every mention of the
    article, without testing each of them for each figure (quadratic in a
    long article)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.longest = max((b - a for a, b in self.spans), default=0)

    def __call__(self, lo: int, hi: int) -> list[tuple[int, int]]:
        i = bisect_right(self.starts, lo - self.longest - 1)
        j = bisect_right(self.starts, hi - 1)
        return [(a, b) for a, b in self.spans[i:j] if b > lo]


def link_percentages(ctx: ArticleContext) -> None:
    text, sents = ctx.text, ctx.sentences
    legal = [(m.start, m.end) for d in ctx.legal_documents for m in d.mentions]
    dates = PeriodDates(text, ctx.dates, legal)
    near = _Near(legal)
    counts = sorted(ctx.dossier_counts, key=lambda c: c.start)
    ends = [c.end for c in counts]
    prev: tuple[int, Percentage] | None = None
    earlier: dict[tuple[float, float], str] = {}  # the kind of each figure met, by its value
    pcts = ctx.percentages
    for i, p in enumerate(pcts):
        si = sentence_index(sents, p.start)
        if si < 0:
            continue
        sent = sents[si]
        same = prev is not None and prev[0] == si
        floor = max(sent.start, prev[1].end) if same else sent.start
        lo, hi = _clause(text, p.start, p.end, floor, sent.end)
        if i + 1 < len(pcts):
            hi = min(hi, max(p.end, pcts[i + 1].start))
        count = _count_of(text, p, counts, ends, sent)
        # `tăng 1,9% ở Philippines, tăng 1,6% ở Malaysia`: a place written right after the figure is its own
        agency = (_place_after(text, p.end)
                  or office_before(text, p.start, p.end, sent, named_places=True, blocked=near(sent.start, p.start))
                  or _fronted_subject(text, lo, hi, p.start, sent)
                  or _place_in_noun(text, p.end, hi))
        if agency is None and count is not None:
            agency = count.agency
        if agency is None:
            agency = _anaphor_place(text, p.start, sent)
        elif text.find(agency, max(sent.start, p.start - _REACH), p.start) >= 0:
            agency = _shared_list(text, agency, p.start, sent)
        period = period_of(text, p.start, p.end, sent, sents, si, dates, target=p.is_target, change=p.is_change)
        if period is None and count is not None:
            period = count.period
        if period is None and si > 0:
            period = breakdown_period(text, sents, si, p.start, dates)
        metric = _metric_of(text, p, lo, floor, prev[1] if same else None)
        if metric != p.metric:
            _set(p, "metric", metric)
        kind = _kind(text, p, lo, hi, floor, sent, sents, si, prev[1].metric_kind if same else None, earlier)
        if kind != "other":
            earlier[(p.low, p.high)] = kind
        _set(p, "agency", agency)
        _set(p, "period", period)
        _set(p, "metric_kind", kind)
        prev = (si, p)


def _metric_of(text: str, p: Percentage, lo: int, floor: int, prev: Percentage | None):
    """The measured thing: the figure's own, a clause of its own since the last
    figure of the sentence (``prev``), the last figure's, or the clause before it."""
    metric = _clean_metric(text, p.metric)
    if metric is None and prev is not None and lo - 1 > floor:
        # `đạt 96% nhưng phần vốn bán ra rất thấp, chỉ đạt 8%`: a clause of its own since the last figure
        # (not the last figure's own noun: `bằng 5% kế hoạch, bằng 52% so cùng kỳ`)
        b_lo, _ = _clause(text, lo - 1, lo - 1, floor, lo - 1)
        if _NEW_CLAUSE_RE.match(text, b_lo, lo) or (b_lo > floor and not _NO_SUBJECT_RE.match(text, b_lo, lo)):
            metric = _clean_metric(text, _lead_stripped(text[b_lo:lo - 1]), _TRAIL | _FILLER)
    if metric is None and prev is not None:
        metric = prev.metric
    if metric is None and p.metric:
        # `Doanh thu tăng lần lượt 12%`: the clause without its verb and glue
        metric = _clean_metric(text, text[lo:p.start], _TRAIL | _FILLER)
    return metric


def _set(item: Percentage, field: str, value: str | None) -> None:
    """``item.field = value`` without validate_assignment's re-validation of the
    whole item (as records.py sets ids): the values are plain strings or None,
    and a metric kind comes from metric_kinds.yaml, checked against the record's
    ``Literal`` when it is loaded."""
    object.__setattr__(item, field, value)
    mark_set(item, field)


_TIMELY = {"early", "on_time", "overdue"}


def link_parts(ctx: ArticleContext) -> None:
    """Each dossier count that breaks down a total (a parenthesis or a ``trong đó``
    list after it) names it in ``part_of``: the total's id (``d1``).  A part
    counts the same thing as its total (``tiếp nhận 900 hồ sơ (600 trực tuyến,
    …)``), or the timeliness of what was resolved; ``giải quyết 880 hồ sơ`` in
    the parenthesis of what was received is a figure of its own, not a part."""
    counts = ctx.dossier_counts
    if len(counts) < 2 or any(b.start < a.start for a, b in zip(counts, counts[1:])):
        return
    for c, parent in zip(counts, parents_of(ctx.text, counts, ctx.sentences)):
        if parent is None:
            continue
        total = counts[parent]
        if c.status == total.status or (total.status == "resolved" and c.status in _TIMELY):
            object.__setattr__(c, "part_of", item_id("dossier_counts", parent))  # a plain str (see _set)
            mark_set(c, "part_of")


# Link fills fields of the items other stages made (metric_kind, agency, period,
# part_of, key, agency_key): it assigns no list of its own, and runs where it is registered,
# after the stages it reads.
@stage("link", requires=("dates", "legal_documents", "percentages", "dossier_counts"))
def link_stage(ctx: ArticleContext) -> None:
    """Percentages: metric_kind, agency and period (records.md "Percentage");
    dossier counts: ``part_of``; legal documents: their key across articles;
    percentages and dossier counts: ``agency_key``, their agency's key across articles."""
    if ctx.percentages:
        link_percentages(ctx)
    link_parts(ctx)
    for doc in ctx.legal_documents:
        doc.key = document_key(doc)
    keys: dict[str, str | None] = {}
    for item in (*ctx.percentages, *ctx.dossier_counts):
        if item.agency:
            if item.agency not in keys:
                keys[item.agency] = agency_key(item.agency)
            # a plain str: skip validate_assignment's re-validation of the whole item
            object.__setattr__(item, "agency_key", keys[item.agency])
            mark_set(item, "agency_key")
