"""HTML pages saved from news sites: detect them and extract the article text.

Extraction uses trafilatura, which keeps the paragraphs of the article and
drops menus, share bars and reader comments.  The offsets of a record built
from an HTML page index the *extracted* text (``read_article(path).text``);
the record says so with ``text_source = "html"``.  The headline is put on the
first line of that text, as in the plain-text articles, and the metadata the
page carries outside its text (``<meta>`` tags, JSON-LD, the URL a browser
writes when it saves a page) fills the record's ``title``, ``authors``,
``outlet``, ``url`` and ``published`` when the text itself does not say.

>>> looks_like_html("<!-- saved from url=(0022)https://example.vn/ -->\\n<html><body>x</body></html>")
True
>>> looks_like_html("Thành phố Vinh <b>nỗ lực</b>")
False
"""

from __future__ import annotations

import logging

import regex

from .errors import DecodeError

# trafilatura logs every page it cannot use at ERROR level; without a handler
# Python would print those to stderr of a CLI run.  Users who configure
# logging still get the records.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

# A page starts with an optional XML prolog, comments (browsers' "saved from
# url=" note), then a doctype or one of the tags a page or fragment opens with.
_HTML_START = regex.compile(
    r"(?i)\A\s*+(?:<\?xml\b[^>]*+>\s*+)?+(?:<!--(?:[^-]|-(?!->))*+-->\s*+)*+"
    r"(?:<!doctype\s++html|<html\b|<head\b|<body\b|<meta\b|<title\b|<div\b|<article\b|<section\b|<p\b|<h1\b)"
)
_SAVED_FROM = regex.compile(r"(?i)<!--\s*+saved\s++from\s++url=\(\d++\)(https?+://[^\s>]++)\s*+-->")

#: Metadata fields kept from the page (trafilatura's names).
META_FIELDS = ("title", "author", "date", "url", "hostname", "sitename", "description", "categories", "tags")


def looks_like_html(text: str) -> bool:
    """True for text that starts like an HTML page (see ``_HTML_START``)."""
    return bool(_HTML_START.match(text[:4096]))


def extract_text(page: str, source: str = "<html>") -> tuple[str, dict]:
    """Return ``(article_text, metadata)`` for an HTML page.

    Raises :class:`DecodeError` naming ``source`` when trafilatura is missing,
    fails on the page, or the page holds no text at all.
    """
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - trafilatura is a dependency
        raise DecodeError(source, "is an HTML page; install trafilatura to read it") from exc
    try:
        data = _bare(trafilatura, page)
        body = (data.get("text") or "").strip()
        if not body:
            # libxml2 stops by default at a text node over 10 MB (an inline
            # script, a data: image) or 256 levels of nesting, and the page
            # then seems empty: parse it again without those limits.
            data = _bare(trafilatura, _parse_huge(page)) or data
            body = (data.get("text") or "").strip()
        if not body:
            # No main article found (a list page, a bare fragment): all visible text.
            body = _visible_text(page)
    except Exception as exc:  # trafilatura/lxml fail in many ways on broken markup
        raise DecodeError(source, f"is an HTML page that could not be parsed: {type(exc).__name__}: {exc}") from exc
    if not body:
        raise DecodeError(source, "is an HTML page with no text (a script-only page, or an empty one)")
    meta = {}
    for key in META_FIELDS:
        value = data.get(key)
        if isinstance(value, str):
            value = value.strip()
        if value:
            meta[key] = value
    if "url" not in meta:
        m = _SAVED_FROM.search(page[:4096])
        if m:
            meta["url"] = m.group(1)
    title = meta.get("title")
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    return text, meta


def _bare(trafilatura, page) -> dict:
    doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=True)
    return {} if doc is None else (doc.as_dict() if hasattr(doc, "as_dict") else dict(doc))


def _parse_huge(page: str):
    """The page parsed by lxml without libxml2's size and depth limits
    (``huge_tree``), as trafilatura's own parser would parse it otherwise."""
    import lxml.html

    parser = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                                  remove_comments=True, remove_pis=True, huge_tree=True)
    return lxml.html.fromstring(page.encode("utf-8", "surrogatepass"), parser=parser)


def _visible_text(page: str) -> str:
    """Every visible line of a page or fragment, for pages with no article."""
    import lxml.html

    root = lxml.html.document_fromstring(page, parser=lxml.html.HTMLParser(huge_tree=True))
    for bad in root.xpath("//script|//style|//noscript|//template|//head"):
        bad.drop_tree()
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)
