"""Dump the JSONL output of the library over a fixed set of inputs, to
compare two versions byte for byte (a speed change must not change output).

    PYTHONPATH=OLD/src python benchmarks/golden.py > old.jsonl
    PYTHONPATH=NEW/src python benchmarks/golden.py > new.jsonl
    cmp old.jsonl new.jsonl

Inputs: the bundled corpus and heldout articles, ``../shared`` seeds, wild
and eval2017 articles when present, the first ``CCHC_GOLDEN_SAMPLE`` articles
(default 2,000, sorted by name) of the folder named by ``CCHC_GOLDEN_CORPUS``
(an unpacked ``../shared/corpora/vn_news_2017``) when that is set, every example text of ``patterns/*.yaml``, and a
few adversarial texts; each in facts-only and full mode (``--facts-only``
skips full mode).  Files go through the batch path (read, extract, JSON line).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def texts() -> list[tuple[str, str]]:
    import cchc_extract

    out = []
    pdir = Path(cchc_extract.__file__).parent / "patterns"
    for f in sorted(pdir.glob("*.yaml")):
        for entry in yaml.safe_load(f.read_text(encoding="utf-8")) or []:
            for ex in (entry.get("examples") or []) + (entry.get("not") or []):
                if isinstance(ex, dict) and isinstance(ex.get("text"), str):
                    out.append((f"{f.stem}:{entry.get('name')}", ex["text"]))
    adv = [
        "1" * 5000, "1." * 3000, "Ngày " * 2000, "hồ sơ " * 1500 + "1.234",
        "Quyết định số " + "1/" * 2000, "a\n" * 3000, "  \n\n  ", "",
        "Tỷ lệ " + "98,5% " * 500, "Năm 2023, tỉnh tiếp nhận " + "1.234 hồ sơ, " * 300,
        "(" * 3000 + "2021" + ")" * 3000, "Nghị định số 61/2018/NĐ-CP " * 400,
        "<html><head><title>T</title></head><body><p>Ngày 1/1/2023 tiếp nhận 12 hồ sơ.</p></body></html>",
        "quý I/2023 " * 500, "- " * 4000, "…" * 3000, "TP.HCM " * 1000,
    ]
    out += [(f"adv{i}", t) for i, t in enumerate(adv)]
    return out


def files() -> list[Path]:
    dirs = [ROOT / "corpus" / "articles", ROOT / "corpus" / "heldout" / "articles",
            ROOT.parent / "shared" / "seeds", ROOT.parent / "shared" / "wild",
            ROOT.parent / "shared" / "eval2017"]
    out = [p for d in dirs if d.is_dir() for p in sorted(d.glob("*.txt"))]
    corpus = os.environ.get("CCHC_GOLDEN_CORPUS")
    if corpus:
        sample = int(os.environ.get("CCHC_GOLDEN_SAMPLE", "2000"))
        out += sorted(Path(corpus).glob("*.txt"))[:sample]
    return out


def main() -> int:
    from cchc_extract.batch import get_pipeline, process_item
    from cchc_extract.errors import CchcError

    modes = [("entities",)] if "--facts-only" in sys.argv else [("entities",), ()]
    w = sys.stdout.write
    for excl in modes:
        pipe = get_pipeline(excl)
        for p in files():
            o = process_item(pipe, str(p))
            line = f"{excl} {p.name} {o[0]} {o[2] if o[0] == 'ok' else o[2:]}"
            # Paths inside the project read the same from any checkout or worktree.
            w(line.replace(str(ROOT), "<ROOT>"))
        for name, t in texts():
            try:
                w(f"{excl} {name} " + pipe(t).model_dump_json() + "\n")
            except CchcError as exc:
                w(f"{excl} {name} error {type(exc).__name__} {exc}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
