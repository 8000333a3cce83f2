"""Command line: ``cchc-extract extract|eval|schema``.  No extraction logic of its own.

Exit statuses (``extract``): 0 every article was written; 1 some articles
failed (each reported, the others written); 2 a usage error, nothing done
(a bad option, a missing input, an output that cannot be written);
3 writing the output failed part-way (disk full, an I/O error); 130 interrupted;
143 terminated (SIGTERM).
"""

from __future__ import annotations

import enum
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import audit
from .explain import register as register_explain

from ._version import __version__
from .batch import ENGINES, FORMATS
from .pipeline import DEFAULT_STAGES, check_exclude

EXIT_CODES = """Exit status: 0 all articles written; 1 some articles failed (each reported on stderr and in
the errors file, the others written); 2 usage error, nothing done; 3 writing the output failed part-way;
130 interrupted (Ctrl-C); 143 terminated (SIGTERM)."""
#: The exit status after SIGTERM (128 + its number), as the batch raises it.
TERMINATED = 143

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Structured facts from Vietnamese news on administrative reform (CCHC).")


#: The choices of ``--format`` and ``--engine``, shown in ``--help``, from the batch runner's lists.
OutputFormat = enum.Enum("OutputFormat", {name: name for name in FORMATS}, type=str)
Engine = enum.Enum("Engine", {name: name for name in ENGINES}, type=str)


#: ``click.ClickException`` of the click typer runs on (typer 0.2x vendors its own copy).
_ClickException = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")


def one_line(text: str) -> str:
    """``text`` with line breaks and other control or unpaired characters
    escaped, so that a file name holding a newline cannot forge a second
    ``error:`` line on stderr.

    >>> one_line("a\\nerror: b.txt\\udce9")
    'a\\\\nerror: b.txt\\\\udce9'
    """
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"cchc-extract {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Structured facts from Vietnamese news on administrative reform (CCHC)."""


class _Formatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname.lower()}: {record.getMessage()}" + (
            "\n" + self.formatException(record.exc_info) if record.exc_info and record.levelno <= logging.DEBUG
            else "")


def setup_logging(verbose: int = 0, quiet: bool = False) -> Callable[[], None]:
    """Send the ``cchc_extract`` logger to stderr at a standard level:
    ``WARNING`` by default, ``INFO`` with ``-v``, ``DEBUG`` with ``-vv``,
    ``ERROR`` with ``-q``.  Returns a function that puts the logger back as
    it was (the CLI may run inside a longer Python process).

    >>> import logging
    >>> restore = setup_logging(1)
    >>> logging.getLogger("cchc_extract").level == logging.INFO
    True
    >>> restore()
    """
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO)[verbose] if verbose < 2 else logging.DEBUG
    logger = logging.getLogger("cchc_extract")
    saved = (logger.level, logger.propagate)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Formatter())
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False  # printed once here, not again by a root handler

    def restore() -> None:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]

    return restore


def check_inputs(paths: list[Path]) -> None:
    """Every input named on the command line exists (else a usage error)."""
    from .errors import UsageError

    if not paths:
        raise UsageError("no input: give article files or folders")
    for p in paths:
        if not os.path.lexists(p):
            raise UsageError(f"{one_line(str(p))}: does not exist (no such file or folder)")
        if not os.path.exists(p):
            raise UsageError(f"{one_line(str(p))}: is a link to nothing (its target does not exist)")


def _nearest_existing(p: Path) -> Path:
    p = Path(os.path.abspath(p))
    while not os.path.lexists(p) and p != p.parent:
        p = p.parent
    return p


def _probe_folder(folder: Path, what: str) -> None:
    """A file can be created in ``folder`` (or, when it does not exist yet, in
    the nearest folder above it, where it will be made): tried, not guessed
    from permission bits, which root and read-only or virtual file systems
    (``/proc``) do not honour."""
    from .errors import UsageError

    base = _nearest_existing(folder)
    if not base.is_dir():
        raise UsageError(f"{what}: {base} is not a folder")
    try:
        with tempfile.TemporaryFile(dir=base, prefix=".cchc-probe-"):
            pass
    except OSError as exc:
        raise UsageError(f"{what}: cannot write in {base}: {exc.strerror or exc}") from None


