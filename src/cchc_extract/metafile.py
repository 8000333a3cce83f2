"""Metadata known from outside the articles: a CSV of publication dates and outlets.

Most aggregator dumps keep an article's publication date, outlet and URL in a
spreadsheet, not in the text.  Given to the extractor (``cchc-extract extract
--meta FILE.csv``, ``run_batch(..., meta=...)``, ``extract_text(text,
meta={...})``) they reach the article as :attr:`Article.extra
<cchc_extract.reading.Article.extra>`, the same way an HTML page's ``<meta>``
tags do, and the metadata stage uses them where the text prints nothing: what
the text prints wins.  A ``published`` date also gives the year of dates
written without one (``ngày 17/5``), which would otherwise stay ``XXXX``.

The CSV (UTF-8, a BOM allowed, comma-separated, a header row):

``doc_id`` or ``path``
    which article: its ``doc_id`` (the file name without extension, or the
    end of its path without extension, ``2017/05/bai-1``), or its path (as
    given on the command line or absolute; relative paths are read from the
    current folder).  A row may give both: the path is used.
``published``
    ISO ``2017-05-03`` or ``2017-05-03T08:30`` (``2017-05-03 08:30`` too), or
    day first ``3/5/2017``.
``outlet``, ``url``, ``title``, ``authors``
    as written (``authors``: names separated by ``;`` or ``,``).

Empty cells are ignored.  Other columns are ignored with a warning (a typo
such as ``publised`` is then visible); a key given twice, a bad date or a
file without a key column is a :class:`~cchc_extract.errors.UsageError`
naming the file and line.

>>> meta_to_extra({"published": "3/5/2017", "outlet": "Báo Đồng Nai"})
{'date': '2017-05-03', 'sitename': 'Báo Đồng Nai'}
"""

from __future__ import annotations

import csv
import logging
import os
import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from .errors import UsageError

log = logging.getLogger("cchc_extract")

#: Record fields that outside metadata can give, and the :attr:`Article.extra`
#: key each one fills (the keys :mod:`cchc_extract.html` uses for ``<meta>`` tags).
META_FIELDS: dict[str, str] = {"published": "date", "outlet": "sitename", "url": "url", "title": "title",
                               "authors": "author"}
KEY_COLUMNS = ("doc_id", "path")

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?")
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[T ,]+(\d{1,2})[:h](\d{2}))?")


def normalise_published(value: str) -> str:
    """An ISO date (``2017-05-03``) or date-time (``2017-05-03T08:30``) from
    an ISO or day-first (``3/5/2017 8:30``) value; ``ValueError`` otherwise.

    >>> normalise_published("2017-05-03 08:30:00"), normalise_published("03/05/2017")
    ('2017-05-03T08:30', '2017-05-03')
    """
    text = value.strip()
    m = _ISO.fullmatch(text)
    if m:
        y, mo, d, hh, mm = m.groups()
    else:
        m = _DMY.fullmatch(text)
        if not m:
            raise ValueError(f"{value!r} is not a date: write 2017-05-03, 2017-05-03T08:30 or 3/5/2017")
        d, mo, y, hh, mm = m.groups()
    try:
        when = datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0))
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a date: {exc}") from None
    return when.strftime("%Y-%m-%dT%H:%M") if hh is not None else when.strftime("%Y-%m-%d")


def meta_to_extra(meta: Mapping[str, object]) -> dict[str, str]:
    """:attr:`Article.extra` entries from metadata named by record fields
    (``published``, ``outlet``, ``url``, ``title``, ``authors``); empty
    values are left out.  An unknown name or a bad date raises
    :class:`~cchc_extract.errors.UsageError`."""
    extra: dict[str, str] = {}
    for name, value in meta.items():
        if name not in META_FIELDS:
            raise UsageError(f"unknown metadata field {name!r}; use {', '.join(META_FIELDS)}")
        if value is None:
            continue
        if name == "authors" and not isinstance(value, str):
            value = "; ".join(str(v) for v in value)  # a list of names
        if not isinstance(value, str):
            raise UsageError(f"metadata field {name!r} takes a str, got {type(value).__name__}")
        value = value.strip()
        if not value:
            continue
        if name == "published":
            try:
                value = normalise_published(value)
            except ValueError as exc:
                raise UsageError(f"published: {exc}") from None
        extra[META_FIELDS[name]] = value
    return extra


