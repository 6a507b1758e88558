"""The real documents in ../shared: offsets point at the evidence, and the scorer's bar holds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import regex

from cchc_extract import extract_file

NUMBER = regex.compile(r"(\d+)(?:[.,](\d+))?")


def test_every_record_points_at_its_number(shared: Path) -> None:
    for path in sorted((shared / "seeds").glob("*.txt")):
        source = path.read_text(encoding="utf-8")
        lines = source.split("\n")
        for record in extract_file(path):
            m = NUMBER.match(source, record.start)
            assert m, f"{path.name}@{record.start}: no number at start"
            if source[m.end() : m.end() + 1] == "/":
                a, b = int(m.group(1)), int(NUMBER.match(source, m.end() + 1).group(1))  # type: ignore[union-attr]
                assert round(100 * a / b, 2) == record.value
            else:
                assert float(m.group(0).replace(",", ".")) == record.value, f"{path.name}@{record.start}"
            assert lines[record.line - 1][record.column - 1 :].startswith(m.group(0))
            assert m.group(0) in record.sentence


def test_seed_gold_score_meets_the_bar(shared: Path, tmp_path: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    seeds = sorted(str(p) for p in (shared / "seeds").glob("*.txt"))
    done = subprocess.run(
        [sys.executable, "-m", "cchc_extract", "extract", *seeds, "--kind", "all", "-f", "jsonl", "-o", str(pred)],
        capture_output=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    golds = [arg for g in sorted((shared / "gold").glob("*.jsonl")) for arg in ("--gold", str(g))]
    scored = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), *golds, "--pred", str(pred), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    score = json.loads(scored.stdout)
    assert score["target"]["f1"] >= 0.97
    assert score["strict_target"]["f1"] >= 0.90
    assert score["result"]["f1"] >= 0.85
    for field in ("comparator", "change", "year", "area"):
        assert score["field_accuracy_on_matched_targets"][field] >= 0.95, field
