"""Time one peer extractor on a list of paragraphs, inside that peer's own virtualenv.

    <peer venv>/bin/python -I benchmarks/peer_worker.py PEER PARAGRAPHS.json REPEAT

Run by `peers.py`, never in the dev venv: it imports only the standard library and the
peer, so the peer's dependencies (and its pins, such as emoji<2) never meet cchc's. The
timing is taken here, in the peer's process, so interpreter start-up, imports and model
construction stay out of it: the peer is measured at its best. Prints one JSON object:
{"peer", "version", "seconds", "megabytes", "paragraphs", "values_found", "quantities",
"errors"}. ``errors`` counts paragraphs on which the peer raised (caught, so that one bad
paragraph does not sink the row); ``values_found`` counts percentages only, ``quantities``
everything the peer returned.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
import warnings
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

# A parse function returns (percentages, all quantities) found in one paragraph.
Parse = Callable[[str], tuple[int, int]]


def quantulum3_parser() -> tuple[str, Parse]:
    """quantulum3's rule parser; without sklearn it skips only its unit-disambiguation classifier."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Classifier dependencies not installed": we leave it out on purpose
        from quantulum3 import parser

    def parse(text: str) -> tuple[int, int]:
        quantities: list[Any] = parser.parse(text)
        return sum(1 for q in quantities if q.unit.name == "percentage"), len(quantities)

    return version("quantulum3"), parse


def recognizers_parser() -> tuple[str, Parse]:
    """Recognizers-Text's English percentage model, built once (recognize_percentage would rebuild it each call)."""
    from recognizers_number import Culture, NumberRecognizer

    model = NumberRecognizer(Culture.English).get_percentage_model()

    def parse(text: str) -> tuple[int, int]:
        found = len(model.parse(text))
        return found, found

    return version("recognizers-text-number"), parse


PARSERS: dict[str, Callable[[], tuple[str, Parse]]] = {
    "quantulum3": quantulum3_parser,
    "recognizers-text": recognizers_parser,
}


def measure(peer: str, paragraphs: list[str], repeat: int) -> dict[str, Any]:
    """Best-of-``repeat`` seconds for the whole list, after one warm-up call."""
    peer_version, parse = PARSERS[peer]()
    with contextlib.suppress(Exception):
        parse(paragraphs[0] if paragraphs else "5%")  # warm-up: lazy tables, regex caches
    best = float("inf")
    values = quantities = errors = 0
    for _ in range(max(1, repeat)):
        values = quantities = errors = 0
        start = time.perf_counter()
        for text in paragraphs:
            try:
                found, total = parse(text)
            except Exception:  # a peer's crash on one paragraph is a figure, not a failure
                errors += 1
                continue
            values += found
            quantities += total
        best = min(best, time.perf_counter() - start)
    return {
        "peer": peer,
        "version": peer_version,
        "seconds": best,
        "megabytes": sum(len(p.encode("utf-8")) for p in paragraphs) / 1e6,
        "paragraphs": len(paragraphs),
        "values_found": values,
        "quantities": quantities,
        "errors": errors,
    }


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] not in PARSERS:
        print(f"usage: peer_worker.py {{{','.join(PARSERS)}}} PARAGRAPHS.json REPEAT", file=sys.stderr)
        return 2
    peer, source, repeat = argv[0], Path(argv[1]), int(argv[2])
    paragraphs: list[str] = json.loads(source.read_text(encoding="utf-8"))
    with contextlib.redirect_stdout(sys.stderr):  # keep stdout for the one JSON line, whatever the peer prints
        result = measure(peer, paragraphs, repeat)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
