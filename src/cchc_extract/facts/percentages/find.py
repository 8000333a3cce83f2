"""Find every figure followed by ``%`` or ``phần trăm`` (ranges, spelled numbers, signs)."""

from __future__ import annotations

from dataclasses import dataclass

from ...numbers import parse_number, parse_word_number

from .vocab import _HEX2_RE, _PCT_END_RE


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
