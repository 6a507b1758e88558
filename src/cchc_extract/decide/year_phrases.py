"""Year phrases: every phrase that names a year (``patterns/years.toml``), and the one a value takes
from its own clause or its sentence's lead phrase.

Kept apart from :mod:`.year` (which walks the document's scopes) because the structure
(``context.py``) reads phrases too, and :mod:`.year` reads the structure.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from .. import shared_scan
from ..rules import PatternSet
from ..segment import Span
from ..values import Mention

_DIGIT = regex.compile(r"\d")
# between a baseline and a figure in brackets after it: `(`, and at most a linking word (`chỉ đạt`, `là`)
_EARLIER_FIGURE = regex.compile(r"\s*\(\s*(?:[^\W\d]+\s+){0,3}?", regex.V1)
_ASIDE_REACH = 120  # how far back a bracket holding a year phrase is looked for
_OF_YEAR = regex.compile(r"\s+của\s+")  # `81,2% của năm 2020`: the year of that figure
_AND = regex.compile(r"\s(?:và|đồng thời)\s")  # a conjunct's end between a year and a value


@dataclass(frozen=True)
class YearPhrase:
    start: int
    end: int
    role: str
    year: int
    rule: str


def year_phrases(ps: PatternSet, text: str, start: int, end: int) -> list[YearPhrase]:
    """Every year phrase of a block; earlier rules claim spans first."""
    found: list[YearPhrase] = []
    if not _DIGIT.search(text, start, end) or not _names_a_year(ps, text, start, end):
        return found  # a phrase counts only with the year it names
    # the claimed spans, disjoint and so in the same order by start and by end: one lookup tells whether a
    # match overlaps one, however many a long paragraph holds
    starts: list[int] = []
    ends: list[int] = []
    shared = shared_scan.family(ps.year_family, text, start, end)
    for k, c in enumerate(ps.years):
        for m in shared[k] if shared is not None else c.pattern.finditer(text, start, end):
            at = bisect_left(starts, m.end())
            if at and ends[at - 1] > m.start():
                continue
            year = next((v for v in m.groupdict().values() if v), None)
            if year:
                found.append(YearPhrase(m.start(), m.end(), c.rule.role, int(year), c.rule.id))
                starts.insert(at, m.start())
                ends.insert(at, m.end())
    return sorted(found, key=lambda p: p.start)


def _names_a_year(ps: PatternSet, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds the year every phrase names (``PatternSet.year_gate``), read from the open
    paragraph's one scan of years when it can answer: every value of a long sentence asks about the rest of it
    (``year.YearReader._sentence_deadline``), and a search of each rest would grow as their square."""
    if not ps.year_gate.pattern:  # no gate: any span may hold a phrase
        return True
    # a short span's own search costs less than a lookup in the paragraph's scan
    shared = shared_scan.family(ps.year_gate_family, text, start, end) if end - start >= shared_scan.LONG_SPAN else None
    return bool(shared[0]) if shared is not None else ps.year_gate.search(text, start, end) is not None


def measured_year(ps: PatternSet, text: str, phrases: Sequence[YearPhrase], end: int) -> int | None:
    """The last year among ``phrases`` (the text before a result) ending by ``end`` that says when
    something was measured: no baseline, no deadline, no plan's span (``plan_spans``)."""
    if not ps.active(ps.paragraph_year.id):
        return None
    for p in reversed(phrases):
        # a deadline (`trước ngày 31/1`) dates no measurement; a date with no `tính` (`đến ngày 31/1`) does
        deadline = p.role not in ("measured", "as_of") and ps.year_deadline.match(text, p.start, p.end)
        if p.end <= end and p.role not in ("baseline", "since") and not deadline and p.rule not in ps.plan_spans:
            return p.year
    return None


