"""How the commands speak: one line per message on standard error, the progress bar, exit codes.

Records go to standard output and nothing else does, so a pipe or a redirected file gets
exactly the records, whether or not a progress bar is drawn on the terminal.
"""

from __future__ import annotations

import os
import sys
from contextlib import nullcontext
from typing import Any

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

_live: list[Any] = []  # the progress display while it is on screen


def say(message: str) -> None:
    """One line on standard error; above the progress bar while it is shown, so neither garbles the other."""
    if _live:
        _live[0].console.print(f"cchc: {message}", markup=False, highlight=False, soft_wrap=True)
    else:
        print(f"cchc: {message}", file=sys.stderr, flush=True)


def progress(enabled: bool) -> Any:
    """A progress bar on standard error (a no-op context when ``enabled`` is false)."""
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


def showing(bar: Any) -> None:
    """Route messages above ``bar`` from now on (None: straight to standard error again)."""
    _live[:] = [bar] if bar is not None else []


def quiet_stdout() -> None:
    """Point standard output at /dev/null so Python's exit flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
