"""A table's header rows composed into one header per column.

A two-level header writes a group once over the sub-headers under it (`Năm 2025` over `Kế hoạch |
Thực hiện`); a crawl's flattening loses the spans, and this module puts each sub-header back under its
group, so that a cell's column reads `Năm 2025 Kế hoạch`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from .tables import Cell, TableWords

_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a top cell naming a year spans the sub-headers under it


def compose(
    header: list[list[Cell]], width: int, words: TableWords | None = None, rules: list[str] | None = None
) -> list[str]:
    """One header text per column from one or two header rows (`Năm 2025` over `Kế hoạch`).

    A top row shorter than the table has cells that span the sub-headers under them: those that name a
    year (`Năm 2025` over `Kế hoạch | Thực hiện`), else the last ones but those the rules say name one
    column only (`Ghi chú`, `Tỷ lệ (%)`: their rule joins ``rules``)."""
    columns: list[list[str]] = [[] for _ in range(width)]
    if not header:
        return [""] * width
    top = header[0]
    subs = header[1] if len(header) > 1 else []
    if len(top) == width:
        last = ""
        for k, cell in enumerate(top):
            last = cell.text or (last if subs and k < len(subs) and subs[k].text else "")
            columns[k].append(last)
        if len(subs) == width:
            for k, cell in enumerate(subs):
                columns[k].append(cell.text)
        elif subs:  # the sub-headers under the columns with an empty top or a repeated one
            _place_short(columns, top, subs)
    elif len(top) < width and subs:
        extra = width - len(top)
        spanning = len(subs) - extra
        span = len(subs) // spanning if spanning > 0 and len(subs) % spanning == 0 else 0
        if span < 2:
            spanning, span = 1, extra + 1
        dated = [k for k, c in enumerate(top) if _YEAR.search(c.text)]
        trailing = list(range(len(top) - spanning, len(top)))
        chosen = set((dated or _spanning(top, trailing, words, rules) or trailing)[:spanning])
        col, sub = 0, 0
        for k, cell in enumerate(top):
            n = span if k in chosen else 1
            for _ in range(n):
                if col >= width:
                    break
                columns[col].append(cell.text)
                if k in chosen and sub < len(subs):
                    columns[col].append(subs[sub].text)
                    sub += 1
                col += 1
    else:
        for k, cell in enumerate(top[:width]):
            columns[k].append(cell.text)
    out = []
    for parts in columns:
        kept: list[str] = []
        for p in parts:
            if p and (not kept or kept[-1] != p):
                kept.append(p)
        out.append(" ".join(kept))
    return out


def _spanning(top: list[Cell], trailing: list[int], words: TableWords | None, rules: list[str] | None) -> list[int]:
    """As many cells of a short top row as ``trailing`` (its last ones), the last but those the rules say name
    one column (`… | Tỷ lệ thực hiện (%) | Ghi chú` after the groups); none when no cell is passed over."""
    if words is None:
        return []
    named = [words.single(c.text) for c in top]
    kept = [k for k, rule in enumerate(named) if rule is None][-len(trailing) :]
    if len(kept) < len(trailing) or kept == trailing:
        return []
    if rules is not None:
        rules.extend(sorted({rule for k, rule in enumerate(named) if rule and k > kept[0]}))
    return kept


def _place_short(columns: list[list[str]], top: list[Cell], subs: list[Cell]) -> None:
    """Sub-headers of a short second row go under the top cells that are empty or repeat their left neighbour."""
    slots = [k for k, c in enumerate(top) if k and (c.empty or c.text == top[k - 1].text)]
    spans = sorted({k - 1 for k in slots if k - 1 not in slots} | set(slots))
    for k, cell in zip(spans, subs, strict=False):
        columns[k].append(cell.text)
