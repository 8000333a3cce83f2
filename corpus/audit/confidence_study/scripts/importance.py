"""What the model reads: LR coefficients (all items, max-abs scaled features) and the lowest OOF-scored items."""
import json, numpy as np
from collections import Counter
from model import load_items, Model
items = [it for it in load_items() if it["set"] == "audit"]
y = np.array([it["y"] for it in items])
m = Model("lr").fit([it["f"] for it in items], y)
coef = m.m.coef_[0]; names = m.dv.get_feature_names_out()
cnt = Counter(k for it in items for k in it["f"] if it["f"][k])
o = np.argsort(coef)
print("most 'wrong' (negative) coefficients:")
for i in o[:30]:
    print(f"  {coef[i]:+.2f}  {names[i]}  (n={cnt[names[i]]})")
print("most 'right' (positive) coefficients:")
for i in o[::-1][:20]:
    print(f"  {coef[i]:+.2f}  {names[i]}  (n={cnt[names[i]]})")
s = np.load("scores_b_lr.npy")
print("\nlowest 40 OOF scores: mark, label, round/kind")
for i in np.argsort(s)[:40]:
    it = items[i]
    print(f"  {s[i]:.3f} {'y' if it['y'] else 'n'} {it['label']} r{it['round']}{it['kind'][0]} {it['text'][:40]!r} {it['note'][:60]!r}")
# error share by reason among withheld vs kept at the t97 threshold
reason = lambda n: "span" if "span" in n else ("label" if "label" in n else ("not-a-fact" if "not" in n else "other"))
t = 0.962
print("\nwrong items by note reason, kept vs withheld at t=0.962 (OOF):")
c = Counter((reason(it["note"].lower()), bool(s[i] >= t)) for i, it in enumerate(items) if not it["y"])
for k in sorted(c): print("  ", k, c[k])
print("\nwrong by label, kept/withheld at t:", Counter((it["label"], bool(s[i] >= t)) for i, it in enumerate(items) if not it["y"]))
print("right by label, kept/withheld at t:", Counter((it["label"], bool(s[i] >= t)) for i, it in enumerate(items) if it["y"]))
