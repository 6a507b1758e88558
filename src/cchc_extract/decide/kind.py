"""Kind: is a value a `target` (to be reached or kept) or a `result` (measured)?

Each value is decided from the evidence around it, strongest first, and the rule that
decided it is recorded:

1. a strong cue of its own clause or of its sentence's lead phrase: a commitment
   (`phấn đấu`, `mục tiêu`, a bound `tối thiểu`) or a measurement (`đã đạt`, a dated
   period `Trong quý III`, a present state `hiện có`, an attribution `Theo báo cáo`);
   the nearest wins, and an attribution yields to a commitment it tells (`Theo báo cáo …,
   tỉnh phấn đấu …; 100% …`: ``@attributed``);
2. the section: a heading or a lead-in paragraph that reports (`KẾT QUẢ …`) or sets
   goals (`MỤC TIÊU …`); but a sentence that breaks down (`Trong đó, …`) a figure measured
   before it in its paragraph reports its parts (``@breakdown``);
3. a soft commitment word of its own clause (`chỉ tiêu`, `duy trì`, `tiếp tục tăng`,
   `bảo đảm`): such words also describe measured figures, so a measurement or the
   section outranks them;
4. the cue that governs the paragraph before it (`Nghị quyết đề ra các chỉ tiêu: …`),
   read only backwards: a later value's cue does not reach back (``@paragraph``); a soft
   word governs only the rest of its own sentence; a commitment carried from an earlier
   paragraph does not govern a paragraph that reports on its own (a measurement cue of its own,
   or of one of its values: `1 tỉnh đã hoàn thành sáp nhập`), and a value measured by a cue of its own
   after the commitment governs the sentences after it as that cue would (`Phấn đấu …. Toàn tỉnh đạt 53%
   số giấy cần cấp. Số giấy này đáp ứng 69,5% nhu cầu.`);
5. a weak cue of its own (a figure with decimals, `đã` after it), unless the value is a part of a figure
   of its sentence (`X đạt 16%, trong đó: … dịch vụ tăng 18,2%`), which is of that figure's kind;
6. the document's type, read from its title (plan, resolution: target; report: result); a page whose
   title names no type (a news page) reports when its values with a cue are more often results than
   targets, and its values without a cue are then results too (``kind.document_reports``;
   :mod:`.kind_default`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from ..rules import PatternSet
from ..rules.models import KindRule
from ..segment import Span
from ..structure import Metadata
from ..structure.layout import is_furniture
from ..values import Mention
from .kind_cues import Cue, CueHit, cue_hits, opened_value
from .kind_default import DOCUMENT_DEFAULT

if TYPE_CHECKING:
    from ..drafts import Draft

_GOVERNING = ("strong", "soft")
# a value that a cue right after it closes (`mục tiêu giảm 10% đã đề ra`), and how far before each to look
_CLOSES_VALUE = regex.compile(r"(?P<value>\d{1,3}(?:[.,]\d{1,2})?\s?%)\s*$")
_CLOSING_REACH = 12
_PLANNED_REACH = 60
_QUOTED_LENGTH = 40  # a paragraph this long that repeats earlier text is a pull quote, not a short formula
_QUOTED_REACH = 4000  # … of text this close before it (a news page's length): a long report is not searched whole
PLANNED = "kind.target.plan_column"  # the rule that names a planned figure right before it (`mục tiêu 65%`)
# the rules that name a planned figure beside a measured one (`… (mục tiêu 65%)`, `chỉ tiêu … giao (35,5%)`,
# `cao hơn chỉ tiêu … đề ra là 60%`)
PLANNED_FIGURE = (PLANNED, "kind.target.assigned", "kind.target.above_plan")


class KindReader:
    """Decides kind paragraph by paragraph, carrying the cue that governs the running text.

    A paragraph with no cue of its own before a value continues the paragraph before it
    (`… được giao mục tiêu tăng trưởng:` / `Cụ thể, vùng A: 12%; vùng B: 10,5%`); a heading
    starts afresh.
    """

    def __init__(self, ps: PatternSet, meta: Metadata, text: str) -> None:
        self.ps, self.meta, self.text = ps, meta, text
        self.planned = [c for c in ps.kinds if c.rule.id == PLANNED]
        self.rules = {c.rule.id: c.rule for c in ps.kinds}
        self.carried: CueHit | None = None
        # paragraphs without values since `carried` was settled: read only when a value needs what they carry
        self.pending: list[tuple[int, int]] = []
        self.starts: list[int] = []  # where each paragraph read so far starts, in text order …
        self.ends: list[int] = []  # … and ends: a pull quote's source is told from a repeated paragraph by them

    def paragraph(self, span: tuple[int, int], drafts: Sequence[Draft], heading: bool) -> None:
        """Settle the kinds of ``drafts`` (the values of the paragraph ``span``, in text order)."""
        if heading:
            self.carried, self.pending = None, []
        self.starts.append(span[0])
        self.ends.append(span[1])
        if not drafts:
            self.pending.append(span)
            return
        carried = self._settle()
        hits = self._hits(span, drafts[0].mention.start)
        done = self._reported_before(span[0], drafts[0])
        if (
            carried is not None
            and carried.rule.kind == "target"
            and (
                any(h.rule.kind == "result" and h.rule.strength == "strong" for h in hits)
                or any(d.strong is not None and d.strong.kind == "result" for d in drafts)
                or bool(done)
            )
        ):
            carried = None  # a paragraph that reports on its own is not the goals an earlier one set
        reports = self._reports(done)
        measured: CueHit | None = None  # the last value measured by a cue of its own, as a cue at that value
        last_strong = _last_strong(hits)
        weak = [d for d in drafts if d.weak]
        breaks: list[int] | None = None  # where the paragraph's `trong đó` breakdowns start
        ends: list[int] = []  # where its values end
        for d in drafts:
            governing = _governing(hits, d.clause.start, carried, last_strong)
            if (
                measured is not None
                and governing is not None
                and governing.rule.kind == "target"
                and governing.end <= measured.start < d.sentence.start
            ):
                # `Phấn đấu …. Toàn tỉnh đã cấp được …, đạt 53%. Số giấy này đáp ứng 69,5% …`: a measurement
                # after the commitment governs what follows it, as a measurement cue of the paragraph would
                governing = measured
            d.kind, decided = _decide(d, governing, _sentence_weak(self.text, d, weak), self.meta, self.ps, reports)
            said = _said_commitment(d, decided, hits, self.rules, self.text)
            if said is not None:
                d.kind, decided = said.rule.kind, f"{said.rule.id}@attributed"
            if decided == "kind.section" and measured is not None and self._breaks_down(measured, d):
                # `… tăng 11,51% so với cùng kỳ. Trong đó, khu vực dịch vụ tăng 8,33%`: the parts of a measured figure
                # are measured, whatever goals the heading names
                d.kind, decided = "result", f"{measured.rule.id}@breakdown"
            if d.weak is not None and decided == d.weak.rule:
                if breaks is None:  # read once a paragraph, and only when a weak cue decides
                    breaks = [h.start() for h in self.ps.breakdown.finditer(self.text, span[0], span[1])]
                    ends = [o.mention.end for o in drafts]
                parent = _parent(d, drafts, breaks, ends)
                if parent is not None and parent.kind != d.kind:
                    # `… đạt 16%, trong đó: … tăng 6%; dịch vụ tăng 18,2%`: a part of a figure is of its kind, whatever
                    # its decimals say
                    d.kind, decided = parent.kind, f"{parent.rules[-1]}@breakdown"
            d.rules.append(decided)
            rule = self.rules.get(d.strong.rule) if d.strong is not None and d.strong.kind == "result" else None
            if rule is not None:
                measured = CueHit(d.mention.start, d.mention.start, rule)
        self.carried = _governing(hits, span[1], carried, last_strong)

    def _breaks_down(self, measured: CueHit, d: Draft) -> bool:
        """Whether ``d``'s sentence opens by breaking down (`Trong đó, …`) the figure measured before it."""
        if measured.start >= d.sentence.start:
            return False
        opening = self.text[d.sentence.start : d.sentence.start + 20].lstrip()
        return self.ps.breakdown.match(opening) is not None

    def _reported_before(self, start: int, first: Draft) -> list[CueHit]:
        """The measurement cues that read only at a value (`đã`) standing in the paragraph (from ``start``) before
        its ``first`` value: in that value's sentence (`… các tòa án đã thụ lý 126 vụ; đã giải quyết 114 vụ … - đạt
        tỷ lệ 90,5%`) or a sentence before it that tells what was done (`Năm 2024, tỉnh đã hoàn thiện hạ tầng …. 100%
        cơ quan … đã được kết nối`)."""
        return [
            h
            for h in cue_hits(self.ps, self.text, Span(start, first.mention.start))
            if h.rule.kind == "result" and h.rule.strength == "strong" and h.rule.position == "before"
        ]

    def _reports(self, done: Sequence[CueHit]) -> bool:
        """Whether the cues :meth:`_reported_before` found tell what was done, so that the paragraph reports the
        figures that have no cue of their own (kind.toml ``[reported_before]``): none of them adopts a plan or
        tells a state in the passive (`đã ban hành kế hoạch`, `đã được số hóa`), as plans write too."""
        return (
            bool(done)
            and self.ps.active(self.ps.kind_reported_before)
            and not any(self.ps.kind_adopting.match(self.text, h.start) for h in done)
        )

    def _hits(self, span: tuple[int, int], first: int | None = None) -> list[CueHit]:
        """The cues of the paragraph ``span`` that govern its values; ``first``: where its first value starts."""
        return [
            h
            for h in cue_hits(self.ps, self.text, Span(*span))
            if h.rule.strength in _GOVERNING
            and h.rule.position == "any"
            and not self._names_planned_figure(h, span[0], first)
            and not self._in_aside(h, span, first)
        ]

    def _in_aside(self, hit: CueHit, span: tuple[int, int], first: int | None) -> bool:
        """Whether the cue stands, after a figure of its paragraph (``span``; ``first``: where its first value starts),
        in a bracket that closes with no figure after it (`… 960/1.818 (đạt 52,8%) dịch vụ; các sở đang rà soát (dự kiến
        hoàn thành trong tháng 7-2022); tỷ lệ … đạt 34%`): the aside speaks of its own words, and governs none of the
        paragraph's figures.  An aside before them speaks of what they are (`Ban A (dự kiến sau hợp nhất): giảm 6`)."""
        if first is None or hit.start < first:
            return False
        text = self.text
        opened = text.rfind("(", span[0], hit.start)
        if opened < 0 or text.rfind(")", opened, hit.start) >= 0:
            return False
        closed = text.find(")", hit.end, span[1])
        return closed >= 0 and text.find("%", hit.end, closed) < 0

    def _names_planned_figure(self, hit: CueHit, start: int, first: int | None) -> bool:
        """Whether the cue names the planned figure right after it beside a figure of its paragraph (which starts
        at ``start``) before it (`đạt 41%, trong khi mục tiêu đề ra là 50%`; ``first``: where the paragraph's first
        value starts) or in a bracket (`… phủ sóng 2.018/2.071 thôn (mục tiêu 100% thôn …)`), or closes one named
        just before it (`mục tiêu giảm 10% đã đề ra`): beside a measured figure, only that figure is the target, and
        the cue governs no other value (GUIDE: Kind).  A cue that opens the paragraph's figures (`… với mục tiêu
        hoàn thành 100% …; 100% …; 40% …`) governs them all."""
        if hit.rule.kind != "target":  # only a commitment cue can name a planned figure
            return False
        value = opened_value(self.text, hit.end)
        after_figure = first is not None and first < hit.start
        bracketed = self.text.rfind("(", start, hit.start) > self.text.rfind(")", start, hit.start)
        if (
            value is not None
            and (after_figure or bracketed)
            and any(c.pattern.search(self.text, hit.start, value) for c in self.planned)
        ):
            return True
        # … or close it (`…, xa so với mục tiêu giảm 10% đã đề ra. Các tỉnh A và B tăng 3,6% và 2,3%.`)
        closed = _CLOSES_VALUE.search(self.text, max(0, hit.start - _CLOSING_REACH), hit.start)
        if closed is None:
            return False
        start = closed.start("value")
        return any(c.pattern.search(self.text, max(0, start - _PLANNED_REACH), start) for c in self.planned)

    def _caption_or_quote(self, span: tuple[int, int]) -> bool:
        """Whether a paragraph between others stands apart from the running text: a photo's caption (`Thời gian
        qua, tỉnh đã … (Ảnh: …)`) tells of the picture, and a pull quote repeats a sentence of a longer paragraph
        shortly before it (a news page's caption copying its lead); neither governs the paragraph after it (`Cùng với
        đó, 100% …`). A paragraph said again whole (a report's sections opening alike) is no quote."""
        line = self.text[span[0] : span[1]].strip()
        if is_furniture(self.ps, line):
            return True
        if len(line) < _QUOTED_LENGTH:
            return False
        said = self.text.rfind(line, max(0, span[0] - _QUOTED_REACH), span[0])
        if said < 0:
            return False
        k = bisect_right(self.starts, said) - 1  # the paragraph it was said in, read only for a repeat found
        return k < 0 or self.text[self.starts[k] : self.ends[k]].strip() != line

    def _settle(self) -> CueHit | None:
        """The cue carried over the pending paragraphs, read from the last one back: the latest
        measurement or commitment wins; with none, a carried strong cue stays; else the latest cue."""
        pending, self.pending = self.pending, []
        latest: CueHit | None = None
        for span in reversed(pending):
            hits = self._hits(span)
            hits = hits[: bisect_left(hits, span[1], key=lambda h: h.end)]  # as `_governing` reads them
            if hits and self._caption_or_quote(span):
                continue
            strong = [h for h in hits if h.rule.strength == "strong"]
            if strong:
                self.carried = strong[-1]
                return self.carried
            if hits and latest is None:
                latest = hits[-1]  # carried unless an earlier paragraph (or the carried cue) is strong
        if latest is not None and (self.carried is None or self.carried.rule.strength != "strong"):
            self.carried = latest
        return self.carried


