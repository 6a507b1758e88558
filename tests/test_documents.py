"""Score the document-excerpt corpora the way the project's scorer does.

Matching: same document, value within 0.01, start within 3 code points; gold
records marked ambiguous are left out (and predictions matching them). Fields
a case leaves out are not checked for that record.
"""

from __future__ import annotations

import json
from pathlib import Path

from cchc_extract import extract_text

CORPORA = Path(__file__).parent / "corpus"
STRICT = ["kind", "comparator", "change", "year", "area", "value_max"]


def _f1(tp: int, fp: int, fn: int) -> float:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _score(corpus: Path) -> dict[str, float]:
    counts = {"target": [0, 0, 0], "result": [0, 0, 0]}
    strict_tp = gold_targets = pred_targets = 0
    for line in corpus.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        preds = extract_text(case["text"])
        used: set[int] = set()
        for gold in case["expect"]:
            match = next(
                (
                    i
                    for i, p in enumerate(preds)
                    if i not in used and abs(p.value - gold["value"]) < 0.011 and abs(p.start - gold["start"]) <= 3
                ),
                None,
            )
            if match is not None:
                used.add(match)
            if gold.get("ambiguous"):
                continue
            kind = gold["kind"]
            gold_targets += kind == "target"
            if match is None:
                counts[kind][2] += 1
                continue
            pred = preds[match]
            if pred.kind == kind:
                counts[kind][0] += 1
                if kind == "target" and all(f not in gold or getattr(pred, f) == gold[f] for f in STRICT):
                    strict_tp += 1
            else:
                counts[kind][2] += 1
                counts[pred.kind][1] += 1
        for i, pred in enumerate(preds):
            ambiguous_match = any(
                g.get("ambiguous") and abs(pred.value - g["value"]) < 0.011 and abs(pred.start - g["start"]) <= 3
                for g in case["expect"]
            )
            if ambiguous_match:
                continue
            pred_targets += pred.kind == "target"
            if i not in used:
                counts[pred.kind][1] += 1
    strict_p = strict_tp / pred_targets if pred_targets else 1.0
    strict_r = strict_tp / gold_targets if gold_targets else 1.0
    return {
        "target": _f1(*counts["target"]),
        "result": _f1(*counts["result"]),
        "strict": 2 * strict_p * strict_r / (strict_p + strict_r) if strict_p + strict_r else 0.0,
    }


def test_document_corpus_meets_the_bar() -> None:
    score = _score(CORPORA / "documents.jsonl")
    assert score["target"] >= 0.97, score
    assert score["result"] >= 0.95, score
    assert score["strict"] >= 0.93, score


def test_third_document_corpus_meets_the_bar() -> None:
    # scored blind when it arrived (target 0.953, strict 0.822, result 0.926); the bar holds what it reaches now
    score = _score(CORPORA / "documents3.jsonl")
    assert score["target"] >= 0.95, score
    assert score["result"] >= 0.92, score
    assert score["strict"] >= 0.83, score
