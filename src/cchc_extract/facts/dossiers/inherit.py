"""What a count takes from its total, its neighbours and its sentence: status,
channel, agency (the office) and period (the dates stage's periods).

The agency, in order (:func:`_agency_of`): the office before the count
(:func:`..link.office_before`, passing over one that only qualifies a word, ``nợ
BHXH``; with the bodies of ``more_offices``; its name cut where plain words follow a
proper name); the body of the speaker's title that a bare subject after the reporting
verb takes up (``speaker_body``); a named place that is the clause's subject, fronts it,
owns the dossiers or has the count after ``với`` (``place_as_agency``); a place after
the noun after ``tại``; an office opening a relative clause after the noun; the subject
shared over ``;`` (``shared_subject``); the count before's, when the clause names no
subject of its own.  The period (:func:`..link.period_of`) stops at a subheading
glued to the next sentence (``glued_headline``) and spans two times joined by ``và``
(``joined_times``).  Names in parentheses are dossiers.yaml entries.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from ..link import (HEAD_RE, PERIOD_KINDS, PeriodDates, _phrase_end, agency_phrases, clause_end, closed_paren_segments, names_other, office_before,
                    period_of, place_phrases, reporter_floor)
from ..link_vocab import _DATA as _LINK_DATA, _SAYS_RE, _rfind_char
from ..link_period import breakdown_period
from ...records import DateMention
from ...segment import Sentence
from .candidate import _Count
from .resolve import _before_text, _cues, _status_before_paren, _status_of_unnumbered_total
from .vocab import _B, _DATA, _E, _alt


_REPORT_OPEN_RE = regex.compile(r"(?i)\s*+(?:trong\s++đó,?\s++)?+(?:tổng\s++số\s++lượng|tổng\s++số|số\s++lượng|tổng|số)"
                                 r"\s++hồ\s++sơ" + _E)

# ---------------------------------------------------------------- a place as the agency

# a place opens its clause (perhaps after an opener: `Tại thành phố Vinh, …`) or follows `của`
# (a time phrase may stand between: `Theo Sở X, trong quý I/2024 Đà Nẵng có …`)
_TIME_LEAD = (r"(?:(?:trong|tính\s++đến|từ|đến|hết|sau|qua)[ \u00a0]++)?+(?:[\p{L}\p{M}\d]++[ \u00a0]++){0,3}?"
              r"(?:năm|tháng|quý|ngày|kỳ)[ \u00a0]++[\dIVX][^\s,;]*+[ \u00a0,]++")
# `Số hồ sơ của xã X …`: the dossiers' owner (not `Đoàn công tác của tỉnh X`, a delegation's)
_OF_DOSSIERS_RE = regex.compile(r"(?i)hồ[ \u00a0]++sơ(?:[ \u00a0]++[\p{L}\p{M}]++){0,4}?[ \u00a0]++của[ \u00a0]++$")
_PLACE_OPEN_RE = regex.compile(r"(?i)(?:^|[,;:(\n])[ \u00a0]*+(?:" + _TIME_LEAD + r")?+(?:(?:"
                               + _alt(_DATA["place_as_agency"]["openers"]) + r")[ \u00a0]++)?+$")
# `Đứng đầu là huyện X với 12.000 hồ sơ`: a place that has the count after `với`
_WITH_COUNT_RE = regex.compile(r"(?i)[ \u00a0]*+(?:\([^()]{0,40}\)[ \u00a0]*+)?+,?+[ \u00a0]*+với[ \u00a0]++"
                               r"(?:(?:tổng[ \u00a0]++)?+số[ \u00a0]++(?:lượng[ \u00a0]++)?+(?:hồ[ \u00a0]++sơ[ \u00a0]++)?+(?:là[ \u00a0]++|lên[ \u00a0]++tới[ \u00a0]++)?+)?+"
                               r"(?:(?:hơn|trên|gần|khoảng|xấp[ \u00a0]++xỉ|gần[ \u00a0]++như)[ \u00a0]++)?+")
# (`Đứng đầu là huyện X với …`, `… địa bàn huyện Y với …`; not `khắp Việt Nam với 6.000 hồ sơ`)
_RANKED_RE = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:là|địa[ \u00a0]++bàn)[ \u00a0]++$")
# a body right after these words is a debt's creditor, a bond's issuer …, not whose count it is
_QUALIFIES_RE = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:" + _alt(_LINK_DATA["named_places"]["not_after"]) + r")[ \u00a0]++$")
_THOUSANDS_AFTER_RE = regex.compile(r"[.,]\d")  # `huyện 30.000`: a count, not `Quận 3`
_AGENCY_REACH = 400
_APPOSITION_RE = regex.compile(r",[ \u00a0]++")


# the city's name run together with its level word (`TPHCM`; `TP.HCM`, `TP HCM` are read by the shared rules)
_RUN_TOGETHER_RE = regex.compile(r"(?<![\p{L}\p{M}\p{N}])(?:TPHCM|TpHCM|TPHN)(?![\p{L}\p{M}\p{N}])")


def _places(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return sorted(place_phrases(text, lo, hi) + [m.span() for m in _RUN_TOGETHER_RE.finditer(text, lo, hi)])


# `… 800 hồ sơ khởi kiện doanh nghiệp tại TPHCM bị treo`: where the counted dossiers are, after the noun
_PLACE_AFTER_RE = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:tại|ở|trên[ \u00a0]++địa[ \u00a0]++bàn)[ \u00a0]++")


# `67 hồ sơ (mà) BHXH tỉnh đề nghị khởi kiện`: a relative clause whose subject handled the dossiers
_RELATIVE_RE = regex.compile(r"(?i)[ \u00a0]++(?:mà[ \u00a0]++|do[ \u00a0]++)?+")
_RELATIVE_VERB_RE = regex.compile(r"(?i)[ \u00a0]++(?:(?:" + _alt(list(_DATA["shared_subject"]["adverbs"]) + ["chưa", "không"])
                                  + r")[ \u00a0]++)*+(?:"
                                  + _alt(list(_DATA["shared_subject"]["verbs"]) + ["đề nghị", "gửi", "chuyển sang", "nộp"])
                                  + r")" + _E)


def _relative_office(text: str, noun_end: int, sent: Sentence) -> str | None:
    """``67 hồ sơ BHXH tỉnh đề nghị khởi kiện``, ``140 hồ sơ mà Chi cục chuyển sang``: the office
    that opens a relative clause right after the noun, before its verb."""
    m = _RELATIVE_RE.match(text, noun_end, sent.end)
    if m is None:
        return None
    end = clause_end(text, m.end(), sent.end)
    ph = [p for p in _offices(text, m.end(), end) if p[0] == m.end()]
    if not ph:
        return None
    a = ph[0][0]
    verb = _RELATIVE_VERB_RE.search(text, a, end)  # the office's name runs up to the clause's verb
    if verb is None or verb.start() > ph[0][1] + 1:
        return None
    agency = _trim_run_on(text[a:verb.start()].strip(" ,"))
    if not agency or not (HEAD_RE.match(agency) or _MORE_HEADS_RE.match(agency)):
        return None
    return agency


_ABBR_PAREN_RE = regex.compile(r"\([\p{Lu}\p{N}&\-.]{1,10}\)")


def _place_after(text: str, noun_end: int, sent: Sentence) -> str | None:
    """A place written after the count's noun in its clause, after `tại`, `ở` or `trên địa bàn`
    (dossiers.yaml ``place_as_agency``)."""
    end = clause_end(text, noun_end, sent.end)
    for _ in range(3):  # an abbreviation in parentheses (`doanh nghiệp (DN)`) does not end the clause
        ab = _ABBR_PAREN_RE.match(text, end)
        if ab is None:
            break
        end = clause_end(text, ab.end(), sent.end)
    for m in _PLACE_AFTER_RE.finditer(text, noun_end, end):
        ph = [p for p in _places(text, m.end(), end) if p[0] == m.end()]
        if ph and not _THOUSANDS_AFTER_RE.match(text, ph[0][1]):
            return text[ph[0][0]:ph[0][1]].strip(" ,")
        return None  # (the first `tại` of the clause only: `tại Bộ phận …` is an office's)
    return None


def _place_subject(text: str, start: int, sent: Sentence, blocked: list[tuple[int, int]]) -> str | None:
    """The named place whose count at ``start`` it is: the last place before it in its
    sentence (after any source clause and `;`, outside closed parentheses) that opens its
    clause or follows `của` (dossiers.yaml ``place_as_agency``)."""
    lo = max(sent.start, start - _AGENCY_REACH)
    semi = _rfind_char(text, ";", sent.start, start)
    if semi >= lo:
        lo = semi + 1
    floor = reporter_floor(text, lo, start)
    if floor >= start:
        return None
    closed = closed_paren_segments(text, floor, start)
    found = _places(text, floor, start)
    for k in range(len(found) - 1, -1, -1):
        a, b = found[k]
        if any(x <= a < y for x, y in closed) or any(x < b and a < y for x, y in blocked):
            continue
        if k > 0 and _APPOSITION_RE.fullmatch(text, found[k - 1][1], a):
            continue  # `huyện Thuận Thành, Bắc Ninh`: the second locates the first, which is judged
        if _THOUSANDS_AFTER_RE.match(text, b) or names_other(text, a, b, blocked):
            continue
        if _OF_DOSSIERS_RE.search(text, max(floor, a - 60), a):
            return text[a:b].strip(" ,")
        if _PLACE_OPEN_RE.search(text[max(floor, a - 60):a]) or _PLACE_OPEN_RE.fullmatch("," + text[floor:a]) \
                or (_WITH_COUNT_RE.fullmatch(text, b, start) and _RANKED_RE.search(text, max(floor, a - 20), a)):
            return text[a:b].strip(" ,")
    return None


_SS = _DATA["shared_subject"]
# `…; ở các xã, phường tiếp nhận 1.100 hồ sơ`: a clause after `;` that opens with a level or a group
# names a subject of its own (dossiers.yaml ``shared_subject``)
_OWN_SUBJECT_RE = regex.compile(r"(?i)[ \u00a0]*+(?:(?:ở|tại|còn|riêng|đối[ \u00a0]++với)[ \u00a0]++)?+(?:(?:các|cấp)[ \u00a0]++)?+"
                                r"(?:tỉnh|huyện|quận|thị[ \u00a0]++xã|xã|phường|thị[ \u00a0]++trấn|thành[ \u00a0]++phố|sở|ngành|"
                                r"đơn[ \u00a0]++vị|địa[ \u00a0]++phương)" + _E)
# a clause that opens with a verb (after adverbs) names no subject of its own
_LEVEL_AFTER = r"(?![ \u00a0]++(?:tỉnh|huyện|quận|thị\s++xã|xã|phường|thị\s++trấn|thành\s++phố|trung\s++ương|cơ\s++sở)" + _E + r")"
_VERB_OPEN_RE = regex.compile(r"(?i)[ \u00a0]*+(?:(?:" + _alt(_SS["adverbs"]) + r")[ \u00a0]++)*+(?:"
                              + _alt(_SS["verbs"]) + r")" + _E + _LEVEL_AFTER)
# the office phrase before `;` may run on into its verb (`Chi cục Thuế kiểm tra 120 …`)
_VERB_TAIL_RE = regex.compile(r"(?i)(?:[ \u00a0]++(?:" + _alt(_SS["adverbs"]) + r"|"
                              + _alt(v for v in _SS["verbs"] if not v.startswith("trả")) + r"))++$")


# bodies the shared office heads do not know (dossiers.yaml ``more_offices``)
_MORE_HEADS_RE = regex.compile(r"(?i)" + _B + r"(?:" + "|".join(f"(?:{h})" for h in _DATA["more_offices"]["heads"])
                               + r")" + _E)


def _offices(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The office phrases in ``text[lo:hi]``, with those opened by a head of ``more_offices``
    (one that holds a shared office, `Thanh tra` + `Bộ Tài chính`, replaces it)."""
    more = [(m.start(), _phrase_end(text, m, hi)) for m in _MORE_HEADS_RE.finditer(text, lo, hi)]
    found = [p for p in agency_phrases(text, lo, hi) if not any(a <= p[0] < b for a, b in more)]
    return sorted(found + more)


