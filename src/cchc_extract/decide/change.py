"""Change: a rate named as a change in a lead-in reaches the list items it introduces.

The value's own words decide first (:func:`.comparator.qualifier`: a verb, a reference, a named rate
in its own subject). This module adds what the structure says (GUIDE: a rate named as a
change is an increase or decrease even with no verb on the value):

- a sentence that names a rate as a change (`… được giao mục tiêu tăng trưởng GRDP …`)
  governs the items that break it down after it: the rest of its paragraph, and the
  next paragraph (`Cụ thể, vùng A: tỉnh B: 12%; tỉnh C: 10%`); a heading, or a paragraph
  after that, ends it (rule ``list.named_rate``);
- an item takes it only when its own words name a unit and no measure of their own:
  proper names (`Hải Phòng 12,5%`, `Còn TP. X 8%`) or nothing (`…; 10%`). An item with a
  lower-case subject (`tỷ lệ hồ sơ …`, `thu ngân sách …`) measures something else;
- a value whose own words are only a date, after a value whose subject names the rate, is the
  same rate's (:func:`dated_item`), and so is a planned figure set beside such a value (:func:`planned_rate`).
- a table row labelled with a named rate (`Tốc độ tăng trưởng GRDP | % | 8,00`) gives
  its cells that change (the named rule's id: the row label is the cell's subject).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import regex

from .. import shared_scan
from ..rules import PatternSet
from .indicator import only_date_or_aim

if TYPE_CHECKING:
    from ..drafts import Draft
    from ..segment import Span
    from ..structure.cells import TableValue

RULE = "list.named_rate"
DATED_RULE = "list.dated_rate"
PLANNED_RULE = "list.planned_rate"
_LAST_PART = regex.compile(r"[^,:;()]*$")
_TRAILING = " ,:;.-–(+"
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}.'’-]*")


def named_rate(ps: PatternSet, text: str, start: int, end: int) -> tuple[int, str, str] | None:
    """(end, change, rule id) of the last rate named as a change in ``text[start:end]``, read from the open
    paragraph's one scan of them (:mod:`..shared_scan`) when it can answer. A rule's matches do not overlap,
    so its last match ends furthest; on equal ends the rule listed first wins."""
    last: tuple[int, str, str] | None = None
    shared = shared_scan.family_last(ps.named_rate_family, text, start, end)
    for k, c in enumerate(ps.named_rates):
        if shared is not None:
            hit = shared[k]
        else:
            own = c.pattern.finditer(text, start, end)
            hit = own[-1] if own else None
        if hit is not None and (last is None or hit.end() > last[0]):
            last = (hit.end(), c.rule.change, c.rule.id)
    return last


def row_change(ps: PatternSet, label: str) -> tuple[str, str] | None:
    """(change, rule) of a table row whose label names a rate as a change (`Tốc độ tăng trưởng GRDP`,
    `Tỷ lệ cắt giảm thủ tục …`) or holds a change verb (`Số công bố khoa học tăng trung bình`): the
    label is the cell's subject and predicate."""
    hit = named_rate(ps, label, 0, len(label))
    if hit:
        return hit[1], hit[2]
    verb = next((c for c in ps.changes if c.rule.kind == "verb" and c.pattern.search(label)), None)
    return (verb.rule.change, verb.rule.id) if verb else None


def cell_change(ps: PatternSet, v: TableValue) -> tuple[str, str] | None:
    """(change, rule) of a table cell: its row label's (:func:`row_change`); under a label that names only a place or
    a sector (`Thành phố Hà Nội`, `Khu vực dịch vụ`), a rate per year (`(%/NĂM)`) in a table whose title names a
    growth (`MỤC TIÊU TĂNG TRƯỞNG GRDP GIAI ĐOẠN 2026 - 2030`) is that growth."""
    own = row_change(ps, v.indicator)
    if own is not None or not v.per_year or not v.scope:
        return own
    title = v.scope[-1]
    hit = named_rate(ps, title, 0, len(title))
    return (hit[1], f"{hit[2]}@title") if hit else None


