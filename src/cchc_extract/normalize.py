"""Normalize text for matching while keeping the way back to source offsets.

Matching wants one spelling of everything: NFC, one tone placement (``hoá`` and
``hóa`` alike), one of ``tỉ``/``tỷ`` (``quản lí``/``quản lý``), plain spaces and dashes, and no line breaks
inside a sentence.
Records must point into the original decoded text, so every normalized
character remembers the source index it came from.  This module is the only
owner of that mapping.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

# Characters that read as a space or as a hyphen in a sentence; each maps to one
# character so the mapping stays one-to-one for them.
_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\f\v"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Letters typed for Vietnamese ones they look like: the Icelandic eth `Ð ð` for `Đ đ` (legacy fonts and
# some portals' editors write `Ðến nay`), which no rule's `đ` would match
_LOOKALIKES = {"\u00d0": "\u0110", "\u00f0": "\u0111"}
_TRANSLATE = (
    {ord(c): " " for c in _SPACES} | {ord(c): "-" for c in _DASHES} | {ord(k): v for k, v in _LOOKALIKES.items()}
)

# Old-style tone placement (tone on the second vowel of a closing "oa", "oe",
# "uy") and its new-style equivalent.  Both spellings occur in the same
# document; matching uses the tone-on-first-vowel form underthesea also uses.
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _tone_swaps() -> dict[str, str]:
    swaps: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in _TONES:
            for f, s in ((first, second), (first.upper(), second.upper()), (first.upper(), second)):
                old = unicodedata.normalize("NFC", f + s + tone)
                new = unicodedata.normalize("NFC", f + tone + s)
                swaps[old] = new
    return swaps


_SWAPS = _tone_swaps()
_CLUSTER = re.compile(".[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+", re.S)
# a syllable-final old-style pair (no letter or combining mark after it), not the "u" of "qu"
# (two character classes scan about five times faster than an alternation of the 45 pairs;
# a matched pair that is not an old-style spelling, such as `uá`, is left as it is)
_OLD_TONES = re.compile(
    "(?<![qQ])[{}][{}](?![^\\W\\d_]|[\u0300-\u036f])".format(
        "".join(sorted({pair[0] for pair in _SWAPS})), "".join(sorted({pair[1] for pair in _SWAPS}))
    )
)
_ODD = re.compile("[" + re.escape("".join(map(chr, _TRANSLATE))) + "]")
# `i` written for the `y` that ends a syllable after t, k, l, m (`tỉ lệ`, `quản lí`, `kĩ năng`, `kì họp`): both
# spellings are correct Vietnamese and both occur in one corpus; matching uses the `y` the rules are written with.
# A toned vowel only (`ti vi`, `li` are other words), one letter for one: offsets unchanged. The letter before the
# syllable is looked for last: a look-behind first would run at every character of the document (seven times slower).
_I_TO_Y = dict(zip("ìíỉĩịÌÍỈĨỊ", "ỳýỷỹỵỲÝỶỸỴ", strict=True))
_I_SYLLABLE = re.compile("[tTkKlLmM][ìíỉĩịÌÍỈĨỊ](?![^\\W\\d_]|[\u0300-\u036f])(?<![^\\W\\d_][tTkKlLmM][ìíỉĩịÌÍỈĨỊ])")
# an HTML character reference left in text a page's source was saved as (`v&agrave;`, `&nbsp;`, `&#7841;`)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@dataclass(frozen=True)
class Normalized:
    """Normalized text plus, for each of its characters, the source index."""

    text: str
    source: str
    _map: tuple[int, ...] | None  # None: identity
    # where the source had a tab (read as a space): a table copied from a word processor or a spreadsheet
    # separates its cells with them (:mod:`.structure.tables.tabbed`)
    tabs: tuple[int, ...] = ()

    def to_source(self, index: int) -> int:
        """Source offset of the normalized character at ``index`` (end allowed)."""
        if self._map is None:
            return index
        if index >= len(self._map):
            return len(self.source)
        return self._map[index]

    def from_source(self, src_index: int) -> int:
        """First normalized index whose source offset is at or after ``src_index``."""
        if self._map is None:
            return src_index
        return bisect_right(self._map, src_index - 1)


def _entities_with_map(text: str) -> tuple[str, list[int] | None]:
    """``text`` with its HTML character references read as the characters they name (a page's source saved as
    text spells `và` as `v&agrave;`, which no rule's word would match); each character read points at its
    reference's `&`.  A reference HTML does not define (`&D;` of `R&D;`) is left as written."""
    if "&" not in text or not _ENTITY.search(text):
        return text, None
    out: list[str] = []
    mapping: list[int] = []
    done = 0
    for ref in _ENTITY.finditer(text):
        read = html.unescape(ref.group())
        if read == ref.group():
            continue
        i, j = ref.span()
        out.append(text[done:i])
        mapping.extend(range(done, i))
        out.append(read)
        mapping.extend([i] * len(read))
        done = j
    if not done:
        return text, None
    out.append(text[done:])
    mapping.extend(range(done, len(text)))
    return "".join(out), mapping


def _nfc_with_map(text: str) -> tuple[str, list[int] | None]:
    if unicodedata.is_normalized("NFC", text):
        return text, None
    out: list[str] = []
    mapping: list[int] = []
    done = 0
    # only a character followed by combining marks can change; the rest is copied one to one
    for cluster in _CLUSTER.finditer(text):
        i, j = cluster.span()
        out.append(text[done:i])
        mapping.extend(range(done, i))
        composed = unicodedata.normalize("NFC", cluster.group())
        out.append(composed)
        # every character of a composed cluster points at the cluster's start;
        # an unchanged-length cluster maps one to one
        mapping.extend(range(i, j) if len(composed) == j - i else [i] * len(composed))
        done = j
    out.append(text[done:])
    mapping.extend(range(done, len(text)))
    text = "".join(out)
    if not unicodedata.is_normalized("NFC", text):  # a composition across clusters (rare scripts): slow path
        return _nfc_per_character(text, mapping)
    return text, mapping


def _nfc_per_character(text: str, base: list[int]) -> tuple[str, list[int]]:
    out: list[str] = []
    mapping: list[int] = []
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        chunk = unicodedata.normalize("NFC", text[i:j])
        out.append(chunk)
        mapping.extend(base[i:j] if len(chunk) == j - i else [base[i]] * len(chunk))
        i = j
    return "".join(out), mapping


def normalize(source: str) -> Normalized:
    """Return the matching form of ``source`` with its offset map.

    Steps, all length-preserving except HTML character references, NFC composition and the removal of
    invisible characters: HTML character references read (`v&agrave;` as `và`); NFC; odd spaces and tabs
    to a space; dashes to ``-``; the eth `Ð ð` typed for `Đ đ` to `Đ đ`; line breaks inside a paragraph
    are kept (structure needs them) and are joined later by :func:`flatten`; old tone placement to the new one;
    a syllable's closing toned `i` after t, k, l, m to `y` (`tỉ lệ` as `tỷ lệ`).
    """
    text, mapping = _entities_with_map(source)
    if any(c in text for c in _INVISIBLE):  # first: a mark after a dropped character composes with its letter
        kept = [k for k, c in enumerate(text) if c not in _INVISIBLE]
        text = "".join(text[k] for k in kept)
        mapping = kept if mapping is None else [mapping[k] for k in kept]
    text, composed = _nfc_with_map(text)
    if composed is not None:
        mapping = composed if mapping is None else [mapping[k] for k in composed]
    text = text.replace("\r\n", " \n").replace("\r", "\n")
    tabs: tuple[int, ...] = ()
    if _ODD.search(text):  # translate is slow per character; most documents need none of it
        tabs = tuple(k for k, c in enumerate(text) if c == "\t") if "\t" in text else ()
        text = text.translate(_TRANSLATE)
    text = _OLD_TONES.sub(lambda m: _SWAPS.get(m.group(), m.group()), text)  # same length: offsets unchanged
    text = _I_SYLLABLE.sub(lambda m: m.group()[0] + _I_TO_Y[m.group()[1]], text)  # same length too
    return Normalized(text=text, source=source, _map=tuple(mapping) if mapping is not None else None, tabs=tabs)


def fold(text: str) -> str:
    """Normalize a pattern word or example the way documents are normalized."""
    return normalize(text).text
