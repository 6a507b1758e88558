"""`cchc eval`: how well records agree with an analyst's own list, by the gold guide's rules.

The predictions are a file of records (``--pred``) or the records of documents extracted
now (``PATH...``, read as ``extract`` reads them).  The exit code says whether it ran, not
how well the records scored.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .choices import ScoreFormat
from .console import quiet_stdout, say
from .group import app
from .runner import RunOptions, Tally, check_run, execute, finish, reads_documents, usage_error

if TYPE_CHECKING:
    from ..batch import Outcome
    from ..evaluate import Item


@app.command(
    "eval",
    epilog="Examples:\n\n"
    "  cchc eval --gold coded.csv docs/ -r\n\n"
    "  cchc extract docs/ -o out.jsonl && cchc eval --gold coded.jsonl --pred out.jsonl --show-errors 20\n\n"
    "  cchc eval -g a.jsonl -g b.jsonl --pred out.json -f json | jq .strict_target.f1\n\n"
    "Matching (../shared/gold/GUIDE.md): same document (by file name), value within 0.01, start within 3 "
    "characters, one to one. Gold records marked ambiguous, and predictions matched to them, are not scored; "
    "a field named in a record's loose list, or left out of it, is never an error.\n\n"
    "Exit codes: 0 scored, whatever the scores; 1 scored, but some document could not be read; 2 usage error "
    "(a gold or prediction file that cannot be read, both or neither of --pred and PATH).",
)
@reads_documents(kind=False)  # every record is scored, whatever its kind
def evaluate(
    gold: Annotated[
        list[Path],
        typer.Option(
            "--gold",
            "-g",
            help="Gold records: JSON, JSON Lines, CSV or XLSX with the output's field names (repeat for more).",
            dir_okay=False,
            show_default=False,
        ),
    ],
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Documents to extract and score (as for extract); or give --pred.", show_default=False),
    ] = None,
    pred: Annotated[
        Path | None,
        typer.Option("--pred", "-p", help="Records already extracted: JSON, JSON Lines, CSV or XLSX.", dir_okay=False),
    ] = None,
    fmt: Annotated[ScoreFormat, typer.Option("--format", "-f", help="A table, or JSON for machines.")] = (
        ScoreFormat.table
    ),
    show_errors: Annotated[
        int,
        typer.Option(
            "--show-errors", min=0, metavar="N", help="List N disagreements: document, line, sentence, both values."
        ),
    ] = 0,
    *,
    options: RunOptions,
) -> None:
    """Score records against gold records: precision, recall and F1 by kind, strict target F1, field accuracy."""
    if (pred is None) == (not paths):
        raise usage_error("give the records to score: either --pred FILE or the documents to extract, not both")
    # the scoring modules load when a command scores, not whenever the command line is built
    from ..evaluate import EvalInputError, as_dict, format_table, read_records, score

    try:
        gold_items = [item for path in gold for item in read_records(path)]
        predicted = read_records(pred) if pred is not None else []
    except EvalInputError as exc:
        raise usage_error(str(exc)) from None
    texts: dict[str, str] = {}
    tally: Tally | None = None
    if paths:
        check_run(options)
        predicted, texts, tally = _extracted(options, {g.document for g in gold_items})
    scores = score(gold_items, predicted, texts)
    try:
        if fmt is ScoreFormat.json:
            print(json.dumps(as_dict(scores, show_errors), ensure_ascii=False))
        else:
            sys.stdout.write(format_table(scores, show_errors))
        sys.stdout.flush()
    except BrokenPipeError:
        quiet_stdout()
    if tally is not None:
        finish(tally)


def _extracted(options: RunOptions, named: set[str]) -> tuple[list[Item], dict[str, str], Tally]:
    """The records of the documents, and the text of those the gold names (to place missed records)."""
    from ..evaluate import from_records
    from ..evaluate.records import document_name

    predicted: list[Item] = []
    texts: dict[str, str] = {}

    def consume(outcomes: Iterator[Outcome]) -> None:
        for outcome in outcomes:
            predicted.extend(from_records(outcome.records))
            if outcome.document is not None and document_name(outcome.document.name) in named:
                texts[document_name(outcome.document.name)] = outcome.document.text

    tally = execute(options, consume, keep_documents=True)
    absent = sorted(named - texts.keys())
    if absent:
        say(
            f"the gold names {len(absent)} document(s) not among those read, so all their records count as missed: "
            + ", ".join(absent)
        )
    return predicted, texts, tally
