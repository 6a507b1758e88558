"""Read a table's cells: which are percentages, and what the structure says about each.

A number is a percentage when its row's unit cell is `%`, its row label or column header
states percent (`Tỷ lệ … (%)`), or the cell writes the sign itself. Its fields come from
the structure, as a heading's would: the row label is its indicator (with the label of the
row it continues, for `- Dịch vụ`), the column header and the group row above give year
and kind, the table's title can make every cell a target. The words live in ``tables.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..rules import Compiled, PatternSet
from .tables import Cell, Table
from .tables.model import NUMBER_HEADER

_MARKER = regex.compile(r"^(?:[IVXLC]+|[A-Z]|\d{1,3}|[a-zđ])(?:[.)]\d{0,2})*[.)]?$")
_LETTERS = regex.compile(r"\p{L}{2,}")
_PERCENT_AFTER = regex.compile(r"\s*%")
_OWN_UNIT = regex.compile(r"\([^()]{1,12}\)\s*$")  # a label's own unit, in brackets at its end (`(%)`, `(km)`)
_UNIT_MAX = 20
_UNIT_SHARE = 0.8  # under a unit header, the share of its cells that must be short words


@dataclass
class TableValue:
    """One percentage read from a table cell (offsets in the normalized text)."""

    start: int
    end: int
    value_end: int  # where the value (its `%` included) ends: the cell's words after it qualify it
    cell: Cell
    value: float
    value_max: float | None
    comparator: str
    kind: str | None
    year: int | None
    per_year: bool
    indicator: str
    row: str
    column: str
    scope: list[str]  # group labels (innermost first) and the title: where area and levels are read
    rules: list[str] = field(default_factory=list)


def _role(ps: PatternSet, role: str) -> list[Compiled]:
    return [c for c in ps.tables if c.rule.role == role]


def _first(rules: list[Compiled], text: str) -> Compiled | None:
    return next((c for c in rules if c.pattern.search(text)), None)


def _year(rules: list[Compiled], text: str) -> tuple[int, str] | None:
    for c in rules:
        m = c.pattern.search(text)
        if m:
            return int(next(v for v in m.groupdict().values() if v)), str(c.rule.id)
    return None


def _kind(ps: PatternSet, text: str) -> tuple[str, str] | None:
    """The kind the earliest kind word of a column header gives."""
    best: tuple[int, int, str, str] | None = None
    for role, kind in (("kind_target", "target"), ("kind_result", "result")):
        for c in _role(ps, role):
            m = c.pattern.search(text)
            if m and (best is None or (m.start(), -len(m.group())) < (best[0], best[1])):
                best = (m.start(), -len(m.group()), kind, str(c.rule.id))
    return (best[2], best[3]) if best else None


def _columns(table: Table, unit_headers: list[Compiled]) -> tuple[int | None, int | None, int | None, str | None]:
    """(numbering column, label column, unit column, the rule of its header) of a table: the unit column's
    cells are all short words, or, under a unit header (`Đơn vị tính`), most of them are."""
    body = table.body

    def texts(k: int) -> list[str]:
        return [r[k].text for r in body if k < len(r) and r[k].text]

    first = texts(0)
    numbered = bool(first) and sum(bool(_MARKER.match(t)) for t in first) >= 0.7 * len(first)
    stt = 0 if (table.columns and NUMBER_HEADER.match(table.columns[0].strip())) or numbered else None
    label = None
    for k in range(table.width):
        if k == stt:
            continue
        filled = texts(k)
        if filled and sum(len(_LETTERS.findall(t)) >= 2 for t in filled) >= 0.5 * len(filled):
            label = k
            break
    unit = unit_rule = None
    for k in range(table.width):
        filled = texts(k)
        if k in (stt, label) or not filled:
            continue
        units = sum(len(t) <= _UNIT_MAX and not regex.search(r"\d", t.replace("/năm", "")) for t in filled)
        if units == len(filled):
            unit = k
            break
        headed = _first(unit_headers, table.columns[k].strip()) if k < len(table.columns) else None
        if headed and units >= _UNIT_SHARE * len(filled):
            unit, unit_rule = k, str(headed.rule.id)
            break
    return stt, label, unit, unit_rule


class TableWords:
    """What ``tables.toml`` says of a table's own words, for the structure step (:func:`.tables.find_tables`)."""

    def __init__(self, ps: PatternSet) -> None:
        self._single, self._annex = _role(ps, "single_column"), _role(ps, "annex_title")
        self._kinds = _role(ps, "kind_target") + _role(ps, "kind_result")
        self._bounds = _role(ps, "bound_line")
        self._continues = _role(ps, "continuation")

    def single(self, header: str) -> str | None:
        found = _first(self._single, header)
        return str(found.rule.id) if found else None

    def annex(self, line: str) -> str | None:
        found = _first(self._annex, line)
        return str(found.rule.id) if found else None

    def kind_column(self, header: str) -> bool:
        return _first(self._kinds, header) is not None

    def continues(self, line: str) -> bool:
        return _first(self._continues, line) is not None

    def bound(self, line: str) -> str | None:
        found = _first(self._bounds, line)
        return str(found.rule.id) if found else None


