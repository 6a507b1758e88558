"""One scan of a paragraph per rule, shared by every clause, lead phrase and window inside it.

The decisions ask the same rules about many overlapping spans of one paragraph: its sentences'
lead phrases, its clauses, the words before each value.  Each such call used to run the regex
again over its span; most found nothing, and the calls cost more than the text they read.
While a paragraph is open (:func:`paragraph`), a rule's first scan covers the whole paragraph
and later calls inside it take their hits from that scan.

The answer is the one the span's own scan gives whenever the span's edges fall between the
paragraph's hits; a span that cuts a hit, or ends inside a word, is scanned on its own, and so
is a pattern that can see a span's edge (anchors ``^ $ \\A \\Z \\G``).  The differential check
(``benchmarks/baseline.py``) compares every record with the unshared code's.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Callable, Hashable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from . import case_fold

_EDGE_SEEING = ("^", "$", "\\A", "\\Z", "\\G")


class _Open:
    """The paragraph being read, and the hits of each rule scanned over it so far."""

    __slots__ = ("text", "low", "start", "end", "hits", "derived")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.low = case_fold.lowered(text)  # the copy folded rules scan (:mod:`.case_fold`)
        self.hits: dict[int, tuple[list[int], list[Any]]] = {}  # id(compiled) -> (starts, matches)
        # what a decision built from its hits: (starts, items, furthest end of the items before each)
        self.derived: dict[Hashable, tuple[list[int], list[Any], list[int]]] = {}


_STATE = threading.local()


@contextmanager
def paragraph(text: str, start: int, end: int) -> Iterator[None]:
    """Share scans of ``text[start:end]`` among the calls made inside the ``with`` block."""
    outer = getattr(_STATE, "open", None)
    _STATE.open = _Open(text, start, end)
    try:
        yield
    finally:
        _STATE.open = outer


def shareable(source: str) -> bool:
    """Whether a pattern's matches inside a span are those it finds in the paragraph around it."""
    return not any(token in source for token in _EDGE_SEEING)


def finditer(compiled: Any, text: str, pos: int, endpos: int | None) -> list[Any] | None:
    """The matches of ``compiled`` in ``text[pos:endpos]`` from the open paragraph's scan, or None
    when the span is not inside it or its edges cut a hit (the caller then scans the span itself)."""
    span = _within(compiled, text, pos, endpos)
    if span is None:
        return None
    starts, matches, lo, hi = span
    return matches[lo:hi]


def search(compiled: Any, text: str, pos: int, endpos: int | None) -> Any:
    """The first match of ``compiled`` in ``text[pos:endpos]`` (None for none), or ``...`` when the
    open paragraph's scan cannot say."""
    span = _within(compiled, text, pos, endpos)
    if span is None:
        return ...
    _, matches, lo, hi = span
    return matches[lo] if lo < hi else None


def _within(compiled: Any, text: str, pos: int, endpos: int | None) -> tuple[list[int], list[Any], int, int] | None:
    opened: _Open | None = getattr(_STATE, "open", None)
    end = len(text) if endpos is None else min(endpos, len(text))
    if opened is None or not (text is opened.text or text is opened.low) or pos < opened.start or end > opened.end:
        return None
    if 0 < end < len(text) and (text[end - 1].isalnum() and text[end].isalnum()):
        return None  # the span ends inside a word: its own scan sees a word end there
    key = id(compiled)
    found = opened.hits.get(key)
    if found is None:
        matches = list(compiled.finditer(text, opened.start, opened.end))
        found = opened.hits[key] = ([m.start() for m in matches], matches)
    starts, matches = found
    if not matches:
        return starts, matches, 0, 0
    lo = bisect_left(starts, pos)
    if lo and matches[lo - 1].end() > pos:
        return None  # a hit runs across the span's start
    hi = bisect_left(starts, end, lo)
    if hi > lo and matches[hi - 1].end() > end:
        return None  # a hit runs past the span's end
    return starts, matches, lo, hi


def derived(key: Hashable, build: Callable[[str, int, int], Sequence[Any]], text: str, pos: int, endpos: int) -> Any:
    """What ``build(text, pos, endpos)`` gives, taken from ``build`` run once over the open paragraph
    (kept under ``key``) when ``text[pos:endpos]`` lies inside it and no item straddles its edges.

    ``build`` must return items with ``start`` and ``end`` in text order of ``start``, each found by
    a scan that does not look past its item (as :func:`finditer` requires); None is returned when
    the paragraph cannot answer, and the caller builds the span's own items.
    """
    opened: _Open | None = getattr(_STATE, "open", None)
    if opened is None or text is not opened.text or pos < opened.start or endpos > opened.end:
        return None
    if 0 < endpos < len(text) and text[endpos - 1].isalnum() and text[endpos].isalnum():
        return None
    found = opened.derived.get(key)
    if found is None:
        items = list(build(text, opened.start, opened.end))
        reach = [0]  # reach[i]: the furthest end of items[:i]
        for item in items:
            reach.append(max(reach[-1], item.end))
        found = opened.derived[key] = ([item.start for item in items], items, reach)
    starts, items, reach = found
    lo = bisect_left(starts, pos)
    hi = bisect_left(starts, endpos, lo)
    if reach[lo] > pos or reach[hi] > endpos:
        return None  # an item runs across an edge
    return items[lo:hi]


class _RuleHit:
    """One match of one rule of a family, placed in the paragraph's text order."""

    __slots__ = ("start", "end", "rule", "match")

    def __init__(self, rule: int, match: Any) -> None:
        self.start, self.end, self.rule, self.match = match.start(), match.end(), rule, match


def family(key: Hashable, patterns: Sequence[Any], text: str, pos: int, endpos: int) -> list[list[Any]] | None:
    """Each pattern's matches in ``text[pos:endpos]``, in the patterns' order, from one scan of the open
    paragraph by the whole family (one lookup for a window instead of one call per rule), or None when
    the paragraph cannot answer (see :func:`derived`)."""

    def build(text: str, start: int, end: int) -> list[_RuleHit]:
        hits = [_RuleHit(i, m) for i, p in enumerate(patterns) for m in p.finditer(text, start, end, shared=True)]
        hits.sort(key=lambda h: h.start)
        return hits

    inside = derived(key, build, text, pos, endpos)
    if inside is None:
        return None
    per_rule: list[list[Any]] = [[] for _ in patterns]
    for hit in inside:
        per_rule[hit.rule].append(hit.match)
    return per_rule
