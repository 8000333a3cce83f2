"""Accuracy on your own corpus: a precision sample to mark, and a recall proxy.

Precision: :func:`draw` takes a seeded sample of items per fact type from an
output JSONL, stratified by type (and document type, date kind, entity
label), :func:`write_review` writes it as ``review.csv``/``review.jsonl`` to
mark (``y``/``n``/``?``) and ``review.html`` to read, and
:func:`score_files` reads the marks back as precision per type and stratum
with a Wilson 95% interval (:func:`wilson`).

Recall: :func:`recall_proxy` counts the trigger occurrences in the texts
(a document type word before a number or code, ``%``, a number before
``hồ sơ``, date shapes, capitalised runs) that no extracted item covers.

The CLI is ``cchc-extract audit sample|score|recall``
(:func:`register` adds it to a Typer app).
"""

from __future__ import annotations

from .commands import make_app, register
from .items import FACT_TYPES, AuditError
from .recall import format_markdown, recall_proxy
from .review import render_html, write_review
from .sample import Sample, allocate, draw
from .score import format_precision, precision, read_marks, score_files, wilson

__all__ = [
    "FACT_TYPES", "AuditError", "Sample", "allocate", "draw", "format_markdown", "format_precision", "make_app",
    "precision", "read_marks", "recall_proxy", "register", "render_html", "score_files", "wilson", "write_review",
]
