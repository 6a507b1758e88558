"""Track what governs each sentence: headings, lead-ins and the section's kind.

Walking the document in order, the tracker keeps a stack of headings (nested
by marker style), the area named by the innermost area lead-in (`Về cải cách
thể chế:`), the year of the innermost year lead-in (`Đến năm 2030:`), and a
target/result cue from headings or a lead-in paragraph ending in `:`.  A
heading closes every lead-in below it; an area lead-in closes a year lead-in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .decide.kind_cues import counted, cue_hits
from .decide.year_phrases import YearPhrase, year_phrases
from .rules import PatternSet, topic_key
from .segment import Span
from .structure import Block

_COLON_OR_COMMA = regex.compile(r"[:,](?!\d)")  # not a decimal comma
_SENTENCE_END = regex.compile(r"(?<=[.!?…])\s+")
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a year's digits, to tell a period (two) from one year
_VALUE = regex.compile(r"\d{1,3}(?:[.,]\d{1,2})?\s?%")
_HEAD_END = regex.compile(_VALUE.pattern + "|;")  # a sentence's head ends at its first value or item
_HEAD_ROLES = ("clause", "leadin")  # a baseline or a measuring date governs no other value
_PLAN_ROLE = "plan"  # years.toml: a one-year plan named with its year
_HEADING_ROLES = ("clause", "leadin", "measured", "as_of")  # a baseline dates nothing; a page's plan is no heading's


@dataclass
class Heading:
    style: str
    label: str
    area: str | None
    year: int | None
    kind: str | None


@dataclass(frozen=True)
class Context:
    """What the structure says about one sentence."""

    section: str
    area: str | None
    area_rule: str | None
    leadin_year: int | None
    heading_year: int | None
    section_kind: str | None
    footnote: bool
    paragraph_year: int | None = None  # a year at the head of a sentence of the paragraph (or of the bullet)
    paragraph_year_kind: str | None = None  # whether that sentence speaks of goals or results (None: either)
    paragraph_cut: str | None = None  # the rule of a span of its own (`Mỗi năm, …`) that ended the paragraph's year


def named_area(ps: PatternSet, text: str) -> str | None:
    """The one area a heading or lead-in names; none if it names several."""
    named = {c.rule.id for c in ps.area_heading if c.pattern.search(text)}
    return named.pop() if len(named) == 1 else None


def year_in(ps: PatternSet, text: str) -> int | None:
    """The year a heading gives (`đến năm 2030`, `GIAI ĐOẠN 2016-2021`)."""
    for compiled in ps.years:
        if compiled.rule.role not in _HEADING_ROLES:
            continue
        m = compiled.pattern.search(text)
        if m:
            return int(next(v for v in m.groupdict().values() if v))
    return None


def heading_kind(ps: PatternSet, text: str) -> str | None:
    """The kind the earliest heading cue in ``text`` points to; a goal counted in a tally (`đã thực hiện 18/35
    nhiệm vụ`) is no cue, as in running text (kind.toml ``[counted]``)."""
    best: tuple[int, str] | None = None
    for compiled in ps.kinds:
        if compiled.rule.scope != "heading":
            continue
        m = next(
            (m for m in compiled.pattern.finditer(text) if not counted(ps, text, topic_key(m.group()), m.start())), None
        )
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), compiled.rule.kind)
    return best[1] if best else None


_LIST_BULLETS = ("bullet", "plus")  # a list's dashes (`- `, `+ `): its items, not parts of the text


@dataclass
class Tracker:
    ps: PatternSet
    stack: list[Heading] = field(default_factory=list)
    leadin_area: tuple[str | None, str, str] | None = None  # (area, rule, label); no area: a topic outside the reform
    leadin_year: int | None = None
    colon_kind: str | None = None
    footnote: bool = False
    report_year: int | None = None
    section_start: int = 0  # where the text under the innermost heading starts
    title_area: str | None = None  # a title that names an area is the outermost structure
    page_year: int | None = None  # the year the page is dated (metadata): a period still running at it is a plan's
    paragraph_year: int | None = None
    paragraph_year_kind: str | None = None
    paragraph_cut: str | None = None
    item_head: bool = False  # the next sentence opens a marked item (a bullet)
    paragraph_list: bool = False  # the paragraph's year stands in a lead-in before a colon: its list's lines go on
    paragraph_period: bool = False  # the paragraph's year ends a period (`giai đoạn 2026-2030`, `đến năm 2030`)
    paragraph_lead: bool = False  # the year dated a goal paragraph (``goal_paragraph``): the next ones go on with it
    _dated_head: str = ""  # the head of the sentence that gave the paragraph's year, up to that year
    _dated_at: int = 0  # where that year's phrase starts in it
    _dated_clause: str = ""  # the clause of that sentence that holds the year
    leadin_comma: bool = False  # the lead-in area was opened by a sentence's opener with a comma (`Về X, …`)
    colon_end: bool = False  # the paragraph just read ends in `:`, opening a list

    def block(self, block: Block, opening: str) -> None:
        """A new paragraph: a year its sentences open with governs it, and no further, unless the next one
        opens by adding to it (``opening``, its first words: `Bên cạnh đó, …`) or, unmarked or a dash and no
        heading, goes on with the list a lead-in before a colon opened (`… phấn đấu đến năm 2025: Có 100% …` / `90% …`)
        or a goal paragraph with no value of its own (`Theo đó, tỉnh đặt mục tiêu … vào năm 2025, …` / `Tỷ lệ …
        đạt 90%.` / `100% …`: ``paragraph_lead``), until a year, a marked item or a heading of its own. An area a
        sentence's lead-in opened with a comma (`Với chuyển đổi số, …`) ends with its paragraph in the same way, unless
        that paragraph ends in `:` (it opens a list)."""
        if self.leadin_comma and not self.colon_end and not self.ps.year_continued.match(opening):
            self._lead_in(None)  # `Với chuyển đổi số, …` speaks for its paragraph
        kept = self.paragraph_year is not None or self.paragraph_cut is not None
        # … the list's lines may be dashes (`… trong năm 2018 từ các nguồn sau:` / `- Tiết kiệm 10% …`), which a
        # lead-in too long to be a heading opens as it opens unmarked ones
        bullet = block.style in _LIST_BULLETS and self.paragraph_list
        # … and a dash of that list may head a sub-list by topic (`- Về quản trị nhà trường: 100% …, trong đó:`): with
        # no year of its own, and goals or results as the lead-in's are, it goes on with the lead-in's year
        sub_list = (
            bullet
            and block.heading is not None
            and year_in(self.ps, block.heading) is None
            and heading_kind(self.ps, block.heading) in (None, self.paragraph_year_kind)
        )
        heads = block.heading is not None and not sub_list
        listed = (self.paragraph_list or self.paragraph_lead) and (not block.marker or bullet) and not heads
        if not kept or (block.marker and not bullet) or heads or not (listed or self.ps.year_continued.match(opening)):
            self.paragraph_year = self.paragraph_year_kind = self.paragraph_cut = None
            self.paragraph_list = self.paragraph_period = self.paragraph_lead = False
        self.item_head = bool(block.marker)

    def _lead_in(self, area: tuple[str | None, str, str] | None, comma: bool = False) -> None:
        """Open (or close, None) the area a lead-in names; ``comma``: a sentence's opener (`Với X, …`), which holds
        for its paragraph only (:meth:`block`)."""
        self.leadin_area, self.leadin_comma = area, comma

    def heading(self, block: Block, text: str) -> None:
        """Open a heading: pop same-or-deeper styles, push, close lead-ins."""
        style = block.style or "plain"
        carried: Heading | None = None  # a colon heading's year goes on under the colon heading after it
        if style == "plain":
            self.stack.clear()
        elif style == "colon":
            while self.stack and self.stack[-1].style in ("colon", "bullet"):
                popped = self.stack.pop()
                if popped.style == "colon" and popped.year is not None and carried is None:
                    carried = popped
        else:
            styles = [h.style for h in self.stack]
            if style in styles:
                del self.stack[styles.index(style) :]
        self.section_start = block.end if block.heading_end is None else block.heading_end
        label = " ".join(text.split())
        kind = heading_kind(self.ps, label)
        year = year_in(self.ps, label)
        if year is None and carried is not None and kind in (None, carried.kind):
            # `Mục tiêu đến năm 2030:` then `Phát triển chính quyền số:`: the year's list goes on, now by topic
            year = carried.year
        self.stack.append(
            Heading(style, f"{block.marker} {label}" if block.marker else label, named_area(self.ps, label), year, kind)
        )
        if kind == "result" and year and self.report_year is None:
            self.report_year = year
        self._lead_in(None)
        self.leadin_year = None
        self.colon_kind = None

    def item(self, block: Block) -> None:
        """A marked block without a heading still nests (it closes deeper items)."""
        style = block.style or "plain"
        styles = [h.style for h in self.stack]
        if style in styles:
            del self.stack[styles.index(style) :]
        self.stack.append(Heading(style, block.marker or "", None, None, None))

    def enter_footnotes(self) -> None:
        self.stack.clear()
        self._lead_in(None)
        self.leadin_year = self.colon_kind = None
        self.footnote = True

    def leave_footnotes(self) -> None:
        """Footnotes in mid-text (a page's foot, a web page's notes) end where the text resumes; what they
        cleared stays cleared, and the next heading opens the text's structure again."""
        self.footnote = False

    def lead_paragraph(self, text: str) -> None:
        """A paragraph ending in `:` (`Chương trình đề ra các mục tiêu cụ thể …:`); its last sentence is
        the one that introduces the list (`… hoàn thành các mục tiêu đề ra. Kết quả:`)."""
        kind = heading_kind(self.ps, _SENTENCE_END.split(text.rstrip())[-1])
        if kind:
            self.colon_kind = kind

    def sentence(self, text: str) -> int:
        """Read lead-ins at the start of a sentence; return where its content starts."""
        offset = 0
        stripped = text.lstrip()
        lead = len(text) - len(stripped)
        if self.ps.leadin_start.match(stripped):
            cut = _COLON_OR_COMMA.search(stripped)
            if cut and cut.start() <= self.ps.leadin_max:
                area = named_area(self.ps, stripped[: cut.start()])
                if area:
                    self._lead_in(_leadin(area, stripped[: cut.start()]), comma=stripped[cut.start()] == ",")
                    self.leadin_year = None
                    offset = lead + cut.end()
                elif self.ps.leadin_closing.match(stripped):
                    # `Đối với công tác X,`: a new topic, not the previous area; `Về xã hội số,`: one outside
                    # public administration, whose figures have no area (GUIDE: Area)
                    self._lead_in(_outside(self.ps, stripped[: cut.start()]))
                elif self.ps.leadin_topic.match(stripped) and (outside := _outside(self.ps, stripped[: cut.start()])):
                    self._lead_in(outside)  # `Trong phát triển xã hội số,`: a topic outside public administration
        rest = text[offset:].lstrip()
        opened = False
        # a year phrase holds its year (`rules.load._year_gate`): most sentences name none, and one search
        # spares them the lead-in rules and the head's phrases
        dated = self.ps.year_gate.search(rest) is not None
        for compiled in self.ps.years if dated else ():
            if compiled.rule.role == "leadin":
                m = compiled.pattern.match(rest)
                if m:
                    opened = True
                    year = int(next(v for v in m.groupdict().values() if v))
                    if self.item_head:  # `- Năm 2021, …` governs its bullet; the list's own year resumes after it
                        self.paragraph_year, self.paragraph_year_kind = year, None
                        self.paragraph_period = False
                    else:
                        self.leadin_year, self.paragraph_year = year, None
        if not opened and not (dated and self._head_year(rest)):
            self._own_span(rest)
        self.item_head = False
        return offset

    def _head_year(self, text: str) -> bool:
        """A year in a sentence's head (its words before the first value or `;`; all of a sentence
        with no value) governs its `;`-items and the sentences after it in the paragraph
        (`Theo đó, mục tiêu trong năm 2026 bảo đảm 100% …. Tỉnh cắt giảm ít nhất 10% …`)."""
        head = _HEAD_END.split(text, maxsplit=1)[0] if _VALUE.search(text) else text
        phrases = [
            p for p in year_phrases(self.ps, head, 0, len(head)) if p.role in _HEAD_ROLES and not _in_brackets(head, p)
        ]
        if not phrases:
            return False
        # whether it speaks of goals or results is its own clause's to say (`… khắc phục những hạn chế; … phấn đấu
        # hoàn thành 24 chỉ tiêu năm 2024.`)
        own = head[head.rfind(";", 0, phrases[-1].start) + 1 :]
        self.paragraph_year, self.paragraph_year_kind = phrases[-1].year, heading_kind(self.ps, own)
        # a deadline (`đến năm 2025`) spans the years up to it, as a period does: its goals are set for each of them
        phrase = head[phrases[-1].start : phrases[-1].end]
        self.paragraph_period = _named_period(phrase) or self.ps.year_deadline.match(phrase) is not None
        self.paragraph_cut = None
        # … or the sentence, with no value, ends in one (`… trong năm 2018 từ các nguồn sau:`)
        after = head[phrases[-1].end :]
        self.paragraph_list = after.lstrip().startswith(":") or (
            head is text and after.rstrip().endswith(":") and ";" not in after
        )
        self.paragraph_lead = False
        self._dated_head, self._dated_at = head[: phrases[-1].end], phrases[-1].start
        self._dated_clause = own
        return True

    def goal_paragraph(self) -> None:
        """A paragraph has been read: if a sentence of it dated a goal (`Theo đó, tỉnh đặt mục tiêu … vào năm 2025,
        …`, `Trong giai đoạn 2026 - 2027, Bộ phấn đấu 100% …`), with or without a figure, the unmarked paragraphs after
        it go on with its list, one figure or sentence each as news pages write them (``block``); a year that ends a
        plan's name (`… triển khai Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030`, `Theo Kế hoạch năm 2027
        của huyện, …`, ``year.plan_page``) dates no list."""
        if self.paragraph_year is None or self.paragraph_lead:
            return
        if self.paragraph_year_kind != "target" and not self._running() and not self._commits(self._dated_clause):
            return
        head = self._dated_head
        # the name runs up to the year's own words: a date's word before them (`… trong năm 2027`) ends no name
        digits = _YEAR.search(head, self._dated_at)
        if self.ps.year_named_plan.search(head, 0, digits.start() if digits else self._dated_at):
            return
        # the goals of a period cited by name (`… các mục tiêu … của tỉnh giai đoạn 2021 - 2025`), not of a year
        if _named_period(head[self._dated_at :]) and self.ps.year_named_goals.search(head, 0, self._dated_at):
            return
        named = (m for c in self.ps.years if c.rule.role == _PLAN_ROLE for m in c.pattern.finditer(head))
        self.paragraph_lead = not any(m.end() == len(head) for m in named)
        if self.paragraph_lead:
            self.paragraph_year_kind = "target"  # a goal's year dates the goals after it, not what was measured

    def _running(self) -> bool:
        """Whether a paragraph with no cue either way opens on a period that ends after the page's date (`Theo đó,
        giai đoạn 2026 - 2027, hoàn thành …` on a page of 2026): what is set for a period not yet over is its plan."""
        if self.paragraph_year_kind is not None or self.page_year is None:
            return False
        phrase = self._dated_head[self._dated_at :]
        return _named_period(phrase) and max(int(y) for y in _YEAR.findall(phrase)) > self.page_year

    def _commits(self, clause: str) -> bool:
        """Whether a clause holds a commitment cue of running text (`Theo đó, trong giai đoạn 2026-2027 phải hoàn
        thành …`): a goal as a heading's words would set one."""
        hits = cue_hits(self.ps, clause, Span(0, len(clause)))
        return any(h.rule.kind == "target" and h.rule.strength == "strong" for h in hits)

    def _own_span(self, text: str) -> None:
        """A sentence with a time span of its own (`Mỗi năm, …`, `… trong 05 năm tiếp theo`) does not
        continue the list of the paragraph's year: that year stops here; a year of its own (`hằng năm`) stops
        a single year only, since a period's programme sets figures for each of its years."""
        if self.paragraph_year is None:
            return
        roles = ("span",) if self.paragraph_period else ("span", "each_year")
        for compiled in self.ps.years:
            if compiled.rule.role in roles and compiled.pattern.search(text):
                self.paragraph_year = self.paragraph_year_kind = None
                self.paragraph_cut = str(compiled.rule.id)
                return

    def clause(self, text: str) -> int:
        """An area lead-in at the start of a clause after `;`; return where its content starts."""
        stripped = text.lstrip()
        if not self.ps.leadin_start.match(stripped):
            return 0
        cut = _COLON_OR_COMMA.search(stripped)
        if not cut or cut.start() > self.ps.leadin_max:
            return 0
        area = named_area(self.ps, stripped[: cut.start()])
        if not area:
            outside = _outside(self.ps, stripped[: cut.start()]) if self.ps.leadin_closing.match(stripped) else None
            if outside:  # `…; về xã hội số: 80% hộ gia đình …`
                self._lead_in(outside)
            return 0
        self._lead_in(_leadin(area, stripped[: cut.start()]))
        return len(text) - len(stripped) + int(cut.end())

    def context(self) -> Context:
        area = area_rule = None
        if self.leadin_area:
            area, area_rule, _ = self.leadin_area
        else:
            for h in reversed(self.stack):
                if h.area:
                    area, area_rule = h.area, f"heading: {h.label}"
                    break
            else:
                if self.title_area:
                    area, area_rule = self.title_area, "title"
        heading_year = next((h.year for h in reversed(self.stack) if h.year), None)
        kind = self.colon_kind or next((h.kind for h in reversed(self.stack) if h.kind), None)
        parts = [h.label for h in self.stack if h.label]
        if self.leadin_area:
            parts.append(self.leadin_area[2])
        return Context(
            section=" > ".join(parts),
            area=area,
            area_rule=area_rule,
            leadin_year=self.leadin_year,
            heading_year=heading_year,
            section_kind=kind,
            footnote=self.footnote,
            paragraph_year=self.paragraph_year,
            paragraph_year_kind=self.paragraph_year_kind,
            paragraph_cut=self.paragraph_cut,
        )


