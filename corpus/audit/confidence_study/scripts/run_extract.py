"""Run the traced extractor over every marked article and the gold-set articles; cache to cache.jsonl."""
import csv, glob, json, os, sys, time
import trace as T

WT = "/work/wt-conf"
CORPUS = "/work/data/vn_news_2017"
docs = []
seen = set()
for f in sorted(glob.glob(f"{WT}/corpus/audit/round[5-9]/*/entities.csv")):
    for r in csv.DictReader(open(f, encoding="utf-8")):
        if r["doc_id"] not in seen:
            seen.add(r["doc_id"]); docs.append(("audit", r["doc_id"], f"{CORPUS}/{r['doc_id']}.txt"))
GOLD = {"dev": "/work/shared/seeds", "eval2017": "/work/shared/eval2017",
        "added": f"{WT}/corpus/added/articles", "heldout": f"{WT}/corpus/heldout/articles"}
for g, folder in GOLD.items():
    for p in sorted(glob.glob(folder + "/*.txt")):
        docs.append((g, os.path.basename(p)[:-4], p))
out = open("cache.jsonl", "w", encoding="utf-8")
t = time.time()
for i, (grp, d, p) in enumerate(docs):
    text, rec, ents = T.extract_traced(p, check=(i % 100 == 0))
    out.write(json.dumps(dict(group=grp, doc_id=d, path=p, ents=ents), ensure_ascii=False) + "\n")
    if i % 200 == 0:
        print(i, len(docs), round(time.time() - t), flush=True)
out.close()
print("done", len(docs), round(time.time() - t))
