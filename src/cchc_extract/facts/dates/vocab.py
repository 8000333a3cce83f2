"""The words and regex fragments of dates, loaded from ``patterns/dates.yaml``.

Every vocabulary entry with ``words`` is also a fragment of its own name
(``{weekdays}``), so a rule writes a phrase list by name and each phrase is
written once, in the YAML.  :func:`pattern` composes a rule's pattern.
"""

from __future__ import annotations

import regex

from ...engine import compose
from ...errors import ConfigError
from ...patterndata import check_cases, raw_entries

FILE = "patterns/dates.yaml"


class VocabError(ConfigError):
    """``patterns/dates.yaml`` is malformed; the message names the entry."""


def _load() -> list[dict]:
    # The one loader of language data (structure, examples against the record models);
    # each dates example must also carry text (gaps included).
    entries = list(raw_entries("dates"))
    for i, e in enumerate(entries):
        for key in ("examples", "not", "gaps"):
            for j, ex in enumerate(e.get(key) or []):
                if not isinstance(ex, dict) or not isinstance(ex.get("text"), str):
                    raise VocabError(f"{FILE}: {e['name']}: {key}[{j}] needs a text")
        check_cases("dates", e)
    return entries


ENTRIES = _load()
V: dict[str, dict] = {e["name"]: e for e in ENTRIES}


def alt(words) -> str:
    """An alternation of phrases, longest first, spaces matching any blank run."""
    items = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", r"[ \u00a0]++") for w in items) + ")"


def first_words(phrases) -> list[str]:
    """The first word of each phrase: what a rule starting with one of them is anchored on."""
    return sorted({p.split()[0].casefold() for p in phrases})


def _fragments() -> dict[str, str]:
    out: dict[str, str] = {}
    for e in ENTRIES:
        if "words" in e:
            out[e["name"]] = alt(e["words"])
    out["share_words"] = alt(V["time_prepositions"]["share_words"])
    out["lunar_after"] = alt(V["lunar_days"]["after"])
    out["lunar_stems"] = alt(V["lunar_year_names"]["stems"])
    out["lunar_branches"] = alt(V["lunar_year_names"]["branches"])
    for name, body in V["fragments"]["fragments"].items():
        if name in out:
            raise VocabError(f"{FILE}: fragments: {name!r} is a vocabulary entry's name already")
        out[name] = body
    return out


FRAGMENTS = _fragments()


def pattern(template: str, where: str = "") -> str:
    """``template`` with its ``{fragment}`` references filled in."""
    return compose(template, FRAGMENTS, where=f"{FILE}: {where}")


RELATIVE_YEARS: dict[str, int] = V["relative_years"]["words"]
MONTH_WORDS: dict[str, int] = V["month_words"]["words"]
PM = set(V["parts_of_day"]["pm"])
FRACTIONS = set(V["time_prepositions"]["fractions"])
LAW_HEADS = V["law_names"]["heads"]
LAW_BREAK = set(V["law_names"]["breakers"])
