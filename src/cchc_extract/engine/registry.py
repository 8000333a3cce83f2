"""The rules of one fact type, and the loop that tries them where their anchors are.

    registry = Registry("dates", max_span=160)
    registry.add(Rule("date_numeric", Anchor(digit=True), pattern, resolve))
    items = registry.find(text, pub_year)      # every item a rule produced, overlaps and all

Rules are kept in the order they were added: that order breaks ties in the
overlap policy (:func:`~cchc_extract.engine.overlap.first_longest`).  Every
item a rule's ``resolve`` returns gets ``order`` (the rule's index) and
``rule`` (its name), so each item knows the rule that made it.

:meth:`Registry.find_everywhere` is the oracle: every rule at every position,
no anchors.  It is slow and exists for tests and for ``explain``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

import regex

from .rule import Rule
from .scan import AnchorScan, Entry


@dataclass(frozen=True)
class Attempt:
    """One rule tried at one anchor hit (see :meth:`Registry.trace`)."""

    start: int
    anchor: str
    rule: str
    matched: bool
    produced: int


class Registry:
    """The rules of one fact type (see the module docstring)."""

    def __init__(self, name: str, rules=(), *, max_span: int = 160) -> None:
        self.name = name
        #: no match is longer: a window keeps each try local (the regex engine may
        #: otherwise search the rest of the text for a literal it needs)
        self.max_span = max_span
        self._rules: list[Rule] = []
        self._scan: AnchorScan | None = None
        self._plans: dict[int, tuple] = {}   # id(entry) -> what to try there
        for r in rules:
            self.add(r)

    # ---------------------------------------------------------------- the rules

    def add(self, rule: Rule) -> Rule:
        if any(r.name == rule.name for r in self._rules):
            raise ValueError(f"{self.name}: a rule named {rule.name!r} exists already")
        self._rules.append(rule)
        self._scan = None
        return rule

    def remove(self, name: str) -> Rule:
        rule = self[name]
        self._rules.remove(rule)
        self._scan = None
        return rule

    def __getitem__(self, name: str) -> Rule:
        for r in self._rules:
            if r.name == name:
                return r
        raise KeyError(f"{self.name}: no rule named {name!r}")

    def __contains__(self, name: str) -> bool:
        return any(r.name == name for r in self._rules)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    @property
    def names(self) -> list[str]:
        return [r.name for r in self._rules]

    @property
    def scan(self) -> AnchorScan:
        """The anchor automaton, built from the rules' anchors when first needed."""
        if self._scan is None:
            self._scan = AnchorScan([r.anchor for r in self._rules])
            self._plans = {}
        return self._scan

    def _plan(self, entry: Entry) -> tuple:
        """What to do at a hit of ``entry``: the rules always tried, and the rules
        behind a lead with one ``re`` that tells which leads match (each lead a
        lookahead group: one call instead of one per rule)."""
        plan = self._plans.get(id(entry))
        if plan is None:
            always, led, parts = [], [], []
            for i in entry.rules:
                r = self._rules[i]
                step = (i, r.compiled.match, r.resolve, r.name)
                if r.anchor.lead is None:
                    always.append(step)
                else:
                    led.append(step)
                    parts.append(f"(?:(?=({'(?i:' if r.flags & regex.IGNORECASE else '(?:'}{r.anchor.lead})))|)")
            dispatch = re.compile("".join(parts)).match if parts else None
            plan = self._plans[id(entry)] = (tuple(always), tuple(led), dispatch)
        return plan

    # ---------------------------------------------------------------- finding

    def find(self, text: str, *args) -> list:
        """Every item the rules produce where their anchors are (before any overlap policy)."""
        out: list = []
        span = self.max_span
        scan = self.scan
        plan_of = self._plans.get
        for s, entry in scan.hits(text):
            always, led, dispatch = plan_of(id(entry)) or self._plan(entry)
            steps = always
            if dispatch is not None:
                passed = [step for step, g in zip(led, dispatch(text, s).groups()) if g is not None]
                if passed:
                    steps = always + tuple(passed)
            for i, match, resolve, name in steps:
                m = match(text, s, s + span)
                if m is None:
                    continue
                for item in resolve(m, *args):
                    item.order = i
                    item.rule = name
                    out.append(item)
        return out

    def find_everywhere(self, text: str, *args) -> list:
        """The oracle: every rule at every position, no anchor and no lead."""
        out: list = []
        for i, r in enumerate(self._rules):
            match = r.compiled.match
            for s in range(len(text) + 1):
                m = match(text, s, s + self.max_span)
                if m is None:
                    continue
                for item in r.resolve(m, *args):
                    item.order = i
                    item.rule = r.name
                    out.append(item)
        return out

    def trace(self, text: str, *args) -> list[Attempt]:
        """Every anchor hit and each rule tried there: what ``explain --near`` shows."""
        out: list[Attempt] = []
        for s, entry in self.scan.hits(text):
            always, led, dispatch = self._plan(entry)
            groups = dispatch(text, s).groups() if dispatch is not None else ()
            for step, g in [(step, "") for step in always] + list(zip(led, groups)):
                i, match, resolve, name = step
                if g is None:
                    out.append(Attempt(s, entry.key, name, False, 0))
                    continue
                m = match(text, s, s + self.max_span)
                out.append(Attempt(s, entry.key, name, m is not None, len(resolve(m, *args)) if m else 0))
        return out
