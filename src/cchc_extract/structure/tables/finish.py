"""A table's header rows and its columns: which rows name the columns, and what each column is called."""

from __future__ import annotations

import regex

from ..headers import compose
from .model import Cell, Table, TableWords

_NUMBERING = regex.compile(r"^(?:[A-Z]|\d{1,2}|\d{1,2}\s*=\s*[\d\s/*+x-]+)$")


def numbering(row: list[Cell]) -> bool:
    """A row that numbers the columns (`A | B | 1 | 2 | 3 | 4=3/2`)."""
    filled = [c.text for c in row if not c.empty]
    return len(filled) >= 3 and all(_NUMBERING.match(t) for t in filled) and len(filled) >= 0.6 * len(row)


def _number_like(cell: Cell) -> bool:
    return bool(cell.text) and bool(regex.fullmatch(r"[\d\s.,%≥≤<>=~+-]+", cell.text))


def is_header(row: list[Cell]) -> bool:
    """A row of column names: most of its cells filled, none a number."""
    filled = [c for c in row if not c.empty]
    return len(filled) >= 2 and len(filled) >= 0.6 * len(row) and not any(_number_like(c) for c in filled)


def _names_columns(rows: list[list[Cell]], k: int, width: int) -> bool:
    """Whether row ``k`` is the top header row: a full row of names, or a shorter one over a row of sub-names
    that fill the table's width under some of its cells (`Kết quả` over `Tổng số | Đúng hạn | Trễ hạn`)."""
    row = rows[k]
    if not is_header(row):
        return False
    if len(row) == width:
        return True
    subs = rows[k + 1] if k + 1 < len(rows) else []
    return len(row) < width < len(row) + len(subs) and is_header(subs)


def finish(table: Table, header_rows: int | None = None, words: TableWords | None = None) -> Table:
    """Split the rows into header and body (a Markdown separator says where); compose the columns.

    Without a separator, the header is the rows above a column-numbering row (`A | B | 1 | 2`),
    else the first full row of names and a row of sub-names under it. Rows above the header are
    text the crawl put between `|` lines (a signature block, the annex's title): they join the title.
    """
    rows = table.body
    if header_rows is not None:
        header, body, prelude = rows[:header_rows], rows[header_rows:], []
    else:
        numbered = next((k for k, r in enumerate(rows[:8]) if numbering(r)), None)
        named = next((k for k, r in enumerate(rows[:8]) if _names_columns(rows, k, table.width)), None)
        if numbered is not None and (named is None or named < numbered):
            top = max(0, numbered - 2) if named is None else named
            header, body, prelude = rows[top:numbered], rows[numbered + 1 :], rows[:top]
        elif named is not None:
            end = named + 1
            if end < len(rows) and is_header(rows[end]) and not numbering(rows[end]):
                end += 1
            header, body, prelude = rows[named:end], rows[end:], rows[:named]
        else:
            header, body, prelude = [], rows, []
    table.prelude = " ".join(c.text for row in prelude for c in row if c.text)
    table.header = [r for r in header if not numbering(r)]
    pad = [Cell(r[-1].end if r else table.start, r[-1].end if r else table.start, "") for r in body]
    table.body = [r + [p] * (table.width - len(r)) for r, p in zip(body, pad, strict=True) if not numbering(r)]
    table.columns = compose(table.header, table.width, words, table.rules)
    return table


def finish_rows(
    rows: list[list[Cell]],
    span: tuple[int, int],
    shape: str,
    after: int,
    header_rows: int | None,
    words: TableWords | None,
) -> tuple[Table | None, int]:
    """Rows read from consecutive lines as a table of ``shape`` spanning ``span``, finished (:func:`finish`), and the
    line ``after`` them; one row is no table (None)."""
    if len(rows) < 2:
        return None, after
    return finish(Table(span[0], span[1], shape, [], rows, max(len(r) for r in rows)), header_rows, words), after
