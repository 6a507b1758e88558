"""Properties of the whole pipeline on generated text (hypothesis).

Two generators. ``plans`` builds documents in the shapes real ones have — a title, headings
(`II. MỤC TIÊU`, `2.2. … :`, `Đến năm 2030:`), plan lines and bullets, subject-first
sentences, lists with `tương ứng là`, ranges, `|` table rows, Markdown emphasis (`**95%**`)
— with values planted in every document; a test holds that the generator does this (at least
90% of its documents give records), so the properties after it check records, not empty
lists. ``documents`` mixes Vietnamese syllables and reform words with numbers in every form,
`%`, `/`, dashes, markers, combining marks, NUL, lone surrogates and long runs: hostile text.

Checked: offsets and line/column point at the number; every record's value was planted;
records round-trip through JSON, JSON Lines, CSV and XLSX; ``-j 1`` and ``-j 2`` print the
same bytes; normalization's offset map is monotonic. CCHC_PROPERTY_EXAMPLES (default 150) is
the number of examples of each property; at the default the suite generates some 1,100
documents (five properties of 150, three lists of 100 for the yield test, and the 12 to 30
documents of each of the three ``-j`` runs). Set it higher for a longer local run.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc_extract import Record, extract_text
from cchc_extract.normalize import normalize
from cchc_extract.writers import read_csv, write_csv, write_json, write_jsonl, write_xlsx

EXAMPLES = int(os.environ.get("CCHC_PROPERTY_EXAMPLES", "150"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- documents in the shapes of real plans, reports and pages ---------------------------------

NUMBERS = ["80", "95", "100", "70", "60,5", "98,2", "05", "35", "12,75", "0,5", "50"]
QUALIFIERS = ["", "tối thiểu ", "trên ", "không quá ", "khoảng ", "ít nhất ", "dưới "]
SUBJECTS = [
    "hồ sơ thủ tục hành chính được giải quyết đúng hạn",
    "cán bộ, công chức cấp xã có trình độ đại học",
    "văn bản điện tử được ký số",
    "thủ tục hành chính được cung cấp trực tuyến toàn trình",
    "đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên",
    "người dân hài lòng với sự phục vụ của cơ quan hành chính",
]
HEADINGS = [
    "II. MỤC TIÊU CỤ THỂ",
    "2.2. Cải cách thủ tục hành chính:",
    "b) Xây dựng chính quyền số",
    "Đến năm 2030:",
    "I. KẾT QUẢ ĐẠT ĐƯỢC",
    "Về cải cách chế độ công vụ:",
]
TITLES = ["KẾ HOẠCH\nCải cách hành chính năm 2025", "BÁO CÁO\nKết quả cải cách hành chính năm 2024", ""]
MARKERS = ["", "- ", "+ ", "a) ", "1. ", "* "]

number = st.sampled_from(NUMBERS)


def _value(text: str) -> float:
    return float(text.replace(",", "."))


@st.composite
def _plan_line(draw: Any) -> tuple[str, list[float]]:
    n = draw(number)
    line = f"{draw(st.sampled_from(MARKERS))}{draw(st.sampled_from(QUALIFIERS))}{n}% {draw(st.sampled_from(SUBJECTS))}."
    return line[0].upper() + line[1:], [_value(n)]


@st.composite
def _subject_first(draw: Any) -> tuple[str, list[float]]:
    n = draw(number)
    verb = draw(st.sampled_from(["đạt", "phấn đấu đạt", "đã đạt", "là"]))
    return f"Tỷ lệ {draw(st.sampled_from(SUBJECTS))} {verb} {draw(st.sampled_from(QUALIFIERS))}{n}%.", [_value(n)]


@st.composite
def _respectively(draw: Any) -> tuple[str, list[float]]:
    ns = draw(st.lists(number, min_size=3, max_size=3))
    listed = ", ".join(f"{n}%" for n in ns)
    return f"Tỷ lệ {draw(st.sampled_from(SUBJECTS))} của cấp tỉnh, cấp huyện, cấp xã tương ứng là {listed}.", [
        _value(n) for n in ns
    ]


@st.composite
def _range(draw: Any) -> tuple[str, list[float]]:
    low = draw(st.integers(10, 60))
    high = draw(st.integers(low + 5, 95))
    form = draw(st.sampled_from([f"{low}-{high}%", f"từ {low}% đến {high}%"]))
    return f"Phấn đấu {form} {draw(st.sampled_from(SUBJECTS))}.", [float(low)]


@st.composite
def _table(draw: Any) -> tuple[str, list[float]]:
    ns = draw(st.lists(number, min_size=1, max_size=4))
    rows = [f"| {i} | Tỷ lệ {draw(st.sampled_from(SUBJECTS))} | % | {n}% |" for i, n in enumerate(ns, start=1)]
    return "\n".join(["| STT | Chỉ tiêu | Đơn vị | Kế hoạch năm 2026 |", "|---|---|---|---|", *rows]), [
        _value(n) for n in ns
    ]


@st.composite
def _emphasis(draw: Any) -> tuple[str, list[float]]:
    n = draw(number)
    subject = draw(st.sampled_from(SUBJECTS))
    return draw(st.sampled_from([f"- **{n}%** {subject}.", f"Tỷ lệ {subject} đạt **{n}%**."])), [_value(n)]


valued = st.one_of(_plan_line(), _subject_first(), _respectively(), _range(), _table(), _emphasis())
heading = st.sampled_from(HEADINGS).map(lambda h: (h, list[float]()))


@st.composite
def plans(draw: Any) -> tuple[str, list[float]]:
    """A document with values in it, and the values planted."""
    blocks = draw(st.lists(st.one_of(valued, valued, heading), min_size=1, max_size=8))
    if not any(values for _, values in blocks):
        blocks.append(draw(valued))
    title = draw(st.sampled_from(TITLES))
    seps = draw(st.lists(st.sampled_from(["\n", "\n\n"]), min_size=len(blocks), max_size=len(blocks)))
    text = (title + "\n\n" if title else "") + "".join(b + sep for (b, _), sep in zip(blocks, seps, strict=True))
    return text, [v for _, values in blocks for v in values]


# --- hostile text ------------------------------------------------------------------------------

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
    "| ",
    "**",
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


def _check_offsets(text: str, records: list[Record]) -> None:
    for record in records:
        assert 0 <= record.start < record.end <= len(text)
        assert text[record.start].isdigit()
        assert _number_at(text, record.start) == record.value
        assert record.line == text.count("\n", 0, record.start) + 1
        assert record.column == record.start - (text.rfind("\n", 0, record.start) + 1) + 1


def _round_trips(records: list[Record], tmp: Path) -> None:
    as_json = io.StringIO()
    write_json(records, as_json)
    assert [Record.model_validate(row) for row in json.loads(as_json.getvalue())] == records
    lines = io.StringIO()
    write_jsonl(records, lines)
    assert [Record.model_validate_json(line) for line in lines.getvalue().splitlines()] == records
    table = io.StringIO()
    write_csv(records, table)
    table.seek(0)
    assert list(read_csv(table)) == records
    book = tmp / "records.xlsx"
    write_xlsx(records, book)
    assert _read_xlsx(book) == records


def _read_xlsx(path: Path) -> list[Record]:
    """Records back from a workbook: lists were joined with `;`, booleans and null written as CSV writes them."""
    from openpyxl import load_workbook

    fields = Record.model_fields
    rows = load_workbook(path, read_only=True).active.iter_rows(values_only=True)
    header = next(rows)
    out = []
    for row in rows:
        data: dict[str, Any] = {}
        for name, cell in zip(header, row, strict=True):
            if name in ("levels", "rules"):
                data[name] = cell.split(";") if cell else []
            elif cell in (None, "") and fields[name].default is None:
                data[name] = None
            elif cell in ("true", "false"):
                data[name] = cell == "true"
            elif cell is not None:
                data[name] = cell
        out.append(Record.model_validate(data))
    return out


# --- real shapes -------------------------------------------------------------------------------


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(plans(), min_size=100, max_size=100))
def test_generated_plans_yield_records(docs: list[tuple[str, list[float]]]) -> None:
    found = [extract_text(text) for text, _ in docs]
    with_records = sum(1 for records in found if records)
    assert with_records >= 0.9 * len(docs), [
        text for (text, _), records in zip(docs, found, strict=True) if not records
    ]
    # most documents give every value planted in them
    complete = sum(
        1
        for (_, planted), records in zip(docs, found, strict=True)
        if sorted(r.value for r in records) == sorted(planted)
    )
    assert complete >= 0.8 * len(docs)


@SETTINGS
@given(plans())
def test_plan_records_point_at_planted_numbers(doc: tuple[str, list[float]]) -> None:
    text, planted = doc
    records = extract_text(text)
    _check_offsets(text, records)
    for record in records:
        assert any(abs(record.value - v) < 0.01 for v in planted), (record.value, planted, text)


@SETTINGS
@given(doc=plans())
def test_plan_records_round_trip_through_every_format(doc: tuple[str, list[float]], tmp_path_factory: Any) -> None:
    records = extract_text(doc[0], document="=plan.txt")
    _round_trips(records, tmp_path_factory.mktemp("xlsx"))


@settings(max_examples=max(2, EXAMPLES // 50), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=st.lists(plans(), min_size=12, max_size=30))
def test_one_job_and_two_jobs_print_the_same(docs: list[tuple[str, list[float]]], tmp_path_factory: Any) -> None:
    folder = tmp_path_factory.mktemp("docs")
    for k, (text, _) in enumerate(docs):
        (folder / f"{k:03d}.txt").write_text(text, encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-m", "cchc_extract", "extract", str(folder), "-j", jobs, "-f", "jsonl", "-q"],
            capture_output=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b"\n") >= len(docs) * 0.9  # records, not an empty comparison


# --- hostile text ------------------------------------------------------------------------------


@SETTINGS
@given(documents)
def test_records_point_at_their_numbers(text: str) -> None:
    _check_offsets(text, extract_text(text))


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
