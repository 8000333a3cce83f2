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

from dataclasses import dataclass
from importlib import resources

import regex
import yaml

from ..context import ArticleContext, stage
from ..numbers import SPELLED_NUMBER, parse_number, parse_word_number, qualifier_after, qualifier_before
from ..records import Percentage


def _load_vocab() -> dict[str, dict]:
    text = (resources.files("cchc_extract") / "patterns" / "percentages.yaml").read_text("utf-8")
    return {e["name"]: e for e in yaml.safe_load(text) if isinstance(e, dict) and "name" in e}


_V = _load_vocab()


def _alt(words) -> str:
    items = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", r"[ \u00a0]++") for w in items) + ")"


_S = r"[ \u00a0]"
_NUM = r"(?:\d{1,3}(?:\.\d{3})++(?:,\d++)?+|\d++(?:[,.]\d++)?+)"
_NB = r"(?<![\p{L}\p{N}.,/])"
_SIGN = rf"(?:{_S}?+(?:điểm{_S}++)?+(?:%|％)|{_S}++(?:điểm{_S}++)?+phần{_S}++trăm(?!\p{{L}}))"
_CONN = _alt([c for c in _V["ranges"]["connectors"] if c.isalpha()])
_DASHES = "".join(regex.escape(c) for c in _V["ranges"]["connectors"] if not c.isalpha())

_INNER = _alt(_V["ranges"]["inner_qualifiers"])
_INNER_RE = regex.compile(rf"(?<![\p{{L}}])(?:{_INNER})(?![\p{{L}}])", regex.IGNORECASE)

_PCT_RE = regex.compile(
    rf"{_NB}(?P<a>{_NUM})(?:(?P<asign>{_SIGN})?+{_S}*+(?:[{_DASHES}]|{_CONN}(?:{_S}++{_INNER})?+){_S}*+(?P<b>{_NUM}))?+(?P<sign>{_SIGN})"
    rf"|(?<![\p{{L}}\p{{N}}])(?P<w>{SPELLED_NUMBER}){_S}*+(?P<wsign>%|phần{_S}++trăm(?!\p{{L}}))",
    regex.IGNORECASE,
)

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
_REACH_BEFORE_RE = regex.compile(r"(?<![\p{L}])đạt[ \u00a0]*+(?:\p{L}++[ \u00a0]*+){0,2}?$", regex.IGNORECASE)
_DEADLINE_RE = regex.compile(
    r"(?<![\p{L}])(?<!tính[ \u00a0])(?<!Tính[ \u00a0])(?:đến|tới)[ \u00a0]++(?:(?:hết|cuối)[ \u00a0]++)?(?:năm[ \u00a0]++)?(?P<y>(?:19|20)\d\d)(?!\d)",
    regex.IGNORECASE)

_DEADLINE_AFTER_RE = regex.compile(
    r"[ \u00a0]++(?:vào|đến|tới|trong)[ \u00a0]++(?:(?:hết|cuối)[ \u00a0]++)?năm[ \u00a0]++(?P<y>(?:19|20)\d\d)(?!\d)",
    regex.IGNORECASE)
_CLAUSE_BREAK_RE = regex.compile(r"[;:()\n.!?\[\]]|,(?!\d)")
_SENT_BREAK_RE = regex.compile(r"\n|(?<!\b\p{Lu}\p{L}{0,2})[.!?](?=[ \u00a0]++[\p{Lu}\d\"“])")
_STRIP_LEAD = regex.compile(rf"^(?:(?:{_alt(_V['metric']['strip_leading'])})(?![\p{{L}}])[ \u00a0,]*+)++",
                            regex.IGNORECASE)
_STOP_AFTER = regex.compile(rf"^(?:{_alt(_V['metric']['stop_after'])})(?![\p{{L}}])", regex.IGNORECASE)
_AFTER_END_RE = regex.compile(
    r"[;.\n()\[\]!?:]|,(?=[ \u00a0]*+(?:tăng|giảm|đạt|trong|so)\b)|\d++(?:[.,]\d++)*+[ \u00a0]?+%|[ \u00a0]và[ \u00a0]++\d")
_DATE_BITS_RE = regex.compile(
    r"(?<![\p{L}])(?:(?:đến|tới|trong|vào)[ \u00a0]++)?(?:(?:hết|cuối|đầu)[ \u00a0]++)?(?:năm|tháng|quý)[ \u00a0]++"
    r"[\dIV]++(?:/\d++)?+", regex.IGNORECASE)
