"""PDF: the text layer, without running headers, footers and page numbers.

pypdf (pure Python) extracts each page's text.  A plan printed to PDF repeats a
header and a footer on every page and numbers its pages; left in, they land inside
sentences (`… đạt tối / Trang 9 / thiểu 80%`).  So lines repeated at the same place
(among the first or last three lines) on most pages are dropped, as are page numbers
there (`Trang 3`, `3/12`, `- 3 -`, a lone number); a word hyphenated across a line
or a page end is joined, and pages are joined by a plain line break so that a
sentence running on to the next page stays one sentence.  ``Document.pages`` says
where each page starts, so every record can carry its page.

A table's row comes out of the plain extraction as one line of cells separated by single
spaces, with wrapped cells scattered over the next lines, so its cells cannot be told apart.
pypdf's layout mode keeps the column gaps as runs of spaces: a run of lines there whose cells
start at shared column positions is a table, rebuilt as one line per row with its cells
joined by ` | ` (what the .docx and .html readers write).  The rebuilt rows replace the
page's plain lines holding exactly the same characters; when no such lines are found the
page is left as the plain extraction gave it, so prose never changes.
"""

from __future__ import annotations

import io
from collections import Counter

import regex

from .document import Document, InputError, too_big

EDGE = 3  # lines at the top and at the bottom of a page where running headers and footers stand
_PAGE_NUMBER = regex.compile(
    r"(?:trang|page)\s*\d{1,4}(?:\s*(?:/|trên|of)\s*\d{1,4})?|\d{1,4}\s*/\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,3}",
    regex.IGNORECASE,
)
_DIGITS = regex.compile(r"\d+")
_HYPHENATED = regex.compile(r"(?<=\p{L})[-\u00ad]$")
_RANGE_START = regex.compile(r"(?<=\d)[-–]$")
_INVALID = "re-export it or convert it to text"


def read(data: bytes, name: str, where: str, max_bytes: int) -> Document:
    """The text of a PDF's text layer; :class:`InputError` naming ``where`` when there is none."""
    pages, warnings = _page_texts(data, where, max_bytes)
    if not any(page.strip() for page in pages):
        raise InputError(f"{where}: the PDF has no text layer (a scan?); run OCR on it first")
    text, starts = join_pages(pages)
    return Document(name, text, extracted=True, pages=starts, warnings=tuple(warnings))


def _page_texts(data: bytes, where: str, max_bytes: int) -> tuple[list[str], list[str]]:
    """Each page's text, and a warning for pages that gave none or could not be read."""
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{where}: the PDF is protected by a password; save an unprotected copy first")
        pages: list[str] = []
        failed: list[str] = []
        total = 0
        for number, page in enumerate(reader.pages, start=1):
            try:
                text = page.extract_text() or ""
                if text.strip():
                    text = _with_table_rows(page, text)
            except Exception as exc:  # one broken page costs that page, said in a warning
                failed.append(f"page {number} could not be read ({_reason(exc)})")
                text = ""
            total += len(text)
            if total > max_bytes:
                raise too_big(where, max_bytes, "its text")
            pages.append(text)
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many kinds on a broken file; each is this one message
        raise InputError(f"{where}: not a readable PDF ({_reason(exc)}); {_INVALID}") from exc
    blank = [str(n) for n, text in enumerate(pages, start=1) if not text.strip()]
    warnings = failed
    if blank and len(blank) < len(pages):
        warnings.append(
            f"page{'s' if len(blank) > 1 else ''} {', '.join(blank)} of {len(pages)} "
            "gave no text (scanned?); run OCR on the PDF to read them"
        )
    return pages, warnings


