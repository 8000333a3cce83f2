"""Issue 17's statistical stage, measured: where the entity rules are silent,
does a statistical tagger add more than it breaks?

Compared on every gold set (dev seeds, eval2017, corpus/added, corpus/heldout),
with the reference scorer's entity overlap and exact F1:

* ``rules``: the extractor's entities as they are (full mode);
* ``silver``: a spaCy NER trained on silver data: the rules' own entities over
  N articles of ../shared/corpora (none of the gold articles), cleaned
  (PER/LOC/ORG only, two characters or more, spans snapped to tokens, no
  overlaps), alone;
* ``rules+silver``: the rules, plus the silver model's entities that overlap
  no rule entity;
* ``rules+underthesea``: the rules, plus underthesea ``ner()``'s entities that
  overlap no rule entity.

Gold is not in the training data: every gold set is a test set here, so no
"plus gold" model is reported (with 58 gold articles in all, training on some
would leave too few to measure on).

    python benchmarks/ner_stage.py --silver full.jsonl -n 800 --epochs 4

``--silver`` is a full-mode output (``cchc-extract extract FOLDER -o full.jsonl``)
over corpus articles; each record's ``source`` must still be readable.
Prints one table; ``--json`` writes the figures.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))

LABELS = ("PER", "LOC", "ORG")


def gold_sets() -> dict[str, tuple[Path, Path]]:
    """name -> (gold folder, text folder)."""
    return {
        "dev": (SHARED / "gold" / "dev", SHARED / "seeds"),
        "eval2017": (SHARED / "gold" / "eval2017", SHARED / "eval2017"),
        "added": (ROOT / "corpus" / "added" / "gold", ROOT / "corpus" / "added" / "articles"),
        "heldout": (ROOT / "corpus" / "heldout" / "gold", ROOT / "corpus" / "heldout" / "articles"),
    }


def _gold_stems() -> set[str]:
    """Corpus article numbers that are in a gold set (never trained on)."""
    stems = set()
    for gold, texts in gold_sets().values():
        for p in list(gold.glob("*.json")) + list(texts.glob("*.txt")):
            stems.add(p.stem.removeprefix("vn2017_"))
    return stems


def silver_docs(nlp, path: Path, n: int, seed: int) -> list:
    from spacy.tokens import Doc  # noqa: F401
    from spacy.util import filter_spans

    banned = _gold_stems()
    records = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if Path(rec.get("source") or "").stem in banned or not rec.get("entities"):
                continue
            records.append(rec)
    random.Random(seed).shuffle(records)
    docs = []
    for rec in records[:n]:
        text = Path(rec["source"]).read_text(encoding="utf-8")
        doc = nlp.make_doc(text)
        spans = []
        for e in rec["entities"]:
            if e["label"] not in LABELS or e["end"] - e["start"] < 2:
                continue
            span = doc.char_span(e["start"], e["end"], label=e["label"], alignment_mode="contract")
            if span is not None and len(span):
                spans.append(span)
        doc.ents = filter_spans(spans)
        docs.append(doc)
    return docs


def train(docs: list, epochs: int, seed: int):
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = spacy.blank("xx")
    ner = nlp.add_pipe("ner")
    for label in LABELS:
        ner.add_label(label)
    examples = [Example(nlp.make_doc(d.text), d) for d in docs]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(examples)
        losses: dict = {}
        for batch in minibatch(examples, size=8):
            nlp.update(batch, sgd=optimizer, losses=losses, drop=0.2)
        print(f"  epoch {epoch + 1}: ner loss {losses.get('ner', 0):.0f}", file=sys.stderr)
    return nlp


def _free(extra: list[dict], rules: list[dict]) -> list[dict]:
    """The ``extra`` entities that overlap no rule entity."""
    return [e for e in extra if not any(e["start"] < r["end"] and r["start"] < e["end"] for r in rules)]


def _as_entities(spans) -> list[dict]:
    return [{"start": s.start_char, "end": s.end_char, "label": s.label_, "text": s.text} for s in spans]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--silver", type=Path, required=True, help="full-mode records over corpus articles (JSONL)")
    ap.add_argument("-n", type=int, default=800, help="silver articles to train on")
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-underthesea", action="store_true")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)

    import spacy

    import cchc_extract
    from cchc_extract.refscore import load_gold, score

    t0 = time.process_time()
    docs = silver_docs(spacy.blank("xx"), args.silver, args.n, args.seed)
    n_ents = sum(len(d.ents) for d in docs)
    print(f"silver: {len(docs)} articles, {n_ents} entities", file=sys.stderr)
    model = train(docs, args.epochs, args.seed)
    print(f"trained in {time.process_time() - t0:.0f} CPU s", file=sys.stderr)
    ner = None
    if not args.no_underthesea:
        from underthesea import ner

        sys.path.insert(0, str(ROOT / "benchmarks"))
        from entities_bench import underthesea_entities

    pipe = cchc_extract.Pipeline()
    rows, figures = [], {}
    for name, (gold_dir, text_dir) in gold_sets().items():
        gold = load_gold(gold_dir)
        texts = {k: (text_dir / f"{k}.txt").read_text(encoding="utf-8") for k in gold}
        variants: dict[str, dict] = {v: {} for v in ("rules", "silver", "rules+silver", "rules+underthesea")}
        for k, text in texts.items():
            rec = json.loads(pipe(cchc_extract.Article.from_text(text, doc_id=k)).model_dump_json())
            rules = rec["entities"]
            silver = _as_entities(model(text).ents)
            variants["rules"][k] = rec
            variants["silver"][k] = {**rec, "entities": silver}
            variants["rules+silver"][k] = {**rec, "entities": rules + _free(silver, rules)}
            if ner is not None:
                uts = [e for e in underthesea_entities(text, ner) if e["label"] in LABELS]
                variants["rules+underthesea"][k] = {**rec, "entities": rules + _free(uts, rules)}
        for v, pred in variants.items():
            if not pred:
                continue
            result = score(gold, pred, texts)[0]
            ov, ex = result["entities_overlap"], result["entities_exact"]
            figures[f"{name}/{v}"] = {"overlap": ov, "exact": ex}
            rows.append(f"{name:<9} {v:<18} {ov['f1']:8.3f} {ex['f1']:8.3f}   "
                        f"P {ov['precision']:.3f} R {ov['recall']:.3f}")
    print(f"{'set':<9} {'entities from':<18} {'overlap':>8} {'exact':>8}")
    print("\n".join(rows))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
