"""Faults and hostile inputs around a batch: odd file names, two runs on one
output, an output that is an input, a full disk, a dead parent process,
a silent or foreign Dask scheduler, odd folder trees."""

from __future__ import annotations

import errno
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from cchc_extract.batch import Failure, iter_paths, run_batch
from cchc_extract.errors import OutputError, UsageError

from conftest import ROOT, fault_harness


def article(i: int) -> str:
    # Short articles of our own wording: quick to extract.
    return (f"Bài số {i}\nNgày {i % 28 + 1}/3/2024, tỉnh tiếp nhận {i + 100} hồ sơ, "
            f"giải quyết đúng hạn {i % 90 + 10}%.\n")


def make_articles(folder: Path, n: int, prefix: str = "a") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for i in range(n):
        p = folder / f"{prefix}{i:03d}.txt"
        p.write_text(article(i), encoding="utf-8")
        made.append(p)
    return made


def records(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


# --------------------------------------------------------------------------- 1. file names

def _odd_named_folder(root: Path) -> Path:
    folder = root / "in"
    make_articles(folder, 8)
    raw = os.fsencode(folder)
    # A good article and a binary file whose names are not UTF-8 (Latin-1 é).
    with open(raw + b"/caf\xe9_good.txt", "wb") as fh:
        fh.write(article(99).encode("utf-8"))
    with open(raw + b"/caf\xe9_bad.txt", "wb") as fh:
        fh.write(b"%PDF-1.4 binary")
    return folder


@pytest.mark.parametrize("jobs", [1, 2])
def test_undecodable_file_names_lose_no_good_article(tmp_path, jobs):
    folder = _odd_named_folder(tmp_path)
    out = tmp_path / "out.jsonl"
    seen: list[Failure] = []
    summary = run_batch([folder], out, jobs=jobs, chunk_size=2, exclude=["entities"], on_error=seen.append)
    got = records(out)
    assert summary.articles == len(got) == 9
    odd = [r for r in got if r["doc_id"].startswith("caf")]
    assert [r["doc_id"] for r in odd] == ["caf\\xe9_good"]
    assert odd[0]["source"].endswith("caf\\xe9_good.txt")
    [failure] = summary.failures
    assert failure.path.endswith("caf\\xe9_bad.txt") and "PDF" in failure.reason
    [line] = (tmp_path / "out.jsonl.errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["path"] == failure.path
    assert seen == [failure]


@pytest.mark.parametrize("first_run", ["both", "byte_name_only", "backslash_name_only"])
def test_names_that_escape_alike_keep_both_records_on_resume(tmp_path, first_run):
    """`caf\\xe9.txt` (the byte 0xE9) and `caf\\\\xe9.txt` (a backslash, x, e, 9)
    escape to the same source and doc_id.  A resumed run must not take one
    file's record for a stale copy of the other (found by the fault suite,
    benchmarks/faults.py: the record of one was removed by `--resume`)."""
    folder = tmp_path / "in"
    make_articles(folder, 2)
    raw = os.fsencode(folder)
    byte_name, backslash_name = raw + b"/caf\xe9.txt", raw + b"/caf\\xe9.txt"
    texts = {byte_name: article(50), backslash_name: article(51)}
    first = {"both": texts, "byte_name_only": {byte_name: texts[byte_name]},
             "backslash_name_only": {backslash_name: texts[backslash_name]}}[first_run]
    for name, text in first.items():
        with open(name, "wb") as fh:
            fh.write(text.encode("utf-8"))
    out = tmp_path / "out.jsonl"
    run_batch([folder], out, exclude=["entities"])
    for name, text in texts.items():  # the other one arrives before the resumed run
        with open(name, "wb") as fh:
            fh.write(text.encode("utf-8"))
    for _ in range(2):
        run_batch([folder], out, exclude=["entities"], resume=True)
        got = records(out)
        assert sorted(r["doc_id"] for r in got) == ["a000", "a001", "caf\\xe9", "caf\\xe9"]
        assert len({r["content_hash"] for r in got}) == 4


def test_a_newline_in_a_failing_name_cannot_forge_a_line(tmp_path):
    folder = tmp_path / "in"
    make_articles(folder, 2)
    (folder / "x\nerror: forged.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    out = tmp_path / "out.jsonl"
    printed: list[str] = []
    summary = run_batch([folder], out, exclude=["entities"],
                        on_error=lambda f: printed.append(f"error: {f.path}: {f.reason}"))
    assert summary.articles == 2
    assert len(printed) == 1 and "\n" not in printed[0] and "x\\nerror: forged.txt" in printed[0]
    assert len((tmp_path / "out.jsonl.errors.jsonl").read_text(encoding="utf-8").splitlines()) == 1


# --------------------------------------------------------------------------- 2. two runs, one output

@pytest.mark.parametrize("fmt", ["jsonl", "parquet", "csv"])
def test_a_second_run_on_the_same_output_is_refused(tmp_path, fmt):
    folder = tmp_path / "in"
    make_articles(folder, 4)
    (folder / "a000_bad.txt").write_bytes(b"%PDF-1.4")  # its failure pauses the first run
    out = tmp_path / ("out.jsonl" if fmt == "jsonl" else "tables")
    paused, go = threading.Event(), threading.Event()

    def pause(_failure):
        paused.set()
        go.wait(30)

    first: dict = {}
    t = threading.Thread(target=lambda: first.setdefault("summary", run_batch(
        [folder], out, fmt=fmt, exclude=["entities"], chunk_size=1, on_error=pause)))
    t.start()
    try:
        assert paused.wait(60)
        with pytest.raises(UsageError, match="another run"):
            run_batch([folder], out, fmt=fmt, exclude=["entities"])
    finally:
        go.set()
        t.join(60)
    assert first["summary"].articles == 4
    jsonl = out if fmt == "jsonl" else out / "records.jsonl"
    assert len(records(jsonl)) == 4
    # The lock goes with the run: a later run is not refused, and leaves no lock file.
    assert run_batch([folder], out, fmt=fmt, exclude=["entities"], resume=True).skipped == 4
    assert not [p for p in tmp_path.rglob("*") if "lock" in p.name]


# --------------------------------------------------------------------------- 3. output = input

def test_an_output_that_is_an_input_is_refused_before_truncation(tmp_path):
    v = tmp_path / "v.txt"
    v.write_text(article(1), encoding="utf-8")
    with pytest.raises(UsageError, match="v.txt"):
        run_batch([v], v)
    assert v.read_text(encoding="utf-8") == article(1)
    (tmp_path / "link.txt").symlink_to(v)  # the same file under another name
    with pytest.raises(UsageError, match="is also an input"):
        run_batch([tmp_path / "link.txt"], v)
    assert v.read_text(encoding="utf-8") == article(1)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_outputs_inside_an_input_folder_are_not_read_back(tmp_path, fmt):
    folder = tmp_path / "in"
    make_articles(folder, 3)
    (folder / "bad.txt").write_bytes(b"%PDF-1.4")
    out = folder / ("out.txt" if fmt == "jsonl" else "tables")
    for resume in (False, True, False):
        summary = run_batch([folder], out, fmt=fmt, pattern="*", exclude=["entities"], resume=resume)
        assert len(summary.failures) == 1
        jsonl = out if fmt == "jsonl" else out / "records.jsonl"
        assert sorted(r["doc_id"] for r in records(jsonl)) == ["a000", "a001", "a002"]


# --------------------------------------------------------------------------- 4. disk full

class _FullDisk:
    """``os.write`` on one file fails with ENOSPC after ``room`` bytes, as a
    full disk does (a short write first, then the error)."""

    def __init__(self, monkeypatch, name: str, room: int) -> None:
        self.name, self.room = name, room
        self.real = os.write
        monkeypatch.setattr(os, "write", self)

    def __call__(self, fd, data):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            target = ""
        if not target.endswith(self.name):
            return self.real(fd, data)
        if self.room <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        n = self.real(fd, bytes(data[:self.room]))
        self.room -= n
        return n


def test_a_full_disk_leaves_whole_lines_and_says_so(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    make_articles(folder, 12)
    out = tmp_path / "out.jsonl"
    _FullDisk(monkeypatch, "out.jsonl", 3000)
    with pytest.raises(OutputError) as info:
        run_batch([folder], out, exclude=["entities"], chunk_size=2)
    msg = str(info.value)
    assert "\n" not in msg and "out.jsonl" in msg and "No space left" in msg
    data = out.read_bytes()
    assert data.endswith(b"\n") and 0 < data.count(b"\n") < 12
    assert all(json.loads(x)["doc_id"] for x in data.decode("utf-8").splitlines())
    monkeypatch.undo()
    assert run_batch([folder], out, exclude=["entities"], resume=True).articles == 12 - data.count(b"\n")
    assert len(records(out)) == 12


def test_a_full_disk_on_the_errors_file_loses_no_record(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    make_articles(folder, 6)
    for i in range(3):
        (folder / f"a00{i}_bad.txt").write_bytes(b"%PDF-1.4")
    out = tmp_path / "out.jsonl"
    _FullDisk(monkeypatch, "out.jsonl.errors.jsonl", 0)
    seen: list[Failure] = []
    with pytest.raises(OutputError, match="errors.jsonl"):
        run_batch([folder], out, exclude=["entities"], chunk_size=2, on_error=seen.append)
    assert len(records(out)) == 6 and len(seen) == 3


def test_a_failed_table_conversion_leaves_no_temporary_files(tmp_path, monkeypatch):
    from cchc_extract import export

    folder = tmp_path / "in"
    make_articles(folder, 3)
    out = tmp_path / "tables"

    def full(self):  # closing a buffered file flushes it: that is where a full disk shows
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(export._TableWriter, "_close", full)
    with pytest.raises(OutputError, match="No space left"):
        run_batch([folder], out, fmt="csv", exclude=["entities"])
    assert sorted(p.name for p in out.iterdir()) == ["records.jsonl"]


# --------------------------------------------------------------------------- 6. a single path

def test_a_single_str_or_path_is_one_path(tmp_path):
    folder = tmp_path / "in"
    made = make_articles(folder, 3)
    assert list(iter_paths(str(folder))) == made
    assert list(iter_paths(folder)) == made
    out = tmp_path / "out.jsonl"
    assert run_batch(str(folder), out, exclude=["entities"]).articles == 3
    assert run_batch(str(made[0]), out, exclude=["entities"]).articles == 1
    assert run_batch([folder], out, exclude="entities").articles == 3  # a str is one stage, too


# --------------------------------------------------------------------------- 8. Dask scheduler

@pytest.mark.parametrize("reply", [None, b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok" * 4],
                         ids=["silent", "http"])
def test_a_scheduler_that_is_not_dask_fails_fast_and_clearly(tmp_path, reply):
    pytest.importorskip("distributed")
    folder = tmp_path / "in"
    make_articles(folder, 2)
    out = tmp_path / "out.jsonl"
    out.write_text("kept\n", encoding="utf-8")
    server = fault_harness().FakeScheduler(reply)
    t0 = time.monotonic()
    try:
        with pytest.raises(UsageError, match="127.0.0.1") as info:
            run_batch([folder], out, engine="dask", scheduler=server.address, connect_timeout=1.5,
                      exclude=["entities"])
    finally:
        server.close()
    assert time.monotonic() - t0 < 10
    assert "\n" not in str(info.value)
    assert out.read_text(encoding="utf-8") == "kept\n"


# --------------------------------------------------------------------------- 9. a killed main process

def _group(pgid: int) -> list[int]:
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


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["kill-9", "term"])
def test_no_process_outlives_a_killed_batch(tmp_path, sig):
    make_articles(tmp_path / "in", 600)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "cchc_extract", "extract", str(tmp_path / "in"), "-o", str(out),
           "--exclude", "entities", "--jobs", "2", "--chunk-size", "1", "-q"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and out.stat().st_size > 0:  # the pool is working
                break
            time.sleep(0.01)
        assert len(_group(proc.pid)) >= 3, "the pool was not running"
        proc.send_signal(sig)
        proc.wait(10)
        deadline = time.monotonic() + 10
        while _group(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = _group(proc.pid)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    assert left == []


# --------------------------------------------------------------------------- smaller

def test_a_folder_tree_1200_levels_deep():
    import tempfile

    # Not under tmp_path: pytest removes old temporary folders with
    # shutil.rmtree, which recurses once per level too.
    deep = Path(tempfile.mkdtemp(prefix="cchc-deep-"))
    level = str(deep)
    try:
        for _ in range(1200):  # os.makedirs recurses once per level as well
            level = os.path.join(level, "d")
            os.mkdir(level)
        leaf = Path(level) / "x.txt"
        leaf.write_text(article(1), encoding="utf-8")
        (deep / "a.txt").write_text(article(2), encoding="utf-8")

        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(1000)  # Python's default (a plugin may have raised it)
        try:
            got = list(iter_paths([deep]))
        finally:
            sys.setrecursionlimit(limit)
        assert got == [deep / "a.txt", leaf]
        out = deep / "out.jsonl"  # inside the tree: left out of the walk, one stat per folder
        t0 = time.monotonic()
        assert run_batch(deep, out, exclude=["entities"], pattern="*").articles == 2
        assert time.monotonic() - t0 < 60
        assert [r["doc_id"] for r in records(out)] == ["a", "d/" * 1200 + "x"]
    finally:
        for f in (Path(level) / "x.txt", deep / "a.txt", deep / "out.jsonl"):
            f.unlink(missing_ok=True)
        while True:
            os.rmdir(level)
            if level == str(deep):
                break
            level = os.path.dirname(level)


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n", "\u00a0\u3000\n".encode()], ids=["empty", "blank", "unicode"])
def test_empty_and_blank_files_fail_and_the_batch_goes_on(tmp_path, data):
    folder = tmp_path / "in"
    make_articles(folder, 2)
    (folder / "blank.txt").write_bytes(data)
    out = tmp_path / "out.jsonl"
    summary = run_batch([folder], out, exclude=["entities"])
    assert summary.articles == 2 and [f.path for f in summary.failures] == [str(folder / "blank.txt")]
    assert "no text" in summary.failures[0].reason


def test_doc_ids_are_unique_inside_a_batch(tmp_path, caplog):
    root = tmp_path / "in"
    make_articles(root / "a", 1, "x")
    make_articles(root / "b", 1, "x")
    make_articles(root, 1, "top")
    loose = make_articles(tmp_path / "loose", 1, "one")[0]
    out = tmp_path / "out.jsonl"
    run_batch([root, loose], out, exclude=["entities"])
    assert [r["doc_id"] for r in records(out)] == ["a/x000", "b/x000", "top000", "one000"]
    # A flat folder keeps plain stems (the gold files are named by them).
    run_batch([root / "a"], out, exclude=["entities"])
    assert [r["doc_id"] for r in records(out)] == ["x000"]
    # What still collides is said.
    with caplog.at_level(logging.WARNING):
        run_batch([root / "a" / "x000.txt", root / "b" / "x000.txt"], out, exclude=["entities"])
    assert any("x000" in r.getMessage() and "doc_id" in r.getMessage() for r in caplog.records)


def test_resume_finds_records_written_with_stem_doc_ids(tmp_path):
    root = tmp_path / "in"
    make_articles(root / "a", 2, "x")
    make_articles(root / "b", 2, "x")
    out = tmp_path / "out.jsonl"
    run_batch([root], out, exclude=["entities"])
    # An output of an earlier version: doc_id was the file's stem.
    old = [{**r, "doc_id": r["doc_id"].split("/")[-1]} for r in records(out)]
    out.write_text("".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in old),
                   encoding="utf-8")
    summary = run_batch([root], out, exclude=["entities"], resume=True)
    assert (summary.articles, summary.skipped) == (0, 4)
