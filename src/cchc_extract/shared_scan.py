"""One scan of a paragraph per rule family, shared by every clause, lead phrase and window inside it.

The decisions ask the same rules about many overlapping spans of one paragraph: its sentences'
lead phrases, its clauses, the words before each value.  Each such question used to run every
rule of the family again over its span; most found nothing, and the calls cost more than the
text they read.  While a paragraph is open (:func:`paragraph`), a family's first question
scans the whole paragraph, and later questions inside it take their hits from that scan.

The answer is the one the span's own scan gives whenever the span's edges fall between the
paragraph's hits; a span that cuts a hit, or ends inside a word, is scanned on its own, and so
is a family with a pattern that can see a span's edge (``$ \\Z``, which match at its end, and ``\\G`` at its
start; ``^`` and ``\\A`` match where the text starts, or after a line break, wherever a scan starts in it).  The
differential check (``benchmarks/baseline.py``) compares every record with the unshared code's.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Callable, Hashable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

_EDGE_ESCAPES = ("Z", "G")
# a span at least this long is worth a lookup in its paragraph's scan even when its own search would answer: every
# value of a long sentence asks about the words from its clause's start, or the rest of it, and searching each such
# span alone grows as their square (shorter spans search themselves: cheaper than the lookup)
LONG_SPAN = 1000


class _Open:
    """The paragraph being read, and what each family found in it so far."""

    __slots__ = ("text", "start", "end", "found", "by_rule")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        # key -> (starts, items, furthest end of the items before each)
        self.found: dict[Hashable, tuple[list[int], list[Any], list[int]]] = {}
        # family -> for each of its patterns, where its hits stand in the family's items (:func:`family_last`)
        self.by_rule: dict[Hashable, list[list[int]]] = {}


_STATE = threading.local()


@contextmanager
def paragraph(text: str, start: int, end: int) -> Iterator[None]:
    """Share scans of ``text[start:end]`` among the questions asked inside the ``with`` block."""
    outer = getattr(_STATE, "open", None)
    _STATE.open = _Open(text, start, end)
    try:
        yield
    finally:
        _STATE.open = outer


@lru_cache(maxsize=4096)
def shareable(source: str) -> bool:
    """Whether a pattern's matches inside a span are those it finds in the paragraph around it:
    it has no anchor that sees the span's edge (``$`` outside a set, ``\\Z \\G``); ``^`` and ``\\A`` do not
    (``regex`` matches them at the text's start, not at a scan's ``pos``)."""
    in_set, i = False, 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            if not in_set and source[i + 1 : i + 2] in _EDGE_ESCAPES:
                return False
            i += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":  # a set: `]` right after `[` or `[^` is a member, not its end
            in_set = True
            i += 1
            i += source[i : i + 1] == "^"
            i += source[i : i + 1] == "]"
            continue
        elif char == "$":
            return False
        i += 1
    return True


def derived(
    key: Hashable,
    build: Callable[[str, int, int], Sequence[Any]],
    text: str,
    pos: int,
    endpos: int,
    scanned_only: bool = False,
) -> Any:
    """What ``build(text, pos, endpos)`` gives, taken from ``build`` run once over the open paragraph
    (kept under ``key``) when ``text[pos:endpos]`` lies inside it and no item straddles its edges;
    with ``scanned_only``, only when an earlier question had the paragraph scanned (a short span's own
    scan costs less than a long paragraph's).

    ``build`` returns items with ``start`` and ``end``, in text order of ``start``, found by patterns
    that are all :func:`shareable`; None is returned when the paragraph cannot answer, and the caller
    builds the span's own items.
    """
    window = _window(key, build, text, pos, endpos, scanned_only)
    if window is None:
        return None
    items, lo, hi = window
    return items[lo:hi]


def _window(
    key: Hashable, build: Callable[[str, int, int], Sequence[Any]], text: str, pos: int, endpos: int, scanned_only: bool
) -> tuple[list[Any], int, int] | None:
    """The open paragraph's items under ``key`` (built now if need be) and the range ``[lo, hi)`` of them that lies
    in ``text[pos:endpos]``, or None when the paragraph cannot answer (:func:`derived`)."""
    opened: _Open | None = getattr(_STATE, "open", None)
    if opened is None or text is not opened.text or pos < opened.start or endpos > opened.end:
        return None
    if 0 < endpos < len(text) and text[endpos - 1].isalnum() and text[endpos].isalnum():
        return None  # the span ends inside a word: its own scan sees a word end there
    found = opened.found.get(key)
    if found is None:
        if scanned_only:
            return None
        items = list(build(text, opened.start, opened.end))
        reach = [0]  # reach[i]: the furthest end of items[:i]
        for item in items:
            reach.append(max(reach[-1], item.end))
        found = opened.found[key] = ([item.start for item in items], items, reach)
    starts, items, reach = found
    lo = bisect_left(starts, pos)
    hi = bisect_left(starts, endpos, lo)
    if reach[lo] > pos or reach[hi] > endpos:
        return None  # an item runs across an edge
    return items, lo, hi


class _RuleHit:
    """One match of one rule of a family, placed in the paragraph's text order."""

    __slots__ = ("start", "end", "rule", "match")

    def __init__(self, rule: int, match: Any) -> None:
        self.start, self.end, self.rule, self.match = match.start(), match.end(), rule, match


class Family:
    """Patterns asked about the same spans (a file's rules), with which of them a paragraph's scan can
    answer for (:func:`shareable`): read once per rule set, not on every question."""

    __slots__ = ("patterns", "shared")

    def __init__(self, patterns: Sequence[Any]) -> None:
        self.patterns = list(patterns)
        self.shared = [shareable(p.pattern) for p in self.patterns]

    def scan(self, text: str, start: int, end: int) -> list[_RuleHit]:
        """Every shareable pattern's matches in ``text[start:end]``, in text order."""
        hits = [
            _RuleHit(i, m)
            for i, (p, shared) in enumerate(zip(self.patterns, self.shared, strict=True))
            if shared
            for m in p.finditer(text, start, end)
        ]
        hits.sort(key=lambda h: h.start)
        return hits


def family(fam: Family, text: str, pos: int, endpos: int, scanned_only: bool = False) -> list[list[Any]] | None:
    """Each pattern's matches in ``text[pos:endpos]``, in the patterns' order, from one scan of the open
    paragraph by the whole family (one lookup for a window instead of one call per rule), or None when
    the paragraph cannot answer (see :func:`derived`).  A pattern that sees a span's edge is asked
    about the span itself; ``scanned_only`` as for :func:`derived`."""
    inside = derived(fam, fam.scan, text, pos, endpos, scanned_only)
    if inside is None:
        return None
    per_rule: list[list[Any]] = [
        [] if shared else p.finditer(text, pos, endpos) for p, shared in zip(fam.patterns, fam.shared, strict=True)
    ]
    for hit in inside:
        per_rule[hit.rule].append(hit.match)
    return per_rule


def family_last(fam: Family, text: str, pos: int, endpos: int) -> list[Any | None] | None:
    """Each pattern's last match in ``text[pos:endpos]`` (None for a pattern with none), as :func:`family` would
    give it, or None when the paragraph cannot answer. One lookup per pattern, not a walk over the span's hits:
    each value of a long sentence asks for the last hit before it, and the walks would grow as their square."""
    window = _window(fam, fam.scan, text, pos, endpos, False)
    if window is None:
        return None
    items, lo, hi = window
    opened: _Open = _STATE.open
    by_rule = opened.by_rule.get(fam)
    if by_rule is None:
        by_rule = opened.by_rule[fam] = [[] for _ in fam.patterns]
        for index, item in enumerate(items):
            by_rule[item.rule].append(index)
    last: list[Any | None] = []
    for rule, (p, shared) in enumerate(zip(fam.patterns, fam.shared, strict=True)):
        if not shared:  # asked about the span itself
            own = p.finditer(text, pos, endpos)
            last.append(own[-1] if own else None)
            continue
        indices = by_rule[rule]
        at = bisect_left(indices, hi) - 1
        last.append(items[indices[at]].match if at >= 0 and indices[at] >= lo else None)
    return last