def read_cells(ps: PatternSet, text: str, table: Table) -> list[TableValue]:
    """Every percentage of ``table`` (found in the normalized ``text``), with what its row, column,
    group and title say."""
    stt, label, unit, unit_column_rule = _columns(table, _role(ps, "unit_column"))
    if label is None:
        return []
    cell_rules = _role(ps, "cell")
    unit_cell, unit_header, per_year = _role(ps, "unit_cell"), _role(ps, "unit_header"), _role(ps, "per_year")
    continuation, comparators = _role(ps, "continuation"), _role(ps, "comparator")
    title_kind = _first(_role(ps, "kind_title"), table.title)
    year_column, year_group = _role(ps, "year_column"), _role(ps, "year_group")
    kind_group = _role(ps, "kind_group")
    skip = {k for k in (stt, label, unit) if k is not None}
    out: list[TableValue] = []
    groups: list[tuple[int, str, tuple[int, str] | None]] = []  # (rank, label, year) of the group rows above
    parent = ""
    for row in table.body:
        values = [k for k in range(table.width) if k not in skip and row[k].text]
        own = row[label].text
        marker = row[stt].text if stt is not None else ""
        if not values:  # a group row: governs the rows under it until the next of its rank
            words = own or " ".join(c.text for c in row if c.text)
            if not words:
                continue
            rank = _rank(marker)
            groups = [g for g in groups if g[0] < rank]
            groups.append((rank, words, _year(year_group, words)))
            parent = words
            continue
        if marker:  # a numbered row ends the groups of its own rank and below (`12` after the rows of group `11`)
            groups = [g for g in groups if g[0] < _rank(marker)]
        cont = _first(continuation, own) if own else None
        if cont is None and stt is not None and not marker and parent:
            indicator = f"{parent} - {own}"
        elif cont is not None and parent:
            lead = cont.pattern.search(own)
            indicator = f"{parent} - {own[lead.end() if lead else 0 :]}"
        else:
            indicator = own
            parent = own
        unit_text = row[unit].text if unit is not None else ""
        row_percent = _first(unit_cell, unit_text) if unit_text else None
        # a continuation row's unit is its parent's (`Tỷ lệ … (%)` / `- Khu vực nông thôn`) unless it names one (`(km)`)
        row_header = _first(unit_header, own if _OWN_UNIT.search(own) else indicator)
        for k in values:
            header = table.columns[k] if k < len(table.columns) else ""
            col_percent = _first(unit_header, header)
            cell = row[k]
            raw = text[cell.start : cell.end]
            for c in cell_rules:
                m = c.pattern.search(raw)
                if m:
                    break
            else:
                continue
            signed = "%" in raw
            if not (row_percent or row_header or col_percent or signed):
                continue
            rules = [str(c.rule.id), *table.rules]
            unit_rule = row_percent or row_header or col_percent
            if unit_rule:
                rules.append(str(unit_rule.rule.id))
            if row_percent and unit_column_rule:
                rules.append(unit_column_rule)
            comparator = "range" if m.group("v2") else "eq"
            pre = m.group("pre") or ""
            sign = _first(comparators, pre)
            if sign and comparator == "eq":
                comparator = str(sign.rule.comparator)
                rules.append(str(sign.rule.id))
            if cont is not None:
                rules.append(str(cont.rule.id))
            kind = None
            if title_kind:
                kind = "target"
                rules.append(str(title_kind.rule.id))
            else:
                found = _kind(ps, header)
                if found:
                    kind = found[0]
                    rules.append(found[1])
                elif deadline := next((d for g in reversed(groups) if (d := _first(kind_group, g[1]))), None):
                    kind = "target"  # `Đến năm 2030` over the rows: their goals
                    rules.append(str(deadline.rule.id))
            year = _year(year_column, header)
            if year is None:
                year = next((g[2] for g in reversed(groups) if g[2]), None)
            if year:
                rules.append(year[1])
            py = _first(per_year, f"{unit_text} {header} {own}")
            if py:
                rules.append(str(py.rule.id))
            number_end = m.end("v2") if m.group("v2") else m.end("v")
            sign_end = _PERCENT_AFTER.match(raw, number_end)
            out.append(
                TableValue(
                    start=cell.start + m.start("v"),
                    end=cell.end,
                    cell=cell,
                    value=_number(m.group("v")),
                    value_max=_number(m.group("v2")) if m.group("v2") else None,
                    comparator=comparator,
                    kind=kind,
                    year=year[0] if year else None,
                    per_year=py is not None,
                    indicator=indicator,
                    row=own,
                    column=header,
                    scope=[g[1] for g in reversed(groups)] + [table.title],
                    rules=rules,
                    value_end=cell.start + (sign_end.end() if sign_end else number_end),
                )
            )
    return out


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _rank(marker: str) -> int:
    """How high a group row stands: `A` over `I` over `I.1` over `1` over `1.1`; an unmarked group is the
    highest."""
    if not marker:
        return 0
    if regex.fullmatch(r"[A-Z]", marker):
        return 1
    if regex.fullmatch(r"[IVXLC]+\.?", marker):
        return 2
    if regex.fullmatch(r"[IVXLC]+\.\d+\.?", marker):
        return 3
    return 4 + marker.rstrip(".").count(".")
