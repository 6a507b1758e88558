"""A rule's gate (the strings every match holds) never passes over a span the rule matches in."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import regex

from cchc_extract import case_fold, safe_regex
from cchc_extract.literal_gate import needles
from cchc_extract.normalize import normalize
from cchc_extract.rules import load_patterns
from cchc_extract.rules.compile import Compiled, words_regex
from cchc_extract.safe_regex import SafePattern

REPO = Path(__file__).resolve().parents[1]
DOCS = sorted((REPO / "tests" / "corpus" / "blind" / "docs").glob("*.txt"))[:6]


def _gated_builtin_patterns() -> list[SafePattern]:
    found: dict[str, SafePattern] = {}
    for value in vars(load_patterns()).values():
        for item in value if isinstance(value, list) else [value]:
            pattern = item.pattern if isinstance(item, Compiled) else item
            if isinstance(pattern, SafePattern) and pattern._folds and needles(pattern.pattern):
                found[pattern.pattern] = pattern
    return list(found.values())


def test_a_word_list_needs_one_of_its_words() -> None:
    source = words_regex(["tối thiểu", "tối đa", "ít nhất"])  # `tối (?:thiểu|đa)|ít nhất`
    assert set(needles(source) or ()) == {"tối", "nhất"}  # each word's longest certain part


def test_a_verbose_rule_has_no_gate() -> None:
    with case_fold.document("Đạt tối thiểu 80%"):
        verbose = SafePattern("verbose", r"tối thiểu", regex.IGNORECASE | regex.VERBOSE, timeout=None)
        assert verbose.search("Đạt tốithiểu 80%") is not None  # `tối thiểu` is `tốithiểu` when verbose
        assert verbose._gate is None


def test_a_literal_run_counts_whole_and_optional_parts_do_not() -> None:
    assert needles(r"so với\s+(?:năm\s+)?\d{4}") == ("so với",)
    assert needles(r"(?:năm\s+)?\d{4}") is None  # nothing literal is certain
    assert needles(r"(?<=cấp\s)xã") == ("xã",)  # a lookbehind's words may stand before the span
    assert needles(r"[.:]\s*$") == (".", ":")


def test_what_cannot_be_gated_is_not() -> None:
    assert needles(r"\p{Lu}\w+") is None  # syntax of `regex` only: no gate, the rule always runs
    assert needles(r"(?i:tỉnh)") is None  # a part that ignores case holds no certain string
    assert needles("một|hai|năm|sáu|tám|chín|mười|trăm") is None  # too many strings to look for
    # syntax `re` reads otherwise than `regex`: a POSIX class, fuzzy matching, verbose spaces
    assert needles(r"[[:digit:]]+\s*%") is None
    assert needles(r"(?:tối thiểu){e<=1}") is None
    assert needles(r"(?x) tối \s+ thiểu") is None


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_every_match_of_a_gated_rule_holds_one_of_its_strings(path: Path) -> None:
    low = normalize(path.read_text(encoding="utf-8")).text.lower()
    patterns = _gated_builtin_patterns()
    assert len(patterns) > 100
    for p in patterns:
        gate = needles(p.pattern) or ()
        compiled = regex.compile(p.pattern, p.flags & ~regex.IGNORECASE)
        for m in compiled.finditer(low):
            assert any(n in m[0] for n in gate), (p.rule, m[0], gate)


def test_the_gate_is_read_once_a_rule_is_asked_often() -> None:
    rule = SafePattern("words", words_regex(["tối thiểu"]), regex.IGNORECASE, timeout=None)
    text = "Tỷ lệ hồ sơ đạt 80%."
    with case_fold.document(text):
        for _ in range(safe_regex.GATE_AFTER - 1):
            assert rule.search(text) is None
        assert rule._gate is None  # a short run does not pay for reading it
        assert rule.search(text) is None
    assert rule._gate == ("thiểu",)


@pytest.mark.parametrize("path", DOCS[:3], ids=lambda p: p.name)
def test_gated_calls_answer_what_the_engine_answers(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Inside an open document (gates on) and outside it (no gate), over windows of real text."""
    text = normalize(path.read_text(encoding="utf-8")).text
    monkeypatch.setattr(safe_regex, "GATE_AFTER", 1)  # every call of these gated
    patterns = [SafePattern(p.rule, p.pattern, p.flags, timeout=None) for p in _gated_builtin_patterns()]
    rng = random.Random(3)
    windows = [(a, a + rng.randint(1, 200)) for a in (rng.randrange(len(text)) for _ in range(60))]
    passed_over = 0

    def answers() -> list[object]:
        nonlocal passed_over
        out: list[object] = []
        for p in patterns:
            for pos, end in windows:
                hit = p.search(text, pos, end)
                out.append(hit.span() if hit else None)
                out.append([m.span() for m in p.finditer(text, pos, end)])
                first = p.match(text, pos, end)
                out.append(first.span() if first else None)
                low = case_fold.lowered(text)
                passed_over += low is not None and not any(low.find(n, pos, end) >= 0 for n in p._gate or ())
        return out

    with case_fold.document(text):
        gated = answers()
    assert all(p._gate for p in patterns)
    assert passed_over > len(patterns) * len(windows) // 2  # most windows lack most rules' strings
    assert gated == answers()
