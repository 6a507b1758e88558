"""Chain the steps: normalize, structure, segment, match, resolve, records.

This is the only module that knows the order of the steps; the CLI and the
batch runner call :func:`extract_text` / :func:`extract_file` and nothing else.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

import regex

from . import resolve as rv
from .context import Context, Tracker, named_area
from .decide import change as dchange
from .decide.kind import KindReader
from .decide.year import YearReader
from .models import Record
from .normalize import Normalized, normalize
from .patterns import PatternSet, load_patterns
from .readers import DEFAULT_MAX_BYTES, Document, read_document
from .segment import Span, clauses, sentences
from .structure import Block, Layout, analyze, find_tables
from .structure.cells import TableValue, read_cells
from .values import Mention, find_mentions

_CHEAP_SENTENCE = regex.compile(r"(?<=[.!?…])\s+(?=[\p{Lu}\d])")
_SPACES = regex.compile(r"\s+")
_TRIM = " ,;:.-–()\"'“”"
_LEAD_END = regex.compile(r"[,:;]")
_LEAD_MAX = 60
_SENTENCE_MAX = 1000


@dataclass
class Draft:
    """A mention on its way to a record: what is known before kind is settled."""

    mention: Mention
    clause: Span
    sentence: Span
    ctx: Context
    qual: rv.Qualifier
    head: int
    index: int
    clause_mentions: list[Mention]
    quals: list[rv.Qualifier]
    heads: list[int]
    groups: dict[int, list[int]]  # list head -> indices of the values of that list
    respectively: bool  # the clause says `tương ứng` / `lần lượt`
    phrases: list[rv.YearPhrase]
    sentence_year: rv.YearPhrase | None
    block: tuple[int, int]
    strong: rv.Cue | None = None
    soft: rv.Cue | None = None
    weak: rv.Cue | None = None
    kind: str = "target"
    rules: list[str] = field(default_factory=list)
    position: int = 0  # index in its paragraph's drafts, which are in text order
    carried_change: tuple[str, str] | None = None  # (change, rule) of a named rate in a lead-in before it


@dataclass
class _Doc:
    """Per-document state shared by the steps below."""

    ps: PatternSet
    name: str
    path: str | None
    norm: Normalized
    flat: str
    layout: Layout
    line_starts: list[int]
    topics: dict[tuple[int, int], tuple[str, str] | None] = field(default_factory=dict)
    clause_levels: dict[tuple[int, int], list[tuple[int, str, str]]] = field(default_factory=dict)
    indicators: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    years: YearReader = field(init=False)
    claimed: set[int] = field(default_factory=set)  # values read from table cells: the text path skips them
    title_end: int = 0  # end of the title or headline: what it names governs the text after it


def extract_text(
    text: str, document: str = "-", patterns: PatternSet | None = None, path: str | None = None
) -> list[Record]:
    """Records for every ratio mention in ``text`` (already decoded); ``path`` is where it was read from."""
    ps = patterns or load_patterns()
    norm = normalize(text)
    doc = _Doc(
        ps=ps,
        name=document,
        path=path,
        norm=norm,
        flat=norm.text.replace("\n", " "),
        layout=analyze(ps, norm.text),
        line_starts=[0] + [m.end() for m in regex.finditer(r"\n", text)],
    )
    doc.years = YearReader(ps, doc.layout, doc.flat)
    title = doc.layout.metadata.title
    # a title, or a page's headline, that names an area governs the text after it (GUIDE: Area, structure first);
    # a news headline that carries a figure speaks of that figure, not of the page
    governs = title is not None and (bool(ps.title_start.match(title)) or "%" not in title)
    tracker = Tracker(ps, title_area=named_area(ps, title) if title and governs else None)
    doc.title_end = max((b.end for b in doc.layout.blocks if b.title), default=0)
    records: list[Record] = []
    tables = [(t, read_cells(ps, norm.text, t)) for t in find_tables(norm.text)]
    doc.claimed = {v.start for _, values in tables for v in values}
    kinds = KindReader(ps, doc.layout.metadata, doc.flat)
    changes = dchange.ChangeReader(ps, doc.flat)
    for block in doc.layout.blocks:
        while tables and tables[0][0].start <= block.start:  # a table reads the context it stands in
            records.extend(_table_record(doc, tracker, v) for v in tables.pop(0)[1])
        drafts = _block_drafts(doc, tracker, block)
        kinds.paragraph((block.body, block.end), drafts, bool(block.heading) and not block.title)
        changes.paragraph((block.body, block.end), drafts, bool(block.heading) and not block.title)
        records.extend(_record(doc, tracker, d, drafts) for d in drafts)
    for _, values in tables:
        records.extend(_table_record(doc, tracker, v) for v in values)
    if doc.claimed:
        records.sort(key=lambda r: r.start)
    return records


def extract_file(
    path: str | Path, patterns: PatternSet | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Record]:
    """Read one document (text, .docx, .pdf, .html, .doc, .odt, .rtf) and extract it; ``document`` is its name."""
    return extract_document(read_document(Path(path), max_bytes), patterns=patterns, path=str(path))


def extract_document(doc: Document, patterns: PatternSet | None = None, path: str | None = None) -> list[Record]:
    """Extract a document already read (a file, or standard input through ``readers.read_bytes_as``).

    Records of extracted text say so (``text_source``), and those of a paged format carry their page.
    """
    records = extract_text(doc.text, document=doc.name, patterns=patterns, path=path)
    if doc.extracted or doc.pages:
        source = "extracted" if doc.extracted else "text"
        records = [r.model_copy(update={"text_source": source, "page": doc.page_of(r.start)}) for r in records]
    return records


def _block_drafts(doc: _Doc, tracker: Tracker, block: Block) -> list[Draft]:
    ps, flat = doc.ps, doc.flat
    tracker.block(block)
    if block.footnote and not tracker.footnote:
        tracker.enter_footnotes()
    elif block.heading and not block.title:
        tracker.heading(block, flat[block.body : block.heading_end])
    elif block.marker:
        tracker.item(block)
    start = block.heading_end if block.heading_end is not None and not block.title else block.body
    content = flat[start : block.end]
    if not content.strip():
        return []
    mentions = [m for m in find_mentions(ps, flat, start, block.end) if m.start not in doc.claimed]
    if not mentions:
        if not block.marker and content.rstrip().endswith(":"):
            tracker.lead_paragraph(content)
        for piece in _CHEAP_SENTENCE.split(content):
            tracker.sentence(piece)
        return []
    drafts: list[Draft] = []
    for sent in sentences(flat, start, block.end):
        offset = tracker.sentence(flat[sent.start : sent.end])
        ctx = tracker.context()
        body = Span(sent.start + offset, sent.end)
        parts = clauses(flat, body)
        lead = _lead(flat, body, None)
        sentence_year = rv.lead_year(rv.year_phrases(ps, flat, lead.start, lead.end), lead)
        lead_cues = rv.cue_hits(ps, flat, lead)
        for k, clause in enumerate(parts):
            # a value standing inside a lead-in that was cut off still belongs to its clause
            member = Span(sent.start if k == 0 else clause.start, clause.end)
            if k:  # `…; về xây dựng chính quyền số: 70% …` opens a new area inside the sentence
                cut = tracker.clause(flat[clause.start : clause.end])
                if cut:
                    ctx = tracker.context()
                    clause = Span(clause.start + cut, clause.end)
            if rv.clause_excluded(ps, flat, clause, ctx.section):
                continue
            inside = [
                m for m in mentions if member.start <= m.start < member.end and not rv.excluded(ps, flat, clause, m)
            ]
            if not inside:
                continue
            quals = [rv.qualifier(ps, flat, clause, m) for m in inside]
            heads = rv.list_heads(ps, flat, inside)
            groups: dict[int, list[int]] = {}
            for i, head in enumerate(heads):
                groups.setdefault(head, []).append(i)
            respectively = bool(ps.respectively.search(flat, clause.start, clause.end))
            phrases = rv.year_phrases(ps, flat, clause.start, clause.end)
            clause_cues = rv.cue_hits(ps, flat, clause)
            for i, m in enumerate(inside):
                strong, soft, weak = rv.kind_cues(ps, flat, clause, m, True, clause_cues)
                governing = sentence_year.year if sentence_year else ctx.leadin_year
                strong = strong or rv.past_year_cue(ps, phrases, m, doc.layout.metadata.year, governing)
                # the sentence speaks for the value only through its lead phrase
                opening = _lead(flat, body, m)
                s_strong, _, s_weak = rv.kind_cues(ps, flat, opening, m, False, lead_cues)  # soft: its clause only
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
                        sentence_year=sentence_year,
                        block=(start, block.end),
                        strong=strong,
                        soft=soft,
                        weak=weak or s_weak,
                    )
                )
    return drafts


def _lead(flat: str, body: Span, m: Mention | None) -> Span:
    """A sentence's lead phrase (`Tính đến ngày 21/6,`, `Đến nay,`): up to its first comma or colon."""
    cut = _LEAD_END.search(flat, body.start, min(body.end, body.start + _LEAD_MAX))
    end = cut.start() if cut else body.start
    return Span(body.start, end if m is None else min(end, m.start))


