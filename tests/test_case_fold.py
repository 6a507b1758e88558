"""Rules matched case-sensitively on the lower-cased document find what they find ignoring case."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from cchc_extract import case_fold, extract_text
from cchc_extract.normalize import normalize
from cchc_extract.rules import load_patterns
from cchc_extract.rules.compile import Compiled
from cchc_extract.safe_regex import SafePattern

REPO = Path(__file__).resolve().parents[1]
DOCS = sorted((REPO / "tests" / "corpus" / "blind" / "docs").glob("*.txt"))[:8]


def _builtin_patterns() -> list[SafePattern]:
    found: list[SafePattern] = []
    for value in vars(load_patterns()).values():
        for item in value if isinstance(value, list) else [value]:
            pattern = item.pattern if isinstance(item, Compiled) else item
            if isinstance(pattern, SafePattern):
                found.append(pattern)
    return found


def test_most_built_in_rules_fold_and_those_that_see_case_do_not() -> None:
    patterns = _builtin_patterns()
    folds = [p for p in patterns if case_fold.foldable(p.pattern, p.flags)]
    assert len(folds) > len(patterns) // 2
    assert not case_fold.foldable(r"(?:UBND|Ủy ban nhân dân)\s+tỉnh", regex.IGNORECASE)
    assert not case_fold.foldable(r"tỉnh(?!(?-i:\s+\p{Lu}))", regex.IGNORECASE)
    assert not case_fold.foldable(r"quý\s+\x49", regex.IGNORECASE)  # `\x49` spells `I`
    assert not case_fold.foldable("tỉnh", 0)  # a case-sensitive rule keeps its case
    # capitals that name no cased character: classes, anchors, named groups (and an escaped backslash)
    assert case_fold.foldable(r"^[^\W\d]+\S*(?P<y>\d{4})\b\\(?<=\p{L}:)", regex.IGNORECASE)
    assert not case_fold.foldable(r"\p{Ll}", regex.IGNORECASE)
    assert not case_fold.foldable(r"\\W", regex.IGNORECASE)  # a backslash, then a capital W


def test_lower_case_keeps_what_the_classes_that_fold_match() -> None:
    """`\\w`, `\\s`, `\\d`, `\\p{L}` (so `\\W`, `\\S`, `\\D`, `\\b`) read a character and its lower case alike."""
    classes = [regex.compile(source) for source in (r"\w", r"\s", r"\d", r"\p{L}")]
    changed = [
        (char, lower)
        for char in map(chr, range(0x110000))
        if len(lower := char.lower()) == 1 and lower != char
        if any(bool(c.match(char)) != bool(c.match(lower)) for c in classes)
    ]
    assert changed == []


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_folded_matches_equal_case_blind_matches(path: Path) -> None:
    text = normalize(path.read_text(encoding="utf-8")).text.replace("\n", " ")
    patterns = [p for p in _builtin_patterns() if case_fold.foldable(p.pattern, p.flags)]
    with case_fold.document(text):
        assert case_fold.lowered(text) is not None
        folded = [[m.span() for m in p.finditer(text)] for p in patterns]
        first = [(m.span() if (m := p.search(text, 10)) else None) for p in patterns]
    assert folded == [[m.span() for m in p.finditer(text)] for p in patterns]
    assert first == [(m.span() if (m := p.search(text, 10)) else None) for p in patterns]


def test_a_text_whose_lower_case_is_longer_is_not_folded() -> None:
    text = "Tỉnh İstanbul đạt 80%"  # `İ` lower-cases to two characters: offsets would move
    with case_fold.document(text):
        assert case_fold.lowered(text) is None
    opened = "Tỉnh đạt 80%"
    assert case_fold.lowered(opened) is None  # no document open: nothing is folded
    with case_fold.document(opened):
        assert case_fold.lowered(opened) == "tỉnh đạt 80%"
        piece = opened[:4]  # the words before a value, a clause: lowered when asked
        assert case_fold.lowered(piece) == "tỉnh"
        assert case_fold.lowered("Đến İzmir") is None  # a piece whose lower case is longer is not folded
    assert case_fold.lowered(opened) is None


def test_records_keep_the_document_case() -> None:
    records = extract_text("Tỷ lệ hồ sơ xử lý trực tuyến của UBND tỉnh đạt tối thiểu 80% trong năm 2025.")
    assert [r.text for r in records] == ["tối thiểu 80%"]
    assert "UBND" in records[0].sentence
