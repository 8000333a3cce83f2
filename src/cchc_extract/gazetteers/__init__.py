"""Gazetteers: data files the entity tagger reads (see ``build.py``)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Place name -> kind (``province``, ``city``, ``region``, ``country``)."""
    text = (resources.files(__package__) / "places.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, _, kind = line.partition("\t")
        out[name] = kind
    return out
