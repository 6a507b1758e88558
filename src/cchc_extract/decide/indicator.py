"""Indicator: the stretch of text that says what a value measures (`tỷ lệ hồ sơ … đạt 90%`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from ..rules import PatternSet
from ..segment import Span, window_before
from ..values import Mention
from .comparator import Qualifier
from .lists import only_separators, wordless

if TYPE_CHECKING:
    from ..drafts import Doc, Draft

_SPACES = regex.compile(r"\s+")
_TRIM = " ,;:.-–()\"'“”"


def _verb_before(ps: PatternSet, text: str, clause: Span, q: Qualifier) -> int | None:
    """Start of the verb (`đạt`, `là`, `(tỷ lệ`) that links a subject to the value, if any."""
    tail = window_before(text, clause.start, q.start, 40)
    hit = ps.subject_verb.search(tail)
    return q.start - len(tail) + hit.start() if hit else None


def subject_before(ps: PatternSet, text: str, clause: Span, q: Qualifier) -> bool:
    """Whether the value closes its clause's subject (`X đạt 90%`) rather than opening it (`90% X`)."""
    return _verb_before(ps, text, clause, q) is not None


def indicator_span(
    ps: PatternSet, text: str, clause: Span, mentions: Sequence[Mention], i: int, quals: Sequence[Qualifier]
) -> tuple[int, int]:
    """The stretch of text that says what value ``i`` measures."""
    m = mentions[i]
    if i > 0 and subject_before(ps, text, clause, quals[0]) and not subject_before(ps, text, clause, quals[i]):
        gap = text[mentions[i - 1].end : quals[i].start]
        after_end = quals[i + 1].start if i + 1 < len(mentions) else clause.end
        own_words = text[m.end : after_end].strip(" ,;.)")
        if only_separators(ps, gap) and only_separators(ps, own_words):  # `… tương ứng là 80%, 70% và 60%.`
            return indicator_span(ps, text, clause, mentions, 0, quals)
    verb = _verb_before(ps, text, clause, quals[i])
    if verb is not None and _lead_only(text, mentions[i - 1].end if i > 0 else clause.start, verb):
        after = quals[i + 1].start if i + 1 < len(mentions) else clause.end
        if not wordless(ps, text[m.end : after]):
            verb = None  # `Năm 2025, đạt 100% thôn được phủ sóng …`: a lead phrase before the verb is no subject
    if verb is not None:
        lo = mentions[i - 1].end if i > 0 else clause.start
        # the subject starts at its first head noun (`tỷ lệ …`), not at who asks for it; a later one
        # qualifies it (`tỷ lệ hồ sơ trực tuyến mức độ 4`), unless it opens a phrase after a comma (`…
        # trực tuyến mức độ 3, 4 …, bảo đảm từ ngày 01/8/2021, tỷ lệ hồ sơ … đạt 90%`)
        heads = [h for h in ps.subject_head.finditer(text, lo, verb) if len(text[h.start() : verb].split()) >= 3]
        opening = [h for h in heads if text[lo : h.start()].rstrip().endswith(",")]
        if opening:
            return opening[-1].start(), verb
        return (heads[0].start() if heads else lo), verb
    hi = quals[i + 1].start if i + 1 < len(mentions) else clause.end
    if wordless(ps, text[m.end : hi]):  # `…, tỷ lệ hồ sơ quá hạn dưới 0,5%.`: the subject stands before, verbless
        start = _bare_subject(ps, text, mentions[i - 1].end if i > 0 else clause.start, quals[i].start)
        if start is not None:
            return start, quals[i].start
    elif i + 1 < len(mentions):  # and the value before it stops where that subject starts
        after_next = quals[i + 2].start if i + 2 < len(mentions) else clause.end
        if wordless(ps, text[mentions[i + 1].end : after_next]):
            start = _bare_subject(ps, text, m.end, quals[i + 1].start)
            hi = hi if start is None else start
    # `giảm 30% thủ tục hành chính và đến năm 2030 hoàn thành …`: what comes after the date is another goal
    cut = ps.new_conjunct.search(text, m.end, hi)
    return m.end, cut.start() if cut else hi


def _lead_only(text: str, lo: int, verb: int) -> bool:
    """Whether the words before a linking verb are a lead phrase closed by a comma (`Năm 2025, đạt …`)."""
    return text[lo:verb].rstrip().endswith(",")


def _bare_subject(ps: PatternSet, text: str, lo: int, hi: int) -> int | None:
    """Start of a subject written before its value with no linking verb: its first head noun, else
    what follows the last comma; None when that holds no word."""
    head = ps.subject_head.search(text, lo, hi)
    if head:
        return int(head.start())
    cut = max(text.rfind(",", lo, hi), text.rfind(";", lo, hi), text.rfind(":", lo, hi))
    if cut < 0 or wordless(ps, text[cut + 1 : hi]):
        return None
    return cut + 1


def indicator_of(doc: Doc, d: Draft, block_drafts: list[Draft]) -> tuple[int, int]:
    """The value's indicator span, found once (both its levels and its record read it).

    A value with no words of its own (`X: kế hoạch 100%; thực hiện 97,8%`, `X: năm 2025: 40%; năm
    2026: 50%`), or a change written right after a value (`X đạt 62%, tăng 4,1% so với năm 2023`),
    measures what the value before it in the sentence measures.
    """
    key = (d.clause.start, d.mention.start)
    if key not in doc.indicators:
        ps, flat = doc.ps, doc.flat
        span = indicator_span(ps, flat, d.clause, d.clause_mentions, d.index, d.quals)
        before = d.before(block_drafts)
        if before and before.sentence == d.sentence:
            gap = flat[before.mention.end : d.qual.start]
            # (a change after `;` is an item of its own: `… tăng 12%; tiết kiệm 10% chi thường xuyên`)
            own = flat[span[0] : span[1]]  # no words, or only a column's label (`(kế hoạch là 7%)`)
            if ((not clean(ps, own) or ps.column_gap.match(own)) and ps.column_gap.match(gap)) or (
                d.qual.change and before.clause == d.clause and span[0] >= d.mention.end and wordless(ps, gap)
            ):
                span = indicator_of(doc, before, block_drafts)
        doc.indicators[key] = span
    return doc.indicators[key]


def clean(ps: PatternSet, text: str) -> str:
    """Indicator text: one line, no connective or bracket at either end."""
    text = str(_SPACES.sub(" ", text)).strip(_TRIM)
    lead = ps.connective.match(text)
    text = (text[lead.end() :] if lead else text).strip(_TRIM)
    tail = ps.indicator_tail.search(text)  # `… thủ tục hành chính và`, `… cấp xã lần lượt`: a list goes on
    text = text[: tail.start()].strip(_TRIM) if tail and tail.start() else text
    label = ps.column_label.search(text)  # `Tỷ lệ hồ sơ trực tuyến: kế hoạch`: a table's column
    return text[: label.start()] if label and label.start() else text


def only_date_or_aim(ps: PatternSet, text: str, span: tuple[int, int]) -> bool:
    """Whether a value's own words (``span``) are only a date (`năm 2028`) or a further aim (`phấn đấu đạt`): such a
    value goes on with the value before it (its rate's change, its area)."""
    return bool(ps.dated_only.match(text, *span) or ps.aimed_only.match(text, *span))
