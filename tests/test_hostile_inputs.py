"""Hostile inputs and special files, through the command as a user runs it.

Each case runs `cchc extract` in a subprocess under a small runner that reports the
exit code, the time taken and the peak memory of the command and its workers
(``resource.getrusage(RUSAGE_CHILDREN)``).  Every case must end in under 10 s and
300 MB with the documented exit code (0 read, 1 some input failed), no traceback,
one line naming the input that failed, and the other inputs' records all written.
The runner also caps the command's address space at 2 GB so that a regression
fails this test instead of the machine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from cchc_extract import extract_file
from cchc_extract.pipeline import MAX_LINES, MAX_VALUES

from .fixtures import (
    billion_laughs_docx,
    deep_html,
    docx,
    lying_zip_bomb_docx,
    plan_text,
    textless_pdf,
    xxe_docx,
    zip_bomb_docx,
)

PEAK_MB = 300
SECONDS = 10
SECRET = "SECRET-7f3a91-do-not-leak"
_RUNNER = r"""
import json, resource, subprocess, sys, time
command, stdin = json.loads(sys.argv[1]), sys.argv[2]
def cap():
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
source = open(stdin, "rb") if stdin else subprocess.DEVNULL
start = time.monotonic()
try:
    done = subprocess.run(command, stdin=source, capture_output=True, timeout=60, preexec_fn=cap)
    code, out, err = done.returncode, done.stdout, done.stderr
except subprocess.TimeoutExpired as exc:
    code, out, err = "timeout", exc.stdout or b"", exc.stderr or b""
print(json.dumps({
    "code": code, "stdout": out.decode("utf-8", "replace"), "stderr": err.decode("utf-8", "replace"),
    "seconds": time.monotonic() - start,
    "peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
}))
"""


@dataclass
class Run:
    code: int | str
    stdout: str
    stderr: str
    seconds: float
    peak_mb: float

    def records(self) -> list[dict[str, object]]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]


def cchc(*args: str, stdin: str = "") -> Run:
    """Run `cchc extract ARGS -f jsonl` and measure it."""
    command = [sys.executable, "-m", "cchc_extract", "extract", *args, "-f", "jsonl"]
    done = subprocess.run(
        [sys.executable, "-c", _RUNNER, json.dumps(command), stdin], capture_output=True, text=True, check=True
    )
    return Run(**json.loads(done.stdout))


def assert_well_behaved(run: Run, code: int) -> None:
    assert run.code == code, run.stderr
    assert "Traceback" not in run.stderr + run.stdout
    assert run.seconds < SECONDS, f"took {run.seconds:.1f} s"
    assert run.peak_mb < PEAK_MB, f"peak memory {run.peak_mb:.0f} MB"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The hostile set, each file in a folder of its own (and all of them together in ``mixed``)."""
    root = tmp_path_factory.mktemp("hostile")
    secret = root / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    mixed = root / "mixed"
    mixed.mkdir()
    files = {
        "zip_bomb": zip_bomb_docx(mixed / "zip_bomb.docx"),
        "lying_zip_bomb": lying_zip_bomb_docx(mixed / "lying_zip_bomb.docx"),
        "billion_laughs": billion_laughs_docx(mixed / "billion_laughs.docx"),
        "xxe": xxe_docx(mixed / "xxe.docx", secret),
        "corrupt_zip": mixed / "corrupt.docx",
        "corrupt_pdf": mixed / "corrupt.pdf",
        "scanned_pdf": mixed / "scanned.pdf",
        "deep_html": mixed / "deep.html",
    }
    files["corrupt_zip"].write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8)
    files["corrupt_pdf"].write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n" + bytes(range(256)) * 8)
    files["scanned_pdf"].write_bytes(textless_pdf())
    files["deep_html"].write_text(deep_html(200_000), encoding="utf-8")
    # figures without a `%` (shares), so that they are counted as they are found, not by the `%` signs before
    files["figures"] = mixed / "figures.txt"
    files["figures"].write_text("Xã đạt 1/2. " * (MAX_VALUES + 1), encoding="utf-8")
    files["percents"] = mixed / "percents.txt"
    files["percents"].write_text("1% " * (MAX_VALUES + 1), encoding="utf-8")
    files["lines"] = mixed / "lines.txt"
    files["lines"].write_text("a\n" * (MAX_LINES + 1), encoding="utf-8")
    files["good_txt"] = mixed / "plan.txt"
    files["good_txt"].write_text(plan_text(), encoding="utf-8")
    files["good_docx"] = docx(mixed / "short.docx", ["KẾ HOẠCH NĂM 2025", "Tối thiểu 80% hồ sơ được xử lý trực tuyến."])
    files["mixed"] = mixed
    return files


