"""Records out: JSONL (from :mod:`cchc_extract.jsonl`), Parquet and CSV tables, pandas DataFrames.

The tables are one per fact type, linked by ``doc_id``:

``articles``
    one row per article: ``doc_id``, ``source``, ``title``, ``authors``,
    ``outlet``, ``url``, ``published``, ``encoding``, ``text_source``,
    ``content_hash`` (every scalar field of the record); ``published`` is a
    datetime (empty when the record has none or only part of a date, such as
    ``2017-05``) and ``published_iso`` right after it keeps the record's string.
``legal_documents``
    one row per document: ``doc_id``, ``document`` (its index within the
    article), then the document's fields; its mentions are in
    ``legal_mentions`` (``doc_id``, ``document``, ``text``, ``start``, ``end``).
``dates``, ``percentages``, ``dossier_counts``, ``entities``, ``quantities``, ``checks``
    one row per item: ``doc_id``, the item's ``id`` (``p3``, ``d1``), then its fields;
    a date's ``value`` is followed by its first and last day, ``value_start`` and
    ``value_end`` (``2023-Q1``: 2023-01-01 and 2023-03-31; empty when the year is
    unknown, ``XXXX-05-17``; ``value_end`` empty for an open period ``2021/..``).
``indicators``
    one row per percentage and dossier count, the table researchers build
    (:mod:`cchc_extract.indicators`): who (``agency``), when (``period``,
    ``period_start``, ``period_end``), what (``metric_kind``, ``metric``), how much.

Types are analysis-ready: integers that may be empty (``year``) are nullable
integers, fixed vocabularies (``status``, ``channel``, ``metric_kind`` …) are
categoricals, ``published``, ``value_start``/``value_end`` and
``period_start``/``period_end`` are ``datetime64``, in DataFrames and in Parquet
alike (``pandas.read_parquet`` restores them: Parquet stores the days as
timestamps, which pandas reads as datetimes, where a Parquet date would come
back as Python objects).  CSV keeps text as
written (``01``): read it with :func:`read_tables`, or give ``pandas.read_csv``
``dtype=csv_dtypes(table)``.

Every table ends with ``extractor_version``, the version of cchc-extract that
made the article's record, so a table read on its own still says it.

Columns follow the pydantic models in :mod:`cchc_extract.records`, so a
field added there appears here without a change.  In CSV, list values
(``authors``, ``parts``) are JSON arrays and ``None`` is an empty cell.

>>> from cchc_extract import extract
>>> rec = extract("Tháng 5/2023, tỉnh tiếp nhận 1.234 hồ sơ.", exclude=["entities"])
>>> frames = to_dataframes([rec])
>>> sorted(frames)[:3]
['articles', 'checks', 'dates']
>>> list(frames["articles"]["doc_id"])
['article']
"""

from __future__ import annotations

import csv
import json
import os
import types
import typing
from collections.abc import Iterable
from datetime import date, datetime, time
from pathlib import Path

from pydantic import BaseModel

from . import indicators as _indicators
from .periods import parse_published, period_bounds
from .errors import CchcError, ConfigError
from .jsonl import read_jsonl, write_jsonl
from .records import ArticleRecord, LegalDocument, Span

__all__ = ["TABLES", "table_columns", "to_rows", "to_dataframes", "to_arrow", "read_jsonl", "write_jsonl",
           "write_tables", "convert_jsonl", "read_tables", "records_from_rows", "csv_dtypes"]


# --------------------------------------------------------------------------- columns from the models

def _kind(annotation) -> tuple[str, bool]:
    """(``str|int|float|bool|list_str|list_int|model``, nullable) of a field type."""
    nullable = False
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        nullable = len(args) < len(typing.get_args(annotation))
        annotation = args[0] if len(args) == 1 else str
        origin = typing.get_origin(annotation)
    if origin is typing.Literal:
        return "cat", nullable
    if origin is list:
        (arg,) = typing.get_args(annotation)
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return "model", nullable
        return ("list_int" if arg is int else "list_float" if arg is float else "list_str"), nullable
    if annotation is bool:
        return "bool", nullable
    if annotation is int:
        return "int", nullable
    if annotation is float:
        return "float", nullable
    return "str", nullable


