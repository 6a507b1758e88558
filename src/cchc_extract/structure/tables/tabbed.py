"""Rows whose cells are separated by tabs, one row per line: a table copied from a word processor or a
spreadsheet into a plain-text file (Word's `Plain Text` export writes its tables so).

The normalized text reads a tab as a space, so the reader is told where the source had tabs. A line is a row
when its tabs part two or more filled cells (a line a tab only indents is none). Every tab closes a cell, so a
row whose first cell is empty opens with a tab and two tabs in a row leave an empty cell between them: the
cells stay under their columns.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from .finish import finish_rows
from .model import Cell, Table, TableWords, cell


def _split(text: str, a: int, b: int, tabs: Sequence[int]) -> list[Cell] | None:
    """The cells of the line ``text[a:b]`` parted by its ``tabs`` (a tab opening the line closes an empty first
    cell), or None when fewer than two of them are filled."""
    inside = tabs[bisect_left(tabs, a) : bisect_left(tabs, b)]
    if not inside:
        return None
    bounds = [a - 1, *inside, b]
    cells = [cell(text, x + 1, y) for x, y in zip(bounds, bounds[1:], strict=False)]
    return cells if sum(1 for c in cells if not c.empty) >= 2 else None


def read_tabbed(
    text: str, lines: list[tuple[int, int]], i: int, tabs: Sequence[int], words: TableWords | None = None
) -> tuple[Table | None, int] | None:
    """Two or more consecutive lines of tab-parted cells, from line ``i``; None when line ``i`` is no such row."""
    if not tabs:
        return None
    first = _split(text, *lines[i], tabs)
    if first is None:
        return None
    rows = [first]
    j = i + 1
    while j < len(lines):
        row = _split(text, *lines[j], tabs)
        if row is None:
            break
        rows.append(row)
        j += 1
    return finish_rows(rows, (lines[i][0], lines[j - 1][1]), "tabbed", j, None, words)
