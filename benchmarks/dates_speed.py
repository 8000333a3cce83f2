"""CPU time per article of the dates stage, old (a copy of an earlier tree) against new, in one process.

    PYTHONPATH=src python benchmarks/dates_speed.py OLD_SRC [--repeat 7]

``OLD_SRC`` is the ``src`` folder of an earlier checkout whose package was
renamed ``cchc_old`` (``git archive f3914b9 src | tar -x``, then rename the
package and its ``resources.files("cchc_extract")`` calls).  Printed: the best
of ``--repeat`` runs, µs per article, over two sets of texts: the bundled
corpus, heldout, ../shared wild and eval2017; and 2,000 articles of
``CCHC_GOLDEN_CORPUS`` when set.  Both find the same dates (checked).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def texts(dirs, limit=None):
    out = []
    for d in dirs:
        out += [p.read_text("utf-8") for p in sorted(Path(d).glob("*.txt"))[:limit]]
    return out


def best(fn, docs, repeat):
    times = []
    for _ in range(repeat):
        t = time.process_time()
        for s in docs:
            fn(s, pub_year=2023)
        times.append(time.process_time() - t)
    return min(times) / len(docs) * 1e6


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("old_src")
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    sys.path.insert(0, args.old_src)
    from cchc_old.facts.dates import find_dates as old

    from cchc_extract.facts.dates import find_dates as new
    sets = {"corpus+heldout+wild+eval2017": texts([ROOT / "corpus" / "articles", ROOT / "corpus" / "heldout" / "articles",
                                                   ROOT.parent / "shared" / "wild", ROOT.parent / "shared" / "eval2017"])}
    if os.environ.get("CCHC_GOLDEN_CORPUS"):
        sets["2,000 of vn_news_2017"] = texts([os.environ["CCHC_GOLDEN_CORPUS"]], 2000)
    for name, docs in sets.items():
        for s in docs:
            a = [(d.start, d.end, d.value) for d in old(s, pub_year=2023)]
            b = [(d.start, d.end, d.value) for d in new(s, pub_year=2023)]
            if a != b:
                print(f"  differ on {s[:60]!r}: {set(a) ^ set(b)}")
        o, n = best(old, docs, args.repeat), best(new, docs, args.repeat)
        print(f"{name:32} {len(docs):5} articles  old {o:7.0f} µs  new {n:7.0f} µs  new/old {n / o:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
