"""Extra checks: string identity feature, LR+HGB average, trace features on the currently produced items."""
import numpy as np
from collections import Counter
from sklearn.metrics import roc_auc_score
from model import load_items, oof
items = [it for it in load_items() if it["set"] == "audit"]
y = np.array([it["y"] for it in items]); g = np.array([it["doc_id"] for it in items])
F = [it["f"] for it in items]
F2 = [dict(it["f"], **{"text=" + it["text"]: 1}) for it in items]
print("lr with string identity", round(roc_auc_score(y, oof("lr", F2, y, g)), 3))
s1 = oof("lr", F, y, g); s2 = oof("hgb", F, y, g)
print("lr", round(roc_auc_score(y, s1), 3), "hgb", round(roc_auc_score(y, s2), 3),
      "rank-average", round(roc_auc_score(y, (s1.argsort().argsort() + s2.argsort().argsort())), 3))
# trace features: only items the current extractor still produces (current output + trace)
P = [i for i, it in enumerate(items) if it["produced"]]
Fc = [items[i]["fcur"] for i in P]; yc = y[P]; gc = g[P]
print("produced now:", len(P), "wrong:", int((yc == 0).sum()))
print("  lr no trace ", round(roc_auc_score(yc, oof("lr", Fc, yc, gc)), 3))
print("  lr + trace  ", round(roc_auc_score(yc, oof("lr", Fc, yc, gc, trace=True)), 3))
c = Counter(); w = Counter()
for i in P:
    p = [k for k in items[i]["fcur"] if k.startswith("pass=")][0][5:]
    c[p] += 1; w[p] += 1 - items[i]["y"]
print("  precision by producing pass (current extractor, items it still produces):")
for p, n in c.most_common():
    print(f"    {p:32s} n={n:5d} wrong={w[p]:3d} precision={1 - w[p] / n:.3f}")
