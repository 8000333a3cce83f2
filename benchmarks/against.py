"""Facts-only throughput of this tree against an earlier revision, measured in one run.

    python benchmarks/against.py f3914b9                 # the revision issue 14 was measured against
    python benchmarks/against.py f3914b9 --articles 1500 --rounds 4 --folder DIR

The base revision's ``src`` is exported with ``git archive`` into a temporary
folder.  Each side runs in its own interpreter (``PYTHONPATH`` its ``src``): it
reads the same articles (the first ``--articles`` ``*.txt`` of ``--folder``;
default: ``CCHC_GOLDEN_CORPUS`` when set, else the bundled corpus with ../shared
wild and eval2017), warms up on 20 of them, then times a facts-only
``Pipeline`` (``exclude=["entities"]``) with each record written as JSON, in
CPU time, best of ``--repeat`` passes.  The two sides alternate for
``--rounds`` rounds, so a machine that gets busier or quieter during the run
weighs on both alike; printed: each round's ms/article, the best of each side,
and the ratio base / this tree (above 1: this tree is faster).

With ``--floor`` this tree also times, in passes of their own, how much of
its time is spent inside the rule registries (``Registry.find``: the anchor
scans, the rules tried at each hit and their resolve functions) and how much
outside them; the second is what no change to the engine can remove, and the
ratio base / outside is the best throughput any engine could give this tree.

With ``--stages`` each side also times every step on the path ``Pipeline`` takes
(the context, each stage's ``run``, the record with its offset check, the JSON),
each the best of its passes, in CPU ms/article: printed side by side, a stage
that only one side has shown with ``-`` on the other.  A clock read around each
step costs about a microsecond: the steps add up to a little more than the total.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: what each side runs: its own package, the same articles, CPU time of the best pass
CHILD = r"""
import json, sys, time
from pathlib import Path
from cchc_extract import Pipeline
from cchc_extract.reading import read_article
paths, repeat, stages = [Path(p) for p in json.loads(sys.argv[1])], int(sys.argv[2]), sys.argv[3] == "1"
floor = sys.argv[4] == "1"
articles = [read_article(p) for p in paths]
pipe = Pipeline(exclude=["entities"])
for a in articles[:20]:
    pipe(a).model_dump_json()
best = float("inf")
for _ in range(repeat):
    t = time.process_time()
    for a in articles:
        pipe(a).model_dump_json()
    best = min(best, time.process_time() - t)
out = {"ms": best * 1e3 / len(articles)}
if stages:
    from cchc_extract.context import ArticleContext
    procs = list(pipe.nlp.pipeline)
    clock = time.process_time
    steps = {}
    for _ in range(repeat):
        spent = dict.fromkeys(["context", *(n for n, _ in procs), "record + offset check", "JSON"], 0.0)
        for a in articles:
            t = clock()
            ctx = ArticleContext(article=a)
            spent["context"] += clock() - t
            for name, proc in procs:
                t = clock()
                proc.run(ctx)
                spent[name] += clock() - t
            t = clock()
            rec = ctx.to_record()
            rec.check_offsets(ctx.text)
            t2 = clock()
            rec.model_dump_json()
            spent["record + offset check"] += t2 - t
            spent["JSON"] += clock() - t2
        steps = {k: min(v, steps.get(k, v)) for k, v in spent.items()}
    out["stages"] = {k: v * 1e3 / len(articles) for k, v in steps.items()}
if floor:
    try:
        from cchc_extract.engine.registry import Registry
    except ImportError:   # a tree before the rule engine
        Registry = None
    if Registry is not None:
        clock, find = time.process_time, Registry.find
        inside, depth = [0.0], [0]

        def timed_find(self, text, *args):
            if depth[0]:
                return find(self, text, *args)
            depth[0] += 1
            t = clock()
            try:
                return find(self, text, *args)
            finally:
                inside[0] += clock() - t
                depth[0] -= 1

        Registry.find = timed_find
        best_in = best_total = float("inf")
        for _ in range(repeat):
            inside[0] = 0.0
            t = clock()
            for a in articles:
                pipe(a).model_dump_json()
            total = clock() - t
            if total < best_total:
                best_total, best_in = total, inside[0]
        Registry.find = find
        n = len(articles)
        out["floor"] = {"registries": best_in * 1e3 / n, "outside": (best_total - best_in) * 1e3 / n}
