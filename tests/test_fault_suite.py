"""Issue 18's fault suite (``benchmarks/faults.py``) as tests, and the CLI's ``--connect-timeout``.

* A subset of the suite (33 inputs: 6 good articles and three of every kind
  of bad input; a silent scheduler, ``kill -9`` then ``--resume``, a full disk,
  an output that is an input) must count no crash, hang, lost or duplicated
  record, partial line, missing error line or wrong exit status.  It runs the
  real command eight times, minutes on a loaded machine: opt-in (``-m slow``).
* The suite's counting must be able to fail: the same harness runs a command
  broken on purpose (a reader that loses an article, a record written twice,
  an exception in the main loop, a reader that never returns) and must count
  each; then the real command through it counts nothing.  The first runs by
  default (two runs of the command); the crash and the hang are opt-in.
* ``--connect-timeout`` on the command line: a silent TCP server on 127.0.0.1
  (started here) given as the Dask scheduler ends the command within the
  timeout given, with one error line, and the output file is not touched.
"""

from __future__ import annotations

import os
import sys
import time

import pytest
from typer.testing import CliRunner

from conftest import fault_harness


faults = fault_harness()


@pytest.mark.slow
def test_subset_of_the_fault_suite_counts_no_failure(tmp_path):
    suite = faults.run_suite(tmp_path, goods=6, few=True, big=False, dask=False, timeout=600)
    report = "\n".join(faults.report(suite, suite.inputs))
    totals = faults.totals(suite)
    assert suite.inputs >= 30 and totals["runs"] >= 8, report
    assert {k: totals[k] for k in faults.TARGET} == dict.fromkeys(faults.TARGET, 0), report


# --------------------------------------------------------------------------- the suite can fail

#: Run before the command: each breaks the batch in one way the suite must count.
BROKEN = {
    # good_001 is lost (its reading fails: a failure line, but a good article has no record);
    # good_002's record is written twice.
    "lost_and_dup": """
import cchc_extract.reading as rd, cchc_extract.workers as wk
real_read, real_line = rd.read_article, wk.record_line
def read_article(path, **kw):
    if str(path).endswith("good_001.txt"):
        raise rd.ReadError(str(path), "broken on purpose")
    return real_read(path, **kw)
def record_line(record):
    line = real_line(record)
    return line * 2 if record.source.endswith("good_002.txt") else line
rd.read_article, wk.record_line = read_article, record_line
""",
    # An exception the command does not expect, in the main process, after the first chunk.
    "crash": """
import cchc_extract.batch as b
real = b._consume
def _consume(stream, *a, **kw):
    def once():
        it = iter(stream)
        yield next(it)
        raise RuntimeError("broken on purpose")
    return real(once(), *a, **kw)
b._consume = _consume
""",
    # A reader that never returns.
    "hang": """
import time, cchc_extract.reading as rd
real_read = rd.read_article
def read_article(path, **kw):
    if str(path).endswith("good_001.txt"):
        time.sleep(3600)
    return real_read(path, **kw)
rd.read_article = read_article
""",
}


@pytest.mark.parametrize("broken", ["lost_and_dup", pytest.param("crash", marks=pytest.mark.slow),
                                    pytest.param("hang", marks=pytest.mark.slow)])
def test_the_suite_counts_what_a_broken_command_does(tmp_path, broken):
    folder, inputs = faults.mixed_folder(tmp_path, goods=4, big=False, few=True)
    cli = [sys.executable, "-c", BROKEN[broken] + "\nfrom cchc_extract.cli import main\nmain()\n"]
    suite = faults.Suite(tmp_path, cli, timeout=20 if broken == "hang" else 300)
    faults.mixed_runs(suite, folder, inputs, jobs=(1,), resume_after=False)
    totals = faults.totals(suite)
    report = "\n".join(faults.report(suite))
    if broken == "lost_and_dup":
        assert totals["lost"] == 1 and totals["dup"] == 1, report
        assert totals["crash"] == totals["hang"] == 0, report
    elif broken == "crash":
        assert totals["crash"] == 1 and totals["lost"] >= 1, report
    else:
        assert totals["hang"] == 1, report
    assert "FAIL" in report and faults.failures(suite) > 0
    # The same harness on the real command finds nothing (the subset above, opt-in, does all of it).
    if broken == "lost_and_dup":
        suite = faults.Suite(tmp_path / "real")
        (tmp_path / "real").mkdir()
        faults.mixed_runs(suite, folder, inputs, jobs=(1,), resume_after=False)
        assert faults.failures(suite) == 0, "\n".join(faults.report(suite))


# --------------------------------------------------------------------------- --connect-timeout

@pytest.mark.parametrize("seconds", [1.0, 3.0])
def test_cli_connect_timeout_ends_a_silent_scheduler_in_time(tmp_path, seconds):
    pytest.importorskip("distributed")
    from cchc_extract.cli import app
    import cchc_extract.distributed  # noqa: F401  (imported before the clock starts)

    art = tmp_path / "in" / "bai.txt"
    art.parent.mkdir()
    art.write_text(faults.SHORT, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"kept": true}\n')
    stamp = os.stat(out).st_mtime_ns
    server = faults.FakeScheduler()  # accepts and never says a word
    try:
        t0 = time.monotonic()
        res = CliRunner().invoke(app, ["extract", str(art), "-o", str(out), "--engine", "dask", "--scheduler",
                                       server.address, "--connect-timeout", str(seconds), "--exclude", "entities"])
        took = time.monotonic() - t0
    finally:
        server.close()
    assert server.conns, "the command never connected to the server"
    assert res.exit_code == 2, (res.exit_code, res.stderr, res.exception)
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), res.stderr
    assert server.address.split("//")[1] in lines[0] and f"within {seconds:g} s" in lines[0], lines[0]
    # Within the timeout given (not the default 10 s), and not before it.
    assert seconds * 0.9 <= took < seconds + 5, took
    assert out.read_bytes() == b'{"kept": true}\n' and os.stat(out).st_mtime_ns == stamp
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out.jsonl"]  # no lock, no errors file
