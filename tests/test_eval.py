"""`cchc eval`: hand-made gold files with known answers, the file formats analysts keep, and agreement with
the project's reference scorer (``../shared/eval/score.py``) on the seed gold."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cchc_extract.cli import app
from cchc_extract.evaluate import EvalInputError, from_records, read_records, score
from cchc_extract.pipeline import extract_file

from .conftest import SAMPLE

runner = CliRunner()


def _record(start: int, value: float, kind: str = "target", **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "document": "a.txt",
        "start": start,
        "value": value,
        "value_max": None,
        "kind": kind,
        "comparator": "eq",
        "change": None,
        "per_year": False,
        "year": 2025,
        "baseline_year": None,
        "area": "procedures",
        "levels": [],
    }
    return base | fields


# four predictions: three targets and a result, with every scored field set
PRED = [
    _record(10, 80, comparator="gte", levels=["province"], line=2, sentence="Tối thiểu 80% hồ sơ cấp tỉnh."),
    _record(50, 90, line=3, sentence="Đạt 90% hồ sơ đúng hạn."),
    _record(90, 35.5, "result", year=2023, area=None, line=5, sentence="Năm 2023 đạt 35,5%."),
    _record(130, 10, change="decrease", baseline_year=2021, area="apparatus", line=7, sentence="Giảm 10% biên chế."),
]


def _write(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _invoke(tmp_path: Path, gold: list[dict[str, Any]], pred: list[dict[str, Any]], *extra: str) -> Any:
    gold_file, pred_file = _write(tmp_path / "gold.jsonl", gold), _write(tmp_path / "pred.jsonl", pred)
    result = runner.invoke(app, ["eval", "--gold", str(gold_file), "--pred", str(pred_file), *extra])
    assert result.exit_code == 0, result.output
    return result


def _eval(tmp_path: Path, gold: list[dict[str, Any]], pred: list[dict[str, Any]] = PRED, *extra: str) -> Any:
    return json.loads(_invoke(tmp_path, gold, pred, "-f", "json", *extra).stdout)


def _prf(figures: dict[str, Any]) -> tuple[float, float, float]:
    return figures["precision"], figures["recall"], figures["f1"]


def test_perfect_gold_scores_one_everywhere(tmp_path: Path) -> None:
    s = _eval(tmp_path, [dict(r) for r in PRED])
    assert (s["documents"], s["gold"], s["predicted"]) == (1, 4, 4)
    assert _prf(s["mention"]) == (1.0, 1.0, 1.0) and s["mention"]["tp"] == 4
    assert s["target"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 3, "fp": 0, "fn": 0}
    assert s["result"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0}
    assert _prf(s["strict_target"]) == (1.0, 1.0, 1.0) and s["strict_target"]["tp"] == 3
    assert set(s["field_accuracy_on_matched_targets"].values()) == {1.0}
    assert s["strict_errors_by_field"] == {}


def test_one_missed_target(tmp_path: Path) -> None:
    s = _eval(tmp_path, [*PRED, _record(170, 50)])
    assert s["target"] == {"precision": 1.0, "recall": 0.75, "f1": 0.8571, "tp": 3, "fp": 0, "fn": 1}
    assert _prf(s["mention"]) == (1.0, 0.8, 0.8889)
    assert _prf(s["strict_target"]) == (1.0, 0.75, 0.8571)
    assert s["result"]["f1"] == 1.0


def test_one_kind_wrong(tmp_path: Path) -> None:
    pred = [dict(r) for r in PRED]
    pred[2]["kind"] = "target"  # the result predicted as a target
    s = _eval(tmp_path, PRED, pred)
    assert _prf(s["mention"]) == (1.0, 1.0, 1.0)  # found, whatever its kind
    assert s["target"] == {"precision": 0.75, "recall": 1.0, "f1": 0.8571, "tp": 3, "fp": 1, "fn": 0}
    assert s["result"] == {"precision": 1.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 1}
    assert _prf(s["strict_target"]) == (0.75, 1.0, 0.8571)


def test_one_field_wrong(tmp_path: Path) -> None:
    pred = [dict(r) for r in PRED]
    pred[0]["year"] = 2024
    s = _eval(tmp_path, PRED, pred)
    assert s["target"]["f1"] == 1.0  # detection is not hurt
    assert s["field_accuracy_on_matched_targets"]["year"] == 0.6667
    assert s["field_accuracy_on_matched_targets"]["comparator"] == 1.0
    assert _prf(s["strict_target"]) == (0.6667, 0.6667, 0.6667)
    assert s["strict_errors_by_field"] == {"year": 1}
    # per_year and levels are scored but are not part of a strict match
    pred[0]["year"], pred[0]["levels"] = 2025, []
    s = _eval(tmp_path, PRED, pred)
    assert s["field_accuracy_on_matched_targets"]["levels"] == 0.6667 and s["strict_target"]["f1"] == 1.0


def test_ambiguous_gold_and_its_match_count_for_nothing(tmp_path: Path) -> None:
    gold = [dict(r) for r in PRED] + [_record(170, 50, ambiguous=True)]  # not predicted: not missed
    gold[1]["ambiguous"] = True  # predicted: not a hit, and its prediction is no false positive
    s = _eval(tmp_path, gold)
    assert (s["gold"], s["ambiguous"]) == (3, 2)
    assert s["mention"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 3, "fp": 0, "fn": 0}
    assert s["target"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 2, "fp": 0, "fn": 0}
    assert _prf(s["strict_target"]) == (1.0, 1.0, 1.0)


def test_loose_and_absent_fields_are_never_errors(tmp_path: Path) -> None:
    pred = [dict(r) for r in PRED]
    pred[0]["year"], pred[0]["area"] = 2024, "institutions"
    gold = [dict(r) for r in PRED]
    gold[0]["loose"] = ["year"]
    del gold[0]["area"]  # the analyst did not code it
    s = _eval(tmp_path, gold, pred)
    assert s["field_accuracy_on_matched_targets"]["year"] == 1.0
    assert s["field_accuracy_on_matched_targets"]["area"] == 1.0
    assert s["strict_target"]["f1"] == 1.0


def test_matching_is_by_file_name_value_and_start_within_three(tmp_path: Path) -> None:
    pred = [dict(r) for r in PRED]
    pred[0] |= {"start": 13, "document": "plans/2025/a.txt"}  # 3 away, in a folder: still a.txt's
    pred[1] |= {"start": 54}  # 4 away: a miss and a false positive
    pred[3] |= {"value": 10.01}  # within 0.01
    s = _eval(tmp_path, PRED, pred)
    assert s["target"] == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667, "tp": 2, "fp": 1, "fn": 1}
    # predictions in documents the gold does not name are left out, and said so
    s = _eval(tmp_path, PRED, [*PRED, _record(10, 80, document="b.txt")])
    assert (s["predicted"], s["outside_gold_documents"], s["target"]["fp"]) == (4, 1, 0)


def test_one_to_one_with_equal_values_close_together(tmp_path: Path) -> None:
    gold = [_record(10, 80), _record(13, 80)]
    s = _eval(tmp_path, gold, [_record(12, 80)])  # nearest to the second, but the first takes it
    assert s["target"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "tp": 1, "fp": 0, "fn": 1}


def _csv(path: Path, rows: list[dict[str, Any]], delimiter: str, decimal: str) -> Path:
    columns = ["document", "start", "value", "kind", "comparator", "change", "per_year", "year", "baseline_year"]
    columns += ["area", "levels", "value_max", "ambiguous"]

    def cell(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, list):
            return ";".join(value)
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value).replace(".", decimal) if isinstance(value, float) else str(value)

    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([cell(row.get(c)) for c in columns])
    return path


@pytest.mark.parametrize(("delimiter", "decimal"), [(",", "."), (";", ",")])
def test_csv_gold_as_a_spreadsheet_saves_it(tmp_path: Path, delimiter: str, decimal: str) -> None:
    gold = _csv(tmp_path / "gold.csv", [*PRED, _record(170, 50.5)], delimiter, decimal)
    result = runner.invoke(
        app, ["eval", "--gold", str(gold), "--pred", str(_write(tmp_path / "p.jsonl", PRED)), "-f", "json"]
    )
    s = json.loads(result.stdout)
    assert s["gold"] == 5 and s["target"]["tp"] == 3 and s["target"]["fn"] == 1
    assert s["field_accuracy_on_matched_targets"] == dict.fromkeys(s["field_accuracy_on_matched_targets"], 1.0)
    assert [i.value for i in read_records(gold)][2:] == [35.5, 10.0, 50.5]


def test_extract_outputs_score_perfectly_against_themselves(tmp_path: Path) -> None:
    """Gold and predictions in every format extract writes (an Excel CSV and a workbook included)."""
    outputs = {}
    for name, options in {
        "out.jsonl": [],
        "out.json": [],
        "out.csv": ["--excel"],
        "out.xlsx": [],
    }.items():
        result = runner.invoke(app, ["extract", str(SAMPLE), "-o", str(tmp_path / name), "-j", "1", *options])
        assert result.exit_code == 0, result.output
        outputs[name] = tmp_path / name
    records = extract_file(SAMPLE)
    for name, path in outputs.items():
        items = read_records(path)
        assert [(i.start, i.value, i.kind, i.fields) for i in items] == [
            (i.start, i.value, i.kind, i.fields) for i in from_records(records)
        ], name
    result = runner.invoke(
        app, ["eval", "-g", str(outputs["out.csv"]), "-g", str(outputs["out.xlsx"]), "--pred", str(outputs["out.json"])]
    )
    assert result.exit_code == 0
    assert "documents 1  gold records 50" in result.stdout  # two gold files of the same 25 records
    # the same with the documents extracted on the spot
    result = runner.invoke(app, ["eval", "-g", str(outputs["out.jsonl"]), str(SAMPLE), "-j", "1", "-q", "-f", "json"])
    assert result.exit_code == 0, result.output
    s = json.loads(result.stdout)
    assert s["mention"]["f1"] == s["strict_target"]["f1"] == 1.0 and s["gold"] == len(records)


def test_show_errors_gives_document_line_sentence_and_both_values(tmp_path: Path) -> None:
    pred = [dict(r) for r in PRED]
    pred[0]["year"] = 2024
    pred[2]["kind"] = "target"
    gold = [*PRED, _record(170, 50)]
    spurious = _record(200, 5, line=9, sentence="Thêm 5%.")
    result = _invoke(tmp_path, gold, [*pred, spurious], "--show-errors", "3")
    lines = result.stdout.splitlines()
    at = lines.index("disagreements (3 of 4):")
    assert lines[at + 1 :] == [
        "a.txt line 2 (offset 10) year: gold 2025, predicted 2024",
        "    Tối thiểu 80% hồ sơ cấp tỉnh.",
        "a.txt line 5 (offset 90) kind: gold result, predicted target",
        "    Năm 2023 đạt 35,5%.",
        "a.txt line ? (offset 170) missed: gold target 50%, predicted –",
        "    (sentence unknown: give the documents instead of --pred to see it)",
    ]
    s = _eval(tmp_path, gold, pred, "--show-errors", "9")
    assert [e["what"] for e in s["errors"]] == ["year", "kind", "missed"]
    assert s["errors"][0] == {
        "document": "a.txt",
        "start": 10,
        "line": 2,
        "sentence": "Tối thiểu 80% hồ sơ cấp tỉnh.",
        "what": "year",
        "gold": "2025",
        "predicted": "2024",
    }


def test_a_missed_record_is_placed_in_the_documents_text(tmp_path: Path) -> None:
    doc = tmp_path / "plan.txt"
    doc.write_text("KẾ HOẠCH năm 2025\nPhấn đấu tối thiểu 80% hồ sơ được số hóa.\nMột dòng 7 khác.\n", encoding="utf-8")
    seven, eighty = doc.read_text(encoding="utf-8").index("7 khác"), doc.read_text(encoding="utf-8").index("80%")
    gold = _write(tmp_path / "g.jsonl", [_record(seven, 7, document="plan.txt")])
    result = runner.invoke(app, ["eval", "-g", str(gold), str(doc), "-j", "1", "-q", "--show-errors", "5"])
    assert result.exit_code == 0, result.output
    missed = f"plan.txt line 3 (offset {seven}) missed: gold target 7%, predicted –\n    Một dòng 7 khác."
    assert missed in result.stdout
    assert f"plan.txt line 2 (offset {eighty}) spurious: gold –, predicted target 80%" in result.stdout


def test_scores_of_zero_still_exit_0_and_usage_errors_exit_2(tmp_path: Path) -> None:
    gold = _write(tmp_path / "g.jsonl", PRED)
    empty = tmp_path / "empty.json"
    empty.write_text("[]", encoding="utf-8")
    result = runner.invoke(app, ["eval", "-g", str(gold), "-p", str(empty)])
    assert result.exit_code == 0 and "strict target       1.000   0.000   0.000     0     0     3" in result.stdout
    assert runner.invoke(app, ["eval", "-g", str(gold)]).exit_code == 2  # nothing to score
    assert runner.invoke(app, ["eval", "-g", str(gold), "-p", str(gold), str(SAMPLE)]).exit_code == 2  # both
    bad = _write(tmp_path / "bad.jsonl", [PRED[0], PRED[1] | {"year": "năm 2025"}])
    result = runner.invoke(app, ["eval", "-g", str(bad), "-p", str(gold)])
    assert result.exit_code == 2 and f"{bad}: line 2: year is 'năm 2025', not a number" in result.output
    result = runner.invoke(app, ["eval", "-g", str(tmp_path / "none.csv"), "-p", str(gold)])
    assert result.exit_code == 2 and "cannot be read" in result.output


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"start": 1, "value": 5}, "document is missing"),
        ({"document": "a", "start": 1, "value": 5, "kind": "goal"}, "kind is 'goal'; one of target, result"),
        ({"document": "a", "start": 1, "value": 5, "levels": "tỉnh"}, "levels names tỉnh"),
        ({"document": "a", "start": 1, "value": 5, "loose": ["colour"]}, "loose names colour"),
        ({"document": "a", "start": 1, "value": 5, "ambiguous": "maybe"}, "ambiguous is 'maybe'"),
    ],
)
def test_a_bad_gold_record_is_named(tmp_path: Path, row: dict[str, Any], message: str) -> None:
    with pytest.raises(EvalInputError, match=message):
        read_records(_write(tmp_path / "g.jsonl", [row]))


def test_gold_cells_are_read_as_people_write_them(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text(
        "document;start;value;kind;levels;per_year;ambiguous;loose;year\n"
        "'-x.txt;5;90,09%;Result;province, district;1;yes;year;2024.0\n",
        encoding="utf-8",
    )
    [item] = read_records(path)
    assert (item.document, item.start, item.value, item.kind) == ("-x.txt", 5, 90.09, "result")
    assert item.fields == {"levels": ("district", "province"), "per_year": True, "year": 2024}
    assert item.ambiguous and item.loose == {"year"}


def _perturbed(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Predictions with every kind of mistake, deterministically, so both scorers have something to count."""
    out = []
    for i, row in enumerate(rows):
        row = dict(row)
        if i % 7 == 0:
            continue  # missed
        if i % 5 == 0:
            row["kind"] = "result" if row["kind"] == "target" else "target"
        if i % 3 == 0:
            row["year"] = (row["year"] or 2020) + 1
        if i % 4 == 0:
            row["start"] += 2
        if i % 11 == 0:
            row["value"] += 1
        if i % 6 == 0:
            row["levels"], row["comparator"] = ["commune"], "gt"
        out.append(row)
        if i % 9 == 0:
            out.append(row | {"start": row["start"] + 40, "value": 33.0})  # spurious
    return out


