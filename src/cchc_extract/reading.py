"""Bytes → :class:`Article`: decoding, NFC, and nothing else.

The article text is the file's content decoded to ``str`` and normalised to
Unicode NFC.  Line endings, spaces and boilerplate stay as they are, because
every offset in the output indexes this text (records.md, "Offsets").  A
byte-order mark is not content and is dropped.

Decoding tries, in order: a byte-order mark (UTF-8/16/32), signatures of
binary formats (refused), a NUL byte anywhere (UTF-16 without a byte-order
mark if the file decodes as such, else refused as binary), strict UTF-8, the charset an HTML page declares,
Windows-1258 (the Vietnamese legacy code page, which writes tone marks as
combining characters; NFC composes them), then charset detection.  Every
failure is a :class:`~cchc_extract.errors.ReadError` or
:class:`~cchc_extract.errors.DecodeError` whose message names the file.

>>> decode_bytes("Hồ sơ".encode("utf-16"))[1]
'utf-16-le'
>>> text, enc = decode_bytes(b"H\\xf4\\xcc s\\xf5", "a.txt")   # Windows-1258, tone as combining mark
>>> unicodedata.normalize("NFC", text), enc
('Hồ sơ', 'cp1258')
"""

from __future__ import annotations

import codecs
import hashlib
import os
import stat
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import regex

from .errors import DecodeError, ReadError

#: Files larger than this are refused rather than read into memory.
MAX_BYTES = 256 * 1024 * 1024

