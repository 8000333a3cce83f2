"""Whose figure and for when: the ``agency`` and ``period`` of figures.

One set of rules for dossier counts and percentages alike (records.md: "for
dossier counts and percentages alike"; annotation.md "agency and period"):

- **agency**: the last office (``Bộ phận một cửa UBND huyện X``, ``Sở Tư pháp``)
  or, for a percentage, named place (``tỉnh Nghệ An``, ``TP. Vinh``) written
  before the figure in its sentence, outside closed parentheses and after any
  reporting clause: a body that only reports or ranks the figure (``Theo Sở Nội
  vụ, …``, ``X cho biết, …``, ``số liệu của X``) is not whose figure it is;
- **period**: the nearest date mention before the figure in its sentence (else
  the first after it in its clause) that covers a time: not a document's issue
  date, not a comparison (``so với năm 2022``), not a cut-off (``tính đến ngày
  28/8/2016``, ``đến cuối năm 2016`` for a result) and not a bare starting day
  (``từ ngày 1/11``); ``từ ngày A đến ngày B`` is the period ``A/B``; a
  target's deadline (``đến năm 2025 đạt 80%``) is its period; else a list head
  (``Kết quả năm 2023:`` over its lines).

The dossier stage asks these for each count (parts then take their total's);
the ``link`` stage (:mod:`.link_stage`) asks them for each percentage.
Vocabulary: ``patterns/link.yaml`` (read in :mod:`.link_vocab`); the period rules
are in :mod:`.link_period` (re-exported here).
"""

from __future__ import annotations

import regex

from ..gazetteers import places
from ..patterndata import entries
from ..segment import Sentence
from .link_period import PERIOD_KINDS, PeriodDates, list_head_period, period_of
from .link_vocab import _B, _DATA, _E, _RP, _SAYS_RE, FirstOf, _alt, _phrase, _rfind_char

__all__ = ["HEAD_RE", "PERIOD_KINDS", "PLACE_RE", "PeriodDates", "agency_phrases", "clause_end",
           "closed_paren_segments", "list_head_period", "names_other", "office_before", "period_of",
           "place_alone", "place_phrases", "reporter_floor"]

# A status verb ends an office's name (`UBND huyện tiếp nhận …`): the dossier cues.
_CUES = [p for ps in entries("dossiers")["status_cues"]["cues"].values() for p in ps]

_AG = _DATA["agency_heads"]
_HEADS = FirstOf(_AG["heads"], r"(?i)" + _B, _E)
HEAD_RE = _HEADS.pattern
_LEVEL_RE = regex.compile(r"(?i)(?:" + "|".join(
    (_phrase(p) + _E) if p[-1].isalpha() else regex.escape(p)
    for p in sorted(_AG["level_words"], key=len, reverse=True)) + r")")
_LEVEL_PLAIN = {" ".join(p.lower().split()) for p in _AG["level_words"] if p[0].islower()} - {"các", "của", "cấp"}
_STOP_RE = regex.compile(rf"(?i)(?:{_alt(_AG['stop_words'])}|{_alt(_CUES)}){_E}")
_VERB_STOP_RE = regex.compile(rf"(?:{_alt(_AG['verb_stops'])}){_E}")  # lower case only
_VERB_NOUN_RE = regex.compile(rf"(?i)(?:{_alt(_AG['verb_stop_nouns'])}){_E}")
#: the word before a position, and the blanks after it
_WORD_BEFORE_RE = regex.compile(r"[\p{L}\p{M}]++[ \u00a0]++\Z")
_TIME_UNIT_AFTER_RE = regex.compile(rf"[ \u00a0]++(?i:{_alt(_AG['time_units'])}){_E}")
# a word, with an abbreviation's inner dot (`TP.HCM`: one word, not `TP.` and a new sentence)
_WORD_RE = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}\p{N}&\-]*+(?:\.\p{Lu}[\p{L}\p{M}\p{N}]*+)*+\.?+|[“”\"‘’]|\d++")
_SPACE_RE = regex.compile(r"[ \t\u00a0]++")
_COMMA_RE = regex.compile(r"\s*+,\s++")
_AND_CAP_RE = regex.compile(r"và\s++\p{Lu}")
_NAME_DOT_RE = regex.compile(r"(?i)(?:TP|Tp|Q|TX)\.$")
# `… hồ sơ được tiếp nhận tại <office>`, `… hồ sơ nộp về <office>`: the receiver after the noun
# (and the agent of a passive: `… hồ sơ được Phòng Quản lý xuất nhập cảnh tiếp nhận`)
_AT_PLACE_RE = regex.compile(r"(?i)" + _B + r"(?:tại|được|do|(?:nộp|gửi)\s++(?:về|vào|đến|tới)(?:\s++tại)?+)\s++")
# A clause boundary: punctuation that is not the dot or comma inside a number.
_BOUNDARY_RE = regex.compile(r"[;:()\[\]!?\n…]|[.,](?!\d)|(?<!\d)[.,]")
_PAREN_RE = regex.compile(r"[()]")

