"""A seeded, stratified sample of extracted items for a person to mark.

Allocation rule (:func:`allocate`): ``n`` items per fact type are shared
among that type's strata (legal documents by ``doc_type``, dates by
``kind``, entities by ``label``; percentages and dossier counts are one
stratum) in proportion to the stratum sizes, rounded by largest remainder,
with **at least one item in every non-empty stratum** as long as there are
no more strata than ``n`` (otherwise the ``n`` largest strata get one each),
and never more items than a stratum has.  A type with ``n`` items or fewer
is taken whole.  Because small strata get their one item, they are slightly
over-represented: the per-type precision is then a little closer to the
small strata's than a simple random sample's would be (at most one item per
stratum off its proportional share).

Within a stratum the items are drawn with ``random.Random(f"{seed}/{type}/{stratum}")``
from the population in file order, so the same output and seed give the
same sample, and adding or removing one fact type does not change the
others.  Items of a type are then shuffled (seeded) so that a reviewer does
not see one stratum after another.
"""

from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass, field
from pathlib import Path

from ..segment import sentences
from .items import (FACT_TYPES, ID_PREFIX, AuditError, ItemRef, check_span, items_of, iter_records, marked_context,
                    read_text)

#: Columns of the review file, in order.
COLUMNS = ("item_id", "doc_id", "source", "type", "stratum", "text", "start", "end", "values", "sentence",
           "mark", "note")


@dataclass
class ReviewItem:
    """One row of the review file.  ``parts`` (before, item, after) feed the HTML page."""

    item_id: str
    doc_id: str
    source: str
    type: str
    stratum: str
    text: str
    start: int
    end: int
    values: str
    sentence: str
    mark: str = ""
    note: str = ""
    parts: tuple[str, str, str] = ("", "", "")

    def row(self) -> dict:
        return {c: getattr(self, c) for c in COLUMNS}


@dataclass
class Sample:
    """The drawn items and how they were drawn."""

    seed: int
    per_type: int
    items: list[ReviewItem]
    #: ``{type: {stratum: items in the output}}``
    population: dict[str, dict[str, int]] = field(default_factory=dict)
    #: ``{type: {stratum: items drawn}}``
    allocation: dict[str, dict[str, int]] = field(default_factory=dict)

    def summary_lines(self) -> list[str]:
        """One line per type and per stratum: drawn / in the output."""
        lines = []
        for t, strata in self.allocation.items():
            pop = self.population.get(t, {})
            lines.append(f"{t}: {sum(strata.values())} of {sum(pop.values())}")
            for s in sorted(pop):
                lines.append(f"  {s}: {strata.get(s, 0)} of {pop[s]}")
        return lines


def allocate(sizes: dict[str, int], n: int) -> dict[str, int]:
    """Items per stratum for a sample of ``n`` (see the module docstring).

    >>> allocate({"a": 90, "b": 9, "c": 1}, 10)
    {'a': 8, 'b': 1, 'c': 1}
    >>> allocate({"a": 3, "b": 2}, 10)
    {'a': 3, 'b': 2}
    """
    if n < 0:
        raise ValueError("sample size must be >= 0")
    sizes = {s: k for s, k in sorted(sizes.items()) if k > 0}
    total = sum(sizes.values())
    if total <= n:
        return dict(sizes)
    if len(sizes) >= n:
        largest = sorted(sizes, key=lambda s: (-sizes[s], s))[:n]
        return {s: 1 for s in sorted(largest)}
    quota = {s: n * k / total for s, k in sizes.items()}
    alloc = {s: min(sizes[s], max(1, math.floor(q))) for s, q in quota.items()}
    while sum(alloc.values()) < n:  # largest remainder first, among strata with room
        s = max((s for s in alloc if alloc[s] < sizes[s]), key=lambda s: (quota[s] - alloc[s], sizes[s]))
        alloc[s] += 1
    while sum(alloc.values()) > n:  # the minimum of one pushed us over: take from the most over-served
        s = min((s for s in alloc if alloc[s] > 1), key=lambda s: (quota[s] - alloc[s], -sizes[s]))
        alloc[s] -= 1
    return alloc


def draw(output: str | Path, n: int = 200, seed: int = 1, types: tuple[str, ...] | list[str] | None = None,
         text_dir: str | Path | None = None) -> Sample:
    """Draw ``n`` items per fact type from an output JSONL (see the module docstring).

    ``types`` defaults to every fact type; ``entities`` is only included
    (when not asked for by name) if the output has any.  A type with no
    items gives an empty allocation, not an error.  Every drawn item is
    checked against its article text (``text[start:end] == item text``).
    """
    wanted = tuple(types) if types else FACT_TYPES
    unknown = [t for t in wanted if t not in FACT_TYPES]
    if unknown:
        raise AuditError(f"unknown fact type(s) {', '.join(unknown)}; choose from {', '.join(FACT_TYPES)}")
    if n < 1:
        raise AuditError("the sample size must be at least 1")
    # Pass 1: the population, as references only (the 35k-article output does not fit in memory as dicts).
    population: dict[str, dict[str, list[ItemRef]]] = {t: {} for t in wanted}
    for rec_no, (_, rec) in enumerate(iter_records(output)):
        for t in wanted:
            for i, item in enumerate(items_of(rec, t)):
                population[t].setdefault(item["stratum"], []).append(ItemRef(rec_no, i))
    if not types and not population.get("entities"):
        population.pop("entities", None)
    chosen: dict[str, list[ItemRef]] = {}
    allocation: dict[str, dict[str, int]] = {}
    for t, strata in population.items():
        allocation[t] = allocate({s: len(refs) for s, refs in strata.items()}, n)
        picked = []
        for s, k in allocation[t].items():
            picked += random.Random(f"{seed}/{t}/{s}").sample(strata[s], k)
        picked.sort(key=lambda r: (r.rec_no, r.index))
        random.Random(f"{seed}/{t}/order").shuffle(picked)
        chosen[t] = picked
    # Pass 2: read the chosen records and their texts.
    need = {r.rec_no for refs in chosen.values() for r in refs}
    records = {rec_no: rec for rec_no, (_, rec) in enumerate(iter_records(output)) if rec_no in need}
    texts: dict[int, tuple[str, list]] = {}
    items: list[ReviewItem] = []
    for t, refs in chosen.items():
        for k, ref in enumerate(refs, 1):
            rec = records[ref.rec_no]
            if ref.rec_no not in texts:
                text = read_text(rec, text_dir)
                texts[ref.rec_no] = (text, sentences(text))
            text, sents = texts[ref.rec_no]
            item = items_of(rec, t)[ref.index]
            check_span(rec["doc_id"], text, item)
            parts = marked_context(text, item["start"], item["end"], sents)
            items.append(ReviewItem(
                item_id=f"{ID_PREFIX[t]}-{k:03d}", doc_id=rec["doc_id"], source=str(rec.get("source") or ""),
                type=t, stratum=item["stratum"], text=item["text"], start=item["start"], end=item["end"],
                values=json.dumps(item["values"], ensure_ascii=False, separators=(",", ":")),
                sentence=f"{parts[0]}⟦{parts[1]}⟧{parts[2]}", parts=parts))
    sizes = {t: {s: len(refs) for s, refs in strata.items()} for t, strata in population.items()}
    return Sample(seed=seed, per_type=n, items=items, population=sizes, allocation=allocation)
