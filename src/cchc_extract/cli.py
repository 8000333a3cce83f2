"""Command line: ``cchc-extract extract|eval|schema``.  No logic of its own."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Structured facts from Vietnamese news on administrative reform (CCHC).")


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders (*.txt, searched recursively).")],
    output: Annotated[str, typer.Option("-o", "--output", help="JSONL output file, or - for stdout.")] = "-",
    exclude: Annotated[Optional[list[str]], typer.Option("--exclude", help="Stage to leave out (repeatable), e.g. entities.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
) -> None:
    """Extract one JSON record per article."""
    from .batch import run_batch
    from .errors import CchcError

    try:
        summary = run_batch(paths, output, exclude=exclude or (),
                            on_error=lambda f: _err(f"error: {f.reason}"))
    except CchcError as exc:
        if debug:
            raise
        _err(f"error: {exc}")
        raise typer.Exit(2)
    if not quiet:
        for line in summary.lines():
            _err(line)
    if summary.failures:
        raise typer.Exit(1)


@app.command("eval")
def evaluate_cmd(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold <doc_id>.json.")],
    pred: Annotated[Path, typer.Option("--pred", help="Predicted records (JSONL or folder).")],
    text: Annotated[Optional[Path], typer.Option("--text", help="Folder of <doc_id>.txt to check spans.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    detail: Annotated[bool, typer.Option("--detail", help="List misses and extras per article.")] = False,
) -> None:
    """Score predicted records against gold (same definitions as the reference scorer)."""
    from .evaluate import evaluate, format_report

    try:
        result, details, span_errors = evaluate(gold, pred, text)
    except (OSError, ValueError) as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        typer.echo(format_report(result, details if detail else None, span_errors))


@app.command()
def schema() -> None:
    """Print the JSON schema of an article record."""
    from .records import ArticleRecord

    typer.echo(json.dumps(ArticleRecord.model_json_schema(), ensure_ascii=False, indent=2))


def main() -> None:
    app(prog_name="cchc-extract")


if __name__ == "__main__":  # pragma: no cover
    main()
