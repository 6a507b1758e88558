"""A real browser for the report's tests and its benchmark: Debian's headless Chromium.

:func:`load` opens a page as a person would (a ``file:`` URL), lets its script run, and
returns the DOM as the browser holds it then (``--dump-dom``), with a screenshot if asked.
:func:`chromium` is None where no Chromium is installed (``.ci/run`` installs it), and the
tests that need it skip.  :func:`read_png` decodes the screenshot without an imaging library.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import tempfile
import zlib
from pathlib import Path

FLAGS = [
    "--headless",
    "--no-sandbox",  # CI runs as root, where the sandbox will not start
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]
WINDOW = (1280, 1000)


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def load(
    page: Path,
    *,
    fragment: str = "",
    screenshot: Path | None = None,
    budget_ms: int | None = 3000,
    window: tuple[int, int] = WINDOW,
    timeout: float = 120,
) -> str:
    """The DOM of ``page`` (at ``#fragment``) after its script ran; a PNG of the window at ``screenshot`` too.

    ``budget_ms`` of virtual time lets the page load and its script finish before the DOM
    is taken; None takes it at the load event, in real time (for timing the page).
    """
    browser = chromium()
    if browser is None:
        raise RuntimeError("no chromium installed")
    with tempfile.TemporaryDirectory(prefix="cchc-chromium-") as profile:
        command = [browser, *FLAGS, f"--user-data-dir={profile}", f"--window-size={window[0]},{window[1]}"]
        if budget_ms is not None:
            command.append(f"--virtual-time-budget={budget_ms}")
        if screenshot is not None:
            command.append(f"--screenshot={screenshot.resolve()}")
        command += ["--dump-dom", page.resolve().as_uri() + (f"#{fragment}" if fragment else "")]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    if not done.stdout.strip():
        raise RuntimeError(f"chromium gave no DOM (exit {done.returncode}): {done.stderr[-2000:]}")
    return done.stdout


def read_png(path: Path) -> tuple[int, int, list[list[tuple[int, int, int]]]]:
    """Width, height and rows of RGB pixels of an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium writes)."""
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path} is not a PNG")
    pos, packed = 8, bytearray()
    width = height = channels = 0
    while pos < len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or color not in (2, 6) or interlace:
                raise ValueError(f"{path}: PNG of depth {depth}, colour type {color}, interlace {interlace}")
            channels = 3 if color == 2 else 4
        elif kind == b"IDAT":
            packed += body
    raw = zlib.decompress(bytes(packed))
    stride = width * channels
    rows: list[list[tuple[int, int, int]]] = []
    previous = bytearray(stride)
    for y in range(height):
        at = y * (stride + 1)
        line = _unfilter(raw[at], bytearray(raw[at + 1 : at + 1 + stride]), previous, channels)
        rows.append([(line[i], line[i + 1], line[i + 2]) for i in range(0, stride, channels)])
        previous = line
    return width, height, rows


def _unfilter(kind: int, line: bytearray, previous: bytearray, bpp: int) -> bytearray:
    """Undo one PNG row filter (None, Sub, Up, Average, Paeth)."""
    if kind == 1:
        for i in range(bpp, len(line)):
            line[i] = (line[i] + line[i - bpp]) & 0xFF
    elif kind == 2:
        line = bytearray((a + b) & 0xFF for a, b in zip(line, previous, strict=True))
    elif kind == 3:
        for i in range(len(line)):
            left = line[i - bpp] if i >= bpp else 0
            line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
    elif kind == 4:
        for i in range(len(line)):
            a = line[i - bpp] if i >= bpp else 0
            b = previous[i]
            c = previous[i - bpp] if i >= bpp else 0
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
    return line
