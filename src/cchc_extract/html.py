"""HTML pages saved from news sites: detect them and extract the article text.

Extraction uses trafilatura (optional extra ``html``), which keeps the
paragraphs of the article and drops menus and comments.  The offsets of a
record built from an HTML page index the *extracted* text; the record says so
with ``text_source = "html"``.
"""

from __future__ import annotations

import regex

from .errors import DecodeError

_HTML_START = regex.compile(r"(?is)\A\s*+(?:<!doctype\s++html|<html\b|<head\b|<body\b|<meta\b|<div\b|<article\b|<p\b)")


def looks_like_html(text: str) -> bool:
    """True for text that starts like an HTML page."""
    return bool(_HTML_START.match(text[:2048]))


def extract_text(page: str, source: str = "<html>") -> tuple[str, dict]:
    """Return ``(article_text, metadata)`` for an HTML page."""
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise DecodeError(source, "is an HTML page; install cchc-extract[html] (trafilatura) to read it") from exc
    doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=True)
    if doc is None:
        raise DecodeError(source, "is an HTML page with no article text that could be extracted")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = data.get("text") or ""
    meta = {k: data.get(k) for k in ("title", "author", "date", "url", "sitename") if data.get(k)}
    head = "\n\n".join(x for x in (meta.get("title"),) if x)
    text = f"{head}\n\n{body}" if head and not body.startswith(head) else body
    return text, meta