_QUAL_TAIL_RE = regex.compile(
    r"(?:[ \u00a0]++(?:từ|trên|hơn|dưới|khoảng|gần|ước|tối[ \u00a0]thiểu|tối[ \u00a0]đa|ít[ \u00a0]nhất|không[ \u00a0]quá"
    r"|xấp[ \u00a0]xỉ|chưa[ \u00a0]đến|vượt))++$", regex.IGNORECASE)


@dataclass
class _Hit:
    start: int
    end: int
    low: float
    high: float
    is_range: bool
    from_word: bool  # `từ` right before a single figure


def _float(s: str) -> float | None:
    v = parse_number(s)
    return None if v is None else float(v)


def _in_url(text: str, start: int, end: int) -> bool:
    a = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    b_candidates = [i for i in (text.find(" ", end), text.find("\n", end)) if i >= 0]
    token = text[a:min(b_candidates) if b_candidates else len(text)]
    return "://" in token or "www." in token or (end < len(text) and text[end - 1] == "%"
                                                 and regex.match(r"[0-9A-Fa-f]{2}", text[end:end + 2]) is not None)


def _find_hits(text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for m in _PCT_RE.finditer(text):
        if m.group("w"):
            v = parse_word_number(m.group("w"))
            if v is None:
                continue
            # the spelled-number piece may end with a blank: keep the span tight
            start = m.start("w")
            hits.append(_Hit(start, m.end(), float(v), float(v), False, False))
            continue
        if _in_url(text, m.start(), m.end()):
            continue
        a = _float(m.group("a"))
        if a is None:
            continue
        if m.group("b") is not None:
            b = _float(m.group("b"))
            if b is not None and a < b:
                hits.append(_Hit(m.start(), m.end(), a, b, True, False))
                continue
            # not a range: keep the second figure alone, and the first if it has its own sign
            if m.group("asign"):
                hits.append(_Hit(m.start(), m.end("asign"), a, a, False, False))
            if b is not None:
                hits.append(_Hit(m.start("b"), m.end(), b, b, False, False))
            continue
        hits.append(_Hit(m.start(), m.end(), a, a, False, False))
    return hits


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    """A light sentence splitter: newlines and `.!?` before a capital (not after `TP.`)."""
    out, start = [], 0
    for m in _SENT_BREAK_RE.finditer(text):
        out.append((start, m.end()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _clause_start(text: str, pos: int, floor: int) -> int:
    start = floor
    for m in _CLAUSE_BREAK_RE.finditer(text, floor, pos):
        start = m.end()
    return start


def _qualifier(text: str, hit: _Hit) -> tuple[str | None, int]:
    q, qstart = qualifier_before(text, hit.start)
    after = qualifier_after(text, hit.end)
    left = text[max(0, hit.start - 6):hit.start].lower()
    from_word = regex.search(r"(?<!\p{L})từ[ \u00a0]++$", left) is not None
    if from_word:
        qstart = hit.start - (len(left) - left.rfind("từ"))
    if after:
        return after, qstart
    if q:
        return q, qstart
    if from_word and not hit.is_range and not regex.match(
            rf"{_S}*+(?:đến|tới|lên|xuống|[\-–—]|{_S}\d)", text[hit.end:hit.end + 8], regex.IGNORECASE):
        return "at_least", qstart
    return None, qstart


def _last_verb(segment: str):
    last = None
    for m in _VERB_RE.finditer(segment):
        last = m
    return last


def _is_target(text: str, sent_start: int, clause_start: int, pos: int, end: int, pub_year: int | None) -> bool:
    before = text[sent_start:pos]
    after = _DEADLINE_AFTER_RE.match(text, end)
    if after and (pub_year is None or int(after.group("y")) > pub_year):
        return True  # `đưa tỷ lệ xuống còn 15% đến năm 2020`
    cue = None
    negated_end: int | None = None
    for m in _TARGET_RE.finditer(before):
        words = before[:m.start()].split()
        negated = any(len(words) >= k and _NEGATOR_FULL.fullmatch(" ".join(words[-k:])) for k in (1, 2))
        if negated or (negated_end is not None and not before[negated_end:m.start()].strip()):
            negated_end = m.end()  # `vượt chỉ tiêu`, and `so với mục tiêu đề ra` as a whole
            continue
        cue = m
    clause = text[clause_start:pos]
    weak = _WEAK_RE.search(clause)
    plan = _PLAN_RE.search(before)
    clause_rel = clause_start - sent_start
    if cue is not None:
        cue_clause_end = _CLAUSE_BREAK_RE.search(before, cue.end())
        own = before[cue.end():cue_clause_end.start() if cue_clause_end else len(before)]
        if not _ACHIEVED_RE.search(before, max(cue.end(), clause_rel)) and not _DONE_RE.search(own):
            return True
    if weak is not None and not _ACHIEVED_RE.search(clause, weak.end()):
        return True
    if plan is not None and _REACH_BEFORE_RE.search(before[plan.end():]) and not _ACHIEVED_RE.search(
            before, max(plan.end(), clause_rel)):
        neg = before[:plan.start()].split()[-2:]
        if not any(w.lower() in ("vượt", "hoàn", "thành", "với") for w in neg):
            return True
    dl = None
    part = before.rfind(";") + 1  # a deadline governs its own part of a list sentence
    for m in _DEADLINE_RE.finditer(before, part):
        dl = m
    if dl is not None and not _ACHIEVED_RE.search(before, max(dl.end(), clause_rel)):
        y = int(dl.group("y"))
        if pub_year is None or y > pub_year:
            return True
    return False


def _clean_metric(s: str) -> str | None:
    s = _DATE_BITS_RE.sub(" ", s)
    s = " ".join(s.split()).strip(" ,-–:")
    s = _STRIP_LEAD.sub("", s)
    s = _QUAL_TAIL_RE.sub("", " " + s).strip(" ,-–:")
    return s or None


def _metric_after(text: str, end: int) -> str | None:
    rest = text[end:end + 160]
    if not rest[:1].isspace():
        return None
    body = rest.lstrip(" \u00a0")
    if not body or not body[0].isalpha() or _STOP_AFTER.match(body):
        return None
    if not body[0].islower() and not regex.match(r"\p{Lu}{2,}(?!\p{Ll})", body):
        return None  # a capitalised word starts a new clause; an acronym (TTHC) is a noun
    stop = _AFTER_END_RE.search(body)
    phrase = body[:stop.start()] if stop else body
    words = phrase.split()
    if len(words) > 14:
        phrase = " ".join(words[:14])
    return _clean_metric(phrase)


def _metric_before(text: str, clause_start: int, qstart: int) -> str | None:
    segment = text[clause_start:qstart]
    verb = _last_verb(segment)
    if verb is None:
        return _clean_metric(segment)
    after = _clean_metric(segment[verb.end():])
    if after and verb.group("ch"):
        return after
    subject = _clean_metric(segment[:verb.start()])
    if subject and regex.fullmatch(r"(?i)chiếm[ \u00a0]++t[ỷỉ][ \u00a0]++lệ", verb.group(0)):
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
    bounds = sentences or _sentence_bounds(text)
    out: list[Percentage] = []
    si = 0
    prev: tuple[int, Percentage] | None = None  # (sentence start, item)
    for hit in _find_hits(text):
        while si < len(bounds) - 1 and bounds[si][1] <= hit.start:
            si += 1
        sent_start = bounds[si][0] if bounds[si][0] <= hit.start else 0
        qual, qstart = _qualifier(text, hit)
        if hit.is_range and _INNER_RE.search(text, hit.start, hit.end):
            qual = None  # `từ trên 70% đến dưới 80%`: the bounds carry their own
        floor = sent_start
        same_sentence = prev is not None and prev[0] == sent_start
        if same_sentence:
            floor = max(floor, prev[1].end)
        clause_start = _clause_start(text, qstart, floor)
        clause = text[clause_start:hit.start]
        verb = _last_verb(clause)
        starts_from = regex.search(r"(?i)(?<!\p{L})từ[ \u00a0]++$", clause) is not None
        list_item = not regex.sub(r"(?i)(?<!\p{L})(?:và|hoặc|lần lượt|đến|tới)(?!\p{L})|[\s\-–,/]", "", clause)
        if verb is None and not clause.strip() and text[:clause_start].rstrip().endswith("("):
            # `đã giảm được 9 phòng, ban (11,8%)`: the figure sizes the count before it
            stop = len(text[:clause_start].rstrip()) - 1
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
            is_change = bool(verb.group("ch")) and not (starts_from and _START_LEVEL_RE.match(text, hit.end))
        elif list_item and same_sentence:
            is_change = prev[1].is_change
        else:
            is_change = False
        is_target = _is_target(text, sent_start, clause_start, hit.start, hit.end, pub_year)
        metric = _metric_after(text, hit.end)
        if metric is None:
            metric = _metric_before(text, clause_start, qstart)
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


@stage("percentages")
def percentages_stage(ctx: ArticleContext) -> None:
    if "%" not in ctx.text and "％" not in ctx.text and "phần trăm" not in ctx.text.lower():
        ctx.percentages = []
        return
    bounds = [(s.start, s.end) for s in ctx.sentences]
    year = ctx.pub_year if ctx.pub_year is not None else reference_year(ctx.text, ctx.dates)
    ctx.percentages = [p for p in find_percentages(ctx.text, sentences=bounds, pub_year=year)
                       if not ctx.in_boilerplate(p.start)]
