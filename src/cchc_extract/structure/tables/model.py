"""What every table shape gives: cells with their offsets, a table of rows, and the words it is read with."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import regex

PIPE_LINE = regex.compile(r"^[ \t]*\|[ \t]*$")  # a crawl's line holding only `|`
# `TT`, `STT`: the header of a column that numbers the rows
NUMBER_HEADER = regex.compile(r"^(?:s[ốo]\s*)?tt$|^stt$|^số thứ tự$", regex.IGNORECASE)
# a cell holding only a value: a number or a range, with a sign or a bound word before it (`≥ 85`, `trên 90`, `60 - 70`)
VALUE_CELL = regex.compile(
    r"^(?:[<>≤≥]=?\s*|(?:trên|dưới|tối\s+thiểu|ít\s+nhất|khoảng)\s+)?\d{1,3}(?:[.,]\d{1,3})?\s*%?"
    r"(?:\s*[-–]\s*\d{1,3}(?:[.,]\d{1,3})?\s*%?)?$",
    regex.IGNORECASE,
)
_EMPHASIS = regex.compile(r"[*_]{1,3}")
_SPACES = regex.compile(r"\s+")


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
    shape: str  # `flattened`, `markdown`, `rows`, `paragraphs`, `wrapped` or `tabbed`
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

    def kind_column(self, header: str) -> bool:
        """Whether a header cell names a column of planned or achieved figures (`Kế hoạch`, `Kết quả thực hiện`)."""

    def continues(self, line: str) -> bool:
        """Whether a row label opens by continuing the row above (`- Công nghiệp`, `Trong đó: …`)."""

    def bound(self, line: str) -> str | None:
        """The rule by which a line holds only a bound, written above its value by a PDF's text layer (`Phấn đấu ≥`)."""


def cell(text: str, start: int, end: int) -> Cell:
    """The cell whose raw text is ``text[start:end]``, trimmed of spaces and emphasis marks."""
    while start < end and (text[start].isspace() or text[start] in "*_"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "*_"):
        end -= 1
    return Cell(start, end, plain(text[start:end]))


def lines_of(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def plain(text: str) -> str:
    """``text`` on one line, emphasis marks dropped."""
    return str(_SPACES.sub(" ", _EMPHASIS.sub(" ", text))).strip()
