"""A rule: one named shape of text, where it can start, and how its value is read.

As in Duckling (``Rule { name, pattern, prod }``), a rule is a small record:
its ``name`` (what ``explain`` prints and every YAML example names), its
``anchor`` (the literal words or the character class a match starts with:
the engine scans for anchors, never for patterns), its ``pattern`` (a regex
tried only where an anchor was hit) and its ``resolve`` function, which turns
a match into zero or more items (an empty list rejects the match).

Examples, counter-examples and known gaps live beside the rule in the fact
type's YAML (``patterns/<type>.yaml``) and are attached by name when the
registry is built (:meth:`Registry.attach_examples`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, Callable

import regex

#: A decimal digit (``\d``, any script) that starts a number: no letter or digit before it.
DIGIT = "digit"


@dataclass(frozen=True)
class Anchor:
    """Where a rule's match can start.

    ``words``: whole words, compared case-insensitively (``ngày``, ``quý``);
    only the first word of a phrase is needed (``kể`` for ``kể từ``).
    ``marks``: literal strings compared exactly, in any context (``(``, ``Mon,``).
    ``digit``: a decimal digit with no letter or digit before it.
    ``lead``: optionally, what the match must begin with at any of those, in
    ``re`` syntax (case-insensitive unless the rule is not), checked before
    the pattern because it is several times cheaper; it must only restate the
    pattern's beginning (the oracle test, ``tests/test_engine_oracle.py``,
    runs every rule at every position and would see a lead that drops a match).
    ``digit_lead``: the lead at a digit, where it differs (a match starting at a
    digit cannot start with the words before it); by default ``lead``.
    ``glued``: a word also counts right after a small letter when, as written, it
    starts with a capital or ``đ`` (a lost space: ``xây dựngđề án``,
    ``ĐảngNghị quyết``; ``đ`` only starts syllables).
    ``phrases``: the literal phrases every match begins with (any case, any run of
    blanks ``[ \t\xa0]`` between their words): the anchor words are their first
    words, and the lead at each word is made of the phrases that can begin there
    (:meth:`lead_at`), so a hit of ``công`` is not tested against ``kế hoạch``.
    ``needs_digit``: every match holds a decimal digit; ``needs_words``: every
    match holds one of these whole words (``tháng``).  At an anchor the rule is
    then tried only when such a digit or word comes at or after it, within
    the registry's window (and on the same line, for a single-line registry):
    a lookahead in the one ``re`` call that also checks the leads of the rules
    at that anchor (the leads first: most hits fail there at once).
    """

    words: tuple[str, ...] = ()
    marks: tuple[str, ...] = ()
    digit: bool = False
    lead: str | None = None
    needs_digit: bool = False
    digit_lead: str | None = None
    needs_words: tuple[str, ...] = ()
    glued: bool = False
    phrases: tuple[str, ...] = ()

    def lead_at(self, word: str | None) -> str | None:
        """The lead at a hit of anchor word ``word`` (case-folded): of :attr:`phrases`, those
        that can match where ``word`` stands whole, the words' first being ``word`` (or, for
        a one-word phrase, a beginning of it: the lead has no word end); :attr:`lead`
        elsewhere (a mark, a digit) or without phrases."""
        if not self.phrases or word is None:
            return self.lead
        fits = [p for p in self.phrases if p.split()[0].casefold() == word
                or " " not in p and word.startswith(p.casefold())]
        return _phrase_lead(fits)

    @property
    def needs(self) -> tuple[str, ...]:
        """The scan keys one of which every match holds (``digit``, ``word:tháng``), or ()."""
        return ("digit",) if self.needs_digit else tuple(f"word:{w}" for w in self.needs_words)

    def __post_init__(self) -> None:
        if self.phrases:
            phrases = tuple(dict.fromkeys(" ".join(p.split()) for p in self.phrases))
            words = tuple(sorted({p.split()[0].casefold() for p in phrases}))
            lead = _phrase_lead(phrases)
            # (given again by dataclasses.replace: the same, or a mistake)
            if self.words and tuple(sorted({w.casefold() for w in self.words})) != words \
                    or self.lead not in (None, lead):
                raise ValueError("an anchor with phrases takes its words and its lead from them")
            object.__setattr__(self, "phrases", phrases)
            object.__setattr__(self, "words", words)
            object.__setattr__(self, "lead", lead)
        object.__setattr__(self, "words", tuple(dict.fromkeys(w.casefold() for w in self.words)))
        object.__setattr__(self, "marks", tuple(dict.fromkeys(self.marks)))
        object.__setattr__(self, "needs_words", tuple(dict.fromkeys(w.casefold() for w in self.needs_words)))
        if self.needs_digit and self.needs_words:
            raise ValueError("an anchor needs a digit or words, not both")
        for w in self.words:
            if not w or any(not c.isalnum() for c in w):
                raise ValueError(f"anchor word {w!r} must be one whole word (letters and digits)")
        if not (self.words or self.marks or self.digit):
            raise ValueError("an anchor needs words, marks or digit")


def _phrase_lead(phrases) -> str:
    """Phrases as one lead, longest first, any run of blanks between their words."""
    if not phrases:
        return "(?!)"
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", "[ \t\xa0]+")
                            for p in sorted(phrases, key=len, reverse=True)) + ")"


@functools.cache
def _compiled(pattern: str, flags: int):
    """One compiled pattern per (pattern, flags): rules written with the same pattern
    (legal's readers at a type word) share it, so the engine matches it once at a
    position for all."""
    return regex.compile(pattern, flags)


@dataclass(frozen=True)
class Example:
    """One example (``expect`` items) or counter-example (``field`` must stay empty at ``span``)."""

    text: str
    expect: tuple[dict, ...] = ()
    span: str | None = None
    where: str = ""          # file and entry, for error messages


@dataclass
class Rule:
    """A named rule; see the module docstring."""

    name: str
    anchor: Anchor
    pattern: str
    resolve: Callable[..., list]
    flags: int = regex.IGNORECASE
    doc: str = ""
    examples: list[Example] = field(default_factory=list)
    counter_examples: list[Example] = field(default_factory=list)
    #: known gaps: examples the rule should read but does not yet (tests mark them xfail)
    gaps: list[Example] = field(default_factory=list)
    compiled: Any = field(init=False, repr=False)
    lead: Any = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if not self.name.isidentifier():
            raise ValueError(f"rule name {self.name!r} must be an identifier")
        try:
            self.compiled = _compiled(self.pattern, self.flags | regex.V0)
        except regex.error as exc:
            raise ValueError(f"rule {self.name}: bad pattern: {exc}") from exc
        lead = self.anchor.lead
        try:
            self.lead = None if lead is None else re.compile(
                lead, re.IGNORECASE if self.flags & regex.IGNORECASE else 0).match
        except re.error as exc:
            raise ValueError(f"rule {self.name}: bad lead: {exc}") from exc
        if self.anchor.digit_lead is not None:
            re.compile(self.anchor.digit_lead)
        if any(x is not None and re.compile(x).groups for x in (lead, self.anchor.digit_lead)):
            raise ValueError(f"rule {self.name}: a lead has no groups (write (?:...)); the engine numbers them")
