"""Recall proxy: trigger occurrences in the texts that no extracted item covers.

Without gold, recall cannot be measured, but where facts *could* be can be
counted: a document type word before a number or code, a number before
``%`` or ``hồ sơ``, a date-shaped token, a run of capitalised words.  Each
trigger is *covered* when an item of the fact type it points at overlaps it
(date shapes are also covered by a document mention: the year in
``93/2007/QĐ-TTg`` is not a date; capitalised runs by a document mention
too).  An uncovered trigger is a candidate miss, not a proven one: type
words are also verbs (``quyết định 3 nội dung``), a capitalised run may
start a headline.  The table gives counts per pattern and seeded examples
to read.

The type words and abbreviations are read from ``patterns/legal.yaml``
(the ``document_types`` entry), the vocabulary the extractor itself uses.
"""

from __future__ import annotations

import bisect
import random
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import regex

from ..patterndata import entries
from .items import AuditError, covered_spans, iter_records, read_text

_NUM = r"\d++(?:[.,]\d++)*+"
_CODE = r"\d++\p{L}*+(?:[/\-–]\p{L}*+\d*+\p{L}*+)++"  # 93/2007/QĐ-TTg, 02-NQ/TU, 30c/NQ-CP
_YEAR = r"(?:19|20)\d\d"
_EDGE = r"(?<![\p{L}\d/.,\-])"  # not inside a longer number, word or code
_END = r"(?![\p{L}\d]|[/\-][\p{L}\d])"


@dataclass(frozen=True)
class Pattern:
    name: str
    description: str
    rx: regex.Pattern
    covered_by: tuple[str, ...]
    needs: str | None = None  # a fact type the output must have for the pattern to be counted
    #: Speed: when set, the pattern is only tried in a window around a word of
    #: this set followed by a number (or `số` and a number), which is where all
    #: its matches end; the set is derived from the same vocabulary as the pattern.
    near_words: frozenset[str] | None = None


@cache
def _legal_vocabulary() -> tuple[list[str], list[str], list[str]]:
    entry = entries("legal")["document_types"]
    words = sorted({w for t in entry["types"].values() for w in t.get("words", ())}, key=lambda w: (-len(w), w))
    abbrevs = sorted({a for t in entry["types"].values() for a in t.get("abbrevs", ())}, key=lambda a: (-len(a), a))
    return words, abbrevs, sorted(entry.get("modifiers", ()), key=lambda m: (-len(m), m))


def _alt(items: list[str]) -> str:
    return "|".join(regex.escape(x).replace(r"\ ", r"\s+") for x in items)


