"""Work that grows with the size of one paragraph, counted rather than timed: a run-on sentence or a paragraph
of thousands of values (a flattened table, a list pasted as one line) must cost each value about what a short
one does. Every value of a long sentence asks about the words before it (its clause's, its sentence's); a
question answered by scanning those words again, or by walking every other value, made a sentence of 8,000
values take minutes. Two counts, which do not move from run to run: the Python calls (``cProfile``) and the
characters the rules are run over (the spans of every rule call)."""

from __future__ import annotations

import cProfile
import pstats
from collections.abc import Callable
from typing import Any

import pytest

from cchc_extract import extract_text, pipeline
from cchc_extract.decide.year_phrases import YearPhrase
from cchc_extract.safe_regex import SafePattern

# one paragraph each: values parted by commas in one sentence, by `;` in one sentence, and sentences in a row
SHAPES = {
    "one sentence": "Tỷ lệ hồ sơ của xã đạt 90,5%, ",
    "one sentence of ; items": "Năm 2027, phấn đấu 90% hồ sơ được số hóa; ",
    "sentences in one paragraph": "Năm 2027, phấn đấu 90,5% hồ sơ được số hóa. ",
    # values that take their levels and area from the one before (`Tỷ lệ này …`, a planned figure): each reads its
    # neighbour's, decided once, and the next sentence of the paragraph is read, not the whole rest of it
    "sentences pointing back": "Tỷ lệ này của xã đạt 60%. ",
    "planned figures in one sentence": "huyện đặt chỉ tiêu 50%, ",
    # values whose own words are only a year: each takes its chain's rate, and weighs the year phrases near it
    "values dated in one clause": "năm 2026 đạt 9%, ",
    # `;` items with decimals: each reads the weak cue of the other values of its own item only
    "; items with decimals": "ngành A tăng 6,2%; ",
    # `;` items each naming a rate as a change: each value takes the last one named before it, looked up, not walked
    # to; and asks whether the rest of its sentence names a year (a deadline for its clause) from one scan of years
    "; items naming rates": "tốc độ tăng trưởng ngành A đạt 7%; ",
    # levels listed before values in one sentence: each level phrase is claimed by one lookup, not a look at all
    "levels in one sentence": "cấp tỉnh 90%, cấp huyện 80%, cấp xã 70%, ",
    # a year beside each value of one clause: the clause's phrases are sorted out once for all its values
    "years beside values in one clause": "năm 2026 đạt 9% so với năm 2025, ",
}


def _work(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    """(Python calls, characters scanned by rule calls) of extracting ``text``; every read of a year phrase's field
    counts as a call (a look at every phrase of a clause is one list comprehension, not one call per phrase)."""
    scanned = [0]

    def counting(method: Callable[..., Any]) -> Callable[..., Any]:
        def call(self: SafePattern, string: str, pos: int = 0, endpos: int | None = None) -> Any:
            scanned[0] += (len(string) if endpos is None else endpos) - pos
            return method(self, string, pos, endpos)

        return call

    def read(self: YearPhrase, name: str) -> Any:  # a read of a year phrase counts as a call
        return object.__getattribute__(self, name)

    with monkeypatch.context() as patch:
        for name in ("search", "match", "finditer"):
            patch.setattr(SafePattern, name, counting(getattr(SafePattern, name)))
        patch.setattr(YearPhrase, "__getattribute__", read)
        profile = cProfile.Profile()
        profile.enable()
        extract_text(text)
        profile.disable()
    return int(pstats.Stats(profile).total_calls), scanned[0]  # type: ignore[attr-defined]


@pytest.mark.parametrize("shape", SHAPES)
def test_twice_the_values_in_one_paragraph_cost_about_twice_the_work(
    shape: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    extract_text("Tỷ lệ hồ sơ đạt 90%.")  # rules compiled before counting
    (calls, chars), (calls2, chars2) = _work(SHAPES[shape] * 300, monkeypatch), _work(SHAPES[shape] * 600, monkeypatch)
    assert calls2 < 2.3 * calls, (calls, calls2)
    assert chars2 < 2.3 * chars, (chars, chars2)


def test_items_naming_rates_each_look_up_the_last_rate_before_them(monkeypatch: pytest.MonkeyPatch) -> None:
    # the walk over the rates named before each value grows as the square only past a few hundred items
    extract_text(SHAPES["; items naming rates"] * 300)
    (calls, _), (calls2, _) = (_work(SHAPES["; items naming rates"] * n, monkeypatch) for n in (600, 1200))
    assert calls2 < 2.3 * calls, (calls, calls2)


def test_the_paragraphs_after_the_last_value_are_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # a page's links and footer, or a plan's closing sections, follow its last figure: nothing there decides a
    # record, so the walk over the paragraphs (headings, sentences, lead-ins) stops at the last one holding a value
    values = "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027\n\nNăm 2027, phấn đấu 90% hồ sơ được xử lý trực tuyến.\n\n"
    tail = "".join(f"Mục {k}. Các sở, ngành tổ chức thực hiện kế hoạch này theo chức năng.\n\n" for k in range(400))
    read: list[int] = []
    walk = pipeline.block_drafts

    def counting(doc: Any, tracker: Any, block: Any, mentions: Any) -> Any:
        read.append(block.start)
        return walk(doc, tracker, block, mentions)

    monkeypatch.setattr(pipeline, "block_drafts", counting)
    alone = extract_text(values)
    walked = len(read)
    assert extract_text(values + tail) == alone
    assert len(read) == 2 * walked, (walked, len(read) - walked)
    # a table after the last value of the text still reads the structure down to where it stands
    read.clear()
    table = "\n\nPhụ lục\n\n| Chỉ tiêu | Năm 2027 |\n|---|---|\n| Tỷ lệ hồ sơ trực tuyến | 95% |\n"
    records = extract_text(values + tail + table)
    assert [r.value for r in records] == [90.0, 95.0]
    assert len(read) > 400


def test_a_paragraph_of_thousands_of_values_pointing_back_gives_every_record() -> None:
    # each value of the chain takes its levels and area from the one before it: read from that value's decision,
    # not by a recursion back to the chain's start, which ran past Python's limit at about a thousand values
    text = "Tỷ lệ hồ sơ của cấp xã đạt 50%. " + "Tỷ lệ này đạt 60%. " * 1500
    records = extract_text(text)
    assert len(records) == 1501
    assert {tuple(r.levels) for r in records} == {("commune",)}