def _record(doc: _Doc, tracker: Tracker, d: Draft, block_drafts: list[Draft]) -> Record:
    ps, flat, m, q = doc.ps, doc.flat, d.mention, d.qual
    meta = doc.layout.metadata
    rules = [m.rule, *d.rules]
    comparator, change = q.comparator, q.change
    head_q = d.quals[d.head]
    if d.head != d.index:
        if (
            q.comparator_rule is None
            and head_q.comparator_before
            and not (m.value >= 100 and head_q.comparator in rv._BOUND)
        ):
            comparator = head_q.comparator
            rules.append("list.shared_qualifier")
        if change is None and head_q.change:
            change = head_q.change
            rules.append("list.shared_change")
    inherited = None if change is not None else rv.elliptical_change(ps, flat, d.clause_mentions, d.quals, d.index)
    if inherited:
        change = inherited
        rules.append("list.elliptical_change")
    if change is None and d.carried_change:
        gap_start = d.clause_mentions[d.index - 1].end if d.index else d.sentence.start
        if dchange.names_only(flat[slice(*_indicator(doc, d, block_drafts))], flat[gap_start : d.mention.start]):
            change = d.carried_change[0]
            rules.append(dchange.RULE)
    rules += [r for r in (q.comparator_rule, q.change_rule) if r]
    per_year_rule = rv.per_year(ps, flat, d.clause, d.clause_mentions, d.index)
    if per_year_rule:
        rules.append(per_year_rule)

    year_phrase, base_phrase = rv.clause_years(
        d.phrases, d.clause, d.clause_mentions, d.index, d.kind, change is not None, flat
    )
    year, year_rules = doc.years.decide(d, year_phrase, tracker)
    rules += year_rules
    if base_phrase:
        rules.append(base_phrase.rule)

    levels, level_rules = _levels(doc, d, block_drafts)
    rules += level_rules

    area, area_rule = _area(doc, d, block_drafts)
    lo, hi = _indicator(doc, d, block_drafts)
    if area_rule:
        rules.append(f"area.{area_rule}")

    to_src = doc.norm.to_source
    start = to_src(m.start)
    end = to_src(m.end - 1) + 1
    line = bisect_right(doc.line_starts, start)
    source = doc.norm.source
    return Record(
        document=doc.name,
        path=doc.path,
        start=start,
        end=end,
        line=line,
        column=start - doc.line_starts[line - 1] + 1,
        value=m.value,
        value_max=m.value_max,
        kind=d.kind,  # type: ignore[arg-type]
        comparator=comparator,  # type: ignore[arg-type]
        change=change,  # type: ignore[arg-type]
        per_year=per_year_rule is not None,
        year=year,
        baseline_year=base_phrase.year if base_phrase else None,
        area=area,  # type: ignore[arg-type]
        area_label=ps.area_labels.get(area) if area else None,
        levels=levels,  # type: ignore[arg-type]
        indicator=_clean(ps, flat[lo:hi])[:200],
        text=_SPACES.sub(" ", source[to_src(q.start) : end]),
        sentence=_sentence_text(source, to_src(d.sentence.start), to_src(d.sentence.end - 1) + 1, start, end),
        section=d.ctx.section,
        pattern=m.rule,
        rules=rules,
        doc_number=meta.number,
        doc_date=meta.date,
        doc_issuer=meta.issuer,
        doc_title=meta.title,
        plan_year=meta.plan_year,
    )


