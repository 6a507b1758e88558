"""The `cchc` command: a thin layer over the pipeline and the batch runner, one module per command.

:mod:`.group` holds the command group ``app`` and its shared options (``--version``, ``-h``);
:mod:`.extract`, :mod:`.report`, :mod:`.eval`, :mod:`.text` and :mod:`.schema` each add one
command; :mod:`.runner` is the run over documents that extract, report and eval share,
:mod:`.console` is how any of them speaks to the user, and :mod:`.choices` the values their
options take.

Importing this package loads none of them: :func:`main` (the process) loads the commands,
and so does the first use of ``app`` (``from cchc_extract.cli import app``).  A command
module imports what its command runs on only when it runs, so ``cchc --help`` and one
command's run load nothing that another command needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import typer

__all__ = ["app", "main"]


def _app() -> typer.Typer:
    """The command group with every command on it (each command module adds its own)."""
    from . import eval, extract, report, schema, text  # noqa: F401
    from .group import app

    return app


def __getattr__(name: str) -> Any:
    if name == "app":
        return _app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    """The `cchc` process."""
    from ..long_lived import keep_out_of_collections, loading

    keep_out_of_collections()  # what loads now lives as long as the process
    with loading():
        _app()
    from .group import run

    run()
