"""Find every figure followed by ``%`` or ``phần trăm`` (ranges, spelled numbers, signs).

The rules (:mod:`.rules`) find the matches; here each picked match is read into a
:class:`_Hit` (its value, or low and high) and ranges absorb figures found alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...numbers import parse_number, parse_word_number

from ...engine import Registry
from .rules import REGISTRY, Match, pick
from .vocab import _HEX2_RE


@dataclass
class _Hit:
    start: int
    end: int
    low: float
    high: float
    is_range: bool
    from_word: bool  # `từ` right before a single figure
    signed: bool = False  # written with its sign (`-0,4%`, `+1,2%`): a change, as market lines write them
    rule: str = ""        # the rule that found it (.rules)


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


def find_matches(text: str, registry: Registry = REGISTRY) -> list[Match]:
    """The match read at each sign (:func:`.rules.pick`), in text order."""
    return pick(registry.find(text))


def _find_hits(text: str, registry: Registry = REGISTRY) -> list[_Hit]:
    """The figures, one read at each sign, a range absorbing a figure found alone before it."""
    hits: list[_Hit] = []
    for m in find_matches(text, registry):
        hit = _read_hit(text, m.match, m.rule)
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


def _read_hit(text: str, m, rule: str) -> list[_Hit] | None:
    """The figures of a rule's match ``m`` (the sign, the figure read behind it: :mod:`.rules`)."""
    if rule == "spelled":
        v = parse_word_number(m.group("w"))
        if v is None:
            return None
        return [_Hit(m.start("w"), m.end(), float(v), float(v), False, False, rule=rule)]
    start = m.start("a")
    if _in_url(text, start, m.end()):
        return None
    a = _float(m.group("a"))
    if a is None:
        return None
    if rule == "range":
        b = _float(m.group("b"))
        if b is not None and a < b:
            return [_Hit(start, m.end(), a, b, True, False, rule=rule)]
        # not a range: keep the second figure alone, and the first if it has its own sign
        out = []
        if m.group("asign"):
            out.append(_Hit(start, m.end("asign"), a, a, False, False, rule=rule))
        if b is not None:
            out.append(_Hit(m.start("b"), m.end(), b, b, False, False, rule=rule))
        return out
    if rule == "signed_figure":  # `(-0,4%)`, `+1,2%`: the sign is part of the figure, which is a change
        sign = -1 if text[start - 1] in "-\u2212" else 1
        return [_Hit(start - 1, m.end(), sign * a, sign * a, False, False, True, rule=rule)]
    return [_Hit(start, m.end(), a, a, False, False, rule=rule)]
