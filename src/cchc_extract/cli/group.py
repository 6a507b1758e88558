"""The command group itself (``app``): its help, ``--version``, and how the process runs it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
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


@contextmanager
def loading() -> Iterator[None]:
    """Code and rules being loaded: what they build lives as long as the process.

    The cyclic collector pauses meanwhile (walking those objects again and again while they
    are built costs a tenth of a one-document run, and frees nothing); in the cchc process,
    which keeps its start-up objects out of collections (:func:`main`), they join them.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if _freezing:
            gc.freeze()
        if collecting:
            gc.enable()


_freezing = False  # set by main(): this process is the cchc command, which freezes what it loads


def run() -> None:
    """Run the command line as the cchc process: what it loads is kept out of garbage collection."""
    global _freezing
    # everything imported so far lives as long as the process; without this, the first full
    # collection walks all of it (underthesea, pydantic), a tenth of a one-document run
    _freezing = True
    gc.freeze()
    app()
