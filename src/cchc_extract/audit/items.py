"""What the audit reads: records from an output JSONL, items of each fact
type, the article texts, and the sentence an item sits in.

An *item* is one thing a reviewer can judge right or wrong: a date, a
percentage or a dossier count mention, an entity, or a legal document (one
item per document, shown at its first mention; its values are the whole
document record, so judging it judges type, number, code, date, issuer and
title at once).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

from ..errors import CchcError, ReadError
from ..reading import read_article

#: Fact types an audit knows, in the order they are reported.
FACT_TYPES = ("legal_documents", "dates", "percentages", "dossier_counts", "entities")
#: Short prefixes of item ids (``doc-001``, ``date-017`` ...).
ID_PREFIX = {"legal_documents": "doc", "dates": "date", "percentages": "pct",
             "dossier_counts": "dos", "entities": "ent"}
#: The field whose value names an item's stratum; types not listed form one stratum, ``all``.
STRATUM_FIELD = {"legal_documents": "doc_type", "dates": "kind", "entities": "label"}

# Context shown around an item when its sentence is longer than this (a
# flattened table or a one-line article body is one "sentence").
CONTEXT_LIMIT = 400
#: A maximal run of white space; the runs holding a line break become one mark.
#: (``\s*+\n\s*+`` restarted its leading run at every space of a long run
#: without a line break: quadratic.)
_SPACE_RUN = regex.compile(r"\s++")


def _mark_break(m) -> str:
    return " ¶ " if "\n" in m.group() else m.group()


class AuditError(CchcError):
    """The audit cannot go on: a missing or unreadable file, a record whose
    text cannot be found or does not match, marks it cannot read.  The
    message names the file (and line or row) and says why."""


@dataclass(frozen=True, slots=True)
class ItemRef:
    """Where an item lives: record number (0-based line of real records) and index in its list."""

    rec_no: int
    index: int


def iter_records(path: str | Path) -> Iterator[tuple[int, dict]]:
    """``(line number, record)`` for each record of a JSONL output, streamed."""
    p = Path(path)
    if not p.exists():
        raise AuditError(f"{p}: does not exist")
    if p.is_dir():
        raise AuditError(f"{p}: is a folder; give the JSONL file that `cchc-extract extract -o` wrote")
    try:
        fh = p.open(encoding="utf-8")
    except OSError as exc:
        raise AuditError(f"{p}: cannot be read: {exc.strerror or exc}") from exc
    with fh:
        try:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise AuditError(f"{p}:{n}: not a JSON record ({exc.msg})") from exc
                if not isinstance(rec, dict) or "doc_id" not in rec:
                    raise AuditError(f"{p}:{n}: not an article record (no doc_id)")
                yield n, rec
        except UnicodeDecodeError as exc:
            raise AuditError(f"{p}: is not UTF-8 text ({exc.reason})") from exc


def items_of(rec: dict, fact_type: str) -> list[dict]:
    """The items of one type in a record, as ``{text, start, end, stratum, values}``.

    A legal document gives one item at its first mention (smallest start);
    a document without mentions gives none (nothing to show).
    """
    out = []
    field = STRATUM_FIELD.get(fact_type)
    for obj in rec.get(fact_type) or ():
        if fact_type == "legal_documents":
            mentions = obj.get("mentions") or []
            if not mentions:
                continue
            first = min(mentions, key=lambda m: (m["start"], m["end"]))
            span = first
            values = {k: v for k, v in obj.items() if k != "mentions" and v is not None}
            values["mentions"] = len(mentions)
        else:
            span = obj
            values = {k: v for k, v in obj.items() if k not in ("text", "start", "end") and v is not None}
            if values.get("value") is not None and values.get("low") == values.get("high") == values["value"]:
                del values["low"], values["high"]
        out.append({"text": span["text"], "start": span["start"], "end": span["end"],
                    "stratum": str(obj.get(field)) if field else "all", "values": values})
    return out


def covered_spans(rec: dict, fields: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans of ``fields`` in a record (document mentions for ``legal_documents``), merged and sorted."""
    spans = []
    for name in fields:
        for obj in rec.get(name) or ():
            if name == "legal_documents":
                spans.extend((m["start"], m["end"]) for m in obj.get("mentions") or ())
            else:
                spans.append((obj["start"], obj["end"]))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def text_path(rec: dict, text_dir: str | Path | None) -> Path:
    """Where a record's article text is: ``TEXT_DIR/<doc_id>.txt`` (or the
    source's file name there) with ``--text``, else the record's ``source``."""
    if text_dir is not None:
        d = Path(text_dir)
        if not d.is_dir():
            raise AuditError(f"{d}: text folder does not exist")
        p = d / f"{rec['doc_id']}.txt"
        if not p.exists() and rec.get("source"):
            alt = d / Path(rec["source"]).name
            if alt.exists():
                return alt
        return p
    src = rec.get("source")
    if not src or src in ("<text>", "-"):
        raise AuditError(f"{rec['doc_id']}: the record names no source file; pass --text DIR")
    return Path(src)


def read_text(rec: dict, text_dir: str | Path | None) -> str:
    """The article text of a record (read as the extractor read it: NFC, HTML pages extracted)."""
    p = text_path(rec, text_dir)
    try:
        return read_article(p).text
    except ReadError as exc:
        hint = "" if text_dir is not None else "; pass --text DIR if the articles moved"
        raise AuditError(f"{rec['doc_id']}: article text {exc}{hint}") from exc


def check_span(doc_id: str, text: str, item: dict) -> None:
    """Raise :class:`AuditError` unless ``text[start:end] == item text``."""
    s, e = item["start"], item["end"]
    if not (0 <= s <= e <= len(text)) or text[s:e] != item["text"]:
        raise AuditError(f"{doc_id}: item {item['text']!r} at {s}:{e} reads {text[s:e]!r} in the article "
                         "(the text changed since extraction, or --text points at other files)")


def marked_context(text: str, start: int, end: int, sents) -> tuple[str, str, str]:
    """``(before, item, after)``: the sentence(s) an item sits in, cut to
    about :data:`CONTEXT_LIMIT` characters around the item (at spaces, shown
    as ``…``) when longer; line breaks shown as ``¶``."""
    lo, hi = start, end
    for s in sents:
        if s.start < end and start < s.end or s.start <= start < s.end:
            lo, hi = min(lo, s.start), max(hi, s.end)
    half = CONTEXT_LIMIT // 2
    cut_lo = cut_hi = False
    if lo < start - half:
        cut = text.find(" ", start - half, start)
        lo, cut_lo = (cut + 1 if cut >= 0 else start - half), True
    if hi > end + half:
        cut = text.rfind(" ", end, end + half)
        hi, cut_hi = (cut if cut >= 0 else end + half), True

    def show(s: str) -> str:
        return _SPACE_RUN.sub(_mark_break, s)

    return ("…" * cut_lo + show(text[lo:start]), show(text[start:end]), show(text[end:hi]) + "…" * cut_hi)
