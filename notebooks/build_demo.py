"""Write ``notebooks/demo.ipynb`` from the cells below and execute it in place.

    .venv/bin/python notebooks/build_demo.py          # rebuild and run (stores outputs)

The notebook is kept with its outputs so that it reads well on a code-hosting
site; ``tests/test_notebook.py`` executes it headless on every test run.  It
reads the bundled corpus (``corpus/``) and, when ``../shared`` sits beside the
repository, ``../shared/wild`` and ``../shared/eval2017``; nothing is fetched.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

HERE = Path(__file__).resolve().parent

CELLS: list[tuple[str, str]] = [
    ("md", """# cchc-extract: from news articles to a table of reform figures

A researcher of Vietnamese public administration has a few dozen local news
articles on administrative reform (*cải cách hành chính*) and wants numbers she
can compare and check. This notebook answers, over every article at hand (the
bundled `corpus/`, and `../shared/wild` and `../shared/eval2017` when they sit
beside the repository):

1. **What figures do the articles report: whose, for when, of what, how much?** (the indicators table)
2. **How do on-time rates, and the other service rates, compare by agency and period?**
3. **How many dossiers (`hồ sơ`) does each province handle**, counting totals only, never a total with its own parts?
4. **Which legal documents are cited by the most articles?**
5. **How far can these figures be trusted?** (scores against hand-made gold)

Every figure keeps its offsets into the article, so each number can be traced
back to the sentence it came from. No network; it runs in well under a minute."""),
    ("code", """import hashlib
import json
import time
from pathlib import Path

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import HTML, Markdown, display

import cchc_extract
from cchc_extract import viz
from cchc_extract.evaluate import load_gold, load_texts, score

t0 = time.perf_counter()
ROOT = Path.cwd().parent if Path.cwd().name == "notebooks" else Path.cwd()
SHARED = ROOT.parent / "shared"                 # ../shared, beside the repository
SOURCES = {"corpus/articles (dev)": ROOT / "corpus" / "articles",
           "corpus/added": ROOT / "corpus" / "added" / "articles",
           "corpus/heldout": ROOT / "corpus" / "heldout" / "articles",
           "../shared/wild": SHARED / "wild",
           "../shared/eval2017": SHARED / "eval2017"}
pd.set_option("display.max_colwidth", 60)
pd.set_option("display.width", 160)
plt.rcParams["figure.dpi"] = 72                 # small images: the notebook is stored with its outputs


def short(text, n=40):
    \"\"\"One line of at most n characters (an ellipsis marks a cut).\"\"\"
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def first_column(df, *names):
    \"\"\"The first of names that is a column of df, or None.\"\"\"
    return next((n for n in names if n in df.columns), None)"""),
    ("md", """## The articles

Folders overlap (`corpus/added` and `corpus/heldout` hold copies of wild
articles), so a file whose bytes were already read is skipped."""),
    ("code", """paths, seen, summary = [], set(), []
for name, folder in SOURCES.items():
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    new = [p for p in files if hashlib.sha256(p.read_bytes()).hexdigest() not in seen]
    seen.update(hashlib.sha256(p.read_bytes()).hexdigest() for p in files)
    paths += new
    summary.append({"source": name, "files": len(files), "new articles": len(new)})
if not (SHARED / "wild").is_dir():
    display(Markdown("*`../shared` is not beside the repository: only the bundled corpus is used below.*"))
pd.DataFrame(summary).set_index("source")"""),
    ("md", """## One article first

`read_article` decodes the file and normalises it to NFC; every offset in the
record indexes that text. The facts of the first dev article, highlighted in
its text (documents orange, dates blue, percentages green, dossier counts pink,
other quantities yellow, people lilac, places teal, organisations gold):"""),
    ("code", """pipe = cchc_extract.Pipeline()          # the full pipeline, entities included
article = cchc_extract.read_article(sorted(SOURCES["corpus/articles (dev)"].glob("*.txt"))[0])
record = pipe(article)
one = cchc_extract.to_dataframes([record])
print(record.title, "|", record.outlet, "|", record.authors)
one["dossier_counts"][["id", "text", "count", "status", "channel", "agency", "period", "part_of"]]"""),
    ("code", """display(HTML(viz.render(record, article.text, jupyter=False)))"""),
    ("md", """## 1. The indicators table: who, when, what, how much

`Pipeline.pipe` extracts every article with one pipeline and `to_dataframes`
gives one table per fact type, linked by `doc_id` (the CLI writes the same
tables as Parquet or CSV with `--format`; `export.read_tables` reads them back
with the same types). The `indicators` table has one row per percentage and
dossier count: the agency, the period with its first and last day, the kind of
metric, the value or count, status and channel, and `part_of` when a count
breaks down another. Articles are named by their title, shortened, not by
their file name."""),
    ("code", """records = list(pipe.pipe(paths))