def check_output(output: str, fmt: str, errors: Optional[Path] = None) -> None:
    """The output can be written, checked before any article is read: a
    usage error (exit 2) names what is wrong, instead of a traceback after
    the batch started."""
    from .errors import UsageError

    if not output.strip():
        raise UsageError("-o: the output name is empty; give a file name (or - for standard output)")
    if output != "-":
        p = Path(output)
        if fmt == "jsonl":
            if p.is_dir():
                raise UsageError(f"-o {output}: is a folder; JSONL output is a file "
                                 "(a folder is for --format parquet or csv)")
            if p.exists():
                try:
                    os.close(os.open(p, os.O_WRONLY | os.O_APPEND))  # opens, changes nothing
                except OSError as exc:
                    raise UsageError(f"-o {output}: cannot be written: {exc.strerror or exc}") from None
            else:
                _probe_folder(p.parent, f"-o {output}")
        else:
            if p.exists() and not p.is_dir():
                raise UsageError(f"-o {output}: is a file; --format {fmt} writes a folder of tables "
                                 "(give a new or existing folder)")
            _probe_folder(p, f"-o {output}")
    if errors is not None:
        if not str(errors).strip():
            raise UsageError("--errors: the file name is empty")
        if errors.is_dir():
            raise UsageError(f"--errors {errors}: is a folder; give a file name")
        _probe_folder(errors.parent, f"--errors {errors}")


@app.command(epilog=EXIT_CODES)
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders (searched recursively).")],
    output: Annotated[str, typer.Option(
        "-o", "--output", help="JSONL output file (- for stdout); a folder with --format parquet/csv.")] = "-",
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1,
                                                help="Worker processes (default: the CPUs available).")] = None,
    fmt: Annotated[OutputFormat, typer.Option(  # type: ignore[valid-type]
        "--format", "-f", help="jsonl, or parquet/csv: one table per fact type.")] = OutputFormat.jsonl,
    resume: Annotated[bool, typer.Option(
        "--resume", help="Skip articles whose records are already in the output.")] = False,
    exclude: Annotated[Optional[list[str]], typer.Option(
        # The names are listed in --help; another name is the library's ConfigError
        # (exit 2, a traceback with --debug), checked before anything is read.
        "--exclude", metavar="[" + "|".join(DEFAULT_STAGES) + "]",
        help="Stage to leave out (repeatable), e.g. entities.")] = None,
    meta: Annotated[Optional[Path], typer.Option(
        "--meta", help="CSV of metadata from outside the texts: a doc_id or path column and any of published, "
                       "outlet, url, title, authors (fills what the text does not print).")] = None,
    engine: Annotated[Engine, typer.Option(  # type: ignore[valid-type]
        "--engine", help="local (process pool) or dask.")] = Engine.local,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler",
                                                     help="Dask scheduler address (default: a local cluster).")] = None,
    connect_timeout: Annotated[float, typer.Option(
        "--connect-timeout", min=0.1, help="Seconds to reach the Dask scheduler before giving up (exit 2).")] = 10.0,
    errors: Annotated[Optional[Path], typer.Option("--errors",
                                                   help="Failures file (default: OUTPUT.errors.jsonl).")] = None,
    glob: Annotated[str, typer.Option("--glob", help="File name pattern searched in folders.")] = "*.txt",
    chunk_size: Annotated[Optional[int], typer.Option(
        "--chunk-size", min=1, help="Articles per unit of work (default 16; 64 per task on Dask).")] = None,
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True,
                                         help="More messages: -v info, -vv debug (logger cchc_extract).")] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q",
                                        help="No progress bar, no summary, no warnings: errors only.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks (and debug messages).")] = False,
) -> None:
    """Extract one JSON record per article, streamed in path order.

    Failures are reported on stderr and in the errors file and the batch goes on.
    """
    restore_logging = setup_logging(2 if debug else verbose, quiet and not debug)
    try:
        _extract(paths, output, jobs, fmt, resume, exclude, meta, engine, scheduler, errors, glob, chunk_size,
                 quiet, debug, connect_timeout)
    finally:
        restore_logging()


