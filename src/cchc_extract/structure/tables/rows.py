"""Markdown pipe rows (`| a | b |`, an optional `|---|---|` line closing the header) and rows written on one
line with ` | ` between cells (the .docx and .html readers, PDF text)."""

from __future__ import annotations

import regex

from .finish import finish_rows, is_header
from .model import PIPE_LINE, Cell, Table, TableWords, cell

_MD_SEPARATOR = regex.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_LABEL_MAX = 80  # a group label written on a line of its own between a header and its body


def _split_row(text: str, a: int, b: int, outer: bool | None = None) -> list[Cell] | None:
    """The cells of one `a | b | c` line, or of one `| a | b |` line when ``outer`` (a Markdown
    table: the first and last `|` close the row); None if it is no table row."""
    line = text[a:b]
    if line.count("|") < 1 or PIPE_LINE.match(line):
        return None
    stripped = line.strip()
    if outer is None:
        outer = stripped.startswith("|") and stripped.endswith("|")
    bars = [a + m.start() for m in regex.finditer(r"\|", line)]
    bounds = [a - 1, *bars, b]
    cells = [cell(text, x + 1, y) for x, y in zip(bounds, bounds[1:], strict=False)]
    if outer:
        if not (stripped.startswith("|") and stripped.endswith("|")) or len(cells) < 3:
            return None
        cells = cells[1:-1]
    return cells if len(cells) >= 2 else None


def _bridge(
    text: str, lines: list[tuple[int, int]], j: int, width: int, markdown: bool
) -> tuple[list[Cell], int] | None:
    """A header row's body set apart by blank lines around one short line that is no row (a group row spanning
    the table, which a crawl writes as a line of its own: `TT | Chỉ tiêu | … |`, blank, `**Đến năm 2030**`, blank,
    `1 | … |`): that line as a group row (an empty numbering cell, then the label), and the line where the body
    starts; None when the body does not go on there with a row as wide as the header."""
    label: tuple[int, int] | None = None
    while j < len(lines):
        a, b = lines[j]
        line = text[a:b].strip()
        if not line:
            j += 1
            continue
        row = _split_row(text, a, b, markdown)
        if row is not None:
            if label is None or len(row) != width:
                return None
            # an empty first cell: the label names a group, not a numbered row (the first column numbers the rows)
            return [Cell(label[0], label[0], ""), cell(text, *label)], j
        if label is not None or len(line) > _LABEL_MAX or "|" in line:
            return None
        label = (a, b)
        j += 1
    return None


def read_rows(
    text: str, lines: list[tuple[int, int]], i: int, words: TableWords | None = None
) -> tuple[Table | None, int] | None:
    """Markdown pipe rows or ` | ` rows: two or more consecutive lines of two or more cells."""
    first = _split_row(text, *lines[i])
    if first is None:
        return None
    opening = text[lines[i][0] : lines[i][1]].strip()
    markdown = opening.startswith("|") and opening.endswith("|")
    rows = [first]
    separator_at: int | None = None
    j = i + 1
    bridged = _bridge(text, lines, j, len(first), markdown) if is_header(first) else None
    if bridged is not None:  # a header row set apart from its body by a group label (`**Đến năm 2030**`)
        label, j = bridged
        rows.append(label)
    while j < len(lines):
        a, b = lines[j]
        if _MD_SEPARATOR.match(text[a:b]) and "-" in text[a:b] and "|" in text[a:b]:
            separator_at = len(rows) if separator_at is None else separator_at
            j += 1
            continue
        row = _split_row(text, a, b, markdown)
        if row is None:
            break
        rows.append(row)
        j += 1
    return finish_rows(rows, (lines[i][0], lines[j - 1][1]), "markdown" if markdown else "rows", j, separator_at, words)
