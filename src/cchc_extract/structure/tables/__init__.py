"""Find tables in a document and rebuild their rows and columns.

Tables reach the extractor in six shapes, one reader each, and each gives the same :class:`Table`
(:mod:`.model`):

- a text crawl's flattening, one cell per line between `|` lines (:mod:`.flattened`);
- Markdown pipe tables, and rows written on one line with ` | ` between cells, as the .docx and
  .html readers and PDF text give them (:mod:`.rows`);
- a page's table copied one cell per paragraph, with no `|` at all (:mod:`.paragraphs`);
- a PDF's text layer, each cell's words wrapped over lines of their own with nothing between the cells
  (:mod:`.wrapped`);
- rows whose cells are parted by tabs, as a word processor's or a spreadsheet's table pasted into plain
  text (:mod:`.tabbed`).

A table keeps every cell's offsets in the normalized text (so records point at the
file), its header rows composed into one header per column (a two-level header
`Năm 2025` over `Kế hoạch | Ước thực hiện` gives `Năm 2025 Kế hoạch`: :mod:`.finish`, :mod:`..headers`), and its
title (the lines just above it). Reading what the cells mean is :mod:`..cells`'s job.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from .flattened import read_flattened
from .model import Cell, Table, TableWords, lines_of, plain
from .paragraphs import read_paragraph_cells
from .rows import read_rows
from .tabbed import read_tabbed
from .wrapped import read_wrapped

__all__ = ["Cell", "Table", "TableWords", "find_tables"]

_TITLE_LINES = 6  # lines above a table read as its title
_TITLE_CHARS = 400
_PROSE_LINE = 60


def find_tables(text: str, words: TableWords | None = None, tabs: Sequence[int] = ()) -> list[Table]:
    """Every table of the normalized ``text``, in order (``words``: see :mod:`.finish` and :mod:`.flattened`;
    ``tabs``: where the source had tabs, which the normalized text reads as spaces)."""
    lines = lines_of(text)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        found = read_flattened(text, lines, i, words) or read_rows(text, lines, i, words)
        found = found or read_tabbed(text, lines, i, tabs, words)
        if found is None and words is not None:
            found = read_paragraph_cells(text, lines, i, words) or read_wrapped(text, lines, i, words)
        if found is None:
            i += 1
            continue
        table, i = found
        if table is not None:
            title = _title(text, lines, table.start, tables[-1].end if tables else 0)
            table.title = f"{title} {table.prelude}".strip()
            tables.append(table)
    return tables


def _title(text: str, lines: list[tuple[int, int]], start: int, floor: int) -> str:
    """The non-blank lines just above a table (its number, title and `(Kèm theo …)` line)."""
    above: list[tuple[int, int]] = []
    for a, b in reversed(lines[: bisect_left(lines, start, key=lambda line: line[1])]):  # lines ending before it
        if a < floor or len(above) == _TITLE_LINES:
            break
        if text[a:b].strip():
            above.append((a, b))
    above.reverse()
    for k in range(len(above) - 1, -1, -1):  # a long line ending a sentence is the prose above: no title
        line = text[above[k][0] : above[k][1]].strip(" *_")
        if len(line) > _PROSE_LINE and line[-1:] in ".;":
            above = above[k + 1 :]
            break
    words = " ".join(text[a:b].strip() for a, b in above)
    return plain(words)[-_TITLE_CHARS:]
