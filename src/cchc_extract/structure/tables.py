"""Find tables in a document and rebuild their rows and columns.

Tables reach the extractor in three shapes, and each gives the same :class:`Table`:

- a text crawl's flattening: one cell per line, a line holding only `|` after each
  cell, so that two `|` lines in a row close one table row and open the next (an
  empty cell also gives two `|` lines: rows are told apart by the table's width,
  found from the regular part of the table, its body);
- Markdown pipe tables: `| a | b |` lines, an optional `|---|---|` line closing the header;
- rows written on one line with ` | ` between cells (the .docx and .html readers, PDF text).

A table keeps every cell's offsets in the normalized text (so records point at the
file), its header rows composed into one header per column (a two-level header
`Năm 2025` over `Kế hoạch | Ước thực hiện` gives `Năm 2025 Kế hoạch`: :mod:`.headers`), and its title
(the lines just above it). Reading what the cells mean is :mod:`.cells`'s job.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Protocol

import regex

from .headers import compose

_PIPE_LINE = regex.compile(r"^[ \t]*\|[ \t]*$")
_MD_SEPARATOR = regex.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_EMPHASIS = regex.compile(r"[*_]{1,3}")
_SPACES = regex.compile(r"\s+")
_NUMBERING = regex.compile(r"^(?:[A-Z]|\d{1,2}|\d{1,2}\s*=\s*[\d\s/*+x-]+)$")
_TITLE_LINES = 6  # lines above a table read as its title
_TITLE_CHARS = 400
_PROSE_LINE = 60
_MAX_WIDTH = 30
_CELL_LINES = 12  # a cell of a flattened table is a few lines; a longer run between `|` lines is body text
_CELL_CHARS = 1200


@dataclass(frozen=True)
class Cell:
    start: int  # the cell's content (emphasis marks and spaces trimmed) in the normalized text
    end: int
    text: str  # one line, emphasis marks dropped

    @property
    def empty(self) -> bool:
        return not self.text


@dataclass
class Table:
    start: int
    end: int
    shape: str  # `flattened`, `markdown` or `rows`
    header: list[list[Cell]]  # header rows as written (a row may be shorter than the table)
    body: list[list[Cell]]  # body rows, each `width` cells
    width: int
    columns: list[str] = field(default_factory=list)  # one composed header per column
    title: str = ""
    prelude: str = ""  # text the crawl put between `|` lines above the header (an annex's title)
    rules: list[str] = field(default_factory=list)  # the rules that composed its header (see _compose)


class TableWords(Protocol):
    """What the rules say of a table's own words (``tables.toml``, read by :mod:`.cells`)."""

    def single(self, header: str) -> str | None:
        """The rule by which a header cell names one column and never a group of sub-columns (`Ghi chú`)."""

    def annex(self, line: str) -> str | None:
        """The rule by which a line opens an annex's title (`PHỤ LỤC II`): a new table begins after it."""


def _cell(text: str, start: int, end: int) -> Cell:
    """The cell whose raw text is ``text[start:end]``, trimmed of spaces and emphasis marks."""
    while start < end and (text[start].isspace() or text[start] in "*_"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "*_"):
        end -= 1
    words = _SPACES.sub(" ", _EMPHASIS.sub(" ", text[start:end])).strip()
    return Cell(start, end, words)


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def find_tables(text: str, words: TableWords | None = None) -> list[Table]:
    """Every table of the normalized ``text``, in order (``words``: see :func:`_compose` and :func:`_flattened`)."""
    lines = _lines(text)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        found = _flattened(text, lines, i, words) or _row_lines(text, lines, i, words)
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
    return str(_SPACES.sub(" ", _EMPHASIS.sub(" ", words))).strip()[-_TITLE_CHARS:]


