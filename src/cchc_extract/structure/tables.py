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
`Năm 2025` over `Kế hoạch | Ước thực hiện` gives `Năm 2025 Kế hoạch`), and its title
(the lines just above it). Reading what the cells mean is :mod:`.cells`'s job.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

import regex

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


def find_tables(text: str) -> list[Table]:
    """Every table of the normalized ``text``, in order."""
    lines = _lines(text)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        found = _flattened(text, lines, i) or _row_lines(text, lines, i)
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


def _flattened(text: str, lines: list[tuple[int, int]], i: int) -> tuple[Table | None, int] | None:
    """A crawl's one-cell-per-line table starting at line ``i`` (a line holding only `|`)."""
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
    for k, (p, q) in enumerate(zip(pipes, pipes[1:], strict=False)):
        if q - p - 1 > _CELL_LINES or lines[q][0] - lines[p][1] > _CELL_CHARS:
            pipes = pipes[: k + 1]  # text too long for a cell: the table ends at the `|` before it
            break
    last = pipes[-1]
    if len(pipes) < 4:
        return None, last + 1
    segments = []
    for p, q in zip(pipes, pipes[1:], strict=False):
        segments.append(_cell(text, lines[p][1] + 1, lines[q][0] - 1 if q > p + 1 else lines[q][0]))
    table = _from_segments(segments, lines[i][0], lines[last][1])
    return table, last + 1


def _from_segments(segments: list[Cell], start: int, end: int) -> Table | None:
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
            if at < -1:
                count -= 1
            if count * width > coverage.get(width, (0, 0))[0]:
                coverage[width] = (count * width, cut)
    if not coverage:
        return None
    most = max(c for c, _ in coverage.values())
    for width in sorted(coverage):
        covered, cut = coverage[width]
        if covered >= 0.8 * most and covered // width >= 2:
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
    rows = _split_at_gaps(segments[:above])  # irregular rows above the regular part
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
    return _finish(Table(start, end, "flattened", [], rows, width))


def _split_at_gaps(cells: list[Cell]) -> list[list[Cell]]:
    rows: list[list[Cell]] = [[]]
    for cell in cells:
        if cell.empty:
            rows.append([])
        else:
            rows[-1].append(cell)
    return [r for r in rows if r]


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


def _row_lines(text: str, lines: list[tuple[int, int]], i: int) -> tuple[Table | None, int] | None:
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
    return _finish(table, separator_at), j


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


def _finish(table: Table, header_rows: int | None = None) -> Table:
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
        named = next((k for k, r in enumerate(rows[:8]) if len(r) == table.width and _is_header(r)), None)
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
    table.columns = _compose(table.header, table.width)
    return table


def _compose(header: list[list[Cell]], width: int) -> list[str]:
    """One header text per column from one or two header rows (`Năm 2025` over `Kế hoạch`)."""
    columns: list[list[str]] = [[] for _ in range(width)]
    if not header:
        return [""] * width
    top = header[0]
    subs = header[1] if len(header) > 1 else []
    if len(top) == width:
        last = ""
        for k, cell in enumerate(top):
            last = cell.text or (last if subs and k < len(subs) and subs[k].text else "")
            columns[k].append(last)
        if len(subs) == width:
            for k, cell in enumerate(subs):
                columns[k].append(cell.text)
        elif subs:  # the sub-headers under the columns with an empty top or a repeated one
            _place_short(columns, top, subs)
    elif len(top) < width and subs:
        extra = width - len(top)
        spanning = len(subs) - extra
        span = len(subs) // spanning if spanning > 0 and len(subs) % spanning == 0 else 0
        if span < 2:
            spanning, span = 1, extra + 1
        dated = [k for k, c in enumerate(top) if regex.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", c.text)]
        chosen = set((dated or list(range(len(top) - spanning, len(top))))[:spanning])
        col, sub = 0, 0
        for k, cell in enumerate(top):
            n = span if k in chosen else 1
            for _ in range(n):
                if col >= width:
                    break
                columns[col].append(cell.text)
                if k in chosen and sub < len(subs):
                    columns[col].append(subs[sub].text)
                    sub += 1
                col += 1
    else:
        for k, cell in enumerate(top[:width]):
            columns[k].append(cell.text)
    out = []
    for parts in columns:
        kept: list[str] = []
        for p in parts:
            if p and (not kept or kept[-1] != p):
                kept.append(p)
        out.append(" ".join(kept))
    return out


def _place_short(columns: list[list[str]], top: list[Cell], subs: list[Cell]) -> None:
    """Sub-headers of a short second row go under the top cells that are empty or repeat their left neighbour."""
    slots = [k for k, c in enumerate(top) if k and (c.empty or c.text == top[k - 1].text)]
    spans = sorted({k - 1 for k in slots if k - 1 not in slots} | set(slots))
    for k, cell in zip(spans, subs, strict=False):
        columns[k].append(cell.text)
