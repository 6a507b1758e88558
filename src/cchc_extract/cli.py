"""The `cchc` command: a thin layer over the pipeline and the batch runner."""

from __future__ import annotations

import gc
import json
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Generator, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from .batch import Outcome, Settings, default_jobs, run
from .formats import DEFAULT_MAX_BYTES
from .inputs import STDIN, expand
from .models import FIELD_ORDER, Record
from .patterns import PatternError, load_patterns
from .reader import InputError, decode
from .writers import unknown_columns, write, write_xlsx

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Turn Vietnamese administrative-reform texts (CCHC plans, resolutions, reports, news) "
    "into checkable target records.",
)


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    xlsx = "xlsx"


class KindFilter(StrEnum):
    target = "target"
    result = "result"
    all = "all"


# what an output file's name says about its format; json and jsonl are one family
_SUFFIX_FORMAT = {".json": Format.json, ".jsonl": Format.jsonl, ".ndjson": Format.jsonl, ".csv": Format.csv,
                  ".xlsx": Format.xlsx}
_FAMILY = {Format.json: "json", Format.jsonl: "json", Format.csv: "csv", Format.xlsx: "xlsx"}


def _choose_format(fmt: Format | None, output: Path | None) -> Format:
    """The output format: ``-f`` if given, else what the ``-o`` name says, else JSON.

    ``-f csv -o x.xlsx`` asks for two things at once: a usage error, not a guess.
    """
    named = _SUFFIX_FORMAT.get(output.suffix.lower()) if output is not None else None
    if fmt is None:
        return named or Format.json
    if named is not None and _FAMILY[named] != _FAMILY[fmt]:
        _say(f"error: -f {fmt.value} clashes with the output name {output} ({named.value}); change one of them")
        raise typer.Exit(EXIT_USAGE)
    return fmt


def _version(show: bool) -> None:
    if show:
        from importlib.metadata import version

        print(f"cchc {version('cchc-extract')}")
        raise typer.Exit()


