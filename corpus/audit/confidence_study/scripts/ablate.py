"""Grouped 5-fold CV AUC for LR settings and feature families (PYTHONPATH=. venv/bin/python ablate.py)."""
import numpy as np, json
from sklearn.metrics import roc_auc_score
from model import load_items, oof, family, clean, Model
items = [it for it in load_items() if it["set"] == "audit"]
F = [it["f"] for it in items]; y = np.array([it["y"] for it in items]); g = np.array([it["doc_id"] for it in items])
fams = sorted({family(k) for f in F for k in clean(f)})
print("families:", fams)
for C in (0.03, 0.1, 0.3, 1.0, 3.0):
    print("lr C", C, round(roc_auc_score(y, oof("lr", F, y, g, C=C)), 3))
groups = {
  "label": {"label"},
  "shape": {"nsyl", "nchar", "n_lower_syl", "share_cap", "first_lower", "n_allcaps_syl", "is_acronym", "has_digit", "has_dash",
            "has_quote", "has_dot", "has_paren", "has_comma", "nsyl_label", "n_foreign_syl", "n_nonvn_syl", "share_nonvn"},
  "gazetteer": {"gaz_place", "gaz_unit", "gaz_org", "tail_place_k", "tail_place_not_whole", "first_surname", "first_level_word"},
  "words_in_span": {"head", "last"},
  "context_words": {"prev1", "prev2", "next1", "prev1_cap", "next1_cap", "prevc", "nextc", "next_nonsp", "sent_initial"},
  "line": {"line_len_log", "line_short", "line_no_final_punct", "line_is_first", "line_has_anh", "line_has_theo", "pos_in_line",
           "at_line_end", "in_paren", "rel_pos_article"},
  "repetition_output": {"n_occ_log", "n_same_ent", "same_ent_otherlabel", "n_in_longer_ent", "occ_minus_ent", "gap_prev_ent_le3", "gap_next_ent_le3"},
  "article": {"article"},
  "corpus_freq": {"corpus_freq"},
}
allf = set().union(*groups.values())
assert set(fams) <= allf, set(fams) - allf
base = roc_auc_score(y, oof("lr", F, y, g, keep=allf))
print("all families", round(base, 3))
for name, fs in groups.items():
    a1 = roc_auc_score(y, oof("lr", F, y, g, keep=fs | {"label"}))
    a2 = roc_auc_score(y, oof("lr", F, y, g, keep=allf - fs))
    print(f"{name:20s} only(+label) {a1:.3f}   all-but {a2:.3f}")
