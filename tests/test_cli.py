"""The command line: extract's options, exit statuses, eval and schema."""

from __future__ import annotations

import json
import os

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


# --------------------------------------------------------------------------- usage errors: exit 2, one line

ARTICLE = "Tiêu đề\n\nNgày 17/5, Bộ phận một cửa tiếp nhận 1.234 hồ sơ.\n"


@pytest.fixture()
def one(tmp_path):
    (tmp_path / "in").mkdir()
    f = tmp_path / "in" / "bai-1.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    return f


def _one_line_error(res, *words):
    assert res.exit_code == 2, (res.exit_code, res.output, res.exception)
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception  # no traceback
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), res.stderr
    for w in words:
        assert w in lines[0], (w, lines[0])


@pytest.mark.parametrize("case", ["folder", "proc", "sys_read_only", "parquet_onto_file", "csv_onto_file", "empty",
                                  "under_a_file"])
def test_unwritable_output_is_a_usage_error_before_anything_runs(runner, one, tmp_path, case):
    existing = tmp_path / "existing.parquet"
    existing.write_bytes(b"not mine to overwrite")
    out, fmt, word = {
        "folder": (str(tmp_path / "in"), "jsonl", "is a folder"),
        "proc": ("/proc/cchc-test/out.jsonl", "jsonl", "cannot write"),
        "sys_read_only": ("/sys/cchc-test.jsonl", "jsonl", "cannot write"),
        "parquet_onto_file": (str(existing), "parquet", "is a file"),
        "csv_onto_file": (str(existing), "csv", "is a file"),
        "empty": ("", "jsonl", "empty"),
        "under_a_file": (str(existing / "out.jsonl"), "jsonl", "is not a folder"),
    }[case]
    before = sorted(p.name for p in tmp_path.rglob("*"))
    res = runner.invoke(app, ["extract", str(one), "-o", out, "-f", fmt, "--exclude", "entities"])
    _one_line_error(res, word)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # nothing written, not even an errors file
    assert existing.read_bytes() == b"not mine to overwrite"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root writes into read-only folders; the read-only case is covered on /sys")
