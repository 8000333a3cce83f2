"""The audit: seeded stratified samples, review files, marks read back as
precision with Wilson intervals, and the recall proxy.

The articles and records here are written by hand in our own wording, so
each test knows exactly which items exist and which triggers are covered.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from cchc_extract import audit
from cchc_extract.audit import AuditError, allocate, draw, read_marks, recall_proxy, score_files, wilson, write_review


def _span(text: str, piece: str, nth: int = 0, **extra) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return {"text": piece, "start": start, "end": start + len(piece), **extra}


def _doc(text, piece, doc_type, number=None, nth=0):
    m = _span(text, piece, nth)
    return {"doc_type": doc_type, "type_name": piece.split(" số")[0], "number": number, "mentions": [m]}


def _record(folder: Path, doc_id: str, text: str, **facts) -> dict:
    path = folder / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    rec = {"doc_id": doc_id, "source": str(path), "legal_documents": [], "dates": [], "percentages": [],
           "dossier_counts": [], "entities": []}
    rec.update(facts)
    return rec


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture()
def corpus(tmp_path):
    """Twelve small articles: many decisions and dates, a few plans and percentages, no dossier counts."""
    texts = tmp_path / "texts"
    texts.mkdir()
    records = []
    for i in range(12):
        text = (f"Bài {i}.\nNgày 3/{i % 12 + 1}/2017, huyện ban hành Quyết định số {100 + i}/QĐ-UBND "
                f"và Quyết định số {200 + i}/QĐ-UBND về việc <sắp xếp> bộ máy.\n"
                f"Tỷ lệ đạt {50 + i}% trong tháng {i % 12 + 1}/2017.")
        legal = [_doc(text, f"Quyết định số {100 + i}/QĐ-UBND", "quyet_dinh", str(100 + i)),
                 _doc(text, f"Quyết định số {200 + i}/QĐ-UBND", "quyet_dinh", str(200 + i))]
        if i < 2:
            text += f" Kế hoạch số {i + 7}/KH-UBND được triển khai."
            legal.append(_doc(text, f"Kế hoạch số {i + 7}/KH-UBND", "ke_hoach", str(i + 7)))
        dates = [_span(text, f"3/{i % 12 + 1}/2017", kind="date", value=f"2017-{i % 12 + 1:02d}-03"),
                 _span(text, f"tháng {i % 12 + 1}/2017", kind="month", value=f"2017-{i % 12 + 1:02d}")]
        pcts = [_span(text, f"{50 + i}%", value=50 + i, low=50 + i, high=50 + i)] if i % 3 == 0 else []
        records.append(_record(texts, f"a{i:02d}", text, legal_documents=legal, dates=dates, percentages=pcts))
    return _write(tmp_path / "out.jsonl", records), texts


# -- allocation and sampling --------------------------------------------------------------------------------

def test_allocation_is_proportional_with_one_per_stratum_and_never_above_the_stratum():
    assert allocate({"a": 900, "b": 90, "c": 10}, 100) == {"a": 90, "b": 9, "c": 1}
    assert allocate({"a": 980, "b": 19, "c": 1}, 10) == {"a": 8, "b": 1, "c": 1}
    assert allocate({"a": 5, "b": 1}, 3) == {"a": 2, "b": 1}
    assert allocate({"a": 2, "b": 3}, 10) == {"a": 2, "b": 3}              # small: everything
    assert allocate({"a": 5, "b": 4, "c": 3}, 2) == {"a": 1, "b": 1}       # more strata than n: the largest
    assert allocate({"x": 0}, 5) == {}
    for sizes, n in [({"a": 37, "b": 12, "c": 1, "d": 1}, 20), ({"a": 1000, "b": 3}, 200)]:
        alloc = allocate(sizes, n)
        assert sum(alloc.values()) == n and all(1 <= alloc[s] <= sizes[s] for s in sizes)


def test_sampling_is_seeded_and_stratified(corpus, tmp_path):
    out, _ = corpus
    one = draw(out, n=6, seed=7)
    again = draw(out, n=6, seed=7)
    other = draw(out, n=6, seed=8)
    key = lambda s: [(i.item_id, i.doc_id, i.start) for i in s.items]  # noqa: E731
    assert key(one) == key(again)
    assert key(one) != key(other)
    # 24 decisions and 2 plans: 6 drawn, the plans' stratum keeps at least one
    assert one.population["legal_documents"] == {"quyet_dinh": 24, "ke_hoach": 2}
    assert one.allocation["legal_documents"] == {"ke_hoach": 1, "quyet_dinh": 5}
    docs = [i for i in one.items if i.type == "legal_documents"]
    assert sorted(i.stratum for i in docs) == ["ke_hoach"] + ["quyet_dinh"] * 5
    assert one.allocation["dates"] == {"date": 3, "month": 3}
    assert one.allocation["percentages"] == {"all": 4}  # only four exist: all of them
    assert [i.item_id for i in docs] == [f"doc-{k:03d}" for k in range(1, 7)]
    # the same seed with one type less draws the same items of the other types
    only_dates = draw(out, n=6, seed=7, types=["dates"])
    assert key(only_dates) == [k for k, i in zip(key(one), one.items) if i.type == "dates"]


def test_every_sampled_item_reads_its_own_text(corpus):
    out, _ = corpus
    sample = draw(out, n=50, seed=1)
    assert sample.items
    for it in sample.items:
        text = Path(it.source).read_text(encoding="utf-8")
        assert text[it.start:it.end] == it.text
        assert f"⟦{it.text}⟧" in it.sentence
    first = [i for i in sample.items if i.type == "legal_documents"][0]
    assert json.loads(first.values)["doc_type"] == first.stratum


def test_a_document_is_shown_at_its_first_mention(tmp_path):
    text = "Nghị quyết số 5 nêu rõ. Sau đó Nghị quyết số 5 được nhắc lại."
    m1, m2 = _span(text, "Nghị quyết số 5"), _span(text, "Nghị quyết số 5", nth=1)
    doc = {"doc_type": "nghi_quyet", "type_name": "Nghị quyết", "number": "5", "mentions": [m2, m1]}
    out = _write(tmp_path / "o.jsonl", [_record(tmp_path, "d", text, legal_documents=[doc])])
    (item,) = draw(out, n=5, types=["legal_documents"]).items
    assert item.start == m1["start"] and json.loads(item.values)["mentions"] == 2
    assert item.sentence == "⟦Nghị quyết số 5⟧ nêu rõ."


def test_text_folder_overrides_the_source(corpus, tmp_path):
    out, texts = corpus
    moved = tmp_path / "moved"
    texts.rename(moved)
    with pytest.raises(AuditError, match="pass --text DIR"):
        draw(out, n=3)
    assert len(draw(out, n=3, text_dir=moved, types=["dates"]).items) == 3


def test_a_changed_text_is_refused(corpus):
    out, texts = corpus
    for p in texts.glob("*.txt"):
        p.write_text("khác hẳn " + p.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(AuditError, match="text changed since extraction"):
        draw(out, n=3)


def test_no_items_of_a_type_gives_an_empty_stratum(corpus, tmp_path):
    out, _ = corpus
    sample = draw(out, n=5, types=["dossier_counts", "dates"])
    assert sample.population["dossier_counts"] == {} and sample.allocation["dossier_counts"] == {}
    assert not [i for i in sample.items if i.type == "dossier_counts"]
    paths = write_review(sample, tmp_path / "rev")
    assert "No items of this type" in paths[2].read_text(encoding="utf-8")
    assert "entities" not in draw(out, n=5).allocation  # not asked for and not in the output


# -- review files ---------------------------------------------------------------------------------------

def test_review_files_have_the_columns_and_the_html_escapes(corpus, tmp_path):
    out, _ = corpus
    sample = draw(out, n=4, seed=3, types=["legal_documents"])
    csv_path, jsonl_path, html_path = write_review(sample, tmp_path / "rev")
    with csv_path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == list(audit.sample.COLUMNS)
    assert all(r["mark"] == "" and r["note"] == "" for r in rows)
    assert [json.loads(x)["item_id"] for x in jsonl_path.read_text(encoding="utf-8").splitlines()] == \
        [r["item_id"] for r in rows]
    page = html_path.read_text(encoding="utf-8")
    assert "&lt;sắp xếp&gt;" in page and "<sắp xếp>" not in page
    assert page.count("<mark>") == len(rows)


def test_marked_files_are_not_overwritten(corpus, tmp_path):
    out, _ = corpus
    sample = draw(out, n=2, types=["dates"])
    csv_path = write_review(sample, tmp_path / "rev")[0]
    csv_path.write_text(csv_path.read_text(encoding="utf-8").replace(",,\n", ",y,\n", 1), encoding="utf-8")
    with pytest.raises(AuditError, match="already holds marks"):
        write_review(sample, tmp_path / "rev")
    write_review(sample, tmp_path / "rev", force=True)


# -- marks and precision --------------------------------------------------------------------------------

def test_wilson_matches_known_values():
    low, high = wilson(8, 10)
    assert (round(low, 4), round(high, 4)) == (0.4902, 0.9433)
    assert wilson(0, 10)[0] == 0 and round(wilson(0, 10)[1], 4) == 0.2775
    assert round(wilson(10, 10)[0], 4) == 0.7225 and wilson(10, 10)[1] == 1
    # the bounds are the two roots of (k/n - p)^2 = z^2 p (1 - p) / n
    z = 1.959963984540054
    for k, n in [(194, 200), (37, 51), (1, 3)]:
        for p in wilson(k, n):
            assert abs((k / n - p) ** 2 - z * z * p * (1 - p) / n) < 1e-12
    with pytest.raises(ValueError):
        wilson(1, 0)


def _marked(tmp_path, marks: dict[str, str], suffix=".csv") -> Path:
    rows = [{"item_id": i, "type": t, "stratum": s, "mark": m, "note": ""} for (i, t, s), m in marks.items()]
    p = tmp_path / f"marks{suffix}"
    if suffix == ".csv":
        with p.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
    else:
        _write(p, rows)
    return p


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_marks_give_counts_and_intervals(tmp_path, suffix):
    marks = {(f"doc-{k}", "legal_documents", "luat" if k < 10 else "quyet_dinh"): "y" for k in range(12)}
    marks[("doc-0", "legal_documents", "luat")] = "N"
    marks[("doc-1", "legal_documents", "luat")] = " ? "
    marks[("doc-2", "legal_documents", "luat")] = ""
    marks.update({(f"date-{k}", "dates", "year"): "y" for k in range(3)})
    result = score_files([_marked(tmp_path, marks, suffix)])
    legal = result["legal_documents"]
    assert (legal["items"], legal["marked"], legal["right"], legal["wrong"], legal["unmarked"]) == (12, 10, 9, 1, 2)
    assert legal["precision"] == 0.9 and (legal["low"], legal["high"]) == wilson(9, 10)
    assert legal["strata"]["luat"]["right"] == 7 and legal["strata"]["luat"]["unmarked"] == 2
    assert legal["strata"]["quyet_dinh"]["precision"] == 1.0
    assert list(result) == ["legal_documents", "dates"]
    text = audit.format_precision(result)
    assert "0.900" in text and "  luat" in text


def test_a_note_with_a_comma_and_a_line_break_reads_back(tmp_path):
    p = tmp_path / "m.csv"
    p.write_text('item_id,type,stratum,mark,note\npct-1,percentages,all,n,"value low: -0,4%\nsign lost"\n'
                 "pct-2,percentages,all,y,\n", encoding="utf-8")
    rows = read_marks(p)
    assert [r["mark"] for r in rows] == ["n", "y"] and rows[0]["note"] == "value low: -0,4%\nsign lost"


def test_reasons_are_counted_and_ignored_fields_give_the_precision_of_the_fact(tmp_path):
    p = tmp_path / "m.csv"
    rows = [("pct-1", "n", "value agency: missing Sở Y tế ; value period: the base year, not the period"),
            ("pct-2", "n", "value agency: wrong ; value low/high: 5 and 7, not 5"),
            ("pct-3", "n", "not-a-fact: a score in a match"),
            ("pct-4", "y", "minor: metric runs on"),
            ("pct-5", "n", "scope: a bank's figure ; value metric: the next clause; it runs on"),
            ("pct-6", "n", "looks odd; really")]
    with p.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["item_id", "type", "stratum", "mark", "note"])
        w.writerows([(i, "percentages", "all", m, note) for i, m, note in rows])
    strict = score_files([p])["percentages"]
    assert (strict["right"], strict["wrong"]) == (1, 5)
    # "; it runs on" is more of value metric's prose; a note with no class word at all is "other"
    assert strict["reasons"] == {"value agency": 2, "value period": 1, "value low/high": 1,
                                 "not-a-fact": 1, "value metric": 1, "other": 1}
    assert "fact" not in strict
    fact = score_files([p], ignore=["agency", "period", "metric"])["percentages"]["fact"]
    # pct-1 and pct-5 are wrong only in ignored fields; pct-2 also in low/high; pct-3 is no fact
    assert (fact["right"], fact["wrong"]) == (3, 3) and fact["ignored"] == ["agency", "metric", "period"]
    assert "without agency, metric, period" in audit.format_precision(score_files([p], ignore=["agency", "period",
                                                                                               "metric"]))


def test_nothing_marked_gives_no_precision(tmp_path):
    result = score_files([_marked(tmp_path, {("pct-1", "percentages", "all"): "?"})])
    assert result["percentages"]["precision"] is None and result["percentages"]["unmarked"] == 1
    assert "nothing marked" in audit.format_precision(result)


def test_bad_marks_give_clear_errors(tmp_path):
    with pytest.raises(AuditError, match="does not exist"):
        read_marks(tmp_path / "none.csv")
    bad = _marked(tmp_path, {("dos-1", "dossier_counts", "all"): "maybe", ("dos-2", "dossier_counts", "all"): "y"})
    with pytest.raises(AuditError, match=r"unknown mark value.*row 2 \(dos-1\): 'maybe'"):
        read_marks(bad)
    nocol = tmp_path / "nocol.csv"
    nocol.write_text("item_id,type,stratum\nx,dates,all\n", encoding="utf-8")
    with pytest.raises(AuditError, match="missing column.*mark"):
        read_marks(nocol)
    notjson = tmp_path / "marks.jsonl"
    notjson.write_text('{"item_id": "a"\n', encoding="utf-8")
    with pytest.raises(AuditError, match="not JSON"):
        read_marks(notjson)
    binary = tmp_path / "bin.csv"
    binary.write_bytes(b"\xff\xfe\x00\x81item")
    with pytest.raises(AuditError, match="unreadable marks"):
        read_marks(binary)


def test_missing_output_and_unknown_type_are_clear(tmp_path):
    with pytest.raises(AuditError, match="does not exist"):
        draw(tmp_path / "nope.jsonl")
    broken = tmp_path / "b.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(AuditError, match=r"b.jsonl:1: not a JSON record"):
        draw(broken)
    with pytest.raises(AuditError, match="unknown fact type"):
        draw(broken, types=["dossiers"])


# -- recall proxy ---------------------------------------------------------------------------------------

def test_recall_proxy_counts_covered_and_uncovered_triggers(tmp_path):
    text = ("Tỉnh thực hiện Nghị quyết số 12 và Kế hoạch số 30/KH-UBND. Tỷ lệ đạt 95% và 40%. "
            "Đã nhận 120 hồ sơ, trả 80 hồ sơ. Ngày 5/6/2017 và quý II/2017 bàn giao; năm 2018 xong.")
    rec = _record(tmp_path, "r", text,
                  legal_documents=[_doc(text, "Nghị quyết số 12", "nghi_quyet", "12")],
                  percentages=[_span(text, "95%", value=95, low=95, high=95)],
                  dossier_counts=[_span(text, "120 hồ sơ", count=120)],
                  dates=[_span(text, "5/6/2017", kind="date", value="2017-06-05")])
    counts, n = recall_proxy(_write(tmp_path / "o.jsonl", [rec]), examples=3)
    table = {c.pattern.name: c for c in counts}
    assert n == 1
    assert (table["doc word + số + number"].triggers, table["doc word + số + number"].uncovered) == (2, 1)
    assert "Kế hoạch số 30/KH-UBND" in table["doc word + số + number"].examples[0][1]
    assert (table["number + %"].triggers, table["number + %"].uncovered) == (2, 1)
    assert "⟦40%⟧" in table["number + %"].examples[0][1]
    assert (table["number + hồ sơ"].triggers, table["number + hồ sơ"].uncovered) == (2, 1)
    assert (table["date d/m/yyyy"].triggers, table["date d/m/yyyy"].uncovered) == (1, 0)
    assert (table["quý …"].triggers, table["quý …"].uncovered) == (1, 1)
    assert (table["năm yyyy"].triggers, table["năm yyyy"].uncovered) == (1, 1)
    assert "capitalised run" not in table  # no entities in this output
    md = audit.format_markdown(counts, n)
    assert "| number + % | 2 | 1 | 0.500 |" in md


def test_recall_proxy_reads_type_words_from_the_pattern_file():
    from cchc_extract.audit.recall import _legal_vocabulary

    words, abbrevs, _ = _legal_vocabulary()
    assert "thông tư liên tịch" in words and "QĐ" in abbrevs


def test_the_legal_prefilter_finds_what_a_scan_at_every_position_finds():
    """The type-word patterns are tried only near `word [số] number`; that must lose nothing."""
    from cchc_extract.audit.recall import patterns, triggers

    text = ("Theo Thông tư liên tịch số 01/2015/TTLT-BTP-BNV và Kế hoạch hành động số 5, QĐ 1150/QĐ-UBND, "
            "NGHỊ QUYẾT SỐ 09-NQ/TU, Luật 45/2013/QH13, quyết định 3 nội dung, Kế hoạch 45 và Nghị định "
            "số: 30c/NĐ-CP; dự án 32 đường Láng; CT số 07-CT/TU, Chỉ thị\nsố 12, Bộ luật 2015 năm.")
    for p in patterns()[:3]:
        assert p.near_words
        assert sorted(triggers(p, text)) == sorted(m.span() for m in p.rx.finditer(text)), p.name
    assert len(triggers(patterns()[0], text)) == 6  # TTLT, KH hành động, NGHỊ QUYẾT, Nghị định, CT, Chỉ thị


def test_capitalised_runs_count_only_with_entities_and_skip_a_sentence_first_word(tmp_path):
    text = "Hôm nay Bộ Nội Vụ họp. Theo Văn Phòng Chính Phủ, ông Nguyễn Văn Minh đến Hà Nội."
    rec = _record(tmp_path, "e", text, entities=[_span(text, "Nguyễn Văn Minh", label="PER")])
    counts, _ = recall_proxy(_write(tmp_path / "o.jsonl", [rec]), examples=10)
    (runs,) = [c for c in counts if c.pattern.name == "capitalised run"]
    found = sorted(s.split("⟦")[1].split("⟧")[0] for _, s in runs.examples)
    # "Hôm nay" is lower case after its first word; "Theo" opens a sentence and is dropped
    assert found == ["Bộ Nội Vụ", "Hà Nội", "Văn Phòng Chính Phủ"]
    assert (runs.triggers, runs.uncovered) == (4, 3)


# -- the commands ---------------------------------------------------------------------------------------

@pytest.fixture()
def cli():
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """The main app, as cli.py has it."""

    audit.register(app)
    runner = CliRunner()
    return lambda *args: runner.invoke(app, list(map(str, args)))


def test_commands_sample_score_recall(cli, corpus, tmp_path):
    out, texts = corpus
    rev = tmp_path / "review"
    res = cli("audit", "sample", out, "-n", 4, "--seed", 1, "-o", rev)
    assert res.exit_code == 0, res.output
    assert "legal_documents: 4 of 26" in res.output and "ke_hoach: 1 of 2" in res.output
    assert sorted(p.name for p in rev.iterdir()) == ["review.csv", "review.html", "review.jsonl"]
    rows = list(csv.DictReader(open(rev / "review.csv", encoding="utf-8", newline="")))
    for k, row in enumerate(rows):
        row["mark"] = "n" if k == 0 else "y"
    with open(rev / "review.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    res = cli("audit", "score", rev / "review.csv", "--json")
    assert res.exit_code == 0, res.output
    result = json.loads(res.output)
    assert result[rows[0]["type"]]["wrong"] == 1
    assert sum(t["right"] for t in result.values()) == len(rows) - 1
    res = cli("audit", "recall", out, "--text", texts, "-k", 2, "-o", tmp_path / "recall.md")
    assert res.exit_code == 0, res.output
    assert "| pattern | triggers | uncovered |" in (tmp_path / "recall.md").read_text(encoding="utf-8")


def test_commands_report_errors_with_status_2(cli, tmp_path):
    res = cli("audit", "sample", tmp_path / "missing.jsonl")
    assert res.exit_code == 2 and "error:" in res.output and "does not exist" in res.output
    bad = tmp_path / "m.csv"
    bad.write_text("item_id,type,stratum,mark\na,dates,all,perhaps\n", encoding="utf-8")
    res = cli("audit", "score", bad)
    assert res.exit_code == 2 and "unknown mark value" in res.output
