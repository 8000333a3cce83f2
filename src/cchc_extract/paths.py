"""Which files a batch reads, in which order, under which ``doc_id``.

Folders are walked lazily, one listing at a time, each folder's entries
sorted by name: the order of ``sorted(Path(folder).rglob(pattern))``.  The
walk is iterative, so a tree thousands of levels deep is no problem, and it
leaves out the batch's own outputs when they are inside an input folder.
A file found in a folder is named by its path relative to that folder
(``in/a/x.txt`` under ``in``: ``a/x``), a file given directly by its stem.

>>> _as_list("corpus/articles")
['corpus/articles']
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from fnmatch import fnmatchcase
from pathlib import Path

from .reading import printable


def _as_list(paths) -> list:
    # One str, bytes or Path is one path, never a sequence of characters.
    if isinstance(paths, (str, bytes, os.PathLike)):
        return [paths]
    return list(paths)


def skip_set(outputs) -> dict:
    """``{(st_dev, st_ino) of a folder: names}`` of a batch's outputs, by
    the name given and by the real file behind a link, so that a walk never
    reads them back.  Folders are compared by identity, not by path: one
    ``stat`` per folder walked, whatever its depth."""
    skip: dict = {}
    for o in outputs:
        a = os.path.abspath(o)
        for path in {a, os.path.realpath(a)}:
            try:
                st = os.stat(os.path.dirname(path))
            except OSError:
                continue
            skip.setdefault((st.st_dev, st.st_ino), set()).add(os.path.basename(path))
    return skip


def _listing(folder: str, skip) -> list | None:
    """The entries of ``folder`` sorted by name (``None``: it cannot be
    listed), without the batch's own outputs (``skip``, see :func:`skip_set`)."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError:
        return None
    if skip:
        try:
            st = os.stat(folder)
        except OSError:
            return entries
        names = skip.get((st.st_dev, st.st_ino))
        if names:
            entries = [e for e in entries if e.name not in names]
    return entries


def _walk(folder: Path, pattern: str, skip=None) -> Iterator[Path]:
    # One folder listed at a time, entries sorted by name, files and
    # subfolders interleaved: the order of sorted(folder.rglob(pattern)).
    # Iterative (a stack of listings), so a tree thousands of levels deep
    # cannot exhaust Python's recursion limit.  Links to folders are not
    # followed (a link back up would loop), links to files are; names match
    # case-insensitively (NAME.TXT from Windows tools).  A folder that cannot
    # be listed is yielded itself: reading it fails with the reason
    # (read_article), so its loss is reported, never silent.
    pattern = pattern.lower()
    top = _listing(os.fspath(folder), skip)
    if top is None:
        yield folder
        return
    stack = [iter(top)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            continue
        if is_dir:
            listing = _listing(entry.path, skip)
            if listing is None:
                yield Path(entry.path)
            else:
                stack.append(iter(listing))
        elif fnmatchcase(entry.name.lower(), pattern):
            yield Path(entry.path)


def iter_items(paths, pattern: str = "*.txt", skip=None) -> Iterator[tuple[Path, str]]:
    """``(path, doc_id)`` of the files named by ``paths`` (see
    :func:`iter_paths`).  A file found in a folder is named by its path
    relative to that folder without its suffix (``in/a/x.txt`` under ``in``:
    ``a/x``; a flat folder gives plain stems); a file given directly by its
    stem."""
    for raw in _as_list(paths):
        p = Path(os.fsdecode(raw) if isinstance(raw, bytes) else raw)
        if not p.is_dir():
            yield p, printable(p.stem)
            continue
        cut = len(os.path.join(os.fspath(p), ""))
        for f in _walk(p, pattern, skip):
            rel = os.path.splitext(os.fspath(f)[cut:])[0] or f.stem
            yield f, printable(rel if os.sep == "/" else rel.replace(os.sep, "/"))


def iter_paths(paths, pattern: str = "*.txt", skip=None) -> Iterator[Path]:
    """Files named by ``paths``, lazily: files as given, folders searched
    recursively for ``pattern`` in sorted order.  One ``str`` or path is one
    path."""
    return (p for p, _ in iter_items(paths, pattern, skip))


def count_paths(paths, pattern: str = "*.txt", skip=None) -> int:
    """How many files :func:`iter_paths` yields (one walk, nothing kept)."""
    return sum(1 for _ in iter_paths(paths, pattern, skip))
