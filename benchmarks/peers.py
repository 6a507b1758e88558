#!/usr/bin/env python3
"""Speed of two peer extractors on the real text cchc is measured on, each in a virtualenv of its own.

    python benchmarks/peers.py                 # peers' MB/s on real_text(), with cchc's for comparison
    python benchmarks/peers.py --repeat 5 --cache /tmp/peer-venvs

The peers are general number/percentage extractors with no Vietnamese support, so this
compares speed, not quality (their counts are printed only to show they did find values):

- quantulum3 (`quantulum3.parser.parse`), installed as ``quantulum3==0.10.0``, which
  brings inflect, num2words, typeguard, more-itertools, jaraco.functools, docopt and
  typing_extensions. Its optional sklearn classifier (extra ``classifier``) is left
  out: without it quantulum3 only warns at import and skips the disambiguation of
  ambiguous unit names, which never concerns ``%``.
- Microsoft Recognizers-Text, installed as ``recognizers-text-suite==1.0.2a2`` plus
  ``emoji<2``: recognizers_text imports ``emoji.UNICODE_EMOJI``, which emoji 2.0 removed,
  and pip would otherwise pick the newest emoji and the import fails. It brings regex,
  multipledispatch, grapheme and datedelta. The English percentage model is built once
  (`NumberRecognizer(Culture.English).get_percentage_model()`) and its ``.parse`` timed.

Versions are pinned so that figures from different runs compare. Each peer runs in its
own venv (made on demand under the cache, reused after) so its pins never meet cchc's
dependencies, and is timed inside that venv's process by `peer_worker.py`: imports and
model construction stay out of the time, as they would in a long run. Peers get the text
paragraph by paragraph, since they read no context across paragraphs. cchc does, so its
fair figure is per document; per paragraph is printed too.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypedDict

REPO = Path(__file__).resolve().parents[1]
WORKER = Path(__file__).resolve().with_name("peer_worker.py")
SHARED = REPO.parent / "shared"
DEFAULT_CACHE = Path.home() / ".cache" / "cchc-extract-bench" / "peers"

PEERS: tuple[str, ...] = ("quantulum3", "recognizers-text")
REQUIREMENTS: dict[str, tuple[str, ...]] = {
    "quantulum3": ("quantulum3==0.10.0",),
    "recognizers-text": ("recognizers-text-suite==1.0.2a2", "emoji<2"),
}
# What the worker imports: if this runs in an existing venv, the venv is reused as it is.
IMPORT_CHECK: dict[str, str] = {
    "quantulum3": "import warnings; warnings.simplefilter('ignore'); import quantulum3.parser",
    "recognizers-text": "from recognizers_number import Culture, NumberRecognizer",
}
TAIL_LINES = 25


class PeerError(RuntimeError):
    """A peer's venv could not be made, or its worker failed; the message names the peer and ends with the output."""


class PeerResult(TypedDict):
    """What `peer_worker.py` prints, plus the seconds spent making the venv (0 when it was reused)."""

    peer: str
    version: str
    seconds: float
    megabytes: float
    paragraphs: int
    values_found: int
    quantities: int
    errors: int
    setup_seconds: float


def _tail(text: str) -> str:
    return "\n".join(text.strip().splitlines()[-TAIL_LINES:])


def _python_of(venv: Path) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin") / ("python.exe" if os.name == "nt" else "python")