@cache
def patterns() -> tuple[Pattern, ...]:
    """The trigger patterns, in table order."""
    words, abbrevs, mods = _legal_vocabulary()
    head = rf"(?<!\p{{L}})(?:(?i:{_alt(words)})(?:\s++(?i:{_alt(mods)}))?+|(?:{_alt(abbrevs)}))"
    so = r"\s++(?i:số)\s*+:?\s*+"
    legal = ("legal_documents",)
    near = frozenset({w.split()[-1].lower() for w in words + mods} | set(abbrevs))
    dates = ("dates", "legal_documents")
    return (
        Pattern("doc word + số + number", "a type word (or press abbreviation) then `số` and a number",
                regex.compile(rf"{head}{so}\d++[\p{{L}}\d]*+(?:[/\-–][\p{{L}}\d.]++)*+"), legal, near_words=near),
        Pattern("doc word + code", "a type word (or abbreviation) then a code without `số` (1150/QĐ-UBND)",
                regex.compile(rf"{head}\s++{_CODE}"), legal, near_words=near),
        Pattern("doc word + bare number", "a type word (not an abbreviation) then a bare number (Kế hoạch 45)",
                regex.compile(rf"(?<!\p{{L}})(?i:{_alt(words)})\s++\d++(?![\p{{L}}\d/.,\-–])"), legal,
                near_words=near),
        Pattern("number + %", "a number then `%` or `phần trăm`",
                regex.compile(rf"{_EDGE}{_NUM}\s*+(?:%|(?i:phần\s++trăm)(?!\p{{L}}))"), ("percentages",)),
        Pattern("number + hồ sơ", "a number right before `hồ sơ`",
                regex.compile(rf"{_EDGE}{_NUM}\s++(?i:hồ\s++sơ)(?!\p{{L}})"), ("dossier_counts",)),
        Pattern("date d/m/yyyy", "a day, month and year joined by / - or .",
                regex.compile(rf"{_EDGE}\d{{1,2}}([/\-.])\d{{1,2}}\1{_YEAR}{_END}"), dates),
        Pattern("date m/yyyy", "a month and year joined by / or -",
                regex.compile(rf"{_EDGE}\d{{1,2}}[/\-]{_YEAR}{_END}"), dates),
        Pattern("năm yyyy", "`năm` then a four-digit year",
                regex.compile(rf"(?<!\p{{L}})(?i:năm)\s++{_YEAR}(?!\d)"), dates),
        Pattern("quý …", "`quý`/`quí` then a Roman or Arabic quarter number",
                regex.compile(r"(?<!\p{L})(?i:qu[ýí])\s++(?:IV|I{1,3}|[1-4])(?![\p{L}\d])"), dates),
        Pattern("yyyy-yyyy", "two years joined by a dash (a period)",
                regex.compile(rf"(?<![\p{{L}}\d/])({_YEAR})\s*+[-–]\s*+{_YEAR}(?![\d/])"), dates),
        Pattern("capitalised run", "two or more capitalised words, not counting a sentence's first word",
                regex.compile(r"(?<![\p{L}\d])\p{Lu}\p{Ll}++(?:\s++\p{Lu}\p{Ll}++)++"),
                ("entities", "legal_documents"), needs="entities"),
    )


_SENTENCE_START = regex.compile(r"(?:\A|[\n.!?:;…\"“”'(\-–]\s*+)\Z")
_WORD = regex.compile(r"\S++")


# stdlib re: this simple scan runs over every text and is several times faster than `regex` here
# Starts only where a word starts (the lookbehind), so a long word is read once, not from each of its letters.
_WORD_BEFORE_NUMBER = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\s+(?:[Ss][ốỐ]\s*:?\s*)?\d")
_REACH = 48  # characters before the word (the longest type word with a modifier) and after the digit (a code)
_LAST: list = [None, ()]  # the last text's (word, start, digit) candidates: three patterns share them


def _candidates(text: str):
    if _LAST[0] is not text:
        _LAST[:] = [text, [(m.group(1), m.start(), m.end() - 1) for m in _WORD_BEFORE_NUMBER.finditer(text)]]
    return _LAST[1]


def _matches(pattern: Pattern, text: str):
    if pattern.near_words is None:
        yield from pattern.rx.finditer(text)
        return
    seen = set()
    for word, start, digit in _candidates(text):
        if word not in pattern.near_words and word.lower() not in pattern.near_words:
            continue
        for m in pattern.rx.finditer(text, max(0, start - _REACH), min(len(text), digit + 1 + _REACH)):
            if m.start() <= digit < m.end() and m.span() not in seen:
                seen.add(m.span())
                yield m


def triggers(pattern: Pattern, text: str) -> list[tuple[int, int]]:
    """Spans of a pattern's triggers in a text (a capitalised run loses a sentence-initial word)."""
    out = []
    for m in _matches(pattern, text):
        s, e = m.span()
        if pattern.needs == "entities" and _SENTENCE_START.search(text, max(0, s - 3), s):
            words = list(_WORD.finditer(text, s, e))
            if len(words) < 3:
                continue
            s = words[1].start()
        out.append((s, e))
    return out


