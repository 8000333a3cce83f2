"""Showing facts in their text: displacy highlights and tables.

>>> from cchc_extract import extract
>>> rec = extract("Tỉnh tiếp nhận 1.234 hồ sơ.", exclude=["entities"])
>>> data = displacy_data(rec, "Tỉnh tiếp nhận 1.234 hồ sơ.")
>>> data["text"]
'Tỉnh tiếp nhận 1.234 hồ sơ.'
"""

from __future__ import annotations

from .records import ArticleRecord

#: One colour per fact type (entities keep spaCy's usual hues).
COLORS: dict[str, str] = {
    "DOC": "#f4a261",
    "DATE": "#8ecae6",
    "PCT": "#b5e48c",
    "DOSSIER": "#ffafcc",
    "QTY": "#e9c46a",
    "PER": "#cdb4db",
    "LOC": "#a8dadc",
    "ORG": "#ffd166",
}


def fact_spans(record: ArticleRecord, *, entities: bool = True) -> list[dict]:
    """Every highlighted span of a record: ``{"start", "end", "label", "text"}``."""
    spans = []
    for doc in record.legal_documents:
        for m in doc.mentions:
            spans.append({"start": m.start, "end": m.end, "label": "DOC", "text": m.text})
    for d in record.dates:
        spans.append({"start": d.start, "end": d.end, "label": "DATE", "text": d.text})
    for p in record.percentages:
        spans.append({"start": p.start, "end": p.end, "label": "PCT", "text": p.text})
    for c in record.dossier_counts:
        spans.append({"start": c.start, "end": c.end, "label": "DOSSIER", "text": c.text})
    for q in record.quantities:
        spans.append({"start": q.start, "end": q.end, "label": "QTY", "text": q.text})
    if entities:
        for e in record.entities:
            spans.append({"start": e.start, "end": e.end, "label": e.label, "text": e.text})
    return sorted(spans, key=lambda s: (s["start"], -s["end"]))


def displacy_data(record: ArticleRecord, text: str, *, entities: bool = True) -> dict:
    """Manual-mode data for ``displacy.render(..., style="span", manual=True)``.

    The span style draws overlapping facts (an ORG inside a dossier's agency,
    a date inside a document mention) on separate lines, so nothing is hidden.
    """
    from .segment import tokenize_offsets

    offsets = tokenize_offsets(text)
    starts = {a: i for i, (a, _) in enumerate(offsets)}
    ends = {b: i for i, (_, b) in enumerate(offsets)}
    spans = []
    for s in fact_spans(record, entities=entities):
        i = starts.get(s["start"])
        j = ends.get(s["end"])
        if i is None or j is None:  # a fact that cuts a token: widen to whole tokens
            i = next((k for k, (a, b) in enumerate(offsets) if b > s["start"]), None)
            j = next((k for k in range(len(offsets) - 1, -1, -1) if offsets[k][0] < s["end"]), None)
            if i is None or j is None or j < i:
                continue
        spans.append({"start_token": i, "end_token": j + 1, "label": s["label"]})
    return {"text": text, "tokens": [text[a:b] for a, b in offsets], "spans": spans}


def render(record: ArticleRecord, text: str, *, entities: bool = True, jupyter: bool | None = None):
    """HTML of the article with its facts highlighted (displacy span style)."""
    from spacy import displacy

    data = displacy_data(record, text, entities=entities)
    return displacy.render(data, style="span", manual=True, jupyter=jupyter,
                           options={"colors": COLORS, "spans_key": "sc"})
