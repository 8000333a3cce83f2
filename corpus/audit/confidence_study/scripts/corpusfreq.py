"""Extractor-independent string statistics over the whole 2017 corpus (35,437 articles): for every entity
string in items.jsonl, how often it occurs as written and how often in all-lowercase (token-bounded).
Writes corpusfreq.json.  (Uses only the article texts, never the marks or the extractor.)"""
import glob, json, math, regex
from cchc_extract.reading import read_article

TOK = regex.compile(r"[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]")
def key(s):
    return tuple(TOK.findall(s))

need = set()
for l in open("items.jsonl", encoding="utf-8"):
    t = json.loads(l)["text"]
    need.add(key(t)); need.add(key(t.lower()))
first = {k[0] for k in need if k}
maxn = max(len(k) for k in need)
cnt = dict.fromkeys(need, 0)
files = sorted(glob.glob("/work/data/vn_news_2017/*.txt"))
for i, p in enumerate(files):
    text = read_article(p).text
    for line in text.split("\n"):
        toks = TOK.findall(line)
        L = len(toks)
        for j, t in enumerate(toks):
            if t not in first:
                continue
            for n in range(1, min(maxn, L - j) + 1):
                k = tuple(toks[j:j + n])
                if k in cnt:
                    cnt[k] += 1
    if i % 5000 == 0:
        print(i, flush=True)
json.dump({" ".join(k): v for k, v in cnt.items()}, open("corpusfreq.json", "w", encoding="utf-8"), ensure_ascii=False)
print("done", len(cnt))
