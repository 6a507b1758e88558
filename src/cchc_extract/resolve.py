"""Decide each mention's fields from its clause, sentence and structure.

Each function reads one field the way the gold guide defines it and returns
the id of the rule that decided it, so a record can say why it is what it is.
Text here is the flattened normalized text (line breaks read as spaces).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import regex

from .patterns import PatternSet, topic_key
from .segment import Span
from .values import Mention

_WORD = regex.compile(r"[\w%]+")
_DIGIT = regex.compile(r"\d")
_NOT_WORD = regex.compile(r"[^\w\s]+")
_BOUND = {"gte", "gt"}
_AFTER_WINDOW = 160  # how far after a value its comparator or reference words are read
_AFTER_PENALTY = 30
_CLAUSE_OR_SENTENCE_END = regex.compile(r"[;.](?!\d)")
_CUE_WINDOW = 250  # cues farther than this from a value reach it through its neighbours, not directly
_LIST_GAP = 12  # the most text between two listed levels (`, `, ` và `, ` và các `)
# a cue followed by a value of its own within a few words (`(mục tiêu 65%)`, `vượt chỉ tiêu được giao là 70%`)
# between a baseline and a figure in brackets after it: `(`, and at most a linking word (`chỉ đạt`, `là`)
_EARLIER_FIGURE = regex.compile(r"\s*\(\s*(?:[^\W\d]+\s+){0,3}?", regex.V1)
_ASIDE_REACH = 120  # how far back a bracket holding a year phrase is looked for
_OF_YEAR = regex.compile(r"\s+của\s+")  # `81,2% của năm 2020`: the year of that figure
_OPENS_VALUE = regex.compile(r"[^\d%;.()]{0,30}?\d{1,3}(?:[.,]\d{1,2})?\s?%")
LEVELS = ("province", "district", "commune")


@dataclass(frozen=True)
class YearPhrase:
    start: int
    end: int
    role: str
    year: int
    rule: str


@dataclass
class Qualifier:
    comparator: str = "eq"
    comparator_rule: str | None = None
    comparator_before: bool = False
    change: str | None = None
    change_rule: str | None = None
    start: int = 0  # where the qualifier words begin (for the record's `text`)


def _tail(text: str, start: int, end: int, size: int = 90) -> str:
    return text[max(start, end - size) : end]


def qualifier(ps: PatternSet, text: str, clause: Span, m: Mention) -> Qualifier:
    """Comparator and change from the words around the value."""
    q = Qualifier(start=m.start)
    before = _tail(text, clause.start, m.start)
    after = text[m.end : min(clause.end, m.end + _AFTER_WINDOW)]
    base = m.start - len(before)
    if m.form == "range":
        q.comparator, q.comparator_rule = "range", m.rule
    for c in ps.change_before:
        if c.rule.kind == "after":
            continue
        hit = c.pattern.search(before)
        if not hit:
            continue
        if c.rule.kind == "reference":
            if not ps.change_reference_after.match(after):
                continue
            q.comparator, q.comparator_rule = ("range", m.rule) if m.form == "range" else ("eq", c.rule.id)
        q.change, q.change_rule = c.rule.change, c.rule.id
        if c.rule.kind != "named":  # a named rate is the subject, not a qualifier of the value
            q.start = min(q.start, base + hit.start())
        break
    if q.change is None:  # `tối thiểu 20% thủ tục … được cắt giảm`: the verb stands after the value
        own = after[: after.find("%")] if "%" in after else after
        for c in ps.change_before:
            if c.rule.kind == "after" and c.pattern.search(own):
                q.change, q.change_rule = c.rule.change, c.rule.id
                break
    if q.comparator_rule is None:
        # the longest qualifier wins across rules: `thấp hơn` (lt) over `hơn` (gt)
        hits = [(hit.start(), c) for c in ps.comparator_before if (hit := c.pattern.search(before))]
        if hits:
            at, c = min(hits, key=lambda h: h[0])
            q.comparator, q.comparator_rule, q.comparator_before = c.rule.comparator, c.rule.id, True
            q.start = min(q.start, base + at)
    if q.comparator_rule is None:
        for c in ps.comparator_after:
            if c.pattern.match(after):
                q.comparator, q.comparator_rule = c.rule.comparator, c.rule.id
                break
    return q


def list_heads(ps: PatternSet, text: str, mentions: Sequence[Mention]) -> list[int]:
    """For each mention of a clause, the index of the first value of its list."""
    heads: list[int] = []
    for i, m in enumerate(mentions):
        if i == 0:
            heads.append(0)
            continue
        gap = text[mentions[i - 1].end : m.start]
        words = _WORD.findall(gap)
        joined = (
            len(words) <= ps.list_max_words
            and (not gap.strip() or ps.list_separator_end.search(gap))
            and not ps.list_breaker.search(gap)
        )
        heads.append(heads[i - 1] if joined else i)
    return heads


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
        own_end = quals[i + 1].start if i + 1 < len(quals) else min(len(text), mentions[i].end + _AFTER_WINDOW)
        own = _CLAUSE_OR_SENTENCE_END.split(text[mentions[i].end : own_end], maxsplit=1)[0]
        if not q.comparator_before or "," not in gap or ps.list_breaker.search(gap) or ps.list_breaker.search(own):
            return None
        if quals[i - 1].change:
            return quals[i - 1].change
        i -= 1
    return None


def per_year(ps: PatternSet, text: str, clause: Span, mentions: Sequence[Mention], i: int) -> str | None:
    """Id of the per-year rule whose words govern value ``i`` (near it, no other value between)."""
    m, window = mentions[i], ps.per_year_window
    lo = max(clause.start, m.start - window, mentions[i - 1].end if i > 0 else 0)
    hi = min(clause.end, m.end + window, mentions[i + 1].start if i + 1 < len(mentions) else clause.end)
    for c in ps.per_year:
        if c.pattern.search(text, lo, hi):
            return str(c.rule.id)
    return None


def year_phrases(ps: PatternSet, text: str, start: int, end: int) -> list[YearPhrase]:
    """Every year phrase of a block; earlier rules claim spans first."""
    found: list[YearPhrase] = []
    if not _DIGIT.search(text, start, end):
        return found  # a phrase counts only with the year it names, and a year has digits
    for c in ps.years:
        for m in c.pattern.finditer(text, start, end):
            if any(m.start() < p.end and p.start < m.end() for p in found):
                continue
            year = next((v for v in m.groupdict().values() if v), None)
            if year:
                found.append(YearPhrase(m.start(), m.end(), c.rule.role, int(year), c.rule.id))
    return sorted(found, key=lambda p: p.start)


def measured_year(ps: PatternSet, text: str, phrases: Sequence[YearPhrase], end: int) -> int | None:
    """The last year among ``phrases`` (the text before a result) ending by ``end`` that says when
    something was measured: no baseline, no deadline."""
    if not ps.active(ps.paragraph_year.id):
        return None
    for p in reversed(phrases):
        deadline = p.role != "measured" and ps.year_deadline.match(text, p.start, p.end)  # `đến ngày 31/1` measures
        if p.end <= end and p.role != "baseline" and not deadline:
            return p.year
    return None


def _nearest(
    phrases: Sequence[YearPhrase],
    m: Mention,
    next_start: int | None = None,
    prev_end: int | None = None,
    text: str | None = None,
) -> YearPhrase | None:
    """The phrase just before the value, else the one just after it unless it is closer to the next value.

    A phrase written right after a value (`45% năm 2021`, `81,2% của năm 2020`) belongs to that value;
    one inside a bracket opened after the value (`đạt 42% (cuối năm 2023 là 17%)`) is the bracket's.
    """
    right_after = [
        p for p in phrases if 0 <= p.start - m.end <= 1 or (text and _OF_YEAR.fullmatch(text, m.end, p.start))
    ]
    if right_after:
        return right_after[0]
    before = [
        p
        for p in phrases
        if p.end <= m.start
        and not (prev_end is not None and 0 <= p.start - prev_end <= 1)
        and not (text and _in_closed_aside(text, p, m))
    ]
    if before:
        return before[-1]
    after = [p for p in phrases if p.start >= m.end and not (text and _opens_bracket(text, m.end, p.start))]
    if not after:
        return None
    if next_start is not None and after[0].end <= next_start and after[0].start - m.end >= next_start - after[0].end:
        return None
    return after[0]


def _opens_bracket(text: str, start: int, end: int) -> bool:
    """Whether a bracket opened in ``text[start:end]`` is still open at ``end``."""
    gap = text[start:end]
    return gap.rfind("(") > gap.rfind(")")


def _in_closed_aside(text: str, p: YearPhrase, m: Mention) -> bool:
    """Whether phrase ``p`` stands in a bracket closed before the value (`(năm 2022 hạng 53/63), tăng 3,7%`)."""
    return _opens_bracket(text, max(0, p.start - _ASIDE_REACH), p.start) and ")" in text[p.end : m.start]


def earlier_figure(text: str, phrases: Sequence[YearPhrase], m: Mention) -> YearPhrase | None:
    """A figure in brackets right after a comparison (`tăng 2,1% so với năm 2022 (86,40%)`, `so với năm
    2019 (chỉ đạt 85,63%)`) is that earlier year's: the baseline phrase, read as the figure's year."""
    before = [p for p in phrases if p.end <= m.start]
    if before and before[-1].role == "baseline" and _EARLIER_FIGURE.fullmatch(text, before[-1].end, m.start):
        p = before[-1]
        return YearPhrase(p.start, p.end, "clause", p.year, "year.earlier_figure")
    return None


def clause_years(
    phrases: Sequence[YearPhrase],
    clause: Span,
    mentions: Sequence[Mention],
    i: int,
    kind: str,
    change: bool,
    text: str | None = None,
) -> tuple[YearPhrase | None, YearPhrase | None]:
    """(year phrase, baseline phrase) of value ``i`` in its clause.

    A baseline belongs to a change anywhere in the clause (a list shares it);
    a level takes one only when the phrase follows it with no other value between.
    """
    m = mentions[i]
    inside = [p for p in phrases if clause.start <= p.start and p.end <= clause.end]
    earlier = earlier_figure(text, inside, m) if text is not None else None
    if earlier is not None:
        return earlier, None
    year_roles = {"clause", "leadin", "measured"} if kind == "result" else {"clause", "leadin"}
    following = mentions[i + 1].start if i + 1 < len(mentions) else None
    previous = mentions[i - 1].end if i > 0 else None
    year = _nearest([p for p in inside if p.role in year_roles], m, following, previous, text)
    base_roles = {"baseline", "measured"} if kind == "target" else {"baseline"}
    candidates = [p for p in inside if p.role in base_roles]
    if not change:
        next_start = mentions[i + 1].start if i + 1 < len(mentions) else clause.end
        candidates = [p for p in candidates if m.end <= p.start and p.end <= next_start]
    explicit = [p for p in candidates if p.role == "baseline"]
    baseline = _nearest(explicit or candidates, m)
    return year, baseline


def lead_year(phrases: Sequence[YearPhrase], lead: Span) -> YearPhrase | None:
    """A year in a sentence's lead phrase (`Mục tiêu năm 2024, …`, `Tính đến ngày 30/6/2023:`) governs its clauses."""
    roles = ("clause", "leadin", "measured")
    inside = [p for p in phrases if lead.start <= p.start and p.end <= lead.end and p.role in roles]
    return inside[-1] if inside else None


