"""Scoring extracted records against gold records.

The definitions are those of the reference scorer (``shared/tools/score.py``):
greedy one-to-one matching by overlap and key, document matching by
``(doc_type, number)``, attribute accuracies on matched items, and the
mission F1 (mean F1 of legal documents, dates, percentages and dossier
counts).  They are the reference scorer's code itself (:mod:`cchc_extract.refscore`,
an unchanged copy of it); this module adds loaders that raise instead of
exiting, and the report.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

# The matching, keys, tallies and score() are the reference scorer's own code,
# shipped unchanged as cchc_extract.refscore (a test checks it is byte for byte
# ../shared/tools/score.py): one definition of every number, not a copy kept in step.
from .refscore import (MISSION_TYPES, Acc, Tally, date_key, doc_key, dossier_count_only,  # noqa: F401
                       dossier_key, ent_key, issuer_ok, match, norm_number, norm_text, overlap_len, overlaps,
                       pct_key, score)


def load_gold(folder: Path) -> dict[str, dict]:
    """``{doc_id: record}`` from a folder of ``<doc_id>.json``."""
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(folder).glob("*.json"))}


def load_pred(path: Path) -> dict[str, dict]:
    """``{doc_id: record}`` from a JSONL file or a folder of JSON files."""
    path = Path(path)
    if path.is_dir():
        return load_gold(path)
    records = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON: {exc}") from exc
            records[rec.get("doc_id") or Path(rec.get("source", f"line{n}")).stem] = rec
    return records


def load_texts(folder: Path) -> dict[str, str]:
    """``{doc_id: NFC text}`` from a folder of ``<doc_id>.txt``."""
    return {p.stem: unicodedata.normalize("NFC", p.read_text(encoding="utf-8")) for p in Path(folder).glob("*.txt")}


def format_report(result: dict, details: dict | None = None, span_errors: list[str] | None = None) -> str:
    """The scorer's plain-text table."""
    out = [f"{'type':22} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'gold':>5} {'pred':>5}"]
    for name, r in result.items():
        if isinstance(r, dict) and "f1" in r:
            out.append(f"{name:22} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} "
                       f"{r['tp']:5d} {r['gold']:5d} {r['pred']:5d}")
    out.append("attributes (accuracy on matched items):")
    for name, v in result["attributes"].items():
        out.append(f"  {name:22} {'-' if v is None else f'{v:.3f}'}")
    if result["missing_docs"]:
        out.append(f"articles with no prediction: {', '.join(result['missing_docs'])}")
    if span_errors:
        out.append(f"span errors: {len(span_errors)}")
        out.extend("  " + s for s in span_errors[:20])
    if details:
        for doc_id, lines in details.items():
            if lines:
                out.append(doc_id)
                out.extend(lines)
    out.append(f"mission F1 {result['mission_f1']:.3f}")
    return "\n".join(out)


def evaluate(gold_dir: Path, pred: Path, text_dir: Path | None = None):
    """Score ``pred`` (JSONL or folder) against ``gold_dir``; returns ``(result, details, span_errors)``."""
    gold = load_gold(gold_dir)
    if not gold:
        raise ValueError(f"no gold records in {gold_dir}")
    texts = load_texts(text_dir) if text_dir else None
    return score(gold, load_pred(pred), texts)
