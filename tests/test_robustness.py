"""Any input gives a record or a clear error: never a crash, a hang or lost work.

Two levels: the Python API (``extract``, ``Pipeline``) on odd texts and
files, and the command line on odd folders (run as a real subprocess, as a
user would, or in-process with typer's runner where a subprocess cannot do
what the test needs).  Spelling variants that writers and tools produce
(CRLF, non-breaking spaces, curly quotes, en dashes, NFD) must not change
what is extracted: each is compared with the plain spelling.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import pytest
import regex

from cchc_extract import ArticleRecord, DecodeError, ReadError, extract, read_article
from cchc_extract.reading import Article

from conftest import CORPUS, ROOT, to_cp1258

ARTICLES = {p.stem: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}
SENTENCE = "Ủy ban nhân dân tỉnh đã tiếp nhận 1.234 hồ sơ, giải quyết đúng hạn 98,2% trong quý I/2023."
FIELDS = ("legal_documents", "dates", "percentages", "dossier_counts", "quantities", "checks")


def assert_sound(record: ArticleRecord, text: str) -> None:
    """Offsets read their text, and the record survives a JSON round trip."""
    for item in record.spans():
        assert text[item.start:item.end] == item.text, item
    assert ArticleRecord.model_validate_json(record.model_dump_json()) == record


# --- little or nothing to read ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", " ", "\n", "\r\n\r\n", "\t \u00a0\u200b\u3000\n", "\ufeff"],
                         ids=["empty", "space", "newline", "crlf", "unicode-blank", "bom-char"])
def test_blank_texts_give_empty_records(facts_pipeline, text):
    record = facts_pipeline(text)
    assert_sound(record, Article.from_text(text).text)
    assert all(getattr(record, f) == [] for f in FIELDS)
    assert record.title is None


@pytest.mark.parametrize("data", [b"", b"   \n  ", b"\r\n\r\n"], ids=["empty", "spaces", "crlf"])
def test_blank_files_are_errors_naming_the_file(facts_pipeline, tmp_path, data):
    p = tmp_path / "blank.txt"
    p.write_bytes(data)
    with pytest.raises(ReadError, match=r"blank\.txt: .*no text"):
        facts_pipeline(p)


@pytest.mark.parametrize("text", ["Thành phố Vinh nỗ lực thực hiện cải cách hành chính",
                                  "Thành phố Vinh nỗ lực thực hiện cải cách hành chính\n",
                                  "\n\n  Cải cách hành chính năm 2023  \r\n"])
def test_title_without_body(facts_pipeline, text):
    record = facts_pipeline(text)
    assert_sound(record, text)
    assert record.title == text.strip()


def test_single_characters_and_punctuation(facts_pipeline):
    for text in ["a", "1", "%", "/", ".", "số", "Nghị quyết", "hồ sơ", "“", "–", "\x00", "\U0001F600", "̀"]:
        assert_sound(facts_pipeline(text), Article.from_text(text).text)


# --- paths through the Python API ------------------------------------------------------------------

def test_missing_path_through_the_api(tmp_path):
    with pytest.raises(ReadError, match=r"missing\.txt: does not exist"):
        extract(tmp_path / "missing.txt", exclude=["entities"])


def test_binary_file_through_the_api(tmp_path):
    p = tmp_path / "scan.txt"
    p.write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    with pytest.raises(DecodeError, match=r"scan\.txt: is binary data \(a PDF document\), not text"):
        extract(p, exclude=["entities"])


def test_non_str_input_is_a_type_error():
    with pytest.raises(TypeError, match="expected a text, a path or an Article"):
        extract(b"bytes are not text", exclude=["entities"])


# --- encodings end to end --------------------------------------------------------------------------

@pytest.mark.parametrize("encode", [
    lambda t: t.encode("utf-8"),
    lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
    lambda t: t.encode("utf-16"),
    lambda t: b"\xfe\xff" + t.encode("utf-16-be"),
    to_cp1258,
    lambda t: unicodedata.normalize("NFD", t).encode("utf-8"),
], ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp1258", "nfd"])
def test_every_encoding_gives_the_same_record(facts_pipeline, tmp_path, encode):
    doc_id, text = next(iter(ARTICLES.items()))
    p = tmp_path / f"{doc_id}.txt"
    p.write_bytes(encode(text))
    record = facts_pipeline(p)
    reference = facts_pipeline(CORPUS / f"{doc_id}.txt")
    assert record.model_dump(exclude={"source", "encoding"}) == reference.model_dump(exclude={"source", "encoding"})


# --- spelling variants must not change the facts ----------------------------------------------------

_DASHES = str.maketrans({"–": "-", "—": "-", "‑": "-", "−": "-"})
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"})


def _norm(value):
    if isinstance(value, str):
        value = unicodedata.normalize("NFC", value).translate(_DASHES).translate(_QUOTES)
        value = value.replace("\u200b", "").replace("\u200c", "").replace("\u2060", "")
        return " ".join(value.split())
    if isinstance(value, list):
        return [_norm(v) for v in value]
    if isinstance(value, dict):
        return {k: _norm(v) for k, v in value.items() if k not in ("start", "end")}
    return value


def facts_of(record: ArticleRecord) -> dict:
    """The facts of a record with offsets dropped and spelling variants folded."""
    data = record.model_dump(include=set(FIELDS) | {"title", "authors", "outlet", "url", "published"})
    return _norm(data)


VARIANTS = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "mixed-line-endings": lambda t: "".join(line + ("\r\n" if i % 3 == 0 else "\n")
                                            for i, line in enumerate(t.split("\n")))[:-1],
    "nbsp-after-numbers": lambda t: _after_digits(t, "\u00a0"),
    # Inside ranges, codes and dates (2021–2025, 02–NQ/TU, QĐ–TTg, 10–11–2021); spaced dashes are
    # separators. Nobody writes a date with em dashes, so that variant leaves dates alone.
    "en-dash-inside": lambda t: _dash_inside(t, "–", dates_too=True),
    "em-dash-inside": lambda t: _dash_inside(t, "—"),
    "straight-quotes": lambda t: t.translate(_QUOTES),
    "curly-quotes": lambda t: _curl(t),
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "trailing-spaces": lambda t: t.replace("\n", "  \n"),
}


_DMY_DASHED = regex.compile(r"(?<!\d)\d{1,2}+-\d{1,2}+-\d{4}+(?!\d)")


def _dash_inside(text: str, dash: str, dates_too: bool = False) -> str:
    dates = [] if dates_too else [m.span() for m in _DMY_DASHED.finditer(text)]
    return "".join(dash if ch == "-" and 0 < i < len(text) - 1 and not text[i - 1].isspace()
                   and not text[i + 1].isspace() and not any(a <= i < b for a, b in dates) else ch
                   for i, ch in enumerate(text))


def _after_digits(text: str, space: str) -> str:
    out = []
    for i, ch in enumerate(text):
        out.append(space if ch == " " and i and text[i - 1].isdigit() else ch)
    return "".join(out)


def _curl(text: str) -> str:
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_spelling_variants_keep_the_facts(facts_pipeline, variant):
    for doc_id, text in ARTICLES.items():
        changed = VARIANTS[variant](text)
        record = facts_pipeline(changed)
        assert_sound(record, Article.from_text(changed).text)
        assert facts_of(record) == facts_of(facts_pipeline(text)), (variant, doc_id)


def test_date_with_en_dashes(facts_pipeline):
    record = facts_pipeline("Ngày 10–11–2021, tỉnh ban hành kế hoạch.")
    assert [(d.text, d.value) for d in record.dates] == [("10–11–2021", "2021-11-10")]


def test_spaced_en_dash_in_the_dateline(facts_pipeline):
    text = "Tiêu đề bài viết\n\n16/02/2022 – 05:18\n\nTiếp nhận 5 hồ sơ."
    assert facts_pipeline(text).published == "2022-02-16T05:18"


def test_spaced_dash_variants_keep_the_facts_but_the_dateline(facts_pipeline):
    for doc_id, text in ARTICLES.items():
        changed = text.replace(" - ", " – ")
        expected = facts_of(facts_pipeline(text))
        got = facts_of(facts_pipeline(changed))
        got.pop("published"), expected.pop("published")  # see test_spaced_en_dash_in_the_dateline
        assert got == expected, doc_id


@pytest.mark.parametrize("invisible", ["\u200b", "\u00a0", "\u2060", "\ufeff"],
                         ids=["zwsp", "nbsp", "word-joiner", "zwnbsp"])
def test_invisible_characters_anywhere_keep_offsets(facts_pipeline, invisible):
    for text in ARTICLES.values():
        changed = "".join(ch + invisible if i % 7 == 0 else ch for i, ch in enumerate(text))
        assert_sound(facts_pipeline(changed), changed)


def test_dashes_and_quotes_inside_ranges_and_codes(facts_pipeline):
    plain = ('Theo Quyết định số 93/2007/QĐ-TTg và Nghị quyết 02-NQ/TU, "Chuyển đổi số" giai đoạn '
             "2021-2025, tỷ lệ đạt 30-50%, tiếp nhận 1.234 hồ sơ.")
    fancy = plain.replace("-", "–").replace('"Chuyển đổi số"', "“Chuyển đổi số”")
    dashed = plain.replace("-", "—")
    base = facts_of(facts_pipeline(plain))
    for variant in (fancy, dashed):
        record = facts_pipeline(variant)
        assert_sound(record, variant)
        assert facts_of(record) == base, variant


# --- big and long inputs -----------------------------------------------------------------------------

def _big_text(megabytes: float) -> str:
    body = "\n\n".join(ARTICLES.values()) + "\n\n"
    return body * max(1, int(megabytes * 1_000_000 / len(body.encode("utf-8"))))


def test_multi_megabyte_file(facts_pipeline, tmp_path):
    text = _big_text(3)
    p = tmp_path / "big.txt"
    p.write_text(text, encoding="utf-8")
    article = read_article(p)
    assert article.text == text
    record = facts_pipeline(article)  # offsets are checked inside
    one = facts_pipeline("\n\n".join(ARTICLES.values()) + "\n\n")
    for field in ("dossier_counts", "percentages", "dates"):
        assert len(getattr(record, field)) >= len(getattr(one, field))


@pytest.mark.slow
def test_fifty_megabyte_file(facts_pipeline, tmp_path):
    text = _big_text(50)
    p = tmp_path / "huge.txt"
    p.write_text(text, encoding="utf-8")
    assert p.stat().st_size >= 49_000_000
    article = read_article(p)
    assert len(article.text) == len(text)
    record = facts_pipeline(article)  # offsets are checked inside
    assert_sound(record, article.text)


@pytest.mark.parametrize("line", [
    "1" * 100_000, "." * 100_000, "/" * 100_000, "1." * 50_000, "1/" * 50_000, "%" * 100_000,
    "số " * 33_000, "Nghị quyết " * 9_000, "hồ sơ " * 16_000, "a" * 100_000, " " * 100_000,
    "(" * 100_000, "\u0300" * 100_000, "Đ" * 100_000,
], ids=["digits", "dots", "slashes", "digit-dot", "digit-slash", "percent", "so", "nghi-quyet", "ho-so",
        "letters", "spaces", "parens", "combining", "capital-d"])
def test_100k_character_lines(facts_pipeline, line):
    text = "Tiêu đề\n\n" + line + "\n\nTiếp nhận 5 hồ sơ."
    assert_sound(facts_pipeline(text), Article.from_text(text).text)


# --- the command line ----------------------------------------------------------------------------------

def cli(*args: str, cwd: Path | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "cchc_extract", "extract", *args, "--exclude", "entities"],
                          capture_output=True, text=True, env=env, cwd=cwd, timeout=timeout)


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_cli_missing_path_is_a_clear_error(tmp_path):
    out = cli(str(tmp_path / "nowhere.txt"), "-o", str(tmp_path / "out.jsonl"))
    assert out.returncode != 0
    assert "nowhere.txt" in out.stderr and "does not exist" in out.stderr
    assert "Traceback" not in out.stderr


def test_cli_folder_with_binary_and_odd_files_goes_on(tmp_path):
    src = tmp_path / "in"
    (src / "deep" / "deeper").mkdir(parents=True)
    (src / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (src / "deep" / "b.txt").write_bytes(to_cp1258(SENTENCE))
    (src / "deep" / "deeper" / "c.txt").write_text("Tiêu đề\n\nTiếp nhận 7 hồ sơ.", encoding="utf-8")
    (src / "deep" / "empty.txt").write_bytes(b"")
    (src / "scan.txt").write_bytes(b"%PDF-1.5\n" + bytes(range(256)))
    (src / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (src / "noise.txt").write_bytes(bytes(range(256)) * 8)
    (src / "notes.md").write_text("# not an article", encoding="utf-8")
    (src / "data.json").write_text("{}", encoding="utf-8")
    (src / "page.html").write_text("<html><body><p>" + SENTENCE + "</p></body></html>", encoding="utf-8")
    out_file = tmp_path / "out.jsonl"
    out = cli(str(src), "-o", str(out_file))
    assert out.returncode == 1, out.stderr  # some files failed
    assert "Traceback" not in out.stderr
    for name, reason in [("scan.txt", "PDF"), ("photo.txt", "PNG"), ("noise.txt", "binary")]:
        line = next((ln for ln in out.stderr.splitlines() if name in ln), "")
        assert reason in line, (name, out.stderr)
    got = sorted(r["doc_id"] for r in records(out_file))
    assert got == ["a", "deep/b", "deep/deeper/c"]  # non-.txt files are ignored
    assert "empty.txt: " in out.stderr  # a file with no text fails, naming the file
    by_id = {r["doc_id"]: r for r in records(out_file)}
    assert by_id["deep/b"]["encoding"] == "cp1258"
    assert {k: v for k, v in by_id["a"].items() if k not in ("doc_id", "source", "encoding")} == \
           {k: v for k, v in by_id["deep/b"].items() if k not in ("doc_id", "source", "encoding")}


def test_cli_reads_an_html_file_named_on_the_command_line(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Cải cách hành chính</title></head><body><article><p>" + SENTENCE
                    + "</p><p>" + SENTENCE + "</p></article></body></html>", encoding="utf-8")
    out_file = tmp_path / "out.jsonl"
    out = cli(str(page), "-o", str(out_file))
    assert out.returncode == 0, out.stderr
    (rec,) = records(out_file)
    assert rec["text_source"] == "html" and rec["title"] == "Cải cách hành chính"
    assert "ERROR" not in out.stderr  # trafilatura's own log lines stay quiet


def test_cli_ten_thousand_tiny_files(tmp_path):
    src = tmp_path / "many"
    for i in range(10_000):
        sub = src / f"{i // 1000:02d}"
        if i % 1000 == 0:
            sub.mkdir(parents=True)
        (sub / f"t{i:05d}.txt").write_text(f"Tin số {i}\n\nTỉnh đã tiếp nhận {i + 1} hồ sơ.", encoding="utf-8")
    out_file = tmp_path / "out.jsonl"
    out = cli(str(src), "-o", str(out_file))
    assert out.returncode == 0, out.stderr[-2000:]
    got = records(out_file)
    assert len(got) == 10_000
    # doc_id: the path under the folder given, so names in subfolders stay unique (docs/batch.md).
    assert sorted(r["doc_id"] for r in got) == [f"{i // 1000:02d}/t{i:05d}" for i in range(10_000)]
    assert {r["title"] for r in got} == {f"Tin số {i}" for i in range(10_000)}


def test_cli_symlinked_file_is_read(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "real.txt").write_text(SENTENCE, encoding="utf-8")
    (src / "own.txt").write_text(SENTENCE, encoding="utf-8")
    (src / "alias.txt").symlink_to(elsewhere / "real.txt")
    out_file = tmp_path / "out.jsonl"
    out = cli(str(src), "-o", str(out_file), timeout=120)
    assert out.returncode == 0, out.stderr
    assert sorted(r["doc_id"] for r in records(out_file)) == ["alias", "own"]


def test_cli_symlink_loop_neither_hangs_nor_duplicates(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "own.txt").write_text(SENTENCE, encoding="utf-8")
    (src / "loop").symlink_to(src)
    out_file = tmp_path / "out.jsonl"
    out = cli(str(src), "-o", str(out_file), timeout=120)
    assert out.returncode == 0, out.stderr
    assert [r["doc_id"] for r in records(out_file)] == ["own"]


def test_cli_dangling_symlink_in_a_folder_is_reported(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "ok.txt").write_text(SENTENCE, encoding="utf-8")
    (src / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    out_file = tmp_path / "out.jsonl"
    out = cli(str(src), "-o", str(out_file))
    assert out.returncode == 1
    assert "gone.txt" in out.stderr and "broken symbolic link" in out.stderr and "Traceback" not in out.stderr
    assert [r["doc_id"] for r in records(out_file)] == ["ok"]


def test_cli_upper_case_txt_extension_is_read(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "EXPORT.TXT").write_text(SENTENCE, encoding="utf-8")
    out_file = tmp_path / "out.jsonl"
    cli(str(src), "-o", str(out_file))
    assert [r["doc_id"] for r in records(out_file)] == ["EXPORT"]


def _warm_up() -> None:
    """Import what extraction loads lazily while still root: as user nobody,
    Python's own files under root's home cannot be read."""
    import multiprocessing.util  # noqa: F401
    import typer.testing  # noqa: F401

    extract("Tiêu đề\n\nTỉnh tiếp nhận 1.234 hồ sơ, giải quyết 1.000 hồ sơ, còn 234 hồ sơ đang giải quyết.",
            exclude=["entities"])


def test_cli_unreadable_file_is_reported_and_the_batch_goes_on():
    """As root, chmod 000 blocks nothing: run the CLI in-process as user nobody."""
    from typer.testing import CliRunner

    from cchc_extract.cli import app

    if not hasattr(os, "geteuid"):
        pytest.skip("POSIX only")
    work = Path(tempfile.mkdtemp(prefix="cchc-cli-perm-"))
    try:
        os.chmod(work, 0o777)
        (work / "ok.txt").write_text(SENTENCE, encoding="utf-8")
        locked = work / "locked.txt"
        locked.write_text(SENTENCE, encoding="utf-8")
        os.chmod(locked, 0o000)
        out_file = work / "out.jsonl"
        _warm_up()
        as_root = os.geteuid() == 0
        if as_root:
            os.seteuid(65534)
        try:
            result = CliRunner().invoke(app, ["extract", str(work), "-o", str(out_file), "--exclude", "entities",
                                              "-j", "1"])
        finally:
            if as_root:
                os.seteuid(0)
        assert result.exit_code == 1, result.output
        assert f"{locked}: cannot be read (permission denied)" in result.stderr
        assert "Traceback" not in result.stderr
        assert [r["doc_id"] for r in records(out_file)] == ["ok"]
    finally:
        for child in work.iterdir():
            child.unlink()
        work.rmdir()


def test_cli_usage_error_is_one_line_unless_debug(tmp_path):
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    base = [sys.executable, "-m", "cchc_extract", "extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o.jsonl"),
            "--exclude", "no_such_stage"]
    plain = subprocess.run(base, capture_output=True, text=True, env=env, timeout=300)
    assert plain.returncode == 2
    assert "unknown stage(s) ['no_such_stage']" in plain.stderr and "Traceback" not in plain.stderr
    debug = subprocess.run(base + ["--debug"], capture_output=True, text=True, env=env, timeout=300)
    assert debug.returncode != 0 and "Traceback" in debug.stderr and "ConfigError" in debug.stderr


def test_cli_reads_other_files_when_asked(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (src / "page.html").write_text("<html><body><article><p>" + SENTENCE + "</p></article></body></html>",
                                   encoding="utf-8")
    out_file = tmp_path / "out.jsonl"
    out = cli(str(src), "-o", str(out_file), "--glob", "*.html")
    assert out.returncode == 0, out.stderr
    assert [(r["doc_id"], r["text_source"]) for r in records(out_file)] == [("page", "html")]


def test_cli_unreadable_subfolder_is_reported():
    from typer.testing import CliRunner

    from cchc_extract.cli import app

    work = Path(tempfile.mkdtemp(prefix="cchc-cli-dir-"))
    locked = work / "locked"
    try:
        os.chmod(work, 0o777)
        (work / "ok.txt").write_text(SENTENCE, encoding="utf-8")
        locked.mkdir()
        (locked / "lost.txt").write_text(SENTENCE, encoding="utf-8")
        os.chmod(locked, 0o000)
        _warm_up()
        as_root = os.geteuid() == 0
        if as_root:
            os.seteuid(65534)
        try:
            result = CliRunner().invoke(app, ["extract", str(work), "-o", str(work / "out.jsonl"),
                                              "--exclude", "entities", "-j", "1"])
        finally:
            if as_root:
                os.seteuid(0)
        assert "locked" in result.stderr and "permission denied" in result.stderr.lower()
        assert result.exit_code == 1
        assert [json.loads(line)["doc_id"] for line in (work / "out.jsonl").read_text().splitlines()] == ["ok"]
    finally:
        os.chmod(locked, 0o755)
        for p in sorted(work.rglob("*"), reverse=True):
            p.rmdir() if p.is_dir() else p.unlink()
        work.rmdir()
