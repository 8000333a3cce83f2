"""Time and memory of one big article at growing sizes: is the cost linear?

    python benchmarks/linear.py                          # 1, 4, 16, 64 MB of article text
    python benchmarks/linear.py --sizes 1 4 --kinds dossiers percents
    python benchmarks/linear.py --full                   # with the entity stage

Each size runs in a fresh interpreter (so ``ru_maxrss`` is that size's peak)
over one file of that many megabytes (UTF-8), built by :func:`make_text` and
read as the batch reads it (``read_article``, then its ``content_hash``):

* ``article``: the bundled corpus articles (``corpus/articles``) joined by
  blank lines and repeated: ordinary article text;
* ``single-line``: the same with every line break a space (one paragraph);
* ``dossiers``: ``tiếp nhận 1.234 hồ sơ, `` repeated (one sentence);
* ``percents``: ``9,5% `` repeated.

The facts-only pipeline (``exclude=["entities"]``) runs stage by stage on the
article's context, as :class:`cchc_extract.Pipeline` does, then the record is
built, its offsets checked and its JSON line made as the batch makes it
(``record_line``).  Printed per size: CPU seconds per step and in all, MB
per CPU-second and peak RSS; then one PASS/FAIL line per target:

* linear: ``t(size)/size <= 1.5 * t(1 MB)/1 MB`` (the smallest size stands in
  for 1 MB when 1 is not run);
* memory: peak RSS under 600 MB, for the article kinds.  The adversarial kinds
  make one fact every few bytes (``9,5% `` is a percentage every 5 bytes, about
  1 KB of record and 140 bytes of JSON each), so their memory is the size of
  their output and is printed, not judged.

Times are CPU time of the process (``time.process_time``): other processes on
a shared machine slow the wall clock, much less the CPU time.  It is a script,
not a test (``tests/test_linear_time.py`` checks growth ratios at small sizes,
and 16 MB with ``CCHC_SLOW=1 -m slow``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "articles"

KINDS = ("article", "single-line", "dossiers", "percents")
#: Kinds whose peak RSS is judged (the others' memory is their output's size).
MEMORY_KINDS = ("article", "single-line")
RSS_LIMIT_MB = 600
SLACK = 1.5


def unit_text(kind: str) -> str:
    """The piece that :func:`make_text` repeats."""
    if kind in ("article", "single-line"):
        unit = "\n\n".join(p.read_text(encoding="utf-8").strip() for p in sorted(CORPUS.glob("*.txt"))) + "\n\n"
        return " ".join(unit.split()) + " " if kind == "single-line" else unit
    if kind == "dossiers":
        return "tiếp nhận 1.234 hồ sơ, "
    if kind == "percents":
        return "9,5% "
    raise ValueError(f"unknown kind {kind!r}; kinds are {KINDS}")


def make_text(kind: str, nbytes: int) -> str:
    """About ``nbytes`` UTF-8 bytes of ``kind`` text (whole units, at least one)."""
    unit = unit_text(kind)
    reps = max(1, round(nbytes / len(unit.encode("utf-8"))))
    return unit * reps


def measure(kind: str, mb: float, exclude: tuple[str, ...] = ("entities",)) -> dict:
    """CPU seconds of each step on ``mb`` megabytes of ``kind`` text, and the peak RSS (this process)."""
    sys.path.insert(0, str(ROOT / "src"))
    from cchc_extract import Pipeline
    from cchc_extract.batch import record_line
    from cchc_extract.context import ArticleContext
    pipe = Pipeline(exclude=exclude)
    pipe("Tiêu đề\n\nTỉnh tiếp nhận 1.234 hồ sơ, đạt 98,2%.")  # warm: lazy tables, first imports
    from cchc_extract.reading import read_article

    folder = Path(tempfile.mkdtemp(prefix="cchc-linear-"))
    path = folder / f"{kind}.txt"
    path.write_text(make_text(kind, int(mb * 1_000_000)), encoding="utf-8")
    clock = time.process_time
    steps: dict[str, float] = {}
    t0 = clock()
    try:
        article = read_article(path)  # as the batch reads a file: bytes, decoding, NFC
    finally:
        shutil.rmtree(folder)
    article.content_hash  # the batch's --resume key
    ctx = ArticleContext(article=article)
    steps["read"] = clock() - t0
    for name, proc in pipe.nlp.pipeline:
        t = clock()
        proc.run(ctx)
        steps[name] = clock() - t
    t = clock()
    record = ctx.to_record()
    record.check_offsets(ctx.text)
    del ctx  # as in the batch: the pipeline hands back the record, its context is gone
    steps["record"] = clock() - t
    t = clock()
    line = record_line(record)  # the batch's JSONL line
    steps["json"] = clock() - t
    total = clock() - t0
    facts = sum(len(getattr(record, k)) for k in ("dates", "percentages", "dossier_counts", "quantities",
                                                  "legal_documents", "entities", "checks"))
    return {"kind": kind, "mb": mb, "bytes": article.utf8_size, "total": total, "steps": steps,
            "facts": facts, "json_mb": len(line) / 1e6,
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run_one(kind: str, mb: float, full: bool, timeout: float) -> dict | None:
    cmd = [sys.executable, __file__, "--one", kind, str(mb)] + (["--full"] if full else [])
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        print(done.stderr[-2000:], file=sys.stderr)
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 4, 16, 64], help="megabytes (default 1 4 16 64)")
    ap.add_argument("--kinds", nargs="+", default=["article", "single-line"], choices=KINDS)
    ap.add_argument("--full", action="store_true", help="with the entity stage")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds per size before it counts as a FAIL")
    ap.add_argument("--one", nargs=2, metavar=("KIND", "MB"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    exclude = () if args.full else ("entities",)
    if args.one:
        print(json.dumps(measure(args.one[0], float(args.one[1]), exclude)))
        return 0

    print(f"# {'full' if args.full else 'facts-only'} pipeline, CPU seconds (time.process_time); "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}", flush=True)
    verdicts: list[tuple[str, bool]] = []
    sizes = sorted(args.sizes)
    for kind in args.kinds:
        base = None
        for mb in sizes:
            r = run_one(kind, mb, args.full, args.timeout)
            if r is None:
                print(f"{kind:12s} {mb:6g} MB  did not finish in {args.timeout:.0f} s (or failed)", flush=True)
                verdicts.append((f"{kind} {mb:g} MB finishes", False))
                continue
            per_mb = r["total"] / (r["bytes"] / 1e6)
            base = per_mb if base is None else base
            steps = " ".join(f"{k}={v:.2f}" for k, v in r["steps"].items())
            print(f"{kind:12s} {mb:6g} MB  {r['total']:8.2f} s  {r['bytes'] / 1e6 / max(r['total'], 1e-9):6.2f} MB/s  "
                  f"x{per_mb / base:4.2f} per MB  RSS {r['rss_mb']:6.0f} MB  facts {r['facts']}  "
                  f"JSON {r['json_mb']:.1f} MB  [{steps}]", flush=True)
            if mb != sizes[0]:
                verdicts.append((f"{kind} {mb:g} MB within {SLACK}x of linear (x{per_mb / base:.2f} of the "
                                 f"{sizes[0]:g} MB cost per MB)", per_mb <= SLACK * base))
            if kind in MEMORY_KINDS:
                verdicts.append((f"{kind} {mb:g} MB peak RSS {r['rss_mb']:.0f} MB < {RSS_LIMIT_MB} MB",
                                 r["rss_mb"] < RSS_LIMIT_MB))
    for name, ok in verdicts:
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    return 0 if all(ok for _, ok in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
