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
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders (searched recursively).")],
    output: Annotated[str, typer.Option(
        "-o", "--output", help="JSONL output file (- for stdout); a folder with --format parquet/csv.")] = "-",
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1,
                                                help="Worker processes (default: the CPUs available).")] = None,
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help="jsonl, parquet or csv (one table per fact type).")] = "jsonl",
    resume: Annotated[bool, typer.Option(
        "--resume", help="Skip articles whose records are already in the output.")] = False,
    exclude: Annotated[Optional[list[str]], typer.Option("--exclude", help="Stage to leave out (repeatable), e.g. entities.")] = None,
    engine: Annotated[str, typer.Option("--engine", help="local (process pool) or dask.")] = "local",
    scheduler: Annotated[Optional[str], typer.Option("--scheduler",
                                                     help="Dask scheduler address (default: a local cluster).")] = None,
    errors: Annotated[Optional[Path], typer.Option("--errors",
                                                   help="Failures file (default: OUTPUT.errors.jsonl).")] = None,
    glob: Annotated[str, typer.Option("--glob", help="File name pattern searched in folders.")] = "*.txt",
    chunk_size: Annotated[Optional[int], typer.Option(
        "--chunk-size", min=1, help="Articles per unit of work (default 16; 64 per task on Dask).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
) -> None:
    """Extract one JSON record per article, streamed in path order.

    Failures are reported on stderr and in the errors file and the batch goes
    on; the exit status is 1 when some file failed, 2 on a usage error.
    """
    from .batch import default_jobs, run_batch
    from .errors import CchcError

    progress = not quiet and sys.stderr.isatty()
    try:
        summary = run_batch(paths, output, exclude=exclude or (), jobs=jobs or default_jobs(),
                            chunk_size=chunk_size, resume=resume, fmt=fmt, engine=engine, scheduler=scheduler,
                            errors=errors if errors is not None else True, pattern=glob, progress=progress,
                            on_error=lambda f: _err(f"error: {f.path}: {f.reason}"))
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
