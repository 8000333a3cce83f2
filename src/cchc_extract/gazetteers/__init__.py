"""Gazetteers: data files the entity tagger reads, each rebuilt by a script that names its source
(``build.py`` → places.tsv, ``build_orgs.py`` → orgs.tsv, ``build_units.py`` → units.tsv; see README.md),
and ``provinces.tsv`` (``build_provinces.py``), which :mod:`cchc_extract.provinces` reads."""

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


def _rows(name: str) -> list[list[str]]:
    text = (resources.files(__package__) / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def orgs() -> dict[str, tuple[str, str]]:
    """Organisation name -> (kind, case): ``case`` is ``exact`` (acronyms, brands) or ``title``
    (any case after the first letter).  Built by ``build_orgs.py``."""
    return {r[0]: (r[1], r[2]) for r in _rows("orgs.tsv")}


@lru_cache(maxsize=1)
def units() -> dict[str, frozenset[str]]:
    """District and commune names (no type word) -> kinds (``district``, ``commune``, ``ward2025``).
    Built by ``build_units.py``."""
    return {r[0]: frozenset(r[1].split(",")) for r in _rows("units.tsv")}
