"""Marks read back: precision per fact type and per stratum, with a Wilson
95% interval.

``y`` counts as right, ``n`` as wrong; ``?`` and an empty mark are
*unmarked*: left out of the precision and reported as a count, so a
half-marked sheet gives an honest, wider interval rather than a wrong one.

The ``note`` of a wrong item names its reasons, each starting with a class
word, separated by ``;``: ``not-a-fact: ...``, ``span: ...``,
``value <field>: ...``. They are counted per type, and ``ignore`` fields give
a second precision in which an item wrong only in those fields counts as
right: the precision of the fact itself beside that of all its fields.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections import Counter
from pathlib import Path

from .items import FACT_TYPES, AuditError

Z95 = 1.959963984540054  # the 97.5% quantile of the standard normal
REQUIRED = ("item_id", "type", "stratum", "mark")
MARKS = {"y": True, "n": False, "?": None, "": None}


def wilson(right: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval of a proportion ``right/n``.

    >>> [round(x, 4) for x in wilson(8, 10)]
    [0.4902, 0.9433]
    """
    if n <= 0 or not 0 <= right <= n:
        raise ValueError(f"wilson needs 0 <= right <= n and n > 0, got {right}/{n}")
    p = right / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    # at 0/n and n/n one bound is exactly 0 or 1; floating point would give 1e-17 off
    return (0.0 if right == 0 else centre - half), (1.0 if right == n else centre + half)


def read_marks(path: str | Path) -> list[dict]:
    """The rows of a marked ``review.csv`` or ``review.jsonl``, marks checked.

    Raises :class:`AuditError` for a missing file, a file that is neither,
    missing columns, or mark values other than ``y``, ``n``, ``?`` or empty
    (case and surrounding spaces are ignored).
    """
    p = Path(path)
    if not p.exists():
        raise AuditError(f"{p}: does not exist")
    if p.is_dir():
        p = p / "review.csv"
        if not p.exists():
            raise AuditError(f"{p.parent}: no review.csv in this folder")
    try:
        raw = p.read_text(encoding="utf-8-sig")  # a sheet re-saved by Excel starts with a BOM
    except UnicodeDecodeError as exc:
        raise AuditError(f"{p}: unreadable marks: not UTF-8 text ({exc.reason})") from exc
    except OSError as exc:
        raise AuditError(f"{p}: cannot be read: {exc.strerror or exc}") from exc
    rows = _parse_jsonl(p, raw) if p.suffix.lower() in (".jsonl", ".json") else _parse_csv(p, raw)
    if not rows:
        raise AuditError(f"{p}: unreadable marks: no rows")
    bad, seen = [], set()
    for n, row in rows:
        mark = str(row.get("mark") or "").strip().lower()
        if mark not in MARKS:
            bad.append(f"row {n} ({row.get('item_id')}): {row.get('mark')!r}")
        row["mark"] = mark
        if row["item_id"] in seen:
            raise AuditError(f"{p}: row {n}: item_id {row['item_id']!r} appears twice")
        seen.add(row["item_id"])
    if bad:
        more = f" and {len(bad) - 5} more" if len(bad) > 5 else ""
        raise AuditError(f"{p}: unknown mark value(s) (use y, n, ? or leave empty): {'; '.join(bad[:5])}{more}")
    return [row for _, row in rows]


def _parse_csv(p: Path, raw: str) -> list[tuple[int, dict]]:
    try:
        reader = csv.DictReader(io.StringIO(raw, newline=""))  # a quoted note may hold line breaks
        header = reader.fieldnames or []
        _require_columns(p, header)
        rows = list(reader)
    except csv.Error as exc:
        raise AuditError(f"{p}: unreadable marks: not CSV ({exc})") from exc
    for n, row in enumerate(rows, 2):
        if None in row:  # more cells than columns: a stray comma in an unquoted note
            raise AuditError(f"{p}: unreadable marks: row {n} has more cells than the header "
                             "(quote a note that holds a comma)")
    return list(enumerate(rows, 2))


def _parse_jsonl(p: Path, raw: str) -> list[tuple[int, dict]]:
    out = []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise AuditError(f"{p}:{n}: unreadable marks: not JSON ({exc.msg})") from exc
        if not isinstance(row, dict):
            raise AuditError(f"{p}:{n}: unreadable marks: not a JSON object")
        _require_columns(p, row, line=n)
        out.append((n, row))
    return out


def _require_columns(p: Path, header, line: int | None = None) -> None:
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        where = f"{p}:{line}" if line else str(p)
        raise AuditError(f"{where}: unreadable marks: missing column(s) {', '.join(missing)}")


_REASON = re.compile(r"\s*(not-a-fact|span|value\s+[\w/]+|[\w-]+)\s*:", re.I)
#: Classes a reviewer may note on any item without making it wrong.
REMARKS = frozenset({"minor", "scope"})


