"""cchc-extract: quantitative targets from Vietnamese administrative-reform texts."""

from .models import Record
from .pipeline import extract_file, extract_text
from .readers import InputError
from .rules import PatternError, load_patterns

__all__ = ["InputError", "PatternError", "Record", "extract_file", "extract_text", "load_patterns"]
__version__ = "0.1.0"