def _reason(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__


def join_pages(pages: list[str]) -> tuple[str, tuple[int, ...]]:
    """One text from the pages' texts, with running lines removed; the offset where each page starts."""
    lines = [[line.rstrip() for line in page.split("\n")] for page in pages]
    running = _running_lines(lines)
    out: list[str] = []  # output lines
    size = 0  # characters in out so far, line breaks included
    starts: list[int] = []
    for number, page in enumerate(lines):
        kept = [line for k, line in enumerate(page) if (number, k) not in running]
        while kept and not kept[0].strip():
            kept.pop(0)
        while kept and not kept[-1].strip():
            kept.pop()
        first = True
        for line in kept:
            if out and _joins_word(out[-1], line):
                size -= len(out[-1]) + 1
                prev = out.pop()
                cut = prev[:-1] if _HYPHENATED.search(prev) else prev
                if first:
                    starts.append(size + len(cut))  # the page starts inside the joined line
                out.append(cut + line.lstrip())
            else:
                if first:
                    starts.append(size)
                out.append(line)
            size += len(out[-1]) + 1
            first = False
        if first:  # a page with no text: it starts where the next one does
            starts.append(size)
    text = "\n".join(out)
    return text, tuple(min(start, len(text)) for start in starts)


def _joins_word(prev: str, line: str) -> bool:
    """A word hyphenated at a line end (`cải cách hành chín-` + `h`), or a range cut at its dash (`2021-` + `2025`)."""
    nxt = line.lstrip()
    if _HYPHENATED.search(prev):
        return nxt[:1].islower()
    return bool(_RANGE_START.search(prev)) and nxt[:1].isdigit()


def _running_lines(pages: list[list[str]]) -> set[tuple[int, int]]:
    """(page, line) of running headers, footers and page numbers."""
    edges: list[list[tuple[str, int]]] = []  # per page: (position key, line index) of its edge lines
    for lines in pages:
        filled = [k for k, line in enumerate(lines) if line.strip()]
        top = [(f"t{i}", k) for i, k in enumerate(filled[:EDGE])]
        bottom = [(f"b{i}", k) for i, k in enumerate(reversed(filled[-EDGE:]))]
        edges.append(top + bottom)
    with_text = sum(1 for edge in edges if edge)
    counts: Counter[tuple[str, str]] = Counter()
    for number, edge in enumerate(edges):
        for position, k in edge:
            counts[(position, _key(pages[number][k]))] += 1
    running: set[tuple[int, int]] = set()
    for number, edge in enumerate(edges):
        for position, k in edge:
            line = pages[number][k]
            repeated = counts[(position, _key(line))]
            if (with_text >= 2 and repeated >= 2 and repeated * 2 > with_text) or (
                position in ("t0", "t1", "b0", "b1") and _PAGE_NUMBER.fullmatch(line.strip())
            ):
                running.add((number, k))
    return running


def _key(line: str) -> str:
    """A line as compared across pages: page numbers and spacing aside."""
    return str(_DIGITS.sub("#", " ".join(line.split()))).casefold()


_SEGMENT = regex.compile(r"\S+(?: \S+)*")  # a layout line's pieces: text split at runs of 2+ spaces
_ROW_CELLS = 3  # a line with this many pieces may be a table row
_TOLERANCE = 1  # columns of a layout line within this many characters are one column


def _with_table_rows(page: object, text: str) -> str:
    """``text`` with each table found in the page's layout rebuilt as ` | ` rows; ``text`` as it is otherwise."""
    try:
        layout = page.extract_text(extraction_mode="layout")  # type: ignore[attr-defined]
    except Exception:  # the layout mode fails where the plain one did not: keep the plain text
        return text
    if not layout:
        return text
    lines = text.split("\n")
    for rows, chars in _layout_tables(layout.split("\n")):
        span = _matching_lines(lines, chars)
        if span is not None:
            lines[span[0] : span[1]] = rows
    return "\n".join(lines)


def _segments(line: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _SEGMENT.finditer(line)]


def _column(columns: list[int], start: int) -> int | None:
    """Index of the column a piece starting at ``start`` stands in; None left of every column."""
    found = None
    for index, column in enumerate(columns):
        if column <= start + _TOLERANCE:
            found = index
    return found


def _fits(columns: list[int], pieces: list[tuple[int, int, str]]) -> list[int] | None:
    """Each piece's column when every piece stays inside one column and no two share one; else None."""
    placed: list[int] = []
    for start, end, _ in pieces:
        index = _column(columns, start)
        if index is None or (placed and index <= placed[-1]):
            return None
        if index + 1 < len(columns) and end > columns[index + 1] - 1:
            return None
        placed.append(index)
    return placed


def _layout_tables(lines: list[str]) -> list[tuple[list[str], str]]:
    """Tables of a layout page: their rows as ` | ` lines, and the characters they hold (spaces aside)."""
    tables: list[tuple[list[str], str]] = []
    k = 0
    while k < len(lines):
        first = _segments(lines[k])
        if len(first) < _ROW_CELLS:
            k += 1
            continue
        columns = [start for start, _, _ in first]
        rows: list[list[list[str]]] = []  # rows, each a list of cells, each a list of pieces
        occupied: set[int] = set()  # columns the previous line of the current row filled
        blank = 0
        row_lines = 0
        j = k
        while j < len(lines):
            pieces = _segments(lines[j])
            if not pieces:
                blank += 1
                if blank > 2:
                    break
                j += 1
                continue
            placed = _fits(columns, pieces)
            if placed is None:
                break
            if len(pieces) >= _ROW_CELLS:
                row_lines += 1
            if not rows or blank or not set(placed) <= occupied:
                rows.append([[] for _ in columns])
            for index, (_, _, piece) in zip(placed, pieces, strict=True):
                rows[-1][index].append(piece)
            occupied = set(placed)
            blank = 0
            j += 1
        if row_lines >= 2 and len(rows) >= 2:
            out = [" | ".join(" ".join(cell) for cell in row) for row in rows]
            chars = "".join(piece for row in rows for cell in row for piece in cell)
            tables.append((out, "".join(chars.split())))
            k = j
        else:
            k += 1
    return tables


def _matching_lines(lines: list[str], chars: str) -> tuple[int, int] | None:
    """(first, past last) of the lines holding exactly the characters ``chars``, in any order; None if none do."""
    want = Counter(chars)
    size = len(chars)
    for first in range(len(lines)):
        got = "".join(lines[first].split())
        if not got or got[0] not in want:
            continue
        last = first + 1
        while len(got) < size and last < len(lines):
            got += "".join(lines[last].split())
            last += 1
        if len(got) == size and Counter(got) == want:
            return first, last
    return None
