#!/usr/bin/env python3
"""Run an earlier commit's extractor beside the current one: the same records, and how much faster.

    python benchmarks/baseline.py --rev 74b8649            # records identical? (exit 1 if not)
    python benchmarks/baseline.py --rev 74b8649 --dense 4  # with 4 MB of dense text in the corpus

A speed-up is only worth having if no record changes, so every speed step is checked here
first: the corpus (the bundled sample, the test corpora, every set of blind real pages, the seeds and
the real development documents of ``../shared`` when it is there, and a generated dense corpus)
is extracted by the code of ``--rev`` (unpacked with ``git archive`` into a temporary folder)
and by the working tree, each in its own process, and the JSON Lines are compared byte for byte.
:func:`checkout` and :func:`time_tree` are also used by ``run.py`` to time the earlier commit in
the same run as the current code.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def checkout(rev: str, into: Path) -> Path:
    """The tree of ``rev`` unpacked under ``into`` (no git worktree to clean up); returns its ``src``."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", rev], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def corpus(dense_mb: float) -> list[tuple[str, str]]:
    """(name, text) of every document of the differential corpus."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from run import build_corpus  # the benchmark's own dense corpus

    docs = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((REPO / "samples").glob("*.txt"))]
    for jsonl in sorted((REPO / "tests" / "corpus").glob("*.jsonl")):
        for i, line in enumerate(jsonl.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                docs.append((f"{jsonl.stem}-{i}", json.loads(line)["text"]))
    # every blind set (two sets may both hold a `p01.txt`: a blind page is named with its set)
    for folder in sorted((REPO / "tests" / "corpus").glob("blind*/docs")):
        docs += [
            (f"{folder.parent.name}/{p.name}", p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))
        ]
    for folder in (SHARED / "seeds", SHARED / "realdev" / "docs"):
        if folder.is_dir():
            docs += [(p.name, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    docs += [(f"dense-{i}", text) for i, text in enumerate(build_corpus(dense_mb, sparse=False))]
    return docs


def time_tree(src: Path, docs: list[str], repeat: int = 1) -> float:
    """Seconds (best of ``repeat``) that the extractor under ``src`` takes over ``docs``, in a fresh process."""
    with tempfile.TemporaryDirectory(prefix="cchc-time-") as tmp:
        texts = Path(tmp) / "docs.json"
        texts.write_text(json.dumps([["-", d] for d in docs]), encoding="utf-8")
        done = subprocess.run(
            [sys.executable, __file__, "--worker", str(src), str(texts), "-", "--repeat", str(repeat)],
            check=True,
            capture_output=True,
            text=True,
        )
    return float(done.stdout.strip())


def _worker(src: str, texts: str, out: str, repeat: int) -> None:
    """Extract every document with the package under ``src``; write records (or, with ``out`` '-', the time)."""
    sys.path.insert(0, src)
    import cchc_extract
    from cchc_extract import extract_text

    if not Path(cchc_extract.__file__).resolve().is_relative_to(Path(src).resolve()):
        raise SystemExit(f"imported {cchc_extract.__file__}, not the tree under {src}")
    docs = json.loads(Path(texts).read_text(encoding="utf-8"))
    extract_text("khởi động 5%")  # patterns compiled, as in a long run
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        results = [extract_text(text, document=name) for name, text in docs]
        best = min(best, time.perf_counter() - start)
    if out == "-":
        print(best)
        return
    with open(out, "w", encoding="utf-8") as f:
        for records in results:
            for record in records:
                f.write(record.model_dump_json() + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rev", default="HEAD", help="the commit to compare the working tree with (default HEAD)")
    ap.add_argument("--dense", type=float, default=2.0, help="MB of generated dense text in the corpus (default 2)")
    ap.add_argument("--worker", nargs=3, metavar=("SRC", "DOCS", "OUT"), help=argparse.SUPPRESS)
    ap.add_argument("--repeat", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        src, texts, out = args.worker
        _worker(src, texts, out, repeat=args.repeat)
        return 0

    docs = corpus(args.dense)
    with tempfile.TemporaryDirectory(prefix="cchc-differential-") as tmp:
        work = Path(tmp)
        texts = work / "docs.json"
        texts.write_text(json.dumps(docs), encoding="utf-8")
        outputs = {}
        for label, src in (("before", checkout(args.rev, work / "before")), ("after", REPO / "src")):
            out = work / f"{label}.jsonl"
            start = time.perf_counter()
            subprocess.run([sys.executable, __file__, "--worker", str(src), str(texts), str(out)], check=True)
            outputs[label] = out.read_text(encoding="utf-8").splitlines()
            print(f"{label}: {len(outputs[label])} records in {time.perf_counter() - start:.1f} s")
    before, after = outputs["before"], outputs["after"]
    differ = [(i, b, a) for i, (b, a) in enumerate(zip(before, after, strict=False)) if b != a]
    size = sum(len(t.encode("utf-8")) for _, t in docs) / 1e6
    print(f"corpus: {len(docs)} documents, {size:.1f} MB; {args.rev} vs the working tree")
    if len(before) != len(after) or differ:
        print(f"DIFFERENT: {len(before)} vs {len(after)} records, {len(differ)} lines differ")
        for i, b, a in differ[:8]:
            old, new = json.loads(b), json.loads(a)
            fields = {k: (old.get(k), new.get(k)) for k in old.keys() | new.keys() if old.get(k) != new.get(k)}
            print(f"line {i + 1}, {old['document']} @{old['start']}: {fields}")
        return 1
    print("identical: every record byte for byte")
    return 0


if __name__ == "__main__":
    sys.exit(main())