def test_read_only_folder_is_a_usage_error(runner, one, tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        _one_line_error(runner.invoke(app, ["extract", str(one), "-o", str(ro / "x.jsonl")]), "cannot write")
    finally:
        ro.chmod(0o755)


def test_existing_read_only_file_as_output(runner, one, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("", encoding="utf-8")
    out.chmod(0o444)
    try:
        res = runner.invoke(app, ["extract", str(one), "-o", str(out), "--exclude", "entities", "-q"])
        if os.geteuid() == 0:  # root may write it: then it is written, as any file
            assert res.exit_code == 0
        else:
            _one_line_error(res, "cannot be written")
    finally:
        out.chmod(0o644)


def test_missing_input_is_a_usage_error_and_touches_no_output(runner, one, tmp_path):
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["extract", str(one), str(tmp_path / "typo.txt"), "-o", str(out)])
    _one_line_error(res, "typo.txt", "does not exist")
    assert not out.exists() and not (tmp_path / "out.jsonl.errors.jsonl").exists()
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone.txt")
    _one_line_error(runner.invoke(app, ["extract", str(link), "-o", str(out)]), "link to nothing")


def test_bad_meta_file_is_a_usage_error_naming_the_line(runner, one, tmp_path):
    meta = tmp_path / "meta.csv"
    meta.write_text("doc_id,published\nbai-1,2017-05-20\nbai-2,20 tháng 5\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    _one_line_error(runner.invoke(app, ["extract", str(one), "-o", str(out), "--meta", str(meta)]),
                    f"{meta}:3:", "not a date")
    assert not out.exists()
    _one_line_error(runner.invoke(app, ["extract", str(one), "-o", str(out), "--meta", str(tmp_path / "no.csv")]),
                    "cannot be read")


# --------------------------------------------------------------------------- --meta, --version, help, logging

def test_meta_gives_publication_date_outlet_and_url(runner, one, tmp_path):
    out = tmp_path / "out.jsonl"
    args = ["extract", str(one.parent), "-o", str(out), "--exclude", "entities", "-q"]
    assert runner.invoke(app, args).exit_code == 0
    [plain] = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert plain["published"] is None and plain["dates"][0]["value"] == "XXXX-05-17"

    meta = tmp_path / "meta.csv"
    meta.write_text("\ufeffdoc_id,published,outlet,url,note\n"
                    "bai-1,20/5/2017,Báo Tỉnh,https://example.org/bai-1,ignored\n"
                    "bai-khac,2018-01-01,,,\n", encoding="utf-8")
    res = runner.invoke(app, args + ["--meta", str(meta)])
    assert res.exit_code == 0, res.output
    [rec] = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert (rec["published"], rec["outlet"], rec["url"]) == ("2017-05-20", "Báo Tỉnh", "https://example.org/bai-1")
    assert rec["dates"][0]["value"] == "2017-05-17"  # the year now comes from the publication date

    by_path = tmp_path / "by_path.csv"
    by_path.write_text(f"path,published\n{one},2016-05-20T08:30\n", encoding="utf-8")
    assert runner.invoke(app, args + ["--meta", str(by_path), "-j", "2"]).exit_code == 0
    [rec] = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert rec["published"] == "2016-05-20T08:30" and rec["dates"][0]["value"] == "2016-05-17"


def test_meta_never_overrides_what_the_text_prints(runner, tmp_path):
    f = tmp_path / "bai-2.txt"
    f.write_text("Tiêu đề bài\n\n17:34 27/05/2019\n\nNgày 17/5, tỉnh tiếp nhận 12 hồ sơ.\n", encoding="utf-8")
    meta = tmp_path / "meta.csv"
    meta.write_text("doc_id,published,title\nbai-2,2017-01-01,Khác\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["extract", str(f), "-o", str(out), "--meta", str(meta), "--exclude", "entities"])
    assert res.exit_code == 0, res.output
    rec = json.loads(out.read_text(encoding="utf-8"))
    assert rec["published"] == "2019-05-27T17:34" and rec["title"] == "Tiêu đề bài"


def test_version(runner):
    from cchc_extract import __version__

    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and res.stdout.strip() == f"cchc-extract {__version__}"


def test_help_shows_choices_and_exit_statuses(runner):
    res = runner.invoke(app, ["extract", "--help"], terminal_width=200)
    assert res.exit_code == 0
    text = " ".join(res.stdout.split())
    for shown in ("jsonl|parquet|csv", "local|dask", "entities", "--meta", "--verbose", "--quiet",
                  "0 all articles written", "1 some articles failed", "2 usage error", "3 writing the output"):
        assert shown in text, shown
    assert "--version" in runner.invoke(app, ["--help"]).stdout


def test_every_record_and_table_carries_the_extractor_version(runner, one, tmp_path):
    from cchc_extract import __version__

    res = runner.invoke(app, ["extract", str(one), "--exclude", "entities", "-q"])
    assert json.loads(res.stdout)["extractor_version"] == __version__
    assert runner.invoke(app, ["extract", str(one), "-o", str(tmp_path / "t"), "-f", "csv", "-q",
                               "--exclude", "entities"]).exit_code == 0
    import csv

    with open(tmp_path / "t" / "articles.csv", encoding="utf-8") as fh:
        [row] = list(csv.DictReader(fh))
    assert row["extractor_version"] == __version__
    with open(tmp_path / "t" / "dossier_counts.csv", encoding="utf-8") as fh:
        assert [r["extractor_version"] for r in csv.DictReader(fh)] == [__version__]


def test_schema_describes_every_field(runner):
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    models = [schema] + list(schema["$defs"].values())
    missing = [f"{m['title']}.{name}" for m in models for name, prop in m["properties"].items()
               if not prop.get("description")]
    assert not missing
    assert len(models) >= 8


def test_verbose_and_quiet_set_standard_logging_levels(runner, one, tmp_path):
    import logging

    from cchc_extract.cli import setup_logging

    logger = logging.getLogger("cchc_extract")
    for args, level in [((0, False), logging.WARNING), ((1, False), logging.INFO), ((2, False), logging.DEBUG),
                        ((3, False), logging.DEBUG), ((1, True), logging.ERROR)]:
        restore = setup_logging(*args)
        assert logger.level == level, args
        restore()
    before = (logger.level, logger.propagate, list(logger.handlers))
    base = ["extract", str(one), "-o", str(tmp_path / "out.jsonl"), "--exclude", "entities"]
    res = runner.invoke(app, base + ["-v"])
    assert res.exit_code == 0 and "info: extracting" in res.stderr and "debug:" not in res.stderr
    res = runner.invoke(app, base + ["-vv"])
    assert "info: extracting" in res.stderr and "debug: cchc-extract" in res.stderr
    res = runner.invoke(app, base)
    assert res.exit_code == 0 and "info:" not in res.stderr and "debug:" not in res.stderr
    assert (logger.level, logger.propagate, list(logger.handlers)) == before  # left as it was


def test_unknown_meta_column_is_a_warning_unless_quiet(runner, one, tmp_path):
    meta = tmp_path / "meta.csv"
    meta.write_text("doc_id,publised,outlet\nbai-1,2017-05-20,Báo\n", encoding="utf-8")
    base = ["extract", str(one), "-o", str(tmp_path / "o.jsonl"), "--meta", str(meta), "--exclude", "entities"]
    res = runner.invoke(app, base)
    assert res.exit_code == 0 and "warning:" in res.stderr and "publised" in res.stderr
    res = runner.invoke(app, base + ["-q"])
    assert res.exit_code == 0 and res.stderr == ""


def test_a_newline_in_a_failing_file_name_cannot_forge_an_error_line(runner, one, tmp_path):
    bad = one.parent / "x\nerror: forged.txt"
    bad.write_bytes(b"PK\x03\x04zip")
    res = runner.invoke(app, ["extract", str(one.parent), "-o", str(tmp_path / "o.jsonl"), "-q"])
    assert res.exit_code == 1
    errors = [ln for ln in res.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 1 and "x\\nerror: forged.txt" in errors[0], res.stderr


@pytest.mark.parametrize("raised,status,said", [(KeyboardInterrupt(), 130, "interrupted"),
                                                (SystemExit(143), 143, "terminated (SIGTERM)"),
                                                (OSError(28, "No space left on device", "out.jsonl"), 3,
                                                 "error: writing the output failed: out.jsonl: No space left"),
                                                ("output", 3, "error: disk full"),
                                                ("usage", 2, "error: a lock is held")])
def test_interruptions_and_output_failures_have_their_own_status(runner, one, tmp_path, monkeypatch, raised,
                                                                 status, said):
    """The CLI's side of the shared contract (errors.py): the batch raises, the CLI maps."""
    from cchc_extract import batch
    from cchc_extract.errors import OutputError, UsageError

    exc = {"output": OutputError("disk full"), "usage": UsageError("a lock is held")}.get(raised, raised)

    def fail(*args, **kwargs):
        raise exc

    monkeypatch.setattr(batch, "run_batch", fail)
    res = runner.invoke(app, ["extract", str(one), "-o", str(tmp_path / "out.jsonl")])
    assert res.exit_code == status and said in res.stderr, (res.exit_code, res.stderr)
    assert "Traceback" not in res.stderr


@pytest.mark.parametrize("args,said", [
    (["extract", "{one}", "--exclude", "entitites"], "unknown stage(s) ['entitites']"),
    (["extract", "{one}", "--format", "xml"], "'xml' is not one of 'jsonl', 'parquet', 'csv'"),
    (["extract", "{one}", "--engine", "spark"], "'spark' is not one of 'local', 'dask'"),
    (["extract", "{one}", "--no-such-option"], "No such option: --no-such-option"),
    (["extract"], "Missing argument"),
    (["extract", "{one}", "-o", ""], "the output name is empty"),
    (["extract", "{one}", "-j", "0"], "--jobs"),
])
def test_the_command_gives_one_error_line_and_status_2_for_parser_errors(one, args, said):
    """Run as users run it (``python -m cchc_extract``, through ``main()``): the
    option parser's errors are one ``error:`` line too, not a box."""
    import subprocess
    import sys
    from pathlib import Path

    import cchc_extract

    env = {**os.environ, "PYTHONPATH": str(Path(cchc_extract.__file__).resolve().parents[1])}
    argv = [a.format(one=one) for a in args]
    res = subprocess.run([sys.executable, "-m", "cchc_extract", *argv], capture_output=True, text=True, env=env,
                         timeout=300)
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert res.returncode == 2 and len(lines) == 1 and lines[0].startswith("error: "), res.stderr
    assert said in lines[0]