def _clause_floor(text: str, pos: int, sent: Sentence) -> int:
    """Where the words about a figure at ``pos`` begin: after an earlier `;` and any source clause."""
    lo = max(sent.start, pos - _AGENCY_REACH)
    semi = _rfind_char(text, ";", sent.start, pos)
    if semi >= lo:
        lo = semi + 1
    return reporter_floor(text, lo, pos)


def _more_office_before(text: str, pos: int, sent: Sentence, agency: str | None) -> str | None:
    """``agency`` (the shared rules' office before ``pos``), unless a body of ``more_offices``
    comes later in the clause or holds it (``Thanh tra Bộ Tài chính``, ``CA Hà Nội``)."""
    floor = _clause_floor(text, pos, sent)
    closed = closed_paren_segments(text, floor, pos)
    more = [(m.start(), _phrase_end(text, m, pos)) for m in _MORE_HEADS_RE.finditer(text, floor, pos)]
    more = [p for p in more if not any(x <= p[0] < y for x, y in closed)]
    if not more:
        return agency
    a, b = more[-1]
    at = text.rfind(agency, floor, pos) if agency else -1
    if agency is None or at <= a or a <= at < b:
        return text[a:b].strip(" ,")
    return agency


def _first_office(text: str, pos: int, sent: Sentence) -> str | None:
    """The subject that opens the clause before ``pos``: its first office phrase (after any
    source clause and earlier `;`, outside closed parentheses)."""
    floor = _clause_floor(text, pos, sent)
    closed = closed_paren_segments(text, floor, pos)
    for a, b in _offices(text, floor, pos):
        if not any(x <= a < y for x, y in closed):
            return text[a:b].strip(" ,")
    return None


