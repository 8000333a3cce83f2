"""Scoring extracted records against gold records.

The definitions are those of the reference scorer (``shared/tools/score.py``):
greedy one-to-one matching by overlap and key, document matching by
``(doc_type, number)``, attribute accuracies on matched items, and the
mission F1 (mean F1 of legal documents, dates, percentages and dossier
counts).  ``tests/test_evaluate.py`` asserts that both give the same numbers.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

MISSION_TYPES = ("legal_documents", "dates", "percentages", "dossier_counts")


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


def norm_text(s: str | None) -> str:
    if s is None:
        return ""
    s = unicodedata.normalize("NFC", s).casefold()
    return " ".join(s.replace("\u201c", '"').replace("\u201d", '"').split())


def norm_number(s: str | None) -> str:
    s = norm_text(s)
    return s.lstrip("0") or s


def overlaps(a: dict, b: dict) -> bool:
    try:
        return a["start"] < b["end"] and b["start"] < a["end"]
    except (KeyError, TypeError):
        return False


def overlap_len(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def match(gold: list, pred: list, key, need_overlap: bool, exact_span: bool = False):
    """Greedy one-to-one matching; returns list of (gold_item, pred_item)."""
    used: set[int] = set()
    pairs = []
    for g in sorted(gold, key=lambda x: x.get("start", 0)):
        best, best_ov = None, -1
        for j, p in enumerate(pred):
            if j in used or key(g) != key(p):
                continue
            if exact_span:
                if (g.get("start"), g.get("end")) != (p.get("start"), p.get("end")):
                    continue
                ov = 1
            elif need_overlap:
                if not overlaps(g, p):
                    continue
                ov = overlap_len(g, p)
            else:
                ov = overlap_len(g, p) if overlaps(g, p) else 0
            if ov > best_ov:
                best, best_ov = j, ov
        if best is not None:
            used.add(best)
            pairs.append((g, pred[best]))
    return pairs


class Tally:
    def __init__(self) -> None:
        self.tp = self.n_gold = self.n_pred = 0

    def add(self, tp: int, n_gold: int, n_pred: int) -> None:
        self.tp += tp
        self.n_gold += n_gold
        self.n_pred += n_pred

    def prf(self) -> dict:
        p = self.tp / self.n_pred if self.n_pred else (1.0 if not self.n_gold else 0.0)
        r = self.tp / self.n_gold if self.n_gold else (1.0 if not self.n_pred else 0.0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "gold": self.n_gold, "pred": self.n_pred}


class Acc:
    def __init__(self) -> None:
        self.ok = self.n = 0

    def add(self, ok: bool) -> None:
        self.ok += bool(ok)
        self.n += 1

    def value(self):
        return round(self.ok / self.n, 4) if self.n else None


# ---------------------------------------------------------------- keys


def date_key(d):
    return str(d.get("value"))


def pct_key(p):
    low = p.get("low", p.get("value"))
    high = p.get("high", p.get("value"))
    try:
        return (round(float(low), 2), round(float(high), 2))
    except (TypeError, ValueError):
        return (None, None)


def dossier_key(d):
    return (d.get("count"), d.get("status"))


def dossier_count_only(d):
    return d.get("count")


def ent_key(e):
    return e.get("label")


def doc_key(d):
    return (d.get("doc_type"), norm_number(d.get("number")) if d.get("number") else None)


def issuer_ok(g, p) -> bool:
    a, b = norm_text(g), norm_text(p)
    if not a:
        return not b
    return bool(b) and (a in b or b in a)


# ---------------------------------------------------------------- scoring


def score(gold: dict[str, dict], pred: dict[str, dict], texts: dict[str, str] | None):
    t = {name: Tally() for name in (
        "legal_documents", "legal_mentions", "dates", "dates_value_only", "percentages",
        "dossier_counts", "dossier_count_only", "entities_overlap", "entities_exact")}
    acc = {name: Acc() for name in (
        "doc.issued_date", "doc.issuer", "doc.code", "doc.mention_recall",
        "pct.qualifier", "pct.is_change", "pct.is_target", "pct.metric_kind", "pct.agency", "pct.period",
        "dossier.channel", "dossier.qualifier", "dossier.agency", "dossier.period",
        "meta.title", "meta.authors", "meta.published", "meta.outlet")}
    span_errors: list[str] = []
    missing = sorted(set(gold) - set(pred))
    details: dict[str, list] = {}

    for doc_id, g in gold.items():
        p = pred.get(doc_id, {})
        det = details.setdefault(doc_id, [])

        # mentions: dates, percentages, dossier counts, entities
        for name, key, field in (("dates", date_key, "dates"),
                                 ("percentages", pct_key, "percentages"),
                                 ("dossier_counts", dossier_key, "dossier_counts")):
            gl, pl = g.get(field, []), p.get(field, [])
            pairs = match(gl, pl, key, need_overlap=True)
            t[name].add(len(pairs), len(gl), len(pl))
            matched_g = {id(a) for a, _ in pairs}
            matched_p = {id(b) for _, b in pairs}
            det += [f"  miss {name}: {x.get('text')!r} {key(x)}" for x in gl if id(x) not in matched_g]
            det += [f"  extra {name}: {x.get('text')!r} {key(x)}" for x in pl if id(x) not in matched_p]
            if name == "percentages":
                for a, b in pairs:
                    acc["pct.qualifier"].add(a.get("qualifier") == b.get("qualifier"))
                    acc["pct.is_change"].add(bool(a.get("is_change")) == bool(b.get("is_change")))
                    acc["pct.is_target"].add(bool(a.get("is_target")) == bool(b.get("is_target")))
                    # linking fields: scored where the gold item carries them
                    if "metric_kind" in a:
                        acc["pct.metric_kind"].add(a.get("metric_kind") == b.get("metric_kind"))
                    if "agency" in a:
                        acc["pct.agency"].add(issuer_ok(a.get("agency"), b.get("agency")))
                    if "period" in a:
                        acc["pct.period"].add(a.get("period") == b.get("period"))
            if name == "dossier_counts":
                for a, b in pairs:
                    acc["dossier.channel"].add(a.get("channel") == b.get("channel"))
                    acc["dossier.qualifier"].add(a.get("qualifier") == b.get("qualifier"))
                    acc["dossier.agency"].add(issuer_ok(a.get("agency"), b.get("agency")))
                    if "period" in a:
                        acc["dossier.period"].add(a.get("period") == b.get("period"))
        gl, pl = g.get("dates", []), p.get("dates", [])
        t["dates_value_only"].add(len(match(gl, pl, date_key, need_overlap=False)), len(gl), len(pl))
        gl, pl = g.get("dossier_counts", []), p.get("dossier_counts", [])
        t["dossier_count_only"].add(len(match(gl, pl, dossier_count_only, need_overlap=True)), len(gl), len(pl))

        ge, pe = g.get("entities", []), p.get("entities", [])
        pairs = match(ge, pe, ent_key, need_overlap=True)
        t["entities_overlap"].add(len(pairs), len(ge), len(pe))
        t["entities_exact"].add(len(match(ge, pe, ent_key, need_overlap=True, exact_span=True)), len(ge), len(pe))
        mg = {id(a) for a, _ in pairs}
        mp = {id(b) for _, b in pairs}
        det += [f"  miss entity: {x.get('label')} {x.get('text')!r}" for x in ge if id(x) not in mg]
        det += [f"  extra entity: {x.get('label')} {x.get('text')!r}" for x in pe if id(x) not in mp]

        # legal documents, document level
        gd, pd = g.get("legal_documents", []), p.get("legal_documents", [])
        used: set[int] = set()
        doc_pairs = []
        for a in gd:
            cands = [j for j, b in enumerate(pd) if j not in used and doc_key(a) == doc_key(b)]
            if a.get("number") is None:  # unnumbered: needs a mention overlap
                cands = [j for j in cands if any(overlaps(m, n) for m in a.get("mentions", [])
                                                 for n in pd[j].get("mentions", []))]
            elif len(cands) > 1:  # same number twice: prefer overlapping mentions
                cands.sort(key=lambda j: -sum(overlaps(m, n) for m in a.get("mentions", [])
                                              for n in pd[j].get("mentions", [])))
            if cands:
                used.add(cands[0])
                doc_pairs.append((a, pd[cands[0]]))
            else:
                det.append(f"  miss document: {a.get('doc_type')} {a.get('number')} "
                           f"{a.get('mentions', [{}])[0].get('text')!r}")
        for j, b in enumerate(pd):
            if j not in used:
                det.append(f"  extra document: {b.get('doc_type')} {b.get('number')} "
                           f"{(b.get('mentions') or [{}])[0].get('text')!r}")
        t["legal_documents"].add(len(doc_pairs), len(gd), len(pd))
        for a, b in doc_pairs:
            acc["doc.issued_date"].add(a.get("issued_date") == b.get("issued_date"))
            acc["doc.issuer"].add(issuer_ok(a.get("issuer"), b.get("issuer")))
            acc["doc.code"].add(norm_text(a.get("code")).replace(" ", "") == norm_text(b.get("code")).replace(" ", ""))
            gm, pm = a.get("mentions", []), b.get("mentions", [])
            for m in gm:
                acc["doc.mention_recall"].add(any(overlaps(m, n) for n in pm))
        gm = [m for d in gd for m in d.get("mentions", [])]
        pm = [m for d in pd for m in d.get("mentions", [])]
        t["legal_mentions"].add(len(match(gm, pm, lambda _: 0, need_overlap=True)), len(gm), len(pm))

        # metadata
        if doc_id in pred:
            acc["meta.title"].add(norm_text(g.get("title")) == norm_text(p.get("title")))
            acc["meta.authors"].add(sorted(map(norm_text, g.get("authors", []))) ==
                                    sorted(map(norm_text, p.get("authors", []) or [])))
            acc["meta.published"].add(g.get("published") == p.get("published"))
            acc["meta.outlet"].add(norm_text(g.get("outlet")) == norm_text(p.get("outlet")))

        # spans agree with the text
        if texts is not None and doc_id in texts and doc_id in pred:
            text = texts[doc_id]
            items = [x for f in ("dates", "percentages", "dossier_counts", "entities", "quantities")
                     for x in p.get(f, []) or []]
            items += [m for d in pd for m in d.get("mentions", [])]
            for x in items:
                s, e = x.get("start"), x.get("end")
                if not isinstance(s, int) or not isinstance(e, int) or text[s:e] != x.get("text"):
                    span_errors.append(f"{doc_id}: {x.get('text')!r} at {s}:{e} reads {text[s:e] if isinstance(s, int) and isinstance(e, int) else None!r}")

    result = {name: tal.prf() for name, tal in t.items()}
    result["attributes"] = {name: a.value() for name, a in acc.items()}
    result["mission_f1"] = round(sum(result[k]["f1"] for k in MISSION_TYPES) / len(MISSION_TYPES), 4)
    result["span_errors"] = len(span_errors)
    result["missing_docs"] = missing
    return result, details, span_errors


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
