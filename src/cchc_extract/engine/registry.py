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
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from operator import itemgetter
from typing import Iterator

import regex

from .rule import Rule
from . import scan as _scan_module
from .scan import _DIGIT_RUNS, DIGIT, GLUED, WORD, AnchorScan


@dataclass(frozen=True)
class Attempt:
    """One rule tried at one anchor hit (see :meth:`Registry.trace`)."""

    start: int
    anchor: str
    rule: str
    matched: bool
    produced: int


#: more anchor hits than this in one text, or for one mark, take :meth:`Registry._find_bulk`
_BULK = 2048

#: what can make a pattern hold in a short window and fail in a longer one
_NOT_MONOTONE = re.compile(r"\(\?<?!|\\[bBZA]|(?<!\\)\$|\(\?[a-zA-Z]*m")


def _cased(pattern: str) -> bool:
    """Whether case matters to ``pattern``: a cased letter outside its escapes
    (``\\d``, ``\\u00a0``).  ``re`` matches several times slower under
    ``IGNORECASE``; a lead of digits and marks does not need it."""
    bare = re.sub(r"\\(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|N\{[^}]*\}|.)|\(\?[:=!]|\(\?<[=!]", "", pattern)
    return any(c.lower() != c.upper() for c in bare)


def _run_steps(text: str, s: int, span: int, steps, args, out: list, first_wins: bool) -> None:
    """Try ``steps`` (``(order, match, resolve, name)``) at ``s`` in their order, appending
    what they produce to ``out``; rules sharing a pattern share its match (see
    ``rule._compiled``); with ``first_wins`` the first rule that produces ends the chain."""
    last = m = None
    for i, match, resolve, name in steps:
        if match != last:   # (bound methods of one compiled pattern are equal, not identical)
            m = match(text, s, s + span)
            last = match
        if m is None:
            continue
        produced = resolve(m, *args)
        for item in produced:
            item.order = i
            item.rule = name
            out.append(item)
        if first_wins and produced:
            break


