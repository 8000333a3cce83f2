"""Does more marked data help?  Grouped 5-fold CV AUC of the LR with a fraction of each training fold's articles."""
import numpy as np, random
from sklearn.model_selection import GroupKFold
from sklearn.metrics import roc_auc_score
from model import load_items, Model, threshold_for, curve
items = [it for it in load_items() if it["set"] == "audit"]
F = [it["f"] for it in items]; y = np.array([it["y"] for it in items]); g = np.array([it["doc_id"] for it in items])
for frac in (0.25, 0.5, 0.75, 1.0):
    aucs = []; covs = []
    for rep in range(3 if frac < 1 else 1):
        s = np.zeros(len(y)); rng = random.Random(rep)
        for tr, te in GroupKFold(5).split(F, y, g):
            docs = sorted(set(g[tr])); sub = set(rng.sample(docs, int(len(docs) * frac)))
            tr = [i for i in tr if g[i] in sub]
            s[te] = Model("lr").fit([F[i] for i in tr], y[tr]).score([F[i] for i in te])
        aucs.append(roc_auc_score(y, s))
        t = threshold_for(s, y); covs.append(float((s[y == 1] >= t).mean()))
    print(f"train fraction {frac:.2f} (~{int(1919*frac)} items): AUC {np.mean(aucs):.3f}  coverage at 0.97 (OOF oracle) {np.mean(covs):.3f}")
