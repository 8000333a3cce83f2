"""What every date rule shares: the candidate item, small readers, and :func:`rule`.

A rule module keeps a list ``RULES``; ``@rule(RULES, name, pattern, ...)``
turns a resolve function into a :class:`~cchc_extract.engine.Rule` whose
pattern is composed from the YAML's named fragments.  The registry
(``facts/dates/__init__.py``) adds the modules' rules in a fixed order, which
breaks ties between equally long candidates.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ...dateparts import valid_day  # noqa: F401  (re-exported: the rules import it from here)
from ...engine import Anchor, Rule
from .vocab import PM, RELATIVE_YEARS, pattern


@dataclass(slots=True)
class Cand:
    start: int
    end: int
    kind: str
    parts: tuple            # resolved pieces, see values.value
    explicit_year: bool
    order: int = 0          # rule order, breaks ties
    rule: str = ""          # the rule that produced it (provenance)


def rule(rules: list, name: str, template: str, *, words=(), marks=(), digit: bool = False, lead: str | None = None,
         digit_lead: str | None = None, needs_digit: bool = True, needs_words=(), flags: int = regex.IGNORECASE):
    """Register the decorated ``resolve(match, pub_year) -> list[Cand]`` as rule ``name`` in ``rules``.

    ``needs_digit`` (every match holds a digit) is the default: only a few
    shapes are written in words alone (`tháng Ba`, `quý II`, `nửa đầu năm`);
    those may say which word they hold instead (``needs_words``).
    """

    def register(fn):
        rules.append(Rule(name, Anchor(tuple(words), tuple(marks), digit, lead, needs_digit, digit_lead,
                                        tuple(needs_words)), pattern(template, name),
                          fn, flags, doc=(fn.__doc__ or "").strip()))
        return fn

    return register


def to_int(s: str | None) -> int | None:
    return int(s) if s else None




def hour(m: regex.Match) -> tuple[int, int]:
    """Hour and minute of a ``{time}``; a part of day after it (`2 giờ chiều`) moves 1–11 to the afternoon."""
    h = int(m.group("h"))
    mi = m.groupdict().get("mi") or m.groupdict().get("mi2") or m.groupdict().get("mi3") or "0"
    pod = (m.groupdict().get("pod") or "").lower()
    if pod in PM and 1 <= h <= 11:
        h += 12
    return h, int(mi)


def year_of(m: regex.Match, prefix: str, pub_year: int | None) -> tuple[int | None, bool]:
    """The year written after a date part (``{year_tail:prefix}``), and whether it was written."""
    gd = m.groupdict()
    y = gd.get(prefix + "y") or gd.get(prefix + "y2")
    if y:
        return int(y), True
    rel = gd.get(prefix + "rel")
    if rel and pub_year is not None:
        return pub_year + RELATIVE_YEARS.get(rel.lower(), 0), False
    return None, False
