"""The bad-input and fault suite of issue 18: crashes, hangs, lost or duplicated records, exit codes.

    python benchmarks/faults.py                  # everything (19 min on 2 cores shared at load 7)
    python benchmarks/faults.py --kills 3 --no-big --no-dask

In a temporary folder it builds a mixed batch: good articles (copies of
``corpus/articles``, renamed) and about 190 bad or odd inputs of every kind
README ("Robustness") and docs/batch.md name (:mod:`fault_inputs`: empty,
blank, binary, NUL bytes, UTF-16/32, Windows-1258, NFD, a 2 MB line, deep
HTML, an 11 MB script node, names that are not UTF-8 or hold newlines,
dangling links, link loops, FIFOs, devices, a file over the size limit, deep
and wide trees, duplicate stems ...).  Then it runs the real command
(``python -m cchc_extract extract``, facts only) on it with faults injected:

* the mixed batch with ``-j1``, ``-j2`` and on Dask (a ``LocalCluster`` this
  script starts on 127.0.0.1), then ``--resume`` on the finished output;
* ``kill -9`` of the main process mid-run, then ``--resume``, several times;
  ``kill -9`` of a worker; SIGTERM and SIGINT mid-run, then ``--resume``;
* two concurrent runs on one output; an output that is an input (also
  through a link); an output inside the input folder (run three times);
* disk full: a file-size limit (``RLIMIT_FSIZE``, in the child only, with
  SIGXFSZ ignored so that ``write`` fails with EFBIG; no tmpfs is mounted),
  with ``-j1`` and ``-j2``, then ``--resume``; ``-o /dev/full`` and stdout
  on ``/dev/full`` (a real ENOSPC);
* outputs that cannot be written (a folder, ``/proc``, ``/sys``, ``-o ""``,
  an existing file for ``--format parquet``/``csv`` ...), usage errors, an
  output that is not JSONL or ends in a partial line given to ``--resume``;
* a silent TCP server and one that answers HTTP, both on 127.0.0.1 and
  started here, given as the Dask scheduler with ``--connect-timeout``.

Each case checks and counts: crashes (a traceback on stderr, or an exit
status outside the documented 0, 1, 2, 3 and 130; 143 after SIGTERM), hangs
(a run over its time limit), lost records (a good article without its one
record, or an input without a record or an error line), duplicated records,
partial JSONL lines, bad inputs without an error line (stderr and errors
file), wrong exit statuses, and processes left running after a kill.  It
prints a table per group and totals, then one PASS/FAIL line per target.
``tests/test_fault_suite.py`` runs a subset through the same code.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# The harness, re-exported: tests/test_fault_suite.py runs cases through this module.
from fault_check import (CLI, COUNTS, DOCUMENTED, FACTS, TARGET, Run, Suite, Tally, check_records, check_run,  # noqa: E402,F401
                         cleanup, failures, finish, group_pids, kill_group, line_count, one_error_line,
                         orphans_after, read_jsonl, report, run, start, totals, unchanged, wait_lines)
from fault_inputs import SHORT, Input, corpus_texts, make_inputs  # noqa: E402

# --------------------------------------------------------------------------- the cases

def goods_folder(root: Path, n: int) -> list[Input]:
    texts = corpus_texts()
    root.mkdir(parents=True)
    out = []
    for k in range(n):
        p = root / f"g{k:03d}.txt"
        p.write_bytes(texts[k % len(texts)])
        out.append(Input("good", f"g{k}", os.fsencode(p), "record"))
    return out


def mixed_runs(s: Suite, folder: Path, inputs: list[Input], jobs=(1, 2), resume_after: bool = True) -> None:
    for j in jobs:
        out = s.work / f"mixed_j{j}.jsonl"
        t = s.tally("batch", f"mixed inputs, -j{j}")
        r = run(s, [folder, "-o", out, f"-j{j}", "--chunk-size", "4", *FACTS], timeout=2 * s.timeout)
        check_run(t, r, {1})
        check_records(t, out, inputs, Path(f"{out}.errors.jsonl"), r.stderr)
        if resume_after and j == jobs[-1]:
            t = s.tally("batch", f"mixed inputs, -j{j}, --resume of the finished output")
            r = run(s, [folder, "-o", out, f"-j{j}", "--resume", *FACTS], timeout=2 * s.timeout)
            check_run(t, r, {1})
            check_records(t, out, inputs, Path(f"{out}.errors.jsonl"), r.stderr)


def dask_runs(s: Suite, folder: Path, inputs: list[Input]) -> None:
    t = s.tally("dask", "mixed inputs on a LocalCluster (127.0.0.1)")
    try:
        import logging

        from distributed import LocalCluster
        logging.getLogger("distributed").setLevel(logging.ERROR)
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None, scheduler_port=0)
    except Exception as exc:  # noqa: BLE001 (no Dask here: said, not counted)
        t.notes.append(f"skipped: no LocalCluster ({type(exc).__name__}: {exc})")
        return
    try:
        out = s.work / "mixed_dask.jsonl"
        r = run(s, [folder, "-o", out, "--engine", "dask", "--scheduler", cluster.scheduler_address,
                    "--chunk-size", "8", *FACTS], timeout=2 * s.timeout)
        check_run(t, r, {1})
        check_records(t, out, inputs, Path(f"{out}.errors.jsonl"), r.stderr)
    finally:
        cluster.close()


class FakeScheduler:
    """A TCP server on 127.0.0.1 that accepts and stays silent, or answers ``reply`` (bytes
    that are not Dask's protocol); it stops accepting after 30 s without a connection."""

    def __init__(self, reply: bytes | None = None) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.address = "tcp://127.0.0.1:%d" % self.sock.getsockname()[1]
        self.reply, self.conns = reply, []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        self.sock.settimeout(30)
        try:
            while True:
                conn, _ = self.sock.accept()
                self.conns.append(conn)
                if self.reply:
                    conn.sendall(self.reply)
        except OSError:
            pass

    def close(self) -> None:
        for c in self.conns:
            c.close()
        self.sock.close()


def scheduler_runs(s: Suite, folder: Path, replies=(None, b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")) -> None:
    for reply in replies:
        t = s.tally("dask", f"scheduler that {'stays silent' if reply is None else 'answers HTTP'}, "
                            "--connect-timeout 2")
        out = s.work / "sched.jsonl"
        out.write_bytes(b"kept\n")
        server = FakeScheduler(reply)
        try:
            r = run(s, [folder, "-o", out, "--engine", "dask", "--scheduler", server.address,
                        "--connect-timeout", "2", *FACTS], timeout=120)
        finally:
            server.close()
        check_run(t, r, {2})
        one_error_line(t, r, "127.0.0.1")
        unchanged(t, out, b"kept\n", "a scheduler that is not Dask")


def kill_runs(s: Suite, folder: Path, inputs: list[Input], kills: int) -> None:
    """``kill -9`` of the main process mid-run, then ``--resume``: ``kills`` times, then to the end."""
    out = s.work / "killed.jsonl"
    t = s.tally("kill", f"kill -9 of the main process x{kills}, each followed by --resume")
    n = len(inputs)
    for k in range(kills):
        p = start(s, [folder, "-o", out, "-j2", "--chunk-size", "2", "--resume", *FACTS])
        target = line_count(out) + max(1, (n - line_count(out)) // (kills - k + 1))
        if wait_lines(p, out, target):
            p.send_signal(signal.SIGKILL)
            p.wait()
            t.add("orphans", orphans_after(p.pid), f"kill {k + 1}: processes left running")
            finish(s, p, 1)
            t.add("runs")
            read_jsonl(t, out)  # whole lines only, even now
        else:
            check_run(t, finish(s, p), {0})
            t.notes.append(f"kill {k + 1}: the run ended before the kill")
    r = run(s, [folder, "-o", out, "-j2", "--resume", *FACTS])
    check_run(t, r, {0})
    check_records(t, out, inputs, Path(f"{out}.errors.jsonl"), r.stderr)


def workers_of(pgid: int) -> list[int]:
    """The pool's workers: children of the fork server, in the run's process group."""
    pids = group_pids(pgid)
    server = [p for p in pids if b"forkserver" in Path(f"/proc/{p}/cmdline").read_bytes()]
    out = []
    for p in pids:
        try:
            ppid = int(Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except OSError:
            continue
        if ppid in server:
            out.append(p)
    return out


def worker_kill_run(s: Suite, folder: Path, inputs: list[Input]) -> None:
    t = s.tally("kill", "kill -9 of a worker mid-run (-j2)")
    out = s.work / "worker_killed.jsonl"
    p = start(s, [folder, "-o", out, "-j2", "--chunk-size", "2", *FACTS])
    if wait_lines(p, out, 4) and (w := workers_of(p.pid)):
        os.kill(w[0], signal.SIGKILL)
    else:
        t.notes.append("no worker found to kill")
    r = finish(s, p)
    check_run(t, r, {0})
    check_records(t, out, inputs, Path(f"{out}.errors.jsonl"), r.stderr)


def signal_runs(s: Suite, folder: Path, inputs: list[Input]) -> None:
    for sig, codes, said in ((signal.SIGTERM, {143}, "terminated"), (signal.SIGINT, {130}, "interrupted")):
        t = s.tally("kill", f"{sig.name} mid-run, then --resume")
        out = s.work / f"{sig.name}.jsonl"
        p = start(s, [folder, "-o", out, "-j2", "--chunk-size", "2", *FACTS])
        if wait_lines(p, out, 4):
            p.send_signal(sig)
            try:
                p.wait(60)
            except subprocess.TimeoutExpired:
                pass
            t.add("orphans", orphans_after(p.pid), "processes left running")
            r = finish(s, p, 1)
            check_run(t, r, codes)
            one_error_line(t, r, prefix=said)
            read_jsonl(t, out)
        else:
            finish(s, p)
            t.notes.append("the run ended before the signal")
        r = run(s, [folder, "-o", out, "-j2", "--resume", *FACTS])
        check_run(t, r, {0})
        check_records(t, out, inputs, Path(f"{out}.errors.jsonl"), r.stderr)


def concurrent_run(s: Suite, folder: Path, inputs: list[Input]) -> None:
    """A second run on an output that a first run is writing.  The first is
    paused (SIGSTOP, lock held) while the second runs, so that they meet
    however loaded the machine is; then it goes on (SIGCONT)."""
    t = s.tally("output", "two runs on one output at once")
    out = s.work / "twice.jsonl"
    first = start(s, [folder, "-o", out, "-j1", "--chunk-size", "1", *FACTS])
    if wait_lines(first, out, 1):
        os.killpg(first.pid, signal.SIGSTOP)
        try:
            second = run(s, [folder, "-o", out, "-j1", *FACTS])
        finally:
            os.killpg(first.pid, signal.SIGCONT)
        check_run(t, second, {2})
        one_error_line(t, second, "another run")
    else:
        t.notes.append("the first run ended before the second started")
    r = finish(s, first)
    check_run(t, r, {0})
    check_records(t, out, inputs, Path(f"{out}.errors.jsonl"), r.stderr)


def output_is_input_runs(s: Suite) -> None:
    v = s.work / "v.txt"
    v.write_text(SHORT, encoding="utf-8")
    link = s.work / "v_link.txt"
    link.symlink_to(v)
    for case, args in (("-o the input file", [v, "-o", v]), ("-o the input file through a link", [link, "-o", v])):
        t = s.tally("output", case)
        r = run(s, [*args, "-j1", *FACTS], timeout=120)
        check_run(t, r, {2})
        one_error_line(t, r, "is also an input")
        unchanged(t, v, SHORT.encode(), case)


def output_inside_input_run(s: Suite, inputs: list[Input], folder: Path) -> None:
    t = s.tally("output", "output inside the input folder: fresh, --resume, fresh")
    out = folder / "records.txt"  # matches the default --glob *.txt
    for extra in ([], ["--resume"], []):
        r = run(s, [folder, "-o", out, "-j1", *extra, *FACTS])
        check_run(t, r, {0})
        check_records(t, out, inputs, Path(f"{out}.errors.jsonl"), r.stderr)
    out.unlink()


def disk_full_runs(s: Suite, folder: Path, inputs: list[Input], jobs=(1, 2)) -> None:
    for j in jobs:
        t = s.tally("disk", f"file-size limit 40 KB (EFBIG), -j{j}, then --resume")
        out = s.work / f"full_j{j}.jsonl"
        r = run(s, [folder, "-o", out, f"-j{j}", "--chunk-size", "2", *FACTS], fsize=40_000)
        check_run(t, r, {3})
        one_error_line(t, r, "writing failed")
        read_jsonl(t, out)
        r = run(s, [folder, "-o", out, f"-j{j}", "--resume", *FACTS])
        check_run(t, r, {0})
        check_records(t, out, inputs, Path(f"{out}.errors.jsonl"), r.stderr)


def dev_full_runs(s: Suite, folder: Path) -> None:
    t = s.tally("disk", "-o /dev/full (ENOSPC)")
    r = run(s, [folder, "-o", "/dev/full", "-j1", *FACTS])
    check_run(t, r, {3})
    one_error_line(t, r, "No space left")
    t = s.tally("disk", "stdout on /dev/full")
    with open("/dev/full", "wb") as full:
        r = run(s, [folder, "-o", "-", "-j1", *FACTS], stdout=full)
    check_run(t, r, {3})
    one_error_line(t, r, "No space left")


def usage_runs(s: Suite, folder: Path, one: Path) -> None:
    """Outputs that cannot be written and other usage errors: exit 2, one line, nothing changed."""
    existing = s.work / "existing.bin"
    existing.write_bytes(b"not mine")
    (s.work / "a_folder").mkdir()
    (s.work / "dangling.txt").symlink_to(s.work / "missing.txt")
    garbage = s.work / "garbage.jsonl"
    garbage.write_bytes(b"garbage\n{not json\n")
    meta = s.work / "meta.csv"
    meta.write_text("doc_id,published\nx,not a date\n", encoding="utf-8")
    cases = {"-o a folder": ["-o", s.work / "a_folder"], "-o under /proc": ["-o", "/proc/cchc/out.jsonl"],
             "-o under /sys": ["-o", "/sys/cchc.jsonl"], '-o ""': ["-o", ""],
             "--format parquet onto a file": ["-o", existing, "-f", "parquet"],
             "--format csv onto a file": ["-o", existing, "-f", "csv"],
             "-o under a file": ["-o", existing / "out.jsonl"], "--errors a folder": ["-o", s.work / "u.jsonl",
                                                                                       "--errors", s.work / "a_folder"],
             "--resume to stdout": ["-o", "-", "--resume"], "unknown stage": ["-o", s.work / "u.jsonl",
                                                                              "--exclude", "nosuchstage"],
             "bad --meta": ["-o", s.work / "u.jsonl", "--meta", meta],
             "--resume on a file that is not JSONL": ["-o", garbage, "--resume"],
             "-j 0": ["-o", s.work / "u.jsonl", "-j", "0"]}
    for case, args in cases.items():
        t = s.tally("usage", case)
        before = {p: p.read_bytes() for p in (existing, garbage)}
        r = run(s, [one, *args, *FACTS], timeout=120)
        check_run(t, r, {2})
        one_error_line(t, r)
        for p, data in before.items():
            unchanged(t, p, data, case)
        if (s.work / "u.jsonl").exists():
            t.add("lost", note=f"{case}: an output was written")
    for case, arg in (("an input that does not exist", s.work / "missing"), ("a dangling link as input",
                                                                              s.work / "dangling.txt")):
        t = s.tally("usage", case)
        r = run(s, [arg, "-o", s.work / "u.jsonl", *FACTS], timeout=120)
        check_run(t, r, {2})
        one_error_line(t, r)


def partial_line_resume(s: Suite, folder: Path, inputs: list[Input]) -> None:
    t = s.tally("output", "--resume after a partial last line (a killed writer)")
    out = s.work / "partial.jsonl"
    r = run(s, [folder, "-o", out, "-j1", *FACTS])
    data = out.read_bytes()
    cut = data.rfind(b"\n", 0, len(data) - 1)
    out.write_bytes(data[:cut + 1 + (len(data) - cut) // 2])  # half of the last record
    r = run(s, [folder, "-o", out, "-j1", "--resume", *FACTS])
    check_run(t, r, {0})
    check_records(t, out, inputs, Path(f"{out}.errors.jsonl"), r.stderr)


def table_run(s: Suite, folder: Path, inputs: list[Input]) -> None:
    t = s.tally("output", "--format csv, -j2")
    out = s.work / "tables"
    r = run(s, [folder, "-o", out, "-f", "csv", "-j2", *FACTS])
    check_run(t, r, {0})
    check_records(t, out / "records.jsonl", inputs, out / "errors.jsonl", r.stderr)
    if [p.name for p in out.iterdir() if p.name.endswith(".tmp") or p.name.endswith(".lock")]:
        t.add("lost", note="temporary or lock files left")


# --------------------------------------------------------------------------- the suite

def mixed_folder(work: Path, goods: int = 30, big: bool = True, few: bool = False) -> tuple[Path, list[Input]]:
    """The mixed batch (``work/mixed``), or with ``few=True`` its subset (``work/subset``)."""
    mixed = work / "mixed"
    inputs = make_inputs(mixed, goods=goods, big=big, few=few)
    if not few:
        return mixed, inputs
    sub = work / "subset"  # make_inputs wrote every file: the subset goes to a folder of its own
    for i in inputs:
        dst = os.path.join(os.fsencode(sub), os.path.relpath(i.path, os.fsencode(mixed)))
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        os.rename(i.path, dst)
        i.path = dst
    cleanup(mixed)
    return sub, inputs


def run_suite(work: Path, *, goods: int = 30, kills: int = 5, big: bool = True, dask: bool = True,
              few: bool = False, cli: list | None = None, timeout: float = 300.0) -> Suite:
    """Build the inputs under ``work`` and run every case; ``few=True`` is the
    fast subset (a few dozen inputs, one run of each fault kind that costs
    one or two runs)."""
    s = Suite(work, cli or list(CLI), timeout)
    mixed, inputs = mixed_folder(work, goods=goods, big=big, few=few)
    s.inputs = len(inputs)
    goods_in = goods_folder(work / "goods", 12 if few else 60)
    one = work / "one.txt"
    one.write_text(SHORT, encoding="utf-8")
    mixed_runs(s, mixed, inputs, jobs=(1,) if few else (1, 2), resume_after=not few)
    if dask and not few:
        dask_runs(s, mixed, inputs)
    scheduler_runs(s, one, replies=(None,) if few else (None, b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"))
    kill_runs(s, work / "goods", goods_in, 1 if few else kills)
    disk_full_runs(s, work / "goods", goods_in, jobs=(1,) if few else (1, 2))
    output_is_input_runs(s)
    if few:
        return s
    worker_kill_run(s, work / "goods", goods_in)
    signal_runs(s, work / "goods", goods_in)
    concurrent_run(s, work / "goods", goods_in)
    output_inside_input_run(s, goods_in, work / "goods")
    partial_line_resume(s, work / "goods", goods_in)
    table_run(s, work / "goods", goods_in)
    dev_full_runs(s, work / "goods")
    usage_runs(s, mixed, one)
    return s


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--goods", type=int, default=30, help="good articles in the mixed batch")
    ap.add_argument("--kills", type=int, default=5, help="kill -9 then --resume, how many times")
    ap.add_argument("--no-big", action="store_true", help="leave out the 2 MB line and the 11 MB script page")
    ap.add_argument("--no-dask", action="store_true", help="no LocalCluster run")
    ap.add_argument("--few", action="store_true", help="the fast subset that tests/test_fault_suite.py runs")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="cchc-faults-"))
    t0 = time.monotonic()
    try:
        s = run_suite(work, goods=a.goods, kills=a.kills, big=not a.no_big, dask=not a.no_dask, few=a.few)
    finally:
        if not a.keep:
            cleanup(work)
    print(f"faults.py: {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC, {os.cpu_count()} CPUs, "
          f"load {os.getloadavg()[0]:.1f}, uid {os.geteuid()}" + (" (root: chmod 000 cases skipped)"
                                                                   if os.geteuid() == 0 else ""))
    print("\n".join(report(s, s.inputs)))
    import resource

    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)  # the runs and the processes they waited for
    print(f"{time.monotonic() - t0:.0f} s wall, {cpu.ru_utime + cpu.ru_stime:.0f} s CPU of the runs"
          + (f"; kept {work}" if a.keep else ""))
    return 1 if failures(s) else 0


if __name__ == "__main__":
    sys.exit(main())
