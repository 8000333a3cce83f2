#!/bin/sh
# Rerun the whole study (about 5 minutes, one process at a time). Needs the venv (see REPORT.md).
set -e
cd /work/data/conf
PY="venv/bin/python"; export PYTHONPATH=.
$PY run_extract.py                       # current extractor, traced, over marked + gold-set articles -> cache.jsonl
for spec in "5 fresh 17d1a98" "6 dev f79d5b2" "6 fresh 0c0f126" "7 fresh 8ebc14e" "8 dev 369b49f" "8 fresh 14f54c1" "9 dev 6962566" "9 fresh 17a400d"; do
  set -- $spec
  [ -d old/$3/src ] || { mkdir -p old/$3 && git -C /work/main archive $3 src | tar -x -C old/$3; }
  PYTHONPATH=old/$3/src $PY run_old.py $1 $2 $3   # the extractor as it was when the sheet was drawn -> old_out/
done
$PY features.py                          # -> items.jsonl
$PY corpusfreq.py                        # -> corpusfreq.json (string counts over the 35,437 texts)
mkdir -p pred
for s in "dev /work/shared/seeds" "eval2017 /work/shared/eval2017" "added /work/wt-conf/corpus/added/articles" "heldout /work/wt-conf/corpus/heldout/articles"; do
  set -- $s; venv/bin/cchc-extract extract $2 -o pred/$1.base.jsonl -j 1
done
$PY model.py > model.log 2>&1            # (a) and (b) -> results.md, results.json, scores_*.npy
$PY ablate.py; $PY extra.py; $PY importance.py; $PY learning_curve.py
$PY apply_gold.py                        # gold-set cost -> gold_cost.md, pred/*.jsonl
