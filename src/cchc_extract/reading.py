"""Bytes → :class:`Article`: decoding, NFC, and nothing else.

The article text is the file's content decoded to ``str`` and normalised to
Unicode NFC.  Line endings, spaces and boilerplate stay as they are, because
every offset in the output indexes this text (records.md, "Offsets").
"""

from __future__ import annotations

import codecs
import hashlib
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DecodeError, ReadError

#: Files larger than this are refused rather than read into memory.
MAX_BYTES = 256 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Signatures of common binary formats that scrapers save under a .txt name.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)


@dataclass(frozen=True)
class Article:
    """One article: its NFC text and where it came from."""

    text: str
    doc_id: str = "article"
    source: str = "<text>"
    encoding: str | None = None
    #: ``"html"`` when the text was extracted from an HTML page (offsets then
    #: index the extracted text), ``"plain"`` otherwise.
    text_source: str = "plain"
    #: Metadata found outside the text (for example in HTML ``<meta>`` tags).
    extra: dict = field(default_factory=dict, compare=False)

    @classmethod
    def from_text(cls, text: str, doc_id: str = "article", source: str = "<text>") -> "Article":
        """Wrap a ``str``; it is normalised to NFC."""
        if not isinstance(text, str):
            raise TypeError(f"Article.from_text expects str, got {type(text).__name__}")
        return cls(text=unicodedata.normalize("NFC", text), doc_id=doc_id, source=source)

    @property
    def content_hash(self) -> str:
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()


def decode_bytes(data: bytes, source: str = "<bytes>") -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``.

    Order: a byte-order mark (UTF-8/16/32), then strict UTF-8, then charset
    detection (charset-normalizer).  Binary data raises :class:`DecodeError`.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise DecodeError(source, f"has a {enc} byte-order mark but is not valid {enc}: {exc}") from exc
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise DecodeError(source, f"is binary data ({what}), not text")
    if b"\x00" in data[:4096]:
        # UTF-16 without a BOM is rare in the wild; try it before giving up.
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _looks_like_text(text):
                return text, enc
        raise DecodeError(source, "is binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError(source, "could not be decoded: not UTF-8 and no other encoding fits")
    text = str(best)
    if not _looks_like_text(text):
        raise DecodeError(source, f"is binary data (decodes as {best.encoding} to control characters)")
    return text, best.encoding


def _looks_like_text(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return True
    bad = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\t\n\r\f\v")
    return bad / len(sample) < 0.02


def read_article(path: str | os.PathLike, *, html: bool | None = None) -> Article:
    """Read one article file.

    ``html=None`` detects HTML pages and extracts their article text
    (:mod:`cchc_extract.html`); ``True`` forces it, ``False`` never does.
    Raises :class:`ReadError` (or its subclass :class:`DecodeError`) naming
    the file when it cannot be read or decoded.
    """
    p = Path(path)
    try:
        if p.is_dir():
            raise ReadError(p, "is a folder, not a file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(p, f"is {size} bytes, over the {MAX_BYTES}-byte limit")
        data = p.read_bytes()
    except FileNotFoundError as exc:
        raise ReadError(p, "does not exist") from exc
    except PermissionError as exc:
        raise ReadError(p, "cannot be read (permission denied)") from exc
    except IsADirectoryError as exc:
        raise ReadError(p, "is a folder, not a file") from exc
    except OSError as exc:
        raise ReadError(p, f"cannot be read: {exc.strerror or exc}") from exc
    text, encoding = decode_bytes(data, str(p))
    text = unicodedata.normalize("NFC", text)
    doc_id = p.stem
    from . import html as html_mod

    if html or (html is None and html_mod.looks_like_html(text)):
        body, meta = html_mod.extract_text(text, source=str(p))
        return Article(text=unicodedata.normalize("NFC", body), doc_id=doc_id, source=str(path),
                       encoding=encoding, text_source="html", extra=meta)
    return Article(text=text, doc_id=doc_id, source=str(path), encoding=encoding)
