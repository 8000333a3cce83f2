"""Batch runs: order, per-file errors, resume after a kill, worker crashes."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from cchc_extract.batch import (FACT_FIELDS, errors_path_for, iter_paths, read_done, repair_tail, run_batch,
                                run_ordered, work_chunk)
from cchc_extract.errors import ConfigError

from conftest import CORPUS, ROOT


def make_corpus(folder: Path, copies: int) -> list[Path]:
    """``copies`` renamed copies of every corpus article, some in a subfolder."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for i in range(copies):
        for src in sorted(CORPUS.glob("*.txt")):
            sub = folder / "sub" if i % 3 == 2 else folder
            sub.mkdir(exist_ok=True)
            dst = sub / f"{src.stem}_{i:04d}.txt"
            dst.write_bytes(src.read_bytes())
            made.append(dst)
    return made


def lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("articles")
    make_corpus(root, 4)
    (root / "bad_binary.txt").write_bytes(b"%PDF-1.7 not an article")
    (root / "notes.md").write_text("not matched by the pattern", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def reference(folder, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("ref") / "ref.jsonl"
    summary = run_batch([folder], out, jobs=1, exclude=["entities"])
    assert summary.articles == 20 and len(summary.failures) == 1
    return out


def test_paths_are_walked_in_sorted_order(tmp_path):
    for name in ["b.txt", "a/z.txt", "a/b/c.txt", "a-b.txt", "B.txt", "a.txt", "c/skip.md"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    walked = list(iter_paths([tmp_path]))
    assert walked == sorted(tmp_path.rglob("*.txt"))
    assert [p.relative_to(tmp_path).as_posix() for p in walked] == [
        "B.txt", "a/b/c.txt", "a/z.txt", "a-b.txt", "a.txt", "b.txt"]


def test_bad_file_is_reported_and_the_batch_goes_on(folder, reference):
    records = lines(reference)
    assert len(records) == 20
    assert [r["source"] for r in records] == [str(p) for p in sorted(folder.rglob("*.txt")) if "bad" not in p.name]
    assert all(len(r["content_hash"]) == 40 for r in records)
    errors = lines(errors_path_for(reference))
    assert errors == [{"path": str(folder / "bad_binary.txt"), "error": "DecodeError",
                       "reason": "is binary data (a PDF document), not text"}]


def test_a_stage_bug_fails_one_file_only(tmp_path):
    make_corpus(tmp_path / "in", 1)

    class Boom:
        def __call__(self, article):
            if article.doc_id.startswith("002"):
                raise ZeroDivisionError("division by zero")
            from cchc_extract import extract

            return extract(article, exclude=["entities"])

    seen = []
    summary = run_batch([tmp_path / "in"], tmp_path / "out.jsonl", pipe=Boom(), on_error=seen.append)
    assert summary.articles == 4
    assert [f.error for f in seen] == ["ReadError"]
    assert "002_" in seen[0].path and "ZeroDivisionError" in seen[0].reason


def test_pool_output_is_identical_to_one_process(folder, reference, tmp_path):
    out = tmp_path / "pool.jsonl"
    summary = run_batch([folder], out, jobs=2, chunk_size=3, exclude=["entities"])
    assert out.read_bytes() == reference.read_bytes()
    assert summary.articles == 20 and [f.path for f in summary.failures] == [str(folder / "bad_binary.txt")]
    ref = lines(reference)
    assert sum(summary.facts.values()) == sum(len(r[f]) for r in ref for f in FACT_FIELDS)


def test_resume_drops_a_partial_line_and_completes(folder, reference, tmp_path):
    out = tmp_path / "out.jsonl"
    full = reference.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(full[:7]) + full[7][:50], encoding="utf-8")  # killed while writing line 8
    summary = run_batch([folder], out, resume=True, exclude=["entities"])
    assert summary.skipped == 7 and summary.articles == 13
    got = lines(out)
    assert Counter(r["doc_id"] for r in got) == Counter(r["doc_id"] for r in lines(reference))
    assert sorted(map(json.dumps, got)) == sorted(map(json.dumps, lines(reference)))
    again = run_batch([folder], out, resume=True, exclude=["entities"])
    assert again.skipped == 20 and again.articles == 0 and len(lines(out)) == 20


def test_resume_replaces_the_record_of_an_edited_article(tmp_path):
    make_corpus(tmp_path / "in", 1)
    out = tmp_path / "out.jsonl"
    run_batch([tmp_path / "in"], out, exclude=["entities"])
    edited = sorted((tmp_path / "in").glob("*.txt"))[1]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThêm một dòng.\n", encoding="utf-8")
    summary = run_batch([tmp_path / "in"], out, resume=True, exclude=["entities"])
    assert summary.articles == 1 and summary.skipped == 4
    records = lines(out)
    assert len(records) == 5 and len({r["doc_id"] for r in records}) == 5
    from cchc_extract import read_article

    [rec] = [r for r in records if r["doc_id"] == edited.stem]
    assert rec["content_hash"] == read_article(edited).content_hash


def test_repair_tail(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_bytes(b'{"a":1}\n{"b":')
    assert repair_tail(p) == 5 and p.read_bytes() == b'{"a":1}\n'
    assert repair_tail(p) == 0
    p.write_bytes(b'{"b":')
    assert repair_tail(p) == 5 and p.read_bytes() == b""


def test_resume_refuses_a_file_that_is_not_records(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("not json\n", encoding="utf-8")
    with pytest.raises(Exception, match="not a record line"):
        read_done(out)


def test_bad_options_are_config_errors(tmp_path):
    with pytest.raises(ConfigError):
        run_batch([CORPUS], "-", resume=True)
    with pytest.raises(ConfigError):
        run_batch([CORPUS], tmp_path / "o", fmt="xml")
    with pytest.raises(ConfigError, match="entitties"):
        run_batch([CORPUS], tmp_path / "o.jsonl", exclude=["entitties"])


def test_resume_after_sigkill_gives_one_record_per_article(tmp_path):
    """A real run killed with SIGKILL half-way, then resumed."""
    # Many short articles of our own wording: quick to extract, long to list.
    (tmp_path / "in").mkdir()
    made = []
    for i in range(800):
        p = tmp_path / "in" / f"a{i:04d}.txt"
        p.write_text(f"Bài {i}\nNgày {i % 28 + 1}/3/2024, tỉnh tiếp nhận {i + 100} hồ sơ, "
                     f"giải quyết đúng hạn {i % 90 + 10}%.\n", encoding="utf-8")
        made.append(p)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "cchc_extract", "extract", str(tmp_path / "in"), "-o", str(out),
           "--exclude", "entities", "--jobs", "2", "--chunk-size", "2", "-q"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and out.stat().st_size > 0:  # the first records are written
                break
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        try:  # the pool's workers, if still there
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    assert proc.returncode == -signal.SIGKILL
    before = out.read_text(encoding="utf-8").count("\n")
    assert 0 < before < len(made), "the run was not killed half-way"
    done = subprocess.run(cmd + ["--resume"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    records = lines(out)
    assert sorted(r["doc_id"] for r in records) == sorted(p.stem for p in made)
    assert len(records) == len(made)


# A chunk function that kills its worker process on one file, as a crash in
# native code or the OOM killer would.
def _dying_chunk(items, exclude):
    if any("_0001" in path for path, _ in items):
        os._exit(3)
    return work_chunk(items, exclude)


def test_a_dead_worker_fails_its_file_only(tmp_path):
    make_corpus(tmp_path / "in", 1)
    (tmp_path / "in" / "000_x_0001.txt").write_text("Bài viết.", encoding="utf-8")
    chunks = [[(str(p), ())] for p in iter_paths([tmp_path / "in"])]
    chunks = [chunks[0] + chunks[1], chunks[2] + chunks[3], chunks[4] + chunks[5]]
    ctx = mp.get_context("fork")

    def make():
        return ProcessPoolExecutor(max_workers=2, mp_context=ctx)

    outcomes = [oc for _, ocs in run_ordered(make, chunks, ("entities",), 4, fn=_dying_chunk) for oc in ocs]
    assert [oc[0] for oc in outcomes] == ["ok", "fail", "ok", "ok", "ok", "ok"]
    assert outcomes[1][1].endswith("000_x_0001.txt") and "died" in outcomes[1][3]


def test_relative_paths_are_read_from_the_client_folder(tmp_path):
    """A worker on another machine reads a relative path from the client's
    folder (a shared mount) and reports it as the client named it."""
    make_corpus(tmp_path, 1)
    name = sorted(tmp_path.glob("*.txt"))[0].name
    [outcome] = work_chunk([(name, ())], ("entities",), cwd=str(tmp_path))
    assert outcome[0] == "ok"
    assert json.loads(outcome[2])["source"] == name
    [missing] = work_chunk([(name, ())], ("entities",), cwd=str(tmp_path / "elsewhere"))
    assert missing[0] == "fail" and "does not exist" in missing[3]


def test_resume_keeps_same_named_files_of_other_folders(tmp_path):
    """Two folders hold a file of the same name (same doc_id), different texts."""
    src = sorted(CORPUS.glob("*.txt"))
    for sub, text in (("a", src[0]), ("b", src[1])):
        (tmp_path / "in" / sub).mkdir(parents=True)
        (tmp_path / "in" / sub / "same.txt").write_bytes(text.read_bytes())
    out = tmp_path / "out.jsonl"
    run_batch([tmp_path / "in"], out, exclude=["entities"])
    assert run_batch([tmp_path / "in"], out, resume=True, exclude=["entities"]).skipped == 2
    assert [r["source"] for r in lines(out)] == [str(tmp_path / "in" / s / "same.txt") for s in "ab"]
    edited = tmp_path / "in" / "a" / "same.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nSửa.\n", encoding="utf-8")
    summary = run_batch([tmp_path / "in"], out, resume=True, exclude=["entities"])
    assert (summary.articles, summary.skipped) == (1, 1)
    from cchc_extract import read_article

    assert sorted((r["source"], r["content_hash"]) for r in lines(out)) == sorted(
        (str(p), read_article(p).content_hash) for p in (edited, tmp_path / "in" / "b" / "same.txt"))


def test_resume_through_another_spelling_of_the_folder(tmp_path):
    make_corpus(tmp_path / "in", 1)
    (tmp_path / "link").symlink_to(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    run_batch([tmp_path / "in"], out, exclude=["entities"])
    summary = run_batch([tmp_path / "link"], out, resume=True, exclude=["entities"])
    assert (summary.articles, summary.skipped) == (0, 5)
    assert len(lines(out)) == 5


def test_a_finished_pool_is_shut_down_and_waited_for(tmp_path):
    """A pool left to shut down while the interpreter exits races its wake-up
    pipe ("Exception ignored ... Bad file descriptor" at exit): after a
    complete run the pool is shut down waiting for its idle workers."""
    from concurrent.futures import ThreadPoolExecutor

    calls = []

    class Recording(ThreadPoolExecutor):
        def shutdown(self, wait=True, *, cancel_futures=False):
            calls.append(wait)
            super().shutdown(wait=wait, cancel_futures=cancel_futures)

    make_corpus(tmp_path / "in", 1)
    chunks = [[(str(p), ())] for p in iter_paths([tmp_path / "in"])]
    got = list(run_ordered(lambda: Recording(2), chunks, ("entities",), 2))
    assert len(got) == 5 and calls == [True]
