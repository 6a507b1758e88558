"""Where records are written: regular files replaced whole, links followed, devices and pipes written into.

The command runs as a subprocess, as a shell would run it.  Tests that touch /dev/null or
/dev/full first ask the writer how it will treat them and stop unless the answer is "write
straight into it", so a regression can fail this test but never replace a device node.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from cchc_extract import output
from cchc_extract.output import check_output, open_output

# an invented plan: two targets, one of them with a decimal value
PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH AN THỊNH\n"
    "KẾ HOẠCH Cải cách hành chính năm 2025\n"
    "II. MỤC TIÊU\n"
    "1. Tối thiểu 85,5% hồ sơ thủ tục hành chính được giải quyết trực tuyến.\n"
    "2. Giảm 10% biên chế so với năm 2021.\n"
)


@pytest.fixture()
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "ke-hoach.txt"
    path.write_text(PLAN, encoding="utf-8")
    return path


EXTRACT = [sys.executable, "-m", "cchc_extract", "extract", "-q", "-j", "1"]


def cchc(*args: str, umask: int | None = None) -> subprocess.CompletedProcess[str]:
    preexec = (lambda: os.umask(umask)) if umask is not None else None  # runs in the child only
    return subprocess.run([*EXTRACT, *args], capture_output=True, text=True, timeout=120, preexec_fn=preexec)


def values(text: str) -> list[float]:
    return [json.loads(line)["value"] for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o002, 0o664)], ids=["022", "002"])
def test_a_new_file_follows_the_umask(plan: Path, tmp_path: Path, umask: int, mode: int) -> None:
    out = tmp_path / "out.jsonl"
    done = cchc(str(plan), "-o", str(out), umask=umask)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(out.stat().st_mode) == mode
    assert values(out.read_text(encoding="utf-8")) == [85.5, 10.0]


def test_a_replaced_file_keeps_its_mode(plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o604)
    done = cchc(str(plan), "-o", str(out), umask=0o077)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o604
    assert values(out.read_text(encoding="utf-8")) == [85.5, 10.0]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_link_is_written_through_and_stays_a_link(plan: Path, tmp_path: Path) -> None:
    target, link = tmp_path / "data" / "records.jsonl", tmp_path / "link.jsonl"
    target.parent.mkdir()
    target.write_text("old\n", encoding="utf-8")
    link.symlink_to(Path("data") / "records.jsonl")  # relative, as `ln -s` makes them
    dangling, errors_target = tmp_path / "errors.jsonl", tmp_path / "data" / "errors-new.jsonl"
    dangling.symlink_to(errors_target)  # a link to a file not made yet
    done = cchc(str(plan), str(tmp_path / "missing.txt"), "-o", str(link), "--errors", str(dangling))
    assert done.returncode == 1, done.stderr  # the missing input
    assert link.is_symlink() and dangling.is_symlink()
    assert values(target.read_text(encoding="utf-8")) == [85.5, 10.0]
    assert "missing.txt" in json.loads(errors_target.read_text(encoding="utf-8"))["path"]


@pytest.mark.parametrize("name", ["out.jsonl", "out.xlsx"])
def test_a_fifo_receives_the_records(plan: Path, tmp_path: Path, name: str) -> None:
    fifo = tmp_path / name
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    done = cchc(str(plan), "-o", str(fifo))
    reader.join(timeout=60)
    assert done.returncode == 0, done.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)  # still a FIFO, not a file renamed over it
    if name.endswith(".jsonl"):
        assert values(received[0].decode("utf-8")) == [85.5, 10.0]
    else:
        assert received[0].startswith(b"PK")  # a whole workbook came through the pipe


def _device(path: str) -> os.stat_result:
    """Stop here unless the writer will write straight into ``path``: the test must never replace it."""
    if not os.path.exists(path):
        pytest.skip(f"{path} does not exist here")
    info = os.stat(path)
    assert stat.S_ISCHR(info.st_mode)
    assert output._writes_directly(Path(path)), f"the writer would replace {path}; not running the command"
    return info


def test_dev_null_stays_a_character_device(plan: Path) -> None:
    before = _device("/dev/null")
    done = cchc(str(plan), "-o", "/dev/null")
    after = os.stat("/dev/null")
    assert done.returncode == 0, done.stderr
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


def test_a_full_device_is_a_write_error(plan: Path) -> None:
    before = _device("/dev/full")
    done = cchc(str(plan), "-o", "/dev/full")
    assert done.returncode == 1
    assert "No space left" in done.stderr and "Traceback" not in done.stderr
    assert os.stat("/dev/full").st_rdev == before.st_rdev


def test_a_descriptor_keeps_the_shells_redirection(plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"value": 1.0}\n', encoding="utf-8")
    with out.open("a", encoding="utf-8") as appended:  # `>> out.jsonl` with -o /dev/stdout appends
        done = subprocess.run(
            [*EXTRACT, str(plan), "-f", "jsonl", "-o", "/dev/stdout"],
            stdout=appended,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert done.returncode == 0, done.stderr
    assert values(out.read_text(encoding="utf-8")) == [1.0, 85.5, 10.0]


@pytest.mark.parametrize("option", ["-o", "--errors"])
def test_a_missing_folder_is_a_usage_error_before_any_work(plan: Path, tmp_path: Path, option: str) -> None:
    destination = tmp_path / "no-such-folder" / "out.jsonl"
    done = cchc(str(plan), str(tmp_path / "unread.txt"), option, str(destination))
    assert done.returncode == 2
    assert "no-such-folder" in done.stderr and "does not exist" in done.stderr
    assert "unread.txt" not in done.stderr  # stopped before the inputs were looked at
    assert "Traceback" not in done.stderr and not destination.parent.exists()


def test_check_output_says_what_is_wrong(tmp_path: Path) -> None:
    assert check_output(None) is None and check_output("-") is None
    assert check_output(tmp_path / "new.jsonl") is None
    assert "is a folder" in (check_output(tmp_path) or "")
    assert "does not exist" in (check_output(tmp_path / "a" / "b.jsonl") or "")
    (tmp_path / "file").write_text("", encoding="utf-8")
    assert check_output(tmp_path / "file" / "x.jsonl") is not None  # a file used as a folder
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    assert check_output(loop) is not None


@pytest.mark.parametrize("interruption", [KeyboardInterrupt, OSError])
def test_an_interrupted_write_leaves_nothing(tmp_path: Path, interruption: type[BaseException]) -> None:
    new, old = tmp_path / "new.jsonl", tmp_path / "old.jsonl"
    old.write_text("kept\n", encoding="utf-8")
    for path in (new, old):
        with pytest.raises(interruption), open_output(path) as out:
            out.write("half a record")
            raise interruption()
    assert not new.exists() and old.read_text(encoding="utf-8") == "kept\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.jsonl"]


def test_binary_and_text_writes_land_whole(tmp_path: Path) -> None:
    with open_output(tmp_path / "a.bin", binary=True) as raw:
        raw.write(b"\x00\xff")
    with open_output(tmp_path / "a.csv", newline="") as text:
        text.write("a;b\r\nđạt;80,5\r\n")
    assert (tmp_path / "a.bin").read_bytes() == b"\x00\xff"
    assert (tmp_path / "a.csv").read_bytes() == "a;b\r\nđạt;80,5\r\n".encode()