def _flattened(
    text: str, lines: list[tuple[int, int]], i: int, words: TableWords | None = None
) -> tuple[Table | None, int] | None:
    """A crawl's one-cell-per-line table starting at line ``i`` (a line holding only `|`); it ends before
    a cell too long to be one, or one that opens an annex's title (the crawl runs annexes' tables together)."""
    a, b = lines[i]
    if not _PIPE_LINE.match(text[a:b]):
        return None
    pipes = [i]
    j = i + 1
    while j < len(lines):
        a, b = lines[j]
        if not text[a:b].strip():
            break
        if _PIPE_LINE.match(text[a:b]):
            pipes.append(j)
        j += 1
    annex: str | None = None
    for k, (p, q) in enumerate(zip(pipes, pipes[1:], strict=False)):
        if q - p - 1 > _CELL_LINES or lines[q][0] - lines[p][1] > _CELL_CHARS:
            pipes = pipes[: k + 1]  # text too long for a cell: the table ends at the `|` before it
            break
        annex = words.annex(text[lines[p + 1][0] : lines[p + 1][1]]) if words and q > p + 1 and k else None
        if annex:
            pipes = pipes[: k + 1]  # the next table's title: this one ends at the `|` before it
            break
    last = pipes[-1]
    if len(pipes) < 4:
        return None, last + 1
    segments = []
    for p, q in zip(pipes, pipes[1:], strict=False):
        segments.append(_cell(text, lines[p][1] + 1, lines[q][0] - 1 if q > p + 1 else lines[q][0]))
    table = _from_segments(segments, lines[i][0], lines[last][1], words)
    if table is not None and annex:
        table.rules.append(annex)
    return table, last + 1


