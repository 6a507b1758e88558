"""The `cchc` command: a thin layer over the pipeline and the batch runner, one module per command.

``app`` holds the shared options (``--version``, ``-h``); :mod:`.extract`, :mod:`.report`,
:mod:`.eval`, :mod:`.text` and :mod:`.schema` each add one command; :mod:`.runner` is the
run over documents that extract, report and eval share, :mod:`.console` is how any of them
speaks to the user, and :mod:`.choices` the values their options take.
"""

from __future__ import annotations

from . import eval as eval  # noqa: F401  (`as`: a module named like a builtin is exported only so)
from . import extract, report, schema, text  # noqa: F401  (each registers its command on the app)
from .app import app, main

__all__ = ["app", "main"]
