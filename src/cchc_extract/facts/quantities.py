"""Other quantities: money, areas, counted things, rankings.

Each kind is one rule fed by ``patterns/quantities.yaml``:

* ``money`` — an amount with a currency (``2,5 tỷ đồng``, ``75 USD``) or with
  ``tỷ`` and no currency (``1,2 nghìn tỷ``: news writes VND that way); the
  value is in the currency's unit (``500 triệu đồng`` → 500000000, unit ``VND``);
* ``area`` — ``2,4 ha``, ``1.200 m2``, ``512 km²``;
* ``count`` — households, projects, procedures, online public services,
  enterprises (``1.845 thủ tục hành chính`` → unit ``thủ tục``);
* ``rank`` — ``xếp thứ 5/63`` (value 5, unit ``/63``) and ``rank_change`` —
  ``tăng 3 bậc`` (+3), ``giảm 2 bậc`` (−2).

Numbers already read as dossier counts, percentages, dates or document
numbers are left alone, so nothing is reported twice.
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from ..context import ArticleContext, stage
from ..engine import leftmost
from ..engine.words import WORD_CHAR, WORD_END, WORD_START
from ..patterndata import entries
from ..numbers import NUMBER_RE, SCALE_WORDS, apply_scale, parse_number
from ..records import Quantity




_DATA = entries("quantities")
_L, _B, _E = WORD_CHAR, WORD_START, WORD_END
_NUM = NUMBER_RE.pattern


def _phrase(p: str) -> str:
    return r"[\s\-]++".join(regex.escape(w) for w in regex.split(r"[\s\-]+", p))


def _alt(phrases) -> str:
    return "|".join(_phrase(p) for p in sorted(set(phrases), key=len, reverse=True))


def _spaced(phrases) -> str:
    """Phrases as one alternation, in the order given, any blanks between their words."""
    return "|".join(r"\s++".join(regex.escape(w) for w in p.split()) for p in phrases)


def _lookup(groups: dict[str, list[str]]) -> dict[str, str]:
    return {_key(p): unit for unit, ps in groups.items() for p in ps}


_KEY_SPLIT_RE = regex.compile(r"[\s\-]+")


def _key(s: str) -> str:
    return " ".join(_KEY_SPLIT_RE.split(s.lower()))


_SCALE = rf"(?P<scale>(?:{_alt(SCALE_WORDS)})(?:\s++(?:{_alt(SCALE_WORDS)}))?+){_E}"
_AMOUNT = rf"(?P<num>{_NUM})(?:\s++{_SCALE})?+"

_CURRENCY = _lookup(_DATA["money"]["currencies"])
_BARE = {_key(x) for x in _DATA["money"]["bare_scales"]}
_AREA = _lookup(_DATA["area"]["units"])
_NOUNS = _lookup(_DATA["counted_things"]["nouns"])

# Everything is read from one scan of the printed numbers; each rule is then
# matched anchored at (or ending at) the number, which keeps the stage fast.
# `5 đồng chí` (comrades), `đồng thời` (at the same time) are not money
_NOT_CURRENCY = _alt(_DATA["money"]["not_currency_after"])
_MONEY_AT = regex.compile(rf"(?i){_AMOUNT}\s*+(?P<cur>{_alt(_CURRENCY)}){_E}(?!\s++(?:{_NOT_CURRENCY}){_E})")
_BARE_MONEY_AT = regex.compile(rf"(?i)(?P<num>{_NUM})\s++{_SCALE}")
_AREA_AT = regex.compile(rf"(?i)(?P<num>{_NUM})\s*+(?P<unit>{_alt(_AREA)})(?![\p{{L}}\p{{N}}])")
_COUNT_AT = regex.compile(rf"{_AMOUNT}\s++(?P<noun>(?i:{_alt(_NOUNS)})){_E}")


def _first_word(p: str) -> str:
    return regex.split(r"[\s\-]+", p)[0]


# The four rules above go on, past the number and any spaces, with a scale word, a
# currency, a unit or a counted noun, whose first word ends before a non-letter.  One
# anchored attempt of this gate tells the many numbers followed by none of them (a date,
# `hồ sơ`) and spares the four attempts (speed only: the rules decide as before).
_UNIT_AHEAD_RE = regex.compile(
    r"(?i)\s*+(?:" + "|".join(regex.escape(w) for w in sorted(
        {_first_word(p) for p in [*SCALE_WORDS, *_CURRENCY, *_AREA, *_NOUNS]}, key=len, reverse=True))
    + r")(?!\p{L})")

_RANK_VERBS = _alt(_DATA["rank"]["verbs"])
_RANK_BEFORE_RE = regex.compile(rf"(?i){_B}(?P<verb>{_RANK_VERBS})\s++$")
# `thứ 5 về Chỉ số SIPAS`, `vị trí 91/189`, `xuống thứ 60`: a bare ordinal that
# the words around show to be a ranking (not `lần thứ 5`, `phiên họp thứ hai`).
_BARE_ORDINALS = _DATA["rank"]["bare_ordinals"]
_BARE_RANK_BEFORE_RE = regex.compile(rf"(?i){_B}(?:{_spaced(_BARE_ORDINALS)})\s++$")
_RANK_OF_RE = regex.compile(r"\s*+/\s*+(?P<of>\d{1,3}+)(?![\d\p{L}])|\s++trên\s++(?P<of2>\d{1,3}+)(?![\d\p{L}])")
_RANK_CONTEXT_RE = regex.compile(rf"(?i)\s++(?:{_alt(_DATA['rank']['ordinal_context'])}){_E}")
_RANK_NOT_BEFORE_RE = regex.compile(rf"(?i){_B}(?:{_alt(_DATA['rank']['not_after'])})\s++$")
_CHANGE_UP = {w.casefold() for w in _DATA["rank"]["change_verbs"]["up"]}
_CHANGE_VERBS = [*_DATA["rank"]["change_verbs"]["up"], *_DATA["rank"]["change_verbs"]["down"]]
_RANK_CHANGE_BEFORE_RE = regex.compile(rf"(?i){_B}(?P<dir>{_spaced(_CHANGE_VERBS)})\s++$")
_RANK_CHANGE_UNIT_RE = regex.compile(rf"(?i)\s++(?:{_spaced(_DATA['rank']['change_units'])}){_E}")
# Each `..._BEFORE_RE` of a ranking ends with one of these words and spaces (the last
# words of the phrases they are built from): a number after any other word is no
# ranking, told by a str check instead of three searches.
_RANK_LAST_WORDS = tuple(sorted(
    {regex.split(r"[\s\-]+", v)[-1].casefold() for v in [*_DATA["rank"]["verbs"], *_BARE_ORDINALS, *_CHANGE_VERBS]}))
_RANK_LAST_LEN = max(len(w) for w in _RANK_LAST_WORDS)

# A number right after these words is an identifier or a date part, not an amount.
_ID_BEFORE_RE = regex.compile(
    r"(?i)(?:" + _B + r"(?:năm|tháng|quý|ngày|mức\s++độ|mức|độ|điều|khoản|điểm|chương|lần|kỳ|khóa|khoá|"
    r"nghị\s++định|nghị\s++quyết|quyết\s++định|thông\s++tư|luật|chỉ\s++thị|công\s++văn|quận|phường)\s*+"
    r"|[\p{L}\p{N}][/\-.]|[/\-])$"
)
# After a bare `tỷ`, these words show the amount counts something else (`8 tỷ người`).
_NOT_MONEY_AFTER_RE = regex.compile(r"\s++(?!(?:và|với|so|trong|của|cho|để|là|đã|thì|nhưng|từ|đến|mỗi|năm|tháng|,))\p{Ll}")


def _rank(text: str, n, left: int, add) -> bool:
    """A ranking or a move in one (the number is ``n``); True when one was added."""
    pos, end = n.start(), n.end()
    tail = text[left:pos].rstrip()[-_RANK_LAST_LEN:]
    low = tail.casefold()
    if len(low) == len(tail) and not low.endswith(_RANK_LAST_WORDS):
        return False  # (a case folding that changes the length, as of `İ`, is searched)
    num = int(n.group())
    m = _RANK_BEFORE_RE.search(text, left, pos)
    bare = None if m else _BARE_RANK_BEFORE_RE.search(text, left, pos)
    if m or bare:
        of_m = _RANK_OF_RE.match(text, end)
        of = (of_m.group("of") or of_m.group("of2")) if of_m else None
        if bare is not None and (_RANK_NOT_BEFORE_RE.search(text, max(0, bare.start() - 20), bare.start())
                                 or not (of or _RANK_CONTEXT_RE.match(text, end))):
            return False
        if of and num > int(of):
            return False
        start = (m or bare).start()
        add(start, of_m.end() if of_m else end, "rank", float(num), f"/{of}" if of else None)
        return True
    ch = _RANK_CHANGE_BEFORE_RE.search(text, left, pos)
    if ch:
        u = _RANK_CHANGE_UNIT_RE.match(text, end)
        if u:
            sign = 1 if ch.group("dir").casefold() in _CHANGE_UP else -1
            add(pos, u.end(), "rank_change", float(sign * num), "bậc")
            return True
    return False


def _value(num: str, scale: str | None) -> float | None:
    if len(num) > 24:  # no real amount has that many digits (and int() refuses huge strings)
        return None
    v = parse_number(num)
    if v is None:
        return None
    for word in (scale or "").split():
        v = apply_scale(v, word)
    return float(v)


class _SpanSet:
    """Spans to test for overlap in logarithmic time."""

    def __init__(self, spans) -> None:
        items = sorted(spans)
        self._starts = [s for s, _ in items]
        self._max_end: list[int] = []
        top = -1
        for _, e in items:
            top = max(top, e)
            self._max_end.append(top)

    def overlaps(self, a: int, b: int) -> bool:
        k = bisect_right(self._starts, b - 1) - 1
        return k >= 0 and self._max_end[k] > a


def find_quantities(text: str, *, exclude: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """Money, areas, counted things and rankings in ``text``; numbers inside
    the ``exclude`` spans (dossier counts, percentages, dates …) are skipped."""
    excluded = _SpanSet(exclude or [])
    out: list[Quantity] = []
    last_end = 0  # quantities are added in text order, so one end marks what is taken

    def free(a: int, b: int) -> bool:
        return a >= last_end and not excluded.overlaps(a, b)

    def ok(a: int, b: int, num_start: int) -> bool:
        return free(a, b) and not _ID_BEFORE_RE.search(text, max(0, num_start - 24), num_start)

    def add(a: int, b: int, kind: str, value: float, unit: str | None) -> None:
        nonlocal last_end
        out.append(Quantity(text=text[a:b], start=a, end=b, kind=kind, value=value, unit=unit))
        last_end = b

    for n in NUMBER_RE.finditer(text):
        pos = n.start()
        if not free(pos, n.end()):
            continue
        left = max(0, pos - 30)
        if n.group().isdigit() and len(n.group()) <= 3:
            if _rank(text, n, max(left, last_end), add):
                continue
        nxt = text[n.end():n.end() + 1]
        if not nxt or not (nxt.isspace() or nxt.isalpha()):
            continue  # `98%`, `5/63`, `12.`: no unit can follow
        if not _UNIT_AHEAD_RE.match(text, n.end()):
            continue
        m = _MONEY_AT.match(text, pos)
        if m:
            if not (m.group("cur") == "đ" and m.group("scale") is None and "." not in m.group("num")) \
                    and ok(pos, m.end(), pos):
                value = _value(m.group("num"), m.group("scale"))
                if value is not None:
                    add(pos, m.end(), "money", value, _CURRENCY[_key(m.group("cur"))])
                    continue
        m = _BARE_MONEY_AT.match(text, pos)
        if m and _key(m.group("scale").split()[-1]) in _BARE and not _NOT_MONEY_AFTER_RE.match(text, m.end()) \
                and not _COUNT_AT.match(text, pos) and ok(pos, m.end(), pos):
            value = _value(m.group("num"), m.group("scale"))
            if value is not None:
                add(pos, m.end(), "money", value, "VND")
                continue
        m = _AREA_AT.match(text, pos)
        if m and ok(pos, m.end(), pos):
            value = _value(m.group("num"), None)
            if value is not None:
                add(pos, m.end(), "area", value, _AREA[_key(m.group("unit"))])
                continue
        m = _COUNT_AT.match(text, pos)
        if m and ok(pos, m.end(), pos):
            value = _value(m.group("num"), m.group("scale"))
            if value is not None:
                add(pos, m.end(), "count", value, _NOUNS[_key(m.group("noun"))])
    # the same ranking may be read twice (`xếp thứ 6` and `thứ 6`): keep the first
    return leftmost(out)


@stage("quantities",
       requires=("boilerplate", "dates", "legal_documents", "percentages", "dossier_counts"),
       assigns=("quantities",))
def quantities_stage(ctx: ArticleContext) -> None:
    """Quantities other than dossier counts and percentages (records.md "Quantity")."""
    exclude = [(d.start, d.end) for d in ctx.dossier_counts]
    exclude += [(p.start, p.end) for p in ctx.percentages]
    exclude += [(d.start, d.end) for d in ctx.dates]
    exclude += [(m.start, m.end) for doc in ctx.legal_documents for m in doc.mentions]
    ctx.quantities = [q for q in find_quantities(ctx.text, exclude=exclude) if not ctx.in_boilerplate(q.start)]
