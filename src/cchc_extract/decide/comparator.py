"""Comparator (and the change a value's own words name): the qualifier read around a value.

The words before a value (`tối thiểu`, `giảm`, `so với năm 2020`) and right after it
(`trở lên`) decide first; a list shares its head's qualifier (:mod:`.lists`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..rules import PatternSet
from ..rules.compile import NAMED_SUBJECT
from ..segment import Span, window_before
from ..values import Mention

# bounds: a list head's does not reach an item of 100% or more (`ít nhất 80% …, 100% …`; `thất nghiệp dưới 2%, …,
# 100% dân số …`): nothing exceeds the whole, and the whole is no ceiling
BOUND = {"gte", "gt", "lt", "lte"}
AFTER_WINDOW = 160  # how far after a value its comparator or reference words are read
OPENER_REACH = 24  # how far before a value a word that opens a phrase at it (`từ`) is looked for
_NAMED_REACH = 30 + NAMED_SUBJECT  # a rate's name (`tốc độ tăng trưởng`: 18 characters) and its subject after it


@dataclass
class Qualifier:
    """What the words around one value say: its comparator and change, and the rules that said so."""

    comparator: str = "eq"
    comparator_rule: str | None = None
    comparator_before: bool = False
    change: str | None = None
    change_rule: str | None = None
    start: int = 0  # where the qualifier words begin (for the record's `text`)
    bound_start: int | None = None  # where a comparator written before the value begins (`ít nhất 30%`)
    # a range's own bound word before it (`khoảng 37-38%`), which the range reads as `range` but the items of its list
    # share (`khoảng 37-38% và 31%`)
    range_bound: tuple[str, str] | None = None


def qualifier(ps: PatternSet, text: str, clause: Span, m: Mention) -> Qualifier:
    """Comparator and change from the words around the value."""
    q = Qualifier(start=m.start)
    # the words before the value's own (`cắt giảm` before `từ 20% đến 30%`)
    opens = max(clause.start, m.opens)
    before = window_before(text, clause.start, opens)
    after = text[m.end : min(clause.end, m.end + AFTER_WINDOW)]
    base = opens - len(before)
    if m.form == "range":
        q.comparator, q.comparator_rule = "range", m.rule
    # a rate's name is the value's subject and may stand its whole subject away: read in the text itself, so that
    # the words before the name (`đóng góp vào tăng trưởng`) are seen
    named_from = max(clause.start, opens - _NAMED_REACH)
    for c in ps.change_before:
        if c.rule.kind == "after":
            continue
        if c.rule.kind == "named":
            if not c.pattern.search(text, named_from, opens):
                continue
            q.change, q.change_rule = c.rule.change, c.rule.id
            break
        hit = c.pattern.search(before)
        if not hit:
            continue
        if c.rule.kind == "reference":
            if not ps.change_reference_after.match(after):
                continue
            q.comparator, q.comparator_rule = ("range", m.rule) if m.form == "range" else ("eq", c.rule.id)
        q.change, q.change_rule = c.rule.change, c.rule.id
        q.start = min(q.start, base + hit.start())  # (a named rate, above, is the subject, not a qualifier)
        break
    if q.change is None:  # `tối thiểu 20% thủ tục … được cắt giảm`: the verb stands after the value
        own = after[: after.find("%")] if "%" in after else after
        for c in ps.change_before:
            if c.rule.kind == "after" and c.pattern.search(own):
                q.change, q.change_rule = c.rule.change, c.rule.id
                break
    if q.comparator_rule is None or m.form == "range":
        # the longest qualifier wins across rules: `thấp hơn` (lt) over `hơn` (gt)
        hits = [(hit.start(), c) for c in ps.comparator_before if (hit := c.pattern.search(before))]
        if hits and m.form == "range":
            q.range_bound = min(((at, (c.rule.comparator, c.rule.id)) for at, c in hits), key=lambda h: h[0])[1]
        elif hits:
            at, c = min(hits, key=lambda h: h[0])
            q.comparator, q.comparator_rule, q.comparator_before = c.rule.comparator, c.rule.id, True
            q.start = min(q.start, base + at)
            q.bound_start = base + at
    closed = False  # whether a bound after the value closes it (`… trở lên`)
    if q.comparator_rule is None or q.comparator == "approx":
        # a bound after the value outranks an approximation before it (`khoảng 12% trở lên`: at least)
        for c in ps.comparator_after:
            if c.pattern.match(after):
                q.comparator, q.comparator_rule, closed = c.rule.comparator, c.rule.id, True
                break
    opener_from = max(0, len(before) - OPENER_REACH)  # an opener stands right before the value
    # (looked for only where it can matter: no bound read yet, or one closed after the value)
    wanted = ps.comparator_opened and (q.comparator_rule is None or closed)
    opener = ps.comparator_opener.search(before, opener_from) if wanted else None
    if opener and q.comparator_rule is None:
        # a phrase opened at the value (`từ 70% nhiệm vụ trở lên`) closes a few words on
        for c in ps.comparator_opened:
            if c.pattern.match(after):
                q.comparator, q.comparator_rule, closed = c.rule.comparator, c.rule.id, True
                break
    if opener and closed and q.change is None:  # `giảm từ 0,5% trở lên`: the verb before the opened phrase
        _opened_change(ps, before[: opener.start()], base, q)
    return q


def _opened_change(ps: PatternSet, head: str, base: int, q: Qualifier) -> None:
    """The change a verb right before an opened phrase names (`tinh giản từ 10% trở lên`): read as the change
    verbs before a value are (a start value, `giảm từ 10% xuống 5%`, closes no phrase and never gets here)."""
    for c in ps.change_before:
        if c.rule.kind == "verb" and (hit := c.pattern.search(head)):
            q.change, q.change_rule = c.rule.change, c.rule.id
            q.start = min(q.start, base + hit.start())
            return


def cell_qualifier(ps: PatternSet, text: str, cell: Span, start: int, end: int, ranged: bool) -> Qualifier:
    """Comparator and change from a table cell's own words around its value (`Tối thiểu 70`, `dưới 4%`, `giảm
    0,8-1%`), read as the running text's are: the cell is the value's clause."""
    form = "range" if ranged else "percent"
    return qualifier(ps, text, cell, Mention(start, end, 0.0, None, form, "table.cell", start))
