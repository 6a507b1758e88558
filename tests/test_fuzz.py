"""Fuzz the reader and the pipeline with raw bytes (hypothesis as the fuzzer).

The run in the test suite is small (CCHC_FUZZ_EXAMPLES, default 300 per target);
for a longer local campaign:

    CCHC_FUZZ_EXAMPLES=100000 python -m pytest -q tests/test_fuzz.py

Property: any bytes either decode to text or raise InputError (never anything else),
and any decoded text goes through extraction without an exception.
"""

from __future__ import annotations

import codecs
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc_extract import InputError, extract_text
from cchc_extract.readers import decode
from cchc_extract.readers.html import html_text as _html

from .test_properties import documents

EXAMPLES = int(os.environ.get("CCHC_FUZZ_EXAMPLES", "300"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _encode(text: str, encoding: str) -> bytes:
    clean = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if encoding == "utf-8-sig":
        return codecs.BOM_UTF8 + clean.encode("utf-8")
    return clean.encode(encoding, "replace")


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """Real-looking documents in a real encoding, then with bytes flipped, cut or inserted."""
    data = bytearray(_encode(draw(documents), draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1258"]))))
    for _ in range(draw(st.integers(0, 8))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "cut", "insert"]))
        if action == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif action == "cut":
            del data[at : at + draw(st.integers(1, 16))]
        else:
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
    return bytes(data)


def _read_and_extract(data: bytes) -> None:
    try:
        text = decode(data, "fuzz.txt")
    except InputError as exc:
        assert str(exc).startswith("fuzz.txt: ")
        return
    extract_text(text)
    extract_text(_html(text))


@SETTINGS
@given(st.binary(max_size=4096))
def test_random_bytes(data: bytes) -> None:
    _read_and_extract(data)


@SETTINGS
@given(mutated())
def test_mutated_documents(data: bytes) -> None:
    _read_and_extract(data)
