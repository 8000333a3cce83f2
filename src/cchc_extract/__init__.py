"""cchc-extract: structured, verifiable facts from Vietnamese news on administrative reform.

>>> import cchc_extract
>>> rec = cchc_extract.extract_text("Tỉnh đã tiếp nhận 1.234 hồ sơ trong quý I/2023.", exclude="entities")
>>> type(rec).__name__, rec.dossier_counts[0].count
('ArticleRecord', 1234)
"""

from __future__ import annotations

from ._version import __version__
from .errors import (CchcError, ConfigError, DecodeError, ExtractionError, OffsetError, OutputError, ReadError,
                     UsageError)
from .explain import explain
from .export import to_dataframes
from .pipeline import Pipeline, extract, extract_file, extract_text, load
from .reading import Article, read_article
from .records import (ArticleRecord, Check, DateMention, DossierCount, Entity, LegalDocument, Percentage,
                      Quantity, Span)

__all__ = [
    "Article", "ArticleRecord", "CchcError", "Check", "ConfigError", "DateMention", "DecodeError",
    "DossierCount", "Entity", "ExtractionError", "LegalDocument", "OffsetError", "OutputError", "Percentage",
    "Pipeline", "Quantity", "ReadError", "Span", "UsageError", "explain", "extract", "extract_file", "extract_text",
    "load", "read_article", "to_dataframes", "__version__",
]
