"""The command ends cleanly, whatever its output is (issue 18, "Smaller": an
"Exception ignored … Bad file descriptor" at exit in about one run of 8).

Each case runs the real command in a fresh interpreter with a pool of two
workers (fork server, resource tracker, the output lock): stdout to a pipe that
the reader closes after one byte, ``-o /dev/null``, a file with ``--quiet``.
Nothing may be printed at interpreter exit, and the exit status is the
documented one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "articles"
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """40 articles: their records are more than a pipe holds (64 KB)."""
    d = tmp_path_factory.mktemp("in")
    for k in range(8):
        for p in sorted(CORPUS.glob("*.txt")):
            shutil.copy(p, d / f"{k}_{p.name}")
    return d


def cmd(folder: Path, *more: str) -> list[str]:
    return [sys.executable, "-m", "cchc_extract", "extract", str(folder), "--exclude", "entities", "-j", "2",
            "--chunk-size", "2", *more]


def assert_clean(stderr: str) -> None:
    assert "Exception ignored" not in stderr and "Traceback" not in stderr, stderr


def test_stdout_closed_early_ends_with_one_error_line(folder):
    proc = subprocess.Popen(cmd(folder, "-o", "-"), env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.read(1) == b"{"
    proc.stdout.close()  # as `| head -c1` does
    stderr = proc.stderr.read().decode("utf-8", "replace")
    assert proc.wait(timeout=600) == 3, stderr
    assert_clean(stderr)
    assert stderr.strip().splitlines() == ["error: <stdout>: writing failed: Broken pipe"]


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="POSIX only")
def test_dev_null_is_an_output_like_any_other(folder):
    """``-o /dev/null`` (to time a run) writes everything and exits 0: no fsync
    (a device refuses it), no lock or errors file beside it."""
    before = set(os.listdir("/dev"))
    done = subprocess.run(cmd(folder, "-o", "/dev/null", "-q"), env=ENV, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert_clean(done.stderr)
    assert set(os.listdir("/dev")) - before == set()
    again = subprocess.run(cmd(folder, "-o", "/dev/null", "--resume"), env=ENV, capture_output=True, text=True,
                           timeout=600)
    assert again.returncode == 2 and "--resume needs an output file" in again.stderr


def test_runs_to_a_file_end_cleanly_every_time(folder, tmp_path):
    for k in range(3):
        out = tmp_path / f"out{k}.jsonl"
        done = subprocess.run(cmd(folder, "-o", str(out), "-q"), env=ENV, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr
        assert done.stderr == ""
        assert len(out.read_text(encoding="utf-8").splitlines()) == 40
        assert not out.with_name(out.name + ".lock").exists()