def _decide(
    d: Draft, governing: CueHit | None, sentence: Cue | None, meta: Metadata, ps: PatternSet, reports: bool
) -> tuple[str, str]:
    if d.strong:
        return d.strong.kind, d.strong.rule
    if d.ctx.section_kind:
        return d.ctx.section_kind, "kind.section"
    if d.soft and governing is not None and governing.rule.strength == "strong" and governing.rule.kind == "result":
        # a measured paragraph (`Theo báo cáo …`): `tiếp tục giảm`, `duy trì` describe its figures (GUIDE: Kind)
        return governing.rule.kind, f"{governing.rule.id}@paragraph"
    if d.soft:
        return d.soft.kind, d.soft.rule
    # a soft word describes measured figures too: it governs the rest of its own sentence, not the next ones
    if governing is not None and (governing.rule.strength != "soft" or governing.end > d.sentence.start):
        return governing.rule.kind, f"{governing.rule.id}@paragraph"
    if reports:  # the paragraph told what was done before its first figure (``KindReader._reports``)
        return "result", ps.kind_reported_before
    if d.weak:
        return d.weak.kind, d.weak.rule
    if sentence is not None:
        return sentence.kind, f"{sentence.rule}@sentence"
    return meta.default_kind or ps.kind_default, DOCUMENT_DEFAULT


