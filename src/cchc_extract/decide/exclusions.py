"""Exclusions: values that are no target or result (a legal basis, a formula's `nhân với 100%`), from
``patterns/exclusions.toml``."""

from __future__ import annotations

from ..rules import PatternSet
from ..segment import Span, window_before
from ..values import Mention


def clause_excluded(ps: PatternSet, text: str, clause: Span, section: str) -> str | None:
    """Id of the exclusion rule that drops every value of a clause (a legal basis, a definitions article)."""
    words = text[clause.start : clause.end]
    for c in ps.exclusions:
        if c.rule.scope == "section" and c.pattern.search(section):
            return str(c.rule.id)
        if c.rule.scope == "clause" and c.pattern.search(words):
            return str(c.rule.id)
    return None


def excluded(ps: PatternSet, text: str, clause: Span, m: Mention, lines: str) -> str | None:
    """Id of the exclusion rule that drops this one value (`nhân với 100%`); a ``line_before`` rule reads
    the line above a value that opens its own line (a portal's `Lượt xem: 338` above its font-size `100%`) in
    ``lines``, the text with its line breaks (``text`` has them as spaces)."""
    tail = window_before(text, clause.start, m.start, 30)
    for c in ps.exclusions:
        if c.rule.scope == "before" and c.pattern.search(tail):
            return str(c.rule.id)
        if c.rule.scope == "line_before" and (above := _line_above(lines, m.start)) and c.pattern.search(above):
            return str(c.rule.id)
    return None


# how far back a line's start and the line above are looked for: a value deep in a long line opens no line
_LINE_REACH = 200


def _line_above(text: str, start: int) -> str:
    """The end of the line above the one ``start`` opens (with the break between them), or "" when words stand
    before ``start`` on its own line; bounded, so that a document of one long line costs no more per value."""
    line = text.rfind("\n", max(0, start - _LINE_REACH), start) + 1
    if line == 0 or text[line:start].strip():
        return ""
    reach = max(0, line - 1 - _LINE_REACH)
    return text[max(reach, text.rfind("\n", reach, line - 1) + 1) : start]
