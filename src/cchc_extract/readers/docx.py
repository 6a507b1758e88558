"""Word (.docx): the body in reading order, the letterhead as lines, table rows as lines.

python-docx opens the package; the body is walked here in document order (paragraphs,
tables and content controls as they stand), because python-docx's ``paragraphs`` and
``tables`` lists lose the order between them.  The first table, when it stands at the
top, is the letterhead (issuer, ``Số: …``, date): its cells become lines, as in a .txt,
so the structure step finds the metadata the same way.  Other tables give one line per
row, cells joined by `` | `` so that a row's label and value stay together.

Before anything is parsed, every part of the archive is checked against the size limit
(declared and real unpacked size: zip bombs) and refused if it declares a DTD or
entities, which Word never writes: nothing is expanded and nothing outside the file is
read (the parser also runs with entity resolution, network and huge trees off).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from lxml import etree

from .bounded import check_zip
from .document import Document, InputError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_CONTAINERS = {f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}smartTag", f"{W}ins", f"{W}moveTo"}
_DTD_MARKS = tuple(
    mark.encode(enc) for mark in ("<!DOCTYPE", "<!ENTITY") for enc in ("ascii", "utf-16-le", "utf-16-be")
)
_ADVICE = "open and re-save it in Word or LibreOffice"
LETTERHEAD_ROWS = 4  # a letterhead table: issuer | motto, number | date (a few rows, two or three columns)
LETTERHEAD_COLUMNS = 3
LETTERHEAD_BEFORE = 3  # non-empty paragraphs that may stand above it (a logo line, a `Mẫu số` note)


def read(data: bytes, name: str, where: str, max_bytes: int) -> Document:
    """The text of a .docx; :class:`InputError` naming ``where`` when it cannot be read."""
    archive = check_zip(data, where, max_bytes)
    _refuse_dtds(archive, where)
    try:
        from docx import Document as open_docx

        body = open_docx(io.BytesIO(data)).element.body
        if body.getroottree().docinfo.doctype:
            raise InputError(f"{where}: not a valid .docx file (it declares a DTD, which Word never writes); {_ADVICE}")
        text = "\n".join(_lines(body))
    except InputError:
        raise
    except Exception as exc:  # python-docx and lxml raise many kinds; each is this one message
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{where}: not a valid .docx file ({reason}); {_ADVICE}") from exc
    return Document(name, text, extracted=True)


def _refuse_dtds(archive: zipfile.ZipFile, where: str) -> None:
    """Refuse a package any of whose XML parts declares a DTD or an entity."""
    for info in archive.infolist():
        if not info.filename.lower().endswith((".xml", ".rels")):
            continue
        carry = b""
        with archive.open(info) as member:
            while chunk := member.read(1 << 20):
                window = carry + chunk
                if any(mark in window for mark in _DTD_MARKS):
                    raise InputError(
                        f"{where}: not a valid .docx file ({info.filename} declares a DTD or entities, which Word "
                        f"never writes; refused so that nothing outside the file is read); {_ADVICE}"
                    )
                carry = window[-32:]


def _lines(body: etree._Element) -> Iterator[str]:
    """The body's lines in document order; content controls are opened, not skipped."""
    seen_text = 0
    first_table = True
    stack = list(reversed(body))
    while stack:
        node = stack.pop()
        tag = node.tag
        if tag == f"{W}p":
            line = paragraph_text(node)
            seen_text += bool(line.strip())
            yield line
        elif tag == f"{W}tbl":
            rows = list(_rows(node))
            if first_table and seen_text <= LETTERHEAD_BEFORE and _letterhead_shape(rows):
                yield from _letterhead(rows)
            else:
                yield from (_row_line(cells) for cells in rows if cells)
            first_table = False
            seen_text += 1
        elif tag in _CONTAINERS:
            stack.extend(reversed(node))


def _letterhead_shape(rows: list[list[str]]) -> bool:
    return 0 < len(rows) <= LETTERHEAD_ROWS and all(len(cells) <= LETTERHEAD_COLUMNS for cells in rows)


def _letterhead(rows: list[list[str]]) -> Iterator[str]:
    """Each cell's lines, a blank line after each cell (issuer and motto are two blocks, as on paper)."""
    for cells in rows:
        for cell in cells:
            if cell.strip():
                yield from cell.split("\n")
                yield ""


def _rows(table: etree._Element) -> Iterator[list[str]]:
    """A table's rows as lists of cell texts, empty cells kept so that columns stay in place
    (a merged cell counts once); a row with no text at all is an empty list."""
    for row in table.iter(f"{W}tr"):
        if _owner_table(row) is not table:
            continue  # a row of a table nested in a cell: read with that cell
        cells = [_cell_text(tc) for tc in row if tc.tag == f"{W}tc"]
        yield cells if any(cell.strip() for cell in cells) else []


def _row_line(cells: list[str]) -> str:
    """One line per row: a cell's own lines joined by spaces, cells by `` | ``."""
    return " | ".join(" ".join(cell.split("\n")) for cell in cells)


def _owner_table(row: etree._Element) -> etree._Element | None:
    parent = row.getparent()
    while parent is not None and parent.tag != f"{W}tbl":
        parent = parent.getparent()
    return parent


def _cell_text(tc: etree._Element) -> str:
    """A cell's paragraphs on lines of their own (the letterhead needs them); nested tables inline."""
    parts: list[str] = []
    stack = list(reversed(tc))
    while stack:
        node = stack.pop()
        if node.tag == f"{W}p":
            text = paragraph_text(node).strip()
            if text:
                parts.append(text)
        elif node.tag == f"{W}tbl":
            parts.extend(_row_line(cells) for cells in _rows(node) if cells)
        elif node.tag in _CONTAINERS:
            stack.extend(reversed(node))
    return "\n".join(parts)


def paragraph_text(p: etree._Element) -> str:
    """A paragraph's text as Word shows it: runs, hyperlinks, fields' results, tabs and line breaks.

    Deleted text (``w:delText``) and field codes (``w:instrText``) are not ``w:t`` and are
    left out; the fallback copy of a text box (``mc:Fallback``) is skipped so it is read once.
    """
    out: list[str] = []
    stack = list(reversed(p))
    while stack:
        node = stack.pop()
        tag = node.tag
        if tag == f"{W}t":
            out.append(node.text or "")
        elif tag == f"{W}tab":
            out.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            out.append("\n")
        elif tag == f"{W}noBreakHyphen":
            out.append("-")
        elif tag == _FALLBACK or not isinstance(tag, str):
            continue
        else:
            stack.extend(reversed(node))
    return "".join(out)
