"""`cchc extract`: documents in, records out, one bad document never stopping the run.

Every check of the command line (patterns, columns, formats, destinations) happens
before the first document is read, so a usage error costs nothing and leaves nothing.
The run itself (inputs, workers, failures, progress, how it ends) is :mod:`.runner`'s.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..models import FIELD_ORDER
from ..output import open_output
from ..writers import ExcelLocale, unknown_columns, write, write_xlsx
from .choices import ExcelLocaleChoice, Format, FormatClash, choose_format
from .group import app
from .runner import PathsArgument, RunOptions, check_run, execute, finish, reads_documents, records_of, usage_error

if TYPE_CHECKING:
    from ..batch import Outcome
    from ..models import Record


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
@reads_documents()
def extract(
    paths: PathsArgument,
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
    *,
    options: RunOptions,
) -> None:
    """Extract target and result records from documents."""
    if output is not None and str(output) == "-":
        output = None
    try:
        fmt = choose_format(fmt, output)
    except FormatClash as exc:
        raise usage_error(str(exc)) from None
    picked = [c.strip() for c in columns.split(",") if c.strip()] if columns else None
    if picked and unknown_columns(picked):
        raise usage_error(
            f"unknown column(s) {', '.join(unknown_columns(picked))}; choose from {', '.join(FIELD_ORDER)}"
        )
    if fmt is Format.xlsx and output is None and sys.stdout.isatty():
        raise usage_error("-f xlsx writes a workbook, not text for a terminal; give it a file with -o targets.xlsx")
    check_run(options, output)  # a bad pattern file or destination is a usage error, found before any document

    def consume(outcomes: Iterator[Outcome]) -> None:
        _write_output(output, records_of(outcomes), fmt.value, picked, excel_locale.value if excel else None)

    finish(execute(options, consume, output))


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