def _verb_before(ps: PatternSet, text: str, clause: Span, q: Qualifier) -> int | None:
    """Start of the verb (`đạt`, `là`, `(tỷ lệ`) that links a subject to the value, if any."""
    tail = _tail(text, clause.start, q.start, 40)
    hit = ps.subject_verb.search(tail)
    return q.start - len(tail) + hit.start() if hit else None


def subject_before(ps: PatternSet, text: str, clause: Span, q: Qualifier) -> bool:
    """Whether the value closes its clause's subject (`X đạt 90%`) rather than opening it (`90% X`)."""
    return _verb_before(ps, text, clause, q) is not None


def indicator_span(
    ps: PatternSet, text: str, clause: Span, mentions: Sequence[Mention], i: int, quals: Sequence[Qualifier]
) -> tuple[int, int]:
    """The stretch of text that says what value ``i`` measures."""
    m = mentions[i]
    if i > 0 and subject_before(ps, text, clause, quals[0]) and not subject_before(ps, text, clause, quals[i]):
        gap = text[mentions[i - 1].end : quals[i].start]
        after_end = quals[i + 1].start if i + 1 < len(mentions) else clause.end
        own_words = text[m.end : after_end].strip(" ,;.)")
        if _only_separators(ps, gap) and _only_separators(ps, own_words):  # `… tương ứng là 80%, 70% và 60%.`
            return indicator_span(ps, text, clause, mentions, 0, quals)
    verb = _verb_before(ps, text, clause, quals[i])
    if verb is not None:
        lo = mentions[i - 1].end if i > 0 else clause.start
        # the subject starts at its first head noun (`tỷ lệ …`), not at who asks for it; a later one
        # qualifies it (`tỷ lệ hồ sơ trực tuyến mức độ 4`)
        heads = [h for h in ps.subject_head.finditer(text, lo, verb) if len(text[h.start() : verb].split()) >= 3]
        return (heads[0].start() if heads else lo), verb
    hi = quals[i + 1].start if i + 1 < len(mentions) else clause.end
    if wordless(ps, text[m.end : hi]):  # `…, tỷ lệ hồ sơ quá hạn dưới 0,5%.`: the subject stands before, verbless
        start = _bare_subject(ps, text, mentions[i - 1].end if i > 0 else clause.start, quals[i].start)
        if start is not None:
            return start, quals[i].start
    elif i + 1 < len(mentions):  # and the value before it stops where that subject starts
        after_next = quals[i + 2].start if i + 2 < len(mentions) else clause.end
        if wordless(ps, text[mentions[i + 1].end : after_next]):
            start = _bare_subject(ps, text, m.end, quals[i + 1].start)
            hi = hi if start is None else start
    return m.end, hi


