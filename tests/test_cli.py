"""The command line: extract's options, exit statuses, eval and schema."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from cchc_extract.cli import app

from conftest import CORPUS, GOLD


@pytest.fixture()
def runner():
    return CliRunner()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli_in")
    for src in sorted(CORPUS.glob("*.txt")):
        (root / src.name).write_bytes(src.read_bytes())
    (root / "broken.txt").write_bytes(b"PK\x03\x04zip")
    return root


def test_extract_writes_records_and_reports_failures(runner, folder, tmp_path):
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--exclude", "entities", "-j", "1"])
    assert res.exit_code == 1
    assert f"error: {folder / 'broken.txt'}: is binary data" in res.stderr
    assert "5 articles" in res.stderr and "1 failed" in res.stderr and "dossier_counts" in res.stderr
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in records] == sorted(p.stem for p in CORPUS.glob("*.txt"))
    errors = [json.loads(x) for x in (tmp_path / "out.jsonl.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [e["path"] for e in errors] == [str(folder / "broken.txt")]


def test_clean_run_exits_zero_and_quiet_prints_nothing(runner, tmp_path):
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["extract", str(CORPUS), "-o", str(out), "-q", "-j", "2", "--exclude", "entities"])
    assert res.exit_code == 0, res.output
    assert res.stderr == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5
    assert not (tmp_path / "out.jsonl.errors.jsonl").exists()


def test_stdout_output(runner):
    res = runner.invoke(app, ["extract", str(CORPUS), "-q", "--exclude", "entities"])
    assert res.exit_code == 0
    assert [json.loads(x)["doc_id"] for x in res.stdout.splitlines()] == sorted(p.stem for p in CORPUS.glob("*.txt"))


def test_resume_skips_what_is_done(runner, tmp_path):
    out = tmp_path / "out.jsonl"
    args = ["extract", str(CORPUS), "-o", str(out), "--exclude", "entities", "-j", "1"]
    assert runner.invoke(app, args).exit_code == 0
    first = out.read_bytes()
    res = runner.invoke(app, args + ["--resume"])
    assert res.exit_code == 0 and "5 already done" in res.stderr
    assert out.read_bytes() == first


@pytest.mark.parametrize("args", [["--exclude", "entitties"], ["--format", "xml"], ["--resume"],
                                  ["--engine", "spark"]])
def test_usage_errors_exit_2(runner, args):
    res = runner.invoke(app, ["extract", str(CORPUS), *args])
    assert res.exit_code == 2
    assert "error" in res.stderr.lower()


def test_format_csv(runner, tmp_path):
    res = runner.invoke(app, ["extract", str(CORPUS), "-o", str(tmp_path / "t"), "--format", "csv", "-q"])
    assert res.exit_code == 0, res.output
    header = (tmp_path / "t" / "dossier_counts.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("doc_id,id,text,start,end,count")


def test_schema_and_eval_still_work(runner, tmp_path):
    res = runner.invoke(app, ["schema"])
    assert res.exit_code == 0 and "content_hash" in json.loads(res.stdout)["properties"]
    out = tmp_path / "out.jsonl"
    runner.invoke(app, ["extract", str(CORPUS), "-o", str(out), "-q"])
    res = runner.invoke(app, ["eval", "--gold", str(GOLD), "--pred", str(out), "--json"])
    assert res.exit_code == 0
    assert "mission_f1" in res.stdout