# ---------------------------------------------------------------- named places

_PL = _DATA["named_places"]
# (a number is a ward's or district's, `Quận 3`, unless a time unit follows: `thành phố 6 tháng`)
_NAME = (r"(?:\p{Lu}[\p{L}\p{M}]*+|\d{1,2}(?!\d)(?![ \u00a0]++(?i:" + _alt(_AG["time_units"]) + r")" + _E + r"))"
         r"(?:[ \u00a0]\p{Lu}[\p{L}\p{M}]*+){0,3}+")
_GAZ = sorted((n for n, k in places().items() if k in _PL["gazetteer_kinds"]), key=len, reverse=True)
# The four kinds of place, in the order they are tried at a position: a level word and a
# name, `TP.` and a name, a gazetteer name, a unique body.
_GAZ_KIND = r"(?:" + "|".join(regex.escape(n) for n in _GAZ) + r")" + _E
_PLACE_KINDS = (
    r"(?i:" + _alt(_PL["level_words"]) + r")[ \u00a0]++" + _NAME,
    r"(?:TP|Tp)\.[ \u00a0]?+\p{Lu}[\p{L}\p{M}]*+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}]*+){0,3}+",
    _GAZ_KIND,
    r"(?:" + _alt(_PL["bodies"]) + r")" + _E,
)
# (scanned apart: the gazetteer's 200 plain names alone are a fast string set for `regex`)
_PLACES = FirstOf(_PLACE_KINDS, _B)
PLACE_RE = _PLACES.pattern

_GAZ_SET = set(_GAZ)
#: The kinds of place but the gazetteer's plain names (:func:`place_alone` looks those up in a set).
_NOT_GAZ_RE = regex.compile(_B + r"(?:" + "|".join(f"(?:{k})" for k in _PLACE_KINDS if k is not _GAZ_KIND) + r")")


def place_alone(s: str) -> bool:
    """Whether ``s`` is one place and nothing else: ``PLACE_RE.fullmatch(s)``, with the
    gazetteer's names (``Hà Nội``) found in a set (a whole-string match of the alternation
    is one of its parts matching the whole string; the names' part is that string being
    one of them).  ``regex`` tries the 200 names one by one: several times dearer."""
    return s in _GAZ_SET or _NOT_GAZ_RE.fullmatch(s) is not None
# names_other(): a place or office right after these words names something else (link.yaml)
_NOT_AFTER_RE = regex.compile(r"(?i)" + _B + r"(?:" + _alt(_PL["not_after"]) + r")[ \u00a0]++$")
# `Bệnh viện Việt Đức`, `Quỹ (FOM) Nga`: a capitalised word (not the first of its clause) before it
_POST_OF_RE = regex.compile(r"(?i)" + _B + r"của[ \u00a0]++(?:cựu[ \u00a0]++)?+(?:" + _alt(_PL["post_of"]) + r")[ \u00a0]++$")
_BODY_SET = set(_PL["bodies"])
_BODY_NOT_AFTER_RE = regex.compile(r"(?i)" + _B + r"(?:" + _alt(_PL["body_not_after"]) + r")[ \u00a0]++$")
_NAME_BEFORE_RE = regex.compile(r"(?:[\p{L}\p{M}\p{N}][ \u00a0]++\p{Lu}[\p{L}\p{M}\p{N}&\-]*+|\(\p{Lu}{2,}\))[ \u00a0]++$")
_NAME_GOES_ON_RE = regex.compile(r"[ \u00a0]\p{Lu}\p{Ll}")  # `Thái Bình Dương`: the gazetteer name is its start
# (a document's date may come between: `Nghị định số 67/2014/NĐ-CP, ngày 07/7/2014 của Chính phủ`)
_ISSUER_GAP_RE = regex.compile(r"(?i)[\s,]*+(?:(?:ngày|ban[ \u00a0]++hành[ \u00a0]++ngày)[ \u00a0]++\d{1,2}[/\-.]\d{1,2}[/\-.]\d{2,4}"
                               r"[\s,]*+)?+(?:của|do)[ \u00a0]++")