def _model_columns(model: type[BaseModel]) -> list[tuple[str, str, bool]]:
    out = []
    for name, info in model.model_fields.items():
        kind, nullable = _kind(info.annotation)
        if kind != "model":
            out.append((name, kind, nullable or info.default is None))
    # the item id right after the link columns
    return sorted(out, key=lambda c: c[0] != "id")


def _literal_values(annotation) -> list[str]:
    for arg in (typing.get_args(annotation) if typing.get_origin(annotation) in (typing.Union, types.UnionType)
                else (annotation,)):
        if typing.get_origin(arg) is typing.Literal:
            return list(typing.get_args(arg))
    return []


def _item_model(field_name: str) -> type[BaseModel]:
    (arg,) = typing.get_args(ArticleRecord.model_fields[field_name].annotation)
    return arg


#: Fact tables: the list fields of a record holding models.
_FACT_FIELDS = tuple(name for name, info in ArticleRecord.model_fields.items()
                     if _kind(info.annotation)[0] == "model")

#: Table names, in the order they are written.
TABLES: tuple[str, ...] = ("articles",) + _FACT_FIELDS[:1] + ("legal_mentions",) + _FACT_FIELDS[1:] + ("indicators",)
assert _FACT_FIELDS[0] == "legal_documents"


def table_columns() -> dict[str, list[tuple[str, str, bool]]]:
    """``table -> [(column, kind, nullable), ...]``."""
    cols: dict[str, list[tuple[str, str, bool]]] = {"articles": _model_columns(ArticleRecord)}
    link = [("doc_id", "str", False)]
    version = [("extractor_version", "str", True)]
    for name in _FACT_FIELDS:
        model = _item_model(name)
        if name == "legal_documents":
            cols[name] = link + [("document", "int", False)] + _model_columns(LegalDocument) + version
            cols["legal_mentions"] = link + [("document", "int", False)] + _model_columns(Span) + version
        else:
            cols[name] = link + _model_columns(model) + version
    cols["indicators"] = list(_indicators.COLUMNS) + version
    for table, after, added in _DERIVED:
        at = [c for c, _, _ in cols[table]].index(after) + 1
        cols[table][at:at] = added
    arts = cols["articles"]
    arts[[c for c, _, _ in arts].index("published")] = ("published", "datetime", True)
    return {t: cols[t] for t in TABLES}


#: Columns the tables add to a record's fields: (table, after column, columns);
#: :func:`records_from_rows` leaves them out (``published_iso`` is the record's ``published``).
_DERIVED = (("articles", "published", [("published_iso", "str", True)]),
            ("dates", "value", [("value_start", "date", True), ("value_end", "date", True)]))


_COLUMNS = table_columns()


def _categories() -> dict[str, dict[str, list[str]]]:
    """``table -> column -> categories`` of the categorical columns."""
    out: dict[str, dict[str, list[str]]] = {"indicators": dict(_indicators.CATEGORIES)}
    models = {"articles": ArticleRecord, "legal_documents": LegalDocument, "legal_mentions": Span}
    for name in _FACT_FIELDS[1:]:
        models[name] = _item_model(name)
    for table, model in models.items():
        out[table] = {c: _literal_values(model.model_fields[c].annotation)
                      for c, k, _ in _COLUMNS[table] if k == "cat"}
    return out


_CATS = _categories()


# --------------------------------------------------------------------------- rows

def _as_dict(record, n: int = 0) -> dict:
    if isinstance(record, BaseModel):
        return record.model_dump()
    if isinstance(record, dict):
        if not isinstance(record.get("doc_id"), str):
            raise ValueError(f"record {n} has no doc_id (a str): the tables are linked by it; give ArticleRecord "
                             f"objects or their JSON dicts (keys: {', '.join(sorted(record)[:8]) or 'none'})")
        return record
    hint = "; read a JSONL file with read_jsonl(path)" if isinstance(record, (str, os.PathLike)) else ""
    raise TypeError(f"record {n}: expected an ArticleRecord or a dict, got {type(record).__name__}{hint}")


def _article_text(rec: dict, texts) -> str | None:
    """The article text for the sentence columns: from ``texts`` (``doc_id -> text``),
    else read from the record's ``source`` when that file is there."""
    if texts is not None:
        return texts.get(rec["doc_id"])
    src = rec.get("source")
    if not src or not os.path.isfile(src):
        return None
    from .reading import read_article

    try:
        return read_article(src).text
    except CchcError:
        return None


