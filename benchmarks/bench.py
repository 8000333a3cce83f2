"""Throughput, scaling, memory and latency of cchc-extract, in one run.

    python benchmarks/bench.py                  # the corpus replicated to 4 MB
    python benchmarks/bench.py FOLDER --mb 8    # and also a folder of your own
    python benchmarks/bench.py --quick          # smaller sizes, no 10,000-article RSS run
    python benchmarks/bench.py --profile        # plus cProfile's top functions

Everything runs on the same text: the bundled corpus (``corpus/articles``)
replicated to ``--mb`` megabytes.  Printed:

* articles/s and MB/s on one core, facts-only (``exclude=["entities"]``) and
  full, and where the time goes (reading, each stage, record, JSON, on the
  path ``Pipeline`` takes: no spaCy ``Doc`` is built);
* the ratio to underthesea ``ner()`` and ``word_tokenize()`` on the same text
  (timed on a sample of whole paragraphs and extrapolated per MB);
* the speed-up of 2 worker processes over 1 (warm pools: the start-up cost is
  printed apart), and Dask ``LocalCluster`` (2 single-threaded worker
  processes, the CLI's Dask chunk size) against the local pool, both modes;
* peak RSS (``ru_maxrss``) of the CLI over 100 and 10,000 articles;
* import and first-article latency in a fresh interpreter.

It is a script, not a test: numbers depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cchc_extract.batch import (DASK_CHUNK_SIZE, JsonlSink, _chunks, _local_executor_factory, get_pipeline,  # noqa: E402
                                iter_paths, run_batch, run_ordered)

CORPUS = ROOT / "corpus" / "articles"
FACTS = ("entities",)  # what facts-only mode excludes
FULL: tuple[str, ...] = ()

RESULTS: list[tuple[str, str, bool | None]] = []


def target(name: str, value: str, ok: bool | None) -> None:
    RESULTS.append((name, value, ok))


def say(*args) -> None:
    print(*args, flush=True)


def replicate(src_files: list[Path], folder: Path, *, mb: float | None = None, count: int | None = None) -> list[Path]:
    """Copies of ``src_files`` (renamed) up to ``mb`` megabytes or ``count`` files."""
    folder.mkdir(parents=True, exist_ok=True)
    made, size, i = [], 0, 0
    datas = [(p.stem, p.read_bytes()) for p in src_files]
    while (mb is not None and size < mb * 1e6) or (count is not None and len(made) < count):
        stem, data = datas[i % len(datas)]
        dst = folder / f"{i // len(datas):05d}_{stem}.txt"
        dst.write_bytes(data)
        made.append(dst)
        size += len(data)
        i += 1
    return made


def text_mb(paths: list[Path]) -> float:
    from cchc_extract import read_article

    return sum(len(read_article(p).text.encode("utf-8")) for p in paths) / 1e6


# --------------------------------------------------------------------------- one core

REPEAT = 3  # timings are the best of REPEAT runs (set by --repeat)


def one_core(folder: Path, exclude: tuple[str, ...], tmp: Path) -> tuple[float, float, float, float]:
    """(seconds, articles/s, MB/s, MB per CPU-second) of a warm single-process batch."""
    get_pipeline(exclude)
    run_batch([next(iter_paths([folder]))], tmp / "warm.jsonl", exclude=exclude, errors=False)
    best = cpu = float("inf")
    for _ in range(REPEAT):
        t, c = time.perf_counter(), time.process_time()
        s = run_batch([folder], tmp / "one.jsonl", exclude=exclude, jobs=1, errors=False)
        best = min(best, time.perf_counter() - t)
        cpu = min(cpu, time.process_time() - c)
    return best, s.articles / best, s.bytes / 1e6 / best, s.bytes / 1e6 / cpu


def breakdown(paths: list[Path], exclude: tuple[str, ...]) -> list[tuple[str, float]]:
    """Seconds spent in each step over ``paths`` (one process), on the path
    :class:`cchc_extract.Pipeline` takes: stages run on the article's context
    without a spaCy ``Doc`` when every component is a cchc_extract stage (the
    tokenizer is timed only when some other component needs the ``Doc``)."""
    from cchc_extract import read_article
    from cchc_extract.context import ArticleContext, StageComponent, get_context

    pipe = get_pipeline(exclude)
    nlp = pipe.nlp
    direct = all(isinstance(proc, StageComponent) for _, proc in nlp.pipeline)
    steps: dict[str, float] = {"read + decode": 0.0}
    if not direct:
        steps["tokenizer (make_doc)"] = 0.0
    for name in nlp.pipe_names:
        steps[f"stage {name}"] = 0.0
    steps["record + offset check"] = 0.0
    steps["JSON line"] = 0.0
    clock = time.perf_counter
    for p in paths:
        t0 = clock()
        art = read_article(p)
        t1 = clock()
        steps["read + decode"] += t1 - t0
        if direct:
            ctx = ArticleContext(article=art)
            for name, proc in nlp.pipeline:
                t = clock()
                proc.run(ctx)
                steps[f"stage {name}"] += clock() - t
        else:
            doc = nlp.make_doc(art.text)
            doc._.article = art
            steps["tokenizer (make_doc)"] += clock() - t1
            for name, proc in nlp.pipeline:
                t = clock()
                doc = proc(doc)
                steps[f"stage {name}"] += clock() - t
            ctx = get_context(doc)
        t = clock()
        rec = ctx.to_record()
        rec.check_offsets(ctx.text)
        t3 = clock()
        rec.model_copy(update={"content_hash": art.content_hash}).model_dump_json()
        steps["record + offset check"] += t3 - t
        steps["JSON line"] += clock() - t3
    return list(steps.items())


# --------------------------------------------------------------------------- underthesea

def underthesea_rates(paths: list[Path], sample_bytes: int) -> dict[str, float]:
    """MB/s of underthesea ``ner()`` and ``word_tokenize()`` on whole
    paragraphs of the same articles (about ``sample_bytes`` of text)."""
    import underthesea
    from cchc_extract import read_article

    paras: list[str] = []
    size = 0
    for p in paths:
        for line in read_article(p).text.splitlines():
            if line.strip():
                paras.append(line)
                size += len(line.encode("utf-8"))
        if size >= sample_bytes:
            break
    mb = size / 1e6
    underthesea.ner("Khởi động."), underthesea.word_tokenize("Khởi động.")  # load the models first
    out = {}
    for name, fn in (("word_tokenize", underthesea.word_tokenize), ("ner", underthesea.ner)):
        t, c = time.perf_counter(), time.process_time()
        for para in paras:
            fn(para)
        out[name] = mb / (time.perf_counter() - t)
        out[name + "_cpu"] = mb / (time.process_time() - c)
    out["sample_mb"] = mb
    return out


# --------------------------------------------------------------------------- scaling

def _warm(executor, workers: int) -> None:
    # Each worker takes one sleeping task, so all have started (and built
    # their pipeline in the initializer) before the clock starts.
    for f in [executor.submit(time.sleep, 0.5) for _ in range(workers)]:
        f.result()


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def pool_seconds(folder: Path, exclude: tuple[str, ...], jobs: int, tmp: Path, chunk: int = 16
                 ) -> tuple[float, float]:
    """(seconds, CPU seconds of this coordinating process) for the local
    process pool (warm) over ``folder``."""
    make = _local_executor_factory(jobs, exclude)
    ex = make()
    _warm(ex, jobs)
    sink = JsonlSink(tmp / f"pool{jobs}.jsonl", append=False)
    items = [(str(p), ()) for p in iter_paths([folder])]
    best = (float("inf"), 0.0)
    before = _worker_cpu(ex)
    for _ in range(REPEAT):
        t, c = time.perf_counter(), _cpu()
        for _, outcomes in run_ordered(lambda: ex, _chunks(items, chunk), exclude, jobs * 4, keep=True):
            sink.write([o[2] for o in outcomes if o[0] == "ok"])
        best = min(best, (time.perf_counter() - t, _cpu() - c))
    after = _worker_cpu(ex)
    ex.shutdown()
    sink.close()
    WORKER_CPU[jobs] = [(after.get(pid, 0.0) - cpu) / REPEAT for pid, cpu in before.items()]
    return best


#: jobs -> CPU seconds of each worker per run, from the last pool_seconds call.
WORKER_CPU: dict[int, list[float]] = {}


def _worker_cpu(ex) -> dict[int, float]:
    try:
        import psutil
    except ImportError:
        return {}
    out = {}
    for pid in list(getattr(ex, "_processes", {}) or {}):
        try:
            t = psutil.Process(pid).cpu_times()
            out[pid] = t.user + t.system
        except psutil.Error:
            pass
    return out


def _burn(n: int) -> int:
    s = 0
    for i in range(n):
        s += i * i
    return s


def machine_speedup(seconds: float = 1.0) -> float:
    """What 2 processes gain over 1 on a pure-Python CPU loop right now: the
    ceiling for any 2-worker speed-up on this machine under its current load."""
    from concurrent.futures import ProcessPoolExecutor

    n = 1
    while True:  # size the work to about ``seconds`` on one process
        t = time.perf_counter()
        _burn(n)
        if time.perf_counter() - t > seconds / 8:
            break
        n *= 2
    times = {}
    for jobs in (1, 2):
        with ProcessPoolExecutor(jobs) as ex:
            list(ex.map(_burn, [10] * jobs))
            t = time.perf_counter()
            list(ex.map(_burn, [n] * 8))
            times[jobs] = time.perf_counter() - t
    return times[1] / times[2]


def dask_seconds(folder: Path, exclude: tuple[str, ...], jobs: int, tmp: Path, chunk: int = DASK_CHUNK_SIZE
                 ) -> tuple[float, float]:
    """(start-up, seconds) for a Dask LocalCluster of ``jobs`` single-thread
    worker processes over ``folder`` (warm), through the CLI's code path."""
    from distributed import Client, LocalCluster

    from cchc_extract.batch import work_chunk

    logging.getLogger("distributed").setLevel(logging.ERROR)  # underthesea's root handler would print INFO
    t = time.perf_counter()
    cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None,
                           silence_logs=logging.CRITICAL)
    client = Client(cluster)
    startup = time.perf_counter() - t
    items = [(str(p), ()) for p in iter_paths([folder])]
    try:
        warm = [client.submit(work_chunk, items[:1], exclude, workers=[w], pure=False)
                for w in client.scheduler_info()["workers"]]
        client.gather(warm)
        sink = JsonlSink(tmp / "dask.jsonl", append=False)
        ex = client.get_executor(pure=False)
        dt = float("inf")
        for _ in range(REPEAT):
            t = time.perf_counter()
            for _, outcomes in run_ordered(lambda: ex, _chunks(items, chunk), exclude, jobs * 4, recover=False,
                                           keep=True):
                sink.write([o[2] for o in outcomes if o[0] == "ok"])
            dt = min(dt, time.perf_counter() - t)
        sink.close()
    finally:
        client.close()
        cluster.close()
    return startup, dt


