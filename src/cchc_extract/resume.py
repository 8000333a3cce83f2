"""Resuming a batch: what an output already holds, and the stale records an
edited article leaves.

Every record carries ``content_hash`` (SHA-1 of the article text).  A record
is found again by the path the earlier run named (its ``source``) or, failing
that, by its ``doc_id``; an article whose text changed since is extracted
again and its old record removed at the end (:func:`drop_stale`).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from .errors import CchcError
from .reading import printable


def key64(s: str) -> int:
    """A stable 64-bit key for a string (``hash()`` differs between processes)."""
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


def _line_keys(line: str) -> tuple[str, str, str | None]:
    """``(doc_id, source, content_hash)`` of a record line.  doc_id and source
    are the first fields of a record and content_hash the last: they are read
    without parsing the whole line (records can be large)."""
    if line.startswith('{"doc_id":"'):
        end = line.find('",', 11)
        if end > 0 and line.startswith('","source":"', end):
            send = line.find('"', end + 12)
            if "\\" not in line[11:send]:
                i = line.rfind('"content_hash":')
                ch = None
                if i > 0 and line[i + 15:i + 16] == '"':
                    ch = line[i + 16:line.find('"', i + 16)]
                return line[11:end], line[end + 12:send], ch
    data = json.loads(line)
    return data["doc_id"], data["source"], data.get("content_hash")


def _source_key(doc_id: str, source: str) -> int:
    return key64(doc_id + "\x00" + source)


def read_done(path: str | os.PathLike) -> dict[int, tuple[int, ...]]:
    """``key -> (key64(content_hash), ...)`` of the records in a JSONL file
    (after :func:`repair_tail`), under two keys: ``key64(doc_id)`` and
    ``key64("\x01" + source)`` (the path as the earlier run named it, which
    finds the record even if doc_id is not the file's stem).  A line that is
    not a record raises :class:`CchcError`."""
    done: dict[int, tuple[int, ...]] = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                doc_id, source, ch = _line_keys(line)
            except (ValueError, KeyError, TypeError) as exc:
                raise CchcError(f"{path}:{n}: not a record line, cannot resume ({exc})") from exc
            h = key64(ch) if ch else 0
            for k in (key64(doc_id), key64("\x01" + source)):
                done[k] = done.get(k, ()) + (h,)
    return done


def _known(done: dict[int, tuple[int, ...]], path: Path, doc_id: str | None = None) -> tuple[int, ...]:
    # The content hashes already written for this file: by its path as named
    # in this run, else by its doc_id, as a renamed root folder or another
    # spelling of the path gives another source.
    return done.get(key64("\x01" + printable(path))) or done.get(key64(doc_id or printable(path.stem)), ())


def drop_stale(path: str | os.PathLike, fresh: dict[int, set[int] | int]) -> int:
    """Rewrite ``path`` (atomically) without the stale records: those whose
    ``(doc_id, source)`` is in ``fresh`` (see :func:`_source_key`) with a
    content hash that is not among the fresh ones (a set: two files may
    share the key when their names escape alike; one ``int`` is one hash).
    Files of the same name in other folders (same doc_id, other source) are
    not touched."""
    p = Path(path)
    tmp = p.with_name(f".{p.name}.compact.tmp")
    dropped = 0
    with open(p, encoding="utf-8") as src, open(tmp, "w", encoding="utf-8") as dst:
        for line in src:
            doc_id, source, ch = _line_keys(line)
            k = _source_key(doc_id, source)
            keep = fresh.get(k)
            if keep is not None and (key64(ch) if ch else 0) not in (keep if isinstance(keep, set) else {keep}):
                dropped += 1
                continue
            dst.write(line)
        dst.flush()
        os.fsync(dst.fileno())
    os.replace(tmp, p)
    return dropped