def _from_segments(segments: list[Cell], start: int, end: int, words: TableWords | None = None) -> Table | None:
    """Rows from the cells between `|` lines: a row of ``width`` cells, then an empty gap, from the end back."""
    total = len(segments)
    best: tuple[int, int, int] | None = None  # (rows, width, cut): `cut` cells of a last row cut short
    coverage: dict[int, tuple[int, int]] = {}
    for width in range(2, min(_MAX_WIDTH, total) + 1):
        for cut in range(0, width):  # an excerpt may stop inside its last row
            end = total - cut
            if cut and not segments[end - 1].empty:
                continue
            if cut:
                end -= 1  # the gap before the cut row
            count, at = 1, end - width - 1
            while at >= 0 and segments[at].empty:
                count += 1
                at -= width + 1
            if at < -1 or (at >= 0 and count > 1):
                count -= 1  # the top row counted has no gap above it: it is not one of these rows
            if count * width > coverage.get(width, (0, 0))[0]:
                coverage[width] = (count * width, cut)
    if not coverage:
        return None
    most = max(c for c, _ in coverage.values())
    widest = max(coverage, key=lambda w: coverage[w][0])
    for width in sorted(coverage):
        covered, cut = coverage[width]
        # rows whose last cell is empty repeat with a longer period too (a cell and the gap both empty, twice
        # per row of the longer width): a width whose rows tile the best one's explains it as well
        tiles = (widest + 1) % (width + 1) == 0 and covered >= 0.5 * most
        if (covered >= 0.8 * most or tiles) and covered // width >= 2:
            best = (covered // width, width, cut)
            break
    if best is None:
        return None
    rows_n, width, cut = best
    body_start = max(0, total - cut - (1 if cut else 0) - rows_n * (width + 1) + 1)
    for k in range(body_start, min(total, body_start + 4 * (width + 1)), width + 1):
        if k > body_start and _numbering(segments[k : k + width]):
            body_start = k  # rows above a column-numbering row are header rows, however they fell
            break
    above = body_start - 1 if body_start and segments[body_start - 1].empty else body_start
    rows = _rows_above(segments[:above], width)  # the rows above the regular part
    i = body_start
    while i < total:  # full rows of `width` cells, or a merged row of fewer cells closed by a gap
        if i + width >= total or segments[i + width].empty:
            rows.append(segments[i : i + width])
            i += width + 1
            continue
        gap = next((j for j in range(i + 1, min(i + width, total)) if segments[j].empty), None)
        if gap is None or any(c.empty for c in segments[i:gap]):
            rows.append(segments[i : i + width])
            i += width + 1
            continue
        rows.append(segments[i:gap])
        i = gap + 1
    return _finish(Table(start, end, "flattened", [], rows, width), words=words)


def _rows_above(cells: list[Cell], width: int) -> list[list[Cell]]:
    """The rows above a table's regular part, read from its end up: full rows of ``width`` cells (a group
    row between them shifts the rows above it out of the regular part's step), else the cells back to the
    gap before them (a group row, a header row)."""
    rows: list[list[Cell]] = []
    end = len(cells)
    while end > 0:
        start = end - width
        if start >= 0 and (start == 0 or cells[start - 1].empty) and not cells[start].empty:
            rows.append(cells[start:end])
            end = start - 1
            continue
        gap = end - 1
        while gap >= 0 and not cells[gap].empty:
            gap -= 1
        if gap + 1 < end:
            rows.append(cells[gap + 1 : end])
        end = gap
    rows.reverse()
    return rows


def _split_row(text: str, a: int, b: int, outer: bool | None = None) -> list[Cell] | None:
    """The cells of one `a | b | c` line, or of one `| a | b |` line when ``outer`` (a Markdown
    table: the first and last `|` close the row); None if it is no table row."""
    line = text[a:b]
    if line.count("|") < 1 or _PIPE_LINE.match(line):
        return None
    stripped = line.strip()
    if outer is None:
        outer = stripped.startswith("|") and stripped.endswith("|")
    bars = [a + m.start() for m in regex.finditer(r"\|", line)]
    bounds = [a - 1, *bars, b]
    cells = [_cell(text, x + 1, y) for x, y in zip(bounds, bounds[1:], strict=False)]
    if outer:
        if not (stripped.startswith("|") and stripped.endswith("|")) or len(cells) < 3:
            return None
        cells = cells[1:-1]
    return cells if len(cells) >= 2 else None


def _row_lines(
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
    if len(rows) < 2:
        return None, j
    width = max(len(r) for r in rows)
    table = Table(lines[i][0], lines[j - 1][1], "markdown" if markdown else "rows", [], rows, width)
    return _finish(table, separator_at, words), j


def _numbering(row: list[Cell]) -> bool:
    """A row that numbers the columns (`A | B | 1 | 2 | 3 | 4=3/2`)."""
    filled = [c.text for c in row if not c.empty]
    return len(filled) >= 3 and all(_NUMBERING.match(t) for t in filled) and len(filled) >= 0.6 * len(row)


def _number_like(cell: Cell) -> bool:
    return bool(cell.text) and bool(regex.fullmatch(r"[\d\s.,%≥≤<>=~+-]+", cell.text))


def _is_header(row: list[Cell]) -> bool:
    """A row of column names: most of its cells filled, none a number."""
    filled = [c for c in row if not c.empty]
    return len(filled) >= 2 and len(filled) >= 0.6 * len(row) and not any(_number_like(c) for c in filled)


def _names_columns(rows: list[list[Cell]], k: int, width: int) -> bool:
    """Whether row ``k`` is the top header row: a full row of names, or a shorter one over a row of sub-names
    that fill the table's width under some of its cells (`Kết quả` over `Tổng số | Đúng hạn | Trễ hạn`)."""
    row = rows[k]
    if not _is_header(row):
        return False
    if len(row) == width:
        return True
    subs = rows[k + 1] if k + 1 < len(rows) else []
    return len(row) < width < len(row) + len(subs) and _is_header(subs)


def _finish(table: Table, header_rows: int | None = None, words: TableWords | None = None) -> Table:
    """Split the rows into header and body (a Markdown separator says where); compose the columns.

    Without a separator, the header is the rows above a column-numbering row (`A | B | 1 | 2`),
    else the first full row of names and a row of sub-names under it. Rows above the header are
    text the crawl put between `|` lines (a signature block, the annex's title): they join the title.
    """
    rows = table.body
    if header_rows is not None:
        header, body, prelude = rows[:header_rows], rows[header_rows:], []
    else:
        numbered = next((k for k, r in enumerate(rows[:8]) if _numbering(r)), None)
        named = next((k for k, r in enumerate(rows[:8]) if _names_columns(rows, k, table.width)), None)
        if numbered is not None and (named is None or named < numbered):
            top = max(0, numbered - 2) if named is None else named
            header, body, prelude = rows[top:numbered], rows[numbered + 1 :], rows[:top]
        elif named is not None:
            end = named + 1
            if end < len(rows) and _is_header(rows[end]) and not _numbering(rows[end]):
                end += 1
            header, body, prelude = rows[named:end], rows[end:], rows[:named]
        else:
            header, body, prelude = [], rows, []
    table.prelude = " ".join(c.text for row in prelude for c in row if c.text)
    table.header = [r for r in header if not _numbering(r)]
    pad = [Cell(r[-1].end if r else table.start, r[-1].end if r else table.start, "") for r in body]
    table.body = [r + [p] * (table.width - len(r)) for r, p in zip(body, pad, strict=True) if not _numbering(r)]
    table.columns = compose(table.header, table.width, words, table.rules)
    return table
