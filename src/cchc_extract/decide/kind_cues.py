"""Kind cues: the target and result words near a value (``patterns/kind.toml``), strongest and nearest first.

:mod:`.kind` weighs these against the section and the document to settle a value's kind.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

import regex

from .. import shared_scan
from ..rules import PatternSet, topic_key
from ..segment import Span
from ..values import Mention
from .year_phrases import YearPhrase, nearest

_AFTER_PENALTY = 30
_TALLY_REACH = 28  # how far before a cue word a tally (`101/111 `) or a goal met (`hoàn thành sớm các `) is read
_NOMINAL_REACH = 40  # … and the words that make it a noun (`Trên cơ sở những kết quả `)
_CUE_WINDOW = 250  # cues farther than this from a value reach it through its neighbours, not directly
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # the years a phrase names (a period names two)
# a cue followed by a value of its own within a few words (`(mục tiêu 65%)`, `vượt chỉ tiêu được giao là 70%`,
# `mục tiêu năm 2027 là 30%`: a year among them), or by a range (`đặt mục tiêu đạt từ 80-100%`, `80% - 100%`)
_OPENS_VALUE = regex.compile(
    r"(?:[^\d%;.()]|(?<!\d)(?:19|20)\d\d(?!\d)){0,30}?"
    r"(?P<value>\d{1,3}(?:[.,]\d{1,2})?(?:\s?%?\s?[-–]\s?\d{1,3}(?:[.,]\d{1,2})?)?\s?%)"
)


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
    """Every free-standing kind cue in ``span``, found once and shared by all its values; inside a
    paragraph being read, the cues of the rules that can be shared come from the paragraph's
    (:func:`.shared_scan.derived`) and the others are looked for in the span."""
    scans, shared_scans, own_scans = _scans(ps)
    shared = shared_scan.derived(
        ("kind cues", id(ps)), partial(_ranked_hits, ps, shared_scans), text, span.start, span.end
    )
    if shared is None:
        return [hit for _, hit in _ranked_hits(ps, scans, text, span.start, span.end)]
    ranked = sorted([*shared, *_ranked_hits(ps, own_scans, text, span.start, span.end)], key=lambda r: r[0])
    return [hit for _, hit in ranked]


class _Ranked(tuple[tuple[int, int], CueHit]):
    """A cue with its place in the order the cues are listed: (start, rank of its rule), the cue."""

    @property
    def start(self) -> int:
        return self[1].start

    @property
    def end(self) -> int:
        return self[1].end


_Scan = tuple[int, Any, Any]
_last_scans: tuple[PatternSet, tuple[list[_Scan], list[_Scan], list[_Scan]]] | None = None


def _scans(ps: PatternSet) -> tuple[list[_Scan], list[_Scan], list[_Scan]]:
    """(rank, pattern, rule) of each scan for cues: the word-list cues first (rule None: a word names
    its rules), then each free-standing regex cue (`bảo đảm` but not `tự bảo đảm`) in file order; all
    of them, those a paragraph's scan can share (:func:`.shared_scan.shareable`), and the others.
    Made once per rule set: every clause and lead phrase asks."""
    global _last_scans
    last = _last_scans
    if last is not None and last[0] is ps:
        return last[1]
    scans = [(0, ps.kind_words, None), *((k + 1, c.pattern, c.rule) for k, c in enumerate(ps.kind_free_regex))]
    shared = [scan for scan in scans if shared_scan.shareable(scan[1].pattern)]
    split = (scans, shared, [scan for scan in scans if scan not in shared])
    _last_scans = (ps, split)
    return split


def _ranked_hits(
    ps: PatternSet, scans: Sequence[tuple[int, Any, Any]], text: str, start: int, end: int
) -> list[_Ranked]:
    """The cues the ``scans`` find in ``text[start:end]``, in text order, ties in the order of the scans."""
    ranked: list[_Ranked] = []
    titles: list[tuple[int, int]] | None = None  # read once the first cue is found: most spans have none
    for rank, pattern, rule in scans:
        for hit in pattern.finditer(text, start, end):
            if titles is None:
                titles = [(t.start(), t.end()) for t in ps.kind_quoted_title.finditer(text, start, end)]
            if titles and any(a <= hit.start() and hit.end() <= b for a, b in titles):
                continue  # a cited document's quoted title (`“Về …, định hướng đến năm 2030”`) names it
            key = topic_key(hit.group()) if rule is None else ""
            if counted(ps, text, key, hit.start()):
                continue  # `hoàn thành 32/35 mục tiêu`: a goal counted is no cue
            rules = ps.kind_word_rules.get(key, ()) if rule is None else (rule,)
            ranked.extend(_Ranked(((hit.start(), rank), CueHit(hit.start(), hit.end(), r))) for r in rules)
    ranked.sort(key=lambda r: r[0])
    return ranked


def counted(ps: PatternSet, text: str, key: str, start: int) -> bool:
    """Whether the cue word ``key`` (as :func:`.topic_key` gives it) at ``start`` is a goal counted in a tally
    (`hoàn thành 32/35 mục tiêu`), striving named as a noun (`sự nỗ lực phấn đấu`), or a result still to reach
    (`Để đạt được mục tiêu đó`): it names the things counted, an effort or an aim, no intent and no report (kind.toml
    ``[counted]``)."""
    if key in ps.kind_nominal_words and ps.kind_nominal.search(text, max(0, start - _NOMINAL_REACH), start):
        return True
    if key in ps.kind_purpose_words and ps.kind_purpose.search(text, max(0, start - _NOMINAL_REACH), start):
        return True  # `Để đạt được mục tiêu đó, …`: a result to reach
    return key in ps.kind_counted_words and bool(ps.kind_counted.search(text, max(0, start - _TALLY_REACH), start))


def opened_value(text: str, end: int) -> int | None:
    """Where the value a cue ending at ``end`` opens within a few words starts (`mục tiêu 65%`), if it opens one."""
    opened = _OPENS_VALUE.match(text, end, min(len(text), end + 40))
    return opened.start("value") if opened else None


def kind_cues(
    ps: PatternSet, text: str, span: Span, m: Mention, clause_level: bool, hits: Sequence[CueHit]
) -> tuple[Cue | None, Cue | None, Cue | None]:
    """Nearest (strong, soft, weak) target/result cues for the value within ``span``.

    A cue after the value that opens another value (`đạt 58% (mục tiêu 65%)`) is that value's, unless it stands
    right after this one (`đạt 103% kế hoạch, tăng 7%`).
    """
    best: dict[str, Cue | None] = {"strong": None, "soft": None, "weak": None}
    before = text[max(span.start, m.start - _CUE_WINDOW) : min(span.end, m.start)]  # one string for every rule
    for c in ps.kind_at_value if clause_level else ps.kind_at_value_any:
        rule = c.rule
        distance = _CUE_WINDOW if rule.yields else 0
        if rule.position == "value":
            if c.pattern.search(text, m.start, m.end):
                _keep(best, rule.strength, Cue(rule.kind, rule.id, distance))
        elif c.pattern.search(before):
            _keep(best, rule.strength, Cue(rule.kind, rule.id, distance))
    # a sentence's lead phrase (`Theo thống kê của Bộ …, tỷ lệ … đạt 50,4%`) speaks for its whole sentence,
    # however long; in a clause, a cue far from the value reaches it through its neighbours
    first = bisect_left(hits, m.start - 2 * _CUE_WINDOW, key=lambda h: h.start) if clause_level else 0
    for hit in hits[first:]:
        if hit.start > m.end + _CUE_WINDOW:
            break
        rule = hit.rule
        if not clause_level and rule.position != "any":
            continue
        between = text[hit.end : m.start] if hit.end <= m.start else text[m.end : hit.start]
        if "%" in between and (rule.strength == "soft" or hit.start >= m.end):
            continue  # a soft word, or a word after the value, speaks for the value next to it
        near = not clause_level or m.start - hit.end <= _CUE_WINDOW
        if rule.strength == "soft" and hit.end <= m.start and _aside(between):
            continue  # `(tức là … việc triển khai bảo đảm an toàn …), 17% đạt mức B`: an aside's word speaks within it
        if hit.end <= m.start and _quoted(between):
            continue  # `đồng ý với nhận định “doanh nghiệp sẽ được bồi thường …” chỉ khoảng 29%`: a quoted word
        if rule.position == "before" and rule.kind == "result" and hit.end <= m.start and ":" in between:
            continue  # `Kỳ họp đã thông qua nghị quyết với các chỉ tiêu như: GRDP tăng 10%`: a list its colon opens
        if hit.end <= m.start and rule.position in ("before", "any") and near:
            _keep(best, rule.strength, Cue(rule.kind, rule.id, m.start - hit.end, hit.end - hit.start))
        elif (
            hit.start >= m.end
            and rule.position in ("after", "any")
            and clause_level
            and rule.strength != "soft"  # `đạt 90%, tiếp tục là …`: a soft word after a value describes
            and (opened_value(text, hit.end) is None or not text[m.end : hit.start].strip())
            and between.count("(") <= between.count(")")  # `64,1% (mục tiêu … dưới 64%)`: a bracket's word speaks in it
        ):
            # the governing word of a Vietnamese figure comes before it: a cue after counts less
            distance = _CUE_WINDOW if rule.yields else hit.start - m.end + _AFTER_PENALTY
            _keep(best, rule.strength, Cue(rule.kind, rule.id, distance))
    return best["strong"], best["soft"], best["weak"]


def _aside(between: str) -> bool:
    """Whether the words from a cue to the value close a bracket the cue stands in (`… bảo đảm an toàn …), 17%`)."""
    return between.count(")") > between.count("(")


def _quoted(between: str) -> bool:
    """Whether the words from a cue to the value close a quotation the cue stands in (`… “… sẽ được …” … 29%`)."""
    return between.count("”") > between.count("“") or between.count("»") > between.count("«")


def year_cue(
    ps: PatternSet,
    text: str,
    phrases: Sequence[YearPhrase],
    m: Mention,
    doc_year: int | None,
    governing: int | None,
) -> Cue | None:
    """A result cue when the year governing the value (its clause's, else a lead-in's) is before the document's;
    a target cue when its own clause's year phrase names only years after it (`đến năm 2025` on a page of 2020,
    not `nhiệm kỳ 2015-2020` on one of 2019): a dated page cannot have measured a year still to come."""
    if doc_year is None:
        return None
    own = nearest([p for p in phrases if p.role in ("clause", "leadin")], m)
    year = own.year if own else governing
    distance = abs(own.start - m.start) if own else 0
    if year is not None and year < doc_year and ps.active(ps.kind_past_year):
        return Cue("result", ps.kind_past_year, distance)
    if (
        own is not None
        and own.year > doc_year
        and all(int(y) > doc_year for y in _YEAR.findall(text, own.start, own.end))
        and "%" not in text[min(own.end, m.end) : max(own.start, m.start)]  # not another value's year
        and ps.active(ps.kind_future_year)
    ):
        return Cue("target", ps.kind_future_year, distance)
    return None


def _keep(best: dict[str, Cue | None], strength: str, cue: Cue) -> None:
    current = best[strength]
    if current is None or (cue.distance, -cue.length) < (current.distance, -current.length):
        best[strength] = cue
