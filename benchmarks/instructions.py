#!/usr/bin/env python3
"""Instructions the extractor executes, counted by valgrind: a speed figure that does not move.

    python benchmarks/instructions.py                  # the working tree (about 4 minutes)
    python benchmarks/instructions.py --rev 74b8649    # and an earlier commit, with the ratio
    python benchmarks/instructions.py --rules-free     # and what the rest costs when rules cost nothing

Wall-clock throughput on a shared machine moves by 10-20% from run to run, more than most
single speed steps gain; the number of instructions a run executes moves by less than 0.1%.
Each tree is run three times under ``valgrind --tool=callgrind``, in a fresh process with no
compiled-rules cache that first extracts both text sets once (so every rule they need is
compiled, as in a long run): once with nothing more (start-up), once more over 0.15 MB of the
benchmark's dense corpus and once more over 30 real documents; start-up is subtracted from the
two others.  (Counts taken before 2026-12-05 warmed up on a few documents only, so rules compiled
inside the counted pass, or read from a warm cache, moved them by up to a fifth.)  Needs valgrind (``apt install
valgrind``); the ratio is of instructions, which track the time of this pure-Python workload
closely but not exactly (the wall-clock rows of ``run.py`` are the speed a user sees).

``--rules-free`` says how far fewer or cheaper rule calls can take the working tree: each workload
is run once more with every rule call (search, match, finditer of a rule) answered from a record
of the same call made in a first pass, at the cost of a dictionary lookup.  What remains is the
pipeline's own Python (segmenting, bookkeeping, decisions, records): the floor that no change to
the matching alone goes below.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from baseline import checkout

REPO = Path(__file__).resolve().parents[1]
WORKLOADS = ("start-up", "dense", "real")
DENSE_MB = 0.15
REAL_DOCS = 30
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def count(src: Path, workload: str, replay: str = "") -> int:
    """Instructions of one fresh process running ``workload`` with the package under ``src`` (``replay``:
    see :func:`_worker`)."""
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
            replay,
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "CCHC_CACHE_DIR": ""},  # no compiled rules from earlier runs: the same work every time
    )
    found = _COLLECTED.search(done.stderr)
    if done.returncode or not found:
        raise SystemExit(f"valgrind run of {workload} under {src} failed:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def measure(src: Path) -> dict[str, float]:
    """Billions of instructions of the dense and real workloads, start-up subtracted."""
    counts = {workload: count(src, workload) for workload in WORKLOADS}
    return {w: (counts[w] - counts["start-up"]) / 1e9 for w in WORKLOADS[1:]}


def measure_rules_free(src: Path) -> dict[str, float]:
    """Billions of instructions of the dense and real workloads with every rule call answered from a record."""
    return {w: (count(src, w, "replay") - count(src, w, "record")) / 1e9 for w in WORKLOADS[1:]}


def _worker(src: str, workload: str, replay: str) -> None:
    """Extract ``workload``'s texts after a warm-up.  ``record``: extract them once more, keeping every
    rule call's answer; ``replay``: then extract them again, answering the calls from that record."""
    sys.path.insert(0, src)
    from peers import real_text
    from run import build_corpus

    from cchc_extract import extract_text

    dense, real = build_corpus(DENSE_MB, sparse=False), real_text()[:REAL_DOCS]
    # every workload first extracts both text sets once, so that every rule they need is compiled before
    # the counted pass: a rule compiled (or read from the compiled-rules cache) inside it would move the
    # count by more than most speed steps do (each workload's count, start-up subtracted, is one pass)
    for text in dense + real:
        extract_text(text)
    texts = {"start-up": [], "dense": dense, "real": real}[workload]
    if replay:
        _answer_rules(texts, extract_text, replay == "replay")
        if replay == "record":
            return
    for text in texts:
        extract_text(text)


def _answer_rules(texts: list[str], extract: Callable[[str], object], then_replay: bool) -> None:
    """Extract ``texts`` keeping each rule call's answer; with ``then_replay``, make later calls take it."""
    from cchc_extract.safe_regex import SafePattern

    answers: dict[tuple[Any, ...], Any] = {}
    methods = {name: getattr(SafePattern, name) for name in ("search", "match", "finditer")}

    def recording(name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def call(self: SafePattern, string: str, pos: int = 0, endpos: int | None = None) -> Any:
            answers[name, self, string, pos, endpos] = answer = method(self, string, pos, endpos)
            return answer

        return call

    def replaying(name: str) -> Callable[..., Any]:
        def call(self: SafePattern, string: str, pos: int = 0, endpos: int | None = None) -> Any:
            answer = answers[name, self, string, pos, endpos]
            return list(answer) if name == "finditer" else answer

        return call

    for name, method in methods.items():
        setattr(SafePattern, name, recording(name, method))
    for text in texts:
        extract(text)
    for name in methods:
        setattr(SafePattern, name, replaying(name) if then_replay else methods[name])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rev", help="also count the code of this commit, and print the ratio")
    ap.add_argument("--rules-free", action="store_true", help="also count the working tree with rule calls free")
    ap.add_argument("--worker", nargs=3, metavar=("SRC", "WORKLOAD", "REPLAY"), help=argparse.SUPPRESS)
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
        if args.rules_free:
            figures["working tree, rule calls free"] = measure_rules_free(REPO / "src")
    print(f"| tree | dense, {DENSE_MB} MB (billion instructions) | real, {REAL_DOCS} documents |")
    print("|---|---|---|")
    for label, got in figures.items():
        print(f"| {label} | {got['dense']:.3f} | {got['real']:.3f} |")
    if args.rev:
        old, new = figures[args.rev], figures["working tree"]
        print(f"| ratio | {old['dense'] / new['dense']:.2f}× | {old['real'] / new['real']:.2f}× |")
    if args.rules_free:
        full, free = figures["working tree"], figures["working tree, rule calls free"]
        print(
            f"| rule calls' share of the working tree | {1 - free['dense'] / full['dense']:.0%} "
            f"| {1 - free['real'] / full['real']:.0%} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