def _table_record(doc: _Doc, tracker: Tracker, v: TableValue) -> Record:
    """A record from a table cell: the structure (column, group rows, title, section) gives its fields."""
    ps, meta, ctx = doc.ps, doc.layout.metadata, tracker.context()
    rules = list(v.rules)
    kind = v.kind
    if kind is None:
        kind = ctx.section_kind or meta.default_kind or ps.kind_default
        rules.append("kind.section" if ctx.section_kind else "kind.document_default")
    year, year_rule = v.year, None
    if year is None:
        structural = doc.years.structural(ctx, kind, v.start)
        if structural:
            year, year_rule = structural
        elif kind == "result" and (meta.result_year or meta.plan_year or meta.year):
            year, year_rule = meta.result_year or meta.plan_year or meta.year, "year.report_title"
        rules.append(year_rule or "year.none")
    area, area_rule = None, None
    for text in v.scope:  # the innermost group row, then the table's title, that names an area
        area = named_area(ps, text)
        if area:
            area_rule = "table_group"
            break
    if area is None and ctx.area is not None:
        area, area_rule = ctx.area, ctx.area_rule
    if area is None:
        found = rv.topic_area(ps, v.indicator, 0, len(v.indicator))
        if found and not rv.overall_index(ps, v.indicator, 0, len(v.indicator)):
            area, area_rule = found
    if area_rule:
        rules.append(f"area.{area_rule}")
    levels: list[str] = []
    for text in [v.indicator, *v.scope[:-1]]:  # its row, then its groups (a title's `của UBND tỉnh` scopes nothing)
        named = rv.levels_in(ps, text, 0, len(text))
        if named:
            levels = rv.ordered_unique([lvl for _, lvl, _ in named])
            rules += sorted({rid for _, _, rid in named})
            break
    change = dchange.row_change(ps, v.indicator)
    if change:
        rules.append(change[1])
    to_src = doc.norm.to_source
    start, end = to_src(v.start), to_src(v.cell.end - 1) + 1
    line = bisect_right(doc.line_starts, start)
    source = doc.norm.source
    return Record(
        document=doc.name,
        path=doc.path,
        start=start,
        end=end,
        line=line,
        column=start - doc.line_starts[line - 1] + 1,
        value=v.value,
        value_max=v.value_max,
        kind=kind,  # type: ignore[arg-type]
        comparator=v.comparator,  # type: ignore[arg-type]
        change=change[0] if change else None,  # type: ignore[arg-type]
        per_year=v.per_year,
        year=year,
        area=area,  # type: ignore[arg-type]
        area_label=ps.area_labels.get(area) if area else None,
        levels=levels,  # type: ignore[arg-type]
        indicator=_clean(ps, v.indicator)[:200],
        text=_SPACES.sub(" ", source[to_src(v.cell.start) : end]),
        sentence=_SPACES.sub(" ", f"{v.row} | {v.column}: {source[to_src(v.cell.start) : end]}"),
        section=ctx.section,
        pattern=v.rules[0],
        rules=rules,
        doc_number=meta.number,
        doc_date=meta.date,
        doc_issuer=meta.issuer,
        doc_title=meta.title,
        plan_year=meta.plan_year,
        table_row=v.row,
        table_column=v.column,
    )


