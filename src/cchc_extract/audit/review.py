"""Review files: ``review.csv`` and ``review.jsonl`` (the same rows, to mark)
and ``review.html`` (each item highlighted in its sentence, to read).

The reviewer fills ``mark`` with ``y`` (the item and its values are right),
``n`` (wrong: not a fact of this type, wrong span, or a wrong value) or
``?`` (cannot tell), and may say why in ``note``.  Either file can be
marked; :mod:`cchc_extract.audit.score` reads both.
"""

from __future__ import annotations

import csv
import html
import json
from pathlib import Path

from .items import AuditError
from .sample import COLUMNS, Sample

FILES = ("review.csv", "review.jsonl", "review.html")


def write_review(sample: Sample, folder: str | Path, *, force: bool = False) -> list[Path]:
    """Write the three review files into ``folder`` (created); return their paths.

    Refuses to overwrite a review file that already holds marks unless ``force``.
    """
    out = Path(folder)
    if out.exists() and not out.is_dir():
        raise AuditError(f"{out}: exists and is not a folder")
    if not force:
        for name in ("review.csv", "review.jsonl"):
            if (out / name).exists() and _has_marks(out / name):
                raise AuditError(f"{out / name}: already holds marks; choose another folder or pass --force")
    out.mkdir(parents=True, exist_ok=True)
    rows = [it.row() for it in sample.items]
    paths = [out / name for name in FILES]
    with paths[0].open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    with paths[1].open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    paths[2].write_text(render_html(sample), encoding="utf-8")
    return paths


def _has_marks(path: Path) -> bool:
    from .score import read_marks

    try:
        return any(r["mark"] for r in read_marks(path))
    except AuditError:
        return True  # unreadable: do not overwrite what we cannot check


_CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#222}
table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #ddd;padding:.35em .5em;vertical-align:top;text-align:left}
th{background:#f4f4f4}mark{background:#ffe066;padding:0 .1em;border-radius:2px;font-weight:600}
code{font-size:90%;color:#555;word-break:break-word}.id{white-space:nowrap;font-family:monospace}
.small{color:#666;font-size:85%}h2{margin-top:2em}
"""


def render_html(sample: Sample) -> str:
    """A self-contained page: the allocation, then one table per fact type."""
    e = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="vi"><head><meta charset="utf-8">',
             "<title>cchc-extract audit: review sample</title>", f"<style>{_CSS}</style></head><body>",
             "<h1>Review sample</h1>",
             f"<p>Seed {sample.seed}, {sample.per_type} items per fact type. Mark each item in "
             "<code>review.csv</code> or <code>review.jsonl</code>: <b>y</b> right, <b>n</b> wrong "
             "(not a fact of this type, wrong span or a wrong value), <b>?</b> cannot tell.</p>",
             "<table><tr><th>type</th><th>stratum</th><th>drawn</th><th>in the output</th></tr>"]
    for t, strata in sample.allocation.items():
        pop = sample.population.get(t, {})
        if not pop:
            parts.append(f"<tr><td>{e(t)}</td><td>(none)</td><td>0</td><td>0</td></tr>")
        for s in sorted(pop):
            parts.append(f"<tr><td>{e(t)}</td><td>{e(s)}</td><td>{strata.get(s, 0)}</td><td>{pop[s]}</td></tr>")
    parts.append("</table>")
    for t in sample.allocation:
        rows = [it for it in sample.items if it.type == t]
        parts.append(f'<h2 id="{e(t)}">{e(t)} ({len(rows)})</h2>')
        if not rows:
            parts.append("<p>No items of this type in the output.</p>")
            continue
        parts.append("<table><tr><th>id</th><th>item in its sentence</th><th>values</th></tr>")
        for it in rows:
            before, item, after = it.parts
            parts.append(
                f'<tr id="{e(it.item_id)}"><td class="id">{e(it.item_id)}'
                f'<br><span class="small">{e(it.stratum)}</span></td>'
                f"<td>{e(before)}<mark>{e(item)}</mark>{e(after)}"
                f'<br><span class="small">{e(it.doc_id)} {it.start}:{it.end}</span></td>'
                f"<td><code>{e(it.values)}</code></td></tr>")
        parts.append("</table>")
    parts.append("</body></html>\n")
    return "\n".join(parts)
