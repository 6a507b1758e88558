"""The readers: one plan gives the same records as .txt, .docx, .pdf, .html (and .doc/.odt/.rtf).

Also each reader on its own: decoding (BOMs, UTF-16, Windows-1258), the bounded read,
Word's body order and letterhead, PDF running lines and page joins, the main content of
a web page, LibreOffice conversion, and sniffing standard input.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import os
import shutil
import subprocess
import threading
import unicodedata
from pathlib import Path

import pytest

from cchc_extract import InputError, extract_file
from cchc_extract.models import Record
from cchc_extract.pipeline import extract_document
from cchc_extract.readers import (
    FORMATS,
    SUPPORTED,
    decode,
    office,
    read_bytes_as,
    read_document,
    read_limited,
    sniff,
)
from cchc_extract.readers.html import html_text
from cchc_extract.readers.pdf import join_pages

from .fixtures import docx, plan_docx, plan_html, plan_text, soffice_convert, tiny_pdf, to_cp1258

TEXT = "Phấn đấu tối thiểu 80% hồ sơ được xử lý trực tuyến."
HAS_SOFFICE = shutil.which("soffice") is not None
needs_soffice = pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice (soffice) is not installed")


def fields(records: list[Record]) -> list[tuple[object, ...]]:
    """What must not depend on the format: offsets, lines and sentences aside."""
    return [(r.value, r.kind, r.comparator, r.year, r.area, tuple(r.levels)) for r in records]


# --- one plan, every format -------------------------------------------------------------


@pytest.fixture(scope="module")
def plan_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("plan")
    files = {"txt": folder / "plan.txt", "docx": folder / "plan.docx", "html": folder / "plan.html"}
    files["txt"].write_text(plan_text(), encoding="utf-8")
    plan_docx(files["docx"])
    files["html"].write_text(plan_html(), encoding="utf-8")
    if HAS_SOFFICE:
        # LibreOffice without its Writer part (libreoffice-calc-nogui alone) cannot export Word files
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            files["pdf"] = soffice_convert(files["docx"], "pdf", folder)
    return files


def needs_writer(plan_files: dict[str, Path]) -> None:
    if "pdf" not in plan_files or not plan_files["pdf"].is_file():
        pytest.skip("LibreOffice with Writer is not installed (apt install libreoffice-writer-nogui)")


def test_the_text_plan_has_what_the_other_formats_must_match(plan_files: dict[str, Path]) -> None:
    records = extract_file(plan_files["txt"])
    assert fields(records) == [
        (62.5, "result", "eq", 2024, "digital_government", ()),
        (97.2, "result", "eq", 2024, "procedures", ()),
        (80.0, "target", "gte", 2025, "procedures", ()),
        (90.0, "target", "gt", 2025, "procedures", ()),
        (100.0, "target", "eq", 2025, "procedures", ("province",)),
        (90.0, "target", "eq", 2025, "procedures", ("district",)),
        (80.0, "target", "eq", 2025, "procedures", ("commune",)),
        (5.0, "target", "gte", 2025, "apparatus", ()),
        (95.0, "target", "eq", 2025, "digital_government", ()),
    ]
    assert (records[0].doc_number, records[0].doc_date, records[0].plan_year) == ("12/KH-UBND", "2025-01-20", 2025)


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_one_plan_gives_the_same_records_in_every_format(plan_files: dict[str, Path], fmt: str) -> None:
    if fmt == "pdf":
        needs_writer(plan_files)
    expected = extract_file(plan_files["txt"])
    records = extract_file(plan_files[fmt])
    assert fields(records) == fields(expected)
    assert {r.text_source for r in records} == {"extracted"}
    assert all(r.plan_year == 2025 for r in records)
    if fmt != "html":  # a web page has no letterhead
        assert {(r.doc_number, r.doc_date) for r in records} == {("12/KH-UBND", "2025-01-20")}


def test_the_docx_letterhead_reads_as_the_text_file_does(plan_files: dict[str, Path]) -> None:
    meta = lambda r: (r.doc_number, r.doc_date, r.doc_issuer, r.doc_title)  # noqa: E731
    assert {meta(r) for r in extract_file(plan_files["docx"])} == {meta(r) for r in extract_file(plan_files["txt"])}


def test_pdf_records_carry_their_page_and_no_running_line(plan_files: dict[str, Path]) -> None:
    needs_writer(plan_files)
    doc = read_document(plan_files["pdf"])
    assert len(doc.pages) >= 3 and doc.pages[0] == 0
    assert "Trang" not in doc.text and "Kế hoạch cải cách hành chính tỉnh" not in doc.text
    records = extract_file(plan_files["pdf"])
    pages = [r.page for r in records]
    assert pages == sorted(pages) and pages[0] == 1 and pages[-1] >= 3
    for record in records:  # the page is where the value stands
        assert doc.pages[record.page - 1] <= record.start  # type: ignore[operator]
    assert all(r.page is None for r in extract_file(plan_files["docx"]))


def test_the_web_page_is_its_article_only(plan_files: dict[str, Path]) -> None:
    text = read_document(plan_files["html"]).text
    assert text.startswith("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH TỈNH LAM SƠN NĂM 2025\n")
    for boilerplate in ("quảng cáo", "Trang chủ", "Tin liên quan", "Bản quyền", "width", "share"):
        assert boilerplate not in text
    assert "Tỷ lệ văn bản điện tử được ký số | 95%" in text.split("\n")


@pytest.mark.parametrize("fmt", ["doc", "odt", "rtf"])
def test_legacy_formats_are_converted_by_libreoffice(plan_files: dict[str, Path], fmt: str, tmp_path: Path) -> None:
    needs_writer(plan_files)
    converted = soffice_convert(plan_files["docx"], fmt, tmp_path)
    assert fields(extract_file(converted)) == fields(extract_file(plan_files["txt"]))


def test_without_libreoffice_a_doc_says_how_to_read_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(office, "soffice", lambda: None)
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(
        InputError, match=r"old\.doc: \.doc files need LibreOffice.*apt install.*save the file as \.docx"
    ):
        read_document(path)
    assert {".doc", ".odt", ".rtf"} <= SUPPORTED


@needs_soffice
def test_a_conversion_past_its_time_limit_is_stopped(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"took more than 0\.01 s .* was stopped"):
        office.read(b"{\\rtf1 Toi thieu 80%}", "x.rtf", "x.rtf", 10**6, "rtf", timeout=0.01)


def test_a_docx_named_doc_is_read_as_docx_without_libreoffice(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(office, "soffice", lambda: None)
    path = docx(tmp_path / "portal.doc", [TEXT])
    assert [r.value for r in extract_file(path)] == [80.0]


# --- decoding (text files) --------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        to_cp1258(TEXT),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "windows-1258"],
)
def test_decodes(data: bytes) -> None:
    assert unicodedata.normalize("NFC", decode(data)) == TEXT


def test_windows_1258_file_gives_records_with_offsets(tmp_path: Path) -> None:
    path = tmp_path / "windows1258.txt"
    path.write_bytes(to_cp1258(TEXT))
    records = extract_file(path)
    assert [(r.value, r.comparator, r.document, r.text_source) for r in records] == [
        (80.0, "gte", "windows1258.txt", "text")
    ]


def test_binary_is_refused_with_the_file_name() -> None:
    with pytest.raises(InputError, match=r"^scan\.pdf: binary data"):
        decode(b"%PDF-1.4\x00\x01\x02\xff", "scan.pdf")


def test_invalid_text_is_refused_with_advice() -> None:
    with pytest.raises(InputError, match="re-save it as UTF-8"):
        decode(b"\x81\x8d\x8f\x90\x9d" * 20, "bad.txt")


def test_missing_file_and_folder_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        extract_file(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_document(tmp_path)


# --- the bounded read -------------------------------------------------------------------


def test_read_limited_reads_up_to_the_limit_and_refuses_past_it() -> None:
    assert read_limited(io.BytesIO(b"x" * 100), 100, "a") == b"x" * 100
    with pytest.raises(InputError, match=r"^<stdin>: the data is over the 0\.0001 MB limit for one document; split"):
        read_limited(io.BytesIO(b"x" * 101), 100, "<stdin>")


def test_a_device_is_read_through_the_limit() -> None:
    with pytest.raises(InputError, match=r"/dev/zero: the data is over the 1 MB limit .* --max-size"):
        read_document(Path("/dev/zero"), 1_000_000)


def test_a_large_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as out:
        out.truncate(3_000_000)
    with pytest.raises(InputError, match=r"big\.txt: 3 MB is over the 1 MB limit for one document"):
        read_document(path, 1_000_000)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_explicitly_is_read(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.txt"
    os.mkfifo(fifo)

    def write() -> None:
        with fifo.open("w", encoding="utf-8") as out:
            out.write(TEXT)

    writer = threading.Thread(target=write)
    writer.start()
    assert read_document(fifo).text == TEXT
    writer.join(5)


# --- sniffing (standard input) ----------------------------------------------------------


def test_sniff_tells_the_formats_apart(tmp_path: Path) -> None:
    assert sniff(b"<!DOCTYPE html><html><body><p>x</p>") == "html"
    assert sniff("\ufeff  <html lang='vi'>".encode()) == "html"
    assert sniff(docx(tmp_path / "a.docx", [TEXT]).read_bytes()) == "docx"
    assert sniff(tiny_pdf(["x"])) == "pdf"
    assert sniff(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest") == "doc"
    assert sniff(b"{\\rtf1\\ansi x}") == "rtf"
    assert sniff(TEXT.encode()) == "text"
    assert sniff(b"width: 100%; <b>not a page</b>") == "text"
    assert set(FORMATS) == {"text", "html", "docx", "pdf", "doc", "odt", "rtf"}


def test_standard_input_html_is_read_as_a_page() -> None:
    page = "<html><head><style>.a{width:100%}</style></head><body><p>" + TEXT + "</p></body></html>"
    doc = read_bytes_as(page.encode(), "<stdin>", None)
    assert doc.extracted and [r.value for r in extract_document(doc)] == [80.0]
    assert not read_bytes_as(TEXT.encode(), "<stdin>", "text").extracted
    with pytest.raises(InputError, match="over the"):
        read_bytes_as(b"x" * 11, "<stdin>", None, 10)


# --- Word -------------------------------------------------------------------------------


def test_docx_keeps_tables_in_body_order_and_rows_together(tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_paragraph("Mở đầu văn bản dài hơn ba dòng.")
    for _ in range(3):
        doc.add_paragraph("Đoạn văn.")
    doc.add_paragraph("3. Xây dựng chính quyền số:")
    table = doc.add_table(rows=2, cols=3)
    for r, row in enumerate([["Chỉ tiêu", "Kế hoạch", "Ghi chú"], ["Tỷ lệ hồ sơ trực tuyến", "80%", ""]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.add_paragraph("Sau bảng.")
    doc.save(str(tmp_path / "t.docx"))
    lines = read_document(tmp_path / "t.docx").text.split("\n")
    at = lines.index("3. Xây dựng chính quyền số:")
    assert lines[at + 1 : at + 4] == [
        "Chỉ tiêu | Kế hoạch | Ghi chú",
        "Tỷ lệ hồ sơ trực tuyến | 80% | ",
        "Sau bảng.",
    ]  # the empty note cell keeps its column


def test_docx_content_controls_are_read_in_place(tmp_path: Path) -> None:
    from docx import Document
    from docx.oxml import parse_xml

    doc = Document()
    doc.add_paragraph("Trước.")
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    control = f"<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>Đạt 80%</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    doc.add_paragraph("Sau.")._p.addprevious(parse_xml(control))
    doc.save(str(tmp_path / "sdt.docx"))
    assert read_document(tmp_path / "sdt.docx").text == "Trước.\nĐạt 80%\nSau."


def test_a_broken_docx_is_one_line_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04" + os.urandom(200))
    with pytest.raises(InputError, match=r"broken\.docx: not a valid \.docx file \(.*\); open and re-save it"):
        read_document(path)


# --- PDF --------------------------------------------------------------------------------


def test_running_lines_and_page_numbers_are_removed_and_pages_joined() -> None:
    header = "UBND TỈNH LAM SƠN - Kế hoạch CCHC năm 2025"
    pages = [
        f"{header}\nMở đầu của kế hoạch.\nPhấn đấu tỷ lệ hồ sơ trực tuyến đạt tối\nTrang 1",
        f"{header}\nthiểu 80% vào năm 2025; cải cách hành chín-\nh được đẩy mạnh.\n2/3",
        f"{header}\n- 3 -\nGiai đoạn 2021-\n2025 kết thúc.\n3",
    ]
    text, starts = join_pages(pages)
    assert text == (
        "Mở đầu của kế hoạch.\nPhấn đấu tỷ lệ hồ sơ trực tuyến đạt tối\n"
        "thiểu 80% vào năm 2025; cải cách hành chính được đẩy mạnh.\nGiai đoạn 2021-2025 kết thúc."
    )
    assert text[starts[1] :].startswith("thiểu 80%") and text[starts[2] :].startswith("Giai đoạn")
    assert starts[0] == 0


def test_a_sentence_split_by_a_page_footer_keeps_its_comparator(tmp_path: Path) -> None:
    from cchc_extract import extract_text

    text, _ = join_pages(["KẾ HOẠCH NĂM 2025\nHồ sơ trực tuyến đạt tối\nTrang 9", "thiểu 80% tổng số hồ sơ.\nTrang 10"])
    assert [(r.value, r.comparator) for r in extract_text(text)] == [(80.0, "gte")]


def test_pdf_failures_are_one_line(tmp_path: Path) -> None:
    from .fixtures import textless_pdf

    corrupt = tmp_path / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.4\n" + os.urandom(300))
    with pytest.raises(InputError, match=r"corrupt\.pdf: (not a readable PDF|the PDF has no text layer)"):
        read_document(corrupt)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(textless_pdf())
    with pytest.raises(InputError, match=r"scan\.pdf: the PDF has no text layer \(a scan\?\); run OCR on it first"):
        read_document(scan)


def test_a_pdf_page_without_text_is_a_warning_not_silence(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(tiny_pdf(["Toi thieu 80% ho so nam 2025."]))))
    writer.add_blank_page(612, 792)
    writer.write(tmp_path / "half.pdf")
    doc = read_document(tmp_path / "half.pdf")
    assert "80%" in doc.text and doc.pages == (0, len(doc.text))
    assert doc.warnings == ("page 2 of 2 gave no text (scanned?); run OCR on the PDF to read them",)


# --- HTML -------------------------------------------------------------------------------


def test_html_title_headings_and_tables() -> None:
    page = (
        "<html><head><title>Cổng TTĐT - Tin</title></head><body><nav><a>Trang chủ</a><a>Giảm 50% phí</a></nav>"
        "<div class='content'><h1>Kết quả CCHC quý I</h1><h3>1. Thủ tục hành chính</h3>"
        "<p>Tỷ lệ hồ sơ đúng hạn<br>đạt 98%.</p><table><tr><th>Chỉ tiêu</th><th>Kết quả</th></tr>"
        "<tr><td><p>Hồ sơ</p><p>trực tuyến</p></td><td>65%</td></tr></table></div>"
        "<footer>Liên hệ</footer><script>x='10%'</script></body></html>"
    )
    assert html_text(page).split("\n") == [
        "Kết quả CCHC quý I",
        "",
        "1. Thủ tục hành chính",
        "Tỷ lệ hồ sơ đúng hạn",
        "đạt 98%.",
        "Chỉ tiêu | Kết quả",
        "Hồ sơ trực tuyến | 65%",
        "",
    ]


def test_html_title_falls_back_to_the_title_tag_and_odd_pages_read() -> None:
    assert html_text("<html><head><title>Tin  mới</title></head><body><p>Đạt 80%.</p></body></html>").startswith(
        "Tin mới\n\nĐạt 80%."
    )
    assert html_text('<?xml version="1.0" encoding="utf-8"?><html><body><p>Đạt 80%.</p></body></html>') == "Đạt 80%.\n"
    assert html_text("   ") == "" and html_text("<!-- only a comment -->") == ""


def test_a_text_node_the_parser_cannot_hold_is_refused_not_dropped() -> None:
    with pytest.raises(InputError, match=r"page\.html: the HTML parser could not read the whole page"):
        html_text("<p>" + "Đạt 80% " * 1_500_000 + "</p>", "page.html")


def test_a_document_read_in_part_is_said_in_the_summary_and_the_errors_file(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(tiny_pdf(["Toi thieu 80% ho so nam 2025."]))))
    writer.add_blank_page(612, 792)
    writer.write(tmp_path / "half.pdf")
    errors = tmp_path / "errors.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "cchc_extract", "extract", str(tmp_path / "half.pdf"), "--errors", str(errors)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and len(json.loads(done.stdout)) == 1  # what was read is written
    assert f"warning: {tmp_path / 'half.pdf'}: page 2 of 2 gave no text" in done.stderr
    assert "1 read only in part" in done.stderr
    [entry] = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert entry["path"] == str(tmp_path / "half.pdf") and entry["warning"].startswith("page 2 of 2")
