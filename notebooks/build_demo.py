"""Write ``notebooks/demo.ipynb`` from the cells below and execute it in place.

    .venv/bin/python notebooks/build_demo.py          # rebuild and run (stores outputs)

The notebook is kept with its outputs so that it reads well on a code-hosting
site; ``tests/test_notebook.py`` executes it headless on every test run.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

HERE = Path(__file__).resolve().parent

CELLS: list[tuple[str, str]] = [
    ("md", """# cchc-extract: what it finds in an article, and why you can check it

This notebook runs the extractor on the bundled corpus (`corpus/articles`, five
Vietnamese news articles on administrative reform), shows the facts of one
article as tables and highlighted in its text, turns the whole corpus into
pandas tables with a few plots, and scores the corpus against its hand-checked
gold records (`corpus/gold`). It needs no network and runs in well under a minute."""),
    ("code", """import time
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import HTML, display

import cchc_extract
from cchc_extract import viz
from cchc_extract.evaluate import load_gold, load_texts, score

t0 = time.perf_counter()
ROOT = Path.cwd().parent if Path.cwd().name == "notebooks" else Path.cwd()
CORPUS, GOLD = ROOT / "corpus" / "articles", ROOT / "corpus" / "gold"
pipe = cchc_extract.Pipeline()          # the full pipeline, entities included
print(pipe.nlp.pipe_names)
pd.set_option("display.max_colwidth", 80)"""),
    ("md", """## One article

`read_article` decodes the file and normalises it to NFC; every offset in the
record indexes that text, so each fact can be traced back to where it was written."""),
    ("code", """path = sorted(CORPUS.glob("*.txt"))[0]
article = cchc_extract.read_article(path)
record = pipe(article)
frames = cchc_extract.to_dataframes([record])
pd.Series({"title": record.title, "authors": record.authors, "outlet": record.outlet,
           "published": record.published, "url": record.url}).to_frame("metadata")"""),
    ("md", "### Legal and party documents: one row per document, with its mentions"),
    ("code", """docs = frames["legal_documents"][["doc_type", "type_name", "number", "code", "year", "issued_date",
                                   "issuer", "title"]].copy()
docs["mentions"] = [len(d.mentions) for d in record.legal_documents]
docs"""),
    ("md", "### Dates and periods, normalised"),
    ("code", """frames["dates"][["text", "kind", "value", "start", "end"]]"""),
    ("md", "### Percentages with qualifier, change and target flags, and what they measure"),
    ("code", """frames["percentages"][["text", "value", "low", "high", "qualifier", "is_change", "is_target", "metric"]]"""),
    ("md", """### Dossier counts (`hồ sơ`) with status, channel, agency and period

A count in parentheses or in a list after a total inherits the total's status;
the checks below test whether the parts add up to their total."""),
    ("code", """frames["dossier_counts"][["text", "count", "qualifier", "status", "channel", "agency", "period"]]"""),
    ("code", """counts = record.dossier_counts
rows = [{"total": counts[c.total].text, "status": counts[c.total].status,
         "parts": " + ".join(counts[i].text for i in c.parts),
         "sum of parts": sum(counts[i].count for i in c.parts), "holds": c.holds} for c in record.checks]
pd.DataFrame(rows, columns=["total", "status", "parts", "sum of parts", "holds"])"""),
    ("md", """### The facts in their text

Colours: documents (orange), dates (blue), percentages (green), dossier counts
(pink), other quantities (yellow), people (lilac), places (teal), organisations (gold)."""),
    ("code", """display(HTML(viz.render(record, article.text, jupyter=False)))"""),
    ("md", """## The whole corpus as tables

`Pipeline.pipe` extracts many articles with one pipeline; `to_dataframes` gives
one table per fact type, linked by `doc_id` (the CLI writes the same tables as
Parquet or CSV with `--format`)."""),
    ("code", """records = list(pipe.pipe(sorted(CORPUS.glob("*.txt"))))
tables = cchc_extract.to_dataframes(records)
pd.Series({name: len(df) for name, df in tables.items()}, name="rows").to_frame()"""),
    ("code", """dc = tables["dossier_counts"].copy()
dc["status"], dc["channel"] = dc["status"].astype("string"), dc["channel"].astype("string")
totals = dc[dc["part_of"].isna()]        # a breakdown (part_of set) is never added to its own total
by_channel = dc[dc["channel"].notna()]   # the figures written for one channel
fig, axes = plt.subplots(1, 2, figsize=(12, 3.8))
if len(totals):
    totals.pivot_table(index="doc_id", columns="status", values="count", aggfunc="sum").plot.bar(ax=axes[0], logy=True)