def _shared_subject(text: str, start: int, sent: Sentence, legal) -> str | None:
    """``Sở X đã rà soát 40 thủ tục; tiếp nhận 2.300 hồ sơ``: a clause after `;` that opens
    with a verb has the subject of the clause before it, back over such clauses
    (dossiers.yaml ``shared_subject``)."""
    pos = start
    for _ in range(6):
        semi = _rfind_char(text, ";", sent.start, pos)
        if semi < 0 or not _VERB_OPEN_RE.match(text, semi + 1, start):
            return None
        agency = _trim_run_on(_first_office(text, semi, sent)) or _place_subject(
            text, semi, sent, [(a, b) for a, b in legal if b > sent.start])
        if agency is not None:
            agency = _VERB_TAIL_RE.sub("", agency)
            return agency if agency.strip() else None
        pos = semi
    return None


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


def inherit(text: str, counts: list[_Count], sidx: list[int], sents: list[Sentence],
            dates: list[DateMention], legal: list[tuple[int, int]]) -> list[_Count]:
    """The counts kept, each with its status, channel, agency and period settled (a
    part from its total unless it says its own); ``counts`` linked by ``parent``."""
    eligible = PeriodDates(text, dates, legal)
    cuts: dict[int, list[int]] = {}
    out = []
    for i, (c, si) in enumerate(zip(counts, sidx)):
        parent = counts[c.parent] if c.parent is not None else None
        _settle_status(text, c, parent, counts, sents, si)
        if c.channel is None and parent is not None and parent.channel is not None:
            c.channel = parent.channel
        if "office" in c.extra:
            _table_agency_period(text, c, sents, si, eligible)
        elif si >= 0:
            c.agency = _agency_of(text, c, i, counts, sidx, sents, legal)
            # a figure of another time (`trước đây là 300`) has no period of the sentence
            c.period = None if "compared" in c.extra else period_of(text, c.num_start, c.end,
                                                                    _unglued(text, c.end, sents[si], cuts), sents, si, eligible)
            if c.period is not None:
                c.period = _joined_period(text, c.period, c.num_start, sents[si], eligible)
        if c.period is None and parent is None and si > 0 and "compared" not in c.extra and "office" not in c.extra:
            # `Riêng bộ phận một cửa của Sở tiếp nhận 30 hồ sơ.`: a breakdown of the sentence before
            c.period = breakdown_period(text, sents, si, c.num_start, eligible)
        if parent is not None:
            if c.agency is None or c.elliptic:
                c.agency = parent.agency
            if c.period is None or (sidx[c.parent] != si):
                c.period = parent.period or c.period
        if c.elliptic and c.own_status is None and parent is None:
            continue
        out.append(c)
    _backlog_channel(text, counts, sidx, {id(c) for c in out})
    return out


