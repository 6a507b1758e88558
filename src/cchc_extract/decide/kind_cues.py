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
_CUE_WINDOW = 250  # cues farther than this from a value reach it through its neighbours, not directly
# a cue followed by a value of its own within a few words (`(mục tiêu 65%)`, `vượt chỉ tiêu được giao là 70%`)
_OPENS_VALUE = regex.compile(r"[^\d%;.()]{0,30}?\d{1,3}(?:[.,]\d{1,2})?\s?%")


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
    """Every free-standing kind cue in ``span``, found once and shared by all its values (and, inside
    a paragraph being read, taken from the paragraph's cues: :func:`.shared_scan.derived`)."""
    shared = shared_scan.derived(("kind cues", id(ps)), partial(_cue_hits, ps), text, span.start, span.end)
    return list(shared) if shared is not None else _cue_hits(ps, text, span.start, span.end)


def _cue_hits(ps: PatternSet, text: str, start: int, end: int) -> list[CueHit]:
    span = Span(start, end)
    hits = [
        CueHit(hit.start(), hit.end(), rule)
        for hit in ps.kind_words.finditer(text, span.start, span.end, shared=True)
        for rule in ps.kind_word_rules.get(topic_key(hit.group()), ())
    ]
    for c in ps.kind_free_regex:  # free-standing regex cues (`bảo đảm` but not `tự bảo đảm`)
        hits.extend(
            CueHit(h.start(), h.end(), c.rule) for h in c.pattern.finditer(text, span.start, span.end, shared=True)
        )
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
    own = nearest([p for p in phrases if p.role in ("clause", "leadin")], m)
    year = own.year if own else governing
    if year is not None and year < doc_year:
        return Cue("result", ps.kind_past_year, abs(own.start - m.start) if own else 0)
    return None


def _keep(best: dict[str, Cue | None], strength: str, cue: Cue) -> None:
    current = best[strength]
    if current is None or (cue.distance, -cue.length) < (current.distance, -current.length):
        best[strength] = cue