def _parent(d: Draft, drafts: Sequence[Draft], breaks: Sequence[int], ends: Sequence[int]) -> Draft | None:
    """The value of ``d``'s sentence that ``d`` breaks down (`X đạt 16%, trong đó: A tăng 6%`), as
    :func:`.lists.breakdown_parent` reads it: the last one before the last breakdown word before ``d`` (``breaks``:
    where the paragraph's breakdown words start; ``ends``: where ``drafts`` end). Found by bisection over the
    paragraph's words read once, where that function reads the sentence again for each value, so a sentence of
    thousands of values costs each no more than a short one."""
    k = bisect_left(breaks, d.mention.start) - 1
    if k < 0 or breaks[k] < d.sentence.start:
        return None
    j = bisect_right(ends, breaks[k]) - 1
    return drafts[j] if j >= 0 and drafts[j].sentence == d.sentence else None


def _said_commitment(
    d: Draft, decided: str, hits: Sequence[CueHit], rules: dict[str, KindRule], text: str
) -> CueHit | None:
    """The commitment that the attribution deciding a value (``decided``: `Theo báo cáo của Sở …, tỉnh phấn đấu 70% …`,
    ``attributes`` in kind.toml) tells, when it stands after the attribution in the value's sentence, nearer the value
    than any measurement (``hits``: the paragraph's governing cues): the source tells a goal, not a measured figure. A
    soft word tells one only when it opens the list the value stands in (`… cho biết, chương trình hướng tới các chỉ
    tiêu chủ yếu: …`): elsewhere it describes measured figures too."""
    rule = rules.get(decided.partition("@")[0])
    if rule is None or not rule.attributes:
        return None
    said: CueHit | None = None
    for h in reversed(hits[: bisect_left(hits, d.mention.start, key=lambda h: h.end)]):
        if h.start < d.sentence.start:
            return None
        if h.rule.id == rule.id:
            return said
        if h.rule.kind != "target":
            return None  # a measurement nearer the value: it was measured
        if said is None and (h.rule.strength == "strong" or text.find(":", h.end, d.mention.start) >= 0):
            said = h
    return None


