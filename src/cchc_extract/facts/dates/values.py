"""The normalised ``value`` of a date item (records.md "DateMention")."""

from __future__ import annotations

from .base import Cand


def _y(y: int | None, pub: int | None) -> str:
    if y is None:
        y = pub
    return "XXXX" if y is None else f"{y:04d}"


def value(c: Cand, pub: int | None) -> str:
    """``2023-03-15``, ``2023-Q1``, ``2021/2025``, ``2022-10/..``; a missing year is the publication year or ``XXXX``."""
    p = c.parts
    if c.kind == "datetime":
        y, mo, d, h, mi = p
        return f"{_y(y, pub)}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}"
    if c.kind == "date":
        y, mo, d = p
        return f"{_y(y, pub)}-{mo:02d}-{d:02d}"
    if c.kind == "month":
        return f"{_y(p[0], pub)}-{p[1]:02d}"
    if c.kind == "quarter":
        return f"{_y(p[0], pub)}-Q{p[1]}"
    if c.kind == "half_year":
        return f"{_y(p[0], pub)}-H{p[1]}"
    if c.kind == "year":
        return f"{p[0]:04d}"
    unit, a, b = p
    if unit == "years":
        return f"{a:04d}/{'..' if b is None else f'{b:04d}'}"

    def one(x):
        if unit == "mixed" and len(x) == 1:
            return f"{x[0]:04d}"
        if unit == "months" or (unit == "mixed" and len(x) == 2):
            return f"{_y(x[0], pub)}-{x[1]:02d}"
        if unit == "quarters":
            return f"{_y(x[0], pub)}-Q{x[1]}"
        return f"{_y(x[0], pub)}-{x[1]:02d}-{x[2]:02d}"

    return f"{one(a)}/{'..' if b is None else one(b)}"