def names_only(indicator: str, gap: str) -> bool:
    """Whether an item names a unit and no measure: the last part (after a comma or colon) of its
    indicator, else of the words since the value before it, is one or more proper names."""
    for words in (indicator, gap):
        if words.count("(") > words.count(")"):  # a bracket it runs into is an aside (`… ra lớp (NQ`), not a name
            words = words[: words.rfind("(")]
        part = _LAST_PART.search(words.rstrip(_TRAILING))
        tokens = _WORD.findall(part.group() if part else "")
        if tokens:
            return all(t[0].isupper() or t[0].isdigit() for t in tokens)
    return False


class ChangeReader:
    """Carries a named rate from its lead sentence over the items that break it down."""

    def __init__(self, ps: PatternSet, text: str) -> None:
        self.ps, self.text = ps, text
        self.carried: tuple[str, str] | None = None  # (change, rule) from the paragraph before
        self.age = 0  # paragraphs since the lead
        self.pending: list[tuple[int, int]] = []  # paragraphs without values, read when a value needs them

    def paragraph(self, span: tuple[int, int], drafts: Sequence[Draft], heading: bool) -> None:
        """Give each value of the paragraph ``span`` the named rate that governs it, if any."""
        if heading:
            self.carried, self.pending = None, []
        if not self.ps.active(RULE):
            return
        if not drafts:
            self.pending.append(span)
            return
        self._settle()
        for d in drafts:
            hit = named_rate(self.ps, self.text, span[0], d.sentence.start)
            if hit is None:  # `Mục tiêu tăng trưởng của các tỉnh: A 9%; B 8,5%`
                hit = named_rate(self.ps, self.text, d.sentence.start, d.mention.start)
            d.carried_change = (hit[1], hit[2]) if hit else self.carried
        last = named_rate(self.ps, self.text, *span)
        if last is not None:
            self.carried, self.age = (last[1], last[2]), 0
        else:
            self.carried = None  # a paragraph with values ends what was carried

    def _settle(self) -> None:
        """What the pending paragraphs carry: a rate named in the last of them, or in the one before
        (one paragraph without values may stand between a lead and its items); older ones have lapsed."""
        pending, self.pending = self.pending, []
        if not pending:
            return
        last = named_rate(self.ps, self.text, *pending[-1])
        if last is not None:
            self.carried, self.age = (last[1], last[2]), 0
            return
        if len(pending) >= 2:
            before = named_rate(self.ps, self.text, *pending[-2])
            self.carried, self.age = ((before[1], before[2]), 1) if before else (None, 0)
            return
        if self.carried is not None:
            self.age += 1
            if self.age > 1:
                self.carried = None


def _names_rate(ps: PatternSet, rule_id: str | None) -> bool:
    """Whether a value's change came from its subject naming a rate as a change (:attr:`PatternSet.named_rates`)."""
    return rule_id is not None and any(c.rule.id == rule_id for c in ps.named_rates)


def dated_item(
    ps: PatternSet,
    text: str,
    d: Draft,
    drafts: Sequence[Draft],
    indicator: Callable[[Draft], tuple[int, int]],
    chained: dict[int, str | None],
) -> str | None:
    """The change of a value whose own words are only a date, after a value whose subject names a rate as a
    change (`tăng trưởng kinh tế năm 2025 đạt trên 8% và năm 2026 đạt từ 10% trở lên`): the same rate, for the
    next year, along a chain of such dates (rule ``list.dated_rate``); ``indicator`` gives a value's span.
    Each value of a chain has its chain's answer: remembered in ``chained`` (by where a value starts) for every
    value walked over, so a chain of thousands costs each value a step."""
    if not ps.active(DATED_RULE):
        return None
    walked: list[int] = []
    found: str | None = None
    current = d
    while current.index and only_date_or_aim(ps, text, indicator(current)):
        if current.mention.start in chained:
            found = chained[current.mention.start]
            break
        walked.append(current.mention.start)
        before = current.quals[current.index - 1]
        if before.change_rule is not None:
            found = before.change if _names_rate(ps, before.change_rule) else None
            break
        previous = current.before(drafts)
        if previous is None or previous.mention is not current.clause_mentions[current.index - 1]:
            break
        current = previous
    for start in walked:
        chained[start] = found
    return found