def _add_rows(rows: dict[str, list[dict]], record, n: int = 0, texts=None) -> None:
    rec = _as_dict(record, n)
    doc_id = rec["doc_id"]
    version = rec.get("extractor_version")
    art = {c: rec.get(c) for c, _, _ in _COLUMNS["articles"]}
    art["published"], art["published_iso"] = parse_published(rec.get("published")), rec.get("published")
    rows["articles"].append(art)
    for name in _FACT_FIELDS:
        cols = _COLUMNS[name]
        for i, item in enumerate(rec.get(name) or ()):
            row = {c: item.get(c) for c, _, _ in cols}
            row["doc_id"] = doc_id
            row["extractor_version"] = version
            if name == "dates":
                row["value_start"], row["value_end"] = period_bounds(item.get("value"))
            if name == "legal_documents":
                row["document"] = i
                for m in item.get("mentions") or ():
                    rows["legal_mentions"].append({"doc_id": doc_id, "document": i, "text": m["text"],
                                                   "start": m["start"], "end": m["end"],
                                                   "extractor_version": version})
            rows[name].append(row)
    if rec.get("percentages") or rec.get("dossier_counts"):
        rows["indicators"].extend({**row, "extractor_version": version}
                                  for row in _indicators.indicator_rows(rec, _article_text(rec, texts)))


def to_rows(records: Iterable, texts: dict[str, str] | None = None) -> dict[str, list[dict]]:
    """``table -> rows`` (dicts) for records (``ArticleRecord`` or JSON dicts).
    ``texts`` (``doc_id -> article text``) fills the indicators' sentence columns;
    without it they are read from each record's ``source`` file when it exists."""
    if isinstance(records, (str, bytes, os.PathLike, BaseModel, dict)):
        raise TypeError(f"expected records (a list or iterable of them), got one {type(records).__name__}"
                        + ("; read a JSONL file with read_jsonl(path)" if isinstance(records, (str, os.PathLike))
                           else "; wrap a single record in a list"))
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    for n, record in enumerate(records):
        _add_rows(rows, record, n, texts)
    return rows


_PANDAS_DTYPES = {"int": ("int64", "Int64"), "float": ("float64", "float64"), "bool": ("bool", "boolean"),
                  "str": ("object", "object")}


def _frame(table: str, rows: list[dict]):
    import pandas as pd

    cols = _COLUMNS[table]
    df = pd.DataFrame.from_records(rows, columns=[c for c, _, _ in cols])
    dtypes = {}
    for c, k, nullable in cols:
        if k in _PANDAS_DTYPES:
            dtypes[c] = _PANDAS_DTYPES[k][1 if nullable else 0]
        elif k == "cat":
            dtypes[c] = pd.CategoricalDtype(_CATS[table][c])
        elif k in ("date", "datetime"):
            dtypes[c] = "datetime64[s]"
            df[c] = pd.to_datetime(df[c])
    return df.astype(dtypes)


def to_dataframes(records: Iterable, texts: dict[str, str] | None = None) -> dict:
    """``table -> pandas.DataFrame`` for records (``ArticleRecord`` objects or
    JSON dicts), one table per fact type linked by ``doc_id``, and the
    ``indicators`` table (see the module documentation).  Integer columns that
    may be empty use pandas' nullable ``Int64``; fixed vocabularies are
    categoricals; dates are ``datetime64``."""
    rows = to_rows(records, texts)
    return {table: _frame(table, rows[table]) for table in _COLUMNS}


# --------------------------------------------------------------------------- arrow / parquet / csv

def _arrow_schema(table: str):
    import pyarrow as pa

    kinds = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
             "list_str": pa.list_(pa.string()), "list_int": pa.list_(pa.int64()),
             "list_float": pa.list_(pa.float64()), "cat": pa.dictionary(pa.int32(), pa.string()),
             "date": pa.timestamp("s"), "datetime": pa.timestamp("s")}
    schema = pa.schema([pa.field(c, kinds[k], nullable=n) for c, k, n in _COLUMNS[table]])
    # pandas metadata, so that pandas.read_parquet gives Int64, category ... as to_dataframes does
    meta = pa.Schema.from_pandas(_frame(table, []), preserve_index=False).metadata
    return schema.with_metadata(meta)