tables = cchc_extract.to_dataframes(records)   # the sentence columns are read from each record's source
arts = tables["articles"]
TITLE = {r.doc_id: short(r.title or r.doc_id, 38) for r in records}
ind = tables["indicators"].copy()
ind.insert(1, "article", ind["doc_id"].map(TITLE))
print(f"{len(records)} articles, {len(ind)} figures "
      f"({(ind['type'] == 'percentage').sum()} percentages, {(ind['type'] == 'dossier_count').sum()} dossier counts) "
      f"from {ind['doc_id'].nunique()} articles")
# the first two figures of each of the first articles
ind[["article", "id", "agency", "period", "period_start", "period_end", "metric_kind", "value", "count",
     "status", "channel", "part_of"]].groupby(ind["doc_id"], sort=False).head(2).head(10)"""),
    ("md", """How complete is it? The share of figures that name an agency, a period, and
a period whose first day is known (a period without its year, `XXXX-05`, has
none). The types are ready for analysis: dates are `datetime64`, counts
nullable integers, fixed vocabularies categoricals."""),
    ("code", """cover = ind.groupby("type", observed=True)[["agency", "period", "period_start"]].agg(lambda s: s.notna().mean())
cover.insert(0, "figures", ind.groupby("type", observed=True).size())
display(cover.round(2))
ind.dtypes[["period_start", "count", "metric_kind", "status", "channel", "is_target"]].astype(str).to_frame("dtype").T"""),
    ("md", """## 2. On-time rates, and the other service rates, by agency and period

`metric_kind` (set by the link stage) says what a percentage measures, so the
on-time rates are one filter, whatever words the article used (`tỷ lệ đúng
hạn`, `giải quyết đúng hạn`, `trả đúng hạn`). Changes (`tăng 5%`) are left
out; targets (`phấn đấu 50%`) are kept and marked."""),
    ("code", """RATES = ["on_time_rate", "online_rate", "satisfaction_rate", "digitisation_rate"]
rates = ind[(ind["type"] == "percentage") & ind["metric_kind"].isin(RATES) & ~ind["is_change"].fillna(False)].copy()
rates["metric_kind"] = rates["metric_kind"].astype(str)
on_time = rates[rates["metric_kind"] == "on_time_rate"]
on_time[["article", "id", "agency", "period", "value", "is_target", "metric"]]"""),
    ("md", """Some articles give the on-time rate as counts instead (`giải quyết 299 hồ
sơ, trong đó 288 trước hạn, 11 đúng hạn`): the parts of a resolved total that
are early or on time, over that total."""),
    ("code", """dc = ind[ind["type"] == "dossier_count"].copy()
dc["status"] = dc["status"].astype(str)
parts = dc[dc["status"].isin(["on_time", "early"]) & dc["part_of"].notna()]
resolved = dc[dc["status"] == "resolved"].set_index(["doc_id", "id"])
from_counts = [{"article": TITLE[doc], "agency": resolved.loc[(doc, total), "agency"],
                "period": resolved.loc[(doc, total), "period"], "resolved": resolved.loc[(doc, total), "count"],
                "on time or early": grp["count"].sum(),
                "rate %": round(100 * grp["count"].sum() / resolved.loc[(doc, total), "count"], 1)}
               for (doc, total), grp in parts.groupby(["doc_id", "part_of"]) if (doc, total) in resolved.index]
pd.DataFrame(from_counts, columns=["article", "agency", "period", "resolved", "on time or early", "rate %"])"""),
    ("md", """Every rate as its own bar: bars sit at their own positions (two rates with
the same agency and period no longer share one label and hide each other), and
each label says whose rate, for when, and from which article."""),
    ("code", """rates["order"] = rates["metric_kind"].map(RATES.index)
rates = rates.sort_values(["order", "high"], ascending=[True, False]).reset_index(drop=True)
COLOURS = dict(zip(RATES, ["tab:green", "tab:blue", "tab:orange", "tab:purple"]))
labels = [f"{short(a, 26) if pd.notna(a) else '(agency not stated)'} · {p if pd.notna(p) else 'no period'} · "
          f"{art} {i}" for a, p, art, i in zip(rates["agency"], rates["period"], rates["article"], rates["id"])]
fig, ax = plt.subplots(figsize=(11, 0.26 * len(rates) + 1.2))
for kind, grp in rates.groupby("metric_kind"):
    done = grp[~grp["is_target"].fillna(False)]
    target = grp[grp["is_target"].fillna(False)]
    ax.barh(done.index, done["high"], color=COLOURS[kind], label=kind)
    ax.barh(target.index, target["high"], color="white", edgecolor=COLOURS[kind], hatch="///",
            label=f"{kind} (target)" if len(target) else None)
