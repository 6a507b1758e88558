"""A word list (``rules.compile.words_regex``) finds whole words, and only whole words, however it starts."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from cchc_extract.normalize import normalize
from cchc_extract.rules.compile import words_regex

REPO = Path(__file__).resolve().parents[1]
DOCS = sorted((REPO / "tests" / "corpus").glob("blind*/docs/*.txt"))[:40]
WORDS = ["tối thiểu", "tối đa", "hồ sơ", "trực tuyến", "cấp xã", "xã", "năm 2025", "100"]


def _spans(source: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(source, text, regex.IGNORECASE)]


@pytest.mark.skipif(not DOCS, reason="the blind corpora are not in this checkout")
def test_a_list_of_words_finds_on_real_text_what_a_lookbehind_at_every_character_finds() -> None:
    source = words_regex(WORDS)
    by_lookbehind = r"(?<![\w])" + source[len(r"\b") :]
    found = 0
    for path in DOCS:
        text = normalize(path.read_text(encoding="utf-8")).text.lower()
        assert _spans(source, text) == _spans(by_lookbehind, text), path.name
        found += len(_spans(source, text))
    assert found > 100


def test_a_word_is_found_whole_and_not_inside_another() -> None:
    source = words_regex(WORDS)
    assert _spans(source, "cấp xã: 100%") == [(0, 6), (8, 11)]  # the longest word that fits
    assert _spans(source, "núi hồ sơn, 1000 hồ sơ") == [(17, 22)]  # not `hồ sơ` of `hồ sơn`, nor `100` of `1000`


def test_a_word_that_opens_on_a_sign_is_found_after_a_space() -> None:
    # a word boundary stands only before a letter or digit: `(` after a space is at none
    source = words_regex(["(trực tuyến)", "hồ sơ"])
    assert _spans(source, "nộp hồ sơ (trực tuyến) qua cổng") == [(4, 9), (10, 22)]
