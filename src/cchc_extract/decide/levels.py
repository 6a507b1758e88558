"""Levels: the administrative levels (province, district, commune) a value applies to (``patterns/levels.toml``)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from .. import shared_scan
from ..rules import PatternSet
from ..segment import LEAD_END
from .area import overall_index
from .comparator import Qualifier
from .indicator import indicator_of
from .kind import PLANNED_FIGURE
from .lists import breakdown_parent, has_breakdown, only_separators

if TYPE_CHECKING:
    from ..drafts import Doc, Draft
    from ..structure.cells import TableValue

_LIST_GAP = 12  # the most text between two listed levels (`, `, ` và `, ` và các `)
LEVELS = ("province", "district", "commune")
_LEAD_MAX = 80  # the longest opening phrase read for a population (`Đối với các xã, phường được chọn …,`)
_TITLE_UNIT = 30  # how far after a title's scope words (`thuộc thẩm quyền của`) its unit is named
_ASIDE = regex.compile(r"\([^()]*\)")  # a title's bracketed line: `(Kèm theo Kế hoạch … của UBND tỉnh …)`


_POPULATION_REACH = 12  # `% số xã`, `% các phường`: a population named right after a value
_POPULATION_GAP = regex.compile(r"\s*(?:(?:số|các)\s+)?")  # all that may stand between the value and it


def levels_in(ps: PatternSet, text: str, start: int, end: int) -> list[tuple[int, str, str]]:
    """Levels named in ``text[start:end]`` as (position, level, rule id), in order."""
    return [(s, level, rid) for s, _, named, rid in _level_hits(ps, text, start, end) for level in _each_level(named)]


def _level_hits(ps: PatternSet, text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """(start, end, level or `all`, rule id) of each level phrase; earlier rules claim spans first."""
    hits: list[tuple[int, int, str, str]] = []
    # the claimed spans, disjoint and so in the same order by start and by end: one lookup tells whether a match
    # overlaps one, however many a long paragraph holds
    starts: list[int] = []
    ends: list[int] = []
    shared = shared_scan.family(ps.level_family, text, start, end)
    for k, c in enumerate(ps.levels):
        for m in shared[k] if shared is not None else c.pattern.finditer(text, start, end):
            at = bisect_left(starts, m.end())
            if at and ends[at - 1] > m.start():
                continue
            hits.append((m.start(), m.end(), c.rule.level, c.rule.id))
            starts.insert(at, m.start())
            ends.insert(at, m.end())
    return sorted(hits)


def _listed(ps: PatternSet, gap: str) -> bool:
    """Whether two levels with ``gap`` between them are one list (`cấp huyện, cấp xã`, `cấp tỉnh và cấp huyện`)."""
    return len(gap) <= _LIST_GAP and only_separators(ps, gap)


def _each_level(level: str) -> tuple[str, ...]:
    return LEVELS if level == "all" else (level,)


def level_right_before(ps: PatternSet, text: str, lo: int, q: Qualifier) -> tuple[list[str], str] | None:
    """Levels written right before the value (`cấp huyện 49,8%`, `cấp huyện, cấp xã đạt 70%`).

    The level next to the value brings with it the levels listed just before it.
    """
    window_start = max(lo, q.start - 40)
    shared = shared_scan.family(ps.level_family, text, window_start, q.start)
    for k, c in enumerate(ps.levels):
        for hit in shared[k] if shared is not None else c.pattern.finditer(text, window_start, q.start):
            if ps.level_to_value.match(text[hit.end() : q.start]):
                named = [c.rule.level]
                start = hit.start()
                for s, e, level, _ in reversed(_level_hits(ps, text, lo, start)):
                    if not _listed(ps, text[e:start]):
                        break
                    named.append(level)
                    start = s
                return ordered_unique([lvl for n in named for lvl in _each_level(n)]), c.rule.id
    return None


def levels_after(ps: PatternSet, text: str, start: int, end: int) -> list[tuple[int, str, str]]:
    """Levels that follow the value through a preposition (`đạt 80% ở cấp xã`, `tại cấp huyện, cấp xã`)."""
    link = ps.level_after.match(text, start, end)
    if not link:
        return []
    found: list[tuple[int, str, str]] = []
    at = link.end()
    for s, e, level, rid in _level_hits(ps, text, at, end):
        if not _listed(ps, text[at:s]):
            break
        found.extend((s, each, rid) for each in _each_level(level))
        at = e
    return found


def ordered_unique(levels: Sequence[str]) -> list[str]:
    return sorted(set(levels), key=LEVELS.index)


def levels_of(doc: Doc, d: Draft, block_drafts: list[Draft]) -> tuple[list[str], list[str]]:
    """(levels, rules) of a value of the running text: its list's, the levels right before or after it,
    its indicator's, else those of the value it points back to or breaks down; decided once per value
    (``Doc.levels_decided``), as the values before it were."""
    if d.mention.start not in doc.levels_decided:
        doc.levels_decided[d.mention.start] = _levels_of(doc, d, block_drafts)
    levels, rules = doc.levels_decided[d.mention.start]
    return list(levels), list(rules)


def _levels_of(doc: Doc, d: Draft, block_drafts: list[Draft]) -> tuple[list[str], list[str]]:
    ps, flat = doc.ps, doc.flat
    if d.block not in doc.block_levels:  # most paragraphs name no level: nothing below can find one
        doc.block_levels[d.block] = bool(_level_hits(ps, flat, *d.block))
    if not doc.block_levels[d.block]:
        return _title_levels(doc, d)
    group = d.groups[d.head]
    if len(group) > 1 and d.respectively:
        key = (d.clause.start, d.clause.end)
        if key not in doc.clause_levels:
            doc.clause_levels[key] = levels_in(ps, flat, d.clause.start, d.clause.end)
        named = doc.clause_levels[key]
        if len(named) == len(group):
            _, level, rid = named[group.index(d.index)]
            return [level], [rid, "list.respectively"]
    elif len(group) > 1:  # `đạt 100%, 90%, 80% đối với cấp tỉnh, huyện, xã`: one level per value, in order
        after = levels_after(ps, flat, d.clause_mentions[group[-1]].end, d.clause.end)
        if len(after) == len(group):
            _, level, rid = after[group.index(d.index)]
            return [level], [rid, "list.levels_after"]
    prev_end = d.clause_mentions[d.index - 1].end if d.index else d.clause.start
    adjacent = level_right_before(ps, flat, prev_end, d.qual)
    if adjacent:
        return adjacent[0], [adjacent[1], "levels.right_before"]
    lo, hi = indicator_of(doc, d, block_drafts)
    next_start = d.quals[d.index + 1].start if d.index + 1 < len(d.quals) else hi
    if d.index + 1 < len(d.quals) and level_right_before(ps, flat, d.mention.end, d.quals[d.index + 1]):
        hi = min(hi, next_start - 40)  # that level belongs to the next value
    named = levels_in(ps, flat, lo, hi)
    if not named and lo >= d.mention.end and len(flat[lo:hi].split()) <= 4:
        named = levels_in(ps, flat, prev_end, d.qual.start)  # `… ở cấp xã dưới 1%.`
    if not named and hi <= d.mention.start:  # the subject stands before: `… đạt 80% ở cấp xã`
        after_end = d.quals[d.index + 1].start if d.index + 1 < len(d.quals) else d.clause.end
        named = levels_after(ps, flat, d.mention.end, after_end)
        if named:
            return ordered_unique([lvl for _, lvl, _ in named]), [named[0][2], "levels.after_value"]
        # a population or level named right after the value (`đạt ít nhất 50% số xã, phường …`) scopes it, whatever
        # subject stands before
        named = [
            h
            for h in levels_in(ps, flat, d.mention.end, min(after_end, d.mention.end + _POPULATION_REACH))
            if _POPULATION_GAP.fullmatch(flat, d.mention.end, h[0])
        ]
    if named:
        return ordered_unique([lvl for _, lvl, _ in named]), sorted({rid for _, _, rid in named})
    lead = _lead_levels(ps, flat, d)
    # an index ranks the units the sentence names: their level is no scope of a score
    if lead and not overall_index(ps, flat, d.sentence.start, d.sentence.end):
        return ordered_unique([lvl for _, lvl, _ in lead]), [lead[0][2], "levels.sentence_lead"]
    subject = _subject_levels(ps, flat, d)
    if subject and not overall_index(ps, flat, d.sentence.start, d.sentence.end):
        return ordered_unique([lvl for _, lvl, _ in subject]), [subject[0][2], "levels.sentence_subject"]
    # `tỷ lệ này sẽ đạt 80%`, `…; đến năm 2030 đạt 30%`: the levels of the value it points back to or continues;
    # a planned figure set beside a measured one (`cấp xã đạt 97% (Nghị quyết đề ra 60%)`): the measured one's
    pointer = "anaphora" if ps.anaphora.match(flat, lo, hi) else None
    pointer = pointer or ("dated_only" if ps.dated_only.match(flat, lo, hi) else None)
    pointer = pointer or ("planned_figure" if d.strong is not None and d.strong.rule in PLANNED_FIGURE else None)
    before = d.before(block_drafts) if pointer else None
    if before and (pointer == "anaphora" or before.sentence == d.sentence):
        levels, _ = levels_of(doc, before, block_drafts)
        if levels:
            return levels, [f"levels.{pointer}"]
    if has_breakdown(ps, flat, d.sentence.start, d.mention.start):
        earlier = [o for o in block_drafts if o.sentence == d.sentence and o.mention.start < d.mention.start]
        parent = breakdown_parent(ps, flat, d.sentence, [o.mention for o in earlier], d.mention)
        if parent is not None:
            parent_levels, _ = levels_of(doc, earlier[parent], block_drafts)
            if parent_levels:
                return parent_levels, ["levels.breakdown_parent"]
    return _title_levels(doc, d)


def title_levels(ps: PatternSet, title: str) -> list[str]:
    """Levels a title scopes its whole text to: the units right after `thuộc phạm vi quản lý của`,
    `thuộc thẩm quyền giải quyết của` (`… thủ tục hành chính thuộc phạm vi quản lý của Sở Nội vụ`)."""
    scope = ps.title_scope.search(title)
    if not scope:
        return []
    return ordered_unique([lvl for _, lvl, _ in levels_in(ps, title, scope.start(), scope.end() + _TITLE_UNIT)])


def _title_levels(doc: Doc, d: Draft) -> tuple[list[str], list[str]]:
    """The title's scope (:func:`title_levels`) for a value after it that names no level of its own."""
    if doc.title_levels and d.mention.start >= doc.title_end:
        return doc.title_levels, ["levels.title_scope"]
    return [], []


