"""In a real terminal the progress display is drawn, and the records still reach a file or a pipe.

Standard error (and input) is a pseudo-terminal here, so the progress bar is on, as for a
user at a shell; standard output is redirected. The records must arrive there, whole.
"""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import threading
from pathlib import Path

from .conftest import SAMPLE


def _drain(fd: int, into: bytearray) -> None:
    """Read the terminal's side until it closes, so the child never blocks on a full terminal."""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            return
        if not chunk:
            return
        into.extend(chunk)


def _in_terminal(args: list[str], stdout: int) -> tuple[int, bytes]:
    """Run the CLI with stdin and stderr on a pseudo-terminal and stdout on ``stdout``."""
    master, slave = pty.openpty()
    screen = bytearray()
    reader = threading.Thread(target=_drain, args=(master, screen), daemon=True)
    reader.start()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"}
    env.pop("NO_COLOR", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "cchc_extract", *args], stdin=slave, stdout=stdout, stderr=slave, env=env
    )
    code = proc.wait(timeout=120)
    os.close(slave)
    reader.join(timeout=5)
    os.close(master)
    return code, bytes(screen)


def _expected() -> list[dict[str, object]]:
    done = subprocess.run(
        [sys.executable, "-m", "cchc_extract", "extract", str(SAMPLE), "-f", "jsonl", "-q"],
        capture_output=True,
        timeout=120,
    )
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_records_reach_a_file_while_the_progress_bar_is_drawn(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with out.open("wb") as fh:
        code, screen = _in_terminal(["extract", str(SAMPLE), str(SAMPLE.parent), "-f", "jsonl"], fh.fileno())
    assert code == 0
    assert b"documents read" in screen  # the summary went to the terminal, not into the file
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows == _expected()  # the sample named twice is read once


def test_records_reach_a_pipe_while_the_progress_bar_is_drawn() -> None:
    read_end, write_end = os.pipe()
    received = bytearray()
    reader = threading.Thread(target=_drain, args=(read_end, received), daemon=True)
    reader.start()
    code, screen = _in_terminal(["extract", str(SAMPLE), "-f", "jsonl"], write_end)
    os.close(write_end)
    reader.join(timeout=10)
    os.close(read_end)
    assert code == 0
    assert b"documents read" in screen
    assert [json.loads(line) for line in received.decode("utf-8").splitlines()] == _expected()
