"""Decoding: BOMs, UTF-16, Windows-1258; clear one-line errors otherwise."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from cchc_extract import InputError, extract_file
from cchc_extract.reader import decode

from .fixtures import to_cp1258

TEXT = "Phấn đấu tối thiểu 80% hồ sơ được xử lý trực tuyến."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        to_cp1258(TEXT),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "windows-1258"],
)
def test_decodes(data: bytes) -> None:
    assert unicodedata.normalize("NFC", decode(data)) == TEXT


def test_windows_1258_file_gives_records_with_offsets(tmp_path: Path) -> None:
    path = tmp_path / "windows1258.txt"
    path.write_bytes(to_cp1258(TEXT))
    records = extract_file(path)
    assert [(r.value, r.comparator, r.document) for r in records] == [(80.0, "gte", "windows1258.txt")]


def test_binary_is_refused_with_the_file_name() -> None:
    with pytest.raises(InputError, match=r"^scan\.pdf: binary data"):
        decode(b"%PDF-1.4\x00\x01\x02\xff", "scan.pdf")


def test_invalid_text_is_refused_with_advice() -> None:
    with pytest.raises(InputError, match="re-save it as UTF-8"):
        decode(b"\x81\x8d\x8f\x90\x9d" * 20, "bad.txt")


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        extract_file(tmp_path / "missing.txt")
