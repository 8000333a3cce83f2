"""Tables per fact type: Parquet and CSV round trips, DataFrames, JSONL reading."""

from __future__ import annotations

import json
from datetime import date

import pytest

from cchc_extract import ArticleRecord, to_dataframes
from cchc_extract.batch import run_batch
from cchc_extract.errors import CchcError
from cchc_extract.export import (TABLES, read_jsonl, read_tables, records_from_rows, to_arrow, to_rows,
                                 write_jsonl, write_tables)

from conftest import CORPUS

TEXT = "Theo Quyết định số 93/2007/QĐ-TTg, quý I/2023 tỉnh tiếp nhận 1.234 hồ sơ, đạt 98,2%."


def rich_record(doc_id: str = "a1") -> ArticleRecord:
    """A record with an item of every fact type and most optional fields."""
    return ArticleRecord.model_validate({
        "doc_id": doc_id, "source": f"/data/{doc_id}.txt", "title": "Cải cách hành chính, \"một cửa\"",
        "authors": ["Nguyễn Văn A", "Lê B"], "outlet": "Báo X", "url": None, "published": "2023-04-02",
        "legal_documents": [
            {"doc_type": "quyet_dinh", "type_name": "Quyết định", "number": "93", "code": "93/2007/QĐ-TTg",
             "year": 2007, "issued_date": None, "issuer": "Thủ tướng Chính phủ", "title": None,
             "mentions": [{"text": "Quyết định số 93/2007/QĐ-TTg", "start": 5, "end": 33},
                          {"text": "Quyết định", "start": 40, "end": 50}]},
            {"doc_type": "ke_hoach", "type_name": "Kế hoạch", "mentions": []},
        ],
        "dates": [{"text": "quý I/2023", "start": 35, "end": 45, "kind": "quarter", "value": "2023-Q1"}],
        "percentages": [{"text": "98,2%", "start": 80, "end": 85, "value": 98.2, "low": 98.2, "high": 98.2,
                         "qualifier": None, "is_change": False, "is_target": True, "metric": "đúng hạn"}],
        "dossier_counts": [{"text": "1.234 hồ sơ", "start": 60, "end": 71, "count": 1234, "status": "received",
                            "channel": "online", "agency": None, "period": "2023-Q1"}],
        "entities": [{"text": "Hà Nội", "start": 1, "end": 7, "label": "LOC"}],
        "quantities": [{"text": "12 thủ tục", "start": 90, "end": 100, "kind": "procedures", "value": 12.0,
                        "unit": None}],
        "checks": [{"kind": "sum", "total": 10, "parts": [3, 7], "holds": True}],
        "encoding": "utf-8", "content_hash": "ab" * 20,
    })


@pytest.fixture(scope="module")
def records(facts_pipeline) -> list[ArticleRecord]:
    corpus = [facts_pipeline(p) for p in sorted(CORPUS.glob("*.txt"))]
    return [rich_record("a1"), rich_record("a2").model_copy(update={"checks": [], "authors": []})] + corpus


def test_rows_link_by_doc_id():
    rows = to_rows([rich_record("a1")])
    assert set(rows) == set(TABLES)
    assert [r["doc_id"] for r in rows["articles"]] == ["a1"]
    assert [(m["document"], m["text"]) for m in rows["legal_mentions"]] == [
        (0, "Quyết định số 93/2007/QĐ-TTg"), (0, "Quyết định")]
    assert [d["document"] for d in rows["legal_documents"]] == [0, 1]
    assert rows["dossier_counts"][0] == {"doc_id": "a1", "id": "d1", "text": "1.234 hồ sơ", "start": 60, "end": 71,
                                         "count": 1234, "qualifier": None, "status": "received",
                                         "channel": "online", "agency": None, "period": "2023-Q1",
                                          "part_of": None, "agency_key": None, "province_code": None,
                                          "province_name": None, "province_as_written": None,
                                          "extractor_version": rich_record().extractor_version}
    assert [(r["id"], r["type"], r["period_start"], r["unit"]) for r in rows["indicators"]] == [
        ("d1", "dossier_count", date(2023, 1, 1), "hồ sơ"), ("p1", "percentage", None, "%")]


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_tables_round_trip(records, tmp_path, fmt):
    written = write_tables(records, tmp_path / fmt, fmt, batch_size=2)  # several batches
    assert sorted(p.name for p in written) == sorted(f"{t}.{fmt}" for t in TABLES)
    assert not list((tmp_path / fmt).glob(".*.tmp"))
    again = records_from_rows(read_tables(tmp_path / fmt))
    assert again == records
    assert records_from_rows(read_tables(tmp_path / fmt, rows=True)) == records


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_tables_read_back_analysis_ready(records, tmp_path, fmt):
    """DataFrames with the types of to_dataframes: nullable years, categories, dates, text kept as written."""
    write_tables(records, tmp_path, fmt)
    frames = read_tables(tmp_path)
    assert str(frames["legal_documents"]["year"].dtype) == "Int64"
    assert str(frames["dossier_counts"]["status"].dtype) == "category"
    assert str(frames["percentages"]["metric_kind"].dtype) == "category"
    assert str(frames["indicators"]["period_start"].dtype).startswith("datetime64")
    numbers = set(frames["legal_documents"]["number"].dropna())
    assert "03" in numbers  # `Nghị quyết số 03`: not the number 3
    for t in TABLES:
        assert list(frames[t].columns) == list(to_dataframes([])[t].columns), t
    if fmt == "parquet":
        pd = pytest.importorskip("pandas")
        assert str(pd.read_parquet(tmp_path / "legal_documents.parquet")["year"].dtype) == "Int64"
        assert str(pd.read_parquet(tmp_path / "dossier_counts.parquet")["channel"].dtype) == "category"
    else:
        pd = pytest.importorskip("pandas")
        from cchc_extract.export import csv_dtypes

        df = pd.read_csv(tmp_path / "legal_documents.csv", dtype=csv_dtypes("legal_documents"))
        assert "03" in set(df["number"].dropna())


