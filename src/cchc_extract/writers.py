"""Write records as a JSON array, JSON Lines, CSV or an Excel workbook.

Every writer takes an iterable, so records are written as documents finish
and memory does not grow with the number of documents.  CSV flattens lists
(`levels`, `rules`) with `;` and writes null as an empty cell.  For
spreadsheets, text that a spreadsheet would run as a formula (a leading `=`,
`+`, `-`, `@`, tab or carriage return: OWASP's CSV injection) is neutralized
with a leading `'` in CSV, and stored as plain text in XLSX.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from .models import FIELD_ORDER, Record

FORMATS = ("json", "jsonl", "csv", "xlsx")
_LIST_FIELDS = ("levels", "rules")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def unknown_columns(columns: list[str]) -> list[str]:
    return [c for c in columns if c not in FIELD_ORDER]


def neutralize(cell: str) -> str:
    """Make a spreadsheet read ``cell`` as text, never as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _row(record: Record) -> dict[str, Any]:
    return record.model_dump(mode="json")


# characters that readers treat as line breaks but JSON leaves unescaped
_LINE_BREAKS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _json(row: dict[str, Any]) -> str:
    """One record as one line of JSON, whatever line breaks its text holds."""
    text = json.dumps(row, ensure_ascii=False)
    for char, escaped in _LINE_BREAKS.items():
        text = text.replace(char, escaped)
    return text


def write_json(records: Iterable[Record], out: TextIO) -> int:
    """A JSON array, one record per line inside it; valid JSON even when empty."""
    count = 0
    out.write("[")
    for record in records:
        out.write(",\n" if count else "\n")
        out.write(_json(_row(record)))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def write_jsonl(records: Iterable[Record], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(_json(_row(record)) + "\n")
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


def _safe_cell(value: Any) -> str:
    """A CSV cell; numbers stay numbers, text never starts like a formula."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return csv_cell(value)
    return neutralize(csv_cell(value))


def write_csv(records: Iterable[Record], out: TextIO, columns: list[str] | None = None, excel: bool = False) -> int:
    """CSV with a header row (written even when there are no records).

    Text cells that a spreadsheet would run as a formula are always neutralized;
    ``excel`` adds a UTF-8 byte-order mark (so Excel reads Vietnamese right) and CRLF.
    """
    columns = columns or FIELD_ORDER
    writer = csv.writer(out, lineterminator="\r\n" if excel else "\n")
    if excel:
        out.write("\ufeff")
    writer.writerow(columns)
    count = 0
    for record in records:
        row = _row(record)
        writer.writerow([_safe_cell(row.get(c)) for c in columns])
        count += 1
    return count


def write_xlsx(records: Iterable[Record], path: str, columns: list[str] | None = None) -> int:
    """One sheet of records with a frozen header row; text cells are never formulas."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    columns = columns or FIELD_ORDER
    book = Workbook(write_only=True)
    sheet = book.create_sheet("records")
    sheet.freeze_panes = "A2"
    header = []
    for name in columns:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    count = 0
    for record in records:
        row = _row(record)
        cells = []
        for name in columns:
            value = row.get(name)
            if isinstance(value, list | bool) or value is None:
                value = csv_cell(value)
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # stored as text: a leading `=` stays text
            cells.append(cell)
        sheet.append(cells)
        count += 1
    book.save(path)
    return count


def read_csv(stream: TextIO) -> Iterator[Record]:
    """Records back from CSV written by :func:`write_csv` (lists split on `;`, empty optional cells null)."""
    fields = Record.model_fields
    for row in csv.DictReader(stream):
        data: dict[str, Any] = {}
        for name, cell in row.items():
            if name not in fields or cell is None:
                continue
            if cell.startswith("'") and cell[1:].startswith(_FORMULA_START):
                cell = cell[1:]
            if name in _LIST_FIELDS:
                data[name] = cell.split(";") if cell else []
            elif cell == "" and fields[name].default is None:
                data[name] = None
            elif cell in ("true", "false") and fields[name].annotation is bool:
                data[name] = cell == "true"
            else:
                data[name] = cell
        yield Record.model_validate(data)


def write(
    records: Iterable[Record], out: TextIO, fmt: str, columns: list[str] | None = None, excel: bool = False
) -> int:
    """Write ``records`` to a text stream in format ``fmt``; return how many were written."""
    if fmt == "json":
        return write_json(records, out)
    if fmt == "jsonl":
        return write_jsonl(records, out)
    if fmt == "csv":
        return write_csv(records, out, columns, excel)
    raise ValueError(f"format {fmt!r} needs a file (-o); text formats are {', '.join(FORMATS[:3])}")
