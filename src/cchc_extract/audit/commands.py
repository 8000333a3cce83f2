"""``cchc-extract audit sample|score|recall``: the command group.

The main CLI adds it with ``audit.register(app)``; ``python -m
cchc_extract.audit`` runs the group on its own.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from .items import FACT_TYPES, AuditError

_OUTPUT_HELP = "Records written by `cchc-extract extract` (JSONL)."
_TEXT_HELP = "Folder of <doc_id>.txt (default: each record's source)."
_TextOpt = Annotated[Optional[Path], typer.Option("--text", help=_TEXT_HELP)]


def _fail(exc: Exception) -> None:
    typer.echo(f"error: {exc}", err=True)
    raise typer.Exit(2)


def make_app() -> typer.Typer:
    """The ``audit`` command group as a Typer app of its own."""
    app = typer.Typer(add_completion=False, no_args_is_help=True,
                      help="Estimate precision (a sample a person marks) and recall (uncovered triggers) on a corpus.")

    @app.command("sample")
    def sample_cmd(
        output: Annotated[Path, typer.Argument(help=_OUTPUT_HELP)],
        per_type: Annotated[int, typer.Option("-n", "--per-type", min=1, help="Items drawn per fact type.")] = 200,
        seed: Annotated[int, typer.Option("--seed", help="Random seed: the same seed gives the same sample.")] = 1,
        out: Annotated[Path, typer.Option(
            "-o", "--out", help="Folder for review.csv, review.jsonl, review.html.")] = Path("review"),
        text: _TextOpt = None,
        types: Annotated[Optional[list[str]], typer.Option(
            "--type", help=f"Fact type to sample (repeatable; default all of {', '.join(FACT_TYPES)}).")] = None,
        force: Annotated[bool, typer.Option(
            "--force", help="Overwrite review files that already hold marks.")] = False,
    ) -> None:
        """Draw a seeded sample stratified by fact type (and document type, date kind, entity label) to mark."""
        from .review import write_review
        from .sample import draw

        try:
            sample = draw(output, per_type, seed, types, text)
            paths = write_review(sample, out, force=force)
        except AuditError as exc:
            _fail(exc)
        for line in sample.summary_lines():
            typer.echo(line)
        typer.echo(f"wrote {len(sample.items)} items: " + ", ".join(str(p) for p in paths))

    @app.command("score")
    def score_cmd(
        marks: Annotated[list[Path], typer.Argument(help="Marked review.csv or review.jsonl (one or more).")],
        as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
        ignore: Annotated[Optional[list[str]], typer.Option(
            "--ignore-field", help="Also report precision counting an item wrong only in this field "
                                   "(its note says `value <field>: ...`) as right; repeatable.")] = None,
    ) -> None:
        """Precision per fact type and stratum from marked review files, with Wilson 95% intervals,
        and the reasons of the wrong items counted from their notes."""
        from .score import format_precision, score_files

        try:
            result = score_files(marks, ignore or ())
        except AuditError as exc:
            _fail(exc)
        typer.echo(json.dumps(result, indent=1) if as_json else format_precision(result))

    @app.command("recall")
    def recall_cmd(
        output: Annotated[Path, typer.Argument(help=_OUTPUT_HELP)],
        text: _TextOpt = None,
        examples: Annotated[int, typer.Option(
            "-k", "--examples", min=0, help="Uncovered examples shown per pattern.")] = 5,
        seed: Annotated[int, typer.Option("--seed", help="Seed of the choice of examples.")] = 1,
        md: Annotated[Optional[Path], typer.Option(
            "-o", "--out", help="Also write the table to this Markdown file.")] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    ) -> None:
        """Count trigger occurrences that no extracted item covers, by pattern, with examples.

        Patterns: a document type word before a number or code, a number before % or hồ sơ, date shapes,
        and capitalised runs when the output has entities.
        """
        from .recall import format_markdown, recall_proxy, to_json

        try:
            counts, records = recall_proxy(output, text, examples, seed)
        except AuditError as exc:
            _fail(exc)
        table = format_markdown(counts, records, output.name)
        if md is not None:
            md.parent.mkdir(parents=True, exist_ok=True)
            md.write_text(table, encoding="utf-8")
        typer.echo(json.dumps(to_json(counts, records), ensure_ascii=False, indent=1) if as_json else table)

    return app


def register(app: typer.Typer) -> None:
    """Add the ``audit`` command group to the main CLI app."""
    app.add_typer(make_app(), name="audit")