def with_meta(article, meta: Mapping[str, object]):
    """``article`` (a :class:`~cchc_extract.reading.Article`) with ``meta`` (as for
    :func:`meta_to_extra`) added to its ``extra``."""
    return replace(article, extra={**article.extra, **meta_to_extra(meta)})


def path_key(path: str | os.PathLike) -> str:
    """The key of a ``path`` entry: the absolute path (from the current folder)."""
    return os.path.abspath(os.path.expanduser(os.fspath(path)))


def read_meta_csv(path: str | os.PathLike) -> dict[str, dict[str, str]]:
    """``key -> {field: value}`` from a metadata CSV (see the module
    documentation), every value checked; keys are doc_ids as written and
    absolute paths (:func:`path_key`).  Ready for ``run_batch(meta=...)``."""
    name = os.fspath(path)
    try:
        fh = open(name, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise UsageError(f"--meta {name}: cannot be read: {exc.strerror or exc}") from None
    out: dict[str, dict[str, str]] = {}
    where: dict[str, int] = {}
    with fh:
        try:
            reader = csv.reader(fh)
            header = next(reader, None)
            if header is None:
                raise UsageError(f"{name}: is empty; the first line names the columns "
                                 f"(doc_id or path, and {', '.join(META_FIELDS)})")
            cols = [c.strip().lower() for c in header]
            if not set(cols) & set(KEY_COLUMNS):
                raise UsageError(f"{name}: no doc_id or path column (the columns are {', '.join(cols)})")
            if not set(cols) & set(META_FIELDS):
                raise UsageError(f"{name}: no metadata column; give one of {', '.join(META_FIELDS)}")
            ignored = [c for c in cols if c not in META_FIELDS and c not in KEY_COLUMNS]
            if ignored:
                log.warning("%s: column(s) %s ignored; the metadata columns are %s", name, ", ".join(ignored),
                            ", ".join(META_FIELDS))
            for row in reader:
                line = reader.line_num
                if not any(cell.strip() for cell in row):
                    continue
                cells = dict(zip(cols, (cell.strip() for cell in row)))
                if cells.get("path"):
                    key = path_key(cells["path"])
                elif cells.get("doc_id"):
                    key = cells["doc_id"].replace("\\", "/")
                else:
                    raise UsageError(f"{name}:{line}: neither doc_id nor path is given")
                if key in where:
                    raise UsageError(f"{name}:{line}: {key} is given twice (first on line {where[key]})")
                fields = {c: v for c, v in cells.items() if c in META_FIELDS and v}
                try:
                    meta_to_extra(fields)
                    if "published" in fields:
                        fields["published"] = normalise_published(fields["published"])
                except (UsageError, ValueError) as exc:
                    raise UsageError(f"{name}:{line}: {exc}") from None
                where[key] = line
                if fields:
                    out[key] = fields
        except UnicodeDecodeError as exc:
            raise UsageError(f"{name}: is not UTF-8 text ({exc.reason} at byte {exc.start}); save it as UTF-8 CSV"
                             ) from None
        except csv.Error as exc:
            raise UsageError(f"{name}: not a readable CSV file: {exc}") from None
    return out


def meta_for(meta: Mapping[str, Mapping[str, object]], path: str | os.PathLike) -> dict[str, str] | None:
    """The :attr:`Article.extra` entries for the article file ``path`` from
    ``meta`` (``doc_id or path -> {field: value}``): the entry of its path
    (as given or absolute), else of the longest end of its path without
    extension that is a key (``dir/bai-1``, then ``bai-1``: the doc_id)."""
    hit = meta.get(os.fspath(path))
    if hit is None:
        hit = meta.get(path_key(path))
    if hit is None:
        parts = Path(os.path.splitext(os.fspath(path))[0]).parts
        for i in range(len(parts)):
            hit = meta.get("/".join(parts[i:]))
            if hit is not None:
                break
    return meta_to_extra(hit) if hit else None
