"""Area: which of the six reform areas a value belongs to, from the topic words around it (``patterns/areas.toml``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .. import shared_scan
from ..context import Context, named_area
from ..rules import PatternSet, topic_key
from .indicator import indicator_of, only_date_or_aim
from .kind import PLANNED_FIGURE
from .lists import only_separators

if TYPE_CHECKING:
    from ..drafts import Doc, Draft
    from ..structure.cells import TableValue


def overall_index(ps: PatternSet, text: str, start: int, end: int) -> bool:
    """Whether the value measures the reform as a whole (PAR INDEX, SIPAS): no one area."""
    return bool(ps.area_overall.search(text, start, end))


def topic_area(ps: PatternSet, text: str, start: int, end: int) -> tuple[str, str] | None:
    """The area whose topic words weigh most in ``text[start:end]``; a topic word inside the name of an
    overall index names no topic (`sự phục vụ của cơ quan hành chính nhà nước và đơn vị sự nghiệp công
    lập` names who serves, not what is measured), nor one inside a phrase outside public administration
    (`ngân sách` of `thu ngân sách`, `điện tử` of `bệnh án điện tử`)."""
    scores: dict[str, int] = {}
    hits = ps.topic_any.finditer(text, start, end)
    if hits:
        named = [(m.start(), m.end()) for m in ps.area_overall.finditer(text, start, end)]
        shared = shared_scan.family(ps.outside_family, text, start, end)
        outside = shared[0] if shared is not None else ps.area_outside.finditer(text, start, end)
        named += [(m.start(), m.end()) for m in outside]
        hits = [h for h in hits if not any(a <= h.start() and h.end() <= b for a, b in named)]
    for hit in hits:
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


def area_of(doc: Doc, d: Draft, block_drafts: list[Draft], change: str | None = None) -> tuple[str | None, str | None]:
    """The structure's area, else the topic of the value's own words, then its clause, sentence and paragraph.

    An overall index (PAR INDEX, SIPAS) has no area unless its own words name one (`… về thủ tục
    hành chính`); `chỉ số này` has the area of the value it points back to.  A cut (``change``
    decrease) of what areas.toml ``[[cut]]`` names is that area's (`giảm 20% thủ tục hành chính`, `công chức giảm 10%`).
    Decided once per value and change (``Doc.areas_decided``): a chain of values that point back reads
    each one's from there.
    """
    key = (d.mention.start, change)
    if key not in doc.areas_decided:
        doc.areas_decided[key] = _area_of(doc, d, block_drafts, change)
    return doc.areas_decided[key]


def _area_of(doc: Doc, d: Draft, block_drafts: list[Draft], change: str | None) -> tuple[str | None, str | None]:
    ps, flat = doc.ps, doc.flat
    if d.strong is not None and d.strong.rule in PLANNED_FIGURE:
        # a plan's figure set beside a measured one (`đạt 29,7%, cao hơn chỉ tiêu … đề ra là 25%`) measures what it does
        before = d.before(block_drafts)
        if before is not None and before.sentence == d.sentence and before.kind == "result":
            # as its record read it, with the change it decided (`viên chức giảm 11,7%`: a cut of staff)
            keys = [(before.mention.start, c) for c in _CHANGES if (before.mention.start, c) in doc.areas_decided]
            area, rule = doc.areas_decided[keys[0]] if keys else area_of(doc, before, block_drafts)
            return area, "planned_figure" if rule is None else f"{rule}@planned_figure"
    lo, hi = indicator_of(doc, d, block_drafts)
    if d.ctx.area_rule is not None and d.ctx.area_rule != "title":  # a lead-in or heading (no area: outside)
        if d.ctx.area == _DIGITAL and _outside(doc, lo, hi) and _topic(doc, lo, hi) is None:
            # `Chuyển đổi số` over `90% hộ gia đình có cáp quang` (:func:`_outside_in_digital`; the paragraph's scans)
            if not ps.area_state.search(flat, lo, hi):
                return None, "outside"
            return d.ctx.area, f"{d.ctx.area_rule}@state"
        return d.ctx.area, d.ctx.area_rule
    own = lo
    if lo >= d.mention.end:  # a value opening its subject: the predicate before it is its own (`số hóa 100% …`)
        previous = d.clause_mentions[d.index - 1].end if d.index else d.clause.start  # not the item before's words
        # nor those before a comma or a `và` that opens this item (`giảm 10% đầu mối và giảm 10% công chức`)
        joined = flat.rfind(" và ", previous, d.qual.start)
        own = max(d.clause.start, previous, flat.rfind(",", d.clause.start, d.qual.start) + 1, joined + 1)
    if (
        d.index
        and own < d.mention.end
        and only_separators(ps, flat[own : d.qual.start])
        and _topic(doc, own, hi) is None
        and not _outside(doc, own, hi)
    ):
        # a value with only a list's separator before it (`và`, a comma) and no topic after it, after a value
        # of its clause (`phủ 100% khu vực dân cư và trên 60% hộ gia đình`), shares that value's predicate
        before = d.before(block_drafts)
        if before is not None and before.mention is d.clause_mentions[d.index - 1]:
            area, rule = area_of(doc, before, block_drafts)
            return area, "list" if rule is None else f"{rule}@list"
    if d.index and only_date_or_aim(ps, flat, (lo, hi)):
        # a value whose own words are only a date or a further aim (`…, phấn đấu đạt từ 8% trở lên`) goes on with the
        # value before it in its clause, whose area it keeps
        before = d.before(block_drafts)
        if before is not None and before.mention is d.clause_mentions[d.index - 1]:
            area, rule = area_of(doc, before, block_drafts)
            return area, "continued" if rule is None else f"{rule}@continued"
    if _outside(doc, own, hi):  # the economy or digital society, even in a reform programme
        own_topic = _topic(doc, own, hi)
        if own_topic is not None and own_topic[0] == _DIGITAL and _counts_the_state(ps, flat, d.mention.end, hi):
            # the state's bodies, as what the value counts, doing digital work of their own for the economy or society
            # (`90% cơ quan nhà nước cấp tỉnh cung cấp dữ liệu mở phục vụ phát triển kinh tế số`): the state's digital
            # work; not a body that sets a figure of the economy (`UBND tỉnh phấn đấu kinh tế số chiếm 20% GRDP`), nor
            # firms whose figure serves the state (`doanh nghiệp chia sẻ dữ liệu với cơ quan nhà nước`)
            return own_topic[0], f"{own_topic[1]}@state"
        return None, "outside"
    if _list_outside(doc, d, block_drafts, own, hi):
        return None, "outside@list"
    # a value whose own words name no topic, in a clause that names none, measures what the clause speaks
    # of (`cáp quang phủ 80% hộ gia đình, 100% xã`; `ngành công nghiệp 3.600 tỷ đồng, tăng 10%`)
    if (
        _topic(doc, own, hi) is None
        and _topic(doc, d.clause.start, d.clause.end) is None
        and _outside(doc, d.clause.start, hi)
    ):
        return None, "outside"
    if d.ctx.area is not None and d.mention.start >= doc.title_end and not overall_index(ps, flat, lo, hi):
        return _title_area(doc, d.ctx.area, _topic(doc, own, hi))  # (a heading's or lead-in's returned above)
    for k, span in enumerate(((own, hi), (d.clause.start, d.clause.end), (d.sentence.start, d.sentence.end), d.block)):
        found = _topic(doc, *span)
        # a cut's words in the value's own words, or when they name no topic in its clause's before it
        cut = _cut(ps, flat, *_cut_window(flat, d, span[0], hi, k), found) if k <= 1 and change == "decrease" else None
        if cut:  # `giảm 20% thủ tục hành chính … dữ liệu số`
            return cut
        if found:
            return found
        if k and _outside(doc, *span):  # `Cụ thể: GRDP đạt 9%; công nghiệp tăng 35%`
            return None, "outside"
        if k == 0 and overall_index(ps, flat, lo, hi):
            return None, "overall_index"
        if k == 0 and ps.anaphora.match(flat, lo, hi):
            before = d.before(block_drafts)
            if before:
                area, rule = area_of(doc, before, block_drafts)
                return area, "anaphora" if rule is None else f"{rule}@anaphora"
    return None, d.ctx.area_rule


# the changes a value's area is decided with (``Doc.areas_decided``): its record's own first (others ask with none)
_CHANGES = ("decrease", "increase", None)
_DIGITAL = "digital_government"  # the area whose headings (`Chuyển đổi số`) also head the digital economy and society
_CUT_REACH = 80  # how far from a value a cut's words name what it cuts (areas.toml ``[[cut]]``)
# where the thing a value cuts, named after it, ends: `giảm 40% số cuộc họp, khi công chức …`, `… so với năm 2026`
_CUT_OBJECT_END = regex.compile(r"[,;:()]|\sso\s+với(?![\w])")


def _cut_window(flat: str, d: Draft, start: int, end: int, k: int) -> tuple[int, int]:
    """Where a value's cut names what it cuts: its own words (``flat[start:end]``, ``k`` 0) near it, and after it
    only up to the end of its object; or its clause's words before it (``k`` 1: `tổng số công chức … là 320 người, tỷ
    lệ giảm 2,1%`). Farther on, the words speak of what the cut brings (`… giảm 5.000 giờ công cho công chức`)."""
    lo = max(start, d.mention.start - _CUT_REACH)
    if k:
        return lo, d.mention.start
    hi = min(end, d.mention.end + _CUT_REACH)
    stop = _CUT_OBJECT_END.search(flat, d.mention.end, hi)
    return lo, stop.start() if stop else hi


def _cut(ps: PatternSet, flat: str, lo: int, hi: int, found: tuple[str, str] | None) -> tuple[str, str] | None:
    """The area of the first ``[[cut]]`` whose words ``flat[lo:hi]`` names (areas.toml), with its rule; None where
    ``found``, the topic of the value's words, already names that area, or no cut's words are there."""
    for rule_id, words, area in ps.area_cuts:
        if words.search(flat, lo, hi):
            return None if found is not None and found[0] == area else (area, rule_id.removeprefix("area."))
    return None


def _list_outside(doc: Doc, d: Draft, block_drafts: list[Draft], own: int, hi: int) -> bool:
    """Whether a value that only names who is counted, before the other values of its list, is outside public
    administration by the predicate the list's last value ends on (`50% trường học, cơ sở giáo dục và 50% bệnh
    viện … sử dụng nền tảng số`): its own words read on with that value's, the phrase starting in its own."""
    group = d.groups[d.head]
    last = group[-1]
    if last <= d.index or _topic(doc, own, hi) is not None:
        return False
    other = block_drafts[d.position + last - d.index]
    if other.mention is not d.clause_mentions[last]:
        return False
    lo2, hi2 = indicator_of(doc, other, block_drafts)
    joined = f"{doc.flat[own:hi]} {doc.flat[lo2:hi2]}"
    return any(m.start() < hi - own for m in doc.ps.area_outside.finditer(joined))


def _outside(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc.flat[start:end]`` holds a phrase outside public administration, read from the
    paragraph's scan of them when its topic words had it made (the phrases' regex is among the slowest rules),
    or when the span is long."""
    scanned_only = end - start < shared_scan.LONG_SPAN  # a long span has the paragraph scanned now if need be
    shared = shared_scan.family(doc.ps.outside_family, doc.flat, start, end, scanned_only=scanned_only)
    return bool(shared[0]) if shared is not None else bool(doc.ps.area_outside.search(doc.flat, start, end))


def _outside_in_digital(ps: PatternSet, text: str, start: int, end: int) -> bool:
    """Whether a figure's own words (``text[start:end]``) under a heading or group on digital transformation (`Chuyển
    đổi số`) are outside public administration: that heading spans the digital economy and society too, so a phrase
    outside it with no area's topic and no body of the state (areas.toml ``[state]``: `100% cơ quan nhà nước kết nối
    mạng băng thông rộng`) has no area; the other areas' headings name public administration's own parts, and decide
    (`Về cải cách tài chính công: … giải ngân …`)."""
    return (
        ps.area_outside.search(text, start, end) is not None
        and topic_area(ps, text, start, end) is None
        and ps.area_state.search(text, start, end) is None
    )


def _title_area(doc: Doc, area: str, own_topic: tuple[str, str] | None) -> tuple[str | None, str | None]:
    """The title's area for a figure of the text below it; but a news headline that names no plan or programme
    names the page's topic, not what each figure measures: a figure whose own words are of online services is
    digital government (areas.toml ``[programme]``)."""
    if doc.headline and own_topic and own_topic[0] == "digital_government" != area:
        return (area, "programme") if doc.headline_programme else own_topic
    return area, "title"


def _topic(doc: Doc, start: int, end: int) -> tuple[str, str] | None:
    """:func:`topic_area` of a span of the document, scored once however many values ask (a clause, a paragraph)."""
    if (start, end) not in doc.topics:
        doc.topics[start, end] = topic_area(doc.ps, doc.flat, start, end)
    return doc.topics[start, end]


def table_area(ps: PatternSet, v: TableValue, ctx: Context) -> tuple[str | None, str | None]:
    """(area, rule) of a table cell: the innermost group row, then the table's title, that names an area;
    else the heading's or lead-in's; none when its row's label is a figure outside public administration
    (`Tỷ lệ giao dịch không dùng tiền mặt`); else the document title's; else the topic of its row's label,
    unless that is an overall index (the order :func:`area_of` reads the running text in)."""
    label = v.indicator
    for text in v.scope:
        area = named_area(ps, text)
        if area:
            if area == _DIGITAL and _outside_in_digital(ps, label, 0, len(label)):
                return None, "outside"
            return area, "table_group"
    if ctx.area_rule is not None and ctx.area_rule != "title":
        if ctx.area == _DIGITAL and _outside_in_digital(ps, label, 0, len(label)):
            return None, "outside"
        return ctx.area, ctx.area_rule
    if ps.area_outside.search(v.indicator):
        return None, "outside"
    if ctx.area is not None:
        return ctx.area, ctx.area_rule
    found = topic_area(ps, v.indicator, 0, len(v.indicator))
    if found and not overall_index(ps, v.indicator, 0, len(v.indicator)):
        return found
    return None, None


def _counts_the_state(ps: PatternSet, flat: str, after_value: int, end: int) -> bool:
    """Whether a value's own words after it (to ``end``) name bodies of the state (areas.toml ``[state]``: `100% cơ
    quan nhà nước …`, `100% xã … kết nối mạng truyền số liệu chuyên dùng của cơ quan nhà nước`) as where its digital
    work is done, while what it counts are no private parties (``private``: `80% doanh nghiệp chia sẻ dữ liệu với cơ
    quan nhà nước`); a pillar's name (``pillar_after``: `chính quyền số`) names no body."""
    if ps.area_state_private.match(flat, after_value):
        return False
    return any(
        not ps.area_state_pillar.match(flat, state.end()) for state in ps.area_state.finditer(flat, after_value, end)
    )