# a subheading glued to the next sentence: a sentence opener after a lowercase word or a number
_GLUED_RE = regex.compile(r"(?<=[\p{Ll}\d”\"’)])[ \u00a0]++(?=(?:" + "|".join(
    f"(?:{o})" for o in _DATA["glued_headline"]["openers"]) + r")(?![\p{L}\p{M}]))")


def _unglued(text: str, end: int, sent: Sentence, cuts: dict[int, list[int]]) -> Sentence:
    """The count's sentence up to the next sentence a page glued to it without a full stop
    (dossiers.yaml ``glued_headline``): its dates are not the count's period.  ``cuts``
    keeps each sentence's glued openers, found once (a long list of counts in one sentence)."""
    if sent.start not in cuts:
        cuts[sent.start] = [m.start() for m in _GLUED_RE.finditer(text, sent.start, sent.end)]
    at = cuts[sent.start]
    k = bisect_left(at, end)
    return Sentence(sent.start, at[k], text[sent.start:at[k]]) if k < len(at) else sent


_AND_RE = regex.compile(r"(?i)[ \u00a0]*+,?+[ \u00a0]*+và[ \u00a0]++")


def _bounds(d: DateMention) -> tuple[str, str] | None:
    """The first and last unit a year, quarter, month or period mention covers, as a period's ends."""
    v = d.value
    if d.kind == "year" and v.isdigit():
        return v, v
    if d.kind == "period" and "/" in v and ".." not in v:
        a, b = v.split("/", 1)
        return a, b
    if d.kind == "month":
        return v, v
    if d.kind == "quarter" and "-Q" in v:
        y, q = v.split("-Q")
        if y.isdigit() and q.isdigit():
            return f"{y}-{3 * int(q) - 2:02d}", f"{y}-{3 * int(q):02d}"
    return None