_APPOSITION_GAP_RE = regex.compile(r",[ \u00a0]++")


def names_other(text: str, a: int, b: int, blocked=()) -> bool:
    """Whether the phrase ``text[a:b]`` names something other than whose figure it is:
    a post, a security or a law it qualifies, the end of a longer name, a document's issuer."""
    before = text[max(0, a - 30):a]
    if _NOT_AFTER_RE.search(before) or _POST_OF_RE.search(before) or _NAME_BEFORE_RE.search(before):
        return True
    if text[a:b] in _BODY_SET and _BODY_NOT_AFTER_RE.search(before):
        return True  # `Thủ tướng Chính phủ giao …`, `kiến nghị Chính phủ …`
    if text[a:b] in _GAZ_SET and _NAME_GOES_ON_RE.match(text, b):
        return True
    return any(e <= a and _ISSUER_GAP_RE.fullmatch(text, e, a) for _, e in blocked)


# ---------------------------------------------------------------- reporters

# `Theo số liệu của Sở Nội vụ, …`: a clause opened by `theo` names a source
# (a capitalised `Theo` after a word opens a sentence the page glued to a headline: `… 99% Theo Sở X, …`;
# `Theo đó` = accordingly names no source)
_THEO_RE = regex.compile(r"(?i)(?:^|(?<=[,;:.(]\s*+)|(?<=\n)|(?<=\s)(?=(?-i:Theo)))[ \u00a0]*+theo" + _E + r"(?![ \u00a0]++đó" + _E + r")" + r"(?:[^,;:\n.]|\.(?=\p{Lu}))"
                       r"{1,160}+[,:]")
# `số liệu của X`, `khảo sát do X thực hiện`: X is the source
_SOURCE_BEFORE_RE = regex.compile(r"(?i)(?:" + _alt(_RP["data_nouns"]) + r")" + _E
                                  + r"[^,;.:]{0,30}?(?:của|do|từ)[ \u00a0]++$")
_SOURCE_AFTER_RE = regex.compile(r"(?i)[ \u00a0,]*+(?:" + _alt(_RP["after"]) + r")" + _E)


# `Theo số liệu của Bệnh viện X, TP.HCM năm 2015, …`: a place (and a year) after the source locates it
_SOURCE_PLACE_TAIL_RE = regex.compile(r"(?i)(?:[ \u00a0]++(?:năm|tháng|quý)[ \u00a0]++[\dIVX/]++)?+[ \u00a0]*+,")


def reporter_floor(text: str, lo: int, pos: int) -> int:
    """Where the words about the figure begin in ``text[lo:pos]``: after the last
    reporting verb or ``Theo …,`` clause (and a place that locates its source),
    ``lo`` when there is none."""
    floor = lo
    for m in _SAYS_RE.finditer(text, lo, pos):
        floor = max(floor, m.end())
    for m in _THEO_RE.finditer(text, lo, pos):
        end = m.end()
        at = end
        while at < pos and text[at] in " \u00a0":
            at += 1
        place = PLACE_RE.match(text, at, pos)
        if place and text[end - 1] == ",":
            tail = _SOURCE_PLACE_TAIL_RE.match(text, place.end(), pos)
            if tail:
                end = tail.end()
        floor = max(floor, end)
    return floor


# `X cho biết trong năm 2021 đã tiếp nhận …`: a report with no subject of its own is X's
_SELF_CLAUSE_RE = regex.compile(r"(?i)[\s,:]*+(?:(?:trong|năm|tháng|quý|từ|tính\s++đến|đến)" + _E
                                + r"[^,;:.]{0,40}?[\s,]++)?(?:" + _alt(_RP["own_work"]) + r")" + _E)
