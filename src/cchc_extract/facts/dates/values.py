"""The normalised ``value`` of a date item (records.md "DateMention")."""

from __future__ import annotations

from ...records import _FIELDS_SET_SLOT, DateMention, _shared
from .base import Cand

#: the fields :func:`mention` is given; every other field of a DateMention takes its
#: default (read from the model, so a field added there is not missed)
_GIVEN = ("text", "start", "end", "kind", "value")
_DEFAULTS = {name: f.get_default() for name, f in DateMention.model_fields.items() if name not in _GIVEN}
if set(_GIVEN) - set(DateMention.model_fields) or any(
        f.default_factory is not None for name, f in DateMention.model_fields.items() if name not in _GIVEN):
    raise TypeError("DateMention changed: mention() gives text, start, end, kind and value and copies plain defaults")
_SET = _shared(_GIVEN)
_new, _setattr = object.__new__, object.__setattr__


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


def mention(text: str, start: int, end: int, kind: str, v: str) -> DateMention:
    """``DateMention(text=..., start=..., end=..., kind=..., value=...)`` without pydantic's
    validation, which cost three times the rest of building it (measured on the items of
    1,500 articles of vn_news_2017): every value is valid by construction (a slice of the
    text, its offsets, a kind and a value written by :func:`value`).  The same object in
    every way (fields, their order, ``model_fields_set``, JSON, assignment checks);
    ``tests/test_dates.py`` compares the two."""
    m = _new(DateMention)
    _setattr(m, "__dict__", {"text": text, "start": start, "end": end, "kind": kind, "value": v, **_DEFAULTS})
    _setattr(m, "__pydantic_extra__", None)
    _setattr(m, "__pydantic_private__", None)
    _FIELDS_SET_SLOT.__set__(m, _SET)
    return m
