"""The Dask bag gives what `cchc extract` gives, on real documents, whatever a bad file does.

Skipped (but for the install hint) in a clone without the `dask` extra; CI installs it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .conftest import REPO

BLIND = REPO / "tests" / "corpus" / "blind" / "docs"


@pytest.fixture()
def corpus(tmp_path: Path) -> tuple[Path, list[str], Path]:
    """A folder of the real documents (the blind pages one level down, for --recursive), a corrupt .docx
    and a file in no format cchc reads."""
    root = tmp_path / "docs"
    shutil.copytree(REPO / "samples", root)
    shutil.copytree(BLIND, root / "blind")
    good = sorted(p.name for p in [*root.glob("*.txt"), *(root / "blind").glob("*.txt")])
    assert len(good) == 16
    bad = root / "a_corrupt.docx"  # first in the folder: what fails first must not stop the rest
    bad.write_bytes(b"PK\x03\x04 not a zip archive")
    (root / "blind" / "scan.tiff").write_bytes(b"II*\x00")  # skipped, and counted as skipped
    return root, good, bad


def cchc_extract(root: Path, tmp_path: Path) -> tuple[bytes, list[dict[str, Any]]]:
    out, errors = tmp_path / "cli.jsonl", tmp_path / "cli-errors.jsonl"
    args = ["extract", str(root), "--recursive", "-f", "jsonl", "-o", str(out), "--errors", str(errors)]
    done = subprocess.run([sys.executable, "-m", "cchc_extract", *args], capture_output=True, timeout=300)
    assert done.returncode == 1, done.stderr  # the corrupt file failed, the others were written
    assert b"1 file(s) skipped" in done.stderr
    return out.read_bytes(), [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]


def by_place(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: (r["path"], r["start"]))


def test_processes_scheduler_writes_what_cchc_extract_writes(
    corpus: tuple[Path, list[str], Path], tmp_path: Path
) -> None:
    pytest.importorskip("dask")
    from cchc_extract.on_dask import outcomes_bag, to_jsonl

    root, good, bad = corpus
    expected, expected_errors = cchc_extract(root, tmp_path)
    rows = [json.loads(line) for line in expected.decode("utf-8").splitlines()]
    assert sorted({r["document"] for r in rows}) == good  # the reference itself reads every good file

    # small partitions, so that documents travel in several tasks over the two workers
    bag = outcomes_bag([root], recursive=True, partition_bytes=4_000)
    assert bag.npartitions >= 4
    target, errors = tmp_path / "dask.jsonl", tmp_path / "dask-errors.jsonl"
    summary = to_jsonl(bag, target, errors, scheduler="processes", num_workers=2)

    got = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert by_place(got) == by_place(rows)  # every field of every record, documents and paths included
    assert target.read_bytes() == expected  # and the same file: same order, same bytes
    assert (summary.documents, summary.records, summary.failed) == (len(good), len(rows), [str(bad)])
    assert summary.skipped == [str(root / "blind" / "scan.tiff")]
    problems = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert problems == expected_errors
    assert [p["path"] for p in problems] == [str(bad)] and "not a valid .docx" in problems[0]["error"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["docs", "cli.jsonl", "cli-errors.jsonl", target.name, errors.name]
    )


def test_a_bag_of_records_on_the_sync_scheduler(corpus: tuple[Path, list[str], Path], tmp_path: Path) -> None:
    pytest.importorskip("dask")
    from cchc_extract.on_dask import outcomes_bag, problems_of, records_of

    root, good, bad = corpus
    expected, _ = cchc_extract(root, tmp_path)
    rows = [json.loads(line) for line in expected.decode("utf-8").splitlines()]
    outcomes = outcomes_bag([root / "*.txt", root / "a_corrupt.docx", root / "blind", root / "missing"])
    records = records_of(outcomes).compute(scheduler="sync")
    assert by_place(records) == by_place(rows)
    assert sorted({r["document"] for r in records}) == good
    failed = [p["path"] for p in problems_of(outcomes).compute(scheduler="sync")]
    assert failed == [str(root / "missing"), str(bad)]


def test_without_dask_the_error_says_what_to_install(tmp_path: Path) -> None:
    code = (
        "import sys; sys.modules['dask'] = None\n"  # as if Dask were not installed
        "import cchc_extract, cchc_extract.on_dask as d\n"
        "try:\n    d.outcomes_bag(['samples'])\nexcept ImportError as e:\n    print(e)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr
    assert 'pip install "cchc-extract[dask]"' in done.stdout
