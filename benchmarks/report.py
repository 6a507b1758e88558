#!/usr/bin/env python3
"""The report of a 5 MB folder: how large the file is, and how fast it opens and scrolls in a browser.

    python benchmarks/report.py                 # 5 MB built like run.py's corpus (dense and sparse)
    python benchmarks/report.py --size 5 --runs 5 --folder ../real-documents

The folders are built as ``run.py`` builds its corpora (the sample and the test corpora,
varied by a seeded generator): the dense one holds a value every ~170 characters, the
sparse one dilutes it with paragraphs that hold none; ``--folder`` adds a folder of your
own.  ``cchc report`` writes the report; headless Chromium (as the tests run it) then
opens a copy with a measuring script added at the end of the body (and allowed by the
page's policy).  That script notes how long after navigation the page was parsed and the
report's own script had run, then scrolls through it in 200 steps, each a scroll and a
hit test that makes the browser lay out what came into view, and keeps the median and
the slowest step (a step over 16 ms is a dropped frame).  Figures are medians of
``--runs``; a browser run's wall time includes starting Chromium and writing out the
whole DOM, so an empty page's is printed first.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from run import build_corpus, write_folder

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from tests.browser import chromium, load  # noqa: E402  (the tests' way of running the browser)

PROBE = """(function () {
  var root = document.documentElement, parsed = performance.now(), height = root.scrollHeight;
  var view = window.innerHeight, steps = [], count = 200;
  for (var i = 0; i < count; i++) {
    var t = performance.now();
    window.scrollTo(0, Math.round(i * Math.max(0, height - view) / (count - 1)));
    document.elementFromPoint(300, view / 2);
    steps.push(performance.now() - t);
  }
  steps.sort(function (a, b) { return a - b; });
  root.dataset.parsedMs = parsed.toFixed(0);
  root.dataset.stepMedianMs = steps[count / 2].toFixed(1);
  root.dataset.stepMaxMs = steps[count - 1].toFixed(1);
  root.dataset.heightPx = String(height);
})();"""


def probed(report: Path, out: Path) -> Path:
    """A copy of ``report`` that runs :data:`PROBE` last, its hash added to the page's script policy."""
    page = report.read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(PROBE.encode("utf-8")).digest()).decode("ascii")
    page = page.replace("script-src ", f"script-src 'sha256-{digest}' ", 1)
    page = page.replace("</body>", f"<script>{PROBE}</script>\n</body>", 1)
    out.write_text(page, encoding="utf-8")
    return out


def browse(page: Path) -> dict[str, float]:
    start = time.perf_counter()
    dom = load(page, budget_ms=None)  # real time: the DOM is taken at the load event, after the probe ran
    wall = time.perf_counter() - start
    root = re.search(r"<html[^>]*>", dom)
    found = dict(re.findall(r'data-([a-z-]+)="([^"]*)"', root.group(0) if root else ""))
    figures = {key: float(found[key]) for key in ("parsed-ms", "step-median-ms", "step-max-ms")}
    return figures | {"wall-s": wall, "ready": float(found.get("ready", "nan"))}


def measure(label: str, folder: Path, runs: int, scratch: Path) -> None:
    files = [p for p in folder.rglob("*") if p.is_file()]
    size = sum(p.stat().st_size for p in files)
    report = scratch / f"{label}.html"
    start = time.perf_counter()
    command = [sys.executable, "-m", "cchc_extract", "report", str(folder), "-r", "-o", str(report), "-q"]
    subprocess.run(command, check=True)
    seconds = time.perf_counter() - start
    page = probed(report, scratch / f"{label}-probed.html")
    runs_figures = [browse(page) for _ in range(runs)]
    median = {key: statistics.median(r[key] for r in runs_figures) for key in runs_figures[0]}
    print(
        f"{label:6s} input {size / 1e6:.1f} MB in {len(files)} files, {median['ready']:.0f} records; "
        f"cchc report {seconds:.1f} s; report {report.stat().st_size / 1e6:.1f} MB; "
        f"parsed and scripted {median['parsed-ms']:.0f} ms after navigation; "
        f"scrolling: median step {median['step-median-ms']:.1f} ms, slowest "
        f"{median['step-max-ms']:.1f} ms; browser run {median['wall-s']:.2f} s"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=float, default=5.0, help="MB of input")
    ap.add_argument("--runs", type=int, default=3, help="browser runs per report (medians)")
    ap.add_argument("--folder", type=Path, action="append", help="measure this folder too (e.g. real documents)")
    args = ap.parse_args()
    if chromium() is None:
        print("no chromium: install Debian's chromium package", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="cchc-report-bench-") as tmp:
        scratch = Path(tmp)
        empty = scratch / "empty.html"
        empty.write_text("<!doctype html><title>empty</title>", encoding="utf-8")
        start = time.perf_counter()
        load(empty, budget_ms=None)
        print(f"browser run of an empty page: {time.perf_counter() - start:.2f} s")
        for label, sparse in (("dense", False), ("sparse", True)):
            measure(label, write_folder(scratch / label, build_corpus(args.size, sparse)), args.runs, scratch)
        for folder in args.folder or []:
            measure(folder.name, folder, args.runs, scratch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