def reasons(note: str) -> list[str]:
    """The reason classes of a wrong item's note: ``not-a-fact``, ``span``,
    ``value <field>`` (``value low/high`` names two fields), another class
    word before a colon as written, else ``other``.  A part with no class word
    after one that has one is more of its prose (reviewers write ``;`` in
    their sentences), not a reason of its own.  Remarks that do not make
    an item wrong (``minor:``, ``scope:``) are left out.

    >>> reasons("value agency: missing ; value period: 2016 ; span: too short")
    ['value agency', 'value period', 'span']
    >>> reasons("scope: a school application ; value status: sent, not received")
    ['value status']
    >>> reasons("value agency: should be X; X is the owner ; value period: none")
    ['value agency', 'value period']
    >>> reasons("looks odd")
    ['other']
    """
    found = []
    after_class = False  # a part with no class word after one that had one goes on with its prose
    for part in (note or "").split(";"):
        if not part.strip():
            continue
        m = _REASON.match(part)
        if m is None:
            if not after_class and "other" not in found:
                found.append("other")
        else:
            after_class = True
            cls = " ".join(m.group(1).lower().split())
            if cls not in REMARKS:
                found.append(cls)
    return found or ["other"]


def _right(row: dict, ignore: frozenset[str]) -> bool | None:
    mark = MARKS[row["mark"]]
    if mark is False and ignore:
        found = reasons(row.get("note", ""))
        if all(r.startswith("value ") and set(r[6:].split("/")) <= ignore for r in found):
            return True
    return mark


def _tally(rows: list[dict], ignore: frozenset[str] = frozenset()) -> dict:
    marks = [_right(r, ignore) for r in rows]
    right = sum(m is True for m in marks)
    wrong = sum(m is False for m in marks)
    marked = right + wrong
    out = {"items": len(rows), "marked": marked, "right": right, "wrong": wrong, "unmarked": len(rows) - marked,
           "precision": None, "low": None, "high": None}
    if marked:
        out["precision"] = right / marked
        out["low"], out["high"] = wilson(right, marked)
    return out


def precision(rows: list[dict], ignore: tuple[str, ...] | list[str] = ()) -> dict:
    """``{type: {..., "strata": {stratum: {...}}}}``: items, marked, right,
    wrong, unmarked, precision (``None`` when nothing is marked) and the
    Wilson 95% interval ``low``/``high``; ``reasons``, the count of each
    reason class over the wrong items; with ``ignore`` fields, ``fact``: the
    same tally where an item wrong only in those fields counts as right."""
    order = {t: i for i, t in enumerate(FACT_TYPES)}
    ignored = frozenset(ignore)
    result = {}
    for t in sorted({r["type"] for r in rows}, key=lambda t: (order.get(t, len(order)), t)):
        of_type = [r for r in rows if r["type"] == t]
        result[t] = _tally(of_type)
        result[t]["strata"] = {s: _tally([r for r in of_type if r["stratum"] == s])
                               for s in sorted({r["stratum"] for r in of_type})}
        result[t]["reasons"] = dict(Counter(c for r in of_type if MARKS[r["mark"]] is False
                                            for c in dict.fromkeys(reasons(r.get("note", "")))).most_common())
        if ignored:
            result[t]["fact"] = _tally(of_type, ignored)
            result[t]["fact"]["ignored"] = sorted(ignored)
    return result


def score_files(paths: list[str | Path], ignore: tuple[str, ...] | list[str] = ()) -> dict:
    """Precision over one or more marked files (item ids must not repeat across them)."""
    rows, seen = [], {}
    for p in paths:
        for row in read_marks(p):
            key = (row["type"], row["item_id"])
            if key in seen:
                raise AuditError(f"{p}: item {row['item_id']} is also in {seen[key]}")
            seen[key] = p
            rows.append(row)
    return precision(rows, ignore)


def format_precision(result: dict) -> str:
    """A plain-text table: one line per type, its strata indented below."""
    def line(name: str, t: dict) -> str:
        if t["precision"] is None:
            p = "      -  (nothing marked)       "
        else:
            p = f"{t['precision']:7.3f}  [{t['low']:.3f}, {t['high']:.3f}]"
        return f"{name:<28} {p}  {t['right']:>5} {t['wrong']:>5} {t['unmarked']:>8}"

    lines = [f"{'type / stratum':<28} {'precision':>9}  {'Wilson 95%':<16}  {'right':>5} {'wrong':>5} {'unmarked':>8}"]
    for name, t in result.items():
        lines.append(line(name, t))
        if len(t["strata"]) > 1:
            lines += [line("  " + s, st) for s, st in t["strata"].items()]
        if "fact" in t:
            lines.append(line("  without " + ", ".join(t["fact"]["ignored"]), t["fact"]))
    tallies = [(name, t["reasons"]) for name, t in result.items() if t.get("reasons")]
    if tallies:
        lines += ["", "reasons of the wrong items (an item may have several):"]
        lines += [f"  {name}: " + ", ".join(f"{c} {n}" for c, n in r.items()) for name, r in tallies]
    return "\n".join(lines)
