"""`cchc text`: the text a record's offsets count in, so a record of a .pdf or .docx can be checked."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..readers import DEFAULT_MAX_BYTES, InputError, read_document
from .console import EXIT_INPUT_FAILED, quiet_stdout, say
from .group import app


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
    try:
        document = read_document(path, int(max_size * 1e6))
    except InputError as exc:
        say(f"error: {exc}")
        raise typer.Exit(EXIT_INPUT_FAILED) from None
    try:
        sys.stdout.buffer.write(document.text.encode("utf-8", "surrogatepass"))
        sys.stdout.flush()
    except BrokenPipeError:
        quiet_stdout()
