"""Chain the steps: normalize, structure, match, decide, records.

This is the only module that knows the order of the steps; the CLI and the
batch runner call :func:`extract_text` / :func:`extract_file` and nothing else.
Each field is decided in :mod:`.decide` (one module per field); this module says
in which order, and what each decision reads.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import regex

from . import case_fold, records, shared_scan
from .context import Tracker, named_area
from .decide import change as dchange
from .decide.area import area_of, table_area
from .decide.comparator import cell_qualifier
from .decide.indicator import clean, indicator_of
from .decide.kind import PLANNED_FIGURE, KindReader
from .decide.kind_default import DOCUMENT_DEFAULT, may_prevail, page_reports, prose_reports, reported, table_kind
from .decide.levels import levels_of, table_levels, title_levels
from .decide.lists import shared
from .decide.per_year import per_year
from .decide.year import YearReader
from .decide.year_phrases import clause_years
from .drafts import Doc, Draft, block_drafts, block_mentions
from .models import Record
from .normalize import normalize
from .readers import DEFAULT_MAX_BYTES, Document, InputError, read_document
from .rules import PatternSet, load_patterns
from .segment import Span
from .structure import analyze, find_tables
from .structure.cells import TableValue, TableWords, read_cells
from .values import Mention, TooManyValues

_INDICATOR_MAX = 200
# figures read from one document at most: each takes about 18 KB while the document is read (a real plan or report
# holds tens to hundreds; a generated line of figures would otherwise take memory without bound)
MAX_VALUES = 20_000
# lines of one document at most: laying them out takes about 300 bytes each (a 20 MB plan has some 200,000)
MAX_LINES = 1_000_000


def document_metadata(text: str, patterns: PatternSet | None = None) -> dict[str, Any]:
    """What a document says about itself (number, date, issuer, title, plan year), under the records' names.

    Records carry it; this gives it for a document that has no record, so a report can still show it.
    """
    return records.metadata_fields(analyze(patterns or load_patterns(), normalize(text).text).metadata)


def extract_text(
    text: str, document: str = "-", patterns: PatternSet | None = None, path: str | None = None
) -> list[Record]:
    """Records for every ratio mention in ``text`` (already decoded); ``path`` is where it was read from."""
    ps = patterns or load_patterns()
    # refused before the text is laid out, which keeps a few hundred bytes a line while it reads them
    if text.count("%") > MAX_VALUES:
        raise _too_many(_shown(path, document))
    if max(text.count("\n"), text.count("\r")) > MAX_LINES:
        raise InputError(
            f"{_shown(path, document)}: more than {MAX_LINES:,} lines in one document, more than this tool reads "
            "at once; split it into parts"
        )
    norm = normalize(text)
    doc = Doc(
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
    # … but a headline's own lead-in before its colon (`Tinh gọn bộ máy: …`) names the page's topic
    label = title.split(":", 1)[0] if title and ":" in title[: ps.leadin_max] else None
    area_text = title if governs else label
    doc.title_end = max((b.end for b in doc.layout.blocks if b.title), default=0)
    doc.headline = title is not None and not ps.title_start.match(title)
    doc.headline_programme = doc.headline and bool(ps.area_programme.search(title or ""))
    out: list[Record] = []
    tables = [(t, read_cells(ps, norm.text, t)) for t in find_tables(norm.text, TableWords(ps), norm.tabs)]
    doc.claimed = {v.start for _, values in tables for v in values}
    kinds = KindReader(ps, doc.layout.metadata, doc.flat)
    changes = dchange.ChangeReader(ps, doc.flat)
    # values the default decided (no cue), each as it reads should the page turn out to report (see page_reports)
    prevail = may_prevail(ps, doc.layout.metadata)
    as_reported: dict[int, Record] = {}
    with case_fold.document(doc.flat):  # (the title's area is read folded too, as the text's areas are)
        # a title on the reform as a whole (`Kế hoạch cải cách hành chính …`) names no one area, whatever
        # area its wording dwells on (`…, tiếp tục đột phá … hoàn thiện thể chế`)
        whole = area_text is not None and bool(ps.area_overall.search(area_text))
        tracker = Tracker(
            ps,
            title_area=named_area(ps, area_text) if area_text and not whole else None,
            page_year=doc.layout.metadata.year,
        )
        if governs and title:
            doc.title_levels = title_levels(ps, title)
        found = _mentions(doc, sum(len(values) for _, values in tables))
        last = max((i for i, mentions in enumerate(found) if mentions), default=-1)
        for i, block in enumerate(doc.layout.blocks):
            while tables and tables[0][0].start <= block.start:  # a table reads the context it stands in
                for v in tables.pop(0)[1]:
                    _add(out, as_reported, prevail, partial(_table_record, doc, tracker, v))
            if i > last and not tables:
                break  # what follows the last value (a page's links and footer, an annex of text) decides nothing
            with shared_scan.paragraph(doc.flat, block.start, block.end):
                drafts = block_drafts(doc, tracker, block, found[i])
                kinds.paragraph((block.body, block.end), drafts, bool(block.heading) and not block.title)
                changes.paragraph((block.body, block.end), drafts, bool(block.heading) and not block.title)
                for d in drafts:
                    _add(out, as_reported, prevail, partial(_record, doc, tracker, d, drafts))
        for _, values in tables:
            for v in values:
                _add(out, as_reported, prevail, partial(_table_record, doc, tracker, v))
    reports = page_reports([(r.kind, r.rules) for r in out]) if as_reported else False
    if as_reported and (reports or (reports is None and prose_reports(ps, doc.flat))):
        for k, record in as_reported.items():
            out[k] = record
    if doc.claimed:
        out.sort(key=lambda r: r.start)
    return out


def _mentions(doc: Doc, in_tables: int) -> list[list[Mention]]:
    """The values of each paragraph (:func:`.drafts.block_mentions`); more than :data:`MAX_VALUES` in the document,
    ``in_tables`` of them read from its tables, are refused with :class:`.readers.InputError`, as soon as they are
    found."""
    found: list[list[Mention]] = []
    budget = MAX_VALUES - in_tables
    try:
        if budget < 0:
            raise TooManyValues
        for block in doc.layout.blocks:
            mentions = block_mentions(doc, block, budget)
            budget -= len(mentions)
            if budget < 0:
                raise TooManyValues
            found.append(mentions)
    except TooManyValues:
        raise _too_many(_shown(doc.path, doc.name)) from None
    return found


def _shown(path: str | None, document: str) -> str:
    """The input as an error names it: the path it was read from, or the document's name (standard input's)."""
    return document if path in (None, "-") else path


def _too_many(name: str) -> InputError:
    return InputError(
        f"{name}: more than {MAX_VALUES:,} figures in one document, more than this tool reads at once "
        "(a plan or report holds hundreds); split it into parts"
    )


def extract_file(
    path: str | Path, patterns: PatternSet | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Record]:
    """Read one document (text, .docx, .pdf, .html, .doc, .odt, .rtf) and extract it; ``document`` is its name."""
    return extract_document(read_document(Path(path), max_bytes), patterns=patterns, path=str(path))


def extract_document(doc: Document, patterns: PatternSet | None = None, path: str | None = None) -> list[Record]:
    """Extract a document already read (a file, or standard input through ``readers.read_bytes_as``).

    Records of extracted text say so (``text_source``), and those of a paged format carry their page.
    """
    out = extract_text(doc.text, document=doc.name, patterns=patterns, path=path)
    if doc.extracted or doc.pages:
        source = "extracted" if doc.extracted else "text"
        out = [r.model_copy(update={"text_source": source, "page": doc.page_of(r.start)}) for r in out]
    return out


def _add(out: list[Record], as_reported: dict[int, Record], prevail: bool, build: Callable[[bool], Record]) -> None:
    """Append ``build(False)``; when it is a value the default decided on a page whose prevailing kind may
    replace the default, also keep ``build(True)``, the same value read as reported, to swap in at the end."""
    record = build(False)
    out.append(record)
    if prevail and record.kind != "result" and DOCUMENT_DEFAULT in record.rules:
        as_reported[len(out) - 1] = build(True)


def _record(doc: Doc, tracker: Tracker, d: Draft, drafts: list[Draft], reports: bool = False) -> Record:
    """A record for a value of the running text: its fields decided in the order they depend on each other
    (a change decides whether a baseline is shared; kind, settled per paragraph, decides the year).
    ``reports``: the value the default decided, read as a result of a page that reports."""
    if reports:
        d = dataclasses.replace(d, kind="result", rules=reported(d.rules))
    ps, flat, m, q = doc.ps, doc.flat, d.mention, d.qual
    rules = [m.rule, *d.rules]
    comparator, change, list_rules = shared(ps, flat, d)
    rules += list_rules
    if change is None:
        change = dchange.dated_item(ps, flat, d, drafts, lambda v: indicator_of(doc, v, drafts), doc.dated_changes)
        if change:
            rules.append(dchange.DATED_RULE)
        elif change := dchange.planned_rate(ps, flat, d, drafts, PLANNED_FIGURE, doc.rate_sources):
            rules.append(dchange.PLANNED_RULE)  # the plan's level of a rate: no change with a baseline of its own
        elif d.carried_change:
            # a plan's figure beside a measured one (`đạt 87% (NQ 80%)`, `Huyện A đạt 8,5% (kế hoạch 8%)`) is of that
            # figure's measure: the lead's rate reaches it only through that figure
            named = d
            if d.strong is not None and d.strong.rule in PLANNED_FIGURE:
                before = d.before(drafts)
                named = before if before is not None and before.sentence == d.sentence else d
            change = dchange.from_lead(flat, named, indicator_of(doc, named, drafts))
            if change:
                rules.append(dchange.RULE)
    rules += [r for r in (q.comparator_rule, q.change_rule) if r]
    per_year_rule = per_year(ps, flat, d.sentence, d.clause, d.clause_mentions, d.index)
    if per_year_rule:
        rules.append(per_year_rule)

    amount = change is not None and dchange.PLANNED_RULE not in rules
    year_phrase, base_phrase = clause_years(
        d.clause_phrases, d.clause, d.clause_mentions, d.index, d.kind, amount, flat
    )
    year, year_rules = doc.years.decide(d, year_phrase, tracker)
    if year_phrase is None:
        year, year_rules = doc.years.beside(d, d.before(drafts), tracker) or (year, year_rules)
    rules += year_rules
    if base_phrase:
        rules.append(base_phrase.rule)
    # a comparison's start in the clause (`cao nhất kể từ năm 2021`) was kept from dating the value
    rules += d.clause_phrases.since

    levels, level_rules = levels_of(doc, d, drafts)
    rules += level_rules

    area, area_rule = area_of(doc, d, drafts, change)
    lo, hi = indicator_of(doc, d, drafts)
    if area_rule:
        rules.append(f"area.{area_rule}")

    to_src, source = doc.norm.to_source, doc.norm.source
    start, end = to_src(m.start), to_src(m.end - 1) + 1
    return Record(
        **records.located(doc, start, end),
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
        indicator=clean(ps, flat[lo:hi])[:_INDICATOR_MAX],
        text=records.one_line(source[to_src(q.start) : end]),
        sentence=records.sentence_text(source, to_src(d.sentence.start), to_src(d.sentence.end - 1) + 1, start, end),
        section=d.ctx.section,
        pattern=m.rule,
        rules=rules,
        **records.about(doc),
    )


def _table_record(doc: Doc, tracker: Tracker, v: TableValue, reports: bool = False) -> Record:
    """A record from a table cell: the structure (column, group rows, title, section) gives its fields
    (``reports``: a cell the default decided, read as a result of a page that reports)."""
    ps, ctx = doc.ps, tracker.context()
    kind, kind_rules = table_kind(ps, doc.layout.metadata, ctx, v.kind)
    if reports and DOCUMENT_DEFAULT in kind_rules:
        kind, kind_rules = "result", reported(kind_rules)
    year, year_rules = doc.years.table(ctx, kind, v.year, v.start)
    area, area_rule = table_area(ps, v, ctx)
    levels, level_rules = table_levels(ps, v)
    own = cell_qualifier(ps, doc.flat, Span(v.cell.start, v.cell.end), v.start, v.value_end, v.value_max is not None)
    comparator = own.comparator if v.comparator == "eq" and own.comparator_rule else v.comparator
    change = (own.change, own.change_rule) if own.change_rule else dchange.cell_change(ps, v)
    rules = [*v.rules, *kind_rules, *year_rules]
    rules += [own.comparator_rule] if comparator != v.comparator and own.comparator_rule else []
    rules += [f"area.{area_rule}"] if area_rule else []
    rules += level_rules + ([change[1]] if change else [])

    to_src, source = doc.norm.to_source, doc.norm.source
    start, end = to_src(v.start), to_src(v.cell.end - 1) + 1
    cell = source[to_src(v.cell.start) : end]
    return Record(
        **records.located(doc, start, end),
        value=v.value,
        value_max=v.value_max,
        kind=kind,  # type: ignore[arg-type]
        comparator=comparator,  # type: ignore[arg-type]
        change=change[0] if change else None,  # type: ignore[arg-type]
        per_year=v.per_year,
        year=year,
        area=area,  # type: ignore[arg-type]
        area_label=ps.area_labels.get(area) if area else None,
        levels=levels,  # type: ignore[arg-type]
        indicator=clean(ps, v.indicator)[:_INDICATOR_MAX],
        text=records.one_line(cell),
        sentence=records.one_line(f"{v.row} | {v.column}: {cell}"),
        section=ctx.section,
        pattern=v.rules[0],
        rules=rules,
        **records.about(doc),
        table_row=v.row,
        table_column=v.column,
    )
