#!/usr/bin/env python3
"""Instructions the extractor executes, counted by valgrind: a speed figure that does not move.

    python benchmarks/instructions.py                  # the working tree (about 4 minutes)
    python benchmarks/instructions.py --rev 74b8649    # and an earlier commit, with the ratio

Wall-clock throughput on a shared machine moves by 10-20% from run to run, more than most
single speed steps gain; the number of instructions a run executes moves by less than 0.1%.
Each tree is run three times under ``valgrind --tool=callgrind``, in a fresh process that
first extracts a few documents (so the rules it needs are compiled, as in a long run): once
with nothing more (start-up), once over 0.15 MB of the benchmark's dense corpus and once over
30 real documents; start-up is subtracted from the two others.  Needs valgrind (``apt install
valgrind``); the ratio is of instructions, which track the time of this pure-Python workload
closely but not exactly (the wall-clock rows of ``run.py`` are the speed a user sees).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from baseline import checkout

REPO = Path(__file__).resolve().parents[1]
WORKLOADS = ("start-up", "dense", "real")
DENSE_MB = 0.15
REAL_DOCS = 30
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def count(src: Path, workload: str) -> int:
    """Instructions of one fresh process running ``workload`` with the package under ``src``."""
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            __file__,
            "--worker",
            str(src),
            workload,
        ],
        capture_output=True,
        text=True,
    )
    found = _COLLECTED.search(done.stderr)
    if done.returncode or not found:
        raise SystemExit(f"valgrind run of {workload} under {src} failed:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def measure(src: Path) -> dict[str, float]:
    """Billions of instructions of the dense and real workloads, start-up subtracted."""
    counts = {workload: count(src, workload) for workload in WORKLOADS}
    return {w: (counts[w] - counts["start-up"]) / 1e9 for w in WORKLOADS[1:]}


def _worker(src: str, workload: str) -> None:
    sys.path.insert(0, src)
    from peers import real_text
    from run import build_corpus

    from cchc_extract import extract_text

    dense, real = build_corpus(DENSE_MB, sparse=False), real_text()[:REAL_DOCS]
    for text in dense[:3] + real[:3]:  # the rules these texts need, compiled
        extract_text(text)
    for text in {"start-up": [], "dense": dense, "real": real}[workload]:
        extract_text(text)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rev", help="also count the code of this commit, and print the ratio")
    ap.add_argument("--worker", nargs=2, metavar=("SRC", "WORKLOAD"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        _worker(*args.worker)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt install valgrind): instructions cannot be counted", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="cchc-instructions-") as tmp:
        trees = [("working tree", REPO / "src")]
        if args.rev:
            trees.insert(0, (args.rev, checkout(args.rev, Path(tmp) / "rev")))
        figures = {label: measure(src) for label, src in trees}
    print(f"| tree | dense, {DENSE_MB} MB (billion instructions) | real, {REAL_DOCS} documents |")
    print("|---|---|---|")
    for label, got in figures.items():
        print(f"| {label} | {got['dense']:.3f} | {got['real']:.3f} |")
    if args.rev:
        old, new = figures[args.rev], figures["working tree"]
        print(f"| ratio | {old['dense'] / new['dense']:.2f}× | {old['real'] / new['real']:.2f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
