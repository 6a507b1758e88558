"""Get the text of a document, whatever its format.

Plain text is decoded by :mod:`reader`; Word (.docx), PDF (text layer) and
HTML go through well-kept libraries (python-docx, pypdf, lxml).  For those,
offsets, lines and columns refer to the extracted text, and records say so
(``text_source = "extracted"``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .reader import InputError, decode, read_bytes

TEXT_SUFFIXES = {".txt", ".text", ".md"}
EXTRACTED_SUFFIXES = {".docx", ".pdf", ".html", ".htm"}
SUPPORTED = TEXT_SUFFIXES | EXTRACTED_SUFFIXES
DEFAULT_MAX_BYTES = 20_000_000  # one document (decimal MB); raise with `cchc extract --max-size MB`
_HTML_BLOCKS = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "table",
    "ul",
    "ol",
    "blockquote",
    "header",
    "footer",
    "td",
    "th",
    "title",
}
_HTML_SKIP = {"script", "style", "noscript", "template", "head"}


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    extracted: bool  # True when the text was extracted from a non-text format


def read_document(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """The text of ``path``; :class:`InputError` with the file and what to do when it has none."""
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # read_bytes below reports why the file cannot be read
    if size > max_bytes:
        raise InputError(
            f"{path}: {size / 1e6:.0f} MB is over the {max_bytes / 1e6:.0f} MB limit for one document; "
            "split it, or raise the limit with --max-size"
        )
    data = read_bytes(path)
    if suffix == ".docx":
        return Document(path.name, _docx(data, path), True)
    if suffix == ".pdf":
        return Document(path.name, _pdf(data, path), True)
    if suffix in (".html", ".htm"):
        return Document(path.name, _html(decode(data, str(path))), True)
    return Document(path.name, decode(data, str(path)), False)


def _docx(data: bytes, path: Path) -> str:
    import io
    import zipfile

    from docx import Document as DocxDocument

    try:
        doc = DocxDocument(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"{path}: not a valid .docx file ({exc}); open and re-save it in Word or LibreOffice") from exc
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text.strip() for cell in row.cells))
    return "\n".join(parts)


def _pdf(data: bytes, path: Path) -> str:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{path}: not a readable PDF ({exc}); re-export it or convert it to text") from exc
    text = "\n".join(pages)
    if not text.strip():
        raise InputError(f"{path}: the PDF has no text layer (a scan?); run OCR on it first")
    return text


def _html(source: str) -> str:
    import lxml.html
    from lxml import etree

    if not source.strip():
        return ""
    try:
        root = lxml.html.document_fromstring(source)
    except (etree.ParserError, ValueError):
        return source
    out: list[str] = []

    def walk(node: etree._Element) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _HTML_SKIP:
            if node.tail:
                out.append(node.tail)
            return
        block = tag in _HTML_BLOCKS
        if block:
            out.append("\n")
        if node.text and tag:
            out.append(node.text)
        for child in node:
            walk(child)
        if block:
            out.append("\n")
        if node.tail:
            out.append(node.tail)

    walk(root)
    lines = [" ".join(line.split()) for line in "".join(out).split("\n")]
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"
