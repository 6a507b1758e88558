"""`cchc report`: one HTML file that shows each record where it stands in its document."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..output import open_output
from .group import app
from .runner import PathsArgument, RunOptions, check_run, execute, finish, reads_documents, usage_error

if TYPE_CHECKING:
    from ..batch import Outcome


@app.command(
    epilog="Examples:\n\n"
    "  cchc report samples/ke-hoach-cchc-2024.txt -o report.html\n\n"
    "  cchc report docs/ --recursive --kind target -o targets.html\n\n"
    "The report is one file with nothing to fetch: open it by double-click. Every piece of document "
    "text in it is escaped, and only its own script runs.\n\n"
    "Exit codes: 0 every input read; 1 some input could not be read (it is listed in the report), or the "
    "report could not be written; 2 usage error, found before any document is read; 130 interrupted "
    "(no report is left behind)."
)
@reads_documents()
def report(
    paths: PathsArgument,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write the report here (a file is replaced whole or not at all); '-' is standard output.",
            dir_okay=False,
            show_default="standard output, when it is not a terminal",
        ),
    ] = None,
    *,
    options: RunOptions,
) -> None:
    """Write an HTML report: each document's text with its records highlighted, a summary and a filter."""
    if output is not None and str(output) == "-":
        output = None
    if output is None and sys.stdout.isatty():
        raise usage_error("the report is an HTML file, not text for a terminal; give it a name with -o report.html")
    check_run(options, output)

    from ..report import write_report  # jinja2 and the template: only when a report is written

    def consume(outcomes: Iterator[Outcome]) -> None:
        with open_output(output) as out:
            write_report(outcomes, out)

    finish(execute(options, consume, output, keep_documents=True))
