"""The real documents in ../shared: offsets point at the evidence, and the scorer's bars hold.

Each bar sits just under the figure measured when it was set (a ratchet: raise it when the
figure rises; never lower it to let a change pass). Scored with ``../shared/eval/score.py``
on the command's own output (``scoring.shared_score``, shared with ``test_realdev.py``).
"""

from __future__ import annotations

from pathlib import Path

import regex

from cchc_extract import extract_file

from .scoring import shared_score, shortfalls

NUMBER = regex.compile(r"(\d+)(?:[.,](\d+))?")
FIELD = "field_accuracy_on_matched_targets."

# measured: target F1 1.000, strict 1.000, result F1 1.000; every field 1.000
SEED_BARS = {
    "target.f1": 0.995,
    "strict_target.f1": 0.995,
    "result.f1": 0.995,
    FIELD + "comparator": 0.995,
    FIELD + "change": 0.995,
    FIELD + "per_year": 0.995,
    FIELD + "year": 0.995,
    FIELD + "baseline_year": 0.995,
    FIELD + "area": 0.995,
    FIELD + "levels": 0.995,
    FIELD + "value_max": 0.995,
}


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


def test_seed_scores_meet_their_bars(shared: Path, tmp_path: Path) -> None:
    score = shared_score(
        shared, sorted((shared / "seeds").glob("*.txt")), sorted((shared / "gold").glob("*.jsonl")), tmp_path
    )
    assert not shortfalls(score, SEED_BARS), (shortfalls(score, SEED_BARS), score)
