"""Find ratio mentions (percentages, ranges, shares written a/b) in text."""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass

import regex

from .rules import PatternSet

# every mention holds a digit (its number is read with ``float`` / ``int``): a span without one has none,
# and one search for a digit spares the value rules' calls on most paragraphs of a real text
_DIGIT = regex.compile(r"\d")


@dataclass(frozen=True)
class Mention:
    """One value as written: where it is, what it reads, which rule found it."""

    start: int  # offset of the first digit (normalized text)
    end: int  # end of the whole mention, `%` included
    value: float
    value_max: float | None
    form: str
    rule: str
    opens: int  # where the mention's own words begin: `từ` of `từ 20% đến 30%` (else ``start``)


def _number(text: str) -> float:
    """The number a value's digits write: a decimal comma or point, a stray space after a comma (`73, 21`) dropped."""
    return float(text.replace(",", ".").replace(" ", ""))


class TooManyValues(Exception):
    """A span holds more values than the caller can read (:data:`.pipeline.MAX_VALUES`)."""


def find_mentions(ps: PatternSet, text: str, start: int, end: int, limit: int | None = None) -> list[Mention]:
    """All mentions inside ``text[start:end]``; earlier rules claim spans first.  More than ``limit`` of them raise
    :class:`TooManyValues` as soon as they are found: a line of a million figures is refused before it is read."""
    found: list[Mention] = []
    if not _DIGIT.search(text, start, end):
        return found
    taken: list[tuple[int, int]] = []  # claimed spans, kept sorted and disjoint
    for compiled in ps.values:
        for m in compiled.pattern.finditer(text, start, end):
            at = bisect_left(taken, (m.start(), m.start()))
            if (at < len(taken) and taken[at][0] < m.end()) or (at > 0 and taken[at - 1][1] > m.start()):
                continue
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            form = compiled.rule.form
            if form == "fraction":
                a = groups.get("a") or groups["a2"]
                b = groups.get("b") or groups["b2"]
                num, den = int(a), int(b)
                if not 0 < num < den:
                    continue
                first = m.start("a") if "a" in groups else m.start("a2")
                mention = Mention(first, m.end(), round(100 * num / den, 2), None, form, compiled.rule.id, m.start())
            else:
                value_max = _number(groups["v2"]) if "v2" in groups else None
                mention = Mention(
                    m.start("v"), m.end(), _number(groups["v"]), value_max, form, compiled.rule.id, m.start()
                )
            found.append(mention)
            if limit is not None and len(found) > limit:
                raise TooManyValues
            insort(taken, (m.start(), m.end()))
    found.sort(key=lambda x: x.start)
    return found
