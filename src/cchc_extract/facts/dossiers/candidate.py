"""A dossier count while it is being read (:class:`_Count`), its value, and span sets."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from ...numbers import apply_scale, parse_number, qualifier_before


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
    #: the noun a count read after it starts from (``số hồ sơ … là 1.234``)
    noun_span: tuple[int, int] | None = None
    #: the rule that found the count (its index in the registry, and its name)
    order: int = 0
    rule: str = ""

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



class _SpanSet:
    """Spans to test for overlap in logarithmic time (sorted starts, running max end).

    Sorted on the first test: many sets (the blocked spans of an article) are never tested;
    ``spans`` may be a function giving them, called then."""

    def __init__(self, spans) -> None:
        self._spans = spans if callable(spans) else list(spans)
        self._starts: list[int] | None = None
        self._max_end: list[int] = []

    def _build(self) -> None:
        items = sorted(self._spans() if callable(self._spans) else self._spans)
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
