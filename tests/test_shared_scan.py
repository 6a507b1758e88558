"""A span's hits taken from its paragraph's shared scan are the hits its own scan finds.

Every rule family of the built-in set is asked about many spans (clauses, lead phrases,
windows before values, cuts inside words) of the real documents the repository carries,
once with the paragraph open and once without.
"""

from __future__ import annotations

import random
from functools import partial
from pathlib import Path

import pytest
import regex

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


def test_span_cutting_a_hit_is_scanned_on_its_own() -> None:
    patterns = shared_scan.Family([SafePattern("test", r"cấp\s+huyện", 0, timeout=None)])
    text = "Tỷ lệ ở cấp huyện đạt 80%"
    at = text.index("huyện")
    with shared_scan.paragraph(text, 0, len(text)):
        assert shared_scan.family(patterns, text, at, len(text)) is None  # cuts `cấp huyện`
        whole = shared_scan.family(patterns, text, 0, len(text))
        assert whole is not None and [m.group() for m in whole[0]] == ["cấp huyện"]
        assert shared_scan.family(patterns, text, 0, 10) is None  # ends inside a word
    assert shared_scan.family(patterns, text, 0, len(text)) is None  # no paragraph open


def test_scanned_only_answers_after_an_earlier_question_had_the_paragraph_scanned() -> None:
    patterns = shared_scan.Family([SafePattern("test", r"doanh\s+nghiệp", 0, timeout=None)])
    text = "Tỷ lệ doanh nghiệp nộp thuế điện tử đạt 98%; hồ sơ trực tuyến đạt 60%"
    half = text.index(";")
    with shared_scan.paragraph(text, 0, len(text)):
        assert shared_scan.family(patterns, text, 0, half, scanned_only=True) is None  # nothing scanned yet
        assert shared_scan.family(patterns, text, half, len(text)) == [[]]  # this question scans the paragraph
        found = shared_scan.family(patterns, text, 0, half, scanned_only=True)
    assert found is not None and [m.group() for m in found[0]] == ["doanh nghiệp"]


def test_a_rule_that_sees_span_edges_reads_the_span_itself() -> None:
    assert not shared_scan.shareable(r"kế hoạch\s*:?\s*$")
    assert not shared_scan.shareable(r"\Gđạt")
    # `^` and `\A` match where the text starts, not where a scan starts in it: a paragraph's scan answers for them
    assert shared_scan.shareable(r"(?:(?<=[.;]\s)|^)hiện\s+nay") and shared_scan.shareable(r"\Ađạt")
    assert regex.compile(r"^đạt", regex.MULTILINE).search("Tỷ lệ đạt", 6) is None
    assert shared_scan.shareable(r"(?<![\w])cấp\s+xã(?![\w])")
    assert shared_scan.shareable(r"[^\d;%$]{0,30}")  # `^` and `$` inside a set are characters
    text = "Kế hoạch đạt 80%"
    patterns = shared_scan.Family(
        [SafePattern("test", r"đạt\s*$", 0, timeout=None), SafePattern("test", "hoạch", 0, timeout=None)]
    )
    cut = text.index("80")
    with shared_scan.paragraph(text, 0, len(text)):
        found = shared_scan.family(patterns, text, 0, cut)
    assert found is not None
    assert [[m.span() for m in hits] for hits in found] == [[(9, 13)], [(3, 8)]]  # `đạt ` ends the span


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
            # the paragraph's cues were read by the calls above: asking again builds nothing
            built_again = partial(pytest.fail, "the paragraph's cues were not kept")
            answered += sum(
                shared_scan.derived(("kind cues", id(ps)), built_again, text, a, b) is not None for a, b in spans
            )
        assert shared == [cue_hits(ps, text, Span(a, b)) for a, b in spans]
    assert answered


@pytest.mark.parametrize("path", DOCS[:6], ids=lambda p: p.name)
def test_a_family_read_once_gives_each_rule_its_own_hits(path: Path) -> None:
    ps = load_patterns()
    text = normalize(path.read_text(encoding="utf-8")).text.replace("\n", " ")
    rng = random.Random(path.name)
    for family in (ps.levels, ps.years, ps.values, ps.kind_free_regex, ps.changes):  # years: one rule anchored
        patterns = [c.pattern for c in family]
        together = shared_scan.Family(patterns)
        answered = 0
        for start in range(0, len(text), 700):
            end = min(len(text), start + 700)
            spans = _spans(rng, start, end, text)
            with shared_scan.paragraph(text, start, end):
                shared = [shared_scan.family(together, text, a, b) for a, b in spans]
            for (a, b), per_rule in zip(spans, shared, strict=True):
                if per_rule is not None:
                    answered += 1
                    assert [[m.span() for m in hits] for hits in per_rule] == [
                        [m.span() for m in p.finditer(text, a, b)] for p in patterns
                    ]
        assert answered


@pytest.mark.parametrize("path", DOCS[:6], ids=lambda p: p.name)
def test_each_rule_last_hit_is_the_last_of_its_own_scan(path: Path) -> None:
    ps = load_patterns()
    text = normalize(path.read_text(encoding="utf-8")).text.replace("\n", " ")
    rng = random.Random(path.name)
    answered = 0  # spans the paragraph answered for with a hit
    for family in (ps.named_rates, ps.years, ps.levels):  # years: one rule anchored
        patterns = [c.pattern for c in family]
        together = shared_scan.Family(patterns)
        for start in range(0, len(text), 700):
            end = min(len(text), start + 700)
            # the spans a value asks about: from the paragraph's start, and from a sentence's, up to the value
            spans = [(start, b) for _, b in _spans(rng, start, end, text)] + _spans(rng, start, end, text)
            with shared_scan.paragraph(text, start, end):
                last = [shared_scan.family_last(together, text, a, b) for a, b in spans]
            for (a, b), per_rule in zip(spans, last, strict=True):
                if per_rule is not None:
                    answered += any(hit is not None for hit in per_rule)
                    own = [p.finditer(text, a, b) for p in patterns]
                    assert [hit.span() if hit else None for hit in per_rule] == [
                        hits[-1].span() if hits else None for hits in own
                    ]
    assert answered
    assert shared_scan.family_last(shared_scan.Family([]), text, 0, 10) is None  # no paragraph open
