"""Turn a hand-written annotation spec (span text + occurrence index + fields)
into a gold JSON record with offsets against the NFC article text.

Usage: python3 mkgold.py SPEC.py [--show]
The spec defines DOC_ID, META, LEGAL, DATES, PCTS, DOSS, ENTS.
Each span is found by (text, occurrence index among boundary-respecting
matches); the script asserts text[start:end] == span, word/number boundaries,
and no overlap between two items of one type.
"""
import json, re, sys, unicodedata, runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent  # corpus/added


def ok_bounds(t, s, e):
    a, b = t[s], t[e - 1]
    if a.isalnum() and s > 0:
        p = t[s - 1]
        if p.isalnum():
            return False
        if a.isdigit() and p in ".,/" and s > 1 and t[s - 2].isdigit():
            return False
    if b.isalnum() and e < len(t):
        n = t[e]
        if n.isalnum():
            return False
        if b.isdigit() and n in ".,/" and e + 1 < len(t) and t[e + 1].isdigit():
            return False
    return True


def hits(t, span):
    out, i = [], t.find(span)
    while i >= 0:
        if ok_bounds(t, i, i + len(span)):
            out.append(i)
        i = t.find(span, i + 1)
    return out


def locate(t, span, occ):
    h = hits(t, span)
    assert h, f"span not found: {span!r}"
    assert occ < len(h), f"{span!r}: occurrence {occ} of {len(h)}"
    s = h[occ]
    assert t[s:s + len(span)] == span
    return s, s + len(span)


def num(x):
    return float(x.replace(".", "").replace(",", ".")) if "," in x else float(x.replace(".", "") if re.fullmatch(r"\d{1,3}(\.\d{3})+", x) else x)


def no_overlap(items, what):
    xs = sorted((i["start"], i["end"], i["text"]) for i in items)
    for a, b in zip(xs, xs[1:]):
        assert b[0] >= a[1], f"{what} overlap: {a} / {b}"


def build(spec_path):
    S = runpy.run_path(spec_path)
    doc_id = S["DOC_ID"]
    raw = (HERE / "articles" / f"{doc_id}.txt").read_bytes().decode("utf-8")
    t = unicodedata.normalize("NFC", raw)
    rec = {"doc_id": doc_id, "source": f"{doc_id}.txt"}
    rec.update(S["META"])
    legal = []
    for L in S.get("LEGAL", []):
        d = {k: L.get(k) for k in ("doc_type", "type_name", "number", "code", "year", "issued_date", "issuer", "title")}
        d["mentions"] = []
        for sp, occ in L["mentions"]:
            s, e = locate(t, sp, occ)
            d["mentions"].append({"text": sp, "start": s, "end": e})
        no_overlap(d["mentions"], "legal mentions of one document")
        legal.append(d)
    dates = []
    for sp, occ, kind, val in S.get("DATES", []):
        s, e = locate(t, sp, occ)
        dates.append({"text": sp, "start": s, "end": e, "kind": kind, "value": val})
    no_overlap(dates, "dates")
    pcts = []
    for sp, occ, f in S.get("PCTS", []):
        s, e = locate(t, sp, occ)
        f = dict(f)
        nums = re.findall(r"\d+(?:[.,]\d+)*", sp)
        if "value" not in f:
            f["value"] = num(nums[0]) if len(nums) == 1 else None
        if f["value"] is not None:
            f.setdefault("low", f["value"]); f.setdefault("high", f["value"])
        else:
            f.setdefault("low", num(nums[0])); f.setdefault("high", num(nums[-1]))
        p = {"text": sp, "start": s, "end": e, "value": f["value"], "low": f["low"], "high": f["high"],
             "qualifier": f.get("qualifier"), "is_change": f.get("is_change", False),
             "is_target": f.get("is_target", False), "metric": f.get("metric"),
             "metric_kind": f.get("metric_kind", "other"), "agency": f.get("agency"),
             "period": f.get("period")}
        pcts.append(p)
    no_overlap(pcts, "percentages")
    doss = []
    for sp, occ, f in S.get("DOSS", []):
        s, e = locate(t, sp, occ)
        doss.append({"text": sp, "start": s, "end": e, "count": f["count"], "qualifier": f.get("qualifier"),
                     "status": f.get("status", "unknown"), "channel": f.get("channel"),
                     "agency": f.get("agency"), "period": f.get("period")})
    no_overlap(doss, "dossier_counts")
    ents, taken = [], []
    for item in S.get("ENTS", []):
        sp, occ, lab = item
        if occ == "all":
            for s in hits(t, sp):
                e = s + len(sp)
                if any(s < b and a < e for a, b in taken):
                    continue
                ents.append({"text": sp, "start": s, "end": e, "label": lab}); taken.append((s, e))
        else:
            s, e = locate(t, sp, occ)
            assert not any(s < b and a < e for a, b in taken), f"entity overlap {sp!r}"
            ents.append({"text": sp, "start": s, "end": e, "label": lab}); taken.append((s, e))
    ents.sort(key=lambda x: x["start"])
    no_overlap(ents, "entities")
    for k, v in (("legal_documents", legal), ("dates", sorted(dates, key=lambda x: x["start"])),
                 ("percentages", sorted(pcts, key=lambda x: x["start"])),
                 ("dossier_counts", sorted(doss, key=lambda x: x["start"])), ("entities", ents)):
        rec[k] = v
    rec["quantities"] = []
    rec["checks"] = []
    for x in rec["dates"] + rec["percentages"] + rec["dossier_counts"] + rec["entities"] + [m for d in legal for m in d["mentions"]]:
        assert t[x["start"]:x["end"]] == x["text"]
    (HERE / "gold" / f"{doc_id}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return rec, t


if __name__ == "__main__":
    rec, t = build(sys.argv[1])
    print(rec["doc_id"], {k: len(rec[k]) for k in ("legal_documents", "dates", "percentages", "dossier_counts", "entities")})
    if "--show" in sys.argv:
        for k in ("dates", "percentages", "dossier_counts", "entities"):
            for x in rec[k]:
                print(k[:4], x["start"], repr(t[max(0, x["start"] - 25):x["start"]]), "[" + x["text"] + "]", repr(t[x["end"]:x["end"] + 15]), x.get("label", x.get("value", x.get("count"))))
