"""Why was this found, and what was nearly found: every item with the rule that made it.

    >>> import cchc_extract
    >>> for item in cchc_extract.explain("Trong quý I/2023, huyện tiếp nhận 12 hồ sơ.", exclude=["entities"]).items:
    ...     print(item)
    dates           quarter                  6-16     'quý I/2023'  2023-Q1
    dossier_counts  count_before_noun        34-42    '12 hồ sơ'  12

For dates, legal documents and dossier counts (on the rule engine,
:mod:`cchc_extract.engine`) the rule is the rule's name, read from the
provenance table the stage keeps in the context (``ctx.notes["provenance"]``;
a legal document's mentions each name the rule that read them; a dossier count
its finding rule or ``elliptic_part``); for the other fact types, until they move onto
the engine, it is the stage's name.  With ``near=True`` the anchors the dates
engine hit where no rule produced anything are listed too, with the rules
tried there: where to look when an expected date is missing.

The provenance stays out of the records: users read values and spans, and a
rule name is an implementation detail that changes when rules are split or
renamed; ``explain`` is where it is shown.

Command line (``register(app)`` adds it to the ``cchc-extract`` app)::

    cchc-extract explain FILE|TEXT [--near] [--exclude entities]
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Iterable, List, Optional

from .context import ArticleContext
from .facts import dates as _dates
from .pipeline import Pipeline
from .reading import Article

#: the fact types shown, with how each item's value is written
_FIELDS = ("legal_documents", "dates", "percentages", "dossier_counts", "quantities", "entities")
#: the stage that fills each field (the rule shown for a type not on the engine yet)
_STAGE = {"legal_documents": "legal", "dates": "dates", "percentages": "percentages",
          "dossier_counts": "dossiers", "quantities": "quantities", "entities": "entities"}


@dataclass(frozen=True)
class Item:
    """One extracted item: its fact type, the rule (or stage) that produced it, span and value."""

    fact: str
    rule: str
    start: int
    end: int
    text: str
    value: str

    def __str__(self) -> str:
        return f"{self.fact:15s} {self.rule:24s} {f'{self.start}-{self.end}':8s} {self.text!r}  {self.value}"


@dataclass(frozen=True)
class Near:
    """An anchor hit where no rule produced an item: the rules tried there and whether their pattern matched."""

    fact: str
    start: int
    anchor: str
    context: str
    tried: tuple[tuple[str, bool], ...]

    def __str__(self) -> str:
        tried = ", ".join(f"{r}{' (matched, rejected)' if m else ''}" for r, m in self.tried)
        return f"{self.fact:15s} {self.anchor:24s} {self.start:<8d} {self.context!r}  tried: {tried}"


@dataclass
class Explanation:
    items: list[Item] = field(default_factory=list)
    near: list[Near] = field(default_factory=list)

    def __str__(self) -> str:
        lines = [str(i) for i in self.items]
        if self.near:
            lines += ["", "anchors hit where no rule fired:"] + [str(n) for n in self.near]
        return "\n".join(lines)


def _value(fact: str, item) -> str:
    if fact == "legal_documents":
        return " ".join(str(v) for v in (item.doc_type, item.number, item.code, item.issued_date) if v)
    if fact == "entities":
        return item.label
    if fact == "dossier_counts":
        return str(item.count)
    return str(item.value)


def _items(ctx: ArticleContext) -> list[Item]:
    provenance = ctx.notes.get(_dates.PROVENANCE, {})
    out = []
    for fact in _FIELDS:
        rules = provenance.get(fact, {})
        for item in getattr(ctx, fact):
            spans = item.mentions if fact == "legal_documents" else [item]
            for sp in spans:
                rule = rules.get((sp.start, sp.end), _STAGE[fact])
                out.append(Item(fact, rule, sp.start, sp.end, sp.text, _value(fact, item)))
    return sorted(out, key=lambda i: (i.start, i.end, i.fact))


def _near(ctx: ArticleContext) -> list[Near]:
    text = ctx.text
    found = [(d.start, d.end) for d in ctx.dates]
    by_hit: dict[tuple[int, str], list] = {}
    for a in _dates.REGISTRY.trace(text, ctx.pub_year):
        by_hit.setdefault((a.start, a.anchor), []).append(a)
    out = []
    for (start, anchor), attempts in sorted(by_hit.items()):
        if any(a.produced for a in attempts) or any(s <= start < e for s, e in found):
            continue
        out.append(Near("dates", start, anchor, text[start:start + 40].split("\n")[0],
                        tuple((a.rule, a.matched) for a in attempts)))
    return out


_PIPES: dict[tuple[str, ...], Pipeline] = {}


def explain(source: str | os.PathLike | Article, *, near: bool = False, exclude: Iterable[str] = ()) -> Explanation:
    """Every item extracted from ``source`` (a text, a path or an :class:`Article`) with
    the rule that produced it; with ``near``, the anchors hit where no rule fired."""
    key = tuple(sorted(exclude))
    pipe = _PIPES.get(key) or _PIPES.setdefault(key, Pipeline(exclude=key))
    ctx = pipe.context(source)
    return Explanation(_items(ctx), _near(ctx) if near and "dates" not in key else [])


def register(app) -> None:
    """Add ``explain`` to the typer ``app`` of the command line (typer is imported only here)."""
    import typer

    @app.command("explain")
    def explain_command(
        source: str = typer.Argument(..., help="An article file, or a text."),
        near: bool = typer.Option(False, "--near", help="Also the anchors hit where no rule fired."),
        exclude: Optional[List[str]] = typer.Option(None, "--exclude", help="Stage to leave out (repeatable)."),
    ) -> None:
        """Every extracted item with the rule that produced it, its span and value."""
        typer.echo(str(explain(source, near=near, exclude=exclude or ())))


__all__ = ["Explanation", "Item", "Near", "explain", "register"]