def test_the_same_figures_as_the_reference_scorer_on_the_seed_gold(shared: Path, tmp_path: Path) -> None:
    gold = sorted((shared / "gold").glob("seeds-*.jsonl"))
    pred = tmp_path / "pred.jsonl"
    done = runner.invoke(app, ["extract", str(shared / "seeds"), "-o", str(pred), "-q"])
    assert done.exit_code == 0, done.output
    rows = [json.loads(line) for line in pred.read_text(encoding="utf-8").splitlines()]
    worse = _write(tmp_path / "worse.jsonl", _perturbed(rows))
    for predictions in (pred, worse):
        gold_options = [option for path in gold for option in ("--gold", str(path))]
        reference = subprocess.run(
            [sys.executable, str(shared / "eval" / "score.py"), *gold_options, "--pred", str(predictions), "--json"],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        theirs = json.loads(reference.stdout)
        result = runner.invoke(app, ["eval", *gold_options, "--pred", str(predictions), "-f", "json"])
        ours = json.loads(result.stdout)
        assert _within(theirs, ours) == [], predictions.name
    assert json.loads(result.stdout)["strict_target"]["f1"] < 0.8  # the perturbed run really differs


def _within(theirs: Any, ours: Any, path: str = "") -> list[str]:
    """Where ``ours`` differs from ``theirs`` on the keys ``theirs`` has."""
    if isinstance(theirs, dict):
        if not isinstance(ours, dict):
            return [path]
        return [d for key, value in theirs.items() for d in _within(value, ours.get(key), f"{path}.{key}")]
    return [] if theirs == ours else [f"{path}: {theirs!r} != {ours!r}"]


def test_the_library_scores_without_the_command() -> None:
    items = from_records(extract_file(SAMPLE))
    scores = score(items, items[:-1])
    assert scores.mention.fn == 1 and scores.mention.precision == 1.0
