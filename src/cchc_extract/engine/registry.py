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
from .scan import WORD, AnchorScan


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

    def __init__(self, name: str, rules=(), *, max_span: int = 160, single_line: bool = False) -> None:
        self.name = name
        #: no match holds a line break (lets what a rule needs be looked for on the line only)
        self.single_line = single_line
        #: no match is longer: a window keeps each try local (the regex engine may
        #: otherwise search the rest of the text for a literal it needs)
        self.max_span = max_span
        self._rules: list[Rule] = []
        self._scan: AnchorScan | None = None
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
            self._scan = AnchorScan([r.anchor for r in self._rules], self._plan)
        return self._scan

    def _plan(self, rules: tuple[int, ...], at_digit: bool = False) -> tuple:
        """What to do at a hit of an anchor of ``rules``: ``(needs, gate, always, led,
        dispatch, any_lead)`` per group of rules that need the same thing ahead
        (``()``: nothing; see :class:`Anchor`)."""
        groups: dict[tuple[str, ...], list[int]] = {}
        for i in rules:
            needs = self._rules[i].anchor.needs
            if at_digit and "digit" in needs:
                needs = ()   # a digit is there
            groups.setdefault(needs, []).append(i)
        return tuple((needs,) + self._steps(tuple(ids), at_digit, self._needs_ahead(needs))
                     for needs, ids in groups.items())

    def _needs_ahead(self, needs: tuple[str, ...]) -> str:
        """A lookahead true where one of ``needs`` comes ahead in the window (on the
        line, for a single-line registry): what every match there holds.  Words are
        looked for as written in any case, and not as whole words, so it never
        says no where a match could start; ``""`` for no needs."""
        if not needs:
            return ""
        if needs == ("digit",):   # measured: a possessive class is several times faster than a lazy dot
            return r"(?=[^\n\d]*+\d)" if self.single_line else r"(?=\D*+\d)"
        alts = [r"\d" if key == "digit" else re.escape(key.removeprefix("word:")) for key in needs]
        any_char = r"[^\n]" if self.single_line else "(?s:.)"
        return f"(?={any_char}*?(?i:{'|'.join(alts)}))"

    def _steps(self, rules: tuple[int, ...], at_digit: bool, ahead: str) -> tuple:
        """``(gate, always, led, dispatch, any_lead)``: one ``re`` that must match for any
        rule of the group to be tried (what they need ahead; and, where every rule
        has a lead, the union of the leads), the rules always tried, the rules behind
        a lead with one ``re`` that tells which leads match (each lead a lookahead
        group: one call instead of one per rule), and the union of those leads when
        it is not in the gate.  Where nothing matches (most hits), one call of the
        gate is all a hit costs."""
        always, led, parts, leads = [], [], [], []
        for i in rules:
            r = self._rules[i]
            step = (i, r.compiled.match, r.resolve, r.name)
            lead = (r.anchor.digit_lead or r.anchor.lead) if at_digit else r.anchor.lead
            if lead is None:
                always.append(step)
            else:
                led.append(step)
                lead = f"{'(?i:' if r.flags & regex.IGNORECASE else '(?:'}{lead})"
                parts.append(f"(?:(?=({lead}))|)")
                leads.append(lead)
        union = "|".join(leads)
        dispatch = re.compile("".join(parts)).match if parts else None
        if leads and not always:
            # the leads first: they fail at the first characters where most hits do
            return re.compile(f"(?=(?:{union})){ahead}").match, (), tuple(led), dispatch, None
        gate = re.compile(ahead).match if ahead else None
        return gate, tuple(always), tuple(led), dispatch, re.compile(union).match if leads else None

    # ---------------------------------------------------------------- finding

    def find(self, text: str, *args) -> list:
        """Every item the rules produce where their anchors are (before any overlap policy).

        The loop of :meth:`AnchorScan.hits`, written out here: this is the hot path.
        """
        out: list = []
        scan = self.scan
        if not scan.keys:
            return out
        span = self.max_span
        n = len(text)
        entries_of = scan.entries
        digit_entry = scan.digit_entry
        for raw, runs in scan.windows(text):  # one window for any article; a huge text window by window
            hits = [(s, e) for k, s, end in raw for e in entries_of[k]
                    if (e.kind != WORD or not ((s and text[s - 1].isalnum()) or (end < n and text[end].isalnum())))
                    and (e.kind == WORD or text.startswith(e.literal, s))]
            if digit_entry is not None:
                hits += [(s, digit_entry) for s in runs if not (s and text[s - 1].isalnum())]
            del raw, runs
            self._try(text, hits, span, args, out)
        return out

    @staticmethod
    def _try(text: str, hits: list, span: int, args: tuple, out: list) -> None:
        """Try the rules of each hit, appending what they produce to ``out``."""
        for s, e in hits:
            for _needs, gate, always, led, dispatch, any_lead in e.plan:
                if gate is not None and gate(text, s, s + span) is None:
                    continue
                steps = always
                if dispatch is not None and (any_lead is None or any_lead(text, s, s + span) is not None):
                    passed = [step for step, g in zip(led, dispatch(text, s, s + span).groups()) if g is not None]
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
            for _needs, _gate, always, led, dispatch, _any in entry.plan:
                groups = dispatch(text, s, s + self.max_span).groups() if dispatch is not None else ()
                for step, g in [(step, "") for step in always] + list(zip(led, groups)):
                    i, match, resolve, name = step
                    if g is None:
                        out.append(Attempt(s, entry.key, name, False, 0))
                        continue
                    m = match(text, s, s + self.max_span)
                    out.append(Attempt(s, entry.key, name, m is not None, len(resolve(m, *args)) if m else 0))
        return out
