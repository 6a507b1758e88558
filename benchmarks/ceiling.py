#!/usr/bin/env python3
"""How much faster cchc could get if its rules' regex matching cost nothing: a ceiling for faster matching.

    python benchmarks/ceiling.py            # dense corpus (0.5 MB) and the real text, about a minute

Issue 15 asks for 2x on dense text. The profile is flat, and rule calls are about half of the time.
To bound what faster matching could give, this script times the extractor as it is. Then it times the
extractor again with every rule call (`SafePattern.search`, `match`, `finditer`) answered from a memo
filled by an earlier pass over the same text. That second pass runs no rule's regex and no gate check.
It still runs the few fixed regexes that live in the code (layout, tables, normalizing), the decisions
and the records, plus the memo's own lookups.

The ratio of the two times caps what a faster engine, a cheaper gate or faster rules could gain while
the same rules are asked the same questions. It does not bound a rewrite that asks fewer questions or
does less Python work per answer. The memo's own lookups are still paid in that pass, so two more passes
time them alone: in one, each rule call goes through a wrapper that only passes it on; in the other, the
wrapper also does the memo's lookup. What the lookup adds is taken off the memo's pass in the last
column. That column is the difference of two timings and is noisy, so use `--repeat` of 5 or more. The
wrapper's own call is not taken off: any matcher of a rule, however fast, is called once per question.

Records are checked equal between the two passes, so the memo changed no answer. Each pass runs with the
garbage collector stopped (after a collection), so the memo's many objects do not slow the later passes.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))

from peers import real_text  # noqa: E402
from run import build_corpus  # noqa: E402

from cchc_extract import extract_text, safe_regex  # noqa: E402

RULE_CALLS = ("search", "match", "finditer")


def best_seconds(texts: list[str], repeat: int) -> float:
    """The best of ``repeat`` timed passes of the extractor over ``texts``, each with the garbage collector stopped."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            for text in texts:
                extract_text(text)
            best = min(best, time.perf_counter() - start)
        finally:
            gc.enable()
    return best


def records(texts: list[str]) -> list[str]:
    """Every record of ``texts`` as JSON, to check that the memo changed no answer."""
    return [record.model_dump_json() for text in texts for record in extract_text(text)]


def memoized(call: Callable[..., Any], name: str, memo: dict[tuple[Any, ...], Any]) -> Callable[..., Any]:
    """``call`` answered from ``memo`` once it has been made with the same rule, text and span."""

    def answer(self: safe_regex.SafePattern, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        key = (name, self, string, pos, endpos)
        try:
            return memo[key]
        except KeyError:
            found = memo[key] = call(self, string, pos, endpos)
            return found

    return answer


def looked_up(call: Callable[..., Any], name: str, memo: dict[tuple[Any, ...], Any]) -> Callable[..., Any]:
    """``call`` made as usual after the same lookup as :func:`memoized`'s, to time the lookups."""

    def answer(self: safe_regex.SafePattern, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        memo.get((name, self, string, pos, endpos))
        return call(self, string, pos, endpos)

    return answer


def passed_on(call: Callable[..., Any]) -> Callable[..., Any]:
    """``call`` through a wrapper like :func:`looked_up`'s that does no lookup."""

    def answer(self: safe_regex.SafePattern, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        return call(self, string, pos, endpos)

    return answer


class Ceiling(NamedTuple):
    as_is: float  # seconds, the code as it is
    without_matching: float  # seconds, every rule call answered from the memo
    lookups: float  # seconds the memo's lookups add (the wrapper's call apart); below 0 only by noise
    calls: int  # distinct rule calls memoized

    @property
    def ratio(self) -> float:
        return self.as_is / self.without_matching

    @property
    def ratio_without_lookups(self) -> float:
        return self.as_is / max(self.without_matching - self.lookups, 1e-9)


def ceiling(texts: list[str], repeat: int) -> Ceiling:
    """The timings of the module's docstring on ``texts``."""
    expected = records(texts)  # also warms every lazily compiled rule
    as_is = best_seconds(texts, repeat)
    memo: dict[tuple[Any, ...], Any] = {}
    originals = {name: getattr(safe_regex.SafePattern, name) for name in RULE_CALLS}
    try:
        for name, call in originals.items():
            setattr(safe_regex.SafePattern, name, memoized(call, name, memo))
        if records(texts) != expected:  # this pass fills the memo
            raise SystemExit("ceiling: records changed under the memo; the bound would be meaningless")
        without_matching = best_seconds(texts, repeat)
        for name, call in originals.items():
            setattr(safe_regex.SafePattern, name, looked_up(call, name, memo))
        with_lookups = best_seconds(texts, repeat)
        for name, call in originals.items():
            setattr(safe_regex.SafePattern, name, passed_on(call))
        lookups = with_lookups - best_seconds(texts, repeat)
    finally:
        for name, call in originals.items():
            setattr(safe_regex.SafePattern, name, call)
    return Ceiling(as_is, without_matching, lookups, len(memo))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dense-mb", type=float, default=0.5, help="size of the dense corpus (default 0.5 MB)")
    parser.add_argument("--repeat", type=int, default=3, help="passes per timing, best kept (default 3)")
    args = parser.parse_args()
    corpora = {"dense": build_corpus(args.dense_mb, sparse=False), "real": real_text()}
    print("corpus   rule calls   as is (s)   no matching (s)   lookups (s)   ceiling   without the lookups")
    for label, texts in corpora.items():
        found = ceiling(texts, args.repeat)
        print(
            f"{label:<8} {found.calls:>10,}   {found.as_is:>9.3f}   {found.without_matching:>15.3f}   "
            f"{found.lookups:>11.3f}   {found.ratio:>6.2f}x   {found.ratio_without_lookups:>18.2f}x"
        )


if __name__ == "__main__":
    main()
