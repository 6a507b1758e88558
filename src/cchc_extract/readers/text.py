"""Decode a text file's bytes, or say clearly why not.

Order: a BOM decides (UTF-8, UTF-16 LE/BE); else strict UTF-8; else
charset-normalizer chooses between Windows-1258 (the legacy Vietnamese code
page) and BOM-less UTF-16, and a Windows-1258 guess must read as Vietnamese.
Binary data and text valid in none of these are refused with an
:class:`InputError` that names the file and what to do.
"""

from __future__ import annotations

import codecs

import regex

from .document import Document, InputError

_VIETNAMESE = regex.compile(r"[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# what the detector may choose: legacy Vietnamese, and UTF-16 written without a BOM
_DETECTABLE = ("cp1258", "utf_16_le", "utf_16_be")
_LATIN = regex.compile(r"[\p{Latin}\p{N}\p{P}\p{Zs}\n\r\t\p{M}%$+<=>|~^`]")


def decode(data: bytes, name: str = "-") -> str:
    """Decode ``data``; raise :class:`InputError` naming ``name`` on failure."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name)
    if b"\x00" not in data:
        try:
            return _checked(data.decode("utf-8"), name)
        except UnicodeDecodeError:
            pass
    guess = _detect(data)
    if guess is None:
        if b"\x00" in data:
            raise InputError(f"{name}: binary data (NUL bytes), not a text file; convert it to UTF-8 text first")
        raise InputError(
            f"{name}: not valid UTF-8, UTF-16 or Windows-1258 text; re-save it as UTF-8 (for example with iconv)"
        )
    return _checked(guess, name)


def _detect(data: bytes) -> str | None:
    """Decode with charset-normalizer's best guess among the encodings Vietnamese texts use."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(_DETECTABLE)).best()
    if best is None or best.encoding not in _DETECTABLE:
        return None
    text = str(best)
    if not _VIETNAMESE.search(text) and not text.isascii():
        return None  # random bytes decode as something too; real Vietnamese has its letters
    latin = len(_LATIN.findall(text))
    if latin < 0.8 * len(text):
        return None  # mostly other scripts or symbols: binary read as UTF-16, not a document
    return text


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return _checked(data.decode(encoding), name)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: starts with a {encoding.upper()} byte-order mark but byte {exc.start} is invalid; "
            "re-save the file as UTF-8"
        ) from exc


def _checked(text: str, name: str) -> str:
    if text and len(_CONTROL.findall(text[:4096])) > max(8, len(text[:4096]) // 50):
        raise InputError(f"{name}: looks like binary data (many control characters), not a text file")
    return text


def read(data: bytes, name: str, display: str) -> Document:
    """A text document: ``name`` for its records, ``display`` (the path) for messages."""
    return Document(name, decode(data, display), extracted=False)
