"""Write records as a JSON array, JSON Lines, CSV or an Excel workbook.

Every writer takes an iterable, so records are written as documents finish
and memory does not grow with the number of documents.  CSV flattens lists
(`levels`, `rules`) with `;` and writes null as an empty cell.  For
spreadsheets, text that a spreadsheet would run as a formula (a leading `=`,
`+`, `-`, `@`, tab or carriage return: OWASP's CSV injection) is neutralized
with a leading `'` in CSV, and stored as plain text in XLSX.

A CSV for spreadsheets follows the reader's locale, because a spreadsheet imports
numbers by it: under Vietnamese settings (decimal comma, `;` between fields) a
comma CSV with `80.5` is read as text.  A workbook opens with what an analyst
reads first (:data:`SPREADSHEET_COLUMNS`), sized, wrapped and filterable.
"""

from __future__ import annotations

import csv
import json
import math
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from pathlib import Path
from typing import IO, Any, Literal, TextIO, get_args

from pydantic_core import PydanticSerializationError

from .models import FIELD_ORDER, Record

FORMATS = ("json", "jsonl", "csv", "xlsx")
_LIST_FIELDS = ("levels", "rules")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

ExcelLocale = Literal["vi", "en"]
EXCEL_LOCALES: tuple[ExcelLocale, ...] = ("vi", "en")
# field separator and decimal mark a spreadsheet expects when it opens a CSV under that locale
_LOCALE_MARKS: dict[str, tuple[str, str]] = {"vi": (";", ","), "en": (",", ".")}

_ANALYST_FIRST = ["document", "indicator", "value", "comparator", "kind", "year", "area", "levels", "text"]
_OFFSETS = ["start", "end", "line", "column"]
# the default columns of a workbook: what was found first, where it is in the file last
SPREADSHEET_COLUMNS: list[str] = [
    *[c for c in _ANALYST_FIRST if c in FIELD_ORDER],
    *[c for c in FIELD_ORDER if c not in _ANALYST_FIRST and c not in _OFFSETS],
    *[c for c in _OFFSETS if c in FIELD_ORDER],
]


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


# the fields pydantic may write other than json.dumps does: floats (see _json_line)
_FLOAT_FIELDS = tuple(
    name for name, info in Record.model_fields.items() if float in (info.annotation, *get_args(info.annotation))
)


def _json_line(record: Record) -> str:
    """``_json(_row(record))``, byte for byte, written by pydantic's serializer (twice as fast).

    The serializer's pretty form with no indent puts a line break after each ``,`` and
    around each object and non-empty list, and nowhere else (a line break inside a string is
    written ``\\n``); without those breaks its separators are json.dumps's ``", "`` and
    ``": "``.  Its strings are escaped as json.dumps escapes them with ``ensure_ascii=False``
    and its floats are written alike, except below 1e-4 (``0.00001``, not ``1e-05``) and for
    inf and nan (``null``): a record holding such a float, or text the serializer refuses
    (a lone surrogate), is written by ``_json`` as before.
    """
    for name in _FLOAT_FIELDS:
        number = getattr(record, name)
        if number is not None and number != 0 and not 1e-4 <= abs(number) < math.inf:
            return _json(_row(record))
    try:
        data = Record.__pydantic_serializer__.to_json(record, indent=0)
    except PydanticSerializationError:
        return _json(_row(record))
    text = data.replace(b",\n", b", ").replace(b"\n", b"").decode()
    if "\x85" in text or "\u2028" in text or "\u2029" in text:  # rare: looked for before replacing
        for char, escaped in _LINE_BREAKS.items():
            text = text.replace(char, escaped)
    return text


