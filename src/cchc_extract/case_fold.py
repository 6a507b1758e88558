"""Case-insensitive rules matched case-sensitively on a lower-cased copy of the document.

Every built-in rule ignores case, and the ``regex`` engine pays for that on each character it
compares.  While a document is open (:func:`document`), a rule whose regex holds no capital
letter but in syntax that means the same on lower-cased text (``\\W``, ``\\S``, ``(?P<name>``; so no
``\\p{Lu}`` or ``(?-i:…)``, whose meaning the copy would change)
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


class Open:
    """The open document, its lower-cased copy, and the last piece of it lowered."""

    __slots__ = ("text", "low", "piece", "piece_low")

    def __init__(self, text: str, low: str) -> None:
        self.text, self.low = text, low
        self.piece: str = ""
        self.piece_low: str | None = ""

    def lower_piece(self, piece: str) -> str | None:
        """``piece`` lowered (None when its lower case is longer), kept while the next rules ask about it."""
        low = piece.lower()
        self.piece, self.piece_low = piece, low if len(low) == len(piece) else None
        return self.piece_low


# ``STATE.open``: the :class:`Open` document of this thread, or None; read by :mod:`.safe_regex` on every rule
# call without a function call of its own (a call costs as much as the rest of the lookup)
STATE = threading.local()


@contextmanager
def document(text: str) -> Iterator[None]:
    """Match foldable rules on a lower-cased copy of ``text`` inside the ``with`` block."""
    outer: Open | None = getattr(STATE, "open", None)
    low = text.lower()
    STATE.open = Open(text, low) if len(low) == len(text) else None
    try:
        yield
    finally:
        STATE.open = outer


def lowered(text: str) -> str | None:
    """The lower-cased copy of ``text`` while a document is open (None when none is, or when its
    lower case is longer).  The document's copy is made once; a piece of it (the words before a
    value, a clause) is lowered when asked, and kept while the next rules ask about it.
    (:mod:`.safe_regex` reads :data:`STATE` the same way without calling this.)"""
    opened: Open | None = getattr(STATE, "open", None)
    if opened is None:
        return None
    if text is opened.text:
        return opened.low
    if text is opened.piece:
        return opened.piece_low
    return opened.lower_piece(text)


# what a capital letter may spell in a rule without naming a cased character: the classes that mean the
# same on lower-cased text (a letter's lower case is a letter: checked for every code point by the tests),
# anchors, and a named group
_CASE_BLIND_SYNTAX = regex.compile(r"\\\\|\\[WSDBAZGM]|\\[pP]\{L\}|\(\?P[<=>]")
# what could name a character or a property the copy reads differently: `\x41` is `A`, `\p{Ll}`, ASCII mode
_CHARACTER_ESCAPE = regex.compile(r"\\[xuUN0-7]|\\[pP](?!\{L\})|\(\?-i|\(\?[a-z]*a[a-z]*[:)]")


def foldable(source: str, flags: int) -> bool:
    """Whether the rule, matched without IGNORECASE on lower-cased text, finds what it finds with it:
    it has no capital letter but in case-blind syntax (``\\W``, ``\\S``, ``(?P<name>``), and no escape
    that could spell one."""
    if not flags & regex.IGNORECASE or _CHARACTER_ESCAPE.search(source):
        return False
    bare: str = _CASE_BLIND_SYNTAX.sub(lambda m: m[0] if m[0] == "\\\\" else "", source)
    return bare == bare.lower()
