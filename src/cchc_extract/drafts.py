"""Drafts: the values of one paragraph with what their clause and sentence say, before kind is settled.

This is the match step of the running text: each value found in a paragraph gets its clause,
its qualifier, its list, the year phrases of its clause and the kind cues around it. The
decisions (:mod:`.decide`) then read a :class:`Draft`; :class:`Doc` is what they share about
the document (its text, layout, and the spans they have already read once).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from .context import Context, Tracker
from .decide.comparator import Qualifier, qualifier
from .decide.exclusions import clause_excluded, excluded
from .decide.kind_cues import Cue, cue_hits, kind_cues, year_cue
from .decide.lists import list_heads
from .decide.year import YearReader
from .decide.year_phrases import ClausePhrases, YearPhrase, clause_phrases, lead_year, year_phrases
from .normalize import Normalized
from .rules import PatternSet
from .segment import LEAD_END, Span, clauses, sentences
from .structure import Block, Layout, ends_with_colon
from .values import Mention, find_mentions

_CHEAP_SENTENCE = regex.compile(r"(?<=[.!?…])\s+(?=[\p{Lu}\d])")
_LEAD_MAX = 60


@dataclass
class Draft:
    """A mention on its way to a record: what is known before kind is settled."""

    mention: Mention
    clause: Span
    sentence: Span
    ctx: Context
    qual: Qualifier
    head: int
    index: int
    clause_mentions: list[Mention]
    quals: list[Qualifier]
    heads: list[int]
    groups: dict[int, list[int]]  # list head -> indices of the values of that list
    respectively: bool  # the clause says `tương ứng` / `lần lượt`
    phrases: list[YearPhrase]
    clause_phrases: ClausePhrases  # ``phrases`` sorted out for the values of the clause
    sentence_year: YearPhrase | None
    block: tuple[int, int]
    list_year: YearPhrase | None = None  # a year in the lead-in of the list the value stands in, inside its sentence
    strong: Cue | None = None
    soft: Cue | None = None
    weak: Cue | None = None
    kind: str = "target"
    rules: list[str] = field(default_factory=list)
    position: int = 0  # index in its paragraph's drafts, which are in text order
    carried_change: tuple[str, str] | None = None  # (change, rule) of a named rate in a lead-in before it

    def before(self, drafts: Sequence[Draft]) -> Draft | None:
        """The value just before this one in its paragraph (a lookup, not a scan: paragraphs can be long tables)."""
        return drafts[self.position - 1] if self.position else None


@dataclass
class Doc:
    """Per-document state the decisions share: the text, its layout, and what they have read once."""

    ps: PatternSet
    name: str
    path: str | None
    norm: Normalized
    flat: str
    layout: Layout
    line_starts: list[int]
    topics: dict[tuple[int, int], tuple[str, str] | None] = field(default_factory=dict)
    clause_levels: dict[tuple[int, int], list[tuple[int, str, str]]] = field(default_factory=dict)
    block_levels: dict[tuple[int, int], bool] = field(default_factory=dict)  # whether a paragraph names a level
    indicators: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    # the levels, and the area for a change, decided for each value (by where it starts): a value that points back
    # (`Tỷ lệ này …`, a planned figure, a list's item) reads its neighbour's from here, so a chain of thousands costs
    # each of them one step, not a walk (nor a recursion) back to the chain's start
    levels_decided: dict[int, tuple[list[str], list[str]]] = field(default_factory=dict)
    areas_decided: dict[tuple[int, str | None], tuple[str | None, str | None]] = field(default_factory=dict)
    rate_sources: dict[int, Draft | None] = field(default_factory=dict)  # (decide/change.py ``_rate_source``)
    dated_changes: dict[int, str | None] = field(default_factory=dict)  # (decide/change.py ``dated_item``)
    years: YearReader = field(init=False)
    claimed: set[int] = field(default_factory=set)  # values read from table cells: the text path skips them
    title_levels: list[str] = field(default_factory=list)  # the level a title scopes the text to (decide/levels)
    title_end: int = 0  # end of the title or headline: what it names governs the text after it
    headline: bool = False  # the title is a page's headline, not a document's own title (`KẾ HOẠCH …`)
    headline_programme: bool = False  # … that names a plan or programme (areas.toml [programme])


_OPENING = 40  # the first words of a paragraph, where a connector (`Bên cạnh đó,`) stands


def _content_start(block: Block) -> int:
    """Where a paragraph's own text starts: after its heading, unless it is the title."""
    return block.heading_end if block.heading_end is not None and not block.title else block.body


def block_mentions(doc: Doc, block: Block, limit: int | None = None) -> list[Mention]:
    """The values of one paragraph's own text (not its heading's, nor those a table has read), in text order; more
    than ``limit`` raise :class:`.values.TooManyValues`."""
    start = _content_start(block)
    if not doc.flat[start : block.end].strip():
        return []
    found = find_mentions(doc.ps, doc.flat, start, block.end, None if limit is None else limit + len(doc.claimed))
    return [m for m in found if m.start not in doc.claimed]


