"""Case-insensitive rules matched case-sensitively on a lower-cased copy of the document.

Every built-in rule ignores case, and the ``regex`` engine pays for that on each character it
compares.  While a document is open (:func:`document`), a rule whose regex holds no capital
letter (so no ``\\W``, ``\\S``, ``\\p{Lu}`` or ``(?-i:…)``, whose meaning the copy would change)
is matched without the flag on ``text.lower()``: same offsets, since the copy keeps the
length (a text whose lower case is longer is not folded), and the same hits.  The document is
open while its values are decided (``pipeline.extract_text``), and then every string a rule is
asked about is folded: the document, and the pieces of it a decision reads (the words before a
value, a clause, a heading).  Decisions read only positions, digits and case-blind words from
these hits; the metadata, list markers and table cells, whose matched words are kept as
written, are read before the document is opened.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import regex

_STATE = threading.local()


@contextmanager
def document(text: str) -> Iterator[None]:
    """Match foldable rules on a lower-cased copy of ``text`` inside the ``with`` block."""
    outer = getattr(_STATE, "pair", None), getattr(_STATE, "last", ("", None))
    low = text.lower()
    _STATE.pair = (text, low) if len(low) == len(text) else None
    _STATE.last = ("", None)
    try:
        yield
    finally:
        _STATE.pair, _STATE.last = outer


def lowered(text: str) -> str | None:
    """The lower-cased copy of ``text`` while a document is open (None when none is, or when its
    lower case is longer).  The document's copy is made once; a piece of it (the words before a
    value, a clause) is lowered when asked, and kept while the next rules ask about it."""
    pair: tuple[str, str] | None = getattr(_STATE, "pair", None)
    if pair is None:
        return None
    if text is pair[0]:
        return pair[1]
    last: tuple[str, str | None] = _STATE.last
    if text is last[0]:
        return last[1]
    low: str | None = text.lower()
    if low is not None and len(low) != len(text):
        low = None
    _STATE.last = (text, low)
    return low


def foldable(source: str, flags: int) -> bool:
    """Whether the rule, matched without IGNORECASE on lower-cased text, finds what it finds with it."""
    return bool(flags & regex.IGNORECASE) and source == source.lower() and "(?-i" not in source
