"""Per year: whether a value is a yearly rate (`mỗi năm`, `bình quân hằng năm`), from ``patterns/per_year.toml``."""

from __future__ import annotations

from collections.abc import Sequence

from ..rules import PatternSet
from ..segment import LEAD_END, Span
from ..values import Mention

_LEAD_MAX = 30  # a sentence's opening span (`Hằng năm,`, `Bình quân mỗi năm,`) is a few words
_UNIT_GAP = 3  # spaces a per-year unit may stand after its `%`


def per_year(
    ps: PatternSet, text: str, sentence: Span, clause: Span, mentions: Sequence[Mention], i: int
) -> str | None:
    """Id of the per-year rule whose words govern value ``i``: near it, no other value or figure between,
    else in its sentence's lead-in before a colon (`Các chỉ tiêu hằng năm: X trên 80%; Y trên 90%`), which
    governs every `;`-item after it as it does their year (GUIDE: Year); the rule then reads ``…@leadin``."""
    own = _near(ps, text, clause, mentions, i)
    if own is not None:
        return own
    # a sentence opening on its own span (`Hằng năm, X tăng trên 3%; Y tăng trên 5%`) governs the first value of
    # each of its items, but not a level reached in the end (`… tăng 20% cho đến khi đạt 100%`) nor an item with
    # a date of its own (`…; phấn đấu đến năm 2030 đạt 30%`)
    lead = LEAD_END.search(text, sentence.start, min(mentions[i].start, sentence.start + _LEAD_MAX))
    first = i == 0 or mentions[i - 1].end <= clause.start
    if lead and text[lead.start()] == "," and first and not ps.year_gate.search(text, clause.start, mentions[i].start):
        for c in ps.per_year:
            if c.pattern.search(text, sentence.start, lead.start()):
                return f"{c.rule.id}@lead"
    colon = text.find(":", sentence.start, mentions[i].start)
    if colon < 0 or colon >= clause.start or ":" in text[colon + 1 : mentions[i].start]:
        return None  # no lead-in, or the value stands in the lead-in's own clause
    for c in ps.per_year:
        # a value's own unit in the lead-in (`… bình quân giai đoạn 2021-2030 là 10%/năm, cơ cấu kinh tế: …`) is
        # that value's, not the list's
        if any(not _unit_of_value(text, hit.start()) for hit in c.pattern.finditer(text, sentence.start, colon)):
            return f"{c.rule.id}@leadin"
    return None


def _unit_of_value(text: str, start: int) -> bool:
    """Whether the per-year words at ``start`` are the unit written right after a percentage (`10%/năm`,
    `10 % /năm`); a year before them (`giai đoạn 2026-2030 bình quân mỗi năm:`) is no figure of theirs."""
    return text[max(0, start - _UNIT_GAP) : start].rstrip().endswith("%")


def _near(ps: PatternSet, text: str, clause: Span, mentions: Sequence[Mention], i: int) -> str | None:
    m, window = mentions[i], ps.per_year_window
    lo = max(clause.start, m.start - window, mentions[i - 1].end if i > 0 else 0)
    # words before the value are its own only after the comma that ends another figure's part (`thành lập 2.000
    # doanh nghiệp mỗi năm, khu vực tư nhân đóng góp 40%`, `tăng 12%/năm, kinh tế số chiếm 30%`); an item's
    # number, `(1)`, or a date is no figure
    cut = text.rfind(",", lo, m.start)
    if cut >= 0 and ((i > 0 and lo == mentions[i - 1].end) or _figure_before(ps, text, lo, cut)):
        lo = cut + 1
    hi = min(clause.end, m.end + window, mentions[i + 1].start if i + 1 < len(mentions) else clause.end)
    other = ps.per_year_other_figure.search(text, m.end, hi)  # `… 35 tỷ đồng mỗi năm` counts the money
    if other:
        hi = other.start()
    for c in ps.per_year:
        if c.pattern.search(text, lo, hi):
            return str(c.rule.id)
    return None


def _figure_before(ps: PatternSet, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a figure other than a value (a count, an amount): not an item's number,
    `(1)`, nor a date, `31/12` (`Chậm nhất trước ngày 31/12 hằng năm, 100% …` is each year's)."""
    figures = ps.per_year_other_figure.finditer(text, start, end)
    return any(text[f.end() : f.end() + 1] not in (")", "/") for f in figures)