def _area(doc: _Doc, d: Draft, block_drafts: list[Draft]) -> tuple[str | None, str | None]:
    """The structure's area, else the topic of the value's own words, then its clause, sentence and paragraph.

    An overall index (PAR INDEX, SIPAS) has no area unless its own words name one (`… về thủ tục
    hành chính`); `chỉ số này` has the area of the value it points back to.
    """
    ps, flat = doc.ps, doc.flat
    lo, hi = _indicator(doc, d, block_drafts)
    if d.ctx.area is not None and d.ctx.area_rule != "title":
        return d.ctx.area, d.ctx.area_rule
    own = lo
    if lo >= d.mention.end:  # a value opening its subject: the predicate before it is its own (`giải ngân 100% …`)
        own = max(d.clause.start, flat.rfind(",", d.clause.start, d.qual.start) + 1)
    if ps.area_outside.search(flat, own, hi):  # the economy or digital society, even in a reform programme
        return None, "outside"
    if d.ctx.area is not None and d.mention.start >= doc.title_end and not rv.overall_index(ps, flat, lo, hi):
        return d.ctx.area, d.ctx.area_rule
    for k, span in enumerate(((lo, hi), (d.clause.start, d.clause.end), (d.sentence.start, d.sentence.end), d.block)):
        if span not in doc.topics:  # a clause or paragraph is scored once, not once per value
            doc.topics[span] = rv.topic_area(ps, flat, *span)
        found = doc.topics[span]
        if found:
            return found
        if k and ps.area_outside.search(flat, *span):  # `Cụ thể: GRDP đạt 9%; công nghiệp tăng 35%`
            return None, "outside"
        if k == 0 and rv.overall_index(ps, flat, lo, hi):
            return None, "overall_index"
        if k == 0 and ps.anaphora.match(flat, lo, hi):
            before = _previous(d, block_drafts)
            if before:
                area, rule = _area(doc, before, block_drafts)
                return area, "anaphora" if rule is None else f"{rule}@anaphora"
    return None, d.ctx.area_rule