#: File name endings that are read as HTML pages without looking inside.
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian mark starts with UTF-16's.
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
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", None),  # checked with the rest of its header below
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"{\\rtf", "an RTF document (save it as plain text)"),
    (b"\x7fELF", "an executable program"),
    (b"MZ", None),  # checked with a NUL byte below
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg media file"),
    (b"\x1a\x45\xdf\xa3", "a Matroska/WebM video"),
    (b"\x00\x00\x01\x00", "an icon image"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

# Letters only Vietnamese uses, and its five tone marks (grave, acute, tilde, hook, dot below).
_VI_LETTERS = frozenset("ăâđêôơưĂÂĐÊÔƠƯ")
_VI_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")

_COMBINING = regex.compile(r"\p{Mn}")
_NON_ASCII = regex.compile(r"[^\x00-\x7f]")
# Anything but white space and invisible format characters (zero-width space, BOM).
_HAS_TEXT = regex.compile(r"[^\p{White_Space}\p{Cf}]")
_HTML_CHARSET = regex.compile(rb"(?i)<meta\b[^>]{0,200}?charset\s*+=\s*+[\"']?+([a-zA-Z0-9_\-]{1,40})")


_UNPRINTABLE = regex.compile(r"[\p{Cc}\p{Cs}\u2028\u2029]")
_CONTROL_NAMES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(name: str | os.PathLike) -> str:
    """``name`` as one line of valid UTF-8 text, for records, messages and
    the errors file.

    A file name is bytes on Linux: a byte that is not UTF-8 comes to Python
    as a lone surrogate (``surrogateescape``), which no UTF-8 file or JSON
    encoder accepts, and a newline in a name would start a new line of a
    log.  Both are written as escapes: the byte ``\\xe9`` as ``\\xe9``, a
    newline as ``\\n``, other control characters as ``\\xNN``.  Ordinary
    names are returned unchanged.

    >>> printable(os.fsdecode(b"caf\\xe9.txt")), printable("a\\nb.txt")
    ('caf\\\\xe9.txt', 'a\\\\nb.txt')
    """
    s = os.fspath(name)
    if isinstance(s, bytes):
        s = os.fsdecode(s)
    if not _UNPRINTABLE.search(s):
        return s
    return _UNPRINTABLE.sub(_escape_char, s)


def _escape_char(m) -> str:
    ch = m.group()
    if ch in _CONTROL_NAMES:
        return _CONTROL_NAMES[ch]
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that surrogateescape could not decode
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


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
        """Wrap a ``str``; it is normalised to NFC.

        A ``str`` holding lone surrogates (half of a UTF-16 pair, as a broken
        ``surrogateescape`` decode leaves) cannot be written as JSON and is
        refused with a :class:`DecodeError`.
        """
        if not isinstance(text, str):
            raise TypeError(f"Article.from_text expects str, got {type(text).__name__}")
        _check_encodable(text, source)
        return cls(text=unicodedata.normalize("NFC", text), doc_id=doc_id, source=source)

    @cached_property
    def content_hash(self) -> str:
        """SHA-1 of the text's UTF-8 bytes, encoded piece by piece (no copy of a 64 MB text)."""
        h = hashlib.sha1()
        for piece in _utf8_pieces(self.text):
            h.update(piece)
        return h.hexdigest()

    @cached_property
    def utf8_size(self) -> int:
        """``len(text.encode("utf-8"))``, without the encoded copy."""
        return sum(map(len, _utf8_pieces(self.text)))


#: Characters encoded at once by :func:`_utf8_pieces`.
_PIECE = 1 << 20


def _utf8_pieces(text: str):
    """``text.encode("utf-8")`` in pieces of at most :data:`_PIECE` characters.  A piece
    never ends inside a character (a ``str`` holds code points), so the pieces joined
    are the whole encoding."""
    if len(text) <= _PIECE:
        yield text.encode("utf-8")
        return
    for i in range(0, len(text), _PIECE):
        yield text[i:i + _PIECE].encode("utf-8")


def _check_encodable(text: str, source: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise DecodeError(source, f"contains a lone surrogate {text[exc.start]!r} at character {exc.start}, "
                                  "which is not text") from exc


def decode_bytes(data: bytes, source: str = "<bytes>") -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``; see the module docstring.

    Binary data raises :class:`DecodeError` naming ``source``.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                raise DecodeError(source, f"has a {enc} byte-order mark but is not valid {enc}: {exc.reason} "
                                          f"at byte {exc.start + len(bom)}") from exc
            _require_text(text, source, enc)
            return text, enc
    _refuse_binary_magic(data, source)
    nul = data.find(b"\x00")
    if nul >= 0:
        # A NUL byte anywhere: UTF-16 without a BOM (rare in the wild), else
        # binary data, whether the NUL is in the first bytes or the last.
        for enc in ("utf-16-le", "utf-16-be"):
            if len(data) % 2:
                break
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if "\x00" not in text and _looks_like_text(text):
                return text, enc
        raise DecodeError(source, f"is binary data (it holds a NUL byte at byte {nul}), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    else:
        _require_text(text, source, "utf-8")
        return text, "utf-8"

    declared = _declared_html_charset(data)
    if declared:
        try:
            text = data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            if _looks_like_text(text):
                return text, declared

    text = _mostly_utf8(data)
    if text is not None:
        return text, "utf-8 (undecodable bytes replaced)"

    text = _as_vietnamese_cp1258(data)
    if text is not None:
        return text, "cp1258"

    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError(source, f"is not text: not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) "
                                  "and no other encoding fits")
    text = str(best)
    if not _looks_like_text(text):
        raise DecodeError(source, f"is binary data (as {best.encoding} it decodes to control characters), not text")
    return text, best.encoding


def _refuse_binary_magic(data: bytes, source: str) -> None:
    for magic, what in _BINARY_MAGIC:
        if not data.startswith(magic):
            continue
        if magic == b"BZh":
            if regex.match(rb"BZh[1-9]1AY&SY", data[:10]):
                raise DecodeError(source, "is binary data (a bzip2 archive), not text")
            continue
        if magic == b"MZ":
            if b"\x00" in data[:64]:
                raise DecodeError(source, "is binary data (a Windows executable), not text")
            continue
        raise DecodeError(source, f"is binary data ({what}), not text")


def _require_text(text: str, source: str, enc: str) -> None:
    nul = text.find("\x00")
    if nul >= 0:
        raise DecodeError(source, f"is binary data (it holds a NUL byte at character {nul}), not text")
    if not _looks_like_text(text):
        raise DecodeError(source, f"is binary data (as {enc} it decodes to control characters), not text")


def _looks_like_text(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return True
    # Fast path: every character of the bad categories is unprintable, so a
    # sample that is printable once the allowed controls are removed has none.
    if sample.replace("\n", "").replace("\r", "").replace("\t", "").replace("\f", "").replace(
            "\v", "").isprintable():
        return True
    # Each distinct character is classified once (a sample holds a hundred or
    # so), then counted: the same figure as a per-character loop, 20× faster.
    bad = sum(sample.count(ch) for ch in set(sample)
              if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\t\n\r\f\v")
    return bad / len(sample) < 0.02


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few broken bytes (a file cut in the middle of a
    character, a stray byte from a bad copy): broken bytes become U+FFFD.

    Chance gives few valid multi-byte UTF-8 sequences in a legacy-encoded
    file, so valid non-ASCII characters must far outnumber the broken ones.
    """
    text = data.decode("utf-8", errors="replace")
    errors = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    if errors <= 0:
        return None
    non_ascii = len(text) - len(text.encode("ascii", "ignore")) - errors
    return text if non_ascii >= 20 * errors and _looks_like_text(text) else None


def _declared_html_charset(data: bytes) -> str | None:
    m = _HTML_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _as_vietnamese_cp1258(data: bytes) -> str | None:
    """The text of ``data`` as Windows-1258 when it reads as Vietnamese.

    Charset detection guesses badly on short Vietnamese texts (a sentence in
    cp1258 "looks" like cp1250), so Vietnamese is tried first: the decode
    must succeed, yield Vietnamese letters, and every combining tone mark
    must sit on a vowel that NFC can compose it with.
    """
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        return None
    if not _looks_like_text(text):
        return None
    nfc = unicodedata.normalize("NFC", text)
    if _COMBINING.search(nfc):
        return None  # a tone mark that composes with nothing: not Vietnamese
    high = _NON_ASCII.findall(nfc, 0, 200_000)
    if not high:
        return None
    vietnamese = sum(1 for ch in high if ch in _VI_LETTERS or _has_vi_tone(ch) or ch in "“”‘’–—…•")
    return text if vietnamese / len(high) >= 0.8 else None


def _has_vi_tone(ch: str) -> bool:
    return any(c in _VI_TONES or c in "\u0302\u0306\u031b" for c in unicodedata.normalize("NFD", ch)[1:])


def read_bytes(path: str | os.PathLike) -> bytes:
    """The bytes of a regular file, or a :class:`ReadError` that says why not.

    Folders, FIFOs, devices and sockets are refused (reading a FIFO or
    ``/dev/zero`` would block or never end), as are files over
    :data:`MAX_BYTES`.
    """
    p = Path(path)
    shown = printable(p)
    try:
        st = os.stat(p)
    except FileNotFoundError as exc:
        if os.path.islink(p):
            raise ReadError(shown, f"is a broken symbolic link (to {os.readlink(p)})") from exc
        raise ReadError(shown, "does not exist") from exc
    except PermissionError as exc:
        raise ReadError(shown, "cannot be reached (permission denied on a folder above it)") from exc
    except ValueError as exc:  # a NUL character in the path
        raise ReadError(repr(str(path)), f"is not a valid path: {exc}") from exc
    except OSError as exc:
        raise ReadError(shown, f"cannot be read: {exc.strerror or exc}") from exc
    if stat.S_ISDIR(st.st_mode):
        try:
            with os.scandir(p):
                pass
        except OSError as exc:  # a batch met a folder it cannot list: its files are lost, say so
            raise ReadError(shown, f"is a folder that cannot be listed ({exc.strerror or exc}); "
                               "the files in it were not read") from exc
        raise ReadError(shown, "is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode)
                else "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else "not a regular file")
        raise ReadError(shown, f"is {kind}, not a regular file")
    if st.st_size > MAX_BYTES:
        raise ReadError(shown, f"is {st.st_size} bytes, over the {MAX_BYTES}-byte limit")
    try:
        with open(p, "rb") as fh:
            # Asking for the size found by stat (not the limit) spares allocating
            # the limit's buffer for every file; a file that grew since is read on.
            data = fh.read(st.st_size + 1)
            if len(data) > st.st_size:
                data += fh.read(MAX_BYTES + 1 - len(data))
    except PermissionError as exc:
        raise ReadError(shown, "cannot be read (permission denied)") from exc
    except IsADirectoryError as exc:
        raise ReadError(shown, "is a folder, not a file") from exc
    except OSError as exc:
        raise ReadError(shown, f"cannot be read: {exc.strerror or exc}") from exc
    if len(data) > MAX_BYTES:
        raise ReadError(shown, f"grew over the {MAX_BYTES}-byte limit while it was read")
    return data


def read_article(path: str | os.PathLike, *, html: bool | None = None) -> Article:
    """Read one article file.

    ``html=None`` reads ``*.html``/``*.htm`` files and any file that starts
    like an HTML page as HTML and extracts their article text
    (:mod:`cchc_extract.html`); ``True`` forces it, ``False`` never does.
    Raises :class:`ReadError` (or its subclass :class:`DecodeError`) naming
    the file when it cannot be read or decoded, or holds no text at all
    (empty, or white space only: a failed download or save, not an
    article).  A file name that is not valid UTF-8, or holds control
    characters, is written with escapes (:func:`printable`) in ``doc_id``,
    ``source`` and messages.
    """
    p = Path(path)
    data = read_bytes(p)
    shown = printable(p)
    text, encoding = decode_bytes(data, shown)
    text = unicodedata.normalize("NFC", text)
    doc_id = printable(p.stem)
    from . import html as html_mod

    if html is None:
        html = p.suffix.lower() in HTML_SUFFIXES or html_mod.looks_like_html(text)
    if html:
        body, meta = html_mod.extract_text(text, source=shown)
        return Article(text=unicodedata.normalize("NFC", body), doc_id=doc_id, source=printable(path),
                       encoding=encoding, text_source="html", extra=meta)
    if not _HAS_TEXT.search(text):
        raise ReadError(shown, "is empty: no text" if not data else "holds only white space: no text")
    return Article(text=text, doc_id=doc_id, source=printable(path), encoding=encoding)