def write_json(records: Iterable[Record], out: TextIO) -> int:
    """A JSON array, one record per line inside it; valid JSON even when empty."""
    count = 0
    out.write("[")
    for record in records:
        out.write(",\n" if count else "\n")
        out.write(_json_line(record))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def write_jsonl(records: Iterable[Record], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(_json_line(record) + "\n")
        count += 1
    return count


def write_jsonl_rows(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Records already dumped (``model_dump(mode="json")``, as a Dask bag carries them) as JSON Lines:
    the bytes :func:`write_jsonl` writes for the same records."""
    count = 0
    for row in rows:
        out.write(_json(row) + "\n")
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


def _safe_cell(value: Any, decimal: str = ".") -> str:
    """A CSV cell; numbers stay numbers (with the locale's decimal mark), text never starts like a formula."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return csv_cell(value).replace(".", decimal)
    return neutralize(csv_cell(value))


def write_csv(
    records: Iterable[Record],
    out: TextIO,
    columns: list[str] | None = None,
    excel_locale: ExcelLocale | None = None,
) -> int:
    """CSV with a header row (written even when there are no records).

    Text cells that a spreadsheet would run as a formula are always neutralized.  With
    ``excel_locale`` the file is for a spreadsheet program: a UTF-8 byte-order mark (so
    Vietnamese shows right), CRLF, and the separator and decimal mark of that locale
    (``vi``: ``;`` and ``80,5``; ``en``: ``,`` and ``80.5``).  No ``sep=`` line: LibreOffice
    shows it as a row, and Excel then ignores the byte-order mark.
    """
    columns = columns or FIELD_ORDER
    separator, decimal = _LOCALE_MARKS[excel_locale] if excel_locale else (",", ".")
    writer = csv.writer(out, delimiter=separator, lineterminator="\r\n" if excel_locale else "\n")
    if excel_locale:
        out.write("\ufeff")
    writer.writerow(columns)
    count = 0
    for record in records:
        row = _row(record)
        writer.writerow([_safe_cell(row.get(c), decimal) for c in columns])
        count += 1
    return count


# long text an analyst reads in the sheet: wrapped in a column of fixed width
_WRAPPED = {"indicator", "sentence", "section", "doc_title", "doc_issuer", "rules"}
_WIDTH_SAMPLE = 500  # records read before the columns are sized; the rest stream past
_WIDTH_MAX, _WRAPPED_WIDTH_MAX, _WIDTH_MIN = 40, 60, 6


def _xlsx_value(value: Any) -> Any:
    """Numbers stay numbers; lists, booleans and null become the text CSV shows."""
    return csv_cell(value) if isinstance(value, list | bool) or value is None else value


def _widths(columns: list[str], rows: list[dict[str, Any]]) -> list[float]:
    """Column widths in characters: the longest cell of the first rows, capped; the header keeps room
    for its filter button."""
    widths = []
    for name in columns:
        longest = max([len(name) + 2, *(len(str(_xlsx_value(row.get(name)))) for row in rows)])
        cap = _WRAPPED_WIDTH_MAX if name in _WRAPPED else _WIDTH_MAX
        widths.append(float(min(max(longest + 2, _WIDTH_MIN), cap)))
    return widths


def write_xlsx(records: Iterable[Record], out: str | Path | IO[bytes], columns: list[str] | None = None) -> int:
    """One sheet of records, written as they come, for reading in a spreadsheet program.

    A bold frozen header with an autofilter; columns sized by the first rows and capped;
    long text wrapped; text cells typed as text, so a leading ``=`` is never a formula.
    ``out`` is a path or a binary stream (a pipe or device gets the finished file copied in).
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    columns = columns or SPREADSHEET_COLUMNS
    rows = (_row(record) for record in records)
    first = list(islice(rows, _WIDTH_SAMPLE))
    book = Workbook(write_only=True)
    sheet = book.create_sheet("records")
    sheet.freeze_panes = "A2"
    for index, width in enumerate(_widths(columns, first), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    top, wrap, bold = Alignment(vertical="top"), Alignment(vertical="top", wrap_text=True), Font(bold=True)
    header = []
    for name in columns:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in chain(first, rows):
        cells = []
        for name in columns:
            value = _xlsx_value(row.get(name))
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # stored as text: a leading `=` stays text
            cell.alignment = wrap if name in _WRAPPED else top
            cells.append(cell)
        sheet.append(cells)
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
    _save(book, out)
    return count


def _save(book: Any, out: str | Path | IO[bytes]) -> None:
    """Save to a path or a seekable stream; build the file aside for a stream that cannot seek."""
    if isinstance(out, str | Path) or out.seekable():
        book.save(out)
        return
    with tempfile.TemporaryFile() as spool:
        book.save(spool)
        spool.seek(0)
        shutil.copyfileobj(spool, out)


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
    records: Iterable[Record],
    out: TextIO,
    fmt: str,
    columns: list[str] | None = None,
    excel: ExcelLocale | None = None,
) -> int:
    """Write ``records`` to a text stream in format ``fmt``; return how many were written.

    ``excel`` is the spreadsheet locale of a CSV (see :func:`write_csv`), or None for plain CSV.
    """
    if fmt == "json":
        return write_json(records, out)
    if fmt == "jsonl":
        return write_jsonl(records, out)
    if fmt == "csv":
        return write_csv(records, out, columns, excel)
    raise ValueError(f"format {fmt!r} needs a file (-o); text formats are {', '.join(FORMATS[:3])}")
