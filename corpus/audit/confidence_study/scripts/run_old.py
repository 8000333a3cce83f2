"""Run the extractor as it was when a sheet was drawn (old/<sha>/src on PYTHONPATH) over that sheet's
articles; writes old_out/<round>_<kind>.jsonl (doc_id, entities).  Usage: run_old.py ROUND KIND SHA"""
import csv, json, sys
import cchc_extract
from cchc_extract import extract_file
rnd, kind, sha = sys.argv[1:4]
assert sha in cchc_extract.__file__, cchc_extract.__file__
sub = "entities" if kind == "fresh" else "dev"
docs = sorted({r["doc_id"] for r in csv.DictReader(open(f"/work/wt-conf/corpus/audit/round{rnd}/{sub}/entities.csv", encoding="utf-8"))})
with open(f"old_out/{rnd}_{kind}.jsonl", "w", encoding="utf-8") as out:
    for d in docs:
        rec = extract_file(f"/work/data/vn_news_2017/{d}.txt")
        out.write(json.dumps(dict(doc_id=d, ents=[dict(start=e.start, end=e.end, label=e.label, text=e.text) for e in rec.entities]),
                             ensure_ascii=False) + "\n")
print(rnd, kind, sha, len(docs))
