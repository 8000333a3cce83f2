"""Analysis-ready types in the tables (issue 15): ``published`` as a datetime,
first and last day of every date value, dates that ``pandas.read_parquet``
restores as datetimes, the same frames from DataFrames, Parquet and CSV."""

from __future__ import annotations

from datetime import datetime

import pytest

from cchc_extract import ArticleRecord, to_dataframes
from cchc_extract.export import read_tables, records_from_rows, write_tables
from cchc_extract.periods import parse_published

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

# (published as the record holds it, the datetime the table should hold)
PUBLISHED = [
    ("2019-05-27T17:34", datetime(2019, 5, 27, 17, 34)),      # date-time
    ("2023-04-02", datetime(2023, 4, 2)),                     # date
    (None, None),                                             # not printed
    ("2017-05", None),                                        # partial: no day, so no datetime
    ("27/5/2019", None),                                      # not ISO 8601 (a dict made by hand)
    ("2019-05-27T17:34:00+07:00", datetime(2019, 5, 27, 17, 34)),  # the time as printed, offset dropped
    ("XXXX-05-17", None),
]

# (date value, first day, last day)
DATES = [
    ("2023-Q1", "2023-01-01", "2023-03-31"),
    ("2023-H2", "2023-07-01", "2023-12-31"),
    ("2024-02", "2024-02-01", "2024-02-29"),
    ("2021/2025", "2021-01-01", "2025-12-31"),
    ("2021/..", "2021-01-01", None),
    ("2019-05-27T17:34", "2019-05-27", "2019-05-27"),
    ("XXXX-05-17", None, None),
]


def _records() -> list[ArticleRecord]:
    out = []
    for n, (published, _) in enumerate(PUBLISHED):
        text = "Ngày họp, quý và năm."
        dates = [{"text": "quý", "start": 9, "end": 12, "kind": "period", "value": value}
                 for value, _, _ in DATES] if n == 0 else []
        out.append(ArticleRecord.model_validate({"doc_id": f"bai-{n}", "source": f"/x/bai-{n}.txt",
                                                 "published": published, "dates": dates,
                                                 "content_hash": str(len(text))}))
    return out


def _ts(value):
    return pd.NaT if value is None else pd.Timestamp(value)


@pytest.mark.parametrize("value,expected", PUBLISHED)
def test_parse_published(value, expected):
    assert parse_published(value) == expected


def test_published_is_a_datetime_and_keeps_the_record_string():
    arts = to_dataframes(_records())["articles"]
    assert str(arts["published"].dtype).startswith("datetime64")
    assert [(None if pd.isna(x) else x.to_pydatetime()) for x in arts["published"]] == [e for _, e in PUBLISHED]
    assert [(None if pd.isna(x) else x) for x in arts["published_iso"]] == [p for p, _ in PUBLISHED]
    cols = list(arts.columns)
    assert cols.index("published_iso") == cols.index("published") + 1


def test_every_date_value_has_its_first_and_last_day():
    dates = to_dataframes(_records())["dates"]
    for col in ("value_start", "value_end"):
        assert str(dates[col].dtype).startswith("datetime64"), col
    assert list(dates["value_start"]) == [_ts(s) for _, s, _ in DATES]
    assert list(dates["value_end"]) == [_ts(e) for _, _, e in DATES]
    # the bounds follow the value, before the dates' other columns
    cols = list(dates.columns)
    assert cols.index("value_start") == cols.index("value") + 1


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_read_back_gives_the_same_frames_and_records(tmp_path, fmt):
    records = _records()
    write_tables(records, tmp_path, fmt)
    back, want = read_tables(tmp_path), to_dataframes(records)
    for table in ("articles", "dates", "indicators"):
        pd.testing.assert_frame_equal(back[table], want[table], obj=table)
    assert records_from_rows(back) == records
    assert records_from_rows(read_tables(tmp_path, rows=True)) == records


def test_pandas_read_parquet_gives_datetimes(tmp_path, facts_pipeline):
    """Plain pandas.read_parquet, without read_tables: dates are datetime64, not objects."""
    rec = facts_pipeline("Quý I/2023, xã tiếp nhận 120 hồ sơ, đạt 100%.")
    write_tables(_records() + [rec], tmp_path, "parquet")
    assert str(pd.read_parquet(tmp_path / "articles.parquet")["published"].dtype).startswith("datetime64")
    ind = pd.read_parquet(tmp_path / "indicators.parquet")
    for col in ("period_start", "period_end"):
        assert str(ind[col].dtype).startswith("datetime64"), col
    assert set(ind["period_start"].dropna()) == {pd.Timestamp("2023-01-01")}
    dates = pd.read_parquet(tmp_path / "dates.parquet")
    assert str(dates["value_end"].dtype).startswith("datetime64")
