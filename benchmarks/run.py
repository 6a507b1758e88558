#!/usr/bin/env python3
"""Speed and memory of cchc, as ratios against references measured in the same run.

    python benchmarks/run.py                      # quick: 8 MB corpus, 40 MB folder for memory
    python benchmarks/run.py --size 8 --rss-mb 500 --rss-files 5000    # the full figures (~12 min)

The corpus is built deterministically from the bundled sample and the test corpora
(`tests/corpus/*.jsonl`), varied (years and numbers shifted by a seeded generator) and
repeated to the size asked. The sparse variant dilutes the same documents with
paragraphs that hold no percentage. Reported, in one run on this machine:

- extract throughput (MB/s of UTF-8 input, one process) on the dense and sparse corpus;
- references on the same text: NFC normalization, one `regex` scan for percentages, and
  underthesea's `word_tokenize` (the naive pipeline; timed on the first MB only, as a rate);
- latency of `cchc extract samples/…` as a whole process vs a bare `import underthesea`
  (medians of several runs), with the compiled-rules cache of earlier runs (``regex_cache``,
  in a fresh folder that the warm-up run fills) and without one (``CCHC_CACHE_DIR=``);
- a floor: the steps no extractor of this design can skip (normalize with its offset
  map, find the values, build one validated record per value), timed alone on the dense
  corpus, so the ratios above can be read against the least they could be;
- a folder run with `--jobs 1` and `--jobs 2`;
- peak RSS of any one process (parent or worker) of folder runs of two sizes;
- with ``--baseline REV``: the code of an earlier commit timed on the same dense corpus and
  real text, each tree in a fresh process of its own (``baseline.py``), three times, the trees alternating, the best
  kept, as a speed-up ratio;
- with ``--peers``: quantulum3 and Recognizers-Text (English percentage model), each in a venv
  of its own made on demand (``peers.py``), on the real text paragraph by paragraph, with
  cchc's per-document speed on the same text as a multiple of theirs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from functools import partial
from pathlib import Path

import regex
from baseline import checkout, time_tree
from peers import PEERS, PeerError, paragraphs, peer_result, real_text

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "samples" / "ke-hoach-cchc-2024.txt"
# each tree is timed this many times, the two alternating, best kept: one pass each moved a ratio by up to a fifth
BASELINE_ROUNDS = 3
FILLER = (
    "Tăng cường công tác thông tin, tuyên truyền về cải cách hành chính; nâng cao nhận thức, trách nhiệm của "
    "cán bộ, công chức, viên chức trong thực thi công vụ. Đổi mới phương thức chỉ đạo, điều hành; kiểm tra, "
    "đôn đốc việc thực hiện các nhiệm vụ được giao; kịp thời khen thưởng tập thể, cá nhân có thành tích.\n\n"
)


def source_documents() -> list[str]:
    docs = [SAMPLE.read_text(encoding="utf-8")]
    for corpus in sorted((REPO / "tests" / "corpus").glob("*.jsonl")):
        for line in corpus.read_text(encoding="utf-8").splitlines():
            if line.strip():
                docs.append(json.loads(line)["text"])
    return docs


def _shift_year(m: re.Match[str], delta: int) -> str:
    return str(2020 + (int(m.group(1)) + delta) % 10)


def build_corpus(megabytes: float, sparse: bool, seed: int = 7) -> list[str]:
    """Documents of about 4-40 KB each until the corpus holds ``megabytes`` of UTF-8."""
    rng = random.Random(seed)
    sources = source_documents()
    shift_year = re.compile(r"20(2\d)")
    docs: list[str] = []
    size = 0
    while size < megabytes * 1e6:
        parts = []
        for _ in range(rng.randint(1, 8)):
            text = rng.choice(sources)
            delta = rng.randint(-2, 3)
            text = shift_year.sub(partial(_shift_year, delta=delta), text)
            parts.append(text)
            if sparse:
                parts.append(FILLER * rng.randint(20, 40))
        doc = "\n\n".join(parts)
        if len(docs) % 4 == 3:  # some real documents come decomposed (the Lạng Sơn seed is partly NFD)
            doc = unicodedata.normalize("NFD", doc)
        docs.append(doc)
        size += len(doc.encode("utf-8"))
    return docs


def megabytes(docs: list[str]) -> float:
    return sum(len(d.encode("utf-8")) for d in docs) / 1e6


def rate(docs: list[str], work, repeat: int = 1) -> float:  # type: ignore[no-untyped-def]
    """MB/s of ``work`` over ``docs`` (best of ``repeat``)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for doc in docs:
            work(doc)
        best = min(best, time.perf_counter() - start)
    return megabytes(docs) / best


