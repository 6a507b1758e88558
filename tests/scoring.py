"""Scores and their bars, shared by the seed, realdev and corpus tests (and the ablation test).

:func:`score` counts the way ``../shared/eval/score.py`` does (same document, value within
0.01, start within 3 code points, one-to-one, the nearest start first; ambiguous gold records
and the predictions that match them left out; per-field accuracy on matched targets), so that
the corpora in ``tests/corpus`` are scored without ``../shared``; a field a corpus record
leaves out is not scored for it (it is `loose`). :func:`shared_score` runs the real scorer on
the command's own output. A bar is a dotted path into a score (``target.f1``,
``field_accuracy_on_matched_targets.levels``) and the least it may be: set just under the
figure measured now, and raised when the figure rises.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from cchc_extract import extract_text
from cchc_extract.evaluate import as_dict
from cchc_extract.evaluate import score as evaluate
from cchc_extract.evaluate.records import to_item
from cchc_extract.rules import PatternSet


def score(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, Any]:
    """Detection by kind, strict target F1 and per-field accuracy on matched targets (``cchc eval``'s scorer)."""
    golds = [to_item(g, f"gold {k}") for k, g in enumerate(gold)]
    return as_dict(evaluate(golds, [to_item(p, f"pred {k}") for k, p in enumerate(pred)]))


def corpus_score(path: Path, patterns: PatternSet | None = None) -> dict[str, Any]:
    """Score a corpus of excerpts (`{"id", "text", "expect"}` lines, each excerpt a document) in process."""
    gold: list[dict[str, Any]] = []
    pred: list[dict[str, Any]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        gold += [{**g, "document": case["id"]} for g in case["expect"]]
        pred += [{**r.model_dump(), "document": case["id"]} for r in extract_text(case["text"], patterns=patterns)]
    return score(gold, pred)


def shared_score(shared: Path, docs: Iterable[Path], golds: Iterable[Path], tmp_path: Path) -> dict[str, Any]:
    """Extract ``docs`` with the command, as a user would, and score them with ``shared``'s scorer."""
    pred = tmp_path / "pred.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "cchc_extract", "extract", *map(str, docs), "--kind", "all", "-f", "jsonl", "-q"]
        + ["-o", str(pred)],
        capture_output=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    gold_args = [arg for g in golds for arg in ("--gold", str(g))]
    scored = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), *gold_args, "--pred", str(pred), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result: dict[str, Any] = json.loads(scored.stdout)
    return result


def shortfalls(score: dict[str, Any], bars: dict[str, float]) -> list[str]:
    """Every bar the score falls below, with the figure."""
    out = []
    for path, bar in bars.items():
        figure: Any = score
        for key in path.split("."):
            figure = figure[key]
        if figure is None or figure < bar:
            out.append(f"{path} {figure} < {bar}")
    return out