def _arrow_table(table: str, rows: list[dict]):
    """Rows as a ``pyarrow.Table``; days become midnight timestamps (see the module documentation)."""
    import pyarrow as pa

    days = [c for c, k, _ in _COLUMNS[table] if k == "date"]
    if days:
        rows = [{**r, **{c: datetime.combine(r[c], time()) for c in days if r[c] is not None}} for r in rows]
    return pa.Table.from_pylist(rows, schema=_arrow_schema(table))


def to_arrow(records: Iterable) -> dict:
    """``table -> pyarrow.Table`` for records."""
    rows = to_rows(records)
    return {t: _arrow_table(t, rows[t]) for t in TABLES}


def _csv_cell(value, kind: str):
    if value is None:
        return ""
    if kind.startswith("list_"):
        return json.dumps(value, ensure_ascii=False)
    if kind == "bool":
        return "true" if value else "false"
    if kind in ("date", "datetime"):
        return value.isoformat()
    return value


def _csv_value(cell: str, kind: str, nullable: bool):
    if cell == "" and (nullable or kind != "str"):
        return None
    if kind == "int":
        return int(cell)
    if kind == "float":
        return float(cell)
    if kind == "bool":
        return cell == "true"
    if kind.startswith("list_"):
        return json.loads(cell)
    if kind == "date":
        return date.fromisoformat(cell)
    if kind == "datetime":
        return datetime.fromisoformat(cell)
    return cell


class _TableWriter:
    """Streams rows of every table into ``folder`` (temporary names, renamed
    into place by :meth:`commit`)."""

    def __init__(self, folder: Path, fmt: str) -> None:
        if fmt not in ("parquet", "csv"):
            raise ConfigError(f"unknown table format {fmt!r}; use parquet or csv")
        self.folder, self.fmt = folder, fmt
        folder.mkdir(parents=True, exist_ok=True)
        self.tmp = {t: folder / f".{t}.{fmt}.tmp" for t in TABLES}
        self.writers: dict = {}
        self.files: dict = {}
        if fmt == "parquet":
            import pyarrow.parquet as pq

            for t in TABLES:
                self.writers[t] = pq.ParquetWriter(self.tmp[t], _arrow_schema(t), compression="zstd")
        else:
            for t in TABLES:
                fh = self.files[t] = open(self.tmp[t], "w", encoding="utf-8", newline="")
                w = self.writers[t] = csv.writer(fh)
                w.writerow([c for c, _, _ in _COLUMNS[t]])

    def write(self, rows: dict[str, list[dict]]) -> None:
        if self.fmt == "parquet":
            for t in TABLES:
                if rows[t]:
                    self.writers[t].write_table(_arrow_table(t, rows[t]))
        else:
            for t in TABLES:
                cols = _COLUMNS[t]
                self.writers[t].writerows([[_csv_cell(r[c], k) for c, k, _ in cols] for r in rows[t]])

    def _close(self) -> None:
        if self.fmt == "parquet":
            for w in self.writers.values():
                w.close()
        else:
            for fh in self.files.values():
                fh.close()

    def commit(self) -> None:
        self._close()
        for t in TABLES:
            os.replace(self.tmp[t], self.folder / f"{t}.{self.fmt}")

    def abort(self) -> None:
        self._close()
        for p in self.tmp.values():
            p.unlink(missing_ok=True)


def write_tables(records: Iterable, folder: str | os.PathLike, fmt: str = "parquet", *,
                 batch_size: int = 2000, texts: dict[str, str] | None = None) -> list[Path]:
    """Write one ``<table>.<fmt>`` file per table into ``folder``, streaming
    ``batch_size`` records at a time.  Files appear only when all are done.
    ``texts`` as for :func:`to_rows`."""
    folder = Path(folder)
    writer = _TableWriter(folder, fmt)
    try:
        batch: list = []
        for record in records:
            batch.append(record)
            if len(batch) >= batch_size:
                writer.write(to_rows(batch, texts))
                batch = []
        if batch:
            writer.write(to_rows(batch, texts))
    except BaseException:
        writer.abort()
        raise
    writer.commit()
    return [folder / f"{t}.{fmt}" for t in TABLES]


