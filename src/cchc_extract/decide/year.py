"""Year: the year by which (or in which) a value applies (GUIDE: Fields → year, Fine points → Year).

Every year phrase governs a scope, and the innermost scope that holds a value decides its year:

1. the value's own clause (`năm 2022, số hóa … 50%`; a phrase right after a value is that value's);
2. the lead phrase of its sentence (`Mục tiêu năm 2024, …`, `Tính đến ngày 30/6/2023:`);
3. for a result, the year an earlier clause or sentence of its paragraph says it was measured;
4. the head of an earlier sentence of its paragraph (the words before its first value), or a
   sentence of the paragraph that names a year and no value: it governs its `;`-items and the
   sentences after it (`… trong năm 2025 cho 16 tỉnh. Trong đó, A 13%; B 12%.`); a year opening a
   bullet governs that bullet only (``Tracker.paragraph_year``); for a target, the next sentence of its
   paragraph when it only sets a deadline or names the plan whose goals the figures are (`Đó là một số chỉ
   tiêu được đề ra trong kế hoạch … năm 2025.`, ``year.back_reference``);
5. a lead-in (`Đến năm 2030: …`) until the next lead-in or heading;
6. the innermost heading that names a year (`GIAI ĐOẠN 2016-2021` → 2021);
7. for a target, the page's title or headline, as the outermost heading: a one-year plan
   (`KẾ HOẠCH … NĂM 2024`, ``year.plan``), a period (`… GIAI ĐOẠN 2026 - 2030` → 2030; beside an
   orientation, `giai đoạn 2021-2025, định hướng đến năm 2030` → 2025), a headline's year
   (`… đến hết năm 2027`), a one-year plan it names (`Kế hoạch … năm 2026 … giai đoạn 2026–2030`
   → 2026); on a page with no such title, the one-year plan the page reports on
   (`Theo Kế hoạch năm 2026 của tỉnh, …`, ``year.plan_page``);
8. for a result, the period its report heading covers, the report's title, the page's date.

Phrases are found by :mod:`.year_phrases` from ``patterns/years.toml``; the tracker
(``context.py``) keeps the lead-in, paragraph and heading scopes as it walks the document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..context import Context
from ..rules import PatternSet
from ..segment import Span, sentences
from ..structure import Layout
from .kind import PLANNED_FIGURE
from .year_phrases import YearPhrase, clause_years, measured_year, year_phrases

if TYPE_CHECKING:
    from ..context import Tracker
    from ..drafts import Draft

_TITLE_ROLES = ("clause", "leadin")  # a baseline or a measuring date in a title dates nothing below it
_PLAN_ROLE = "plan"
_NEXT_SENTENCE_READ = 2000  # characters read for the next sentence of a paragraph (a sentence is far shorter)
_TERM_ROLE = "term"


def title_year(ps: PatternSet, title: str, result_year: int | None) -> int | None:
    """The year a title or headline gives the targets below it.

    The earliest period's last year (a period beside an orientation year is the plan's own span);
    else the one year it names; a report naming its results' year and the next one gives the next.
    """
    phrases = [p for p in year_phrases(ps, title, 0, len(title)) if p.role in _TITLE_ROLES]
    periods = [p for p in phrases if _span_years(title, p) > 1]
    if periods:
        return periods[0].year
    years = {p.year for p in phrases}
    if len(years) > 1 and result_year in years:
        years.discard(result_year)
    return years.pop() if len(years) == 1 else None


def _span_years(text: str, phrase: YearPhrase) -> int:
    """How many years a phrase names (`giai đoạn 2021-2025`: 2; `năm 2024`: 1)."""
    return sum(1 for w in text[phrase.start : phrase.end].replace("-", " ").split() if w.isdigit() and len(w) == 4)


class YearReader:
    """Decides the year of each value of one document; the page's own years are read once."""

    def __init__(self, ps: PatternSet, layout: Layout, text: str) -> None:
        meta = layout.metadata
        self.ps, self.meta, self.text = ps, meta, text
        # a title governs the text below it, not itself (a one-paragraph text is no page with a title)
        self.title_end = max((b.end for b in layout.blocks if b.title), default=0)
        # the paragraph before each paragraph (by its end), when that is running text
        self.previous = {
            b.end: (p.start, p.end)
            for p, b in zip(layout.blocks, layout.blocks[1:], strict=False)
            if not (p.heading or p.title or p.footnote)
        }
        self.cache: dict[tuple[int, int], list[YearPhrase]] = {}
        self.next_sentences: dict[int, Span | None] = {}  # the sentence after the one ending there, in its paragraph
        self.title: tuple[int, str] | None = None
        if meta.plan_year:
            self.title = (meta.plan_year, "year.plan")
        elif meta.title:
            # a title naming a one-year plan gives the plan's year, whatever period it names beside it
            # (`Kế hoạch chuyển đổi số … năm 2026 … đặt mục tiêu … giai đoạn 2026–2030`)
            self.title = self._page_year(_PLAN_ROLE, meta.title)
            year = None if self.title else title_year(ps, meta.title, meta.result_year)
            if year:
                self.title = (year, "year.title")
        if self.title is None and not (meta.title and ps.title_start.match(meta.title)):
            self.title = self._page_year(_PLAN_ROLE) or self._page_year(_TERM_ROLE)

    def _page_year(self, role: str, text: str | None = None) -> tuple[int, str] | None:
        """The one-year plan (``plan``), else the congress's term (``term``), that a page that is no
        document of its own reports on (or its ``text``, a title, names): every mention of one names the
        same year."""
        text = self.text if text is None else text
        found = [(c.rule.id, m) for c in self.ps.years if c.rule.role == role for m in c.pattern.finditer(text)]
        years = {int(next(v for v in m.groupdict().values() if v)) for _, m in found}
        if len(years) == 1:
            return years.pop(), found[0][0]
        return None

    def _previous_paragraph(self, end: int) -> int | None:
        """The year the paragraph just before says a result was measured: a paragraph goes on with the
        list of the one before it (`… công bố chỉ số năm 2023. Theo đó, huyện A đạt 86%.` / `Thứ hai
        là huyện B, đạt 83%`) before the page's date dates it."""
        span = self.previous.get(end)
        if span is None:
            return None
        return measured_year(self.ps, self.text, self.phrases(*span), span[1])

    def phrases(self, start: int, end: int) -> list[YearPhrase]:
        """Year phrases of a paragraph or section, read once however many of its results ask."""
        if (start, end) not in self.cache:
            self.cache[start, end] = year_phrases(self.ps, self.text, start, end)
        return self.cache[start, end]

    def decide(self, d: Draft, phrase: YearPhrase | None, tracker: Tracker) -> tuple[int | None, list[str]]:
        """(year, rules) of a value of the running text; ``phrase`` is its own clause's."""
        ps, meta, ctx = self.ps, self.meta, d.ctx
        if phrase:
            return phrase.year, [phrase.rule]
        if d.list_year and (d.list_year.role != "measured" or d.kind == "result"):
            return d.list_year.year, ["year.list_lead"]
        if d.sentence_year and (d.sentence_year.role != "measured" or d.kind == "result" or _beside_result(d)):
            return d.sentence_year.year, ["year.sentence_lead"]
        if d.kind == "result":
            measured = measured_year(ps, self.text, self.phrases(*d.block), d.clause.start)
            if measured is not None:
                return measured, [ps.paragraph_year.id]
        if d.kind == "target" and (deadline := self._sentence_deadline(d) or self._next_deadline(d)) is not None:
            return deadline.year, [deadline.rule]
        if ctx.paragraph_year and ctx.paragraph_year_kind in (None, d.kind):
            return ctx.paragraph_year, ["year.paragraph_lead"]
        if d.kind == "target" and (named := self._named_back(d)) is not None:
            return named, [ps.back_reference.id]
        cut = [ctx.paragraph_cut] if ctx.paragraph_cut else []
        found = self.structural(ctx, d.kind, d.mention.start)
        if found:
            return found[0], [*cut, found[1]]
        if d.kind == "result":
            if tracker.report_year:
                return tracker.report_year, ["year.report_heading"]
            if meta.result_year:
                return meta.result_year, [ps.result_title.id]
            if meta.plan_year:
                return meta.plan_year, ["year.report_title"]
            measured = self._previous_paragraph(d.block[1])
            if measured is not None:
                return measured, [ps.paragraph_year.id]
            if meta.year:
                return meta.year, ["year.document_date"]
            start = max(tracker.section_start, d.block[0] - ps.section_year_window)
            measured = measured_year(ps, self.text, self.phrases(start, d.block[0]), d.block[0])
            if measured is not None:
                return measured, [ps.paragraph_year.id]
        return None, [*cut, "year.none"]

    def _next_sentence(self, d: Draft) -> Span | None:
        """The next sentence of the value's paragraph, when it holds no value of its own: one that only sets a
        deadline or names a plan speaks of the figures before it."""
        if d.sentence.end >= d.block[1]:
            return None
        if d.sentence.end not in self.next_sentences:
            self.next_sentences[d.sentence.end] = self._read_next_sentence(d.sentence.end, d.block[1])
        after = self.next_sentences[d.sentence.end]
        return after if after is not None and "%" not in self.text[after.start : after.end] else None

    def _read_next_sentence(self, start: int, end: int) -> Span | None:
        """The first sentence of ``text[start:end]``, read from its first ``_NEXT_SENTENCE_READ`` characters when
        a second sentence starts within them (its stop is then decided as in the whole span), else from the whole:
        read whole for every value, the rest of a paragraph of thousands of sentences costs its square."""
        cut = min(end, start + _NEXT_SENTENCE_READ)
        after = sentences(self.text, start, cut)
        if cut < end and len(after) < 2:
            after = sentences(self.text, start, end)
        return after[0] if after else None

    def _next_deadline(self, d: Draft) -> YearPhrase | None:
        """A deadline that is the whole point of the next sentence of the paragraph, with no value of its own
        (`… tối thiểu 60% …. Chỉ tiêu này phải được hoàn thành trước ngày 30/7/2025.`, an item closing on
        `Hoàn thành trước ngày 30/9/2023.`): the sentence before it is due then, as a later clause's deadline
        dates its sentence."""
        if not self.ps.sentence_deadlines or (after := self._next_sentence(d)) is None:
            return None
        phrases = year_phrases(self.ps, self.text, after.start, after.end)
        return next((p for p in phrases if p.rule in self.ps.sentence_deadlines), None)

    def _named_back(self, d: Draft) -> int | None:
        """The year of the plan that the next sentence of the paragraph, with no value of its own, names as the
        source of the figures before it (`… 70% doanh nghiệp …. Đó là một số chỉ tiêu được đề ra trong kế hoạch …
        năm 2025, vừa được ban hành.`): read as a title naming that plan is (``year.back_reference``)."""
        after = self._next_sentence(d)
        if after is None or not self.ps.year_back_reference.match(self.text, after.start, after.end):
            return None
        return title_year(self.ps, self.text[after.start : after.end], None)

    def _sentence_deadline(self, d: Draft) -> YearPhrase | None:
        """A deadline in a later clause of the value's sentence with no value of its own (`…; hoàn thành chỉ tiêu
        nêu trên trước ngày 30/7/2025`): the sentence's targets are due then (``sentence_deadlines``), those of
        the clauses between too (`Rà soát 100% …; cắt giảm ít nhất 20% …; hoàn thành trước ngày 01/11/2024`), unless
        a year stands between (`…; năm 2026 đạt 50% …; hoàn thành trước …`: the clauses after it are that year's)."""
        if not self.ps.sentence_deadlines or d.clause.end >= d.sentence.end:
            return None
        phrases = year_phrases(self.ps, self.text, d.clause.end, d.sentence.end)
        for k, p in enumerate(phrases):
            if p.rule in self.ps.sentence_deadlines:
                own = self.text.rfind(";", d.clause.end, p.start)  # the deadline's own clause
                return None if k or "%" in self.text[max(own, d.clause.end) : p.start] else p
        return None

    def beside(self, d: Draft, before: Draft | None, tracker: Tracker) -> tuple[int, list[str]] | None:
        """The year of a planned figure set beside a measured one in its sentence (`ước đạt 39,2%/KH 41,5%`,
        `đạt 98,8%, vượt chỉ tiêu HĐND tỉnh giao (98%)`) that names none of its own: the plan for the year
        the measurement stands at, whatever year the page's title or headings give its own goals."""
        if before is None or before.kind != "result" or before.sentence != d.sentence or not _beside_result(d):
            return None
        phrase, _ = clause_years(
            before.clause_phrases, before.clause, before.clause_mentions, before.index, before.kind, False, self.text
        )
        year, _ = self.decide(before, phrase, tracker)
        return (year, ["year.beside_result"]) if year is not None else None

    def structural(self, ctx: Context, kind: str, start: int) -> tuple[int, str] | None:
        """The year the structure around a value gives: a lead-in, a heading, for a target the title."""
        if ctx.leadin_year:
            return ctx.leadin_year, "year.leadin"
        if ctx.heading_year:
            return ctx.heading_year, "year.heading"
        if kind == "target" and self.title and (start >= self.title_end or self.title[1] == "year.plan"):
            return self.title
        return None

    def table(self, ctx: Context, kind: str, own: int | None, start: int) -> tuple[int | None, list[str]]:
        """(year, rules) of a table cell: its own (its column's or group row's), else the structure's, for a
        result the report's."""
        if own is not None:
            return own, []
        found = self.structural(ctx, kind, start)
        if found:
            return found[0], [found[1]]
        meta = self.meta
        if kind == "result" and (meta.result_year or meta.plan_year or meta.year):
            return meta.result_year or meta.plan_year or meta.year, ["year.report_title"]
        return None, ["year.none"]


def _beside_result(d: Draft) -> bool:
    """Whether the value is the planned figure a measured one is set against (`đạt 35,1%, thấp hơn 0,4% so với
    chỉ tiêu UBND tỉnh giao (35,5%)`): the plan for the date the measurement stands at."""
    return any(r in PLANNED_FIGURE for r in d.rules)