def _run(command: list[str], peer: str, what: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise PeerError(f"{peer}: {what} failed (exit {done.returncode}):\n{_tail(done.stdout + done.stderr)}")


def _imports(python: Path, peer: str) -> bool:
    done = subprocess.run([str(python), "-I", "-c", IMPORT_CHECK[peer]], capture_output=True)
    return done.returncode == 0


def ensure_venv(peer: str, cache: Path = DEFAULT_CACHE) -> tuple[Path, float]:
    """The python of ``peer``'s venv under ``cache``, and the seconds spent making it (0.0 if reused).

    A venv that exists and imports the peer is reused untouched; a broken one is made anew.
    """
    if peer not in REQUIREMENTS:
        raise PeerError(f"{peer}: unknown peer (known: {', '.join(PEERS)})")
    venv = cache / peer
    python = _python_of(venv)
    if python.exists() and _imports(python, peer):
        return python, 0.0
    if venv.exists():
        if not (venv / "pyvenv.cfg").exists():
            raise PeerError(f"{peer}: {venv} exists and is not a venv; not touching it")
        shutil.rmtree(venv)
    start = time.perf_counter()
    venv.parent.mkdir(parents=True, exist_ok=True)
    _run([sys.executable, "-m", "venv", str(venv)], peer, f"python -m venv {venv}")
    pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check", *REQUIREMENTS[peer]]
    _run(pip, peer, "pip install " + " ".join(REQUIREMENTS[peer]))
    check = subprocess.run([str(python), "-I", "-c", IMPORT_CHECK[peer]], capture_output=True, text=True)
    if check.returncode != 0:
        raise PeerError(f"{peer}: installed, but the import fails:\n{_tail(check.stderr)}")
    seconds = time.perf_counter() - start
    print(f"{peer}: venv made in {seconds:.1f} s at {venv}", file=sys.stderr)
    return python, seconds


def peer_result(peer: str, paragraphs: list[str], cache: Path = DEFAULT_CACHE, repeat: int = 3) -> PeerResult:
    """One peer's full figures over ``paragraphs`` (timed in its own venv); raises `PeerError` on failure."""
    python, setup_seconds = ensure_venv(peer, cache)
    with tempfile.TemporaryDirectory(prefix="cchc-peer-") as tmp:
        source = Path(tmp) / "paragraphs.json"
        source.write_text(json.dumps(paragraphs, ensure_ascii=False), encoding="utf-8")
        done = subprocess.run(
            [str(python), "-I", str(WORKER), peer, str(source), str(repeat)], capture_output=True, text=True
        )
    if done.returncode != 0 or not done.stdout.strip():
        raise PeerError(f"{peer}: worker failed (exit {done.returncode}):\n{_tail(done.stdout + done.stderr)}")
    result: PeerResult = json.loads(done.stdout.strip().splitlines()[-1])
    result["setup_seconds"] = setup_seconds
    return result


def peer_rates(
    paragraphs: list[str], cache: Path = DEFAULT_CACHE, repeat: int = 3, peers: Iterable[str] = PEERS
) -> dict[str, float]:
    """MB/s of each peer over ``paragraphs``; venvs made under ``cache`` when missing (reused after).

    Raises `PeerError` at the first peer that fails; pass ``peers=[name]`` to go one peer at a time.
    """
    rates: dict[str, float] = {}
    for peer in peers:
        result = peer_result(peer, paragraphs, cache, repeat)
        rates[peer] = result["megabytes"] / result["seconds"]
    return rates


def real_text() -> list[str]:
    """The real documents, whole: the bundled sample, the blind pages and, when ../shared exists, seeds and realdev."""
    folders = [REPO / "samples", REPO / "tests" / "corpus" / "blind" / "docs"]
    if SHARED.is_dir():
        folders += [SHARED / "seeds", SHARED / "realdev" / "docs"]
    return [path.read_text(encoding="utf-8") for folder in folders for path in sorted(folder.glob("*.txt"))]


BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")


def paragraphs(docs: list[str]) -> list[str]:
    """Paragraphs split on blank lines, or on single newlines in a text that has none; empty ones skipped."""
    out: list[str] = []
    for doc in docs:
        parts = BLANK_LINE.split(doc) if BLANK_LINE.search(doc) else doc.split("\n")
        out.extend(part.strip() for part in parts if part.strip())
    return out


def megabytes(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def best_seconds(texts: list[str], work: Callable[[str], object], repeat: int) -> float:
    """Best of ``repeat`` passes of ``work`` over ``texts``, the same way the worker times the peers."""
    best = float("inf")
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        for text in texts:
            work(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3, help="passes over the text; the best counts (default 3)")
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help=f"where the venvs live (default {DEFAULT_CACHE})")
    ap.add_argument("--peers", nargs="+", choices=PEERS, default=list(PEERS), help="peers to run (default all)")
    args = ap.parse_args()

    sys.path.insert(0, str(REPO / "src"))
    from cchc_extract import extract_text

    docs = real_text()
    paras = paragraphs(docs)
    extract_text("khởi động 5%")  # load patterns and the tokenizer once, as a long run would
    per_doc = best_seconds(docs, extract_text, args.repeat)
    per_para = best_seconds(paras, extract_text, args.repeat)
    doc_records = sum(len(extract_text(d)) for d in docs)
    para_records = sum(len(extract_text(p)) for p in paras)
    cchc_doc = megabytes(docs) / per_doc
    cchc_para = megabytes(paras) / per_para

    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(
        f"text: {len(docs)} documents, {megabytes(docs):.3f} MB; {len(paras)} paragraphs, {megabytes(paras):.3f} MB "
        f"(best of {args.repeat})"
    )
    print()
    print("| extractor | MB/s | values found | errors | cchc per document, as a multiple |")
    print("|---|---|---|---|---|")
    print(f"| cchc, per document | {cchc_doc:.3f} | {doc_records} records | 0 | 1.0× |")
    print(f"| cchc, per paragraph | {cchc_para:.3f} | {para_records} records | 0 | {cchc_doc / cchc_para:.1f}× |")
    failures: list[str] = []
    for peer in args.peers:
        try:
            r = peer_result(peer, paras, args.cache, args.repeat)
        except PeerError as err:
            failures.append(str(err))
            print(f"| {peer} | failed | | | |")
            continue
        rate = r["megabytes"] / r["seconds"]
        found = f"{r['values_found']} % of {r['quantities']} quantities"
        setup = f", venv made in {r['setup_seconds']:.0f} s" if r["setup_seconds"] else ""
        print(f"| {peer} {r['version']}{setup} | {rate:.3f} | {found} | {r['errors']} | {cchc_doc / rate:.1f}× |")
    for failure in failures:
        print(f"\n{failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
