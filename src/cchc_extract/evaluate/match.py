"""Pair predictions with gold records, one to one, as the guide's "How predictions are matched" says.

A prediction matches a gold record of the same document whose value it equals (±0.01) and
whose ``start`` is within 3 code points of its own.  Gold records take their partners in
document order, each the nearest free prediction (the first one given, on a tie), so a
list of equal values close together (`80%, 80%`) pairs in order.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .records import Item

START_TOLERANCE = 3  # code points
VALUE_TOLERANCE = 0.011  # the guide's ±0.01, with room for a float's last digit


@dataclass
class Matching:
    pairs: list[tuple[Item, Item]]  # (gold, prediction)
    missed: list[Item]  # gold records no prediction matched
    spurious: list[Item]  # predictions that matched no gold record


def match(gold: list[Item], predicted: list[Item]) -> Matching:
    """One-to-one pairs of ``gold`` and ``predicted``; ambiguous gold records take part like any other."""
    by_document: dict[str, list[Item]] = defaultdict(list)
    for item in predicted:
        by_document[item.document].append(item)
    taken: set[int] = set()
    pairs: list[tuple[Item, Item]] = []
    missed: list[Item] = []
    for record in sorted(gold, key=lambda g: (g.document, g.start)):
        best: Item | None = None
        for candidate in by_document.get(record.document, ()):
            distance = abs(candidate.start - record.start)
            if (
                id(candidate) not in taken
                and abs(candidate.value - record.value) <= VALUE_TOLERANCE
                and distance <= START_TOLERANCE
                and (best is None or distance < abs(best.start - record.start))
            ):
                best = candidate
        if best is None:
            missed.append(record)
        else:
            taken.add(id(best))
            pairs.append((record, best))
    spurious = [item for item in predicted if id(item) not in taken]
    return Matching(pairs, missed, spurious)
