"""The indicators table: a golden table for the bundled corpus, and its rules.

tests/data/indicators_corpus.csv is the table of corpus/articles (facts only).
When an intended change moves it, regenerate it and read the diff:

    CCHC_REGEN_INDICATORS=1 PYTHONPATH=src python -m pytest -q tests/test_indicators.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cchc_extract.export import to_dataframes
from cchc_extract.indicators import indicator_rows

GOLDEN = Path(__file__).parent / "data" / "indicators_corpus.csv"


def _table(records):
    # extractor_version changes with every release, not with the rules
    frame = to_dataframes(records)["indicators"].drop(columns=["extractor_version"])
    return frame.to_csv(index=False, lineterminator="\n")


def test_golden_indicators_table(facts_pipeline, corpus_paths):
    got = _table([facts_pipeline(p) for p in corpus_paths])
    if os.environ.get("CCHC_REGEN_INDICATORS"):
        GOLDEN.write_text(got, encoding="utf-8")
    assert got == GOLDEN.read_text(encoding="utf-8")


def test_rows_cover_every_figure_once(facts_pipeline, corpus_paths):
    for p in corpus_paths:
        rec = facts_pipeline(p)
        rows = indicator_rows(rec.model_dump())
        assert sorted(r["id"] for r in rows) == sorted(
            [x.id for x in rec.percentages] + [x.id for x in rec.dossier_counts])
        assert all(r["period_start"] is not None for r in rows if r["period"] and not r["period"].startswith("X"))


def test_parts_are_never_summed_with_their_total(facts_pipeline):
    rec = facts_pipeline("Năm 2024, huyện tiếp nhận 1.000 hồ sơ, trong đó 700 hồ sơ trực tuyến, 300 hồ sơ trực tiếp.")
    df = to_dataframes([rec])["indicators"]
    totals = df[df["part_of"].isna() & (df["type"] == "dossier_count")]
    assert int(totals["count"].sum()) == 1000
    assert list(df["period_start"].dt.strftime("%Y-%m-%d").dropna().unique()) == ["2024-01-01"]


@pytest.mark.parametrize("text", ["Tỷ lệ hồ sơ đúng hạn đạt 97%.", "Xã nhận 40 hồ sơ."])
def test_sentence_columns_from_the_text(facts_pipeline, text):
    rec = facts_pipeline(text)
    (row,) = indicator_rows(rec.model_dump(), text)
    assert row["sentence"] == text and row["sentence_start"] == 0
    (row,) = indicator_rows(rec.model_dump())
    assert row["sentence"] is None


def test_province_and_agency_key_columns(facts_pipeline):
    text = ("Năm 2023, UBND TP Vinh tiếp nhận 1.200 hồ sơ. "
            "Năm 2023, Ủy ban nhân dân thành phố Vinh giải quyết đúng hạn 98% hồ sơ. "
            "Năm 2023, UBND tỉnh Hà Giang tiếp nhận 500 hồ sơ.")
    df = to_dataframes([facts_pipeline(text)])["indicators"]
    cols = list(df.columns)
    assert cols.index("province") < cols.index("province_code") < cols.index("agency") < cols.index("agency_key")
    assert str(df["province_code"].dtype) == "Int64"
    rows = df.set_index("id")
    assert rows.loc["d1", "agency_key"] == rows.loc["p1", "agency_key"] == "ủy ban nhân dân thành phố vinh"
    assert (rows.loc["d1", "province"], rows.loc["d1", "province_code"]) == ("Nghệ An", 40)
    # a province of 2008-2025: the current one, and the old name as written
    assert (rows.loc["d2", "province"], rows.loc["d2", "province_code"], rows.loc["d2", "province_as_written"]) \
        == ("Tuyên Quang", 8, "Hà Giang")
    assert df.groupby("agency_key")["id"].count().to_dict() == {
        "ủy ban nhân dân thành phố vinh": 2, "ủy ban nhân dân tỉnh hà giang": 1}
