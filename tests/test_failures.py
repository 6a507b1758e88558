"""Simulated failures: in every case the other documents' records are kept,
the error names what failed, and nothing half-written is left under the final name."""

from __future__ import annotations

import errno
import multiprocessing
import os
import pathlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cchc_extract import batch, cli
from cchc_extract.batch import process, run
from cchc_extract.cli import extract as cli_extract

from .conftest import SAMPLE
from .fixtures import user_patterns

PLAN = SAMPLE.read_text(encoding="utf-8")


def _docs(folder: Path, count: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"doc{i:02d}.txt"
        path.write_text(PLAN, encoding="utf-8")
        paths.append(str(path))
    return paths


def crash_on_marked_file(path: Path, max_bytes: int = 0) -> object:
    """Stands in for read_document inside a worker: kills the process on one file."""
    if "crash" in str(path):
        os._exit(3)
    return ORIGINAL_READ_DOCUMENT(path, max_bytes)


ORIGINAL_READ_DOCUMENT = batch.read_document


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="simulating needs forked workers")
def test_a_dying_worker_loses_only_its_own_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = _docs(tmp_path, 12)
    crash = tmp_path / "crash.txt"
    crash.write_text(PLAN, encoding="utf-8")
    paths.insert(5, str(crash))
    monkeypatch.setattr(batch, "read_document", crash_on_marked_file)
    outcomes = list(run(paths, jobs=2))
    assert [o.path for o in outcomes] == paths  # input order kept through the recovery
    failed = [o for o in outcomes if o.error]
    assert [o.path for o in failed] == [str(crash)]
    assert "died" in failed[0].error  # type: ignore[operator]
    expected = len(process(str(SAMPLE)).records)
    assert all(len(o.records) == expected for o in outcomes if not o.error)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="simulating needs forked workers")
