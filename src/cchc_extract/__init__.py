"""cchc-extract: quantitative targets from Vietnamese administrative-reform texts.

The public names are loaded on first use, so that ``import cchc_extract.cli`` (the
``cchc`` command, its ``--help``) does not pay for the pipeline and its libraries
before a command needs them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import Record
    from .pipeline import extract_file, extract_text
    from .readers import InputError
    from .rules import PatternError, load_patterns

__all__ = ["InputError", "PatternError", "Record", "extract_file", "extract_text", "load_patterns"]
__version__ = "0.1.0"

# public name -> the module that defines it
_WHERE = {
    "InputError": ".readers",
    "PatternError": ".rules",
    "Record": ".models",
    "extract_file": ".pipeline",
    "extract_text": ".pipeline",
    "load_patterns": ".rules",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:  # a submodule (`from cchc_extract import cli`) is then imported as usual
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_WHERE[name], __name__), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
