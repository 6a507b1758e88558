"""Read gold and predicted records from the files people keep them in: JSON, JSON Lines, CSV, XLSX.

The fields are the output's (``../shared/gold/GUIDE.md``); a gold file adds ``ambiguous``
and ``loose``.  Files are read as a person writes them: a CSV with `,` or `;` between
cells (what ``cchc extract -f csv --excel`` writes), a decimal comma (``90,09``), a
spreadsheet's `'` before text that looked like a formula, levels as a list, as JSON or as
``province;district``, booleans as ``true``/``1``/``yes``.  A field a record leaves out (a
column the file does not have, a key an object does not have) is not scored for it; an
empty cell is null.  A value that is not one the guide allows is an :class:`EvalInputError`
naming the file, the record and the field, not a silent zero.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

from ..models import AreaId, Change, Comparator, Kind, LevelId, Record

SCORED = ("comparator", "change", "per_year", "year", "baseline_year", "area", "levels", "value_max")
STRICT = ("comparator", "change", "year", "area", "value_max")
_CHOICES: dict[str, tuple[str, ...]] = {
    "kind": get_args(Kind),
    "comparator": get_args(Comparator),
    "change": get_args(Change),
    "area": get_args(AreaId),
}
_LEVELS = get_args(LevelId)
_NULL = {"", "null", "none", "nan"}
_TRUE, _FALSE = {"true", "1", "yes", "y", "x"}, {"false", "0", "no", "n"}
_FORMULA_GUARD = re.compile(r"^'(?=[=+\-@\t\r])")  # what writers.neutralize puts before such text
_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


class EvalInputError(ValueError):
    """A gold or prediction file that cannot be read as records; the message says where and why."""


@dataclass(eq=False)
class Item:
    """One record as the scorer sees it (a gold record or a prediction)."""

    document: str  # the file name: `docs/plan.txt` and `plan.txt` are one document
    start: int
    value: float
    kind: str
    fields: dict[str, Any]  # the scored fields this record gives (SCORED), normalized
    ambiguous: bool = False
    loose: frozenset[str] = frozenset()
    indicator: str = ""
    line: int | None = None
    sentence: str | None = None
    where: str = ""  # file and record it was read from, for messages
    extra: dict[str, Any] = field(default_factory=dict)

    def agrees(self, other: Item, name: str) -> bool:
        """Whether ``other`` has this (gold) record's ``name``; a field it leaves loose or out always does."""
        if name in self.loose or name not in self.fields:
            return True
        mine, theirs = self.fields[name], other.fields.get(name)
        if name == "value_max":
            return (mine is None and theirs is None) or (
                mine is not None and theirs is not None and abs(mine - theirs) <= 0.011
            )
        return bool(mine == theirs)


def document_name(path: Any) -> str:
    text = str(path or "").replace("\\", "/").rstrip("/")
    return text.rsplit("/", 1)[-1]


def read_records(path: Path) -> list[Item]:
    """Every record of ``path`` (JSON array, JSON Lines, CSV with a header row, or an .xlsx sheet)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise EvalInputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return [to_item(row, f"{path}: {where}") for where, row in _rows(path, data)]


def from_records(records: list[Record]) -> list[Item]:
    """The scorer's view of records the extractor made in this run."""
    return [to_item(r.model_dump(mode="json"), f"{r.document}: offset {r.start}") for r in records]


def _rows(path: Path, data: bytes) -> Iterator[tuple[str, dict[str, Any]]]:
    if data.startswith(b"PK\x03\x04"):
        yield from _xlsx_rows(path, data)
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EvalInputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start}); save it as UTF-8") from None
    head = text.lstrip()
    if not head:
        return
    if head[0] == "[":
        try:
            rows = json.loads(text)
        except json.JSONDecodeError as exc:
            raise EvalInputError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
        for number, row in enumerate(rows, 1):
            yield f"record {number}", _object(path, f"record {number}", row)
    elif head[0] == "{":
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise EvalInputError(f"{path}: line {number}: not valid JSON ({exc.msg})") from None
                yield f"line {number}", _object(path, f"line {number}", row)
    else:
        yield from _csv_rows(text)


def _object(path: Path, where: str, row: Any) -> dict[str, Any]:
    if not isinstance(row, dict):
        raise EvalInputError(f"{path}: {where}: a record must be a JSON object, not {type(row).__name__}")
    return row


