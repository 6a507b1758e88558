"""The `cchc` command: a thin layer over the pipeline and the batch runner, one module per command.

``app`` holds the shared options (``--version``, ``-h``); :mod:`.extract`, :mod:`.text`
and :mod:`.schema` each add one command; :mod:`.console` is how any of them speaks to
the user, and :mod:`.choices` the values their options take.
"""

from __future__ import annotations

from . import extract, schema, text  # noqa: F401  (each registers its command on the app)
from .app import app, main

__all__ = ["app", "main"]