def block_drafts(doc: Doc, tracker: Tracker, block: Block, mentions: list[Mention]) -> list[Draft]:
    """The drafts of one paragraph (``block``, whose values :func:`block_mentions` found), in text order; the
    tracker walks its headings and sentences."""
    ps, flat = doc.ps, doc.flat
    tracker.block(block, flat[block.body : min(block.end, block.body + _OPENING)])
    if block.footnote:
        if not tracker.footnote:
            tracker.enter_footnotes()
    else:
        tracker.leave_footnotes()
        if block.heading and not block.title:
            tracker.heading(block, flat[block.body : block.heading_end])
        elif block.marker:
            tracker.item(block)
    start = _content_start(block)
    content = flat[start : block.end]
    tracker.colon_end = ends_with_colon(content)
    if not content.strip():
        return []
    if not mentions:
        if not block.marker and ends_with_colon(content):
            tracker.lead_paragraph(content)
        for piece in _CHEAP_SENTENCE.split(content):
            tracker.sentence(piece)
        if not block.title:  # a title governs the text as the outermost heading (``year.title``)
            tracker.goal_paragraph()
        return []
    drafts: list[Draft] = []
    for sent in sentences(flat, start, block.end):
        offset = tracker.sentence(flat[sent.start : sent.end])
        ctx = tracker.context()
        body = Span(sent.start + offset, sent.end)
        parts = clauses(flat, body)
        lead = _lead(flat, body, None)
        # the lead phrase dates the sentence only with the words before its first value: a bracket after a value
        # (`Tối thiểu 90% … cấp tỉnh (năm 2030 đạt 100%), 80% …`) is that value's
        at = bisect_left(mentions, body.start, key=lambda m: m.start)  # the mentions stand in text order
        first = mentions[at].start if at < len(mentions) and mentions[at].start < body.end else body.end
        dating = Span(lead.start, max(lead.start, min(lead.end, first)))
        sentence_year = lead_year(year_phrases(ps, flat, dating.start, dating.end), dating)
        lead_cues = cue_hits(ps, flat, lead)
        list_years: dict[int, YearPhrase | None] = {}
        for k, clause in enumerate(parts):
            # a value standing inside a lead-in that was cut off still belongs to its clause
            member = Span(sent.start if k == 0 else clause.start, clause.end)
            if k:  # `…; về xây dựng chính quyền số: 70% …` opens a new area inside the sentence
                cut = tracker.clause(flat[clause.start : clause.end])
                if cut:
                    ctx = tracker.context()
                    clause = Span(clause.start + cut, clause.end)
            if clause_excluded(ps, flat, clause, ctx.section):
                continue
            lo = bisect_left(mentions, member.start, key=lambda m: m.start)
            hi = bisect_left(mentions, member.end, lo, key=lambda m: m.start)
            inside = [m for m in mentions[lo:hi] if not excluded(ps, flat, clause, m, doc.norm.text)]
            if not inside:
                continue
            quals = [qualifier(ps, flat, clause, m) for m in inside]
            heads = list_heads(ps, flat, inside, quals)
            groups: dict[int, list[int]] = {}
            for i, head in enumerate(heads):
                groups.setdefault(head, []).append(i)
            respectively = bool(ps.respectively.search(flat, clause.start, clause.end))
            phrases = year_phrases(ps, flat, clause.start, clause.end)
            sorted_phrases = clause_phrases(phrases, clause)
            clause_cues = cue_hits(ps, flat, clause)
            strongs: list[Cue | None] = []
            for i, m in enumerate(inside):
                strong, soft, weak = kind_cues(ps, flat, clause, m, True, clause_cues)
                if strong is None and heads[i] < i and len(groups[heads[i]]) > 1:
                    strong = strongs[heads[i]]  # a list's items share the cue its head reads
                strongs.append(strong)
                governing = sentence_year.year if sentence_year else ctx.leadin_year
                strong = strong or year_cue(ps, flat, phrases, m, doc.layout.metadata.year, governing)
                # the sentence speaks for the value only through its lead phrase
                opening = _lead(flat, body, m)
                s_strong, _, s_weak = kind_cues(ps, flat, opening, m, False, lead_cues)  # soft: its clause only
                strong = strong or s_strong
                drafts.append(
                    Draft(
                        position=len(drafts),
                        mention=m,
                        clause=clause,
                        sentence=sent,
                        ctx=ctx,
                        qual=quals[i],
                        head=heads[i],
                        index=i,
                        clause_mentions=inside,
                        quals=quals,
                        heads=heads,
                        groups=groups,
                        respectively=respectively,
                        phrases=phrases,
                        clause_phrases=sorted_phrases,
                        sentence_year=sentence_year,
                        list_year=_list_year(ps, flat, sent, lead, m, list_years),
                        block=(start, block.end),
                        strong=strong,
                        soft=soft,
                        weak=weak or s_weak,
                    )
                )
    if not block.title and not block.marker:
        tracker.goal_paragraph()
    return drafts


def _list_year(
    ps: PatternSet, flat: str, sent: Span, lead: Span, m: Mention, seen: dict[int, YearPhrase | None]
) -> YearPhrase | None:
    """A year in the lead-in of the list a value stands in, inside its sentence: the words from the `;` before
    the last colon before the value up to that colon (`…; Nghị quyết về nhiệm vụ 6 tháng cuối năm 2025 với 20
    chỉ tiêu chủ yếu là: …; tỷ lệ … đạt 81%`), when the sentence's lead phrase does not already end there."""
    colon = flat.rfind(":", lead.end, m.start)
    if colon < 0:
        return None
    if colon not in seen:
        begin = max(sent.start, flat.rfind(";", sent.start, colon) + 1)
        seen[colon] = lead_year(year_phrases(ps, flat, begin, colon), Span(begin, colon))
    return seen[colon]


def _lead(flat: str, body: Span, m: Mention | None) -> Span:
    """A sentence's lead phrase (`Tính đến ngày 21/6,`, `Đến nay,`): up to its first comma or colon."""
    cut = LEAD_END.search(flat, body.start, min(body.end, body.start + _LEAD_MAX))
    end = cut.start() if cut else body.start
    return Span(body.start, end if m is None else min(end, m.start))
