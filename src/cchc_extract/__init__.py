"""cchc-extract: structured, verifiable facts from Vietnamese news on administrative reform.

>>> import cchc_extract
>>> rec = cchc_extract.extract("Tỉnh đã tiếp nhận 1.234 hồ sơ trong quý I/2023.", exclude=["entities"])
>>> type(rec).__name__
'ArticleRecord'
"""

from __future__ import annotations

from .errors import CchcError, ConfigError, DecodeError, ExtractionError, OffsetError, ReadError
from .explain import explain
from .export import to_dataframes
from .pipeline import Pipeline, extract, load
from .reading import Article, read_article
from .records import (ArticleRecord, Check, DateMention, DossierCount, Entity, LegalDocument, Percentage,
                      Quantity, Span)

__version__ = "0.1.0"

__all__ = [
    "Article", "ArticleRecord", "CchcError", "Check", "ConfigError", "DateMention", "DecodeError",
    "DossierCount", "Entity", "ExtractionError", "explain", "LegalDocument", "OffsetError", "Percentage", "Pipeline",
    "Quantity", "ReadError", "Span", "extract", "load", "read_article", "to_dataframes", "__version__",
]