def test_two_deaths_in_one_batch_of_small_files_lose_only_those_two(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    line = "Tối thiểu 80% hồ sơ được xử lý trực tuyến.\n"
    paths = []
    for i in range(30):  # far below one batch's bytes: all thirty go to a worker together
        path = tmp_path / (f"crash{i:02d}.txt" if i in (4, 21) else f"doc{i:02d}.txt")
        path.write_text(line, encoding="utf-8")
        paths.append(str(path))
    assert len(list(batch._batches(paths))) == 1
    monkeypatch.setattr(batch, "read_document", crash_on_marked_file)
    outcomes = list(run(paths, jobs=2))
    assert [o.path for o in outcomes] == paths
    assert [o.path for o in outcomes if o.error] == [paths[4], paths[21]]
    assert all(len(o.records) == 1 and o.records[0].value == 80 for o in outcomes if not o.error)


def test_batches_keep_order_and_put_standard_input_alone(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("x" * batch.BATCH_BYTES, encoding="utf-8")
    small = [str(tmp_path / f"s{i}.txt") for i in range(3)]
    for name in small:
        Path(name).write_text("y", encoding="utf-8")
    names = [small[0], str(big), small[1], "-", small[2], str(tmp_path / "missing.txt")]
    assert list(batch._batches(names)) == [[small[0], str(big)], [small[1]], ["-"], [small[2], names[5]]]
    many = [small[0]] * (batch.BATCH_DOCUMENTS + 1)
    assert [len(b) for b in batch._batches(many)] == [batch.BATCH_DOCUMENTS, 1]


def test_a_file_deleted_mid_run_is_reported_and_the_rest_kept(tmp_path: Path) -> None:
    paths = _docs(tmp_path, 6)
    os.remove(paths[2])  # listed, then gone before it is read
    outcomes = list(run(paths, jobs=2))
    assert [o.error is not None for o in outcomes] == [False, False, True, False, False, False]
    assert "no such file" in outcomes[2].error  # type: ignore[operator]
    assert all(o.records for o in outcomes if not o.error)


def test_an_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = _docs(tmp_path, 3)
    real = pathlib.Path.open

    def denied(self: pathlib.Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == "doc01.txt":  # as root, chmod 000 would not stop the read
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", denied)
    outcomes = list(run(paths, jobs=1))
    assert outcomes[1].error and "Permission denied" in outcomes[1].error
    assert outcomes[0].records and outcomes[2].records


def test_full_disk_on_an_output_file_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(records, out, fmt, columns=None, excel=False):  # type: ignore[no-untyped-def]
        out.write("[\n")
        next(iter(records))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cli_extract, "write", disk_full)
    out = tmp_path / "out.json"
    result = CliRunner().invoke(cli.app, ["extract", str(SAMPLE), "-o", str(out), "-j", "1"])
    assert result.exit_code == 1
    assert "No space left on device" in result.output and str(out) in result.output
    assert list(tmp_path.iterdir()) == []


def test_full_disk_on_standard_output_is_reported() -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "cchc_extract", "extract", str(SAMPLE), "-f", "jsonl"],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    assert done.returncode == 1
    assert b"No space left on device" in done.stderr and b"Traceback" not in done.stderr


def test_a_catastrophic_user_pattern_fails_naming_its_rule(tmp_path: Path) -> None:
    patterns = user_patterns(
        tmp_path / "mine",
        "exclusions.toml",
        '[[rule]]\nid = "exclude.mine_slow"\nnote = "catastrophic on purpose"\nscope = "clause"\n'
        "regex = '(\\w+\\s?)+$'\n",
    )
    doc = tmp_path / "long.txt"
    doc.write_text("Tối thiểu 80% " + "a " * 5000 + "!", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("Tối thiểu 80% hồ sơ; 90% hồ sơ", encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "cchc_extract",
            "extract",
            str(doc),
            str(good),
            "--patterns",
            str(patterns),
            "-f",
            "jsonl",
            "-j",
            "1",
        ],
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert b"exclude.mine_slow" in done.stderr and b"simplify its regex" in done.stderr
    assert done.stdout.count(b"\n") >= 1  # the other document still gave its records


def test_user_patterns_add_and_override_rules(tmp_path: Path) -> None:
    patterns = user_patterns(
        tmp_path / "mine",
        "comparators.toml",
        '[[rule]]\nid = "cmp.gte.before"\nnote = "ours"\ncomparator = "gte"\nposition = "before"\n'
        'words = ["tối thiểu", "chí ít"]\n',
    )
    doc = tmp_path / "plan.txt"
    doc.write_text("Chí ít 70% hồ sơ được số hóa.", encoding="utf-8")
    result = CliRunner().invoke(cli.app, ["extract", str(doc), "--patterns", str(patterns), "-f", "jsonl", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert '"comparator": "gte"' in result.stdout


def test_a_bad_user_pattern_file_is_a_usage_error_naming_it(tmp_path: Path) -> None:
    patterns = user_patterns(
        tmp_path / "mine",
        "comparators.toml",
        '[[rule]]\nid = "cmp.mine"\nnote = "bad"\ncomparator = "more"\nposition = "before"\nwords = ["x"]\n',
    )
    result = CliRunner().invoke(cli.app, ["extract", str(SAMPLE), "--patterns", str(patterns)])
    assert result.exit_code == 2
    assert str(patterns / "comparators.toml") in result.output and "cmp.mine" in result.output


def test_documents_over_the_size_limit_are_refused_with_the_option_to_raise_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(PLAN * 400, encoding="utf-8")  # about 1.5 MB
    refused = CliRunner().invoke(cli.app, ["extract", str(big), "--max-size", "1", "-f", "jsonl"])
    assert refused.exit_code == 1 and "--max-size" in refused.output
    allowed = CliRunner().invoke(cli.app, ["extract", str(big), "--max-size", "5", "-f", "jsonl", "-q"])
    assert allowed.exit_code == 0 and allowed.stdout.count("\n") > 1000


def test_a_200_mb_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:  # sparse: 200 MB long, no disk used
        fh.truncate(200 * 1024 * 1024)
    outcome = process(str(huge))
    assert outcome.error and "over the 20 MB limit" in outcome.error and "--max-size" in outcome.error


def test_a_very_long_line_gives_every_value_with_bounded_quotes() -> None:
    from cchc_extract import extract_text

    line = "Tối thiểu 80% hồ sơ được xử lý trực tuyến, " * 5000  # one 215,000-character line
    records = extract_text(line)
    assert len(records) == 5000
    assert all(len(r.sentence) <= 1100 for r in records)
    assert records[-1].column == line.rindex("80%") + 1
