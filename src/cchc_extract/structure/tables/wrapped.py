"""A PDF's table as its text layer gives it: each cell's words wrapped over lines of their own, with nothing
between the cells (`1` / `Tốc độ tăng trưởng GDP bình` / `quân/năm (%)` / `Phấn đấu ≥` / `10,0` / `Bộ Tài chính`).

Without the page's geometry only the order of the lines is left, so the reader keeps what that order still tells:
a header opened by `TT` on a line of its own, rows opened by their numbers in sequence (`1`, `2`, …; a group's
Roman numeral, `II`, over the rows under it), a row's label running from its number to the first line that is a
value (a bound may stand on the line before it: `Phấn đấu ≥`, `Không quá`), and that value. The lines after a
value (the other columns: agencies, notes), a page's running header and number, and a header repeated on the next
page are passed over up to the next row's number. A row is kept only when its label or the header names percent
(`(%)`, `(%/NĂM)`): other rows' numbers are counts, money or ranks, and their cells cannot be told apart.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from .finish import finish
from .model import NUMBER_HEADER, VALUE_CELL, Cell, Table, TableWords, cell

_ROMAN = regex.compile(r"^[IVX]{1,4}$")
_PERCENT = regex.compile(r"\(\s*%")
_HEADER_LINES = 14  # lines a wrapped header may take before its first row
_LABEL_LINES = 8  # lines one row's label may take
_GAP_LINES = 120  # lines passed over between rows (other columns' cells, unnumbered sub-rows, a page break)
_LINE_CHARS = 60  # a cell's line is short: a longer one is running text
_MIN_ROWS = 2


def read_wrapped(text: str, lines: list[tuple[int, int]], i: int, words: TableWords) -> tuple[Table | None, int] | None:
    """A wrapped table whose header opens at line ``i`` (`TT` alone on its line), or None."""
    a, b = lines[i]
    if not NUMBER_HEADER.match(text[a:b].strip()):
        return None
    header = _header(text, lines, i)
    if header is None:
        return None
    names, first = header
    column = " ".join(c.text for c in names[1:])
    percent_header = bool(_PERCENT.search(column))
    if not (percent_header or words.kind_column(column)):
        return None
    rows: list[list[Cell]] = []
    k, expected, gap, numbered = first, 1, 0, 0
    parent: list[Cell] | None = None  # the last numbered row, when it was kept: sub-rows after it continue it
    used: list[str] = []  # the rules that read a bound on a line of its own
    while k < len(lines) and gap <= _GAP_LINES:
        line = _line(text, lines, k)
        if line is None:
            k += 1
            continue
        if words.annex(line.text):
            break  # `Phụ lục II`: the next annex's table
        if line.text == str(expected) or (expected > 1 and line.text == "1" and _ROMAN.match(_last_group(rows))):
            row, k = _row(text, lines, k + 1, line, percent_header, words, used)
            expected = int(line.text) + 1
            gap, numbered, parent = 0, numbered + 1, row
            if row is not None:
                rows.append(row)
            continue
        if (
            _ROMAN.match(line.text)
            and (label := _line(text, lines, k + 1)) is not None
            and not label.text[:1].isdigit()
        ):
            # a group's row: its label scopes the rows under it
            rows.append([line, label, Cell(label.end, label.end, "")])
            parent = None
            k += 2
            gap = 0
            continue
        if parent is not None and words.continues(line.text):
            # a sub-row the parent's value opens (`- Công nghiệp` / `11,8`, `Trong đó: …`), in the parent's unit
            percent = percent_header or bool(_PERCENT.search(parent[1].text))
            row, k = _row(text, lines, k, Cell(line.start, line.start, ""), percent, words, used)
            gap = 0
            if row is not None:
                rows.append(row)
            continue
        k += 1
        gap += 1
    kept = [r for r in rows if not r[2].empty]
    if len(kept) < _MIN_ROWS:
        # a table of counts or money: its lines are read once, not again from each line inside it
        return (None, k) if numbered >= _MIN_ROWS else None
    while rows and rows[-1][2].empty:
        rows.pop()
    head = [names[0], names[1], _join(names[2:])]
    end = rows[-1][-1].end
    table = Table(names[0].start, end, "wrapped", [], [head, *rows], 3, rules=sorted(set(used)))
    return finish(table, 1, words), bisect_left(lines, end, key=lambda line: line[1]) + 1


def _header(text: str, lines: list[tuple[int, int]], i: int) -> tuple[list[Cell], int] | None:
    """The header's lines from `TT` to the line before the first row (`1`, or a group's `I`), and that row's line."""
    names = [cell(text, *lines[i])]
    k = i + 1
    while k < len(lines) and k - i <= _HEADER_LINES:
        line = _line(text, lines, k)
        k += 1
        if line is None:
            continue
        if line.text in ("1", "I") or VALUE_CELL.match(line.text) and not line.text.isdigit():
            break
        if len(line.text) > _LINE_CHARS or line.text.isdigit():
            return None
        names.append(line)
    else:
        return None
    return (names, k - 1) if len(names) >= 3 else None


def _row(
    text: str, lines: list[tuple[int, int]], k: int, number: Cell, percent: bool, words: TableWords, used: list[str]
) -> tuple[list[Cell] | None, int]:
    """The row whose label starts on line ``k`` under its ``number`` (empty for a sub-row): its label's lines and its
    value (with a bound on the line before it); None for a row whose label names no percent where neither the header
    nor its parent row does (``percent``), or that holds no value where its label ends."""
    label: list[Cell] = []
    while k < len(lines) and len(label) < _LABEL_LINES:
        line = _line(text, lines, k)
        if line is None:
            k += 1
            continue
        if VALUE_CELL.match(line.text) or words.bound(line.text):
            break
        if len(line.text) > _LINE_CHARS:
            return None, k
        label.append(line)
        k += 1
    if not label or k >= len(lines):
        return None, k
    start = lines[k][0]
    bound = _line(text, lines, k)
    rule = words.bound(bound.text) if bound is not None else None
    if rule:
        k += 1
        while k < len(lines) and _line(text, lines, k) is None:
            k += 1
    value = _line(text, lines, k) if k < len(lines) else None
    if value is None or not VALUE_CELL.match(value.text):
        return None, k
    names = _join(label)
    if not (percent or _PERCENT.search(names.text)):
        return None, k + 1
    used.extend([rule] if rule else [])
    return [number, names, cell(text, start, value.end)], k + 1


def _line(text: str, lines: list[tuple[int, int]], k: int) -> Cell | None:
    """Line ``k`` as a cell, or None when it is blank."""
    if k >= len(lines):
        return None
    found = cell(text, *lines[k])
    return None if found.empty else found


def _join(parts: list[Cell]) -> Cell:
    """One cell of a cell's wrapped lines."""
    return Cell(parts[0].start, parts[-1].end, " ".join(p.text for p in parts))


def _last_group(rows: list[list[Cell]]) -> str:
    """The number of the last group row read (`II`), for numbering that starts again under it."""
    return next((r[0].text for r in reversed(rows) if r[2].empty), "")
