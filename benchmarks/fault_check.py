"""Running the command and counting what goes wrong: the harness of ``benchmarks/faults.py``.

A :class:`Suite` runs ``python -m cchc_extract extract`` (or a command a
test puts in its place) in its own process group, with a time limit, and
keeps one :class:`Tally` per case.  The checks count crashes (a traceback,
or an exit status README does not document), hangs, wrong exit statuses,
partial or unparsable JSONL lines, lost and duplicated records (every input
accounted for once, by the ``source`` its record or failure names), failures
without their line on stderr or in the errors file, and processes left
running after a kill.  :func:`report` prints the tables and PASS/FAIL lines.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from fault_inputs import ROOT, Input

SRC = ROOT / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))
from cchc_extract.cli import one_line  # noqa: E402
from cchc_extract.reading import printable  # noqa: E402

ENV = {**os.environ, "PYTHONPATH": str(SRC)}
CLI = [sys.executable, "-m", "cchc_extract"]
FACTS = ["--exclude", "entities"]
#: Exit statuses README documents for ``extract``.
DOCUMENTED = {0, 1, 2, 3, 130, 143}
COUNTS = ("runs", "crash", "hang", "lost", "dup", "partial", "no_error", "bad_exit", "orphans", "refused", "accepted")
#: Counted as failures of the target; ``refused`` (an odd but readable input turned down) and
#: ``accepted`` (an input expected to fail that gave a record) are shown, not judged.
TARGET = ("crash", "hang", "lost", "dup", "partial", "no_error", "bad_exit", "orphans")


@dataclass
class Tally:
    group: str
    case: str
    counts: dict = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    notes: list = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)
    seconds: float = 0.0

    def add(self, what: str, n: int = 1, note: str | None = None) -> None:
        self.counts[what] += n
        if note and n and len(self.notes) < 6:
            self.notes.append(note)


@dataclass
class Run:
    code: int | None
    stderr: str
    seconds: float
    hung: bool


@dataclass
class Suite:
    """Where the cases run, and how: ``cli`` is the command (a test swaps in a broken one)."""
    work: Path
    cli: list = field(default_factory=lambda: list(CLI))
    timeout: float = 300.0
    tallies: list = field(default_factory=list)
    inputs: int = 0

    def tally(self, group: str, case: str) -> Tally:
        """A new case; the one before it ends now (its wall seconds are counted)."""
        if self.tallies:
            self.tallies[-1].seconds = time.monotonic() - self.tallies[-1].started
        t = Tally(group, case)
        self.tallies.append(t)
        return t


# --------------------------------------------------------------------------- running the command

def start(suite: Suite, args: list, stdout=subprocess.DEVNULL, fsize: int | None = None):
    """Start ``extract ARGS`` in its own session (its process group is ours to kill)."""
    def limit():  # in the child: a full disk after ``fsize`` bytes of any file
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    err = tempfile.TemporaryFile(dir=suite.work, prefix="stderr-")
    proc = subprocess.Popen([*suite.cli, "extract", *map(str, args)], env=ENV, stdout=stdout, stderr=err,
                            start_new_session=True, preexec_fn=limit if fsize else None)
    proc.err_file = err
    return proc


def finish(suite: Suite, proc, timeout: float | None = None) -> Run:
    t0 = time.monotonic()
    hung = False
    try:
        proc.wait(timeout if timeout is not None else suite.timeout)
    except subprocess.TimeoutExpired:
        hung = True
    kill_group(proc.pid)
    proc.wait()
    proc.err_file.seek(0)
    stderr = proc.err_file.read().decode("utf-8", "replace")
    proc.err_file.close()
    return Run(None if hung else proc.returncode, stderr, time.monotonic() - t0, hung)


def run(suite: Suite, args: list, timeout: float | None = None, **kw) -> Run:
    return finish(suite, start(suite, args, **kw), timeout)


def kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def group_pids(pgid: int) -> list[int]:
    """Live processes of a process group (zombies left out)."""
    pids = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                fields = Path(f"/proc/{d}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] != "Z":
                pids.append(int(d))
    return pids


def orphans_after(pgid: int, wait: float = 15.0) -> int:
    deadline = time.monotonic() + wait
    while group_pids(pgid) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = len(group_pids(pgid))
    kill_group(pgid)
    return left


def line_count(path: Path) -> int:
    try:
        with open(path, "rb") as fh:
            return fh.read().count(b"\n")
    except OSError:
        return 0


def wait_lines(proc, path: Path, n: int, limit: float = 120.0) -> bool:
    """Wait until ``path`` holds ``n`` lines; False if the run ended first."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if line_count(path) >= n:
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.02)
    return False


# --------------------------------------------------------------------------- checking

def check_run(t: Tally, r: Run, expect: set, extra_ok: set = frozenset()) -> None:
    t.add("runs")
    if r.hung:
        t.add("hang", note=f"no end within the time limit ({r.seconds:.0f} s)")
        return
    if "Traceback (most recent call last)" in r.stderr or "Exception ignored" in r.stderr:
        tail = [ln for ln in r.stderr.splitlines() if ln.strip()][-1:]
        t.add("crash", note=f"traceback: {tail}")
    elif r.code not in DOCUMENTED | extra_ok:
        t.add("crash", note=f"exit status {r.code}")
    if r.code not in expect:
        t.add("bad_exit", note=f"exit {r.code}, expected {sorted(expect)}; stderr: {r.stderr.strip()[-200:]!r}")


