"""The `cchc` command: a thin layer over :mod:`cchc_extract.pipeline`."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from .models import Record
from .patterns import PatternError, load_patterns
from .pipeline import extract_text
from .reader import InputError, decode, read_text
from .writers import write

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE = 0, 1, 2

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn Vietnamese administrative-reform texts (CCHC plans, resolutions, reports, news) "
    "into checkable target records.",
)


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class KindFilter(StrEnum):
    target = "target"
    result = "result"
    all = "all"


def _say(message: str) -> None:
    print(f"cchc: {message}", file=sys.stderr)


def _records(paths: list[str], kind: KindFilter, failures: list[str]) -> Iterator[Record]:
    patterns = load_patterns()
    for name in paths:
        try:
            if name == "-":
                text = decode(sys.stdin.buffer.read(), "<stdin>")
                document = "-"
            else:
                text = read_text(Path(name))
                document = Path(name).name
        except InputError as exc:
            _say(f"error: {exc}")
            failures.append(name)
            continue
        for record in extract_text(text, document=document, patterns=patterns):
            if kind is KindFilter.all or record.kind == kind.value:
                yield record


@app.command(
    epilog="Example: cchc extract samples/ke-hoach-cchc-2024.txt -f csv -o targets.csv\n\n"
    "Exit codes: 0 all inputs read; 1 some input could not be read (the others are still written); "
    "2 usage error."
)
def extract(
    paths: Annotated[
        list[str], typer.Argument(help="Text files to read; '-' reads standard input.", show_default=False)
    ],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.json,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of standard output.", dir_okay=False)
    ] = None,
    kind: Annotated[KindFilter, typer.Option("--kind", help="Which records to keep.")] = KindFilter.all,
) -> None:
    """Extract target and result records from documents."""
    try:
        load_patterns()
    except PatternError as exc:
        _say(f"error: bad pattern file: {exc}")
        raise typer.Exit(EXIT_USAGE) from exc
    failures: list[str] = []
    records = _records(paths, kind, failures)
    if output is None:
        write(records, sys.stdout, fmt.value)
        sys.stdout.flush()
    else:
        _write_atomically(output, records, fmt.value)
    if failures:
        _say(f"{len(failures)} of {len(paths)} input(s) could not be read")
        raise typer.Exit(EXIT_INPUT_FAILED)


def _write_atomically(output: Path, records: Iterator[Record], fmt: str) -> None:
    """Write to a temporary file beside ``output`` and rename it at the end."""
    folder = output.resolve().parent
    if not folder.is_dir():
        _say(f"error: {output}: folder {folder} does not exist")
        raise typer.Exit(EXIT_USAGE)
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            write(records, fh, fmt)
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@app.command()
def schema() -> None:
    """Print the JSON Schema of a record."""
    print(json.dumps(Record.model_json_schema(), ensure_ascii=False, indent=2))


def main() -> None:
    app()
