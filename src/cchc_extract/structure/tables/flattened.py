"""A text crawl's flattening: one cell per line, a line holding only `|` after each cell, so that two `|`
lines in a row close one table row and open the next (an empty cell also gives two `|` lines: rows are
told apart by the table's width, found from the regular part of the table, its body)."""

from __future__ import annotations

from .finish import finish, numbering
from .model import PIPE_LINE, Cell, Table, TableWords, cell

_MAX_WIDTH = 30
_CELL_LINES = 12  # a cell of a flattened table is a few lines; a longer run between `|` lines is body text
_CELL_CHARS = 1200


def read_flattened(
    text: str, lines: list[tuple[int, int]], i: int, words: TableWords | None = None
) -> tuple[Table | None, int] | None:
    """A crawl's one-cell-per-line table starting at line ``i`` (a line holding only `|`); it ends before
    a cell too long to be one, or one that opens an annex's title (the crawl runs annexes' tables together)."""
    a, b = lines[i]
    if not PIPE_LINE.match(text[a:b]):
        return None
    pipes = [i]
    j = i + 1
    while j < len(lines):
        a, b = lines[j]
        if not text[a:b].strip():
            break
        if PIPE_LINE.match(text[a:b]):
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
        segments.append(cell(text, lines[p][1] + 1, lines[q][0] - 1 if q > p + 1 else lines[q][0]))
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
        if k > body_start and numbering(segments[k : k + width]):
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
    return finish(Table(start, end, "flattened", [], rows, width), words=words)


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
