"""Properties of the whole pipeline on generated text (hypothesis).

Generated texts mix Vietnamese syllables and reform words, numbers in every form the
rules read, `%`, `/`, dashes, list markers, combining marks, NUL, lone surrogates and
very long runs. The number of examples per property is CCHC_PROPERTY_EXAMPLES
(default 150 in the test run; set it higher for a longer local run).
"""

from __future__ import annotations

import io
import os
import unicodedata

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc_extract import Record, extract_text
from cchc_extract.normalize import normalize
from cchc_extract.writers import read_csv, write_csv, write_jsonl

EXAMPLES = int(os.environ.get("CCHC_PROPERTY_EXAMPLES", "150"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = [
    "tối thiểu",
    "trên",
    "không quá",
    "khoảng",
    "giảm",
    "tăng",
    "đạt",
    "phấn đấu",
    "đã đạt",
    "tương ứng là",
    "cấp tỉnh",
    "cấp huyện",
    "cấp xã",
    "năm 2025",
    "Đến năm 2030:",
    "so với năm 2021",
    "giai đoạn 2021-2025",
    "trở lên",
    "hồ sơ",
    "thủ tục hành chính",
    "Về cải cách thể chế:",
    "trong đó",
    "mỗi năm",
    "số",
    "hoá",
    "Uỷ ban",
    "KẾ HOẠCH",
    "NĂM 2024",
    "ngày 15/7/2021",
    "Số: 12/KH-UBND",
    "13/09/2022 09:56",
    "tính đến hết 31/5/2020",
]
PIECES = [
    "80",
    "90,09",
    "05",
    "100",
    "2/3",
    "25-35",
    "1.384",
    "0,4",
    "%",
    " %",
    "/",
    "-",
    "–",
    "—",
    ";",
    ",",
    ".",
    ":",
    "(",
    ")",
    "\n",
    "\n\n",
    " ",
    "\u00a0",
    "I. ",
    "2.2. ",
    "a) ",
    "đ) ",
    "- ",
    "Một là, ",
    "\u0301",
    "\u0323",
    "\u0300",
    "\x00",
    "\ud800",
    "\udfff",
    "\ufeff",
    "\ufffd",
    "\t",
    "\r\n",
]
piece = st.one_of(st.sampled_from(WORDS), st.sampled_from(PIECES), st.text(min_size=1, max_size=3))
long_run = st.builds(lambda c, n: c * n, st.sampled_from(["a", "9", "% ", "ố", " "]), st.integers(100, 5000))
documents = st.lists(st.one_of(piece, piece, piece, long_run), max_size=80).map("".join)

NUMBER = regex.compile(r"(\d+)(?:[.,](\d+))?")
SURROGATE = regex.compile(r"[\ud800-\udfff]")


def _number_at(text: str, start: int) -> float:
    m = NUMBER.match(text, start)
    assert m, f"no number at {start}: {text[start : start + 10]!r}"
    rest = text[m.end() : m.end() + 4]
    if rest.startswith("/"):
        b = NUMBER.match(text, m.end() + 1)
        assert b
        return round(100 * int(m.group(1)) / int(b.group(1)), 2)
    return float(m.group(0).replace(",", "."))


@SETTINGS
@given(documents)
def test_records_point_at_their_numbers(text: str) -> None:
    for record in extract_text(text):
        assert 0 <= record.start < record.end <= len(text)
        assert text[record.start].isdigit()
        assert _number_at(text, record.start) == record.value
        assert record.line == text.count("\n", 0, record.start) + 1
        assert record.column == record.start - (text.rfind("\n", 0, record.start) + 1) + 1


@SETTINGS
@given(documents)
def test_records_round_trip_through_json_and_csv(text: str) -> None:
    records = extract_text(text, document="=gen.txt")
    out = io.StringIO()
    write_jsonl(records, out)
    assert [Record.model_validate_json(line) for line in out.getvalue().splitlines()] == records
    table = io.StringIO()
    write_csv(records, table)
    table.seek(0)
    assert list(read_csv(table)) == records


@SETTINGS
@given(documents)
def test_normalization_offset_map_is_monotonic(text: str) -> None:
    norm = normalize(text)
    sources = [norm.to_source(i) for i in range(len(norm.text) + 1)]
    assert sources == sorted(sources)
    assert all(0 <= s <= len(text) for s in sources)
    # surrogates cannot be normalized; every stretch between them is NFC
    assert all(unicodedata.is_normalized("NFC", part) for part in SURROGATE.split(norm.text))