def convert_jsonl(jsonl: str | os.PathLike, folder: str | os.PathLike, fmt: str = "parquet") -> list[Path]:
    """The tables of a JSONL file of records, written into ``folder``."""
    return write_tables(read_jsonl(jsonl, as_dicts=True), folder, fmt)


def read_tables(folder: str | os.PathLike, fmt: str | None = None, *, rows: bool = False) -> dict:
    """``table -> pandas.DataFrame`` read back from a folder written by
    :func:`write_tables`, with the types of :func:`to_dataframes` (CSV text such
    as ``01`` stays text).  ``rows=True`` gives ``table -> rows`` (dicts) instead."""
    folder = Path(folder)
    if fmt is None:
        fmt = "parquet" if (folder / "articles.parquet").exists() else "csv"
    out: dict = {}
    for t in TABLES:
        path = folder / f"{t}.{fmt}"
        if not path.exists() and t == "indicators":
            out[t] = []  # written before the table existed
            continue
        if fmt == "parquet":
            import pyarrow.parquet as pq

            out[t] = pq.read_table(path).to_pylist()
        else:
            kinds = {c: (k, n) for c, k, n in _COLUMNS[t]}
            with open(path, encoding="utf-8", newline="") as fh:
                reader = csv.DictReader(fh)
                out[t] = [{c: _csv_value(v, *kinds[c]) for c, v in row.items() if c in kinds} for row in reader]
    if rows:
        return out
    return {t: _frame(t, out[t]) for t in TABLES}


def csv_dtypes(table: str) -> dict[str, str]:
    """``dtype=`` for ``pandas.read_csv`` of a table written as CSV: text columns
    stay text (``01``), integers that may be empty are ``Int64``."""
    kinds = {"str": "string", "cat": "category", "int": "int64", "float": "float64", "bool": "boolean"}
    return {c: ("Int64" if k == "int" and n else kinds[k]) for c, k, n in _COLUMNS[table] if k in kinds}


def _plain(value):
    """A DataFrame cell as a JSON value (NA → None, numpy scalars → Python)."""
    import pandas as pd

    if isinstance(value, (list, tuple)):
        return list(value)
    if hasattr(value, "tolist") and not isinstance(value, str):
        value = value.tolist()
        if isinstance(value, list):
            return value
    if value is None or (not isinstance(value, (list, str)) and pd.isna(value)):
        return None
    return value


def records_from_rows(rows: dict) -> list[ArticleRecord]:
    """Rebuild records from tables, rows or DataFrames (the inverse of
    :func:`to_rows`; articles are assumed to have distinct ``doc_id`` values)."""
    rows = {t: (v.to_dict("records") if hasattr(v, "to_dict") else v) for t, v in rows.items() if t != "indicators"}
    rows = {t: [{k: _plain(x) for k, x in r.items()} for r in v] for t, v in rows.items()}
    derived = {t: {c for c, _, _ in added} for t, _, added in _DERIVED}
    by_doc: dict[str, dict] = {}
    for row in rows["articles"]:
        rec = dict(row)
        if "published_iso" in rec:  # the record's own string: the datetime column may have dropped a part
            rec["published"] = rec["published_iso"]
        elif hasattr(rec.get("published"), "isoformat"):  # a table written before published_iso existed
            rec["published"] = rec["published"].isoformat()
        for c in derived["articles"]:
            rec.pop(c, None)
        for name in _FACT_FIELDS:
            rec[name] = []
        by_doc[rec["doc_id"]] = rec
    mentions: dict[tuple[str, int], list[dict]] = {}
    for m in rows.get("legal_mentions", []):
        mentions.setdefault((m["doc_id"], m["document"]), []).append(
            {"text": m["text"], "start": m["start"], "end": m["end"]})
    for name in _FACT_FIELDS:
        for row in rows.get(name, []):
            item = {k: v for k, v in row.items()
                    if k not in ("doc_id", "document", "extractor_version") and k not in derived.get(name, ())}
            if name == "legal_documents":
                item["mentions"] = mentions.get((row["doc_id"], row["document"]), [])
            by_doc[row["doc_id"]][name].append(item)
    return [ArticleRecord.model_validate(r) for r in by_doc.values()]
