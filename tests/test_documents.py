"""Score the document-excerpt corpora the way the project's scorer does (see ``scoring.py``).

Each bar sits just under the figure measured now (a ratchet: raise it when the figure rises,
never lower it to make a change pass). The figures when the bars were last set are in the
comments; a failing test prints the whole score.
"""

from __future__ import annotations

import pytest

from .rulecheck import CORPORA
from .scoring import corpus_score, shortfalls

FIELD = "field_accuracy_on_matched_targets."

# second annotator, 62 excerpts: blind 0.960 / 0.782 / 0.930; now target 0.997, strict 0.997, result 0.992,
# every field 1.000
SECOND = {
    "target.f1": 0.995,
    "strict_target.f1": 0.995,
    "result.f1": 0.990,
    **{FIELD + f: 0.995 for f in ("comparator", "change", "per_year", "year", "baseline_year", "area", "levels")},
    FIELD + "value_max": 0.995,
}
# third annotator, 40 excerpts: blind 0.953 / 0.822 / 0.926; now target 0.956, strict 0.892, result 0.947;
# comparator 0.953, change 0.991, per_year 1.000, year 0.981, baseline_year 0.995, area 0.943, levels 0.948
THIRD = {
    "target.f1": 0.953,
    "strict_target.f1": 0.885,
    "result.f1": 0.944,
    FIELD + "comparator": 0.951,
    FIELD + "change": 0.988,
    FIELD + "per_year": 0.995,
    FIELD + "year": 0.979,
    FIELD + "baseline_year": 0.993,
    FIELD + "area": 0.941,
    FIELD + "levels": 0.946,
    FIELD + "value_max": 0.995,
}
BARS = {"documents.jsonl": SECOND, "documents3.jsonl": THIRD}


@pytest.mark.parametrize("corpus", sorted(BARS))
def test_corpus_meets_its_bars(corpus: str) -> None:
    score = corpus_score(CORPORA / corpus)
    assert not shortfalls(score, BARS[corpus]), score