def _previous(d: Draft, block_drafts: list[Draft]) -> Draft | None:
    """The value just before ``d`` in its paragraph (a lookup, not a scan: paragraphs can be long tables)."""
    return block_drafts[d.position - 1] if d.position else None


def _indicator(doc: _Doc, d: Draft, block_drafts: list[Draft]) -> tuple[int, int]:
    """The value's indicator span, found once (both its levels and its record read it).

    A value with no words of its own (`X: kế hoạch 100%; thực hiện 97,8%`, `X: năm 2025: 40%; năm
    2026: 50%`), or a change written right after a value (`X đạt 62%, tăng 4,1% so với năm 2023`),
    measures what the value before it in the sentence measures.
    """
    key = (d.clause.start, d.mention.start)
    if key not in doc.indicators:
        ps, flat = doc.ps, doc.flat
        span = rv.indicator_span(ps, flat, d.clause, d.clause_mentions, d.index, d.quals)
        before = _previous(d, block_drafts)
        if before and before.sentence == d.sentence:
            gap = flat[before.mention.end : d.qual.start]
            if (not _clean(ps, flat[span[0] : span[1]]) and ps.column_gap.match(gap)) or (
                d.qual.change and span[0] >= d.mention.end and rv.wordless(ps, gap)
            ):
                span = _indicator(doc, before, block_drafts)
        doc.indicators[key] = span
    return doc.indicators[key]