_TITLE_BEFORE_RE = regex.compile(r"(?i)(?:" + _alt(_RP["titles"]) + r")[ \u00a0]++$")


def _self_reporter(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """The office that reports its own work: ``UBND huyện X cho biết đã tiếp nhận …``
    (not a person's title: ``Giám đốc Sở Y cho biết …``)."""
    says = None
    for m in _SAYS_RE.finditer(text, lo, pos):
        says = m
    if says is None or not _SELF_CLAUSE_RE.match(text, says.end(), pos):
        return None
    phrases = agency_phrases(text, lo, says.start())
    if not phrases or text[phrases[-1][1]:says.start()].strip(" ,\u00a0"):
        return None
    a, b = phrases[-1]
    if _TITLE_BEFORE_RE.search(text, max(lo, a - 30), a):
        return None
    return a, b


def _is_source(text: str, a: int, b: int) -> bool:
    return bool(_SOURCE_BEFORE_RE.search(text, max(0, a - 48), a) or _SOURCE_AFTER_RE.match(text, b, b + 30))


# ---------------------------------------------------------------- offices


def agency_phrases(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Office phrases in ``text[lo:hi]``: a head, then names and level words."""
    out = []
    pos = lo
    search = _HEADS.searcher(text, hi)
    while h := search(pos):
        end = _phrase_end(text, h, hi)
        out.append((h.start(), end))
        pos = max(end, h.end())
    return out


def _verb_stop(text: str, at: int, hi: int) -> bool:
    """A lowercase verb at ``at`` that ends an office's name (``Bộ TTTT giao …``), unless it is a
    word of a noun that goes on naming the body, with the word after it (``giao thông``) or the
    word before it (``Bộ Ngoại giao``, ``Cục Hàng không``)."""
    if not _VERB_STOP_RE.match(text, at, hi) or _VERB_NOUN_RE.match(text, at, hi):
        return False
    before = _WORD_BEFORE_RE.search(text, max(0, at - 24), at)
    return not (before and _VERB_NOUN_RE.match(text, before.start(), hi))


def _phrase_end(text: str, head, hi: int) -> int:
    """Where the office phrase opened by ``head`` ends: up to 14 names and level words."""
    end = cur = head.end()
    prev_level = text[head.start():head.end()].split()[-1].lower() in _LEVEL_PLAIN
    words = 0
    while words < 14:
        step = _next_part(text, cur, hi, prev_level)
        if step is None:
            break
        cur, counts, prev_level = step
        if counts:
            end = cur
            words += 1
    if text[end - 1] in ".":  # `TP.` keeps its dot; a full stop does not end names
        if not _NAME_DOT_RE.match(text[max(head.start(), end - 3):end]):
            end -= 1
    return end


def _is_level(words: str) -> bool:
    return " ".join(words.lower().split()) in _LEVEL_PLAIN


def _next_part(text: str, cur: int, hi: int, prev_level: bool) -> tuple[int, bool, bool] | None:
    """The next part of an office phrase after ``cur``: ``(its end, whether it is a
    word of the phrase, whether the phrase now ends on a level word)``, or None where
    the phrase ends.  A quote mark is passed over without being a word."""
    if prev_level and (comma := _COMMA_RE.match(text, cur, hi)):
        lv = _LEVEL_RE.match(text, comma.end(), hi)
        if lv and _is_level(lv.group()):  # `huyện A, tỉnh B`
            return lv.end(), True, prev_level
    m = _SPACE_RE.match(text, cur, hi)
    if not m or m.end() == cur:
        return None
    at = m.end()
    lv = _LEVEL_RE.match(text, at, hi)
    if lv and text[lv.end() - 1] == "." and lv.end() < hi and text[lv.end()].isalpha():
        lv = None  # `TP.Huế`: one name, read as a word
    if lv:
        return lv.end(), True, _is_level(lv.group())
    if (_STOP_RE.match(text, at, hi) and not _AND_CAP_RE.match(text, at, hi)) or _verb_stop(text, at, hi):
        return None
    w = _WORD_RE.match(text, at, hi)
    if not w:
        return None
    tok = w.group()
    if tok.isdigit():
        # `Phường 1`, `Quận 3`: a number right after a level word
        if _TIME_UNIT_AFTER_RE.match(text, w.end(), hi):
            return None  # `thành phố 6 tháng đầu năm`: a time, not `Phường 6`
        return (w.end(), True, False) if prev_level and len(tok) <= 2 else None
    if tok in "“”\"‘’":
        return w.end(), False, prev_level
    # `Bộ phận một cửa UBND ...`: a second head continues the phrase
    hm = HEAD_RE.match(text, at, hi)
    return (hm or w).end(), True, False


def place_phrases(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Named places and unique bodies in ``text[lo:hi]`` (``tỉnh Nghệ An``, ``TP. Vinh``, ``Hà Nội``)."""
    out = []
    for a, b in _PLACES.finditer_spans(text, lo, hi):
        while b > a and text[b - 1] in " \u00a0.":
            b -= 1
        out.append((a, b))
    return out



#: How far before a count its office may be named (characters).
_AGENCY_REACH = 400


def closed_paren_segments(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    segs, stack = [], []
    for m in _PAREN_RE.finditer(text, lo, hi):
        i = m.start()
        if text[i] == "(":
            stack.append(i)
        elif stack:
            segs.append((stack.pop(), i + 1))
    return segs


def clause_end(text: str, pos: int, ceil: int) -> int:
    b = _BOUNDARY_RE.search(text, pos, min(ceil, pos + 80))
    return b.start() if b else min(ceil, pos + 80)


def office_before(text: str, start: int, after: int, sent: Sentence, *, named_places: bool = False,
                  blocked=()) -> str | None:
    """The agency of a figure at ``start`` whose words end at ``after``: the last office
    (or, with ``named_places``, named place) before it in its sentence, else ``tại
    <office>`` after it.  ``blocked``: spans (document mentions) that name no agency."""
    lo = max(sent.start, start - _AGENCY_REACH)
    semi = _rfind_char(text, ";", sent.start, start)
    if semi >= lo:  # a `;` farther back than the reach does not widen it
        lo = semi + 1
    floor = reporter_floor(text, lo, start)
    found = _last_phrase(text, floor, start, named_places, blocked)
    if found is None and floor > lo:
        own = _self_reporter(text, lo, start)
        if own is not None:
            found = text[own[0]:own[1]].strip(" ,")
    if found is None and semi >= 0 and named_places:
        # `Mục tiêu năm 2025 của tỉnh X là: 60% …; 50% …`: the list head names it
        colon = text.rfind(":", max(sent.start, semi - _AGENCY_REACH), semi)
        if colon >= 0:
            head = max(sent.start, colon - _AGENCY_REACH)
            found = _last_phrase(text, reporter_floor(text, head, colon), colon, named_places, blocked)
    if found is not None:
        return found
    # `... hồ sơ được tiếp nhận tại Trung tâm ...`
    end = clause_end(text, after, sent.end)
    for m in _AT_PLACE_RE.finditer(text, after, end):
        at = m.end()
        ph = agency_phrases(text, at, end)
        if ph and ph[0][0] == at:
            return text[ph[0][0]:ph[0][1]].strip(" ,")
    return None


def _last_phrase(text: str, lo: int, hi: int, named_places: bool, blocked) -> str | None:
    if lo >= hi:
        return None
    closed = closed_paren_segments(text, lo, hi)
    phrases = agency_phrases(text, lo, hi)
    if named_places:
        phrases += [p for p in place_phrases(text, lo, hi) if not any(a <= p[0] < b for a, b in phrases)]
    phrases = [p for p in phrases if not any(a <= p[0] < b for a, b in closed)
               and not any(a < p[1] and p[0] < b for a, b in blocked) and not _is_source(text, *p)
               and not (named_places and names_other(text, *p, blocked))]
    if not phrases:
        return None
    phrases.sort()
    a, b = phrases[-1]
    if len(phrases) > 1 and text[a:b] in _GAZ_SET:
        # `Thủ đô Viêng Chăn, Lào`: a bare country or province after a comma locates the one before
        pa, pb = phrases[-2]
        kinds = places()
        # (`Quảng Trị, Gia Lai`: two names of one kind are a list)
        if _APPOSITION_GAP_RE.fullmatch(text, pb, a) and kinds.get(text[pa:pb]) != kinds[text[a:b]]:
            a, b = pa, pb
    return text[a:b].strip(" ,")
