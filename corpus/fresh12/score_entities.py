#!/usr/bin/env python3
"""Entity scores for a gold set that annotates entities only.

    python3 corpus/fresh12/score_entities.py --pred P.jsonl [--gold DIR] [--detail]

`shared/tools/score.py` scores every fact type; this script loads it and uses
its own `match` (greedy one-to-one, key = label) so that `entities_overlap`
(overlapping span, same label) and `entities_exact` (same start/end, same
label) are computed exactly as there, plus per-label figures, and lists
misses and extras per article. A miss that overlaps a predicted entity of
another label is marked `(pred as LABEL 'text')`.
"""
import argparse
import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pred", required=True)
    ap.add_argument("--gold", default=str(HERE / "gold"))
    ap.add_argument("--score-py", default="/work/shared/tools/score.py")
    ap.add_argument("--detail", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    sc = load_score(a.score_py)
    gold = sc.load_gold(Path(a.gold))
    pred = sc.load_pred(Path(a.pred))
    names = ["entities_overlap", "entities_exact"] + [f"overlap_{l}" for l in ("PER", "LOC", "ORG")]
    t = {n: sc.Tally() for n in names}
    lines = []
    for doc_id, g in gold.items():
        ge = g.get("entities", [])
        pe = pred.get(doc_id, {}).get("entities", [])
        pairs = sc.match(ge, pe, sc.ent_key, need_overlap=True)
        t["entities_overlap"].add(len(pairs), len(ge), len(pe))
        t["entities_exact"].add(len(sc.match(ge, pe, sc.ent_key, need_overlap=True, exact_span=True)),
                                len(ge), len(pe))
        for lab in ("PER", "LOC", "ORG"):
            gl = [x for x in ge if x["label"] == lab]
            pl = [x for x in pe if x.get("label") == lab]
            t[f"overlap_{lab}"].add(len(sc.match(gl, pl, sc.ent_key, need_overlap=True)), len(gl), len(pl))
        mg = {id(x) for x, _ in pairs}
        mp = {id(y) for _, y in pairs}
        lines.append(f"{doc_id}")
        for x in ge:
            if id(x) not in mg:
                other = [y for y in pe if sc.overlaps(x, y)]
                note = "".join(f" (pred as {y.get('label')} {y.get('text')!r})" for y in other)
                lines.append(f"  miss  {x['label']} {x['text']!r} @{x['start']}{note}")
        for y in pe:
            if id(y) not in mp:
                lines.append(f"  extra {y.get('label')} {y.get('text')!r} @{y.get('start')}")
    res = {n: t[n].prf() for n in names}
    if a.json:
        print(json.dumps(res, indent=1))
    else:
        for n in names:
            r = res[n]
            print(f"{n:18} P {r['precision']:.4f}  R {r['recall']:.4f}  F1 {r['f1']:.4f}  "
                  f"(tp {r['tp']}, gold {r['gold']}, pred {r['pred']})")
    if a.detail:
        print("\n".join(lines))


if __name__ == "__main__":
    main()