def test_parquet_types(records, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    write_tables(records, tmp_path, "parquet")
    table = pq.read_table(tmp_path / "percentages.parquet")
    assert str(table.schema.field("value").type) == "double"
    assert str(table.schema.field("is_target").type) == "bool"
    assert str(pq.read_table(tmp_path / "articles.parquet").schema.field("authors").type) == "list<element: string>"
    assert to_arrow(records)["dates"].num_rows == sum(len(r.dates) for r in records)


def test_dataframes(records):
    frames = to_dataframes(records)
    assert set(frames) == set(TABLES)
    arts = frames["articles"]
    assert list(arts["doc_id"]) == [r.doc_id for r in records]
    docs = frames["legal_documents"]
    assert str(docs["year"].dtype) == "Int64" and docs["year"].isna().sum() == sum(
        d.year is None for r in records for d in r.legal_documents)
    merged = frames["dossier_counts"].merge(arts[["doc_id", "title"]], on="doc_id")
    assert len(merged) == sum(len(r.dossier_counts) for r in records)
    empty = to_dataframes([])
    assert list(empty["dates"].columns) == ["doc_id", "id", "text", "start", "end", "kind", "value",
                                            "value_start", "value_end", "extractor_version"]
    assert str(frames["dossier_counts"]["status"].dtype) == "category"


def test_dataframes_from_json_dicts(records):
    dicts = [json.loads(r.model_dump_json()) for r in records]
    a, b = to_dataframes(dicts), to_dataframes(records)
    for t in TABLES:
        assert a[t].equals(b[t]), t


def test_read_jsonl_ignores_a_cut_last_line_only(records, tmp_path):
    p = tmp_path / "r.jsonl"
    assert write_jsonl(records[:2], p) == 2
    with open(p, "a", encoding="utf-8") as fh:
        fh.write('{"doc_id": "cut')
    assert list(read_jsonl(p)) == records[:2]
    p.write_text('{"doc_id": "x"\n' + records[0].model_dump_json() + "\n", encoding="utf-8")
    with pytest.raises(CchcError, match=":1:"):
        list(read_jsonl(p))


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_batch_writes_tables(tmp_path, fmt):
    summary = run_batch([CORPUS], tmp_path / "out", fmt=fmt, exclude=["entities"])
    assert summary.articles == 5
    from_jsonl = list(read_jsonl(tmp_path / "out" / "records.jsonl"))
    assert records_from_rows(read_tables(tmp_path / "out", fmt)) == from_jsonl
    assert len(from_jsonl) == 5


def test_bad_inputs_are_clear_errors_not_key_errors(records):
    with pytest.raises(ValueError, match="record 0 has no doc_id"):
        to_dataframes([{}])
    with pytest.raises(ValueError, match="record 1 has no doc_id"):
        to_rows([records[0], {"title": "x"}])
    with pytest.raises(TypeError, match="read_jsonl"):
        to_dataframes("out.jsonl")
    with pytest.raises(TypeError, match="wrap a single record in a list"):
        to_rows(records[0])
    with pytest.raises(TypeError, match="record 0: expected an ArticleRecord or a dict, got int"):
        to_rows([42])


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_every_table_carries_the_extractor_version(records, tmp_path, fmt):
    from cchc_extract import __version__

    pytest.importorskip("pyarrow")
    rows = to_rows(records)
    for table in TABLES:
        assert rows[table] and {r["extractor_version"] for r in rows[table]} == {__version__}, table
    old = records[0].model_copy(update={"extractor_version": "0.1.0"})
    write_tables([old] + records[1:], tmp_path / "t", fmt)
    back = read_tables(tmp_path / "t", fmt, rows=True)
    assert {r["extractor_version"] for r in back["dates"] if r["doc_id"] == old.doc_id} == {"0.1.0"}
    assert records_from_rows(back) == [old] + records[1:]
    frames = to_dataframes(records)
    assert all("extractor_version" in frames[t].columns for t in TABLES)
