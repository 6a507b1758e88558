"""Batch runs over folders: every good file's records whatever the bad ones do."""

from __future__ import annotations

import csv
import io
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cchc_extract.batch import process
from cchc_extract.models import FIELD_ORDER

from .conftest import SAMPLE
from .fixtures import mixed_folder

GOOD = ["utf8", "utf16", "cp1258", "nfd", "docx", "pdf", "html"]


def cchc(*args: str, stdin: bytes | None = None, timeout: int = 300) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "cchc_extract", *args], input=stdin, capture_output=True, timeout=timeout
    )


@pytest.fixture()
def mixed(tmp_path: Path) -> dict[str, Path]:
    return mixed_folder(tmp_path / "docs")


def test_every_good_file_is_in_the_output_whatever_the_bad_ones_do(mixed: dict[str, Path], tmp_path: Path) -> None:
    errors = tmp_path / "errors.jsonl"
    done = cchc("extract", str(mixed["utf8"].parent), "-f", "jsonl", "-j", "2", "--errors", str(errors))
    assert done.returncode == 1  # the binary file failed
    rows = [json.loads(line) for line in done.stdout.decode().splitlines()]
    for key in GOOD:
        expected = [r.model_dump(mode="json") for r in process(str(mixed[key])).records]
        assert expected, key
        assert [r for r in rows if r["document"] == mixed[key].name] == expected, key
    assert {r["document"] for r in rows} == {mixed[k].name for k in GOOD}
    failures = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [Path(f["path"]).name for f in failures] == ["i_binary.txt"]
    assert "binary" in failures[0]["error"]
    stderr = done.stderr.decode()
    assert "i_binary.txt" in stderr and "1 failed" in stderr and "1 file(s) skipped" in stderr


def test_encodings_and_formats_read_alike(mixed: dict[str, Path]) -> None:
    plain = [(r.value, r.comparator, r.year, r.line) for r in process(str(mixed["utf8"])).records]
    for key in ("utf16", "cp1258", "nfd", "docx"):
        assert [(r.value, r.comparator, r.year, r.line) for r in process(str(mixed[key])).records] == plain, key
    assert {r.text_source for r in process(str(mixed["docx"])).records} == {"extracted"}
    assert {r.text_source for r in process(str(mixed["utf16"])).records} == {"text"}
    assert [r.value for r in process(str(mixed["pdf"])).records] == [80.0]
    html = process(str(mixed["html"])).records
    assert [(r.value, r.kind) for r in html] == [(65.5, "result"), (80.0, "target")]  # no record from <script>


def test_empty_file_is_read_and_gives_nothing(mixed: dict[str, Path]) -> None:
    outcome = process(str(mixed["empty"]))
    assert outcome.error is None and outcome.records == []


def test_jobs_1_and_jobs_2_give_identical_output(mixed: dict[str, Path]) -> None:
    folder = str(mixed["utf8"].parent)
    one = cchc("extract", folder, "-f", "jsonl", "-j", "1", "-q")
    two = cchc("extract", folder, "-f", "jsonl", "-j", "2", "-q")
    assert one.stdout == two.stdout and one.stdout


def test_json_array_stays_valid_across_documents(mixed: dict[str, Path]) -> None:
    done = cchc("extract", str(mixed["utf8"].parent), "-q")
    assert len(json.loads(done.stdout)) >= 10


