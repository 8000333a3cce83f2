"""Why was this found, and what was nearly found: every item with the rule that made it.

    >>> import cchc_extract
    >>> for item in cchc_extract.explain("Trong quý I/2023, huyện tiếp nhận 12 hồ sơ.", exclude=["entities"]).items:
    ...     print(item)
    dates           quarter                  6-16     'quý I/2023'  2023-Q1
    dossier_counts  count_before_noun        34-42    '12 hồ sơ'  12

For dates, legal documents, percentages, dossier counts and quantities (on
the rule engine, :mod:`cchc_extract.engine`) the rule is the rule's name, read
from the provenance table the stage keeps in the context
(``ctx.notes["provenance"]``; a legal document's mentions each name the rule
that read them; a dossier count its finding rule or ``elliptic_part``); for
entities, not on the engine, it is the stage's name.  With ``near=True`` the
anchors each of those five registries hit where no rule produced anything,
outside every item of its fact type, are listed too, with the rules tried there and whether their pattern
matched: where to look when an expected item is missing.

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
from .facts import dossiers as _dossiers
from .facts import percentages as _percentages
from .facts import quantities as _quantities
from .facts.legal import rules as _legal
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


def _registries(ctx: ArticleContext):
    """Per fact type on the engine: its stage, and its registries with the arguments their rules resolve with."""
    none = _dossiers._NONE
    return (("dates", "dates", ((_dates.REGISTRY, (ctx.pub_year,)),)),
            ("legal_documents", "legal", ((_legal.REGISTRY, ()), (_legal.ANAPHORS, ()))),
            ("percentages", "percentages", ((_percentages.REGISTRY, ()),)),
            ("dossier_counts", "dossiers", ((_dossiers.REGISTRY, (none,)), (_dossiers.ABBREVIATED, (none,)))),
            ("quantities", "quantities", ((_quantities.REGISTRY, ()),)))


def _near(ctx: ArticleContext, exclude: Iterable[str] = ()) -> list[Near]:
    text = ctx.text
    out = []
    for fact, stage_name, registries in _registries(ctx):
        if stage_name in exclude:
            continue
        found = [(sp.start, sp.end) for item in getattr(ctx, fact)
                 for sp in (item.mentions if fact == "legal_documents" else [item])]
        by_hit: dict[tuple[int, str], list] = {}
        for registry, args in registries:
            for a in registry.trace(text, *args):
                by_hit.setdefault((a.start, a.anchor), []).append(a)
        for (start, anchor), attempts in sorted(by_hit.items()):
            if any(a.produced for a in attempts) or any(s <= start < e for s, e in found):
                continue
            out.append(Near(fact, start, anchor, text[start:start + 40].split("\n")[0],
                            tuple((a.rule, a.matched) for a in attempts)))
    return sorted(out, key=lambda n: (n.start, n.fact))


_PIPES: dict[tuple[str, ...], Pipeline] = {}


def explain(source: str | os.PathLike | Article, *, near: bool = False, exclude: Iterable[str] = ()) -> Explanation:
    """Every item extracted from ``source`` (a text, a path or an :class:`Article`) with
    the rule that produced it; with ``near``, the anchors hit where no rule fired."""
    key = tuple(sorted(exclude))
    pipe = _PIPES.get(key) or _PIPES.setdefault(key, Pipeline(exclude=key))
    ctx = pipe.context(source)
    return Explanation(_items(ctx), _near(ctx, key) if near else [])


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
