"""Write records as a JSON array, JSON Lines or CSV, one record at a time.

Every writer takes an iterable, so records can be written as documents finish
and memory does not grow with the number of documents.  CSV flattens lists
(`levels`, `rules`) with `;` and writes null as an empty cell.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from .models import FIELD_ORDER, Record

FORMATS = ("json", "jsonl", "csv")


def _row(record: Record) -> dict[str, Any]:
    return record.model_dump(mode="json")


def write_json(records: Iterable[Record], out: TextIO) -> int:
    """A JSON array, one record per line inside it; valid JSON even when empty."""
    count = 0
    out.write("[")
    for record in records:
        out.write(",\n" if count else "\n")
        out.write(json.dumps(_row(record), ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def write_jsonl(records: Iterable[Record], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(_row(record), ensure_ascii=False) + "\n")
        count += 1
    return count


def csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_csv(records: Iterable[Record], out: TextIO, columns: list[str] | None = None) -> int:
    """CSV with a header row (written even when there are no records)."""
    columns = columns or FIELD_ORDER
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    count = 0
    for record in records:
        row = _row(record)
        writer.writerow([csv_cell(row.get(c)) for c in columns])
        count += 1
    return count


def write(records: Iterable[Record], out: TextIO, fmt: str) -> int:
    """Write ``records`` in format ``fmt``; return how many were written."""
    if fmt == "json":
        return write_json(records, out)
    if fmt == "jsonl":
        return write_jsonl(records, out)
    if fmt == "csv":
        return write_csv(records, out)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
