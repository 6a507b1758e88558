"""A page's table copied one cell per paragraph, with no `|` at all: a run of short header paragraphs that
name a plan or results column (`Mục tiêu/Chỉ tiêu`, `Đề ra năm 2023`, `Kết quả thực hiện`, `Đánh giá`), then
rows, each a label and its value paragraphs. An empty cell leaves only a blank paragraph, so a row's values
fill the value columns in order."""

from __future__ import annotations

from bisect import bisect_left

import regex

from .finish import finish
from .model import NUMBER_HEADER, VALUE_CELL, Cell, Table, TableWords, cell

_ROW_MARKER = regex.compile(r"^(?:[-+•*]|[a-zđ]\)|\d{1,2}[.)]|[IVXLC]+\.)\s")
_ROW_NUMBER = regex.compile(r"^(?:\d{1,2}|[IVXLC]{1,4}|[a-zđ])[.)]?$")
_TITLE_CELL = regex.compile(r"^(?:bảng|biểu|phụ lục)\s+[\dIVXLC]", regex.IGNORECASE)
_TITLE_WORDS = 4
_HEADER_CELL_CHARS = 40
_HEADER_CELLS = (3, 8)
_EVALUATION_CHARS = 15  # a closing word cell after a row's values (`Đạt`, `Vượt`, `Chưa đạt`)
_LABEL_PARTS = 3  # paragraphs one row label may span (`+ Cấp xã đạt` then `(trừ hồ sơ mật)`)
_LABEL_ONLY_RUN = 3  # label-only rows in a row that end the table (prose after it)
_LABEL_CHARS = 300


def read_paragraph_cells(
    text: str, lines: list[tuple[int, int]], i: int, words: TableWords
) -> tuple[Table | None, int] | None:
    """A table copied one cell per paragraph, starting at line ``i``: its header paragraphs, then its rows.

    Most lines are no such header: the cheap tests (a short line alone in its paragraph) come first, and
    the paragraphs after it are read only as far as the table goes."""
    a, b = lines[i]
    if b - a > 2 * _HEADER_CELL_CHARS or not _alone(text, lines, i) or not _header_like(text[a:b]):
        return None
    paragraphs = _Paragraphs(text, lines, i)
    width = 0
    while width <= _HEADER_CELLS[1] and (p := paragraphs.at(width)) is not None and _header_like(p.text):
        width += 1
    header = [c for k in range(width) if (c := paragraphs.at(k)) is not None]
    # a title above the header (`KẾ HOẠCH … NĂM 2028`, `Bảng 2`) or cells above a `TT` header are no columns
    cut = next((k for k, c in enumerate(header) if NUMBER_HEADER.match(c.text)), None)
    if cut is None:
        cut = next((k for k, c in enumerate(header) if not _title_cell(c.text)), 0)
    header = header[cut:]
    width = len(header)
    if not _HEADER_CELLS[0] <= width <= _HEADER_CELLS[1] or not any(words.kind_column(c.text) for c in header[1:]):
        return None
    numbered = bool(NUMBER_HEADER.match(header[0].text))  # `TT`: each row opens with its number's paragraph
    named = 2 if numbered else 1  # the cells before a row's values
    rows: list[list[Cell]] = []
    k, last, label_only = width, 0, 0
    while (first := paragraphs.at(k)) is not None and label_only < _LABEL_ONLY_RUN:
        number = Cell(first.start, first.start, "")
        if numbered and _ROW_NUMBER.match(first.text) and (after := paragraphs.at(k + 1)) is not None:
            number, first = first, after
            k += 1
        if VALUE_CELL.match(first.text) or len(first.text) > _LABEL_CHARS:
            break
        label = [first]
        k += 1
        while (
            (p := paragraphs.at(k)) is not None
            and len(label) < _LABEL_PARTS
            and p.text.startswith("(")
            and not VALUE_CELL.match(p.text)
        ):
            label.append(p)
            k += 1
        cells = [number] if numbered else []
        cells.append(Cell(label[0].start, label[-1].end, " ".join(c.text for c in label)))
        while (p := paragraphs.at(k)) is not None and VALUE_CELL.match(p.text):
            cells.append(p)
            k += 1
        if named < len(cells) < width and (p := paragraphs.at(k)) is not None and _evaluation(p.text):
            cells.append(p)
            k += 1
        if len(cells) > width:
            break
        rows.append(cells)
        label_only = 0 if len(cells) > named else label_only + 1
        if len(cells) > named:
            last = len(rows)
    rows = rows[:last]
    if sum(len(r) > named for r in rows) < 2:
        return None
    end = rows[-1][-1].end
    table = Table(header[0].start, end, "paragraphs", [], [header, *rows], width)
    return finish(table, 1, words), bisect_left(lines, end, key=lambda line: line[1]) + 1


def _alone(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether line ``i`` is a paragraph of its own: blank lines (or the text's ends) around it."""
    return (not i or _blank(text, lines[i - 1])) and (i + 1 == len(lines) or _blank(text, lines[i + 1]))


def _blank(text: str, line: tuple[int, int]) -> bool:
    return not text[line[0] : line[1]].strip()


def _header_like(line: str) -> bool:
    """A short cell of words that can name a column: no value, no list marker, no sentence's end."""
    line = line.strip()
    return (
        0 < len(line) <= _HEADER_CELL_CHARS
        and "%" not in line
        and not VALUE_CELL.match(line)
        and not _ROW_MARKER.match(line)
        and not _ROW_NUMBER.match(line)
        and not line.endswith((".", ":", ";", ","))
    )


def _title_cell(line: str) -> bool:
    """A title's line above a header: `Bảng 2`, `Biểu 01`, or a heading in capitals of four words or more."""
    return bool(_TITLE_CELL.match(line)) or (line.isupper() and len(line.split()) >= _TITLE_WORDS)


def _evaluation(line: str) -> bool:
    return 0 < len(line) <= _EVALUATION_CHARS and not any(c.isdigit() for c in line) and not _ROW_MARKER.match(line)


class _Paragraphs:
    """The one-line paragraphs from a line on (blank lines between them; a blank cell is a blank line), read
    as far as asked, up to the first paragraph of more than one line (running text)."""

    def __init__(self, text: str, lines: list[tuple[int, int]], i: int) -> None:
        self._text, self._lines, self._next = text, lines, i
        self._read: list[Cell] = []
        self._done = False

    def at(self, k: int) -> Cell | None:
        text, lines = self._text, self._lines
        while len(self._read) <= k and not self._done:
            j = self._next
            while j < len(lines) and _blank(text, lines[j]):
                j += 1
            if j == len(lines) or (j + 1 < len(lines) and not _blank(text, lines[j + 1])):
                self._done = True
                break
            self._read.append(cell(text, *lines[j]))
            self._next = j + 1
        return self._read[k] if k < len(self._read) else None