def _csv_rows(text: str) -> Iterator[tuple[str, dict[str, Any]]]:
    header = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=header.count)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    for row in reader:
        cells = {k.strip(): _FORMULA_GUARD.sub("", v) if isinstance(v, str) else v for k, v in row.items() if k}
        if any(v not in (None, "") for v in cells.values()):
            yield f"line {reader.line_num}", cells


def _xlsx_rows(path: Path, data: bytes) -> Iterator[tuple[str, dict[str, Any]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign zip
        raise EvalInputError(f"{path}: not a workbook cchc can read ({exc})") from None
    rows = book.worksheets[0].iter_rows(values_only=True)
    header = [str(c).strip() if c is not None else "" for c in next(rows, ())]
    for number, values in enumerate(rows, 2):
        cells = {name: value for name, value in zip(header, values, strict=False) if name}
        if any(v not in (None, "") for v in cells.values()):
            yield f"row {number}", cells


def to_item(row: dict[str, Any], where: str) -> Item:
    """Normalize one record as read; :class:`EvalInputError` when a field cannot be what the guide says."""
    reader = _Fields(row, where)
    fields: dict[str, Any] = {}
    for name in SCORED:
        if name in row:
            fields[name] = reader.get(name)
    loose = reader.names("loose")
    unknown = sorted(loose - {*SCORED, "kind"})
    if unknown:
        raise EvalInputError(f"{where}: loose names {', '.join(unknown)}, which are not scored fields")
    line = reader.number("line")
    return Item(
        document=document_name(reader.required("document")),
        start=int(reader.number("start", required=True) or 0),
        value=float(reader.number("value", required=True) or 0.0),
        kind=reader.choice("kind") or "target",
        fields=fields,
        ambiguous=reader.flag("ambiguous"),
        loose=frozenset(loose),
        indicator=str(row.get("indicator") or ""),
        line=int(line) if line is not None else None,
        sentence=str(row["sentence"]) if row.get("sentence") else None,
        where=where,
    )


class _Fields:
    """Typed reads of one row's cells, every failure naming the record and the field."""

    def __init__(self, row: dict[str, Any], where: str) -> None:
        self.row, self.where = row, where

    def fail(self, name: str, why: str) -> EvalInputError:
        return EvalInputError(f"{self.where}: {name} {why}")

    def raw(self, name: str) -> Any:
        value = self.row.get(name)
        if isinstance(value, str):
            value = value.strip()
            return None if value.lower() in _NULL else value
        return value

    def required(self, name: str) -> Any:
        value = self.raw(name)
        if value is None:
            raise self.fail(name, "is missing; every record needs document, start and value")
        return value

    def number(self, name: str, required: bool = False) -> float | None:
        value = self.required(name) if required else self.raw(name)
        if value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
            return value
        text = str(value).rstrip("%").strip()
        if not _NUMBER.match(text):
            raise self.fail(name, f"is {value!r}, not a number")
        return float(text.replace(",", "."))

    def choice(self, name: str) -> str | None:
        value = self.raw(name)
        if value is None:
            return None
        text = str(value).lower()
        if text not in _CHOICES[name]:
            raise self.fail(name, f"is {value!r}; one of {', '.join(_CHOICES[name])} or empty")
        return text

    def flag(self, name: str) -> bool:
        value = self.raw(name)
        if value is None or isinstance(value, bool):
            return bool(value)
        if isinstance(value, int | float):
            return value != 0
        text = str(value).lower()
        if text in _TRUE | _FALSE:
            return text in _TRUE
        raise self.fail(name, f"is {value!r}, not true or false")

    def names(self, name: str) -> set[str]:
        """A list cell: a JSON list, a JSON list in text, or names between `;` or `,`."""
        value = self.raw(name)
        if value is None:
            return set()
        if isinstance(value, str):
            if value.startswith("["):
                try:
                    value = json.loads(value)
                except json.JSONDecodeError:
                    raise self.fail(name, f"is {value!r}, not a list") from None
            else:
                value = re.split(r"[;,]", value)
        if not isinstance(value, list):
            raise self.fail(name, f"is {value!r}, not a list")
        return {str(v).strip().lower() for v in value if str(v).strip()}

    def get(self, name: str) -> Any:
        if name in ("comparator", "change", "area"):
            return self.choice(name)
        if name == "per_year":
            return self.flag(name)
        if name == "levels":
            levels = self.names(name)
            wrong = sorted(levels - set(_LEVELS))
            if wrong:
                raise self.fail(name, f"names {', '.join(wrong)}; levels are {', '.join(_LEVELS)}")
            return tuple(sorted(levels))
        number = self.number(name)
        if name == "value_max" or number is None:
            return number
        return int(number)  # year, baseline_year