def floor_work() -> Callable[[str], int]:
    """The unskippable steps of one document: normalize, find values, one bare record per value.

    Every field is a constant, so this is what extract would cost if deciding the fields
    were free: a lower bound on its time, not a model of it.
    """
    from cchc_extract.models import Record
    from cchc_extract.normalize import normalize
    from cchc_extract.rules import load_patterns
    from cchc_extract.values import find_mentions

    patterns = load_patterns()

    def work(doc: str) -> int:
        flat = normalize(doc).text.replace("\n", " ")
        records = [
            Record(
                document="-",
                start=m.start,
                end=m.end,
                line=1,
                column=1 + m.start,
                value=m.value,
                kind="target",
                comparator="eq",
                text=flat[m.start : m.end],
                sentence=flat[max(0, m.start - 120) : m.end + 60],
                pattern=m.rule,
            )
            for m in find_mentions(patterns, flat, 0, len(flat))
        ]
        return len(records)

    return work


def median_seconds(commands: list[tuple[list[str], dict[str, str]]], runs: int) -> list[float]:
    """Median wall time of each command (with its own environment variables), their runs interleaved
    so that all see the same machine, after one warm-up run each, with bytecode cached as an installed
    package has it (pip compiles on install; a checkout under ``PYTHONDONTWRITEBYTECODE`` would
    otherwise compile every module of the project from source on each run)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    times: list[list[float]] = [[] for _ in commands]
    for k in range(runs + 1):
        for (command, extra), spent in zip(commands, times, strict=True):
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env={**env, **extra})
            if k:
                spent.append(time.perf_counter() - start)
    return [statistics.median(spent) for spent in times]


def write_folder(root: Path, docs: list[str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i, doc in enumerate(docs):
        (root / f"doc{i:05d}.txt").write_text(doc, encoding="utf-8")
    return root


def folder_run(folder: Path, jobs: int, out: Path) -> tuple[float, int]:
    """Wall seconds and peak RSS (KB) of any one process of a folder run."""
    probe = (
        "import resource, subprocess, sys, time; s = time.perf_counter(); "
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
        "print(time.perf_counter() - s, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    command = [sys.executable, "-m", "cchc_extract", "extract", str(folder), "-f", "jsonl", "-q", "-j", str(jobs)]
    done = subprocess.run([sys.executable, "-c", probe, *command, "-o", str(out)], check=True, capture_output=True)
    seconds, rss = done.stdout.split()
    return float(seconds), int(rss)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=float, default=8, help="MB of text for the throughput corpora (default 8)")
    ap.add_argument("--rss-mb", type=float, default=40, help="MB of the larger folder for the memory run (default 40)")
    ap.add_argument("--rss-files", type=int, default=1000, help="files in the larger folder (default 1000)")
    ap.add_argument("--runs", type=int, default=11, help="runs for each latency median (default 11)")
    ap.add_argument("--workdir", type=Path, default=None, help="where to write the folders (default: a temp dir)")
    ap.add_argument("--baseline", metavar="REV", help="also time the code of commit REV on the same text")
    ap.add_argument("--peers", action="store_true", help="also time quantulum3 and Recognizers-Text (makes venvs)")
    ap.add_argument("--quick", action="store_true", help="skip the folder and memory runs")
    args = ap.parse_args()

    sys.path.insert(0, str(REPO / "src"))
    from underthesea import word_tokenize

    from cchc_extract import extract_text

    extract_text("khởi động 5%")  # load patterns and the tokenizer once, as a long run would
    dense = build_corpus(args.size, sparse=False)
    sparse = build_corpus(args.size, sparse=True)
    percent = regex.compile(r"\d+(?:[.,]\d+)?\s?%")
    first_mb: list[str] = []
    for doc in dense:
        first_mb.append(doc)
        if megabytes(first_mb) >= 1:
            break

    figures: dict[str, float] = {}
    figures["nfc"] = rate(dense, lambda d: unicodedata.normalize("NFC", d), repeat=3)
    figures["regex_scan"] = rate(dense, percent.findall, repeat=3)
    figures["naive_word_tokenize"] = rate(first_mb, word_tokenize)
    figures["extract_dense"] = rate(dense, extract_text)
    figures["extract_sparse"] = rate(sparse, extract_text)
    figures["floor_dense"] = rate(dense, floor_work(), repeat=3)

    real = real_text()
    figures["extract_real"] = rate(real, extract_text, repeat=3)
    comparisons = compare(args.baseline, args.peers, dense, real, figures["extract_real"])

    python = sys.executable
    entry = Path(python).with_name("cchc")
    cchc = [str(entry)] if entry.exists() else [python, "-m", "cchc_extract"]
    with tempfile.TemporaryDirectory(prefix="cchc-cache-") as cache:
        figures["latency_cchc"], figures["latency_cchc_uncached"], figures["latency_import_underthesea"] = (
            median_seconds(
                [
                    ([*cchc, "extract", str(SAMPLE)], {"CCHC_CACHE_DIR": cache}),
                    ([*cchc, "extract", str(SAMPLE)], {"CCHC_CACHE_DIR": ""}),
                    ([python, "-c", "import underthesea"], {}),
                ],
                args.runs,
            )
        )

    if args.quick:
        report(figures, dense, sparse, None, {}, comparisons)
        return 0
    work = args.workdir or Path(tempfile.mkdtemp(prefix="cchc-bench-"))
    scaling = write_folder(work / "scaling", build_corpus(min(args.size, 8), sparse=False, seed=11))
    t1, _ = folder_run(scaling, 1, work / "out1.jsonl")
    t2, _ = folder_run(scaling, 2, work / "out2.jsonl")
    figures["jobs1_seconds"], figures["jobs2_seconds"] = t1, t2

    rss = {}
    for label, total_mb, files in (
        ("small", args.rss_mb / 4, max(1, args.rss_files // 4)),
        ("large", args.rss_mb, args.rss_files),
    ):
        pool = build_corpus(min(total_mb, 10), sparse=False, seed=3)
        per_file = total_mb * 1e6 / files
        folder = work / f"rss-{label}"
        folder.mkdir(parents=True, exist_ok=True)
        k = 0
        for i in range(files):
            parts: list[str] = []
            written = 0
            while written < per_file:
                parts.append(pool[k % len(pool)])
                written += len(parts[-1].encode("utf-8"))
                k += 1
            (folder / f"doc{i:05d}.txt").write_text("\n\n".join(parts), encoding="utf-8")
        folder_mb = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        seconds, peak = folder_run(folder, 2, work / f"rss-{label}.jsonl")
        rss[label] = (folder_mb, files, seconds, peak / 1024)

    report(figures, dense, sparse, (t1, t2), rss, comparisons)
    return 0


def compare(baseline: str | None, with_peers: bool, dense: list[str], real: list[str], real_rate: float) -> list[str]:
    """Table rows for an earlier commit and for the peers, each timed in a process of its own."""
    rows: list[str] = []
    if baseline:
        with tempfile.TemporaryDirectory(prefix="cchc-baseline-") as tmp:
            old_src = checkout(baseline, Path(tmp))
            for label, docs in (("dense corpus", dense), ("real text", real)):
                before = after = float("inf")
                for _ in range(BASELINE_ROUNDS):  # alternated: a drift in the machine's load weighs on both trees
                    before = min(before, time_tree(old_src, docs))
                    after = min(after, time_tree(REPO / "src", docs))
                rows.append(
                    f"| extract vs commit {baseline}, {label}, 1 process | {megabytes(docs) / after:.2f} MB/s "
                    f"(was {megabytes(docs) / before:.2f}) | {before / after:.2f}× the throughput |"
                )
    if with_peers:
        paras = paragraphs(real)
        for peer in PEERS:
            try:
                result = peer_result(peer, paras, repeat=3)
            except PeerError as err:
                print(err, file=sys.stderr)
                rows.append(f"| {peer} | failed to install or run | |")
                continue
            peer_rate = result["megabytes"] / result["seconds"]
            rows.append(
                f"| {peer} {result['version']}, real text paragraph by paragraph | {peer_rate:.3f} MB/s "
                f"| cchc (per document, {real_rate:.3f} MB/s) is {real_rate / peer_rate:.1f}× as fast |"
            )
    return rows


def report(
    figures: dict[str, float],
    dense: list[str],
    sparse: list[str],
    jobs: tuple[float, float] | None,
    rss: dict[str, tuple[float, int, float, float]],
    comparisons: list[str],
) -> None:
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"corpus: dense {megabytes(dense):.1f} MB in {len(dense)} documents; sparse {megabytes(sparse):.1f} MB")
    print()
    print("| measure | figure | ratio |")
    print("|---|---|---|")
    nfc_ratio = figures["nfc"] / figures["extract_dense"]
    print(
        f"| extract, dense corpus, 1 process | {figures['extract_dense']:.2f} MB/s | "
        f"{nfc_ratio:.1f}× the time of NFC ({figures['nfc']:.1f} MB/s) |"
    )
    print(
        f"| extract, sparse corpus, 1 process | {figures['extract_sparse']:.2f} MB/s | "
        f"{figures['extract_sparse'] / figures['extract_dense']:.2f}× the dense throughput |"
    )
    print(
        f"| one regex scan for percentages | {figures['regex_scan']:.1f} MB/s | "
        f"extract takes {figures['regex_scan'] / figures['extract_dense']:.0f}× its time |"
    )
    print(
        f"| naive pipeline (word_tokenize) | {figures['naive_word_tokenize']:.3f} MB/s | "
        f"extract is {figures['extract_dense'] / figures['naive_word_tokenize']:.0f}× faster |"
    )
    print(
        f"| floor: normalize + find values + bare records, dense | {figures['floor_dense']:.2f} MB/s | "
        f"{figures['nfc'] / figures['floor_dense']:.1f}× the time of NFC; "
        f"{figures['floor_dense'] / figures['naive_word_tokenize']:.0f}× naive |"
    )
    overhead = figures["latency_cchc"] - figures["latency_import_underthesea"]
    cold = figures["latency_cchc_uncached"] - figures["latency_import_underthesea"]
    print(
        f"| `cchc extract` on the sample, whole process (median) | {figures['latency_cchc']:.2f} s | "
        f"{overhead:+.2f} s over `import underthesea` ({figures['latency_import_underthesea']:.2f} s) "
        "with the compiled rules of an earlier run |"
    )
    print(
        "| … without compiled rules kept (`CCHC_CACHE_DIR=`, a first run) | "
        f"{figures['latency_cchc_uncached']:.2f} s | "
        f"{cold:+.2f} s over `import underthesea` |"
    )
    print(
        f"| extract, real text (sample, blind pages, seeds and realdev when there), 1 process "
        f"| {figures['extract_real']:.2f} MB/s | |"
    )
    for row in comparisons:
        print(row)
    if jobs:
        t1, t2 = jobs
        print(f"| folder run, --jobs 1 / --jobs 2 | {t1:.1f} s / {t2:.1f} s | {t1 / t2:.2f}× with 2 jobs |")
    for folder_mb, count, seconds, peak_mb in rss.values():
        print(
            f"| peak RSS, folder of {folder_mb:.0f} MB in {count:.0f} files (--jobs 2, {seconds:.0f} s) "
            f"| {peak_mb:.0f} MB | |"
        )


if __name__ == "__main__":
    sys.exit(main())
