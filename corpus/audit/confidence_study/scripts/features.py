"""Features for every marked audit item and every gold-set output entity.

Only the article text and the current extractor's (traced) output on that article are used,
never the mark.  Writes items.jsonl (one row per item: meta + feature dict).
"""
import csv, glob, json, re, sys, unicodedata
from collections import Counter
import regex
from cchc_extract.reading import read_article
from cchc_extract.facts.entities.rules import rules
from cchc_extract.facts.entities.foreign import foreign_word, _VN_SYLLABLE

WT = "/work/wt-conf"
R = rules()
PLACES = set(R.places)
SURN = R.surnames | R.rare_surnames
def _tsv(p):
    out = set()
    for line in open(p, encoding="utf-8"):
        if line.startswith("#"): continue
        out.add(line.split("\t")[0].strip())
    return out
UNITS = _tsv(f"{WT}/src/cchc_extract/gazetteers/units.tsv")
ORGS = _tsv(f"{WT}/src/cchc_extract/gazetteers/orgs.tsv")
LEVEL = R.level_words

WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[.'’\-][\p{L}\p{M}\p{N}]+)*")
CAPW = regex.compile(r"\p{Lu}[\p{L}\p{M}]*")
TOPICS = {
    "sport": ["HLV", "cầu thủ", "trận", "bàn thắng", "CLB", "đội tuyển", "tiền đạo", "giải đấu", "vòng", "sân"],
    "ent": ["ca sĩ", "phim", "diễn viên", "MV", "khán giả", "sân khấu", "nghệ sĩ", "showbiz"],
    "world": ["Tổng thống", "Mỹ", "Trung Quốc", "Nga", "quốc tế", "Liên Hợp Quốc", "nước ngoài"],
    "admin": ["UBND", "tỉnh", "huyện", "cán bộ", "Sở", "Bộ", "Chính phủ", "Quốc hội"],
    "crime": ["công an", "bị can", "đối tượng", "tòa", "điều tra", "bắt giữ"],
    "biz": ["doanh nghiệp", "Công ty", "tỷ đồng", "thị trường", "cổ phiếu", "ngân hàng"],
}


def syls(s):
    return [w for w in regex.split(r"[ \u00a0]+", s) if w]


def is_vn(w):
    w2 = regex.sub(r"[^\p{L}\p{M}]", "", w)
    if not w2:
        return True
    return bool(_VN_SYLLABLE.fullmatch(unicodedata.normalize("NFC", w2)))


def article_feats(text, ents):
    f = {}
    n = max(len(text), 1)
    f["art_len_k"] = min(len(text) / 1000, 30)
    f["art_n_ents_per_k"] = len(ents) / n * 1000
    labs = Counter(e["label"] for e in ents)
    for l in ("PER", "LOC", "ORG"):
        f[f"art_share_{l}"] = labs[l] / max(len(ents), 1)
    caps = CAPW.findall(text)
    f["art_share_foreign_caps"] = sum(foreign_word(w) for w in caps) / max(len(caps), 1)
    f["art_share_nonvn_caps"] = sum(not is_vn(w) for w in caps) / max(len(caps), 1)
    f["art_n_lines"] = min(text.count("\n") + 1, 200)
    for t, words in TOPICS.items():
        f[f"topic_{t}"] = sum(text.count(w) for w in words) / n * 1000
    return f


def line_of(text, s, e):
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    le = len(text) if le < 0 else le
    return ls, le


def prev_words(text, s, k=2):
    ws = WORD.findall(text[max(0, s - 60):s])
    return ws[-k:] if ws else []


def next_words(text, e, k=1):
    return WORD.findall(text[e:e + 60])[:k]


def charclass(c):
    if c == "": return "EDGE"
    if c == "\n": return "NL"
    if c in " \u00a0\t": return "SP"
    if c.isalpha(): return "LU" if c.isupper() else "LL"
    if c.isdigit(): return "DIG"
    return c


def entity_feats(text, ents, i, item, art):
    """item: dict start,end,label,text; i: index in ents or None if not produced."""
    s, e, label, t = item["start"], item["end"], item["label"], item["text"]
    f = dict(art)
    f["label=" + label] = 1
    ss = syls(t)
    f["nsyl"] = len(ss); f["nchar"] = len(t)
    f[f"nsyl_{min(len(ss), 6)}_{label}"] = 1
    caps = [w for w in ss if w[:1].isupper()]
    f["n_lower_syl"] = len(ss) - len(caps)
    f["share_cap"] = len(caps) / max(len(ss), 1)
    f["first_lower"] = int(bool(ss) and not ss[0][:1].isupper())
    f["n_allcaps_syl"] = sum(1 for w in ss if len(w) >= 2 and w.isupper())
    f["is_acronym"] = int(len(ss) == 1 and len(t) >= 2 and t.replace(".", "").replace("&", "").isupper())
    f["has_digit"] = int(any(c.isdigit() for c in t))
    f["has_dash"] = int(any(c in "-–—" for c in t))
    f["has_quote"] = int(any(c in "'’‘\"“”" for c in t))
    f["has_dot"] = int("." in t)
    f["has_paren"] = int("(" in t or ")" in t)
    f["has_comma"] = int("," in t)
    f["gaz_place"] = int(t in PLACES)
    f["gaz_unit"] = int(t in UNITS)
    f["gaz_org"] = int(t in ORGS)
    tail_place = 0
    for k in range(1, min(4, len(ss)) + 1):
        if " ".join(ss[-k:]) in PLACES or " ".join(ss[-k:]) in UNITS:
            tail_place = k
    f["tail_place_k"] = tail_place
    f["tail_place_not_whole"] = int(0 < tail_place < len(ss))
    f["first_surname"] = int(bool(ss) and ss[0] in SURN)
    f["first_level_word"] = int(bool(ss) and ss[0].lower() in LEVEL)
    f["n_foreign_syl"] = sum(foreign_word(w) for w in ss)
    f["n_nonvn_syl"] = sum(not is_vn(w) for w in ss)
    f["share_nonvn"] = f["n_nonvn_syl"] / max(len(ss), 1)
    if ss:
        f["head=" + ss[0].lower()] = 1
        f["last=" + ss[-1].lower()] = 1
    pw = prev_words(text, s, 2)
    nw = next_words(text, e, 2)
    f["prev1=" + (pw[-1].lower() if pw else "<none>")] = 1
    if len(pw) >= 2:
        f["prev2=" + " ".join(w.lower() for w in pw)] = 1
    f["next1=" + (nw[0].lower() if nw else "<none>")] = 1
    f["prev1_cap"] = int(bool(pw) and pw[-1][:1].isupper())
    f["next1_cap"] = int(bool(nw) and nw[0][:1].isupper())
    pc = text[s - 1] if s > 0 else ""
    nc = text[e] if e < len(text) else ""
    f["prevc=" + charclass(pc)] = 1
    f["nextc=" + charclass(nc)] = 1
    # immediate next non-space char after a space
    m = regex.match(r"[ \u00a0]*(.)", text[e:e + 5], flags=regex.S)
    f["next_nonsp=" + (charclass(m.group(1)) if m else "EDGE")] = 1
    before = text[max(0, s - 5):s].rstrip(" \u00a0\t\"“'(")
    f["sent_initial"] = int(before == "" or before[-1:] in ".!?…:\n" or text[max(0, s - 1):s] == "\n")
    ls, le = line_of(text, s, e)
    line = text[ls:le]
    f["line_len_log"] = len(line) ** 0.5
    f["line_short"] = int(len(line) < 80)
    f["line_no_final_punct"] = int(not line.rstrip()[-1:] in ".!?…:;\"”)")
    f["line_is_first"] = int(ls == 0)
    f["line_has_anh"] = int(bool(regex.search(r"(?i)\bảnh\s*:", line)))
    f["line_has_theo"] = int(bool(regex.match(r"\s*(Theo|Nguồn)\b", line)))
    f["pos_in_line"] = (s - ls) / max(len(line), 1)
    f["at_line_end"] = int(text[e:le].strip(" .,;:\"”)") == "")
    f["in_paren"] = int(text.rfind("(", ls, s) > text.rfind(")", ls, s))
    f["rel_pos_article"] = s / max(len(text), 1)
    # repetition
    f["n_occ_log"] = min(text.count(t), 50) ** 0.5
    same = [x for j, x in enumerate(ents) if x["text"] == t and j != i]
    f["n_same_ent"] = min(len(same), 20) ** 0.5
    f["same_ent_otherlabel"] = int(any(x["label"] != label for x in same))
    f["n_in_longer_ent"] = min(sum(1 for x in ents if t in x["text"] and len(x["text"]) > len(t)), 10)
    f["occ_minus_ent"] = min(max(text.count(t) - len(same) - 1 - f["n_in_longer_ent"], 0), 10)
    # neighbours in output
    others = [x for j, x in enumerate(ents) if j != i and not (x["start"] < e and x["end"] > s)]
    gp = min([s - x["end"] for x in others if x["end"] <= s] or [999])
    gn = min([x["start"] - e for x in others if x["start"] >= e] or [999])
    f["gap_prev_ent_le3"] = int(gp <= 3); f["gap_next_ent_le3"] = int(gn <= 3)
    f["overlaps_output"] = int(i is None and any(x["start"] < e and x["end"] > s for x in ents))
    # trace
    if i is not None:
        d = ents[i]
        f["produced"] = 1
        f["pass=" + d.get("pass_first", "?")] = 1
        f["passlast=" + d.get("pass_last", "?")] = 1
        f["pass_changed"] = int(d.get("pass_first") != d.get("pass_last"))
        for k in ("n_props", "n_cands_overlap", "n_cands_otherlabel", "n_cands_longer", "prio"):
            f[k] = min(d.get(k, 0), 10)
    else:
        f["produced"] = 0
        f["pass=<not produced>"] = 1
    return f


def main():
    cache = {}
    for r in map(json.loads, open("cache.jsonl", encoding="utf-8")):
        cache[(r["group"], r["doc_id"])] = r
    texts = {}
    OLD = {}
    for p in glob.glob("old_out/*.jsonl"):
        rnd, kind = p.split("/")[-1][:-6].split("_")
        OLD[(int(rnd), kind)] = {x["doc_id"]: x["ents"] for x in map(json.loads, open(p, encoding="utf-8"))}
    def get(grp, d):
        c = cache[(grp, d)]
        if (grp, d) not in texts:
            texts.clear()
            t = read_article(c["path"]).text
            texts[(grp, d)] = (t, article_feats(t, c["ents"]))
        return c, texts[(grp, d)]
    out = open("items.jsonl", "w", encoding="utf-8")
    stats = Counter()
    rows = []
    for fpath in sorted(glob.glob(f"{WT}/corpus/audit/round[5-9]/*/entities.csv")):
        rnd = int(re.search(r"round(\d)", fpath).group(1))
        kind = "fresh" if "/entities/entities.csv" in fpath else "dev"
        for r in csv.DictReader(open(fpath, encoding="utf-8")):
            r["round"], r["kind"] = rnd, kind
            rows.append(r)
    rows.sort(key=lambda r: r["doc_id"])
    for r in rows:
        stats["sheet_rows"] += 1
        if r["mark"] not in ("y", "n"):
            stats[f"dropped_mark_{r['mark']}"] += 1
            continue
        c, (text, art) = get("audit", r["doc_id"])
        s, e = int(r["start"]), int(r["end"])
        label = json.loads(r["values"])["label"]
        if text[s:e] != r["text"]:
            stats["dropped_offset_mismatch"] += 1
            print("MISMATCH", r["round"], r["kind"], r["item_id"], r["doc_id"], file=sys.stderr)
            continue
        ents = c["ents"]
        idx = next((j for j, x in enumerate(ents) if (x["start"], x["end"], x["label"]) == (s, e, label)), None)
        stats["produced" if idx is not None else "not_produced"] += 1
        stats[f"not_produced_{r['mark']}" if idx is None else f"produced_{r['mark']}"] += 1
        item = dict(start=s, end=e, label=label, text=r["text"])
        fcur = entity_feats(text, ents, idx, item, art)
        # the extractor's output when the sheet was drawn (old_out/, run_old.py): the main feature set
        oents = OLD[(r["round"], r["kind"])][r["doc_id"]]
        oidx = next((j for j, x in enumerate(oents) if (x["start"], x["end"], x["label"]) == (s, e, label)), None)
        stats["drawtime_produced" if oidx is not None else "drawtime_NOT_produced"] += 1
        fdraw = entity_feats(text, oents, oidx, item, article_feats(text, oents))
        out.write(json.dumps(dict(set="audit", round=r["round"], kind=r["kind"], item_id=r["item_id"], doc_id=r["doc_id"],
                                  start=s, end=e, label=label, text=r["text"], y=int(r["mark"] == "y"),
                                  produced=int(idx is not None), note=r["note"], f=fdraw, fcur=fcur),
                                  ensure_ascii=False) + "\n")
    for (grp, d), c in cache.items():
        if grp == "audit":
            continue
        text = read_article(c["path"]).text
        art = article_feats(text, c["ents"])
        for j, x in enumerate(c["ents"]):
            f = entity_feats(text, c["ents"], j, x, art)
            out.write(json.dumps(dict(set=grp, doc_id=d, start=x["start"], end=x["end"], label=x["label"], text=x["text"], f=f),
                                 ensure_ascii=False) + "\n")
            stats[f"gold_{grp}"] += 1
    out.close()
    for k, v in sorted(stats.items()):
        print(k, v)


if __name__ == "__main__":
    main()
