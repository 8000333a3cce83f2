"""Cost on the gold sets: LR trained on all marked items; withhold gold-set output entities scoring under a
threshold; score before/after with the reference scorer.  PYTHONPATH=. venv/bin/python apply_gold.py"""
import json, subprocess, numpy as np
from model import load_items, Model, threshold_for, curve
items = load_items()
A = [it for it in items if it["set"] == "audit"]
y = np.array([it["y"] for it in A])
m = Model("lr").fit([it["f"] for it in A], y)
s_oof = np.load("scores_b_lr.npy")
cv = {f"cov{int(r['coverage']*100+0.5)}": r["threshold"] for r in curve(s_oof, y, covs=(0.95, 0.9, 0.8, 0.6))}
thr = dict(cv, t97_cv=threshold_for(s_oof, y))
print("thresholds (from the grouped-CV out-of-fold scores):", {k: round(v, 3) for k, v in thr.items()})
SETS = {"dev": ("/work/shared/gold/dev", "/work/shared/seeds"), "eval2017": ("/work/shared/gold/eval2017", "/work/shared/eval2017"),
        "added": ("/work/wt-conf/corpus/added/gold", "/work/wt-conf/corpus/added/articles"),
        "heldout": ("/work/wt-conf/corpus/heldout/gold", "/work/wt-conf/corpus/heldout/articles")}
def score(g, p, t):
    r = json.loads(subprocess.run(["python3", "/work/shared/tools/score.py", "--gold", g, "--pred", p, "--text", t, "--json"],
                                  capture_output=True, text=True, check=True).stdout)
    return r["entities_exact"], r["entities_overlap"]
rows = []
for name, (g, t) in SETS.items():
    G = [it for it in items if it["set"] == name]
    sc = {(it["doc_id"], it["start"], it["end"], it["label"]): v for it, v in zip(G, m.score([it["f"] for it in G]))}
    recs = [json.loads(l) for l in open(f"pred/{name}.base.jsonl", encoding="utf-8")]
    base_ex, base_ov = score(g, f"pred/{name}.base.jsonl", t)
    rows.append((name, "none", 0, len(G), base_ex, base_ov))
    for tn, tv in thr.items():
        p = f"pred/{name}.{tn}.jsonl"
        withheld = 0
        with open(p, "w", encoding="utf-8") as out:
            for r in recs:
                keep = []
                for e in r["entities"]:
                    if sc[(r["doc_id"], e["start"], e["end"], e["label"])] >= tv:
                        keep.append(e)
                    else:
                        withheld += 1
                out.write(json.dumps(dict(r, entities=keep), ensure_ascii=False) + "\n")
        ex, ov = score(g, p, t)
        rows.append((name, f"{tn} ({tv:.3f})", withheld, len(G), ex, ov))
lines = ["| gold set | threshold | withheld / output | exact P | exact R | exact F1 | overlap F1 |", "|---|---|---|---|---|---|---|"]
for name, tn, w, n, ex, ov in rows:
    lines.append(f"| {name} | {tn} | {w}/{n} | {ex['precision']:.3f} | {ex['recall']:.3f} | {ex['f1']:.3f} | {ov['f1']:.3f} |")
print("\n".join(lines))
open("gold_cost.md", "w").write("\n".join(lines) + "\n")