def planned_rate(
    ps: PatternSet,
    text: str,
    d: Draft,
    drafts: Sequence[Draft],
    planned: Sequence[str],
    sources: dict[int, Draft | None],
) -> str | None:
    """The change of a planned figure set beside a measured one whose subject names a rate as a change (`tốc độ
    tăng trưởng GRDP đạt 10,91%, tăng 0,4% so với kế hoạch đề ra (10,5%)`), or that a change verb measures (`GRDP
    tăng 11,07% …, gần chạm mục tiêu năm là 12,5%`): the plan's figure is the same rate's (rule
    ``list.planned_rate``); ``planned`` are the kind rules that name a planned figure; ``sources``: what
    :func:`_rate_source` remembers. The nearest earlier value of the sentence whose own words name the rate, or the
    nearest measured one of a change verb, gives it; a difference on the way (`tăng 0,4% so với kế hoạch`, `tăng 6%
    so với năm 2025`: lists.toml ``compared``) is passed over."""
    if not ps.active(PLANNED_RULE) or d.strong is None or d.strong.rule not in planned:
        return None
    current = _rate_source(ps, d.before(drafts), d.sentence, drafts, sources)
    while current is not None:
        q = current.qual
        if _names_rate(ps, q.change_rule):
            return q.change
        if _measured_change(ps, text, current, d):
            return q.change
        current = _rate_source(ps, current.before(drafts), d.sentence, drafts, sources)
    return None


def _rate_source(
    ps: PatternSet, current: Draft | None, sentence: Span, drafts: Sequence[Draft], sources: dict[int, Draft | None]
) -> Draft | None:
    """The nearest value from ``current`` back in ``sentence`` whose own words name a rate or that a change verb
    measures: one :func:`planned_rate` may read the rate from. Remembered for every value walked over (``sources``,
    by where a value starts), so a sentence of thousands of planned figures costs each a step, not a walk."""
    walked: list[int] = []
    found: Draft | None = None
    while current is not None and current.sentence == sentence:
        if current.mention.start in sources:
            found = sources[current.mention.start]
            break
        walked.append(current.mention.start)
        rule = current.qual.change_rule
        if _names_rate(ps, rule) or (current.kind == "result" and rule is not None):
            found = current
            break
        current = current.before(drafts)
    for start in walked:
        sources[start] = found
    return found


def _measured_change(ps: PatternSet, text: str, measured: Draft, planned: Draft) -> bool:
    """Whether ``measured`` is a result whose change a verb gives and no baseline follows before ``planned``: a
    change in itself (`giảm bình quân 3,4%/năm, vượt chỉ tiêu (3%)`), not a difference (`tăng 6% so với …`)."""
    rule = measured.qual.change_rule
    return (
        measured.kind == "result"
        and rule is not None
        and not any(c.rule.id == rule and c.rule.kind == "reference" for c in ps.changes)
        and not ps.list_compared.search(text, measured.mention.end, planned.mention.start)
    )


def from_lead(text: str, d: Draft, indicator: tuple[int, int]) -> str | None:
    """The change a named rate in a lead-in gives ``d`` (:class:`ChangeReader`), when the value names a unit
    only; ``indicator`` is the value's indicator span."""
    if d.carried_change is None:
        return None
    gap_start = d.clause_mentions[d.index - 1].end if d.index else d.sentence.start
    if names_only(text[slice(*indicator)], text[gap_start : d.mention.start]):
        return d.carried_change[0]
    return None