ax.set_yticks(range(len(rates)), labels, fontsize=7)
ax.invert_yaxis()                               # on-time rates on top
ax.set_xlim(0, 100)
ax.set_xlabel("% (a range drawn to its upper bound)")
ax.set_title("Service rates reported in the articles, one bar per figure")
ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1))
plt.tight_layout()
plt.show()"""),
    ("md", """## 3. Dossiers by province

Counts are summed over totals only: a count with `part_of` breaks down another
(`1.374 hồ sơ trực tuyến` of `79.094 hồ sơ`) and adding it would count those
dossiers twice. A figure an article repeats (same agency, period, status,
channel and count) is counted once. The province comes from the figure
(`province`) or else from the article, when the extractor gives them."""),
    ("code", """totals = dc[dc["part_of"].isna()].drop_duplicates(["doc_id", "agency", "period", "status", "channel", "count"])
print(f"{len(dc)} dossier counts: {dc['part_of'].notna().sum()} breakdowns of a total left out, "
      f"{len(dc[dc['part_of'].isna()]) - len(totals)} repeats left out, {len(totals)} totals summed")
FIG_PROV = first_column(totals, "province", "province_name")
ART_PROV = first_column(arts, "province", "province_name")
if FIG_PROV or ART_PROV:
    where = totals[FIG_PROV].astype("string") if FIG_PROV else pd.Series(pd.NA, index=totals.index, dtype="string")
    if ART_PROV:
        where = where.fillna(totals["doc_id"].map(arts.set_index("doc_id")[ART_PROV]).astype("string"))
    totals["where"] = where.fillna("(province not known)")
    said = ([f"the figure's `{FIG_PROV}`"] if FIG_PROV else []) + ([f"the article's `{ART_PROV}`"] if ART_PROV else [])
    display(Markdown("Province from " + ", else ".join(said) + "."))
else:
    display(Markdown("**No province columns in these tables yet** (this version of cchc-extract gives none): "
                     "the dossiers are grouped by agency as written instead."))
    totals["where"] = totals["agency"].astype("string").map(lambda a: short(a, 40), na_action="ignore").fillna(
        "(agency not stated)")
by_where = totals.pivot_table(index="where", columns="status", values="count", aggfunc="sum", observed=True)
by_where = by_where[[s for s in ("received", "resolved", "on_time", "early", "overdue", "pending", "unknown")
                     if s in by_where.columns]]
by_where = by_where.loc[by_where.sum(axis=1).sort_values().index]
periods = totals.groupby("where")["period"].agg(lambda s: ", ".join(sorted(set(s.dropna()))) or "(none)")
display(by_where.join(periods.rename("periods")).iloc[::-1].head(12))
ax = by_where.plot.barh(figsize=(10, 0.35 * len(by_where) + 1.2), logx=True, width=0.8)
ax.set_xlabel("dossiers (sum of totals, log scale; periods differ between rows)")
ax.set_ylabel("")
ax.set_title("Dossiers by " + ("province" if FIG_PROV or ART_PROV else "agency") + " and status")
plt.tight_layout()
plt.show()"""),
    ("md", """One body is often written several ways (`TP Vinh`, `Thành phố Vinh`);
`agency_key` gives them one key, so that figures of one agency can be grouped
across articles."""),
    ("code", """KEY = first_column(ind, "agency_key")
if KEY is None:
    display(Markdown("**No `agency_key` column in these tables yet**: agencies stay as written."))
else:
    keyed = ind.dropna(subset=[KEY])
    agencies = keyed.groupby(KEY).agg(spellings=("agency", lambda s: " | ".join(sorted(set(s.dropna())))),
                                      articles=("doc_id", "nunique"), figures=("id", "size"))
    display(agencies.sort_values(["articles", "figures"], ascending=False).head(10))"""),
    ("md", """## 4. The documents cited by the most articles

A legal document's `key` is shared by every article that cites it, however it
is written (`19-2017/NQ-CP` and `19/2017/NQ-CP` are one resolution). Documents
without a key (a local plan `120/KH-UBND`, every province has one; a law named
without its year) are left out of the ranking."""),
    ("code", """docs = tables["legal_documents"]
mentions = tables["legal_mentions"].groupby(["doc_id", "document"]).size().rename("mentions")
docs = docs.join(mentions, on=["doc_id", "document"])
keyed = docs.dropna(subset=["key"])
first_text = lambda s: s.dropna().iloc[0] if s.notna().any() else None
cited = keyed.groupby("key").agg(articles=("doc_id", "nunique"), mentions=("mentions", "sum"),
                                 type=("type_name", "first"),
                                 title=("title", first_text),
                                 cited_in=("doc_id", lambda s: "; ".join(sorted({TITLE[d] for d in s}))))