def read_jsonl(t: Tally, path: Path) -> list[dict]:
    """The records of ``path``; every partial or unparsable line is counted."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    lines = data.split(b"\n")
    if lines[-1]:
        t.add("partial", note=f"{path.name} ends in a partial line")
    out = []
    for ln in lines[:-1]:
        try:
            out.append(json.loads(ln))
        except ValueError:
            t.add("partial", note=f"{path.name}: a line that is not JSON")
    return out


def check_records(t: Tally, out: Path, inputs: list[Input], errors_file: Path | None = None,
                  stderr: str | None = None) -> list[dict]:
    """Every input is accounted for once: a record, or a failure on stderr and
    in the errors file, as its ``expect`` says; no record twice, none from nowhere."""
    recs = read_jsonl(t, out)
    by_source: dict[str, int] = {}
    for r in recs:
        by_source[r["source"]] = by_source.get(r["source"], 0) + 1
    failed = {json.loads(x)["path"] for x in errors_file.read_text("utf-8").splitlines()} \
        if errors_file is not None and errors_file.exists() else set()
    printed = [ln for ln in (stderr or "").splitlines() if ln.startswith("error: ")]
    groups: dict[str, list[Input]] = {}
    for i in inputs:
        groups.setdefault(printable(os.fsdecode(i.path)), []).append(i)
    for source, items in groups.items():
        n_rec = by_source.pop(source, 0)
        err_file = source in failed
        err_line = stderr is None or any(ln.startswith(f"error: {one_line(source)}: ") for ln in printed)
        n_err = int(err_file or (stderr is not None and err_line))
        want_rec = sum(i.expect == "record" for i in items)
        want_any = sum(i.expect != "none" for i in items)
        name = f"{items[0].group}: {items[0].name}"
        if len(items) > 1:  # names that escape alike: one source for several files
            if n_rec > want_any:
                t.add("dup", n_rec - want_any, f"{name}: {n_rec} records for {want_any} files")
            elif n_rec < want_rec and n_rec + n_err * (want_any - n_rec) < want_any:
                t.add("lost", want_rec - n_rec, f"{name}: {n_rec} records for {want_rec} readable files")
            continue
        expect = items[0].expect
        if n_rec > 1:
            t.add("dup", n_rec - 1, f"{name}: {n_rec} records")
        if expect == "none":
            if n_rec:
                t.add("accepted", n_rec, f"{name}: read, though never walked")
        elif n_rec == 0 and not n_err:
            t.add("lost" if expect != "error" else "no_error", note=f"{name}: no record and no error line")
        elif n_rec == 0 and (errors_file is not None and not err_file or not err_line):
            t.add("no_error", note=f"{name}: failure missing from {'stderr' if err_file else 'the errors file'}")
        elif n_rec == 0 and expect == "record":
            t.add("lost" if items[0].group == "good" else "refused", note=f"{name}: refused")
        elif n_rec and n_err:
            t.add("dup", note=f"{name}: a record and an error line")
        elif n_rec and expect == "error":
            t.add("accepted", note=f"{name}: gave a record")
    for source, n in by_source.items():
        t.add("dup", n, f"a record from no input: {source}")
    return recs


def unchanged(t: Tally, path: Path, before: bytes | None, what: str) -> None:
    now = path.read_bytes() if path.exists() and path.is_file() else None
    if now != before:
        t.add("lost", note=f"{what}: {path.name} was changed")


def one_error_line(t: Tally, r: Run, word: str = "", prefix: str = "error: ") -> None:
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    if len(lines) != 1 or not lines[0].startswith(prefix) or word not in lines[0]:
        t.add("no_error", note=f"expected one error line with {word!r}, got {lines[:3]}")


def totals(s: Suite) -> dict:
    tot = dict.fromkeys(COUNTS, 0)
    for t in s.tallies:
        for k, v in t.counts.items():
            tot[k] += v
    return tot


def report(s: Suite, inputs_made: int | None = None) -> list[str]:
    cols = COUNTS
    lines = []
    groups = []
    for t in s.tallies:
        if t.group not in groups:
            groups.append(t.group)
    for g in groups:
        lines.append(f"\n[{g}]")
        lines.append(f"{'case':<62}" + "".join(f"{c:>9}" for c in cols) + f"{'wall s':>8}")
        for t in (t for t in s.tallies if t.group == g):
            secs = t.seconds or time.monotonic() - t.started
            lines.append(f"{t.case[:62]:<62}" + "".join(f"{t.counts[c]:>9}" for c in cols) + f"{secs:>8.0f}")
            lines.extend(f"    {n}" for n in t.notes)
    tot = totals(s)
    lines.append("\n" + f"{'TOTAL (' + str(len(s.tallies)) + ' cases)':<62}" + "".join(f"{tot[c]:>9}" for c in cols))
    if inputs_made is not None:
        lines.append(f"inputs in the mixed batch: {inputs_made}; command runs: {tot['runs']}")
    for what, keys in (("0 crashes", ("crash",)), ("0 hangs", ("hang",)), ("0 lost records", ("lost",)),
                       ("0 duplicated records", ("dup",)), ("0 partial lines", ("partial",)),
                       ("every failure has its error line", ("no_error",)), ("correct exit codes", ("bad_exit",)),
                       ("no process left after a kill", ("orphans",))):
        n = sum(tot[k] for k in keys)
        lines.append(f"{'PASS' if n == 0 else 'FAIL'}  {what}" + (f" ({n})" if n else ""))
    return lines


def failures(s: Suite) -> int:
    tot = totals(s)
    return sum(tot[k] for k in TARGET)


def cleanup(work: Path) -> None:
    for dirpath, dirnames, _ in os.walk(work):  # chmod 000 folders (not as root) cannot be removed
        for d in dirnames:
            path = os.path.join(dirpath, d)
            if not os.path.islink(path):
                try:
                    os.chmod(path, 0o755)
                except OSError:
                    pass
    shutil.rmtree(work, ignore_errors=True)