def _joined_period(text: str, value: str, start: int, sent: Sentence, eligible: PeriodDates) -> str:
    """``năm 2022 và 2023``, ``mùa 2015-2016 và 2016-2017`` before a count: two times of one
    kind joined by `và` are one period from the first to the last (dossiers.yaml ``joined_times``)."""
    before = [d for d in eligible.between(sent.start, start) if d.end <= start]
    if len(before) < 2 or before[-1].value != value:
        return value
    first, last = before[-2], before[-1]
    if first.kind != last.kind or not _AND_RE.fullmatch(text, first.end, last.start):
        return value
    a, b = _bounds(first), _bounds(last)
    if a is None or b is None or len(a[0]) != len(b[1]) or a[0] >= b[1]:
        return value
    return f"{a[0]}/{b[1]}"


def _settle_status(text: str, c: _Count, parent: _Count | None, counts: list[_Count], sents: list[Sentence],
                   si: int) -> None:
    """The count's status: its own (read here for a total without a verb of its own
    before it), else its total's, else its sibling's, else ``unknown``."""
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


def _table_agency_period(text: str, c: _Count, sents: list[Sentence], si: int, eligible: PeriodDates) -> None:
    """A table row's count: the office its row names, the period of its sentence or,
    failing that, the caption's, which governs the table."""
    c.agency = c.extra["office"]
    c.period = period_of(text, c.num_start, c.end, sents[si], sents, si, eligible) if si >= 0 else None
    if c.period is None:
        in_caption = [d for d in eligible.between(*c.extra["caption"]) if d.kind in PERIOD_KINDS]
        c.period = in_caption[-1].value if in_caption else None


# level and glue words an office's name may go on with after a proper name (`UBND TP Hà Nội`, `… của huyện`)
_GOES_ON = {w for p in _LINK_DATA["agency_heads"]["level_words"] for w in p.lower().split()} | {"và", "của", "các"}


_NAME_WORD_RE = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]*+")  # `Nội`, not a code (`PA72`) or an acronym (`UBND`)


def _trim_run_on(agency: str | None) -> str | None:
    """``CA Hà Nội đủ khả năng``, ``trường Lương Thế Vinh toàn điểm``: after a proper name of two or
    more capitalised words (past the head word), a plain lowercase word is no longer the office's
    name (one capitalised word may open a name that goes on in lowercase: ``Phòng Cảnh sát giao thông``)."""
    if not agency:
        return agency
    words = agency.split()
    run, at = 0, 0
    for k, w in enumerate(words):
        at = agency.index(w, at)
        if HEAD_RE.match(agency, at):  # a head inside (`Thanh tra Bộ Tài chính`) opens anew
            run = 0
            continue
        if k and _NAME_WORD_RE.fullmatch(w):
            run += 1
            continue
        if k and run >= 2 and w[:1].islower() and w.lower() not in _GOES_ON:
            return " ".join(words[:k])
        run = 0
    return agency


_ANAPHORS = _DATA["speaker_body"]["anaphors"]
# each bare word as it may stand inside the speaker's body (`huyện` in `Văn phòng UBND huyện Y`)
_ANAPHOR_WORD_RE = {" ".join(w.lower().split()): regex.compile(r"(?i)" + _B + _alt([w]) + _E) for w in _ANAPHORS}
# a bare word that takes up a body as the subject of the count's clause: a verb or an adverb follows, not a name
_ANAPHOR_SUBJECT_RE = regex.compile(r"(?i)(?:^|[\s,:])(?P<ana>" + _alt(_ANAPHORS) + r")[ \u00a0]++(?=(?:"
                                    + _alt(list(_SS["adverbs"]) + list(_SS["verbs"]) + ["có", "chỉ", "mới", "đều"])
                                    + r")" + _E + r")")


