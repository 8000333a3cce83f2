"""Records as JSON Lines: one :class:`~cchc_extract.records.ArticleRecord` per line.

Re-exported by :mod:`cchc_extract.export`, which reads and writes the tables.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator

from pydantic import BaseModel

from .errors import CchcError
from .records import ArticleRecord

__all__ = ["read_jsonl", "write_jsonl"]


def write_jsonl(records: Iterable, path: str | os.PathLike) -> int:
    """Write records (``ArticleRecord`` or dicts) as JSONL; return the count."""
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write((r.model_dump_json() if isinstance(r, BaseModel) else json.dumps(r, ensure_ascii=False)) + "\n")
            n += 1
    return n


def read_jsonl(path: str | os.PathLike, *, as_dicts: bool = False) -> Iterator:
    """Records from a JSONL file, lazily.  A partial last line (no newline,
    not JSON: a run killed while writing) is ignored; any other bad line raises
    :class:`CchcError` with its line number."""
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except ValueError as exc:
                if not line.endswith("\n"):
                    return  # cut short by a kill: the record is not there
                raise CchcError(f"{path}:{n}: not a JSON line ({exc})") from exc
            yield data if as_dicts else ArticleRecord.model_validate(data)
