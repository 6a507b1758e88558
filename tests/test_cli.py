"""End-to-end: the `cchc` command is a thin layer over the Python API."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from cchc_extract import extract_file
from cchc_extract.cli import app
from cchc_extract.models import FIELD_ORDER

from .conftest import SAMPLE

runner = CliRunner()


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "cchc_extract", *args], input=stdin, capture_output=True, timeout=120)


def test_cli_json_equals_api() -> None:
    done = _run("extract", str(SAMPLE))
    assert done.returncode == 0, done.stderr
    api = [r.model_dump(mode="json") for r in extract_file(SAMPLE)]
    assert json.loads(done.stdout) == api
    assert len(api) >= 20


def test_jsonl_and_kind_filter() -> None:
    result = runner.invoke(app, ["extract", str(SAMPLE), "-f", "jsonl", "--kind", "result"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(r["kind"] == "result" for r in rows)
    everything = runner.invoke(app, ["extract", str(SAMPLE), "-f", "jsonl", "--kind", "all"])
    assert len(everything.stdout.splitlines()) > len(rows)


def test_csv_has_header_and_one_row_per_record() -> None:
    result = runner.invoke(app, ["extract", str(SAMPLE), "-f", "csv"])
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == FIELD_ORDER
    assert len(rows) - 1 == len(extract_file(SAMPLE))
    header = rows[0]
    levels = {row[header.index("levels")] for row in rows[1:]}
    assert "province" in levels and "" in levels


def test_stdin_is_read_with_dash() -> None:
    done = _run("extract", "-", "-f", "jsonl", stdin="Phấn đấu tối thiểu 80% hồ sơ trực tuyến.".encode())
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert (record["document"], record["value"], record["comparator"]) == ("<stdin>", 80.0, "gte")


def test_bad_input_is_one_line_and_others_still_written(tmp_path: Path) -> None:
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02binary\x00")
    done = _run("extract", str(binary), str(SAMPLE), "-f", "jsonl")
    assert done.returncode == 1
    errors = done.stderr.decode().strip().splitlines()
    assert errors[0].startswith("cchc: error: ") and "scan.txt" in errors[0] and "Traceback" not in done.stderr.decode()
    assert len(done.stdout.decode().splitlines()) == len(extract_file(SAMPLE))


def test_usage_error_exits_2() -> None:
    done = _run("extract", str(SAMPLE), "-f", "xml")
    assert done.returncode == 2


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    out = tmp_path / "targets.json"
    result = runner.invoke(app, ["extract", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))) == len(extract_file(SAMPLE))
    assert [p.name for p in tmp_path.iterdir()] == ["targets.json"]


def test_empty_input_gives_valid_empty_outputs(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert json.loads(runner.invoke(app, ["extract", str(empty)]).stdout) == []
    assert runner.invoke(app, ["extract", str(empty), "-f", "csv"]).stdout.splitlines() == [",".join(FIELD_ORDER)]


def test_schema_lists_every_field() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert set(json.loads(result.stdout)["properties"]) == set(FIELD_ORDER)


def test_help_shows_an_example() -> None:
    result = runner.invoke(app, ["extract", "--help"])
    assert result.exit_code == 0 and "cchc extract samples/ke-hoach-cchc-2024.txt" in result.stdout


def test_jsonl_keeps_one_record_per_line_whatever_the_text_holds() -> None:
    # found by the property tests: U+0085, U+2028 and U+2029 split lines for many readers
    done = _run("extract", "-", "-f", "jsonl", stdin="Tối thiểu 80%\u2028 hồ sơ\x85 đạt 90%\u2029.".encode())
    lines = done.stdout.decode().splitlines()
    assert len(lines) == 2 and [json.loads(line)["value"] for line in lines] == [80.0, 90.0]


def test_readme_example_is_the_real_output() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    shown = json.loads(readme.split("9th line):\n\n```json\n", 1)[1].split("\n```", 1)[0])
    real = extract_file(SAMPLE)[8].model_dump(mode="json")
    assert shown == real
