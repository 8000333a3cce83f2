"""Items that continue a list after a found one, and years shared back along a list.

``năm 2021, 2022 và 2023``, ``ngày 17/5 và 20/5``, ``tháng 10, 11 và tháng 12/2023``,
``quý I, II/2024``, ``quý 3, 4``: after an item is chosen, the next one of its kind is read
right after it (the continuation rules below, named like every rule, so
``explain`` and the YAML examples can name them).  Then a yearless part takes
the year of the next one of its kind (``quý III và quý IV/2023``).
"""

from __future__ import annotations

import regex

from ...engine import Anchor, Occupied, Rule
from ...numbers import parse_roman
from .base import Cand, to_int, valid_day
from .vocab import pattern

_GAP = r"[ \u00a0]*+,|[ \u00a0]++(?:và|hoặc)"   # how each continuation starts: a comma, or `và`/`hoặc`
_AFTER = Anchor(marks=(",", " ", "\u00a0"), lead=_GAP)


def _continuation(name: str, template: str) -> Rule:
    return Rule(name, _AFTER, pattern(template, name), resolve=lambda m, *a: [])


#: kind of the item before -> the rule that reads the next one
CONTINUATIONS: dict[str, Rule] = {
    "year": _continuation(
        "next_year", r"(?<![ \u00a0])(?:{blank}*+,{blank}*+|{blanks}(?:và|hoặc|,){blanks})(?:năm{blanks})?(?P<y>{year})"
        r"{num_end}(?!{blank}*+(?:%|\d)|{blanks}{count_nouns}{word_end}|{blank}*+{dash})"),
    "date": _continuation(
        "next_day", r"(?<![ \u00a0])(?:{blank}*+,{blank}*+|{blanks}(?:và|hoặc){blanks})(?:ngày{blanks})?(?P<d>{day})"
        r"/(?P<m>{month_number})(?:/(?P<y>{year}))?+{num_end}"),
    "month": _continuation(
        "next_month", r"(?<![ \u00a0])(?:{blank}*+,{blank}*+|{blanks}(?:và|hoặc){blanks})(?:tháng{blanks})?"
        r"(?P<m>{month_number})(?:{blank}*+[/\-]{blank}*+(?P<y>{year}))?+{num_end}"),
    "quarter": _continuation(
        "next_quarter", r"(?<![ \u00a0])(?:{blank}*+,{blank}*+|{blanks}(?:và|hoặc){blanks})(?:{quarter_word}{blanks}"
        r"(?P<q>{roman_quarter}|[1-4])|(?P<qr>{roman_quarter}|[1-4]))(?![\p{L}\p{N}])"
        r"(?:{blank}*+[/\-]{blank}*+(?P<y>{year}))?+{num_end}(?!{blank}*+(?:%|[.,]\d)|{blanks}{count_nouns}{word_end})"),
}
# What may stand between parts of one list (`tháng 10, 11 và tháng 12/2023`).
_CONNECTOR = regex.compile(pattern(r"(?:{blank}|,|và|hoặc|{dash}|đến|tới|(?<!\d)\d{1,2}(?![\d/\-])"
                                   r"|(?-i:IV|III|II|I)(?![\p{L}/\-]))*+", "connector"), regex.IGNORECASE)


#: the word for a quarter
_QUARTER_WORD = regex.compile("qu[ýí]", regex.I)


def _next(kind: str, m: regex.Match, c: Cand) -> Cand | None:
    """The item continuation ``m`` reads after ``c``, or None where the list stops."""
    if kind == "year":
        return Cand(m.start("y"), m.end(), "year", (int(m.group("y")),), True)
    if kind == "month":
        low = m.group().lower()
        if not m.group("y") and "tháng" not in low:
            return None  # `tháng 3, 4 hồ sơ`: a bare number continues a list of months only with a year
        y = to_int(m.group("y"))
        return Cand(low.find("tháng") + m.start() if "tháng" in low else m.start("m"), m.end(), "month",
                    (y, int(m.group("m"))), y is not None)
    if kind == "quarter":
        q = m.group("q") or m.group("qr")
        y = to_int(m.group("y"))
        start = m.start("qr") if m.group("qr") else _QUARTER_WORD.search(m.group()).start() + m.start()
        return Cand(start, m.end(), "quarter", (y, parse_roman(q) if q.isalpha() else int(q)), y is not None)
    y = to_int(m.group("y")) if m.group("y") else c.parts[0]
    mo, d = int(m.group("m")), int(m.group("d"))
    if not valid_day(y, mo, d):
        return None
    return Cand(m.start("d"), m.end(), "date", (y, mo, d), c.explicit_year or bool(m.group("y")))


def extend_lists(text: str, chosen: list[Cand], max_span: int) -> list[Cand]:
    """``chosen`` and the years, days, months and quarters that continue a list after one of them."""
    out = list(chosen)
    occupied = Occupied()
    for c in chosen:
        occupied.add(c.start, c.end)
    for c in chosen:
        pos, kind = c.end, c.kind
        while kind in CONTINUATIONS:
            rule = CONTINUATIONS[kind]
            if rule.lead(text, pos, pos + max_span) is None:
                break
            m = rule.compiled.match(text, pos, pos + max_span)
            if not m or occupied.overlaps(m.start(), m.end()):
                break
            new = _next(kind, m, c)
            if new is None:
                break
            new.rule = rule.name
            out.append(new)
            occupied.add(new.start, new.end)
            pos = m.end()
    return sorted(out, key=lambda c: c.start)


def backfill_years(text: str, items: list[Cand]) -> None:
    """``quý III và quý IV/2023``: a yearless part takes the year of the next one of its kind."""
    for i in range(len(items) - 2, -1, -1):
        a, b = items[i], items[i + 1]
        if a.explicit_year or not b.explicit_year or a.kind != b.kind or a.kind not in ("date", "month", "quarter"):
            continue
        gap = _CONNECTOR.match(text, a.end, a.end + 40)
        if gap is None or gap.end() != b.start:
            continue
        if a.kind == "date":
            y = b.parts[0] if (a.parts[1], a.parts[2]) <= (b.parts[1], b.parts[2]) else b.parts[0] - 1
            a.parts = (y,) + a.parts[1:]
        else:
            y = b.parts[0] if a.parts[1] <= b.parts[1] else b.parts[0] - 1
            a.parts = (y, a.parts[1])
        a.explicit_year = True