def _extract(paths, output, jobs, fmt, resume, exclude, meta, engine, scheduler, errors, glob, chunk_size,
             quiet, debug, connect_timeout=10.0) -> None:
    from .batch import default_jobs, run_batch
    from .errors import CchcError, ConfigError, OutputError

    log = logging.getLogger("cchc_extract")
    log.debug("cchc-extract %s, Python %s", __version__, sys.version.split()[0])
    fmt_name = fmt.value
    stages = list(exclude or ())
    progress = not quiet and sys.stderr.isatty()
    try:
        check_exclude(stages)  # before the inputs and output are looked at
        check_inputs(paths)
        check_output(output, fmt_name, errors)
        table = None
        if meta is not None:
            from .metafile import read_meta_csv

            table = read_meta_csv(meta)
            log.info("metadata for %d articles from %s", len(table), meta)
        log.info("extracting %s to %s (%s, engine %s, %s job(s), stages without %s)",
                 " ".join(map(str, paths)), output, fmt_name, engine.value, jobs or default_jobs(),
                 ", ".join(stages) or "none")
        summary = run_batch(paths, output, exclude=stages, jobs=jobs or default_jobs(),
                            chunk_size=chunk_size, resume=resume, fmt=fmt_name, engine=engine.value,
                            scheduler=scheduler, errors=errors if errors is not None else True, pattern=glob,
                            progress=progress, on_error=lambda f: _err(f"error: {one_line(f.path)}: {one_line(f.reason)}"),
                            meta=table, connect_timeout=connect_timeout)
    except OutputError as exc:
        if debug:
            raise
        _err(f"error: {one_line(str(exc))}")
        raise typer.Exit(3)
    except CchcError as exc:
        if debug:
            raise
        _err(f"error: {one_line(str(exc))}")
        raise typer.Exit(2)
    except KeyboardInterrupt:
        if debug:
            raise
        _err("interrupted: the records written so far are whole lines; --resume goes on from there")
        raise typer.Exit(130)
    except SystemExit as exc:  # SIGTERM, as the batch turns it (128 + 15): said like Ctrl-C
        if exc.code == TERMINATED and not debug:
            _err("terminated (SIGTERM): the records written so far are whole lines; --resume goes on from there")
        raise
    except OSError as exc:  # writing failed in a way the batch did not name
        if debug:
            raise
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        _err(one_line(f"error: writing the output failed: {where}{exc.strerror or exc}"))
        raise typer.Exit(3)
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
    """Print the JSON schema of an article record (every field described)."""
    from .records import ArticleRecord

    typer.echo(json.dumps(ArticleRecord.model_json_schema(), ensure_ascii=False, indent=2))


audit.register(app)  # cchc-extract audit sample|score|recall
register_explain(app)  # cchc-extract explain FILE|TEXT [--near]


def main() -> None:
    """The ``cchc-extract`` command.  A usage error found by the option parser
    (an unknown option, a bad value) is one ``error:`` line and exit status 2,
    like the usage errors the command finds itself."""
    try:
        code = app(prog_name="cchc-extract", standalone_mode=False)
    except _ClickException as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":  # no arguments: the help, as a usage error
            exc.show()
        else:
            ctx = getattr(exc, "ctx", None)
            hint = f" (see {ctx.command_path} --help)" if ctx is not None else ""
            _err(f"error: {one_line(exc.format_message())}{hint}")
        code = exc.exit_code
    except typer.Abort:
        code = 130
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":  # pragma: no cover
    main()