# named by type and code as the key writes it (19/2017/NQ-CP), a law by its name, then its subject, shortened
cited["document"] = [f"{t} {k.split(':')[1]}" + (f" ({short(x, 34)})" if pd.notna(x) else "") if "/" in k
                     else f"{t} {x} ({k.rsplit(':', 1)[1]})"
                     for k, t, x in zip(cited.index, cited["type"], cited["title"])]
cited = cited.sort_values(["articles", "mentions"], ascending=False)
print(f"{len(docs)} documents in all, {len(keyed)} with a key ({cited.shape[0]} distinct), "
      f"{docs['key'].isna().sum()} without")
top = cited.head(10)
display(top.set_index("document")[["articles", "mentions", "cited_in"]])
fig, ax = plt.subplots(figsize=(10, 0.3 * len(top) + 1.2))
ax.barh(range(len(top)), top["articles"], color="tab:orange")
ax.set_yticks(range(len(top)), top["document"], fontsize=8)
ax.invert_yaxis()
ax.xaxis.get_major_locator().set_params(integer=True)
ax.set_xlabel("articles citing it")
ax.set_title("Documents cited by the most articles")
plt.tight_layout()
plt.show()"""),
    ("md", """When the documents were issued: a timeline by type, one dot per document
(dates labelled by year, so that they do not run into each other)."""),
    ("code", """dated = docs.dropna(subset=["issued_date"]).copy()
dated["issued"] = pd.to_datetime(dated["issued_date"], errors="coerce")
dated = dated.dropna(subset=["issued"])
fig, ax = plt.subplots(figsize=(11, 0.3 * dated["doc_type"].nunique() + 1.5))
for doc_type, grp in dated.groupby("doc_type", observed=True):
    ax.scatter(grp["issued"], [str(doc_type)] * len(grp), s=30, alpha=0.7)
locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
ax.xaxis.set_major_locator(locator)
ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
ax.set_title(f"Legal documents by issue date ({len(dated)} with a full date)")
plt.tight_layout()
plt.show()"""),
    ("md", """## 5. How far can the figures be trusted? Scores against the gold

The same definitions as the reference scorer (`../shared/tools/score.py`):
greedy one-to-one matching by overlap and value, documents by type and number,
attribute accuracies on matched items (`pct.agency`, `pct.period`,
`pct.metric_kind`, `dossier.period` are the columns of the indicators table).
The mission F1 is the mean F1 of documents, dates, percentages and dossier
counts. The dev gold ships with the repository; eval2017 is scored when
`../shared/gold/eval2017` is there."""),
    ("code", """pred = {r.doc_id: json.loads(r.model_dump_json()) for r in records}
GOLD_SETS = {"dev": (ROOT / "corpus" / "gold", SOURCES["corpus/articles (dev)"]),
             "eval2017": (SHARED / "gold" / "eval2017", SOURCES["../shared/eval2017"])}
results = {}
for name, (gold_dir, text_dir) in GOLD_SETS.items():
    if gold_dir.is_dir() and text_dir.is_dir():
        results[name] = score(load_gold(gold_dir), pred, load_texts(text_dir))
for name, (result, _, span_errors) in results.items():
    print(f"{name}: mission F1 {result['mission_f1']:.3f} | span errors: {len(span_errors)}")
f1 = pd.DataFrame({name: {k: v["f1"] for k, v in r[0].items() if isinstance(v, dict) and "f1" in v}
                   for name, r in results.items()})
attrs = pd.DataFrame({name: r[0]["attributes"] for name, r in results.items()})
display(f1.round(3))
attrs.loc[[a for a in attrs.index if a.startswith(("pct.", "dossier."))]].round(3)"""),
    ("md", """### A miss, explained

The first miss or extra the scorer lists on the dev set, with the text around
it, so that a reader can judge whether the extractor or the gold is right."""),
    ("code", """texts = load_texts(SOURCES["corpus/articles (dev)"])
details = results["dev"][1]
misses = [(doc_id, line.strip()) for doc_id, lines in details.items() for line in lines]
print(f"{len(misses)} misses and extras on the dev set")
for doc_id, line in misses[:1]:
    print(TITLE.get(doc_id, doc_id), "|", line)
    needle = line.split("'")[1] if "'" in line else ""
    pos = texts[doc_id].find(needle) if needle else -1
    if pos >= 0:
        print("context:", texts[doc_id][max(0, pos - 150): pos + len(needle) + 150].replace("\\n", " "))"""),
    ("md", """## What this notebook answered

- the figures of every article as one table (agency, period with first and last day, metric kind, value or count);
- on-time and other service rates by agency and period, each figure its own bar, and on-time rates computed from counts;
- dossiers by province (or by agency until provinces are in the tables), totals only;
- the documents cited by the most articles, named by type, code and title, with the articles that cite them;
- how far to trust it: F1 and attribute accuracies on the dev and eval2017 gold."""),
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
