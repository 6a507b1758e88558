"""Get the text of a document, whatever its format: one bounded read, one module per format.

Every source (a file, a device, a FIFO, standard input) is read through
:func:`read_limited`, so ``--max-size`` holds for all of them; the bytes then go to
the reader of their format: :mod:`.text` (plain text in the encodings Vietnamese
documents use), :mod:`.docx` (python-docx), :mod:`.pdf` (pypdf), :mod:`.html`
(readability-lxml) and :mod:`.office` (.doc, .odt, .rtf through LibreOffice).  The
format comes from the file's suffix, checked against its first bytes (a ``.doc`` that
is really a .docx or a web page, as portals often serve, is read as what it is); a
file with another suffix, and standard input, are sniffed.  A reader knows nothing of
targets; every failure is an :class:`InputError` whose message names the file, the
reason and what to do.
"""

from __future__ import annotations

from pathlib import Path

import regex

from . import text
from .bounded import read_limited, read_path
from .document import DEFAULT_MAX_BYTES, Document, InputError, too_big
from .text import decode

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "SUPPORTED",
    "TEXT_SUFFIXES",
    "Document",
    "decode",
    "InputError",
    "read_bytes_as",
    "read_document",
    "read_limited",
    "sniff",
]

TEXT_SUFFIXES = {".txt", ".text", ".md"}
_BY_SUFFIX = {
    ".docx": "docx",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".doc": "doc",
    ".odt": "odt",
    ".rtf": "rtf",
} | dict.fromkeys(TEXT_SUFFIXES, "text")
# read when found in folders; .doc/.odt/.rtf need LibreOffice, and say so when it is missing
SUPPORTED = set(_BY_SUFFIX)
FORMATS = ("text", "html", "docx", "pdf", "doc", "odt", "rtf")  # names for --stdin-format
_CONTAINERS = {"docx", "doc", "odt", "rtf", "pdf", "html"}  # formats a sniff may correct a suffix to
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_START = regex.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|article|section|header|nav)\b",
    regex.IGNORECASE | regex.DOTALL,
)


def sniff(data: bytes) -> str:
    """The format of ``data`` from its first bytes: one of :data:`FORMATS` (``text`` when nothing else fits)."""
    head = data[:4096]
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if b"mimetypeapplication/vnd.oasis.opendocument.text" in head[:200]:
            return "odt"
        return "docx"  # any other zip is tried, and refused, as a Word file
    if head.startswith(_OLE):
        return "doc"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return "rtf"
    for encoding in ("utf-8", "utf-16"):
        if encoding == "utf-16" and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        start = head.decode(encoding, "ignore").lstrip("\ufeff")
        if _HTML_START.match(start):
            return "html"
    return "text"


def read_document(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """The text of ``path``; :class:`InputError` with the file and what to do when it has none."""
    data = read_path(path, max_bytes)
    fmt = _BY_SUFFIX.get(path.suffix.lower())
    if fmt is None:
        fmt = sniff(data)  # a file named explicitly, whatever its name: tried as what its bytes say
    elif fmt in ("docx", "doc", "odt", "rtf") and (found := sniff(data)) in _CONTAINERS:
        fmt = found  # `.doc` files on portals are often .docx, RTF or web pages under another name
    return _read(data, path.name, str(path), fmt, max_bytes)


def read_bytes_as(data: bytes, name: str, fmt: str | None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """A document from bytes already read (standard input); ``fmt`` None sniffs the format."""
    if len(data) > max_bytes:
        raise too_big(name, max_bytes, "the data")
    if fmt is not None and fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    return _read(data, name, name, fmt or sniff(data), max_bytes)


def _read(data: bytes, name: str, where: str, fmt: str, max_bytes: int) -> Document:
    """Hand the bytes to their format's reader (imported on use: a run of .txt files loads no lxml)."""
    if fmt == "docx":
        from . import docx

        return docx.read(data, name, where, max_bytes)
    if fmt == "pdf":
        from . import pdf

        return pdf.read(data, name, where, max_bytes)
    if fmt == "html":
        from . import html

        return html.read(data, name, where, max_bytes)
    if fmt in ("doc", "odt", "rtf"):
        from . import office

        return office.read(data, name, where, max_bytes, fmt)
    return text.read(data, name, where)