def _lead_levels(ps: PatternSet, text: str, d: Draft) -> list[tuple[int, str, str]]:
    """Levels of the population a sentence opens on (`Ở cấp xã, …`, `Đối với các xã, phường …, tỷ lệ này …`),
    named before its first comma or colon and before the value."""
    opening = ps.level_lead.match(text, d.sentence.start, d.mention.start)
    if not opening:
        return []
    cut = LEAD_END.search(text, opening.end(), min(d.mention.start, opening.end() + _LEAD_MAX))
    return levels_in(ps, text, opening.end(), cut.start()) if cut else []


def _subject_levels(ps: PatternSet, text: str, d: Draft) -> list[tuple[int, str, str]]:
    """Levels of a unit that opens a sentence as its subject and states its own figures (`Sở Tài nguyên và Môi
    trường phấn đấu …`, `Trong năm 2022, Sở TNMT đã đăng ký …`): the unit's name, then one of its verbs
    (indicator.toml ``subject_verbs``), at the sentence's start or right after its lead phrase."""
    start = d.sentence.start
    cut = LEAD_END.search(text, start, min(d.mention.start, start + _LEAD_MAX))
    for at in (start, cut.end()) if cut else (start,):
        hits = _level_hits(ps, text, at, d.mention.start)
        if not hits or text[at : hits[0][0]].strip():
            continue
        s, e, level, rid = hits[0]
        if ps.level_subject.match(text, e, d.mention.start):
            return [(s, each, rid) for each in _each_level(level)]
    return []


def table_levels(ps: PatternSet, v: TableValue) -> tuple[list[str], list[str]]:
    """(levels, rules) of a table cell: those its row names, else its group rows', else its title's
    (`NGÂN SÁCH CẤP TỈNH`) outside the title's brackets, whose `(Kèm theo … của UBND tỉnh …)` names the
    issuer, not a level."""
    for text in [v.indicator, *v.scope[:-1], _ASIDE.sub(" ", v.scope[-1])]:
        named = levels_in(ps, text, 0, len(text))
        if named:
            return ordered_unique([lvl for _, lvl, _ in named]), sorted({rid for _, _, rid in named})
    return [], []
