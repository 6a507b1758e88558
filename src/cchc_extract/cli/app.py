"""The command group itself: its help, ``--version`` and the process entry point."""

from __future__ import annotations

import gc
from typing import Annotated

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Turn Vietnamese administrative-reform texts (CCHC plans, resolutions, reports, news) "
    "into checkable target records.",
)


def _version(show: bool) -> None:
    if show:
        from importlib.metadata import version

        print(f"cchc {version('cchc-extract')}")
        raise typer.Exit()


@app.callback()
def _options(
    _: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Turn Vietnamese administrative-reform texts (CCHC plans, resolutions, reports, news) into checkable
    target records."""


def main() -> None:
    # everything imported so far lives as long as the process; without this, the first full
    # collection walks all of it (underthesea, pydantic), a tenth of a one-document run
    gc.freeze()
    app()
