"""Records: where a decided value stands in the source text, and the text fields a reader checks it by.

Matching runs on normalized text; every offset here is mapped back to the original
(``normalize.py`` owns that map), and counted again as a 1-based line and column.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Any

import regex

if TYPE_CHECKING:
    from .drafts import Doc
    from .structure.layout import Metadata

_SPACES = regex.compile(r"\s+")
_SENTENCE_MAX = 1000


def located(doc: Doc, start: int, end: int) -> dict[str, Any]:
    """The record fields that say where source offsets ``start:end`` are, and in which document."""
    line = bisect_right(doc.line_starts, start)
    return {
        "document": doc.name,
        "path": doc.path,
        "start": start,
        "end": end,
        "line": line,
        "column": start - doc.line_starts[line - 1] + 1,
    }


def about(doc: Doc) -> dict[str, Any]:
    """The record fields that say what the document says about itself (number, date, issuer, title)."""
    return metadata_fields(doc.layout.metadata)


def metadata_fields(meta: Metadata) -> dict[str, Any]:
    """A document's metadata under the records' field names."""
    return {
        "doc_number": meta.number,
        "doc_date": meta.date,
        "doc_issuer": meta.issuer,
        "doc_title": meta.title,
        "plan_year": meta.plan_year,
    }


def one_line(text: str) -> str:
    """``text`` with every run of spaces and line breaks as one space."""
    return str(_SPACES.sub(" ", text))


def sentence_text(source: str, lo: int, hi: int, start: int, end: int) -> str:
    """The sentence, or for a very long one (a run-on page) the part around the value, marked with `…`."""
    if hi - lo > _SENTENCE_MAX:
        left, right = max(lo, start - _SENTENCE_MAX // 2), min(hi, end + _SENTENCE_MAX // 2)
        text = ("…" if left > lo else "") + source[left:right] + ("…" if right < hi else "")
    else:
        text = source[lo:hi]
    return one_line(text).strip()
