"""Spreadsheets as analysts open them: laid out for reading, numbers as numbers, no cell a formula.

LibreOffice (Debian's `libreoffice-calc-nogui`) converts our CSV and XLSX files to
XLSX, which openpyxl then inspects. `.ci/run` installs LibreOffice; on a machine
without it those tests are skipped and say so.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cchc_extract.models import FIELD_ORDER, Record
from cchc_extract.writers import SPREADSHEET_COLUMNS, ExcelLocale, write_csv, write_xlsx

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
HOSTILE_NAMES = ["=1+2.txt", "+cmd.txt", "@SUM(A1).txt", "-2+3.txt"]
HOSTILE_TEXT = (
    '=HYPERLINK("http://example.invalid","x") tối thiểu 80% hồ sơ; @SUM(1+1) đạt 90% trở lên; '
    "+2+3 giảm 5% biên chế; -2+3 trên 70% hồ sơ trực tuyến."
)

needs_soffice = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice is not installed (apt-get install libreoffice-calc-nogui)"
)
# LibreOffice's CSV import options: separator, quote, UTF-8, first line, column types, language (LCID)
CSV_FILTERS = {"comma": "CSV:44,34,76,1", "vi": "CSV:59,34,76,1,,1066", "en": "CSV:44,34,76,1,,1033"}


def _convert(files: list[Path], outdir: Path, csv_filter: str = CSV_FILTERS["comma"]) -> list[Path]:
    """Open the files in LibreOffice (CSV read with ``csv_filter``) and save each as XLSX."""
    profile = f"-env:UserInstallation=file://{outdir.parent / 'lo-profile'}"  # its own, not a shared one
    import_filter = [f"--infilter={csv_filter}"] if any(f.suffix == ".csv" for f in files) else []
    command = [str(SOFFICE), profile, "--headless", *import_filter, "--convert-to", "xlsx", "--outdir", str(outdir)]
    subprocess.run([*command, *map(str, files)], capture_output=True, timeout=240, check=True)
    return [outdir / (f.stem + ".xlsx") for f in files]


def _record(document: str, value: float, sentence: str, **fields: object) -> Record:
    """A record built by hand: the writers are tested apart from the extractor."""
    return Record.model_validate(
        {
            "document": document,
            "start": 10,
            "end": 15,
            "line": 3,
            "column": 4,
            "value": value,
            "kind": "target",
            "comparator": "gte",
            "text": f"tối thiểu {value}%",
            "sentence": sentence,
            "pattern": "value.percent",
            "indicator": "hồ sơ được giải quyết trực tuyến",
            "year": 2025,
            "levels": ["province", "district"],
            **fields,
        }
    )


LONG = "Tối thiểu 85,5% hồ sơ thủ tục hành chính của cấp tỉnh, cấp huyện được giải quyết trực tuyến toàn trình. " * 3
RECORDS = [
    _record("=ke-hoach.txt", 85.5, LONG, section="II. MỤC TIÊU > 1."),
    _record("bao-cao.txt", 10.0, "Giảm 10% biên chế.", change="decrease", baseline_year=2021),
]


def test_a_workbook_is_laid_out_for_reading(tmp_path: Path) -> None:
    book_path = tmp_path / "book.xlsx"
    assert write_xlsx(RECORDS, book_path) == 2
    sheet = load_workbook(book_path).active
    header = [c.value for c in sheet[1]]
    assert header == SPREADSHEET_COLUMNS
    assert header[:9] == ["document", "indicator", "value", "comparator", "kind", "year", "area", "levels", "text"]
    assert header[-4:] == ["start", "end", "line", "column"]  # offsets last
    assert sheet.freeze_panes == "A2" and all(c.font.b for c in sheet[1])
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(row=1, column=len(header)).column_letter}3"
    column = {name: sheet.cell(row=1, column=i + 1).column_letter for i, name in enumerate(header)}
    widths = {name: sheet.column_dimensions[letter].width for name, letter in column.items()}
    assert all(6 <= w <= 60 for w in widths.values())
    assert widths["sentence"] == 60 and widths["value"] < widths["indicator"]  # long text capped, numbers narrow
    assert sheet[f"{column['sentence']}2"].alignment.wrap_text
    assert sheet[f"{column['indicator']}2"].alignment.wrap_text
    assert not sheet[f"{column['value']}2"].alignment.wrap_text
    assert sheet["A2"].value == "=ke-hoach.txt" and sheet["A2"].data_type == "s"  # text, never a formula
    assert sheet[f"{column['value']}2"].value == 85.5 and sheet[f"{column['year']}2"].value == 2025


def test_a_workbook_keeps_the_chosen_columns_and_streams_into_a_pipe(tmp_path: Path) -> None:
    class Pipe(io.BytesIO):  # a stream that cannot seek, as a FIFO or standard output
        def seekable(self) -> bool:
            return False

    pipe = Pipe()
    assert write_xlsx(RECORDS, pipe, ["value", "document"]) == 2
    sheet = load_workbook(io.BytesIO(pipe.getvalue())).active
    assert list(sheet.iter_rows(values_only=True)) == [
        ("value", "document"),
        (85.5, "=ke-hoach.txt"),
        (10, "bao-cao.txt"),
    ]
    assert sheet.auto_filter.ref == "A1:B3"


@pytest.mark.parametrize("locale", ["vi", "en"])
def test_an_excel_csv_has_the_locales_marks(locale: ExcelLocale) -> None:
    out = io.StringIO(newline="")
    write_csv(RECORDS, out, ["document", "value", "year", "levels"], excel_locale=locale)
    separator, number, levels = (
        (";", "85,5", '"province;district"') if locale == "vi" else (",", "85.5", "province;district")
    )
    lines = out.getvalue().split("\r\n")
    assert lines[0] == "\ufeff" + separator.join(["document", "value", "year", "levels"])  # no `sep=` line
    assert lines[1] == separator.join(["'=ke-hoach.txt", number, "2025", levels])  # quoted where `;` separates


@needs_soffice
@pytest.mark.parametrize("locale", ["vi", "en"])
def test_an_excel_csv_opens_with_numbers_as_numbers(tmp_path: Path, locale: ExcelLocale) -> None:
    ours = tmp_path / f"records-{locale}.csv"
    with ours.open("w", encoding="utf-8", newline="") as out:
        write_csv(RECORDS, out, excel_locale=locale)
    files = [ours]
    if locale == "vi":  # the control: a decimal point under vi-VN is text, so the locale really applies
        control = tmp_path / "control.csv"
        control.write_bytes("\ufeffdocument;value\r\nx.txt;85.5\r\n".encode())
        files.append(control)
    converted = _convert(files, tmp_path / "opened", CSV_FILTERS[locale])
    rows = list(load_workbook(converted[0]).active.iter_rows(values_only=True))
    header = list(rows[0])
    assert header == FIELD_ORDER
    value, year, document = header.index("value"), header.index("year"), header.index("document")
    assert [row[value] for row in rows[1:]] == [85.5, 10]
    assert [row[year] for row in rows[1:]] == [2025, 2025]
    assert rows[1][document] == "'=ke-hoach.txt" and "Tối thiểu 85,5%" in str(rows[1][header.index("sentence")])
    if locale == "vi":
        assert list(load_workbook(converted[1]).active.iter_rows(values_only=True))[1] == ("x.txt", "85.5")


@needs_soffice
def test_no_cell_becomes_a_formula_in_a_real_spreadsheet(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in HOSTILE_NAMES:
        (docs / name).write_text(HOSTILE_TEXT, encoding="utf-8")
    outputs = {"plain": tmp_path / "plain.csv", "excel": tmp_path / "excel.csv", "book": tmp_path / "book.xlsx"}
    run = [sys.executable, "-m", "cchc_extract", "extract", str(docs), "-q", "-j", "1"]
    subprocess.run([*run, "-f", "csv", "-o", str(outputs["plain"])], check=True, timeout=120)
    excel = ["-f", "csv", "--excel", "--excel-locale", "en", "-o", str(outputs["excel"])]  # read with the comma filter
    subprocess.run([*run, *excel], check=True, timeout=120)
    subprocess.run([*run, "-f", "xlsx", "-o", str(outputs["book"])], check=True, timeout=120)
    book_header = [c.value for c in load_workbook(outputs["book"]).active[1]]
    assert book_header == SPREADSHEET_COLUMNS  # the workbook opens with what was found, offsets last
    converted = _convert(list(outputs.values()), tmp_path / "opened")
    for path in converted:
        sheet = load_workbook(path).active
        cells = [c for row in sheet.iter_rows() for c in row]
        assert not [c.coordinate for c in cells if c.data_type == "f"], path.name
        documents = {str(sheet.cell(row=r, column=1).value).lstrip("'") for r in range(2, sheet.max_row + 1)}
        assert documents == set(HOSTILE_NAMES), path.name
        text = " ".join(str(c.value) for c in cells if isinstance(c.value, str))
        assert "tối thiểu" in text  # Vietnamese survives the round trip
