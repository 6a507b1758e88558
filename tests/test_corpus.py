"""Varied paragraphs written from the guide by an annotator who never saw the rules.

Each case lists every record its text must give (none for negatives such as
dates, document numbers, counts `25/25`, ranks and fee rates), with the guide's
fields; a field left out of an expected record is one the guide leaves open.
The check is ``rulecheck.case_problem``, which the ablation test reruns with each
rule masked; the scored corpora of document excerpts are in ``test_documents.py``.
"""

from __future__ import annotations

import pytest

from cchc_extract import load_patterns

from .rulecheck import case_problem, cases

CASES = cases("varied.jsonl")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case: dict) -> None:
    problem = case_problem(load_patterns(), case)
    assert problem is None, problem


def test_corpus_is_varied() -> None:
    assert len(CASES) >= 60
    assert sum(1 for c in CASES if not c["expect"]) >= 5  # negatives
