"""Kind of the values no cue decides: the document's type, or what the page mostly reports.

A value without a cue of its own, of its section or of its paragraph takes the kind of its
document: a title that names a type decides (plan, resolution: target; report: result), else
the set's default. A page whose title names no type (a news page) reports when its values
with a cue are more often results than targets (``kind.document_reports``), or, when none
has a cue, when its prose holds more measurement cues than commitments.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..rules import PatternSet
from ..segment import Span
from ..structure import Metadata
from .kind_cues import cue_hits

if TYPE_CHECKING:
    from ..context import Context

DOCUMENT_DEFAULT = "kind.document_default"  # no cue: the document's type (its title), else the set's default
DOCUMENT_REPORTS = "kind.document_reports"  # no cue, on an untitled page whose cued values are mostly results


def table_kind(ps: PatternSet, meta: Metadata, ctx: Context, own: str | None) -> tuple[str, list[str]]:
    """(kind, rules) of a table cell: its own (its column's or table's), else its section's, else the document's."""
    if own is not None:
        return own, []
    if ctx.section_kind:
        return ctx.section_kind, ["kind.section"]
    return meta.default_kind or ps.kind_default, [DOCUMENT_DEFAULT]


def may_prevail(ps: PatternSet, meta: Metadata) -> bool:
    """Whether the page's own prevailing kind may replace the default for its values without a cue: its
    title names no document type (a news page; a plan or report says what it holds) and the set allows it."""
    return ps.kind_prevailing and meta.default_kind is None and ps.kind_default != "result"


def reported(rules: Sequence[str]) -> list[str]:
    """The rules of a value without a cue, decided by a page that reports rather than by the default."""
    return [DOCUMENT_REPORTS if r == DOCUMENT_DEFAULT else r for r in rules]


def page_reports(kinds_and_rules: Sequence[tuple[str, Sequence[str]]]) -> bool | None:
    """Whether the values a cue decided (each a kind and its rules) are more often results than targets: a page
    that reports (GUIDE: Kind, `result` for progress reports), whose values without a cue are reported too; None
    when no value has a cue of its own (:func:`prose_reports` then reads the page's words).
    (Counting only strong cues was tried: pages of measured figures whose only cue is their decimals, service
    centres' monthly figures, then kept their cue-less values as targets.)"""
    results = targets = 0
    for kind, rules in kinds_and_rules:
        if DOCUMENT_DEFAULT in rules:
            continue
        results += kind == "result"
        targets += kind == "target"
    return None if results == targets == 0 else results > targets


def prose_reports(ps: PatternSet, text: str) -> bool:
    """Whether a page none of whose values has a cue reports, by its prose: it holds at least
    ``kind_prose_results`` measurement cues (`Theo công bố`, `đứng thứ`, `đến nay`) and more of them than
    commitments, in the paragraphs around its values too (a ranking's news: `Theo công bố của Ban Chỉ đạo …, Bộ
    đạt 85,9/100 điểm, đứng thứ 11` above a table of bare shares)."""
    if not ps.kind_prose_results:
        return False
    strong = [h for h in cue_hits(ps, text, Span(0, len(text))) if h.rule.strength == "strong"]
    results = sum(h.rule.kind == "result" for h in strong)
    return bool(results >= ps.kind_prose_results and results > len(strong) - results)