# --------------------------------------------------------------------------- subprocesses

_RSS = r"""
import resource, runpy, sys
sys.argv = ["cchc-extract"] + sys.argv[1:]
try:
    runpy.run_module("cchc_extract", run_name="__main__")
except SystemExit as exc:
    code = exc.code
print("RSS", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
      resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)
"""

_LATENCY = r"""
import time, sys
t0 = time.perf_counter()
import cchc_extract
t1 = time.perf_counter()
rec = cchc_extract.extract(cchc_extract.read_article(sys.argv[1]), exclude=sys.argv[2:])
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def peak_rss(folder: Path, out: Path, args: list[str]) -> tuple[float, float]:
    """(this process's, largest child's) peak RSS in MB of the CLI over ``folder``."""
    res = subprocess.run([sys.executable, "-c", _RSS, "extract", str(folder), "-o", str(out), "-q", *args],
                         env=_env(), capture_output=True, text=True)
    line = [x for x in res.stderr.splitlines() if x.startswith("RSS ")][-1]
    own, child = (int(x) / 1024 for x in line.split()[1:])  # ru_maxrss is in KiB on Linux
    return own, child


def latency(path: Path, exclude: tuple[str, ...]) -> tuple[float, float, float]:
    """(import, first article, wall) seconds in a fresh interpreter."""
    t = time.perf_counter()
    res = subprocess.run([sys.executable, "-c", _LATENCY, str(path), *exclude], env=_env(),
                         capture_output=True, text=True, check=True)
    wall = time.perf_counter() - t
    imp, first = map(float, res.stdout.split())
    return imp, first, wall


# --------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="*", type=Path, help="more folders of articles to measure")
    ap.add_argument("--mb", type=float, default=4.0, help="size of the replicated corpus (default 4 MB)")
    ap.add_argument("--sample-kb", type=float, default=40.0, help="text given to underthesea (default 40 KB)")
    ap.add_argument("--large", type=int, default=10_000, help="articles in the large RSS run (default 10,000)")
    ap.add_argument("--rss-args", default="-j 1", help="CLI options of the RSS runs (default: -j 1, full mode)")
    ap.add_argument("--quick", action="store_true", help="--mb 1, --sample-kb 10, --large 1000")
    ap.add_argument("--repeat", type=int, default=3, help="timings are the best of this many runs (default 3)")
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--profile", action="store_true", help="print cProfile's top functions (facts-only, full)")
    opts = ap.parse_args(argv)
    if opts.quick:
        opts.mb, opts.sample_kb, opts.large = 1.0, 10.0, 1000
    global REPEAT
    REPEAT = max(1, opts.repeat)

    import platform

    say(f"cchc-extract benchmark — {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    tmp = Path(tempfile.mkdtemp(prefix="cchc-bench-"))
    try:
        src = sorted(CORPUS.glob("*.txt"))
        replicated = replicate(src, tmp / "corpus", mb=opts.mb)
        mb = text_mb(replicated)
        say(f"text: {len(src)} corpus articles replicated to {len(replicated)} articles, {mb:.2f} MB")
        sets = [("corpus×", tmp / "corpus", replicated)]
        for f in opts.folders:
            sets.append((str(f), f, list(iter_paths([f]))))

        # ---- latency
        imp, first, wall = latency(src[0], FACTS)
        say(f"\nlatency (fresh interpreter): import {imp:.2f} s, first article {first:.2f} s "
            f"(facts-only; pipeline build included), process wall {wall:.2f} s")
        imp_f, first_f, wall_f = latency(src[0], FULL)
        say(f"                             import {imp_f:.2f} s, first article {first_f:.2f} s (full), "
            f"process wall {wall_f:.2f} s")

        # ---- one core
        rates: dict[tuple[str, str], tuple[float, float, float]] = {}
        say(f"\none core (warm, read + extract + write JSONL; best of {REPEAT}):")
        for label, folder, paths in sets:
            for mode, excl in (("facts-only", FACTS), ("full", FULL)):
                dt, aps, mbs, mbc = one_core(folder, excl, tmp)
                rates[(label, mode)] = (dt, aps, mbs, mbc)
                say(f"  {label:<10} {mode:<10} {aps:8.1f} articles/s  {mbs:6.2f} MB/s  ({dt:.2f} s; "
                    f"{mbc:.2f} MB per CPU-second)")

        # ---- underthesea
        ut = underthesea_rates(replicated, int(opts.sample_kb * 1000))
        say(f"\nunderthesea on {ut['sample_mb'] * 1000:.0f} KB of the same paragraphs: "
            f"word_tokenize {ut['word_tokenize']:.3f} MB/s, ner {ut['ner']:.3f} MB/s "
            f"(per CPU-second: {ut['word_tokenize_cpu']:.3f} and {ut['ner_cpu']:.3f})")
        f_mbs = rates[("corpus×", "facts-only")][2]
        a_mbs = rates[("corpus×", "full")][2]
        say(f"  facts-only: {f_mbs / ut['ner']:7.0f}× ner(), {f_mbs / ut['word_tokenize']:6.0f}× word_tokenize()")
        say(f"  full:       {a_mbs / ut['ner']:7.0f}× ner(), {a_mbs / ut['word_tokenize']:6.0f}× word_tokenize()")
        f_cpu, a_cpu = rates[("corpus×", "facts-only")][3], rates[("corpus×", "full")][3]
        say(f"  per CPU-second (not affected by other load on the machine): facts-only "
            f"{f_cpu / ut['ner_cpu']:.0f}× ner(), full {a_cpu / ut['ner_cpu']:.0f}× ner()")
        target("facts-only ≥ 2 MB/s per core", f"{f_mbs:.2f} MB/s ({f_cpu:.2f} per CPU-second)", f_mbs >= 2)
        target("facts-only ≥ 200× ner()", f"{f_mbs / ut['ner']:.0f}×", f_mbs / ut["ner"] >= 200)
        target("full ≥ 8× ner()", f"{a_mbs / ut['ner']:.0f}×", a_mbs / ut["ner"] >= 8)

        # ---- where the time goes
        for mode, excl in (("facts-only", FACTS), ("full", FULL)):
            steps = breakdown(replicated, excl)
            total = sum(s for _, s in steps)
            say(f"\nwhere the time goes, {mode} ({total:.2f} s over {len(replicated)} articles):")
            for name, s in sorted(steps, key=lambda x: -x[1]):
                say(f"  {name:<26} {s:6.2f} s  {100 * s / total:5.1f} %")

        # ---- 2 workers over 1
        say(f"\nprocess pool (warm workers, same chunks of 16 articles, JSONL written in order; best of {REPEAT}):")
        speedups = {}
        ceiling = machine_speedup()
        say(f"  this machine now: 2 processes run a pure CPU loop {ceiling:.2f}× faster than 1 "
            f"(the ceiling under the current load; 2.00 on an idle 2-core machine)")
        for mode, excl in (("facts-only", FACTS), ("full", FULL)):
            t1, _ = pool_seconds(tmp / "corpus", excl, 1, tmp)
            cpu1 = sum(WORKER_CPU.get(1, []))
            t2, parent = pool_seconds(tmp / "corpus", excl, 2, tmp)
            cpu2 = WORKER_CPU.get(2, [])
            speedups[mode] = (t1, t2)
            say(f"  {mode:<10} 1 worker {t1:.2f} s, 2 workers {t2:.2f} s: speed-up {t1 / t2:.2f}× "
                f"({100 * (t1 / t2) / ceiling:.0f} % of the ceiling; the writing process used "
                f"{100 * parent / t2:.0f} % of a core)")
            if cpu1 and len(cpu2) == 2 and max(cpu2) > 0:
                say(f"  {'':<10} worker CPU per run: 1 worker {cpu1:.2f} s; 2 workers {cpu2[0]:.2f} + {cpu2[1]:.2f} s "
                    f"= {sum(cpu2) / cpu1:.2f}× the work: {cpu1 / max(cpu2):.2f}× on 2 idle cores")
        worst = min(t1 / t2 for t1, t2 in speedups.values())  # both modes must reach it
        target("2 workers ≥ 1.8× one", f"{speedups['full'][0] / speedups['full'][1]:.2f}× full, "
               f"{speedups['facts-only'][0] / speedups['facts-only'][1]:.2f}× facts-only "
               f"(machine ceiling now {ceiling:.2f}×)", worst >= 1.8)
        t = time.perf_counter()
        s = run_batch([tmp / "corpus"], tmp / "cold.jsonl", exclude=FACTS, jobs=2, errors=False)
        cold = time.perf_counter() - t
        say(f"  end to end, facts-only, --jobs 2 from cold (pool start included): {cold:.2f} s, "
            f"{s.bytes / 1e6 / cold:.2f} MB/s")

        # ---- dask
        if not opts.no_dask:
            say(f"\nDask LocalCluster (2 worker processes, 1 thread each; the CLI's Dask chunks of "
                f"{DASK_CHUNK_SIZE} articles) against the local pool's 2 workers (best of {REPEAT}):")
            ratios = {}
            for mode, excl in (("facts-only", FACTS), ("full", FULL)):
                startup, td = dask_seconds(tmp / "corpus", excl, 2, tmp)
                tp = speedups[mode][1]
                ratios[mode] = td / tp
                say(f"  {mode:<10} Dask {td:.2f} s vs local pool {tp:.2f} s: {td / tp:.2f}× the pool's time "
                    f"(cluster start-up {startup:.1f} s, apart)")
            target("Dask LocalCluster within 20 % of the pool",
                   ", ".join(f"{r:.2f}× pool time {m}" for m, r in ratios.items()), max(ratios.values()) <= 1.2)

        # ---- memory
        small = replicate(src, tmp / "rss100", count=100)
        large_dir = tmp / f"rss{opts.large}"
        replicate(src, large_dir, count=opts.large)
        args = opts.rss_args.split()
        own_s, child_s = peak_rss(tmp / "rss100", tmp / "rss100.jsonl", args)
        t = time.perf_counter()
        own_l, child_l = peak_rss(large_dir, tmp / "rssL.jsonl", args)
        tl = time.perf_counter() - t
        peak_s, peak_l = max(own_s, child_s), max(own_l, child_l)
        say(f"\npeak RSS of `cchc-extract extract {' '.join(args)}` (largest process): "
            f"{len(small)} articles {peak_s:.0f} MB, {opts.large} articles {peak_l:.0f} MB "
            f"(+{100 * (peak_l / peak_s - 1):.1f} %; the large run took {tl:.0f} s)")
        target(f"peak RSS {opts.large} articles within 10 % of 100", f"{100 * (peak_l / peak_s - 1):+.1f} %",
               peak_l <= 1.1 * peak_s)
        target("peak RSS under 600 MB", f"{peak_l:.0f} MB", peak_l < 600)

        # ---- summary
        say("\ntargets:")
        for name, value, ok in RESULTS:
            say(f"  {'PASS' if ok else 'MISS'}  {name:<44} {value}")

        if opts.profile:
            import cProfile
            import pstats

            for mode, excl in (("facts-only", FACTS), ("full", FULL)):
                say(f"\ncProfile, {mode}, top 20 by own time:")
                prof = cProfile.Profile()
                prof.enable()
                run_batch([tmp / "corpus"], tmp / "prof.jsonl", exclude=excl, jobs=1, errors=False)
                prof.disable()
                pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(20)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
