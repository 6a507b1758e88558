"""Lists: which values of a clause form one list, and what an item takes from the item before it.

`đạt 100%, 90%, 80%`, `giảm 5%, viên chức tối thiểu 8%` and `trong đó …` breakdowns are
read here; the list words (separators, breakers, `tương ứng`) live in ``patterns/lists.toml``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from ..rules import PatternSet
from ..segment import Span
from ..values import Mention
from .comparator import AFTER_WINDOW, BOUND, Qualifier
from .year_phrases import opens_bracket

if TYPE_CHECKING:
    from ..drafts import Draft

_WORD = regex.compile(r"[\w%]+")
_NOT_WORD = regex.compile(r"[^\w\s]+")
# a word between commas, semicolons and spaces, as ``str.split`` finds them (it also splits at the separators
# \x1c-\x1f, which ``\s`` leaves out)
_GAP_WORD = regex.compile(r"[^\s\x1c-\x1f,;]+")
_ITEM_END = regex.compile(r"[;.,](?!\d)")  # an item's own words end at the next comma, clause or sentence
_BRACKETED = regex.compile(r"\([^()]*\)")  # an aside between two items


def list_heads(ps: PatternSet, text: str, mentions: Sequence[Mention], quals: Sequence[Qualifier] = ()) -> list[int]:
    """For each mention of a clause, the index of the first value of its list.

    An item that repeats the comparator of the item before it (`ít nhất 30% X và ít nhất 30% Y`) is read
    up to where that comparator begins: the words between the two items end at `và`.
    """
    heads: list[int] = []
    item = 0  # the last value that stands in no bracket after the one before it
    inside = False  # whether the value before stands in such a bracket, still open
    for i, m in enumerate(mentions):
        if i == 0:
            heads.append(0)
            continue
        # a value in a bracket after an item (`90% … cấp tỉnh (năm 2030 đạt 100%), 80% …`) is that item's aside:
        # it opens no list of its own that the next item joins; the next item is read against the item before it.
        # The aside's own values form their list inside it (`(chỉ tiêu là 41% - 17% - 38%)`).
        opened = opens_bracket(text, mentions[i - 1].end, m.start)
        within = inside and ")" not in text[mentions[i - 1].end : m.start]
        aside = opened or within
        inside = aside
        j = i - 1 if aside else item
        if not aside:
            item = i
        end = m.start
        bound = quals[i].bound_start if quals and _repeats_bound(quals[j], quals[i]) else None
        if bound is not None:
            end = max(mentions[j].end, bound)
        # an aside in brackets between the items (`10% đơn vị (không kể trường học) và 8% …`) holds none of their words
        gap = _BRACKETED.sub(" ", text[mentions[j].end : end])
        words = _WORD.findall(gap)
        joined = (
            len(words) <= ps.list_max_words
            and (not gap.strip() or ps.list_separator_end.search(gap))
            and not _breaks(ps, gap)
        )
        heads.append(heads[j] if joined else i)
    return heads


def _repeats_bound(previous: Qualifier, q: Qualifier) -> bool:
    """Whether ``q`` writes before its value the same comparator as the item before it (`ít nhất … ít nhất`)."""
    return q.comparator_before and previous.comparator_before and q.comparator_rule == previous.comparator_rule


def _breaks(ps: PatternSet, gap: str) -> bool:
    """Whether the words between two values hold a predicate of their own; an item's passive (`hồ sơ
    được xử lý trực tuyến`) before `và` and the next item is its indicator's, not a predicate, and so is
    a breaker word inside a noun phrase (`thời gian thực hiện thủ tục`)."""
    nominal = [(n.start(), n.end()) for n in ps.list_nominal.finditer(gap)]  # `thời gian thực hiện` is a noun
    hits = [
        h.group().strip()
        for h in ps.list_breaker.finditer(gap)
        if not any(a <= h.start() and h.end() <= b for a, b in nominal)
    ]
    if not hits:
        return False
    return not (ps.list_and_item.search(gap) and all(ps.list_and_item.search(f" {h} và") for h in hits))


def elliptical_change(
    ps: PatternSet, text: str, mentions: Sequence[Mention], quals: Sequence[Qualifier], i: int
) -> str | None:
    """The change an elliptical item takes from the item before it (GUIDE: `công chức giảm 5%, viên
    chức tối thiểu 8%`; `giảm ít nhất 30% X, ít nhất 30% Y`): an item that repeats its qualifier
    after a comma, with no predicate of its own, continues the change of the item before."""
    if not ps.active("list.elliptical_change"):
        return None
    while i > 0:
        q = quals[i]
        gap = text[mentions[i - 1].end : q.start]
        own_end = quals[i + 1].start if i + 1 < len(quals) else min(len(text), mentions[i].end + AFTER_WINDOW)
        own = _ITEM_END.split(text[mentions[i].end : own_end], maxsplit=1)[0]
        if not q.comparator_before or "," not in gap or ps.list_breaker.search(gap) or ps.list_breaker.search(own):
            return None
        if quals[i - 1].change:
            return quals[i - 1].change
        i -= 1
    return None


def wordless(ps: PatternSet, text: str) -> bool:
    """Whether ``text`` holds nothing but punctuation and list separators."""
    return only_separators(ps, _NOT_WORD.sub(" ", text))


def only_separators(ps: PatternSet, gap: str) -> bool:
    """Whether the words between two values are only list separators (`, `, `và`): read word by word up to the first
    that is not one, as a long gap (a value's subject far back in a run-on sentence) most often has one early."""
    return all(word.group().lower() in ps.list_separators for word in _GAP_WORD.finditer(gap))


def has_breakdown(ps: PatternSet, text: str, start: int, end: int) -> bool:
    return bool(ps.breakdown.search(text, start, end))


def breakdown_parent(
    ps: PatternSet, text: str, sentence: Span, mentions_before: Sequence[Mention], m: Mention
) -> int | None:
    """Index (in ``mentions_before``) of the parent of a `trong đó` breakdown holding the value."""
    last = None
    for hit in ps.breakdown.finditer(text, sentence.start, m.start):
        last = hit
    if last is None:
        return None
    parents = [k for k, p in enumerate(mentions_before) if p.end <= last.start()]
    return parents[-1] if parents else None


def shared(ps: PatternSet, text: str, d: Draft) -> tuple[str, str | None, list[str]]:
    """(comparator, change, rules) of a value: its own qualifier's, else what its list shares.

    An item with no comparator of its own takes the head's written before it (`tối thiểu 80%, 70%`;
    not a bound over a value of 100% or more), and with no change of its own the head's change; an
    elliptical item continues the change of the item before it (:func:`elliptical_change`).
    """
    q, m = d.qual, d.mention
    comparator, change = q.comparator, q.change
    rules: list[str] = []
    head_q = d.quals[d.head]
    if d.head != d.index:
        if (
            q.comparator_rule is None
            and head_q.comparator_before
            and not (m.value >= 100 and head_q.comparator in BOUND)
        ):
            comparator = head_q.comparator
            rules.append("list.shared_qualifier")
        elif (
            q.comparator_rule is None
            and head_q.range_bound is not None
            and not (m.value >= 100 and head_q.range_bound[0] in BOUND)
        ):
            comparator = head_q.range_bound[0]  # `khoảng 37-38% và 31%`: the range's bound word, not `range`
            rules.append("list.shared_qualifier")
        if change is None and head_q.change and ps.active("list.shared_change"):
            change = head_q.change
            rules.append("list.shared_change")
    inherited = None if change is not None else elliptical_change(ps, text, d.clause_mentions, d.quals, d.index)
    if inherited:
        change = inherited
        rules.append("list.elliptical_change")
    return comparator, change, rules
