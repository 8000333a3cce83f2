"""Entity tagger vs underthesea ``ner()``: accuracy and throughput on the same text, one core.

    PYTHONPATH=src python benchmarks/entities_bench.py [--corpus corpus] [--copies 3] [--check]

Both taggers read the same corpus articles, replicated ``--copies`` times for
timing.  underthesea's BIO tokens are mapped back to character spans (its
tokens are substrings of the text; multi-syllable tokens are found with any
whitespace between syllables) and both outputs are scored with the scorer's
overlap matching (``entities_overlap``: same label, spans overlap).  The
process is pinned to one CPU and BLAS/OpenMP threads are limited to one.

``--check`` exits non-zero unless the issue's bars hold: entity F1 ≥ 0.90,
F1 ≥ underthesea's + 0.25, throughput ≥ 8× underthesea's.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import regex  # noqa: E402

from cchc_extract.evaluate import ent_key, match  # noqa: E402
from cchc_extract.facts.entities import find_entities  # noqa: E402
from cchc_extract.reading import read_article  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
_PARA = regex.compile(r"[^\n]++")


def pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"cpu {cpu}"
    return "unpinned"


def underthesea_entities(text: str, ner) -> list[dict]:
    """underthesea ``ner()`` per line, BIO tags mapped to character spans of ``text``."""
    out: list[dict] = []
    for para in _PARA.finditer(text):
        if not para.group(0).strip():
            continue
        try:
            tagged = ner(para.group(0))
        except Exception:  # underthesea fails on some odd lines; count them as no entities
            continue
        pos = para.start()
        cur = None
        for tok, *_rest in tagged:
            tag = _rest[-1]
            pat = r"\s*+".join(regex.escape(s) for s in tok.split())
            m = regex.compile(pat).search(text, pos, para.end()) if pat else None
            if not m:
                cur = None
                continue
            pos = m.end()
            label = tag[2:] if tag[:2] in ("B-", "I-") else None
            if label not in ("PER", "LOC", "ORG"):
                cur = None
                continue
            if tag.startswith("I-") and cur and cur["label"] == label:
                cur["end"] = m.end()
            else:
                cur = {"start": m.start(), "end": m.end(), "label": label}
                out.append(cur)
        for e in out:
            e["text"] = text[e["start"]:e["end"]]
    return out


def ours(text: str) -> list[dict]:
    return [e.model_dump() for e in find_entities(text)]


def prf(gold: dict[str, list], pred: dict[str, list]) -> dict:
    tp = ng = npred = 0
    for doc_id, ge in gold.items():
        pe = pred.get(doc_id, [])
        tp += len(match(ge, pe, ent_key, need_overlap=True))
        ng += len(ge)
        npred += len(pe)
    p = tp / npred if npred else 0.0
    r = tp / ng if ng else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
            "tp": tp, "gold": ng, "pred": npred}


def timed(fn, texts: list[str], copies: int) -> tuple[float, list]:
    outs = []
    t0 = time.process_time()
    for _ in range(copies):
        outs = [fn(t) for t in texts]
    return time.process_time() - t0, outs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus", help="folder with articles/ and gold/")
    ap.add_argument("--copies", type=int, default=3, help="times each article is processed for timing")
    ap.add_argument("--check", action="store_true", help="exit 1 unless the bars hold")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    where = pin_one_core()
    paths = sorted((args.corpus / "articles").glob("*.txt"))
    texts = {p.stem: read_article(p).text for p in paths}
    gold = {k: json.loads((args.corpus / "gold" / f"{k}.json").read_text(encoding="utf-8")).get("entities", [])
            for k in texts}
    order = list(texts)
    chars = sum(len(texts[k]) for k in order) * args.copies

    from underthesea import ner
    ner("Khởi động mô hình.")  # load the model outside the timed region
    find_entities("Khởi động.")

    t_ours, out_ours = timed(ours, [texts[k] for k in order], args.copies)
    t_uts, out_uts = timed(lambda t: underthesea_entities(t, ner), [texts[k] for k in order], args.copies)

    s_ours = prf(gold, dict(zip(order, out_ours)))
    s_uts = prf(gold, dict(zip(order, out_uts)))
    res = {
        "articles": len(order), "copies": args.copies, "chars": chars, "pinned": where,
        "ours": {**s_ours, "seconds": round(t_ours, 3), "chars_per_s": round(chars / t_ours)},
        "underthesea_ner": {**s_uts, "seconds": round(t_uts, 3), "chars_per_s": round(chars / t_uts)},
    }
    res["f1_gain"] = round(s_ours["f1"] - s_uts["f1"], 4)
    res["speedup"] = round(t_uts / t_ours, 1)
    ok = s_ours["f1"] >= 0.90 and res["f1_gain"] >= 0.25 and res["speedup"] >= 8
    res["bars_hold"] = ok
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
    else:
        print(f"{len(order)} articles × {args.copies} = {chars:,} characters, one core ({where})")
        print(f"{'tagger':18} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'gold':>5} {'pred':>5} {'chars/s':>10}")
        for name in ("ours", "underthesea_ner"):
            r = res[name]
            print(f"{name:18} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} {r['tp']:5} {r['gold']:5} "
                  f"{r['pred']:5} {r['chars_per_s']:10,}")
        print(f"F1 gain {res['f1_gain']:+.3f} (bar +0.25), speed-up {res['speedup']}× (bar 8×): "
              f"{'bars hold' if ok else 'BARS NOT MET'}")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