def _levels(doc: _Doc, d: Draft, block_drafts: list[Draft]) -> tuple[list[str], list[str]]:
    ps, flat = doc.ps, doc.flat
    group = d.groups[d.head]
    if len(group) > 1 and d.respectively:
        key = (d.clause.start, d.clause.end)
        if key not in doc.clause_levels:
            doc.clause_levels[key] = rv.levels_in(ps, flat, d.clause.start, d.clause.end)
        named = doc.clause_levels[key]
        if len(named) == len(group):
            _, level, rid = named[group.index(d.index)]
            return [level], [rid, "list.respectively"]
    elif len(group) > 1:  # `đạt 100%, 90%, 80% đối với cấp tỉnh, huyện, xã`: one level per value, in order
        after = rv.levels_after(ps, flat, d.clause_mentions[group[-1]].end, d.clause.end)
        if len(after) == len(group):
            _, level, rid = after[group.index(d.index)]
            return [level], [rid, "list.levels_after"]
    prev_end = d.clause_mentions[d.index - 1].end if d.index else d.clause.start
    adjacent = rv.level_right_before(ps, flat, prev_end, d.qual)
    if adjacent:
        return adjacent[0], [adjacent[1], "levels.right_before"]
    lo, hi = _indicator(doc, d, block_drafts)
    next_start = d.quals[d.index + 1].start if d.index + 1 < len(d.quals) else hi
    if d.index + 1 < len(d.quals) and rv.level_right_before(ps, flat, d.mention.end, d.quals[d.index + 1]):
        hi = min(hi, next_start - 40)  # that level belongs to the next value
    named = rv.levels_in(ps, flat, lo, hi)
    if not named and lo >= d.mention.end and len(flat[lo:hi].split()) <= 4:
        named = rv.levels_in(ps, flat, prev_end, d.qual.start)  # `… ở cấp xã dưới 1%.`
    if not named and hi <= d.mention.start:  # the subject stands before: `… đạt 80% ở cấp xã`
        after_end = d.quals[d.index + 1].start if d.index + 1 < len(d.quals) else d.clause.end
        named = rv.levels_after(ps, flat, d.mention.end, after_end)
        if named:
            return rv.ordered_unique([lvl for _, lvl, _ in named]), [named[0][2], "levels.after_value"]
    if named:
        return rv.ordered_unique([lvl for _, lvl, _ in named]), sorted({rid for _, _, rid in named})
    if ps.anaphora.match(flat, lo, hi):  # `tỷ lệ này sẽ đạt 80%`: the levels of the value it points back to
        before = _previous(d, block_drafts)
        if before:
            levels, _ = _levels(doc, before, block_drafts)
            if levels:
                return levels, ["levels.anaphora"]
    if rv.has_breakdown(ps, flat, d.sentence.start, d.mention.start):
        earlier = [o for o in block_drafts if o.sentence == d.sentence and o.mention.start < d.mention.start]
        parent = rv.breakdown_parent(ps, flat, d.sentence, [o.mention for o in earlier], d.mention)
        if parent is not None:
            parent_levels, _ = _levels(doc, earlier[parent], block_drafts)
            if parent_levels:
                return parent_levels, ["levels.breakdown_parent"]
    return [], []


def _sentence_text(source: str, lo: int, hi: int, start: int, end: int) -> str:
    """The sentence, or for a very long one (a run-on page) the part around the value, marked with `…`."""
    if hi - lo > _SENTENCE_MAX:
        left, right = max(lo, start - _SENTENCE_MAX // 2), min(hi, end + _SENTENCE_MAX // 2)
        text = ("…" if left > lo else "") + source[left:right] + ("…" if right < hi else "")
    else:
        text = source[lo:hi]
    return str(_SPACES.sub(" ", text)).strip()


def _clean(ps: PatternSet, text: str) -> str:
    """Indicator text: one line, no connective or bracket at either end."""
    text = str(_SPACES.sub(" ", text)).strip(_TRIM)
    lead = ps.connective.match(text)
    text = (text[lead.end() :] if lead else text).strip(_TRIM)
    tail = ps.indicator_tail.search(text)  # `… thủ tục hành chính và`, `… cấp xã lần lượt`: a list goes on
    text = text[: tail.start()].strip(_TRIM) if tail and tail.start() else text
    label = ps.column_label.search(text)  # `Tỷ lệ hồ sơ trực tuyến: kế hoạch`: a table's column
    return text[: label.start()] if label and label.start() else text
