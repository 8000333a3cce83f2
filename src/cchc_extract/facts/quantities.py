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

from importlib import resources

import regex
import yaml

from ..context import ArticleContext, stage
from ..numbers import NUMBER_RE, SCALE_WORDS, apply_scale, parse_number
from ..records import Quantity


def _load() -> dict[str, dict]:
    text = (resources.files("cchc_extract") / "patterns" / "quantities.yaml").read_text("utf-8")
    return {e["name"]: e for e in yaml.safe_load(text) or [] if isinstance(e, dict) and "name" in e}


_DATA = _load()
_L = r"[\p{L}\p{M}\p{N}]"
_B = rf"(?<!{_L})"
_E = rf"(?!{_L})"
_NUM = NUMBER_RE.pattern


def _phrase(p: str) -> str:
    return r"[\s\-]++".join(regex.escape(w) for w in regex.split(r"[\s\-]+", p))


def _alt(phrases) -> str:
    return "|".join(_phrase(p) for p in sorted(set(phrases), key=len, reverse=True))


def _lookup(groups: dict[str, list[str]]) -> dict[str, str]:
    return {_key(p): unit for unit, ps in groups.items() for p in ps}


def _key(s: str) -> str:
    return " ".join(regex.split(r"[\s\-]+", s.lower()))


_SCALE = rf"(?P<scale>(?:{_alt(SCALE_WORDS)})(?:\s++(?:{_alt(SCALE_WORDS)}))?+){_E}"
_AMOUNT = rf"(?P<num>{_NUM})(?:\s++{_SCALE})?+"

_CURRENCY = _lookup(_DATA["money"]["currencies"])
_MONEY_RE = regex.compile(
    rf"(?i){_AMOUNT}\s*+(?P<cur>{_alt(_CURRENCY)}){_E}"
    rf"|{_AMOUNT.replace('scale', 'bscale').replace('num', 'bnum')}"
)
_BARE = {_key(s) for s in _DATA["money"]["bare_scales"]}

_AREA = _lookup(_DATA["area"]["units"])
_AREA_RE = regex.compile(rf"(?i)(?P<num>{_NUM})\s*+(?P<unit>{_alt(_AREA)})(?![\p{{L}}\p{{N}}])")

_NOUNS = _lookup(_DATA["counted_things"]["nouns"])
_COUNT_RE = regex.compile(rf"{_AMOUNT}\s++(?P<noun>(?i:{_alt(_NOUNS)})){_E}")

_RANK_VERBS = _alt(_DATA["rank"]["verbs"])
_RANK_RE = regex.compile(
    rf"(?i){_B}(?P<verb>{_RANK_VERBS})\s++(?P<num>\d{{1,3}}+)(?:\s*+/\s*+(?P<of>\d{{1,3}}+)|\s++trên\s++(?P<of2>\d{{1,3}}+))?+(?![\d\p{{L}}])"
)
_RANK_CHANGE_RE = regex.compile(rf"(?i){_B}(?P<dir>tăng|giảm|tụt)\s++(?P<num>\d{{1,2}}+)\s++(?P<unit>bậc|hạng|vị\s++trí){_E}")

# A number right after these words is an identifier or a date part, not an amount.
_ID_BEFORE_RE = regex.compile(
    r"(?i)(?:" + _B + r"(?:năm|tháng|quý|ngày|mức\s++độ|mức|độ|điều|khoản|điểm|chương|lần|kỳ|khóa|khoá|"
    r"nghị\s++định|nghị\s++quyết|quyết\s++định|thông\s++tư|luật|chỉ\s++thị|công\s++văn|quận|phường|số)\s*+"
    r"|[\p{L}\p{N}][/\-.]|[/\-])$"
)
# After a bare `tỷ`, these words show the amount counts something else (`8 tỷ người`).
_NOT_MONEY_AFTER_RE = regex.compile(r"\s++(?!(?:và|với|so|trong|của|cho|để|là|đã|thì|nhưng|từ|đến|mỗi|năm|tháng|,))\p{Ll}")


def _value(num: str, scale: str | None) -> float | None:
    v = parse_number(num)
    if v is None:
        return None
    for word in (scale or "").split():
        v = apply_scale(v, word)
    return float(v)


def _free(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return not any(s < b and a < e for s, e in spans)


def find_quantities(text: str, *, exclude: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """Money, areas, counted things and rankings in ``text``; numbers inside
    the ``exclude`` spans (dossier counts, percentages, dates …) are skipped."""
    taken = list(exclude or [])
    out: list[Quantity] = []

    def ok(a: int, b: int, num_start: int) -> bool:
        return _free(taken, a, b) and not _ID_BEFORE_RE.search(text, max(0, num_start - 24), num_start)

    def add(a: int, b: int, kind: str, value: float, unit: str | None) -> None:
        out.append(Quantity(text=text[a:b], start=a, end=b, kind=kind, value=value, unit=unit))
        taken.append((a, b))

    for m in _RANK_RE.finditer(text):
        if not _free(taken, m.start("num"), m.end()):
            continue
        of = m.group("of") or m.group("of2")
        if of and int(m.group("num")) > int(of):
            continue
        add(m.start(), m.end(), "rank", float(m.group("num")), f"/{of}" if of else None)
    for m in _RANK_CHANGE_RE.finditer(text):
        if _free(taken, m.start("num"), m.end()):
            sign = 1 if m.group("dir").lower() == "tăng" else -1
            add(m.start("num"), m.end(), "rank_change", float(sign * int(m.group("num"))), "bậc")
    for m in _MONEY_RE.finditer(text):
        if m.group("num"):
            num, scale, cur, a = m.group("num"), m.group("scale"), _CURRENCY[_key(m.group("cur"))], m.start("num")
            if m.group("cur") == "đ" and m.group("scale") is None and "." not in num:
                continue  # `5 đ` alone is too weak; `50.000đ` is fine
        else:
            num, scale, a = m.group("bnum"), m.group("bscale"), m.start("bnum")
            if not scale or _key(scale.split()[-1]) not in _BARE or _NOT_MONEY_AFTER_RE.match(text, m.end()):
                continue
            cur = "VND"
        if not ok(a, m.end(), a):
            continue
        value = _value(num, scale)
        if value is not None:
            add(a, m.end(), "money", value, cur)
    for m in _AREA_RE.finditer(text):
        if ok(m.start(), m.end(), m.start()):
            value = _value(m.group("num"), None)
            if value is not None:
                add(m.start(), m.end(), "area", value, _AREA[_key(m.group("unit"))])
    for m in _COUNT_RE.finditer(text):
        if ok(m.start(), m.end(), m.start()) and not regex.match(r"\s*+%", text[m.end("num"):m.end("num") + 3]):
            value = _value(m.group("num"), m.group("scale"))
            if value is not None:
                add(m.start(), m.end(), "count", value, _NOUNS[_key(m.group("noun"))])
    out.sort(key=lambda q: q.start)
    return out


@stage("quantities")
def quantities_stage(ctx: ArticleContext) -> None:
    """Quantities other than dossier counts and percentages (records.md "Quantity")."""
    exclude = [(d.start, d.end) for d in ctx.dossier_counts]
    exclude += [(p.start, p.end) for p in ctx.percentages]
    exclude += [(d.start, d.end) for d in ctx.dates]
    exclude += [(m.start, m.end) for doc in ctx.legal_documents for m in doc.mentions]
    ctx.quantities = [q for q in find_quantities(ctx.text, exclude=exclude) if not ctx.in_boilerplate(q.start)]