def _leadin(area: str, lead: str) -> tuple[str, str, str]:
    return area, f"leadin: {lead.strip()}", lead.strip()


def _outside(ps: PatternSet, lead: str) -> tuple[None, str, str] | None:
    """The lead-in of a topic outside public administration (`Về xã hội số`, `Trong lĩnh vực kinh tế số`):
    its figures have no area, over the title's and the headings' (rule ``area.outside``); any other topic
    closes the area before it."""
    return (None, "outside", lead.strip()) if ps.area_outside.search(lead) else None


def _in_brackets(text: str, p: YearPhrase) -> bool:
    """Whether a year phrase stands in a bracket that describes the indicator (`Tỷ lệ xã đạt chuẩn (theo
    Bộ tiêu chí giai đoạn 2026-2030) đạt …`): the aside dates the criteria, not the sentence's values."""
    before = text[: p.start]
    return before.rfind("(") > before.rfind(")") and ")" in text[p.end :]


def _named_period(phrase: str) -> bool:
    """Whether a year phrase names a period as such (`giai đoạn 2026-2030`, `nhiệm kỳ 2020-2025`): two years and a
    word; a bare `2025 - 2026` (a table's deadline cell) is no programme's period."""
    return len(_YEAR.findall(phrase)) > 1 and any(c.isalpha() for c in phrase)
