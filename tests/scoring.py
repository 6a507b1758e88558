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
from cchc_extract.rules import PatternSet

FIELDS = ["comparator", "change", "per_year", "year", "baseline_year", "area", "levels", "value_max"]
STRICT = ["comparator", "change", "year", "area", "value_max"]
TOL = 3


def _same(gold: dict[str, Any], pred: dict[str, Any], field: str) -> bool:
    if field in gold.get("loose", ()) or field not in gold:
        return True
    want, got = gold[field], pred.get(field)
    if field == "levels":
        return sorted(want or []) == sorted(got or [])
    if field == "value_max":
        return (want is None and got is None) or (
            want is not None and got is not None and abs(float(want) - float(got)) < 0.011
        )
    return bool(want == got)


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _match(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]]
) -> tuple[list[tuple[dict[str, Any], dict[str, Any]]], list[dict[str, Any]], list[dict[str, Any]]]:
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for p in pred:
        by_doc.setdefault(p["document"], []).append(p)
    used: set[int] = set()
    pairs, missed = [], []
    for g in sorted(gold, key=lambda r: (r["document"], r["start"])):
        best = None
        for p in by_doc.get(g["document"], []):
            if id(p) in used or abs(p["value"] - g["value"]) > 0.011:
                continue
            d = abs(p["start"] - g["start"])
            if d <= TOL and (best is None or d < abs(best["start"] - g["start"])):
                best = p
        if best is None:
            missed.append(g)
        else:
            used.add(id(best))
            pairs.append((g, best))
    spurious = [p for docs in by_doc.values() for p in docs if id(p) not in used]
    return pairs, missed, spurious


def score(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, Any]:
    """Detection by kind, strict target F1 and per-field accuracy on matched targets, as score.py counts."""
    all_pairs, missed, spurious = _match(gold, pred)
    pairs = [(g, p) for g, p in all_pairs if not g.get("ambiguous")]
    missed = [g for g in missed if not g.get("ambiguous")]
    out: dict[str, Any] = {}
    for kind in ("target", "result"):
        tp = sum(1 for g, p in pairs if g["kind"] == kind and p["kind"] == kind)
        fp = sum(1 for g, p in pairs if p["kind"] == kind != g["kind"]) + sum(1 for p in spurious if p["kind"] == kind)
        fn = sum(1 for g in missed if g["kind"] == kind) + sum(1 for g, p in pairs if g["kind"] == kind != p["kind"])
        out[kind] = _prf(tp, fp, fn)
    both = [(g, p) for g, p in pairs if g["kind"] == p["kind"] == "target"]
    out["field_accuracy_on_matched_targets"] = {
        f: sum(_same(g, p, f) for g, p in both) / len(both) if both else 1.0 for f in FIELDS
    }
    strict_tp = sum(1 for g, p in both if all(_same(g, p, f) for f in STRICT))
    gold_t = sum(1 for g in gold if g["kind"] == "target" and not g.get("ambiguous"))
    pred_t = sum(1 for p in pred if p["kind"] == "target") - sum(
        1 for g, p in all_pairs if g.get("ambiguous") and p["kind"] == "target"
    )
    out["strict_target"] = _prf(strict_tp, pred_t - strict_tp, gold_t - strict_tp)
    return out


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