print(json.dumps(out))
"""


def export(rev: str, into: Path) -> Path:
    """``src`` of ``rev`` (``git archive``) under ``into``."""
    data = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", rev, "src"],
                          check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def articles(folder: str | None, limit: int) -> list[str]:
    if folder:
        dirs = [Path(folder)]
    elif os.environ.get("CCHC_GOLDEN_CORPUS"):
        dirs = [Path(os.environ["CCHC_GOLDEN_CORPUS"])]
    else:
        dirs = [ROOT / "corpus" / "articles", ROOT.parent / "shared" / "wild", ROOT.parent / "shared" / "eval2017"]
    paths = [str(p) for d in dirs for p in sorted(d.glob("*.txt"))]
    if not paths:
        raise SystemExit(f"no *.txt articles in {', '.join(map(str, dirs))}")
    return paths[:limit]


def side(src: Path, paths: list[str], repeat: int, stages: bool = False, floor: bool = False) -> dict:
    """``{"ms": ...}`` (and ``"stages"``: ms/article of each step) of the package under ``src``."""
    env = dict(os.environ, PYTHONPATH=str(src))
    out = subprocess.run([sys.executable, "-c", CHILD, json.dumps(paths), str(repeat), "1" if stages else "0",
                          "1" if floor else "0"],
                         env=env, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def stage_table(base: list[dict], this: list[dict]) -> list[str]:
    """Lines of each step's best ms/article on both sides, in this tree's order."""
    def best(runs: list[dict]) -> dict[str, float]:
        out: dict[str, float] = {}
        for r in runs:
            for k, v in r["stages"].items():
                out[k] = min(v, out.get(k, v))
        return out

    b, t = best(base), best(this)
    names = list(t) + [k for k in b if k not in t]
    lines = [f"  {'step':24s} {'base':>8s} {'this':>8s}"]
    for k in names:
        bv, tv = (f"{b[k]:.3f}" if k in b else "-"), (f"{t[k]:.3f}" if k in t else "-")
        lines.append(f"  {k:24s} {bv:>8s} {tv:>8s}")
    lines.append(f"  {'(sum of steps)':24s} {sum(b.values()):8.3f} {sum(t.values()):8.3f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("base", help="the git revision to compare with (e.g. f3914b9)")
    ap.add_argument("--folder", help="a folder of *.txt articles (default: see above)")
    ap.add_argument("--articles", type=int, default=1500)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=2, help="passes per side and round; the best counts")
    ap.add_argument("--stages", action="store_true", help="also time each stage (see above)")
    ap.add_argument("--floor", action="store_true",
                    help="also time what this tree spends outside its rule registries (see above)")
    args = ap.parse_args(argv)
    paths = articles(args.folder, args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        base_src = export(args.base, Path(tmp))
        here: dict[str, list[float]] = {"base": [], "this": []}
        runs: dict[str, list[dict]] = {"base": [], "this": []}
        print(f"facts-only, {len(paths)} articles, CPU ms/article (best of {args.repeat} passes), "
              f"base {args.base} and this tree alternating:")
        for r in range(args.rounds):
            rb = side(base_src, paths, args.repeat, args.stages)
            rt = side(ROOT / "src", paths, args.repeat, args.stages, args.floor)
            runs["base"].append(rb)
            runs["this"].append(rt)
            b, t = rb["ms"], rt["ms"]
            here["base"].append(b)
            here["this"].append(t)
            print(f"  round {r + 1}: base {b:.3f}  this {t:.3f}  ratio {b / t:.2f}")
    b, t = min(here["base"]), min(here["this"])
    print(f"best: base {b:.3f}, this {t:.3f} ms/article; throughput of this tree = {b / t:.2f}x the base's")
    if args.stages:
        print("each step, CPU ms/article (best of every pass of every round):")
        print("\n".join(stage_table(runs["base"], runs["this"])))
    floors = [r["floor"] for r in runs["this"] if "floor" in r]
    if floors:
        f = min(floors, key=lambda f: f["registries"] + f["outside"])
        print(f"this tree: {f['registries']:.3f} ms/article inside its rule registries (anchor scans, rules, "
              f"their resolve functions), {f['outside']:.3f} outside them (every other step of every stage, "
              f"the record, the JSON); with the registries at no cost at all its throughput would be "
              f"{b / f['outside']:.2f}x the base's")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
