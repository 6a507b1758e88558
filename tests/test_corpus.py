"""Varied paragraphs written from the guide by an annotator who never saw the rules.

Each case lists every record its text must give (none for negatives such as
dates, document numbers, counts `25/25`, ranks and fee rates), with the guide's
fields; a field left out of an expected record is one the guide leaves open.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cchc_extract import extract_text

CORPUS = Path(__file__).parent / "corpus" / "varied.jsonl"
CASES = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
FIELDS = ["value", "value_max", "kind", "comparator", "change", "per_year", "year", "baseline_year", "area", "levels"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case: dict) -> None:
    records = extract_text(case["text"])
    assert [r.value for r in records] == pytest.approx([e["value"] for e in case["expect"]]), case["note"]
    for record, expected in zip(records, case["expect"], strict=True):
        for field in FIELDS:
            if field not in expected:
                continue
            got = getattr(record, field)
            if field == "levels":
                got, expected[field] = sorted(got), sorted(expected[field])
            assert got == expected[field], f"{record.value}: {field} is {got!r}, expected {expected[field]!r}"


def test_corpus_is_varied() -> None:
    assert len(CASES) >= 60
    assert sum(1 for c in CASES if not c["expect"]) >= 5  # negatives