def _covered(spans: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    i = bisect.bisect_left(starts, e)  # spans starting before the trigger ends
    return i > 0 and spans[i - 1][1] > s  # merged spans: only the last one can reach s


@dataclass
class PatternCount:
    pattern: Pattern
    triggers: int = 0
    uncovered: int = 0
    examples: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, snippet)

    @property
    def share(self) -> float | None:
        return self.uncovered / self.triggers if self.triggers else None


def recall_proxy(output: str | Path, text_dir: str | Path | None = None, examples: int = 5,
                 seed: int = 1) -> tuple[list[PatternCount], int]:
    """Count triggers and uncovered triggers per pattern over an output's texts.

    Returns ``(counts, records)``.  Patterns needing a fact type the output
    does not have (entities in a facts-only run) are left out.  Examples are
    a seeded reservoir sample of the uncovered triggers, ``examples`` per pattern.
    """
    all_patterns = patterns()
    have = {"entities"} if any(rec.get("entities") for _, rec in iter_records(output)) else set()
    counts = [PatternCount(p) for p in all_patterns if p.needs is None or p.needs in have]
    rng = random.Random(seed)
    records = 0
    for _, rec in iter_records(output):
        records += 1
        text = read_text(rec, text_dir)
        cover = {}
        for c in counts:
            key = c.pattern.covered_by
            if key not in cover:
                spans = covered_spans(rec, key)
                cover[key] = (spans, [s for s, _ in spans])
            spans, starts = cover[key]
            for s, e in triggers(c.pattern, text):
                c.triggers += 1
                if _covered(spans, starts, s, e):
                    continue
                c.uncovered += 1
                snippet = _snippet(text, s, e)
                if len(c.examples) < examples:
                    c.examples.append((rec["doc_id"], snippet))
                else:
                    j = rng.randrange(c.uncovered)
                    if j < examples:
                        c.examples[j] = (rec["doc_id"], snippet)
    return counts, records


def _snippet(text: str, s: int, e: int, width: int = 50) -> str:
    lo, hi = max(0, s - width), min(len(text), e + width)

    def show(x: str) -> str:  # runs of spaces and line breaks as one space, the edges kept
        return regex.sub(r"\s++", " ", x)

    head, tail = ("…" if lo else ""), ("…" if hi < len(text) else "")
    return f"{head}{show(text[lo:s])}⟦{show(text[s:e])}⟧{show(text[e:hi])}{tail}"


def format_markdown(counts: list[PatternCount], records: int, source: str = "") -> str:
    """The table as Markdown: pattern, triggers, uncovered, share uncovered, examples."""
    def cell(x: str) -> str:
        return x.replace("|", "\\|").replace("\n", " ")

    lines = [f"Recall proxy over {records} records{f' ({source})' if source else ''}: trigger occurrences "
             "that no extracted item covers. An uncovered trigger is a candidate miss, to be read, not a "
             "counted error.", "",
             "| pattern | triggers | uncovered | share uncovered | examples (uncovered) |",
             "|---|---:|---:|---:|---|"]
    for c in counts:
        share = "-" if c.share is None else f"{c.share:.3f}"
        ex = "<br>".join(f"`{d}` {cell(s)}" for d, s in c.examples) or "-"
        lines.append(f"| {cell(c.pattern.name)} | {c.triggers} | {c.uncovered} | {share} | {ex} |")
    if not any(c.pattern.needs == "entities" for c in counts):
        lines += ["", "The capitalised-run pattern is left out: the output has no entities (facts-only mode)."]
    return "\n".join(lines) + "\n"


def to_json(counts: list[PatternCount], records: int) -> dict:
    return {"records": records, "patterns": [
        {"pattern": c.pattern.name, "description": c.pattern.description, "triggers": c.triggers,
         "uncovered": c.uncovered, "share_uncovered": c.share,
         "examples": [{"doc_id": d, "snippet": s} for d, s in c.examples]} for c in counts]}


def check_examples_arg(k: int) -> None:
    if k < 0:
        raise AuditError("--examples must be >= 0")
