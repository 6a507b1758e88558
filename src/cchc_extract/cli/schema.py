"""`cchc schema`: the record's JSON Schema, for tools that validate or import the output."""

from __future__ import annotations

import json

from ..models import Record
from .group import app


@app.command()
def schema() -> None:
    """Print the JSON Schema of a record."""
    print(json.dumps(Record.model_json_schema(), ensure_ascii=False, indent=2))