def _speaker_body(text: str, start: int, sent: Sentence) -> tuple[str, int] | None:
    """``Ông X, Chánh Văn phòng UBND huyện Y cho biết, năm 2023 huyện đã tiếp nhận …``: the
    body of the speaker's title that the bare subject after the reporting verb takes up,
    from that word on (dossiers.yaml ``speaker_body``), and where the reporting verb ends."""
    lo = max(sent.start, start - _AGENCY_REACH)
    semi = _rfind_char(text, ";", sent.start, start)
    if semi >= lo:
        lo = semi + 1
    says = None
    for m in _SAYS_RE.finditer(text, lo, start):
        says = m
    if says is None:
        return None
    ana = None
    for m in _ANAPHOR_SUBJECT_RE.finditer(text, says.end(), start):
        ana = m
    if ana is None:
        return None
    word = " ".join(ana.group("ana").lower().split())
    word = "trường" if word == "nhà trường" else word
    phrases = sorted(_offices(text, lo, says.start()) + place_phrases(text, lo, says.start()))
    for a, b in reversed(phrases):
        at = _ANAPHOR_WORD_RE[word].search(text, a, b)
        if at:
            return text[at.start():b].strip(" ,"), says.end()
    return None


def _office_owning(text: str, c: _Count, sent: Sentence) -> str | None:
    """The office before the count (:func:`office_before`), passing over one that only
    qualifies a word (``doanh nghiệp nợ BHXH``: the debt's creditor, not who handled the
    dossiers; link.yaml ``named_places.not_after``), as a percentage's office is."""
    blocked: list[tuple[int, int]] = []
    for _ in range(3):
        agency = office_before(text, c.start, c.noun_end, sent, blocked=blocked)
        if agency is None:
            return None
        at = text.rfind(agency, sent.start, c.start)
        if at < 0 or not _QUALIFIES_RE.search(text, max(sent.start, at - 20), at):
            return agency
        blocked.append((at, at + len(agency)))
    return None


def _agency_of(text: str, c: _Count, i: int, counts: list[_Count], sidx: list[int],
               sents: list[Sentence], legal: list[tuple[int, int]] = ()) -> str | None:
    """The office before the count, the place that is its clause's subject (``Năm 2023,
    huyện X tiếp nhận …``), or the subject carried over from the count before."""
    si = sidx[i]
    agency = _trim_run_on(_more_office_before(text, c.start, sents[si], _office_owning(text, c, sents[si])))
    said = _speaker_body(text, c.start, sents[si])
    if said is not None and (agency is None or text.rfind(agency, sents[si].start, c.start) < said[1]):
        agency = said[0]  # (an office named after the reporting verb keeps its place)
    if agency is None:
        agency = _place_subject(text, c.start, sents[si], [(a, b) for a, b in legal if b > sents[si].start]) \
            or _place_after(text, c.noun_end, sents[si]) or _relative_office(text, c.noun_end, sents[si])
    if agency is None:
        agency = _shared_subject(text, c.start, sents[si], legal)
    semi = _rfind_char(text, ";", counts[i - 1].end, c.start) if i > 0 else -1
    if agency is None and i > 0 and sidx[i - 1] == si and not HEAD_RE.search(text, counts[i - 1].end, c.start) \
            and not (semi >= 0 and _OWN_SUBJECT_RE.match(text, semi + 1, c.start)):
        # `UBND phường đã tiếp nhận 2.345 hồ sơ; giải quyết …`: the subject carries over `;`
        agency = counts[i - 1].agency
    if agency is None and i > 0 and sidx[i - 1] == si - 1 and c.parent is None \
            and _REPORT_OPEN_RE.match(text, sents[si].start, c.start + 1):
        # `Sở X tiếp nhận 5.200 hồ sơ. Tổng số hồ sơ đã giải quyết là …`:
        # a sentence about "the dossiers" goes on with the office of the one before
        # (of its total, when that one was a part of a breakdown)
        prev = counts[i - 1]
        agency = counts[prev.parent].agency if prev.parent is not None else prev.agency
    return agency