def _last_strong(hits: Sequence[CueHit]) -> list[CueHit | None]:
    """For each ``k``, the last strong cue among ``hits[:k]``: read once per paragraph, asked by each value."""
    last: list[CueHit | None] = [None]
    for h in hits:
        last.append(h if h.rule.strength == "strong" else last[-1])
    return last


def _governing(
    hits: Sequence[CueHit], before: int, carried: CueHit | None, last_strong: Sequence[CueHit | None]
) -> CueHit | None:
    """The cue that governs the text before ``before``: its last measurement or commitment, else
    the one carried from the paragraph before, else its last soft commitment word (`tiếp tục`
    does not undo `Theo báo cáo`, in its own paragraph or the next); ``last_strong`` is :func:`_last_strong`."""
    at = bisect_left(hits, before, key=lambda h: h.end)
    strong = last_strong[at]
    if strong is not None:
        return strong
    if carried is not None and carried.rule.strength == "strong":
        return carried
    return hits[at - 1] if at else carried


def _sentence_weak(text: str, d: Draft, weak: Sequence[Draft]) -> Cue | None:
    """A weak cue of another value of the same sentence (`trên 87% (trong đó … 87,07%; … 89,63%)`), not
    across a `;` outside brackets: the items of a `;` list are read each on its own. ``weak`` are the
    paragraph's values with a weak cue, in text order: only those of the value's sentence are read, so a
    sentence of thousands of values costs no more per value than a short one."""
    at = bisect_left(weak, d.sentence.start, key=lambda o: o.mention.start)
    start, end = d.sentence.start, d.sentence.end
    if text.find("(", start, end) < 0 and text.find(")", start, end) < 0:
        # no bracket in the sentence: the value's item runs between the `;`s around it, found once, not per value
        before = text.rfind(";", start, d.mention.start)
        after = text.find(";", d.mention.end, end)
        for k in range(max(at, bisect_right(weak, before, key=lambda o: o.mention.start)), len(weak)):
            o = weak[k]
            if o.mention.start >= end or (after >= 0 and o.mention.start > after):
                break
            if o is not d and o.sentence == d.sentence:
                return o.weak
        return None
    for o in weak[at:]:
        if o.mention.start >= end:
            break
        if o is not d and o.sentence == d.sentence and not _item_break(text, d.mention, o.mention):
            return o.weak
    return None


def _item_break(text: str, a: Mention, b: Mention) -> bool:
    """Whether a `;` outside brackets stands between two values of a sentence."""
    start, end = min(a.end, b.end), max(a.start, b.start)
    if text.find(";", start, end) < 0:
        return False
    depth = 0
    for char in text[start:end]:
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == ";" and not depth:
            return True
    return False
