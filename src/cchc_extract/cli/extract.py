"""`cchc extract`: documents in, records out, one bad document never stopping the run.

Every check of the command line (patterns, columns, formats, destinations) happens
before the first document is read, so a usage error costs nothing and leaves nothing.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from collections.abc import Generator, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from ..batch import STDIN_NAME, Outcome, Settings, default_jobs, run
from ..inputs import STDIN, expand
from ..models import FIELD_ORDER, Record
from ..output import check_output, open_output
from ..patterns import PatternError, load_patterns
from ..readers import DEFAULT_MAX_BYTES, Document, InputError, read_bytes_as, read_limited
from ..writers import ExcelLocale, unknown_columns, write, write_xlsx
from .app import app
from .choices import ExcelLocaleChoice, Format, FormatClash, KindFilter, StdinFormat, choose_format
from .console import EXIT_INPUT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, progress, quiet_stdout, say, showing


class StopRun(Exception):
    """--fail-fast met a failure."""


@dataclass
class Tally:
    """What the run did, for the closing summary."""

    total: int
    documents: int = 0
    failed: list[str] = field(default_factory=list)
    warned: list[str] = field(default_factory=list)
    kinds: Counter[str] = field(default_factory=Counter)
    areas: Counter[str] = field(default_factory=Counter)

    def summary(self, skipped: int) -> str:
        records = sum(self.kinds.values())
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(self.kinds.items())) or "none"
        areas = ", ".join(f"{a} {n}" for a, n in self.areas.most_common()) or "-"
        line = f"{self.documents} of {self.total} documents read, {records} records ({kinds}); by area: {areas}"
        if self.warned:
            line += f"; {len(self.warned)} read only in part (see the warnings above)"
        if self.failed:
            line += f"; {len(self.failed)} failed"
        if skipped:
            line += f"; {skipped} file(s) skipped (not a format cchc reads)"
        return line


def _report(errors: TextIO | None, entry: dict[str, str]) -> None:
    if errors:
        errors.write(json.dumps(entry, ensure_ascii=False) + "\n")
        errors.flush()


def _records(
    outcomes: Iterable[Outcome], kind: KindFilter, tally: Tally, errors: TextIO | None, fail_fast: bool, bar: Any
) -> Iterator[Record]:
    task = bar.add_task("extract", total=tally.total, records=0) if bar else None
    showing(bar)
    for outcome in outcomes:
        if outcome.error:
            say(f"error: {outcome.error}")
            tally.failed.append(outcome.path)
            _report(errors, {"path": outcome.path, "error": outcome.error})
            if fail_fast:
                raise StopRun(outcome.path)
        else:
            tally.documents += 1
        for warning in outcome.warnings:
            say(f"warning: {outcome.path}: {warning}")
            _report(errors, {"path": outcome.path, "warning": warning})
        if outcome.warnings:
            tally.warned.append(outcome.path)
        for record in outcome.records:
            if kind is KindFilter.all or record.kind == kind.value:
                tally.kinds[record.kind] += 1
                tally.areas[record.area or "none"] += 1
                yield record
        if bar:
            bar.update(task, advance=1, records=sum(tally.kinds.values()))


def _standard_input(name: str, fmt: StdinFormat, settings: Settings) -> Document:
    """Standard input read through the size limit, as the format it says it is (or ``fmt``)."""
    data = read_limited(sys.stdin.buffer, settings.max_bytes, name)
    return read_bytes_as(data, name, None if fmt is StdinFormat.auto else fmt.value, settings.max_bytes)


def _outcomes(
    paths: list[str], missing: list[str], jobs: int, settings: Settings, stdin_name: str, stdin_format: StdinFormat
) -> Generator[Outcome, None, None]:
    for name in missing:
        yield Outcome(name, [], f"{name}: no such file or folder (and no file matches it as a pattern)")
    stdin = None
    if STDIN in paths:
        try:
            stdin = _standard_input(stdin_name, stdin_format, settings)
        except InputError as exc:
            yield Outcome(stdin_name, [], str(exc))
            paths = [p for p in paths if p != STDIN]
    yield from run(paths, jobs, stdin, settings)


def _usage_error(message: str) -> typer.Exit:
    say(f"error: {message}")
    return typer.Exit(EXIT_USAGE)


@app.command(
    epilog="Examples:\n\n"
    "  cchc extract samples/ke-hoach-cchc-2024.txt -o targets.csv\n\n"
    "  cchc extract docs/ --recursive -o out.jsonl --errors errors.jsonl\n\n"
    "  cchc extract 'plans/*.docx' -o targets.xlsx --columns document,indicator,value,comparator,year,area\n\n"
    "  curl -s https://example.gov.vn/ke-hoach.html | cchc extract - --stdin-name ke-hoach.html -f jsonl\n\n"
    "Exit codes: 0 every input read; 1 some input could not be read, or the output could not be written "
    "(the other inputs are still written); 2 usage error, found before any document is read; "
    "130 interrupted (no output file is left behind)."
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
            help="Write here: a file is replaced whole or not at all (a link: its target); a device or pipe is "
            "written straight into; '-' is standard output.",
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
        Path | None,
        typer.Option(
            "--errors",
            help="Also write failures and warnings here as JSON Lines ('-': standard output).",
            dir_okay=False,
        ),
    ] = None,
    fail_fast: Annotated[bool, typer.Option("--fail-fast", help="Stop at the first input that fails.")] = False,
    excel: Annotated[
        bool,
        typer.Option(
            "--excel", help="CSV for spreadsheets: UTF-8 BOM, CRLF, separator and decimal mark of --excel-locale."
        ),
    ] = False,
    excel_locale: Annotated[
        ExcelLocaleChoice,
        typer.Option(
            "--excel-locale",
            help="With --excel: 'vi' writes ';' between cells and a decimal comma (Excel or LibreOffice set to "
            "Vietnamese), 'en' writes ',' and a decimal point.",
        ),
    ] = ExcelLocaleChoice.vi,
    columns: Annotated[
        str | None,
        typer.Option(
            "--columns",
            help="Comma-separated columns for csv/xlsx, in order; any of: " + ", ".join(FIELD_ORDER) + ".",
            show_default="all; in xlsx what was found first",
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
        float,
        typer.Option(
            "--max-size", min=0.001, help="Largest document to read, in MB (files, devices, pipes, standard input)."
        ),
    ] = DEFAULT_MAX_BYTES / 1e6,
    stdin_format: Annotated[
        StdinFormat,
        typer.Option("--stdin-format", help="What '-' holds; auto looks at its first bytes."),
    ] = StdinFormat.auto,
    stdin_name: Annotated[
        str, typer.Option("--stdin-name", help="The document name that records of '-' carry.")
    ] = STDIN_NAME,
) -> None:
    """Extract target and result records from documents."""
    try:
        load_patterns(extra=patterns)
    except PatternError as exc:
        raise _usage_error(f"bad pattern file: {exc}") from exc
    if output is not None and str(output) == "-":
        output = None
    try:
        fmt = choose_format(fmt, output)
    except FormatClash as exc:
        raise _usage_error(str(exc)) from None
    picked = [c.strip() for c in columns.split(",") if c.strip()] if columns else None
    if picked and unknown_columns(picked):
        raise _usage_error(
            f"unknown column(s) {', '.join(unknown_columns(picked))}; choose from {', '.join(FIELD_ORDER)}"
        )
    if fmt is Format.xlsx and output is None and sys.stdout.isatty():
        raise _usage_error("-f xlsx writes a workbook, not text for a terminal; give it a file with -o targets.xlsx")
    for target in (output, errors):  # a bad destination is a usage error, found before any document is read
        problem = check_output(target)
        if problem:
            raise _usage_error(problem)
    inputs = expand(paths, recursive)
    tally = Tally(total=len(inputs.paths) + len(inputs.missing))
    error_log = ExitStack()  # the errors file is kept whatever ends the run: it says what failed
    error_file = error_log.enter_context(open_output(errors)) if errors else None
    settings = Settings(patterns, int(max_size * 1e6))
    outcomes = _outcomes(inputs.paths, inputs.missing, jobs or default_jobs(), settings, stdin_name, stdin_format)
    try:
        with progress(not quiet and sys.stderr.isatty()) as bar:
            records = _records(outcomes, kind, tally, error_file, fail_fast, bar)
            _write_output(output, records, fmt.value, picked, excel_locale.value if excel else None)
    except StopRun as stop:
        outcomes.close()  # ends the worker processes now, not at exit
        say(f"stopped at the first failure ({stop}) because of --fail-fast; no output file written")
        raise typer.Exit(EXIT_INPUT_FAILED) from stop
    except BrokenPipeError:
        outcomes.close()
        quiet_stdout()  # the reader went away (`| head`): stop without a traceback
        raise typer.Exit(EXIT_OK) from None
    except OSError as exc:
        outcomes.close()
        _cannot_write(output, exc, tally)
        raise typer.Exit(EXIT_INPUT_FAILED) from None
    except KeyboardInterrupt:
        outcomes.close()
        say(f"interrupted after {tally.documents} of {tally.total} documents; no output file written")
        _finish_errors(error_log, errors)
        sys.stderr.flush()
        # the temporary output is already removed and the workers ended; exit now rather than
        # wait at interpreter exit for worker-pool threads that may never finish
        os._exit(EXIT_INTERRUPTED)
    finally:
        showing(None)
        if not _finish_errors(error_log, errors):
            raise typer.Exit(EXIT_INPUT_FAILED)  # an errors file not written outranks the exit code
    if not quiet:
        say(tally.summary(len(inputs.skipped)))
    if tally.failed:
        raise typer.Exit(EXIT_INPUT_FAILED)


def _cannot_write(output: Path | None, exc: OSError, tally: Tally) -> None:
    reason = exc.strerror or str(exc)
    read = f"{tally.documents} of {tally.total} documents were read"
    if output is None:
        quiet_stdout()
        say(f"error: cannot write standard output: {reason}; {read}, but the output is incomplete")
    else:
        say(
            f"error: cannot write {output}: {reason}; {read}, but {output} was not written; "
            "free some space or write elsewhere"
        )


def _write_output(
    output: Path | None, records: Iterator[Record], fmt: str, columns: list[str] | None, excel: ExcelLocale | None
) -> None:
    """Write through the one output writer: a file whole or not at all, a device or pipe directly."""
    if fmt == "xlsx":
        with open_output(output, binary=True) as book:
            write_xlsx(records, book, columns)
    else:
        with open_output(output) as out:
            write(records, out, fmt, columns, excel)


def _finish_errors(error_log: ExitStack, errors: Path | None) -> bool:
    """Put the errors file in place; False (and a message) when that fails, e.g. on a full disk."""
    try:
        error_log.close()
    except OSError as exc:
        say(f"error: cannot write the errors file {errors}: {exc.strerror or exc}")
        return False
    return True
