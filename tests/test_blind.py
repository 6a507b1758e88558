"""Real pages annotated blind (``tests/corpus/blind``): how the extractor does on text nobody tuned it on.

The set was annotated from the guide alone and scored once before any rule was changed
for it (target F1 0.901, strict 0.672, result F1 0.902: the blind estimate; see its
README). It ships with the project, so it runs in a fresh clone. Bars sit just under the
figures measured now and rise with them. After tuning by the guide's constructions (kind in a
measured paragraph, orientation years, bracketed periods, elliptical change, shared list
qualifiers, digital-economy area), measured: target F1 0.984, strict 0.951, result F1 0.986;
year 1.000, area 0.967, levels 0.983 — no longer a blind estimate.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cchc_extract import extract_file

from .scoring import score, shortfalls

BLIND = Path(__file__).resolve().parent / "corpus" / "blind"
FIELD = "field_accuracy_on_matched_targets."
BLIND_BARS = {
    "target.f1": 0.980,
    "strict_target.f1": 0.945,
    "result.f1": 0.980,
    FIELD + "year": 0.995,
    FIELD + "area": 0.960,
    FIELD + "levels": 0.975,
}


# the second blind set (``corpus/blind2``, its README): blind target F1 0.912, strict 0.667, result F1
# 0.951, area 0.731; after the outside lead-in, the planned figure beside a result and the soft word kept to
# its sentence: 0.946, 0.873, 0.971, area 0.923
BLIND2 = BLIND.with_name("blind2")
BLIND2_BARS = {
    "target.f1": 0.940,
    "strict_target.f1": 0.865,
    "result.f1": 0.965,
    FIELD + "year": 0.995,
    FIELD + "area": 0.920,
    FIELD + "levels": 0.960,
}


# the third (``corpus/blind3``, staffing, civil service, finance): blind 0.839, strict 0.581, result 0.935;
# after the two year forms: strict 0.710, year 0.846 (15 scored targets: one record moves strict F1 by 0.07)
BLIND3 = BLIND.with_name("blind3")
BLIND3_BARS = {
    "target.f1": 0.830,
    "strict_target.f1": 0.700,
    "result.f1": 0.925,
    FIELD + "year": 0.840,
    FIELD + "area": 0.990,
}


def _figures(folder: Path) -> dict[str, Any]:
    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    pred: list[dict[str, Any]] = [
        r.model_dump(mode="json") for path in sorted((folder / "docs").glob("*.txt")) for r in extract_file(path)
    ]
    assert {g["document"] for g in gold} <= {p.name for p in (folder / "docs").glob("*.txt")}
    return score(gold, pred)


def test_blind_real_pages_meet_their_bars() -> None:
    figures = _figures(BLIND)
    assert not shortfalls(figures, BLIND_BARS), (shortfalls(figures, BLIND_BARS), figures)


def test_second_blind_real_pages_meet_their_bars() -> None:
    figures = _figures(BLIND2)
    assert not shortfalls(figures, BLIND2_BARS), (shortfalls(figures, BLIND2_BARS), figures)


def test_third_blind_real_pages_meet_their_bars() -> None:
    figures = _figures(BLIND3)
    assert not shortfalls(figures, BLIND3_BARS), (shortfalls(figures, BLIND3_BARS), figures)
