"""A span's hits taken from its paragraph's shared scan are the hits its own scan finds.

Every rule family of the built-in set is asked about many spans (clauses, lead phrases,
windows before values, cuts inside words) of the real documents the repository carries,
once with the paragraph open and once without.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from cchc_extract import shared_scan
from cchc_extract.normalize import normalize
from cchc_extract.rules import load_patterns
from cchc_extract.rules.compile import Compiled
from cchc_extract.safe_regex import SafePattern

REPO = Path(__file__).resolve().parents[1]
DOCS = sorted((REPO / "tests" / "corpus" / "blind" / "docs").glob("*.txt")) + sorted((REPO / "samples").glob("*.txt"))


def _patterns() -> list[SafePattern]:
    ps = load_patterns()
    found: list[SafePattern] = []
    for value in vars(ps).values():
        for item in value if isinstance(value, list) else [value]:
            pattern = item.pattern if isinstance(item, Compiled) else item
            if isinstance(pattern, SafePattern) and pattern.timeout is None:
                found.append(pattern)
    return found


def _spans(rng: random.Random, start: int, end: int, text: str) -> list[tuple[int, int]]:
    """Spans a decision asks about: clauses between punctuation, short windows, arbitrary cuts."""
    cuts = [start] + [i + 1 for i in range(start, end) if text[i] in ",;:."] + [end]
    spans = list(zip(cuts, cuts[1:], strict=False))
    spans += [(rng.randint(start, end), 0) for _ in range(6)]
    return [(a, b if b > a else min(end, a + rng.randint(1, 80))) for a, b in spans]


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_shared_hits_equal_own_scan(path: Path) -> None:
    text = normalize(path.read_text(encoding="utf-8")).text.replace("\n", " ")
    rng = random.Random(path.name)
    patterns = [p for p in _patterns() if shared_scan.shareable(p.pattern)]
    paragraphs = [(m, min(len(text), m + rng.randint(200, 1500))) for m in range(0, len(text), 1500)]
    answered = 0
    for start, end in paragraphs:
        spans = _spans(rng, start, end, text)
        with shared_scan.paragraph(text, start, end):
            shared = [[p.finditer(text, a, b, shared=True) for p in patterns] for a, b in spans]
            first = [[p.search(text, a, b, shared=True) for p in patterns] for a, b in spans]
            answered += sum(
                shared_scan.finditer(p.compiled, text, a, b) is not None for p in patterns for a, b in spans
            )
        own = [[p.finditer(text, a, b) for p in patterns] for a, b in spans]
        own_first = [[p.search(text, a, b) for p in patterns] for a, b in spans]
        assert [[[m.span() for m in hits] for hits in row] for row in shared] == [
            [[m.span() for m in hits] for hits in row] for row in own
        ]
        assert [[m and m.span() for m in row] for row in first] == [[m and m.span() for m in row] for row in own_first]
    assert answered  # the shared scan did answer, not only fall back


def test_span_cutting_a_hit_is_scanned_on_its_own() -> None:
    pattern = SafePattern("test", r"cấp\s+huyện", 0, timeout=None)
    text = "Tỷ lệ ở cấp huyện đạt 80%"
    at = text.index("huyện")
    with shared_scan.paragraph(text, 0, len(text)):
        assert shared_scan.finditer(pattern.compiled, text, at, len(text)) is None  # cuts `cấp huyện`
        assert shared_scan.finditer(pattern.compiled, text, 0, len(text)) is not None
        assert pattern.finditer(text, at, len(text), shared=True) == []


def test_anchored_patterns_are_not_shared() -> None:
    assert not shared_scan.shareable(r"kế hoạch\s*:?\s*$")
    assert not shared_scan.shareable(r"^\s*đạt")
    assert shared_scan.shareable(r"(?<![\w])cấp\s+xã(?![\w])")


@pytest.mark.parametrize("path", DOCS[:6], ids=lambda p: p.name)
def test_cues_taken_from_the_paragraph_equal_the_span_own(path: Path) -> None:
    from cchc_extract.decide.kind_cues import cue_hits
    from cchc_extract.segment import Span

    ps = load_patterns()
    text = normalize(path.read_text(encoding="utf-8")).text.replace("\n", " ")
    rng = random.Random(path.name)
    answered = 0
    for start in range(0, len(text), 900):
        end = min(len(text), start + 900)
        spans = _spans(rng, start, end, text)
        with shared_scan.paragraph(text, start, end):
            shared = [cue_hits(ps, text, Span(a, b)) for a, b in spans]
            answered += sum(shared_scan.derived(("kind cues", id(ps)), None, text, a, b) is not None for a, b in spans)  # type: ignore[arg-type]
        assert shared == [cue_hits(ps, text, Span(a, b)) for a, b in spans]
    assert answered


@pytest.mark.parametrize("path", DOCS[:6], ids=lambda p: p.name)
def test_a_family_read_once_gives_each_rule_its_own_hits(path: Path) -> None:
    ps = load_patterns()
    text = normalize(path.read_text(encoding="utf-8")).text.replace("\n", " ")
    rng = random.Random(path.name)
    for family in (ps.levels, ps.years, ps.values):
        patterns = [c.pattern for c in family]
        answered = 0
        for start in range(0, len(text), 700):
            end = min(len(text), start + 700)
            spans = _spans(rng, start, end, text)
            with shared_scan.paragraph(text, start, end):
                shared = [shared_scan.family(("test", id(family)), patterns, text, a, b) for a, b in spans]
            for (a, b), per_rule in zip(spans, shared, strict=True):
                if per_rule is not None:
                    answered += 1
                    assert [[m.span() for m in hits] for hits in per_rule] == [
                        [m.span() for m in p.finditer(text, a, b)] for p in patterns
                    ]
        assert answered
