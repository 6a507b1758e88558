"""Which physical lines are one logical line: a hard wrap broke them apart.

A hard-wrapped plan fills its lines to about the same length (~80 characters), so a line
that stops short ends its paragraph, and a full one goes on in the next (the Lào Cai plan
breaks lines mid-sentence, the Lạng Sơn report before a `;`); a web page puts a paragraph on
each line. :func:`wrap_width` reads which kind a text is, and :func:`joins` decides each pair
of lines (:mod:`.layout` builds the blocks from them).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

import regex

from ..rules import PatternSet

_TERMINAL = ".!?;:…"
_LETTER = regex.compile(r"\p{L}")
_STARTS_WITH_PERCENT = regex.compile(r"\d{1,3}(?:[.,]\d+)?\s?%")
_RANGE_START = regex.compile(r"(?<![\d.,/])\d{1,3}(?:[.,]\d{1,2})?$")  # a line ending on a number (not a year)
_RANGE_END = regex.compile(r"-\s*\d{1,3}(?:[.,]\d+)?\s?%")  # the rest of a range after a line break
Marker = tuple[str, str, int] | None  # a list marker: (style, marker, where the body starts)

# a hard wrap fills lines greedily; proportional fonts let line lengths in characters vary
# by this factor (text taken from a PDF also breaks lines anywhere: only a marked line is judged so)
_WRAP_SLACK = 1.25
# a line this close to the usual line length, in a text whose usual line is no longer than a page's, is full:
# a hard wrap put the next line's words on the next line, at a sentence's end too
_FULL_LINE = 6
_HARD_WRAP_MAX = 110
# … and a text is hard-wrapped when this share of its lines lies this close to its usual length (0.45-0.56 in the
# hard-wrapped plans of the gold, 0.12-0.14 in pages of short list items)
_WRAPPED_SHARE = 0.4
_NEAR_BELOW, _NEAR_ABOVE = 0.85, 1.05


def is_upper(text: str) -> bool:
    """All-capitals text with at least two letters (`KẾ HOẠCH`, not `I.`)."""
    return text.isupper() and sum(c.isalpha() for c in text) >= 2


def wrap_width(text: str) -> tuple[int, int | None]:
    """The document's usual line length (a hard-wrapped plan has ~80, a web page far more), and the length from which
    a line is full when the text is hard-wrapped (None when it is not): most of its lines then end close to the usual
    length, where a page of one paragraph per line, or of short list items, spreads its lengths wide."""
    lengths = sorted(len(line) for line in text.split("\n") if line.strip())
    if not lengths:
        return 0, None
    width = lengths[3 * len(lengths) // 4]
    if width > _HARD_WRAP_MAX:
        return width, None
    near = bisect_right(lengths, _NEAR_ABOVE * width) - bisect_left(lengths, _NEAR_BELOW * width)
    return width, (width - _FULL_LINE if near >= _WRAPPED_SHARE * len(lengths) else None)


def joins(ps: PatternSet, prev: str, nxt: str, width: int, full: int | None, marker: Callable[[str], Marker]) -> bool:
    """Whether ``nxt`` continues ``prev`` (a hard wrap) rather than starting anew (``width``, ``full``:
    :func:`wrap_width`; ``marker``: :func:`_marker`, remembered per line, as each line is asked about as the next line
    and then as the previous one)."""
    p, n = prev.strip(), nxt.strip()
    if p[-1:] in "≥≤<>" and n[:1].isdigit():
        return True  # a comparison sign waits for its value: `Có ≥` / `30% …`
    if _RANGE_END.match(n) and _RANGE_START.search(p):
        return True  # a range wrapped at its dash: `tăng bình quân 05` / `- 06%/năm`, no list item
    if n[:1].isupper() and marker(p) and len(n) > _WRAP_SLACK * (len(p) + 1 + len(n.split(" ", 1)[0])):
        return False  # a wrapped item would have taken the next line's first word: `2. Cải cách TTHC` + a paragraph
    if (
        len(p) < 0.5 * width
        and (n[:1].isupper() or _STARTS_WITH_PERCENT.match(n))
        and not (is_upper(p) and is_upper(n))
    ):
        return False  # a short line (a dateline, a heading) ends before a capitalised one or a `100% …` item
    if n[:1] in "%;,)":
        return True  # `đạt 80` / `%.`: a wrap before the percent sign or punctuation
    if not _LETTER.search(p) and not p[-1:].isdigit():
        return False
    if not _LETTER.search(n) and not n[:1].isdigit():
        return False
    if marker(n) or ps.footnote.match(nxt):
        return False
    if is_upper(n) and ps.title_start.match(n) and not ps.title_start.match(p):
        return False  # a title (`KẾ HOẠCH …`) under a letterhead (`BỘ TÀI CHÍNH`)
    if is_upper(p) != is_upper(n):
        return False
    if full is not None and p[-1] in ".!?…" and len(p) >= full:
        return True  # a hard wrap that fell at a sentence's end: a full line, where a paragraph's last line is short
    return not (p[-1] in _TERMINAL and not (n[:1].islower() or n[:1] in ";,)"))
