"""The overlap policies: longest first, then rule order, then position
(:func:`first_longest`); and leftmost first, as ``finditer`` keeps matches
(:func:`leftmost`).

Like spaCy's ``filter_spans`` / ``first_longest_spans_filter``: of items that
overlap, the longest wins (``từ năm 2019 đến 2022`` is one period, not two
years); of equally long ones, the one from the earlier rule; no two kept
items overlap.  Items need ``start``, ``end`` and ``order`` attributes.
"""

from __future__ import annotations

import bisect
from typing import Sequence, TypeVar

T = TypeVar("T")


class Occupied:
    """Non-overlapping spans kept sorted, so an overlap test costs a bisection."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        if i > 0 and self.ends[i - 1] > start:
            return True
        return i < len(self.starts) and self.starts[i] < end

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def first_longest(items: Sequence[T]) -> list[T]:
    """The items kept by the policy, in text order."""
    chosen: list = []
    taken = Occupied()
    for c in sorted(items, key=lambda c: (-(c.end - c.start), c.order, c.start)):
        if taken.overlaps(c.start, c.end):
            continue
        chosen.append(c)
        taken.add(c.start, c.end)
    return sorted(chosen, key=lambda c: c.start)


def leftmost(items: Sequence[T]) -> list[T]:
    """The items a left-to-right scan keeps: the leftmost (the first of those starting
    together, in the given order), then the leftmost starting at or after its end, ...
    (``finditer`` over the matches at every position).  Items need ``start`` and ``end``."""
    out: list = []
    end = -1
    for it in sorted(items, key=lambda i: i.start):
        if it.start >= end:
            out.append(it)
            end = it.end
    return out
