"""The ``indicators`` table: one row per percentage and dossier count.

What researchers put in one table (who, when, what, how much): the article
(``doc_id``) and the item (``id``: ``p3``, ``d1``), the province the agency lies in
(``province``, its current name from vietnam-provinces, and ``province_code``;
``province_as_written`` the name of the unit's own time, :mod:`cchc_extract.provinces`),
``agency`` and ``agency_key`` (one key for the spellings of one body), ``period`` with
its first and last day, ``metric_kind`` and ``metric``, the figure
(``value``/``low``/``high`` for a percentage, ``count`` for dossiers) and its
``unit``, ``status``/``channel``/``part_of`` for dossiers, ``qualifier``,
``is_target``, ``is_change``, the figure's span and text, and the sentence it
stands in when the article text is at hand.

Dossier counts with a ``part_of`` break down another row: sum only the rows
where it is null.

>>> from cchc_extract import extract
>>> rec = extract("Quý I/2023, xã tiếp nhận 120 hồ sơ, đạt 100%.", exclude=["entities"])
>>> [(r["id"], r["period_start"].isoformat(), r["unit"]) for r in indicator_rows(rec.model_dump())]
[('p1', '2023-01-01', '%'), ('d1', '2023-01-01', 'hồ sơ')]
"""

from __future__ import annotations

from .periods import period_bounds
from .records import DossierStatus, Channel, MetricKind, Qualifier
from .segment import sentence_at, sentences

#: (column, kind, nullable); kinds as in :func:`cchc_extract.export.table_columns`
#: (``cat``: a categorical string, ``date``: a calendar day).
COLUMNS: list[tuple[str, str, bool]] = [
    ("doc_id", "str", False), ("id", "str", True), ("type", "cat", False),
    ("province", "str", True), ("province_code", "int", True), ("province_as_written", "str", True),
    ("agency", "str", True), ("agency_key", "str", True),
    ("period", "str", True), ("period_start", "date", True), ("period_end", "date", True),
    ("metric_kind", "cat", True), ("metric", "str", True),
    ("value", "float", True), ("low", "float", True), ("high", "float", True), ("count", "int", True),
    ("unit", "str", False), ("status", "cat", True), ("channel", "cat", True), ("qualifier", "cat", True),
    ("is_target", "bool", True), ("is_change", "bool", True), ("part_of", "str", True),
    ("start", "int", False), ("end", "int", False), ("text", "str", False),
    ("sentence_start", "int", True), ("sentence_end", "int", True), ("sentence", "str", True),
]

CATEGORIES: dict[str, list[str]] = {
    "type": ["percentage", "dossier_count"],
    "metric_kind": list(MetricKind.__args__),
    "status": list(DossierStatus.__args__),
    "channel": list(Channel.__args__),
    "qualifier": list(Qualifier.__args__),
}


def indicator_rows(rec: dict, text: str | None = None) -> list[dict]:
    """The indicator rows of one record (a dict, as ``model_dump`` gives); ``text``,
    the article text, fills the sentence columns."""
    sents = sentences(text) if text else None
    out = []
    for kind, field in (("percentage", "percentages"), ("dossier_count", "dossier_counts")):
        for item in rec.get(field) or ():
            start, end = period_bounds(item.get("period"))
            pct = kind == "percentage"
            row = {
                "doc_id": rec["doc_id"], "id": item.get("id"), "type": kind,
                "province": item.get("province_name"), "province_code": item.get("province_code"),
                "province_as_written": item.get("province_as_written"),
                "agency": item.get("agency"), "agency_key": item.get("agency_key"),
                "period": item.get("period"), "period_start": start, "period_end": end,
                "metric_kind": item.get("metric_kind") if pct else None,
                "metric": item.get("metric") if pct else None,
                "value": item.get("value") if pct else None, "low": item.get("low") if pct else None,
                "high": item.get("high") if pct else None, "count": None if pct else item.get("count"),
                "unit": "%" if pct else "hồ sơ",
                "status": None if pct else item.get("status"), "channel": None if pct else item.get("channel"),
                "qualifier": item.get("qualifier"),
                "is_target": item.get("is_target") if pct else None, "is_change": item.get("is_change") if pct else None,
                "part_of": None if pct else item.get("part_of"),
                "start": item["start"], "end": item["end"], "text": item["text"],
                "sentence_start": None, "sentence_end": None, "sentence": None,
            }
            if sents is not None:
                s = sentence_at(sents, item["start"])
                if s is not None:
                    row.update(sentence_start=s.start, sentence_end=s.end, sentence=s.text)
            out.append(row)
    out.sort(key=lambda r: r["start"])
    return out
