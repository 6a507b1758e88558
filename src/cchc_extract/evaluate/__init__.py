"""`cchc eval`: score records against an analyst's own list (the gold guide's format and matching).

:mod:`.records` reads gold and predicted records (JSON, JSON Lines, CSV, XLSX),
:mod:`.match` pairs them one to one, :mod:`.scores` counts, :mod:`.table` prints.
"""

from .match import Matching, match
from .records import EvalInputError, Item, from_records, read_records
from .scores import Scores, as_dict, score
from .table import format_table

__all__ = [
    "EvalInputError",
    "Item",
    "Matching",
    "Scores",
    "as_dict",
    "format_table",
    "from_records",
    "match",
    "read_records",
    "score",
]