def nearest(
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
    # the phrases stand in text order and do not overlap: found by bisection from the value, each value of a clause of
    # thousands costs a few steps, not a look at every phrase of the clause
    k = bisect_left(phrases, m.end, key=lambda p: p.start)
    if k < len(phrases):  # only the first phrase after the value can follow it right after (another's digits between)
        p = phrases[k]
        if p.start - m.end <= 1 or (text and _OF_YEAR.fullmatch(text, m.end, p.start)):
            return p
    before = None
    for j in range(bisect_right(phrases, m.start, key=lambda p: p.end) - 1, -1, -1):
        p = phrases[j]
        if not (prev_end is not None and 0 <= p.start - prev_end <= 1) and not (text and _in_closed_aside(text, p, m)):
            before = p
            break
    after = _first_open(phrases, k, m, text)
    if (
        after is not None
        and next_start is not None
        and after.end <= next_start
        and after.start - m.end >= next_start - after.end
        and _first_open(phrases, bisect_left(phrases, next_start, key=lambda p: p.start), m, text) is None
    ):
        # a phrase after the value that stands closer to the next value is that value's, unless the next
        # value has its own after it (`60% … vào năm 2025 và 75% vào năm 2030`)
        after = None
    if before is not None and not (after is not None and text and _AND.search(text, before.end, m.start)):
        return before
    # a year before the value in an earlier conjunct (`tăng thu năm 2025 và bảo đảm 3% … trong năm 2026`)
    # is that conjunct's; the value's own follows it
    return after if after is not None else before


def _first_open(phrases: Sequence[YearPhrase], k: int, m: Mention, text: str | None) -> YearPhrase | None:
    """The first of ``phrases[k:]`` (those after the value ``m``) not inside a bracket opened after the value."""
    return next(
        (phrases[j] for j in range(k, len(phrases)) if not (text and opens_bracket(text, m.end, phrases[j].start))),
        None,
    )


def opens_bracket(text: str, start: int, end: int) -> bool:
    """Whether a bracket opened in ``text[start:end]`` is still open at ``end``."""
    return text.rfind("(", start, end) > text.rfind(")", start, end)


def _in_closed_aside(text: str, p: YearPhrase, m: Mention) -> bool:
    """Whether phrase ``p`` stands in a bracket closed before the value (`(năm 2022 hạng 53/63), tăng 3,7%`)."""
    return opens_bracket(text, max(0, p.start - _ASIDE_REACH), p.start) and ")" in text[p.end : m.start]


def earlier_figure(text: str, phrases: Sequence[YearPhrase], m: Mention) -> YearPhrase | None:
    """A figure in brackets right after a comparison (`tăng 2,1% so với năm 2022 (86,40%)`, `so với năm
    2019 (chỉ đạt 85,63%)`) is that earlier year's: the baseline phrase, read as the figure's year."""
    # the phrases stand in text order and do not overlap: the last to end by the value, by bisection
    k = bisect_right(phrases, m.start, key=lambda p: p.end)
    if k and phrases[k - 1].role == "baseline" and _EARLIER_FIGURE.fullmatch(text, phrases[k - 1].end, m.start):
        p = phrases[k - 1]
        return YearPhrase(p.start, p.end, "clause", p.year, "year.earlier_figure")
    return None


_RESULT_YEARS = frozenset({"clause", "leadin", "measured", "as_of"})
# a date with no `tính` (`đến hết ngày 30/6/2025`) is when a result stands, and a target's deadline
_TARGET_YEARS = frozenset({"clause", "leadin", "as_of"})


@dataclass(frozen=True)
class ClausePhrases:
    """A clause's year phrases sorted out once for all its values (a clause of thousands of values asks for each),
    each group in text order."""

    inside: tuple[YearPhrase, ...]  # those that lie within the clause
    result_years: tuple[YearPhrase, ...]  # those that can date a result
    target_years: tuple[YearPhrase, ...]  # … a target
    baselines: tuple[YearPhrase, ...]  # the comparisons' baselines (`so với năm 2021`): a result's only baseline
    target_bases: tuple[YearPhrase, ...]  # a target's: the baselines and the measured states (`tính đến năm 2021`)
    since: tuple[str, ...]  # the rules of the comparisons' starts (`kể từ năm 2021`) that open in the clause


_NO_PHRASES = ClausePhrases((), (), (), (), (), ())


def clause_phrases(phrases: Sequence[YearPhrase], clause: Span) -> ClausePhrases:
    """:class:`ClausePhrases` of ``phrases`` (found in the clause's span) in ``clause``; most clauses have none."""
    if not phrases:
        return _NO_PHRASES
    inside = tuple(p for p in phrases if clause.start <= p.start and p.end <= clause.end)
    return ClausePhrases(
        inside=inside,
        result_years=tuple(p for p in inside if p.role in _RESULT_YEARS),
        target_years=tuple(p for p in inside if p.role in _TARGET_YEARS),
        baselines=tuple(p for p in inside if p.role == "baseline"),
        target_bases=tuple(p for p in inside if p.role in ("baseline", "measured")),
        since=tuple(p.rule for p in phrases if p.role == "since" and clause.start <= p.start < clause.end),
    )


def clause_years(
    parts: ClausePhrases,
    clause: Span,
    mentions: Sequence[Mention],
    i: int,
    kind: str,
    change: bool,
    text: str | None = None,
) -> tuple[YearPhrase | None, YearPhrase | None]:
    """(year phrase, baseline phrase) of value ``i`` in its clause, from its clause's phrases sorted out (``parts``).

    A baseline belongs to a change anywhere in the clause (a list shares it), and a change is never the
    earlier year's figure (:func:`earlier_figure`);
    a level takes one only when the phrase follows it with no other value between.
    """
    m = mentions[i]
    # an amount of change in the bracket (`(tương đương giảm 10%)`) restates the comparison, not the earlier level
    earlier = earlier_figure(text, parts.inside, m) if text is not None and not change else None
    if earlier is not None:
        return earlier, None
    following = mentions[i + 1].start if i + 1 < len(mentions) else None
    previous = mentions[i - 1].end if i > 0 else None
    year = nearest(parts.result_years if kind == "result" else parts.target_years, m, following, previous, text)
    candidates: Sequence[YearPhrase] = parts.target_bases if kind == "target" else parts.baselines
    explicit: Sequence[YearPhrase] = parts.baselines
    if not change:  # those between the value and the next one (the phrases do not overlap: a slice)
        next_start = mentions[i + 1].start if i + 1 < len(mentions) else clause.end
        lo = bisect_left(candidates, m.end, key=lambda p: p.start)
        hi = bisect_right(candidates, next_start, lo, key=lambda p: p.end)
        candidates = candidates[lo:hi]
        explicit = [p for p in candidates if p.role == "baseline"]
    baseline = nearest(explicit or candidates, m)
    return year, baseline


def lead_year(phrases: Sequence[YearPhrase], lead: Span) -> YearPhrase | None:
    """A year in a sentence's lead phrase (`Mục tiêu năm 2024, …`, `Tính đến ngày 30/6/2023:`) governs its clauses."""
    roles = ("clause", "leadin", "measured", "as_of")
    inside = [p for p in phrases if lead.start <= p.start and p.end <= lead.end and p.role in roles]
    return inside[-1] if inside else None