@app.callback()
def _main(
    _: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Turn Vietnamese administrative-reform texts (CCHC plans, resolutions, reports, news) into checkable
    target records."""


class StopRun(Exception):
    """--fail-fast met a failure."""


_live: list[Any] = []  # the progress display while it is on screen


def _say(message: str) -> None:
    """One line on standard error; above the progress bar while it is shown, so neither garbles the other."""
    if _live:
        _live[0].console.print(f"cchc: {message}", markup=False, highlight=False, soft_wrap=True)
    else:
        print(f"cchc: {message}", file=sys.stderr, flush=True)


@dataclass
class Tally:
    """What the run did, for the closing summary."""

    total: int
    documents: int = 0
    failed: list[str] = field(default_factory=list)
    kinds: Counter[str] = field(default_factory=Counter)
    areas: Counter[str] = field(default_factory=Counter)

    def summary(self, skipped: int) -> str:
        records = sum(self.kinds.values())
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(self.kinds.items())) or "none"
        areas = ", ".join(f"{a} {n}" for a, n in self.areas.most_common()) or "-"
        line = f"{self.documents} of {self.total} documents read, {records} records ({kinds}); by area: {areas}"
        if self.failed:
            line += f"; {len(self.failed)} failed"
        if skipped:
            line += f"; {skipped} file(s) skipped (not .txt, .docx, .pdf or .html)"
        return line


def _progress(enabled: bool) -> Any:
    if not enabled:
        return nullcontext(None)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn("[bold]extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[records]} records"),
        TextColumn("[progress.percentage]{task.percentage:>3.0f}%"),
        TimeRemainingColumn(),
        console=Console(file=sys.stderr),
        transient=True,
        # records go to standard output untouched: rich would otherwise route print() and
        # sys.stdout through its live display, so `> out.jsonl` in a terminal stayed empty
        redirect_stdout=False,
        redirect_stderr=False,
    )


def _records(
    outcomes: Iterable[Outcome],
    kind: KindFilter,
    tally: Tally,
    errors: TextIO | None,
    fail_fast: bool,
    progress: Any,
) -> Iterator[Record]:
    task = progress.add_task("extract", total=tally.total, records=0) if progress else None
    if progress:
        _live[:] = [progress]
    for outcome in outcomes:
        if outcome.error:
            _say(f"error: {outcome.error}")
            tally.failed.append(outcome.path)
            if errors:
                errors.write(json.dumps({"path": outcome.path, "error": outcome.error}, ensure_ascii=False) + "\n")
                errors.flush()
            if fail_fast:
                raise StopRun(outcome.path)
        else:
            tally.documents += 1
        for record in outcome.records:
            if kind is KindFilter.all or record.kind == kind.value:
                tally.kinds[record.kind] += 1
                tally.areas[record.area or "none"] += 1
                yield record
        if progress:
            progress.update(task, advance=1, records=sum(tally.kinds.values()))


def _outcomes(paths: list[str], missing: list[str], jobs: int, settings: Settings) -> Generator[Outcome, None, None]:
    for name in missing:
        yield Outcome(name, [], f"{name}: no such file or folder (and no file matches it as a pattern)")
    stdin_text = None
    if STDIN in paths:
        try:
            stdin_text = decode(sys.stdin.buffer.read(), "<stdin>")
        except InputError as exc:
            yield Outcome(STDIN, [], str(exc))
            paths = [p for p in paths if p != STDIN]
    yield from run(paths, jobs, stdin_text, settings)


@app.command(
    epilog="Examples:\n\n"
    "  cchc extract samples/ke-hoach-cchc-2024.txt -f csv -o targets.csv\n\n"
    "  cchc extract docs/ --recursive -f jsonl -o out.jsonl --errors errors.jsonl\n\n"
    "  cchc extract 'plans/*.docx' -f xlsx -o targets.xlsx --columns document,value,comparator,year,area\n\n"
    "Exit codes: 0 every input read; 1 some input could not be read (the others are still written); "
    "2 usage error; 130 interrupted (no output file is left behind)."
)
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders, glob patterns ('docs/**/*.pdf'); '-' reads standard input.", show_default=False
        ),
    ],
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format.",
            show_default="from the -o name (.json, .jsonl, .csv, .xlsx), else json",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write here (a file is replaced whole, or not at all); '-' is standard output.",
            dir_okay=False,
            show_default="standard output",
        ),
    ] = None,
    kind: Annotated[KindFilter, typer.Option("--kind", help="Which records to keep.")] = KindFilter.all,
    recursive: Annotated[bool, typer.Option("--recursive", "-r", help="Read folders at every depth.")] = False,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes.", show_default="the number of cores")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    errors: Annotated[
        Path | None, typer.Option("--errors", help="Also write failures here as JSON Lines.", dir_okay=False)
    ] = None,
    fail_fast: Annotated[bool, typer.Option("--fail-fast", help="Stop at the first input that fails.")] = False,
    excel: Annotated[
        bool, typer.Option("--excel", help="CSV for spreadsheets: UTF-8 BOM, formula-like cells neutralized.")
    ] = False,
    columns: Annotated[
        str | None,
        typer.Option(
            "--columns",
            help="Comma-separated columns for csv/xlsx, in order; any of: " + ", ".join(FIELD_ORDER) + ".",
            show_default="all, what was found first",
        ),
    ] = None,
    patterns: Annotated[
        Path | None,
        typer.Option(
            "--patterns",
            help="A folder of pattern files whose rules add to or replace the built-in ones.",
            file_okay=False,
        ),
    ] = None,
    max_size: Annotated[
        float, typer.Option("--max-size", min=0.001, help="Largest document to read, in MB; larger ones are refused.")
    ] = DEFAULT_MAX_BYTES / 1e6,
) -> None:
    """Extract target and result records from documents."""
    try:
        load_patterns(extra=patterns)
    except PatternError as exc:
        _say(f"error: bad pattern file: {exc}")
        raise typer.Exit(EXIT_USAGE) from exc
    if output is not None and str(output) == "-":
        output = None
    fmt = _choose_format(fmt, output)
    picked = [c.strip() for c in columns.split(",") if c.strip()] if columns else None
    if picked and unknown_columns(picked):
        _say(f"error: unknown column(s) {', '.join(unknown_columns(picked))}; choose from {', '.join(FIELD_ORDER)}")
        raise typer.Exit(EXIT_USAGE)
    if fmt is Format.xlsx and output is None:
        _say("error: -f xlsx writes a workbook file; give it a name with -o, e.g. -o targets.xlsx")
        raise typer.Exit(EXIT_USAGE)
    inputs = expand(paths, recursive)
    tally = Tally(total=len(inputs.paths) + len(inputs.missing))
    show = not quiet and sys.stderr.isatty()
    error_file = errors.open("w", encoding="utf-8") if errors else None
    settings = Settings(patterns, int(max_size * 1e6))
    outcomes = _outcomes(inputs.paths, inputs.missing, jobs or default_jobs(), settings)
    try:
        with _progress(show) as progress:
            records = _records(outcomes, kind, tally, error_file, fail_fast, progress)
            if output is None:
                write(records, sys.stdout, fmt.value, picked, excel)
                sys.stdout.flush()
            else:
                _write_atomically(output, records, fmt.value, picked, excel)
    except StopRun as stop:
        outcomes.close()  # ends the worker processes now, not at exit
        _say(f"stopped at the first failure ({stop}) because of --fail-fast; no output file written")
        raise typer.Exit(EXIT_INPUT_FAILED) from stop
    except BrokenPipeError:
        outcomes.close()  # ends the worker processes now, not at exit
        _quiet_stdout()  # the reader went away (`| head`): stop without a traceback
        raise typer.Exit(EXIT_OK) from None
    except OSError as exc:
        outcomes.close()  # ends the worker processes now, not at exit
        if output is None:
            _quiet_stdout()
        reason = exc.strerror or str(exc)
        read = f"{tally.documents} of {tally.total} documents were read"
        if output is None:
            _say(f"error: cannot write standard output: {reason}; {read}, but the output is incomplete")
        else:
            _say(
                f"error: cannot write {output}: {reason}; {read}, but {output} was not written; "
                "free some space or write elsewhere"
            )
        raise typer.Exit(EXIT_INPUT_FAILED) from None
    except KeyboardInterrupt:
        outcomes.close()  # ends the worker processes now, not at exit
        _say(f"interrupted after {tally.documents} of {tally.total} documents; no output file written")
        if error_file:
            error_file.close()
        sys.stderr.flush()
        # the temporary output is already removed and the workers ended; exit now rather than
        # wait at interpreter exit for worker-pool threads that may never finish
        os._exit(EXIT_INTERRUPTED)
    finally:
        _live.clear()
        if error_file:
            error_file.close()
    if not quiet:
        _say(tally.summary(len(inputs.skipped)))
    if tally.failed:
        raise typer.Exit(EXIT_INPUT_FAILED)


def _quiet_stdout() -> None:
    """Point standard output at /dev/null so Python's exit flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass


def _write_atomically(
    output: Path, records: Iterator[Record], fmt: str, columns: list[str] | None, excel: bool
) -> None:
    """Write to a temporary file beside ``output`` and rename it at the end."""
    folder = output.resolve().parent
    if not folder.is_dir():
        _say(f"error: {output}: folder {folder} does not exist")
        raise typer.Exit(EXIT_USAGE)
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".part", dir=folder)
    try:
        if fmt == "xlsx":
            os.close(fd)
            write_xlsx(records, tmp, columns)
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                write(records, fh, fmt, columns, excel)
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@app.command(
    epilog="Example: cchc text plan.pdf > plan.txt; a record's line and column then point into plan.txt.\n\n"
    "Exit codes: 0 printed; 1 the file could not be read."
)
def text(
    path: Annotated[Path, typer.Argument(help="One document (text, .docx, .pdf, .html, …).", show_default=False)],
    max_size: Annotated[
        float, typer.Option("--max-size", min=0.001, help="Largest document to read, in MB.")
    ] = DEFAULT_MAX_BYTES / 1e6,
) -> None:
    """Print the text that records' start, end, line and column refer to.

    For a text file this is the decoded file; for .docx, .pdf and .html it is the text
    extracted from them, which is what a record's offsets count in.
    """
    from .formats import read_document

    try:
        document = read_document(path, int(max_size * 1e6))
    except InputError as exc:
        _say(f"error: {exc}")
        raise typer.Exit(EXIT_INPUT_FAILED) from None
    try:
        sys.stdout.buffer.write(document.text.encode("utf-8", "surrogatepass"))
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()


@app.command()
def schema() -> None:
    """Print the JSON Schema of a record."""
    print(json.dumps(Record.model_json_schema(), ensure_ascii=False, indent=2))


def main() -> None:
    # everything imported so far lives as long as the process; without this, the first full
    # collection walks all of it (underthesea, pydantic), a tenth of a one-document run
    gc.freeze()
    app()