class Registry:
    """The rules of one fact type (see the module docstring)."""

    def __init__(self, name: str, rules=(), *, max_span: int = 160, single_line: bool = False,
                 first_wins: bool = False) -> None:
        self.name = name
        #: at one position, the rules after the first that produces an item are not tried
        #: (a chain of alternatives, as legal's readers are; the oracle keeps the same policy)
        self.first_wins = first_wins
        #: no match holds a line break (lets what a rule needs be looked for on the line only)
        self.single_line = single_line
        #: no match is longer: a window keeps each try local (the regex engine may
        #: otherwise search the rest of the text for a literal it needs)
        self.max_span = max_span
        self._rules: list[Rule] = []
        self._scan: AnchorScan | None = None
        self._digit_bound: frozenset = frozenset()
        self._gated_scans: dict = {}
        for r in rules:
            self.add(r)

    # ---------------------------------------------------------------- the rules

    def add(self, rule: Rule) -> Rule:
        if any(r.name == rule.name for r in self._rules):
            raise ValueError(f"{self.name}: a rule named {rule.name!r} exists already")
        self._rules.append(rule)
        self._scan = None
        self._gated_scans = {}
        return rule

    def remove(self, name: str) -> Rule:
        rule = self[name]
        self._rules.remove(rule)
        self._scan = None
        self._gated_scans = {}
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
            scan = AnchorScan([r.anchor for r in self._rules], self._plan)
            # the entries whose rules all need a digit, none starting with one (:meth:`_digit_reached`)
            self._digit_bound = frozenset(
                e for es in scan.entries for e in es
                if all(self._rules[i].anchor.needs == ("digit",) for i in e.rules)
                and next(_DIGIT_RUNS(e.literal[:1]), None) is None)
            self._scan = scan
        return self._scan

    def _plan(self, rules: tuple[int, ...], at_digit: bool = False, word: str | None = None) -> tuple:
        """What to do at a hit of an anchor of ``rules``: ``(gate, groups, dispatch, table)``,
        ``gate`` one ``re`` that must match for any rule to be tried (``None``: no gate;
        the groups' gates as one alternation, which the bulk path scans with), per group
        of rules that need the same thing ahead, ``(needs, gate, always, led, dispatch,
        merged)`` (``()``: nothing; see :class:`Anchor` and :meth:`_steps`), and the one
        call :meth:`_try` makes at a hit (:meth:`_dispatch_all`).  At an anchor ``word``,
        each rule's lead is what can begin with that word (:meth:`Anchor.lead_at`)."""
        groups: dict[tuple[str, ...], list[int]] = {}
        for i in rules:
            needs = self._rules[i].anchor.needs
            if at_digit and "digit" in needs:
                needs = ()   # a digit is there
            groups.setdefault(needs, []).append(i)
        steps = tuple((needs,) + self._steps(tuple(ids), at_digit, self._needs_ahead(needs), word)
                      for needs, ids in groups.items())
        # the groups' gates as one alternation (:meth:`_gated`)
        gates = [g[1] for g in steps]
        gate = None if any(g is None for g in gates) else re.compile(
            "|".join(f"(?:{g.__self__.pattern})" for g in gates)).match
        return (gate, steps) + self._dispatch_all(steps)

    @staticmethod
    def _dispatch_all(groups: tuple) -> tuple:
        """``(dispatch, table)``: one ``re`` call at a hit that tells every rule of every
        group to try, in the order the groups' own tests give (``table``: ``(capture,
        step)``, the step tried where that capture group took part).  Each group is its
        gate, a mark (an empty group) where it has rules always tried, then its leads as
        lookahead groups; with several groups each may fail alone (``(?:...|)``), and no
        capture taking part means none passed (``lastindex`` is ``None``).  Measured: one
        call instead of the groups' alternation and then each group's dispatch again
        (2-3 calls at every hit that passes, and dates' digits pass at one in five)."""
        parts, table = [], []
        captures = 0
        for _needs, gate, always, led, dispatch, merged in groups:
            body = (dispatch if merged else gate).__self__.pattern if (merged or gate is not None) else ""
            if merged:   # the gate and the leads already
                n_leads = dispatch.__self__.groups
            else:
                if always:
                    body += "()"
                    captures += 1
                    table += [(captures - 1, step) for step in always]
                if dispatch is not None:
                    body += dispatch.__self__.pattern
                n_leads = dispatch.__self__.groups if dispatch is not None else 0
            table += [(captures + k, step) for step, k in led]
            captures += n_leads
            parts.append(body)
        if len(parts) == 1:
            pattern = parts[0]
        else:
            pattern = "".join(f"(?:{p}|)" for p in parts)
        compiled = re.compile(pattern)
        if compiled.groups != captures:
            raise AssertionError(f"dispatch counts {compiled.groups} groups, not {captures}")
        return compiled.match, tuple(table)

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
        # bounded by the window: the same test there, and a gate run without the
        # window (:meth:`_find_bulk`) does not search the rest of a huge text at each hit
        return f"(?={any_char}{{0,{self.max_span}}}?(?i:{'|'.join(alts)}))"

    def _steps(self, rules: tuple[int, ...], at_digit: bool, ahead: str, word: str | None = None) -> tuple:
        """``(gate, always, led, dispatch, merged)``: one ``re`` that must match
        for any rule of the group to be tried (what they need ahead; and, where every
        rule has a lead, the union of the leads), the rules always tried, the rules
        behind a lead, each with the number of its lead's group, with one ``re`` that
        tells which leads match (each distinct lead a lookahead group: one call instead
        of one per rule).  Where every rule has a lead (``merged``),
        ``dispatch`` starts with the gate: one call fails where the gate fails and
        otherwise tells which leads match.  Where nothing matches (most hits), one
        call of the gate is all a hit costs."""
        always, led, parts, leads = [], [], [], []
        slot: dict[str, int] = {}   # one group per distinct lead: rules led alike share it
        for i in rules:
            r = self._rules[i]
            step = (i, r.compiled.match, r.resolve, r.name)
            lead = (r.anchor.digit_lead or r.anchor.lead) if at_digit else r.anchor.lead_at(word)
            if lead is None:
                always.append(step)
            else:
                lead = f"{'(?i:' if r.flags & regex.IGNORECASE and _cased(lead) else '(?:'}{lead})"
                if lead not in slot:
                    slot[lead] = len(parts)
                    parts.append(f"(?:(?=({lead}))|)")
                    leads.append(lead)
                led.append((step, slot[lead]))
        union = "|".join(leads)
        dispatch = re.compile("".join(parts)).match if parts else None
        if leads and not always:
            # the leads first: they fail at the first characters where most hits do
            gate = f"(?=(?:{union})){ahead}"
            return re.compile(gate).match, (), tuple(led), re.compile(gate + "".join(parts)).match, True
        gate = re.compile(ahead).match if ahead else None
        return gate, tuple(always), tuple(led), dispatch, False

    # ---------------------------------------------------------------- finding

    def find(self, text: str, *args) -> list:
        """Every item the rules produce where their anchors are (before any overlap policy).

        The loop of :meth:`AnchorScan.hits`, written out here: this is the hot path.
        """
        out: list = []
        scan = self.scan
        if not scan.keys:
            return out
        digit_entry = scan.digit_entry
        for raw, runs in scan.windows(text):  # one window for any article; a huge text window by window
            if len(raw) + len(runs) > _BULK:
                self._find_bulk(text, raw, runs, args, out)
                continue
            hits = scan.whole(text, raw)
            if self._digit_bound and hits:
                if len(text) <= _scan_module.WINDOW and scan.wants_digits and scan.digit_needs is None:
                    reach = runs   # one window, its digits always scanned: its runs are all the runs
                else:              # a window of a huge text: the runs its hits can reach
                    lo, hi = min(h[0] for h in hits), max(h[0] for h in hits)
                    reach = [m.start() for m in _DIGIT_RUNS(text, lo, min(len(text), hi + self.max_span))]
                hits = self._digit_reached(text, hits, reach)
            if digit_entry is not None:
                hits += [(s, digit_entry) for s in runs if not (s and text[s - 1].isalnum())]
            del raw, runs
            self._try(text, hits, args, out)
        return out

    def _digit_reached(self, text: str, hits: list, runs: list[int]) -> list:
        """``hits`` without those of :attr:`_digit_bound` (entries whose rules all need a
        digit, :attr:`Anchor.needs_digit`) that no digit follows within the window (and,
        for a single-line registry, before a line break): their gate, a lookahead for that
        digit (:meth:`_needs_ahead`), would fail, so no rule is tried there either way; most
        word hits of the dates are far from any digit, and one gate call costs several
        times this test.  ``runs``: where the runs of digits start (``\\d`` of ``regex``,
        which knows every digit ``re`` does); no entry of :attr:`_digit_bound` starts with
        a digit, so the first digit at or after a hit is the start of a run."""
        bound = self._digit_bound
        span = self.max_span
        single_line = self.single_line
        n_runs = len(runs)
        out = []
        for h in hits:
            if h[1] in bound:
                s = h[0]
                j = bisect_left(runs, s)
                if j == n_runs:
                    continue
                d = runs[j]
                if d - s >= span or single_line and text.find("\n", s, d) >= 0:
                    continue
            out.append(h)
        return out

    def _try(self, text: str, hits, args, out: list) -> None:
        """Try the rules of each hit (``(start, entry)``), appending what they produce to ``out``."""
        span = self.max_span
        chains: dict | None = {} if self.first_wins else None
        for s, e in hits:
            dispatch, table = e.plan[2:]
            d = dispatch(text, s, s + span)   # the gates and which rules to try, in one call
            if d is None or d.lastindex is None:
                continue
            g = d.groups()
            steps = [step for k, step in table if g[k] is not None]
            if chains is not None:
                chains.setdefault(s, {}).update((step[0], step) for step in steps)
            else:
                _run_steps(text, s, span, steps, args, out, False)
        if chains is not None:
            # first_wins: at each position the rules that passed, in registry order, up to the first that produces
            for s in sorted(chains):
                _run_steps(text, s, span, [chains[s][i] for i in sorted(chains[s])], args, out, True)

    def _find_bulk(self, text: str, raw, runs, args, out: list) -> None:
        """:meth:`find` for a text with very many anchor hits (``(`` 300,000 times):
        the marks and number starts of an entry hit more than :data:`_BULK` times are
        found with their gate by one regex scan each, so the ones where no rule can
        start (all of them, in such a text) cost no Python step.  Without the window
        a gate only sees farther, which can only make it hold more, when it has no
        negative lookaround or anchor; such an entry is taken hit by hit.  Each scan
        covers only the stretch of the window's hits of that mark (``raw`` and
        ``runs`` are one window's, see :meth:`AnchorScan.windows`)."""
        n = len(text)
        entries_of = self.scan.entries
        span = self.max_span
        many = Counter(map(itemgetter(0), raw))
        bulk = {k for k, c in many.items() if c > _BULK
                and all(self._gated(e) is not None for e in entries_of[k])}
        hits = []
        for k in bulk:
            starts = [s for kk, s, _ in raw if kk == k]
            lo, hi = min(starts), max(starts) + 1
            hits += [(m.start(), e) for e in entries_of[k]
                     for m in self._gated(e)(text, lo, min(n, hi + span)) if m.start() < hi]
        if bulk:
            raw = [r for r in raw if r[0] not in bulk]
        hits += self.scan.whole(text, raw)
        digit_entry = self.scan.digit_entry
        if digit_entry is not None:
            gated = self._gated(digit_entry) if len(runs) > _BULK else None
            if gated is not None:
                lo, hi = min(runs), max(runs) + 1
                hits += [(m.start(), digit_entry) for m in gated(text, lo, min(n, hi + span)) if m.start() < hi]
            else:
                hits += [(s, digit_entry) for s in runs if not (s and text[s - 1].isalnum())]
        self._try(text, hits, args, out)

    def _gated(self, entry):
        """``finditer`` of where a mark or a number start of ``entry`` is and its gate
        holds (``None`` for a word, or a gate that a longer window could fail)."""
        if entry.kind in (WORD, GLUED):
            return None
        if entry not in self._gated_scans:
            gate = entry.plan[0]
            g = gate.__self__.pattern if gate is not None else ""
            if _NOT_MONOTONE.search(g):
                scan = None
            else:
                g = f"(?={g})" if g else ""
                if entry.kind == DIGIT:   # a digit with no letter or digit before it
                    scan = re.compile(rf"\d(?<=(?<![^\W_]){g}\d)").finditer
                else:
                    # one character taken, so overlapping marks are all found
                    first = re.escape(entry.literal[0])
                    scan = re.compile(f"{first}(?<=(?={re.escape(entry.literal)}){g}{first})").finditer
            self._gated_scans[entry] = scan
        return self._gated_scans[entry]

    def find_everywhere(self, text: str, *args) -> list:
        """The oracle: every rule at every position, no anchor and no lead."""
        out: list = []
        if self.first_wins:
            for s in range(len(text) + 1):
                for i, r in enumerate(self._rules):
                    m = r.compiled.match(text, s, s + self.max_span)
                    produced = r.resolve(m, *args) if m is not None else []
                    for item in produced:
                        item.order = i
                        item.rule = r.name
                        out.append(item)
                    if produced:
                        break
            return out
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
            for _needs, _gate, always, led, dispatch, _merged in entry.plan[1]:
                d = dispatch(text, s, s + self.max_span) if dispatch is not None else None
                groups = d.groups() if d is not None else (None,) * len(led)
                for step, g in [(step, "") for step in always] + [(step, groups[k]) for step, k in led]:
                    i, match, resolve, name = step
                    if g is None:
                        out.append(Attempt(s, entry.key, name, False, 0))
                        continue
                    m = match(text, s, s + self.max_span)
                    out.append(Attempt(s, entry.key, name, m is not None, len(resolve(m, *args)) if m else 0))
        return out