def wordless(ps: PatternSet, text: str) -> bool:
    """Whether ``text`` holds nothing but punctuation and list separators."""
    return _only_separators(ps, _NOT_WORD.sub(" ", text))


def _bare_subject(ps: PatternSet, text: str, lo: int, hi: int) -> int | None:
    """Start of a subject written before its value with no linking verb: its first head noun, else
    what follows the last comma; None when that holds no word."""
    head = ps.subject_head.search(text, lo, hi)
    if head:
        return int(head.start())
    cut = max(text.rfind(",", lo, hi), text.rfind(";", lo, hi), text.rfind(":", lo, hi))
    if cut < 0 or wordless(ps, text[cut + 1 : hi]):
        return None
    return cut + 1


def _only_separators(ps: PatternSet, gap: str) -> bool:
    """Whether the words between two values are only list separators (`, `, `và`)."""
    return all(word.lower() in ps.list_separators for word in gap.replace(",", " ").replace(";", " ").split())


def levels_in(ps: PatternSet, text: str, start: int, end: int) -> list[tuple[int, str, str]]:
    """Levels named in ``text[start:end]`` as (position, level, rule id), in order."""
    return [(s, level, rid) for s, _, named, rid in _level_hits(ps, text, start, end) for level in _each_level(named)]


def _level_hits(ps: PatternSet, text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """(start, end, level or `all`, rule id) of each level phrase; earlier rules claim spans first."""
    hits: list[tuple[int, int, str, str]] = []
    for c in ps.levels:
        for m in c.pattern.finditer(text, start, end):
            if any(m.start() < e and s < m.end() for s, e, _, _ in hits):
                continue
            hits.append((m.start(), m.end(), c.rule.level, c.rule.id))
    return sorted(hits)


def _listed(ps: PatternSet, gap: str) -> bool:
    """Whether two levels with ``gap`` between them are one list (`cấp huyện, cấp xã`, `cấp tỉnh và cấp huyện`)."""
    return len(gap) <= _LIST_GAP and _only_separators(ps, gap)


def _each_level(level: str) -> tuple[str, ...]:
    return LEVELS if level == "all" else (level,)


def level_right_before(ps: PatternSet, text: str, lo: int, q: Qualifier) -> tuple[list[str], str] | None:
    """Levels written right before the value (`cấp huyện 49,8%`, `cấp huyện, cấp xã đạt 70%`).

    The level next to the value brings with it the levels listed just before it.
    """
    window_start = max(lo, q.start - 40)
    for c in ps.levels:
        for hit in c.pattern.finditer(text, window_start, q.start):
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


def clause_excluded(ps: PatternSet, text: str, clause: Span, section: str) -> str | None:
    """Id of the exclusion rule that drops every value of a clause (a legal basis, a definitions article)."""
    words = text[clause.start : clause.end]
    for c in ps.exclusions:
        if c.rule.scope == "section" and c.pattern.search(section):
            return str(c.rule.id)
        if c.rule.scope == "clause" and c.pattern.search(words):
            return str(c.rule.id)
    return None


def excluded(ps: PatternSet, text: str, clause: Span, m: Mention) -> str | None:
    """Id of the exclusion rule that drops this one value (`nhân với 100%`)."""
    tail = _tail(text, clause.start, m.start, 30)
    for c in ps.exclusions:
        if c.rule.scope == "before" and c.pattern.search(tail):
            return str(c.rule.id)
    return None


def ordered_unique(levels: Sequence[str]) -> list[str]:
    return sorted(set(levels), key=LEVELS.index)


def overall_index(ps: PatternSet, text: str, start: int, end: int) -> bool:
    """Whether the value measures the reform as a whole (PAR INDEX, SIPAS): no one area."""
    return bool(ps.area_overall.search(text, start, end))


def topic_area(ps: PatternSet, text: str, start: int, end: int) -> tuple[str, str] | None:
    """The area whose topic words weigh most in ``text[start:end]``."""
    scores: dict[str, int] = {}
    for hit in ps.topic_any.finditer(text, start, end):
        for area, weight in ps.topic_weights.get(topic_key(hit.group()), ()):
            if weight:
                scores[area] = scores.get(area, 0) + weight
    if not scores:
        return None
    best = max(scores.values())
    winners = [a for a, s in scores.items() if s == best]
    if len(winners) > 1:
        return None
    return winners[0], f"topic:{winners[0]}"


@dataclass(frozen=True)
class Cue:
    kind: str
    rule: str
    distance: int
    length: int = 0  # on equal distance the longer cue wins (`vượt chỉ tiêu` over `chỉ tiêu`)


@dataclass(frozen=True)
class CueHit:
    start: int
    end: int
    rule: Any


def cue_hits(ps: PatternSet, text: str, span: Span) -> list[CueHit]:
    """Every free-standing kind cue in ``span``, found once and shared by all its values."""
    hits = [
        CueHit(hit.start(), hit.end(), rule)
        for hit in ps.kind_words.finditer(text, span.start, span.end)
        for rule in ps.kind_word_rules.get(topic_key(hit.group()), ())
    ]
    for c in ps.kind_free_regex:  # free-standing regex cues (`bảo đảm` but not `tự bảo đảm`)
        hits.extend(CueHit(h.start(), h.end(), c.rule) for h in c.pattern.finditer(text, span.start, span.end))
    hits.sort(key=lambda h: h.start)
    return hits


def kind_cues(
    ps: PatternSet, text: str, span: Span, m: Mention, clause_level: bool, hits: Sequence[CueHit]
) -> tuple[Cue | None, Cue | None, Cue | None]:
    """Nearest (strong, soft, weak) target/result cues for the value within ``span``.

    A cue after the value that opens another value (`đạt 58% (mục tiêu 65%)`) is that value's.
    """
    best: dict[str, Cue | None] = {"strong": None, "soft": None, "weak": None}
    for c in ps.kind_at_value if clause_level else ps.kind_at_value_any:
        rule = c.rule
        if rule.position == "value":
            if c.pattern.search(text, m.start, m.end):
                _keep(best, rule.strength, Cue(rule.kind, rule.id, 0))
        else:
            lo, hi = max(span.start, m.start - _CUE_WINDOW), min(span.end, m.start)
            if c.pattern.search(text[lo:hi]):
                _keep(best, rule.strength, Cue(rule.kind, rule.id, 0))
    first = bisect_left(hits, m.start - 2 * _CUE_WINDOW, key=lambda h: h.start)
    for hit in hits[first:]:
        if hit.start > m.end + _CUE_WINDOW:
            break
        rule = hit.rule
        if not clause_level and rule.position != "any":
            continue
        between = text[hit.end : m.start] if hit.end <= m.start else text[m.end : hit.start]
        if "%" in between and (rule.strength == "soft" or hit.start >= m.end):
            continue  # a soft word, or a word after the value, speaks for the value next to it
        if hit.end <= m.start and rule.position in ("before", "any") and m.start - hit.end <= _CUE_WINDOW:
            _keep(best, rule.strength, Cue(rule.kind, rule.id, m.start - hit.end, hit.end - hit.start))
        elif (
            hit.start >= m.end
            and rule.position in ("after", "any")
            and clause_level
            and rule.strength != "soft"  # `đạt 90%, tiếp tục là …`: a soft word after a value describes
            and not _OPENS_VALUE.match(text, hit.end, min(len(text), hit.end + 40))
        ):
            # the governing word of a Vietnamese figure comes before it: a cue after counts less
            _keep(best, rule.strength, Cue(rule.kind, rule.id, hit.start - m.end + _AFTER_PENALTY))
    return best["strong"], best["soft"], best["weak"]


def past_year_cue(
    ps: PatternSet, phrases: Sequence[YearPhrase], m: Mention, doc_year: int | None, governing: int | None
) -> Cue | None:
    """A result cue when the year governing the value (its clause's, else a lead-in's) is before the document's."""
    if doc_year is None or not ps.active(ps.kind_past_year):
        return None
    own = _nearest([p for p in phrases if p.role in ("clause", "leadin")], m)
    year = own.year if own else governing
    if year is not None and year < doc_year:
        return Cue("result", ps.kind_past_year, abs(own.start - m.start) if own else 0)
    return None


def _keep(best: dict[str, Cue | None], strength: str, cue: Cue) -> None:
    current = best[strength]
    if current is None or (cue.distance, -cue.length) < (current.distance, -current.length):
        best[strength] = cue


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