if len(by_channel):
    by_channel.pivot_table(index="doc_id", columns="channel", values="count", aggfunc="sum").plot.bar(ax=axes[1], logy=True)
axes[0].set_title("Dossiers by status (sum of counts)")
axes[1].set_title("Dossiers by channel (sum of counts)")
for ax in axes:
    ax.set_xlabel("")
    ax.tick_params(axis="x", labelrotation=20)
plt.tight_layout()
plt.show()"""),
    ("code", """pct = tables["percentages"]
on_time = pct[pct["metric_kind"] == "on_time_rate"]   # the link stage's kind, not words of the metric
fig, ax = plt.subplots(figsize=(9, 3))
# one bar per figure: its id keeps two rates of one agency apart
ax.barh([f"{d} {i} · {str(a or '')[:35]}" for d, i, a in zip(on_time["doc_id"], on_time["id"], on_time["agency"])],
        on_time["high"])
ax.set_xlim(0, 100)
ax.set_xlabel("%")
ax.set_title("On-time rates reported in the corpus")
plt.tight_layout()
plt.show()"""),
    ("code", """docs_all = tables["legal_documents"]
dated = docs_all.dropna(subset=["issued_date"]).copy()
dated["issued"] = pd.to_datetime(dated["issued_date"], errors="coerce")
fig, axes = plt.subplots(1, 2, figsize=(13, 3.8))
for doc_type, grp in dated.groupby("doc_type"):
    axes[0].scatter(grp["issued"], [doc_type] * len(grp), s=40, label=doc_type)
axes[0].set_title("Legal documents by issue date")
docs_all.groupby("doc_type").size().sort_values().plot.barh(ax=axes[1])
axes[1].set_title("Documents by type (whole corpus)")
plt.tight_layout()
plt.show()
docs_all["issuer"].fillna("(not stated)").value_counts().head(10).to_frame("documents")"""),
    ("md", """## How good is it? Scores against the gold

The same definitions as the reference scorer: greedy one-to-one matching by
overlap and value, documents by type and number, attribute accuracies on
matched items. The mission F1 is the mean F1 of documents, dates, percentages
and dossier counts."""),
    ("code", """import json
pred = {r.doc_id: json.loads(r.model_dump_json()) for r in records}
result, details, span_errors = score(load_gold(GOLD), pred, load_texts(CORPUS))
table = pd.DataFrame({k: v for k, v in result.items() if isinstance(v, dict) and "f1" in v}).T
print("mission F1:", result["mission_f1"], "| span errors:", len(span_errors))
table[["precision", "recall", "f1", "tp", "gold", "pred"]]"""),
    ("code", """pd.Series(result["attributes"], name="accuracy").to_frame()"""),
    ("md", """### A miss, explained

The first miss or extra the scorer lists, with the text around it, so that a
reader can judge whether the extractor or the gold is right."""),
    ("code", """texts = load_texts(CORPUS)
misses = [(doc_id, line.strip()) for doc_id, lines in details.items() for line in lines]
print(f"{len(misses)} misses and extras in all")
for doc_id, line in misses[:1]:
    print(doc_id, line)
    needle = line.split("'")[1] if "'" in line else ""
    pos = texts[doc_id].find(needle) if needle else -1
    if pos >= 0:
        print("context:", texts[doc_id][max(0, pos - 150): pos + len(needle) + 150].replace("\\n", " "))"""),
    ("code", """print(f"notebook ran in {time.perf_counter() - t0:.1f} s")"""),
]


def build() -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    for kind, src in CELLS:
        nb.cells.append(nbformat.v4.new_markdown_cell(src) if kind == "md" else nbformat.v4.new_code_cell(src))
    return nb


def execute(nb: nbformat.NotebookNode, timeout: int = 300) -> nbformat.NotebookNode:
    NotebookClient(nb, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": str(HERE)}}).execute()
    return nb


def main() -> int:
    t = time.perf_counter()
    nb = execute(build())
    for cell in nb.cells:  # execution counts and timings only make diffs noisy
        cell.get("metadata", {}).pop("execution", None)
    nbformat.write(nb, HERE / "demo.ipynb")
    print(f"wrote {HERE / 'demo.ipynb'} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
