"""What kind of figure a percentage is: records.md ``metric_kind``.

The vocabulary lives in ``patterns/metric_kinds.yaml``: an ordered list of kinds,
each with the phrases that mark it (``đúng hạn`` → ``on_time_rate``, ``hài lòng``
→ ``satisfaction_rate``, ``GRDP`` → ``growth_rate``).  A figure is classified by
what it measures, not by the word before it: its clause and the words after it
(``98,2% hồ sơ giải quyết đúng hạn`` and ``đúng hạn chiếm tỷ lệ 98,2%`` alike),
then, when nothing fires there, the clause before it (``giải quyết 300 hồ sơ,
đạt 100%``).  The link stage calls :func:`classify`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from typing import get_args

import regex

from ..engine.words import WORD_CHAR
from ..patterndata import entries
from ..records import MetricKind

_L = WORD_CHAR
# `chiếm 48% GRDP` in the words before a later level: that noun is the earlier figure's own
# (a later change, `74% GDP, tăng 35%`, still speaks of the economy)
_FIGURE_END_RE = regex.compile(r"(?:%|(?i:phần\s++trăm))\s*+$")


def _words_re(words, anchored: bool = False) -> regex.Pattern | None:
    if not words:
        return None
    alts = "|".join(r"\s++".join(regex.escape(w) for w in p.split())
                    for p in sorted(set(words), key=len, reverse=True))
    # (a phrase that ends in a digit, `mức 3`, does not end inside a number: `mức 35%`, `mức 3,5%`;
    # `mức độ 3,4` lists two levels)
    return regex.compile(("" if anchored else rf"(?<!{_L})") + rf"(?:{alts})(?!{_L})(?!(?<=\d)(?:\d|[.,]\d++[ \u00a0]*+%))",
                         regex.IGNORECASE)


@dataclass(frozen=True)
class _Rule:
    kind: str
    words: regex.Pattern | None
    alone: regex.Pattern | None
    with_: regex.Pattern | None
    unless: regex.Pattern | None
    change: bool
    not_change: bool
    right_after: regex.Pattern | None
    not_right_after: bool
    pattern: regex.Pattern | None

    def fires(self, scope: Scope) -> bool:
        if self.pattern is not None and scope.reached and self.pattern.search(scope.before):
            return True
        if self.alone is None and ((self.not_change and scope.is_change)
                                   or (self.change and not scope.is_change and self.right_after is None)):
            # speed only: what the words cannot change leaves every test below saying no
            # (`right_after` says no for a `not_change` kind and a change)
            return False
        if self.alone is not None and self.alone.search(scope.before_wide):
            fired = True
        elif self.right_after is not None and self.right_after.match(scope.after_stripped):
            fired = not (self.not_change and scope.is_change)
        else:
            fired = self._words_fire(scope)
        # `unless` overrules all of the above: looked for only where the kind would fire
        # (the same answer as testing it first; most rules do not fire, so it is rarely read)
        return fired and not (self.unless is not None and self.unless.search(scope.text_wide))

    def _words_fire(self, scope: Scope) -> bool:
        text = scope.text
        if self.words is None:
            return False
        # what the words cannot change: decided before they are looked for
        if (self.change and not scope.is_change) or (self.not_change and scope.is_change):
            return False
        if self.not_right_after:
            # `95% GDP`: the figure's own noun says what it is a share of
            after = scope.after_stripped
            own = self.words.match(after)
            before = scope.before.lstrip()
            prev_own = self.words.match(before) if scope.after_figure else None
            start = prev_own.end() if prev_own else 0
            in_before = (self.words.search(before, start) is not None if scope.is_change else
                         any(not _FIGURE_END_RE.search(before, 0, m.start())
                             for m in self.words.finditer(before, start)))
            if not in_before and self.words.search(after, own.end() if own else 0) is None:
                return False
        elif self.words.search(text) is None:
            return False
        return self.with_ is None or self.with_.search(text) is not None


@dataclass(frozen=True)
class Scope:
    """The words a figure is read by: ``before`` it in its clause, ``after`` it."""

    before: str
    after: str
    is_change: bool = False
    reached: bool = False  # `đạt` (or `chiếm`) right before the figure
    wide: str = ""  # the words after it up to the end of its list item, for `alone` words
    after_figure: bool = False  # ``before`` starts right after another figure

    @cached_property
    def text(self) -> str:
        return f"{self.before} {self.after}"

    # each rule reads these; made once per figure (cached_property: the class is frozen)
    @cached_property
    def text_wide(self) -> str:
        return f"{self.text} {self.wide}"

    @cached_property
    def before_wide(self) -> str:
        return f"{self.before} {self.wide}"

    @cached_property
    def after_stripped(self) -> str:
        return self.after.lstrip()


def _load() -> list[_Rule]:
    entry = entries("metric_kinds")["metric_kinds"]
    rules = []
    for k in entry["kinds"]:
        if k.get("kind") not in get_args(MetricKind):
            raise ValueError(f"metric_kinds.yaml: {k.get('kind')!r} is not a records.md metric_kind")
        unknown = set(k) - {"kind", "words", "alone", "with", "unless", "change", "not_change", "right_after",
                            "not_right_after", "pattern", "needs_reach"}
        if unknown:
            raise ValueError(f"metric_kinds.yaml: kind {k.get('kind')!r} has unknown keys {sorted(unknown)}")
        rules.append(_Rule(k["kind"], _words_re(k.get("words")), _words_re(k.get("alone")), _words_re(k.get("with")),
                           _words_re(k.get("unless")), bool(k.get("change")), bool(k.get("not_change")),
                           _words_re(k.get("right_after"), anchored=True), bool(k.get("not_right_after")),
                           regex.compile(k["pattern"]) if k.get("pattern") else None))
    return rules


RULES = _load()


def classify(scope: Scope) -> str | None:
    """The kind the first rule that fires on ``scope`` gives, or None."""
    for rule in RULES:
        if rule.fires(scope):
            return rule.kind
    return None