FAILING = {
    "zip_bomb": r"word/document\.xml \(unpacked: \d+ MB\) is over the 20 MB limit for one document",
    "lying_zip_bomb": r"not a valid \.docx file \(word/document\.xml: .*\); open and re-save it",
    "billion_laughs": r"not a valid \.docx file \(word/document\.xml declares a DTD or entities",
    "xxe": r"not a valid \.docx file \(word/document\.xml declares a DTD or entities",
    "corrupt_zip": r"not a valid \.docx file \(.*\); open and re-save it",
    "corrupt_pdf": r"(not a readable PDF \(.*\)|the PDF has no text layer)",
    "scanned_pdf": r"the PDF has no text layer \(a scan\?\); run OCR on it first",
    "figures": r"more than 20,000 figures in one document, .*; split it into parts",
    "percents": r"more than 20,000 figures in one document, .*; split it into parts",
    "lines": r"more than 1,000,000 lines in one document, .*; split it into parts",
}


@pytest.mark.parametrize("case", sorted(FAILING))
def test_a_hostile_file_fails_alone_in_one_line(hostile: dict[str, Path], case: str) -> None:
    import re

    path = hostile[case]
    run = cchc(str(path), "-j", "1")
    assert_well_behaved(run, 1)
    errors = [line for line in run.stderr.splitlines() if str(path) in line]
    assert len(errors) == 1 and re.search(FAILING[case], errors[0]), run.stderr
    assert run.stdout == ""
    assert SECRET not in run.stderr


def test_a_page_nested_200000_deep_is_read_not_dropped(hostile: dict[str, Path]) -> None:
    run = cchc(str(hostile["deep_html"]), "-j", "1")
    assert_well_behaved(run, 0)
    assert [(r["value"], r["comparator"], r["year"]) for r in run.records()] == [(80.0, "gte", 2025)]


def test_dev_zero_as_a_file_is_refused_at_the_limit() -> None:
    run = cchc("/dev/zero", "--max-size", "1", "-j", "1")
    assert_well_behaved(run, 1)
    assert "error: /dev/zero: the data is over the 1 MB limit for one document" in run.stderr


def test_dev_zero_on_standard_input_is_refused_at_the_limit() -> None:
    run = cchc("-", "--max-size", "1", "-j", "1", stdin="/dev/zero")
    assert_well_behaved(run, 1)
    errors = [line for line in run.stderr.splitlines() if "over the 1 MB limit" in line]
    assert len(errors) == 1 and "<stdin>" in errors[0], run.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_inside_a_folder_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "plan.txt").write_text(plan_text(), encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")  # nobody writes to it: opening it would wait for ever
    run = cchc(str(tmp_path), "-j", "1")
    assert_well_behaved(run, 0)
    assert len(run.records()) == len(extract_file(tmp_path / "plan.txt"))


def test_the_other_inputs_records_are_all_written(hostile: dict[str, Path], tmp_path: Path) -> None:
    errors = tmp_path / "errors.jsonl"
    run = cchc(str(hostile["mixed"]), "-j", "2", "--errors", str(errors))
    assert_well_behaved(run, 1)
    expected = [
        (Path(p).name, r.value, r.start)
        for p in sorted([hostile["deep_html"], hostile["good_txt"], hostile["good_docx"]])
        for r in extract_file(p)
    ]
    assert [(r["document"], r["value"], r["start"]) for r in run.records()] == expected
    failed = {Path(json.loads(line)["path"]).name for line in errors.read_text(encoding="utf-8").splitlines()}
    assert failed == {hostile[case].name for case in FAILING}
    assert SECRET not in run.stdout + run.stderr + errors.read_text(encoding="utf-8")
