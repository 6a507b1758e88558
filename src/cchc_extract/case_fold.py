"""Case-insensitive rules matched case-sensitively on a lower-cased copy of the document.

Every built-in rule ignores case, and the ``regex`` engine pays for that on each character it
compares.  While a document is open (:func:`document`), a rule whose regex holds no capital
letter (so no ``\\W``, ``\\S``, ``\\p{Lu}`` or ``(?-i:…)``, whose meaning the copy would change)
is matched without the flag on ``text.lower()``: same offsets, since the copy keeps the
length (a text whose lower case is longer is not folded), and the same hits.  Callers read
only positions, digits and case-blind words from these hits; the document's metadata and list
markers are read from other strings, which are never folded.
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
    outer = getattr(_STATE, "pair", None)
    low = text.lower()
    _STATE.pair = (text, low) if len(low) == len(text) else None
    try:
        yield
    finally:
        _STATE.pair = outer


def lowered(text: str) -> str | None:
    """The lower-cased copy of ``text`` when it is the open document, else None."""
    pair: tuple[str, str] | None = getattr(_STATE, "pair", None)
    return pair[1] if pair is not None and text is pair[0] else None


def foldable(source: str, flags: int) -> bool:
    """Whether the rule, matched without IGNORECASE on lower-cased text, finds what it finds with it."""
    return bool(flags & regex.IGNORECASE) and source == source.lower() and "(?-i" not in source
