"""The command group itself (``app``): its help, ``--version``, and how the process runs it."""

from __future__ import annotations

from typing import Annotated

import typer

from ..long_lived import keep_out_of_collections

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


def run() -> None:
    """Run the command line as the cchc process: what it loads is kept out of garbage collection."""
    # everything imported so far lives as long as the process; without this, the first full
    # collection walks all of it (underthesea, pydantic), a tenth of a one-document run
    keep_out_of_collections()
    app()