def test_globs_recursion_and_missing_names(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "top.txt").write_text("Tối thiểu 80% hồ sơ trực tuyến.", encoding="utf-8")
    (tmp_path / "a" / "b" / "deep.txt").write_text("Trên 90% hồ sơ đúng hạn.", encoding="utf-8")
    flat = cchc("extract", str(tmp_path / "a"), "-f", "jsonl", "-q")
    deep = cchc("extract", str(tmp_path / "a"), "--recursive", "-f", "jsonl", "-q")
    globbed = cchc("extract", str(tmp_path / "a" / "**" / "*.txt"), "-f", "jsonl", "-q")

    def names(done: subprocess.CompletedProcess[bytes]) -> list[str]:
        return [json.loads(line)["document"] for line in done.stdout.decode().splitlines()]

    assert names(flat) == ["top.txt"]
    assert sorted(names(deep)) == ["deep.txt", "top.txt"] == sorted(names(globbed))
    missing = cchc("extract", str(tmp_path / "nothing-*.txt"), str(tmp_path / "a" / "top.txt"), "-f", "jsonl")
    assert missing.returncode == 1 and b"no such file" in missing.stderr
    assert len(missing.stdout.splitlines()) == 1


def test_fail_fast_stops_and_writes_no_output(mixed: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    done = cchc("extract", str(mixed["utf8"].parent), "-f", "jsonl", "-o", str(out), "--fail-fast", "-j", "1")
    assert done.returncode == 1 and b"--fail-fast" in done.stderr
    assert not out.exists() and not list(tmp_path.glob(".out.jsonl.*"))


def test_excel_csv_has_bom_and_neutralizes_formulas(tmp_path: Path) -> None:
    hostile = tmp_path / "=1+2.txt"
    hostile.write_text("@SUM(A1) tối thiểu 80% hồ sơ; -2+3 đạt 90% trở lên.", encoding="utf-8")
    out = tmp_path / "out.csv"
    done = cchc("extract", str(hostile), "-f", "csv", "--excel", "-o", str(out), "-q")
    assert done.returncode == 0, done.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))  # the default locale is vi
    assert rows[0] == FIELD_ORDER
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
        assert row[FIELD_ORDER.index("document")] == "'=1+2.txt"
        assert float(row[FIELD_ORDER.index("value")].replace(",", ".")) in (80.0, 90.0)
    english = tmp_path / "en.csv"
    done = cchc("extract", str(hostile), "-f", "csv", "--excel", "--excel-locale", "en", "-o", str(english))
    assert done.returncode == 0
    rows = list(csv.reader(io.StringIO(english.read_bytes().decode("utf-8-sig"))))
    assert rows[0] == FIELD_ORDER and len(rows) == 3


def test_xlsx_workbook_with_frozen_header_and_chosen_columns(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    hostile = tmp_path / "=cmd.txt"
    hostile.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "targets.xlsx"
    columns = "document,value,comparator,year,area,levels"
    done = cchc("extract", str(hostile), "-f", "xlsx", "-o", str(out), "--columns", columns, "-q")
    assert done.returncode == 0, done.stderr
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == columns.split(",")
    assert sheet.freeze_panes == "A2"
    assert len(rows) - 1 == len(process(str(SAMPLE)).records)
    assert sheet["A2"].value == "=cmd.txt" and sheet["A2"].data_type == "s"  # text, not a formula
    assert isinstance(rows[1][1], float)


def test_bad_columns_are_usage_errors_and_a_workbook_goes_down_a_pipe() -> None:
    assert cchc("extract", str(SAMPLE), "-f", "csv", "--columns", "value,nope").returncode == 2
    piped = cchc("extract", str(SAMPLE), "-f", "xlsx")  # `> book.xlsx` or `| upload`: standard output is no terminal
    assert piped.returncode == 0 and piped.stdout.startswith(b"PK\x03\x04")  # a zip: the workbook itself


def test_interrupted_run_leaves_no_file_under_the_final_name(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    text = SAMPLE.read_text(encoding="utf-8") * 20
    for i in range(400):
        (folder / f"doc{i:04d}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "cchc_extract", "extract", str(folder), "-f", "jsonl", "-o", str(out), "-j", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # a job started in the background by a non-interactive shell ignores SIGINT, and its
        # children inherit that; give the run the default handling a terminal's Ctrl-C meets
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    time.sleep(3)
    assert proc.poll() is None, "the run finished before it could be interrupted; make the corpus larger"
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"interrupted after" in stderr and b"no output file written" in stderr
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.jsonl")]
