"""Tables: one invented table written in each shape gives the same records.

The table has a unit column (`%` on some rows, a count unit on others), a column whose header
states `(%)`, a two-level header (`Năm 2026` over `Kế hoạch | Ước thực hiện`), group rows that
change the year (`Giai đoạn 2026-2027`, `Giai đoạn 2028-2030`), a continuation row (`- Khu vực
nông thôn`), a `≥` cell and a range cell.
"""

from __future__ import annotations

import shutil

import pytest

from cchc_extract import extract_text

TITLE = "KẾ HOẠCH CHUYỂN ĐỔI SỐ HUYỆN MINH HẢI\n\nBIỂU CHỈ TIÊU SỐ HÓA\n\n"

# (number, label, unit, planned 2026, done 2026, households' rate); "" is an empty cell
HEADER_TOP = ["STT", "Chỉ tiêu", "Đơn vị", "Năm 2026", "Năm 2026", "Tỷ lệ hộ tham gia (%)"]
HEADER_SUB = ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Ước thực hiện", "Tỷ lệ hộ tham gia (%)"]
BODY = [
    ["I", "Giai đoạn 2026-2027", "", "", "", ""],
    ["1", "Tỷ lệ thôn có loa truyền thanh thông minh", "%", "≥ 85", "78,5", ""],
    ["2", "Số điểm phát wifi công cộng", "Điểm", "120", "96", "35"],
    ["3", "Độ phủ sóng di động thế hệ mới", "", "", "", ""],
    ["", "- Khu vực nông thôn", "%", "60 - 70", "64", ""],
    ["II", "Giai đoạn 2028-2030", "", "", "", ""],
    ["1", "Tỷ lệ thôn có loa truyền thanh thông minh", "%", "100", "", ""],
]


def _markdown() -> str:
    """A Markdown pipe table: both header rows above its `|---|` line."""
    lines = ["| " + " | ".join(r) + " |" for r in (HEADER_TOP, HEADER_SUB)]
    lines.append("|" + "---|" * len(HEADER_TOP))
    lines += ["| " + " | ".join(r) + " |" for r in BODY]
    return TITLE + "\n".join(lines) + "\n"


def _rows() -> str:
    """One line per row, cells joined by ` | ` (what the .docx and .html readers write; merged cells repeat)."""
    return TITLE + "\n".join(" | ".join(r) for r in [HEADER_TOP, HEADER_SUB, *BODY]) + "\n"


def _tabbed() -> str:
    """One line per row, cells parted by tabs (a word processor's table pasted into plain text; an empty cell
    leaves two tabs in a row, and an empty first cell a tab opening the line)."""
    return TITLE + "\n".join("\t".join(r) for r in [HEADER_TOP, HEADER_SUB, *BODY]) + "\n"


def _flattened() -> str:
    """A crawl's flattening: a line holding only `|` after every cell and before every row;
    the merged top header cell is written once, the sub-header row holds only its two cells."""
    top = ["STT", "Chỉ tiêu", "Đơn vị", "Năm 2026", "Tỷ lệ hộ tham gia (%)"]
    sub = ["Kế hoạch", "Ước thực hiện"]
    numbering = ["1", "2", "3", "4", "5", "6"]
    out: list[str] = []
    for row in [top, sub, numbering, *BODY]:
        out.append("|")
        for cell in row:
            if cell:
                out.append(cell)
            out.append("|")
    return TITLE + "\n".join(out) + "\n"


def _fields(text: str) -> list[tuple]:
    return [
        (r.value, r.value_max, r.comparator, r.kind, r.year, r.indicator, r.table_row, r.table_column)
        for r in extract_text(text)
        if r.table_row is not None
    ]


CHECKS = [
    (85.0, None, "gte", "target", 2026, "Tỷ lệ thôn có loa truyền thanh thông minh"),
    (78.5, None, "eq", "result", 2026, "Tỷ lệ thôn có loa truyền thanh thông minh"),
    (35.0, None, "eq", "target", 2027, "Số điểm phát wifi công cộng"),
    (60.0, 70.0, "range", "target", 2026, "Độ phủ sóng di động thế hệ mới - Khu vực nông thôn"),
    (64.0, None, "eq", "result", 2026, "Độ phủ sóng di động thế hệ mới - Khu vực nông thôn"),
    (100.0, None, "eq", "target", 2026, "Tỷ lệ thôn có loa truyền thanh thông minh"),
]


@pytest.mark.parametrize(
    "shape", [_markdown, _rows, _tabbed, _flattened], ids=["markdown", "rows", "tabbed", "flattened"]
)
def test_each_shape_gives_the_table_records(shape) -> None:
    got = _fields(shape())
    assert [g[:6] for g in got] == CHECKS
    # the counts column next to the percent column gives nothing: 120 and 96 are no records
    assert all(g[0] not in (120.0, 96.0) for g in got)
    assert got[0][6] == "Tỷ lệ thôn có loa truyền thanh thông minh"
    assert got[0][7] == "Năm 2026 Kế hoạch"
    assert got[2][7] == "Tỷ lệ hộ tham gia (%)"
    assert got[3][6] == "- Khu vực nông thôn"


def test_every_shape_gives_the_same_records() -> None:
    assert _fields(_markdown()) == _fields(_rows()) == _fields(_tabbed()) == _fields(_flattened())


def test_cell_offsets_point_at_the_first_digit() -> None:
    text = _flattened()
    for r in extract_text(text):
        assert text[r.start].isdigit()
        assert text[r.start : r.end].rstrip("%").replace(",", ".").split(" - ")[0].strip() in {
            f"{r.value:g}",
            "78.5",
        }


def _file_fields(path) -> list[tuple]:  # type: ignore[no-untyped-def]
    from cchc_extract import extract_file

    return [
        (r.value, r.value_max, r.comparator, r.kind, r.year, r.indicator, r.table_row, r.table_column)
        for r in extract_file(path)
        if r.table_row is not None
    ]


def _docx(path) -> None:  # type: ignore[no-untyped-def]
    from docx import Document

    book = Document()
    for line in TITLE.strip().split("\n\n"):
        book.add_paragraph(line)
    table = book.add_table(rows=0, cols=len(HEADER_TOP))
    for row in [HEADER_TOP, HEADER_SUB, *BODY]:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    book.save(path)


def test_a_word_table_and_a_web_table_give_the_same_records(tmp_path) -> None:  # type: ignore[no-untyped-def]
    expected = _fields(_rows())
    _docx(tmp_path / "bieu.docx")
    assert _file_fields(tmp_path / "bieu.docx") == expected
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in [HEADER_TOP, HEADER_SUB, *BODY])
    heads = "".join(f"<p>{line}</p>" for line in TITLE.strip().split("\n\n"))
    page = f"<html><body><article><h1>Biểu chỉ tiêu</h1>{heads}<table>{cells}</table></article></body></html>"
    (tmp_path / "bieu.html").write_text(page, encoding="utf-8")
    assert _file_fields(tmp_path / "bieu.html") == expected


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_a_pdf_table_made_by_libreoffice_gives_the_same_records(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from .fixtures import soffice_convert

    _docx(tmp_path / "bieu.docx")
    pdf = soffice_convert(tmp_path / "bieu.docx", "pdf", tmp_path)
    assert _file_fields(pdf) == _fields(_rows())


def test_a_numbered_row_ends_the_group_above_it_and_a_subnumbered_row_stays_in_it() -> None:
    """Group `1` names procedures: its row `1.1` takes that area, and row `2`, a figure of its own rank
    (a digital-economy one), is no longer under it."""
    text = (
        "| TT | Chỉ tiêu | Đơn vị | Mục tiêu |\n|---|---|---|---|\n"
        "| 1 | Chỉ tiêu về cải cách thủ tục hành chính | | |\n"
        "| 1.1 | Tỷ lệ hồ sơ được giải quyết trước và đúng hạn | % | 98 |\n"
        "| 2 | Tỷ trọng kinh tế số trong GRDP | % | 20 |\n"
    )
    areas = {r.value: (r.area, r.table_row) for r in extract_text(text)}
    assert areas[98.0] == ("procedures", "Tỷ lệ hồ sơ được giải quyết trước và đúng hạn")
    assert areas[20.0] == (None, "Tỷ trọng kinh tế số trong GRDP")


def test_a_cells_own_words_bound_and_change_its_value() -> None:
    """A plan's cell may say more than its number (`Tối thiểu 70`, `dưới 4%`, `giảm 10%`, `80% trở lên`): its words
    are read as a running text's words around a value are, the cell being the value's clause."""
    text = (
        "| TT | Chỉ tiêu | Đơn vị | Kế hoạch 2027 |\n|---|---|---|---|\n"
        "| 1 | Tỷ lệ hồ sơ trực tuyến | % | Tối thiểu 70 |\n"
        "| 2 | Tỷ lệ hồ sơ trễ hạn | % | dưới 4% |\n"
        "| 3 | Số thủ tục hành chính | % | giảm 10% |\n"
        "| 4 | Tỷ lệ văn bản ký số | % | 95 |\n"
    )
    read = {r.value: (r.comparator, r.change) for r in extract_text(text)}
    assert read == {70.0: ("gte", None), 4.0: ("lt", None), 10.0: ("eq", "decrease"), 95.0: ("eq", None)}


def test_a_title_naming_a_level_scopes_its_table_but_not_its_attachment_line() -> None:
    rows = "TT | Nội dung | Dự toán 2027 | Tỷ lệ so với năm 2026 (%)\n1 | Chi thường xuyên | 410.000 | 96,5\n"
    scoped = "BIỂU CHI NGÂN SÁCH CẤP HUYỆN NĂM 2027\n\n" + rows
    issuer = "BIỂU CHI NGÂN SÁCH NĂM 2027\n(Kèm theo Quyết định số 12/QĐ-UBND của Ủy ban nhân dân các huyện)\n\n" + rows
    assert [r.levels for r in extract_text(scoped) if r.table_row] == [["district"]]
    assert [r.levels for r in extract_text(issuer) if r.table_row] == [[]]


def _flattened_cells(rows: list[list[str]]) -> str:
    """A crawl's flattening: each cell on its own line after a `|` line (an empty cell: no line), a second
    `|` line closing each row."""
    return "".join("".join(f"|\n{cell}\n" if cell else "|\n" for cell in row) + "|\n" for row in rows)


def test_a_flattened_table_with_a_two_row_header_and_an_empty_notes_column_keeps_its_columns() -> None:
    """A short top row over sub-headers (`Hồ sơ tiếp nhận` and `Kết quả` each over three), then a rate and
    notes column that name one column each; the notes cells are empty, so each row ends in two empty
    segments (the cell and the row's gap), which a row twice as wide would also explain. (A group row
    stands between the header and the rows, as in the annexes this was met in: without one, the header's
    second row and the end of its first read as one more row of the table's width.)"""
    rows = [
        ["STT", "Đơn vị", "Hồ sơ tiếp nhận", "Kết quả giải quyết", "Tỷ lệ đúng hạn (%)", "Ghi chú"],
        ["Tổng số", "Trực tuyến", "Trực tiếp", "Đúng hạn", "Trễ hạn", "Đang giải quyết"],
        ["I. Khối phường"],
        *[[str(k), f"Phường số {k}", "120", "80", "40", "110", "5", "5", f"{60 + k},5", ""] for k in range(1, 11)],
        ["II. Khối xã"],
        *[[str(k), f"Xã số {k}", "120", "80", "40", "110", "5", "5", f"{60 + k},5", ""] for k in range(11, 31)],
    ]
    # as the crawl writes annexes one after another: the next annex's title takes the place of the last gap
    following = [["STT", "Đơn vị", "Số điểm phục vụ"], ["1", "Phường số 1", "3"], ["2", "Phường số 2", "4"]]
    text = (
        "BÁO CÁO KẾT QUẢ GIẢI QUYẾT HỒ SƠ NĂM 2027\n\n"
        + _flattened_cells(rows)
        + "**PHỤ LỤC II**\nSỐ ĐIỂM PHỤC VỤ\n"
        + _flattened_cells(following)
    )
    records = [r for r in extract_text(text) if r.table_row]
    assert [(r.value, r.table_row, r.table_column) for r in records] == [
        (float(f"{60 + k}.5"), f"{'Phường' if k < 11 else 'Xã'} số {k}", "Tỷ lệ đúng hạn (%)") for k in range(1, 31)
    ]
    assert all(r.kind == "result" and r.year == 2027 for r in records)


# a portal page's table copied one cell per paragraph: no `|`, an empty cell left as a blank paragraph
PARAGRAPH_CELLS = (
    "BÁO CÁO KẾT QUẢ SỐ HÓA NĂM 2027\n\n"
    "Kết quả thực hiện các chỉ tiêu của Kế hoạch số hóa năm 2027:\n\n"
    "Nội dung chỉ tiêu\n\nKế hoạch năm 2027\n\nThực hiện\n\nSo sánh\n\n"
    "a) Hồ sơ\n\n \n\n \n\n \n\n"
    "- Tỷ lệ hồ sơ được số hóa khi tiếp nhận\n\n90%\n\n86,4%\n\nChưa đạt\n\n"
    "- Tỷ lệ kết quả giải quyết được ký số\n\n \n\n"
    "+ Cấp huyện\n\n95%\n\n \n\n97%\n\nVượt\n\n"
    "+ Cấp xã\n\n(trừ hồ sơ mật)\n\n70%\n\n72%\n\nVượt\n\n"
    "Trong năm, huyện tiếp tục hướng dẫn các xã số hóa hồ sơ tồn đọng và rà soát lại các quy trình nội bộ.\n"
)


def test_a_table_copied_one_cell_per_paragraph_reads_its_columns() -> None:
    got = [(r.value, r.kind, r.year, r.table_column, r.levels) for r in extract_text(PARAGRAPH_CELLS)]
    assert got == [
        (90.0, "target", 2027, "Kế hoạch năm 2027", []),
        (86.4, "result", 2027, "Thực hiện", []),
        (95.0, "target", 2027, "Kế hoạch năm 2027", ["district"]),
        (97.0, "result", 2027, "Thực hiện", ["district"]),
        (70.0, "target", 2027, "Kế hoạch năm 2027", ["commune"]),
        (72.0, "result", 2027, "Thực hiện", ["commune"]),
    ]


def test_a_numbered_table_copied_one_cell_per_paragraph_keeps_its_numbers_apart() -> None:
    """Under a `TT` header each row opens with its number's paragraph; a group row (`I`) has no value."""
    page = (
        "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2028\n\n"
        "TT\n\nChỉ tiêu\n\nKế hoạch năm 2028\n\nGhi chú\n\n"
        "I\n\nChính quyền số\n\n"
        "1\n\nTỷ lệ hồ sơ giải quyết trực tuyến toàn trình\n\n65%\n\n"
        "2\n\nTỷ lệ văn bản đi được ký số\n\n98%\n\nMới\n\n"
        "Các phòng, ban rà soát và báo cáo kết quả trước ngày 15 hằng tháng để tổng hợp, đánh giá tiến độ.\n"
    )
    got = [(r.value, r.kind, r.year, r.table_row, r.table_column) for r in extract_text(page)]
    assert got == [
        (65.0, "target", 2028, "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình", "Kế hoạch năm 2028"),
        (98.0, "target", 2028, "Tỷ lệ văn bản đi được ký số", "Kế hoạch năm 2028"),
    ]


def test_short_paragraphs_that_name_no_plan_or_results_column_are_no_table() -> None:
    """A page's menu of short paragraphs before its values stays running text."""
    page = "Trang chủ\n\nTin tức\n\nSự kiện\n\nThủ tục hành chính\n\n" + "Tỷ lệ hồ sơ trực tuyến năm 2027 đạt 64%.\n"
    assert [(r.value, r.table_column) for r in extract_text(page)] == [(64.0, None)]


def test_a_header_row_set_apart_from_its_body_by_a_group_line_heads_it() -> None:
    # a crawl writes a row spanning the table as a line of its own, between blank lines, under the header row
    text = (
        "KẾ HOẠCH CHUYỂN ĐỔI SỐ CỦA HUYỆN\n\n"
        "TT | Chỉ tiêu | Đơn vị | Kế hoạch |\n\n"
        "**Giai đoạn 2027 - 2028**\n\n"
        "1 | Tỷ lệ hồ sơ được số hóa | % | 85 |\n"
        "2 | Tỷ lệ văn bản được ký số | % | 90 |"
    )
    records = extract_text(text)
    assert [(r.value, r.table_column, r.year, r.kind) for r in records] == [
        (85.0, "Kế hoạch", 2028, "target"),
        (90.0, "Kế hoạch", 2028, "target"),
    ]
    # … one line only: with a second one between them, the rows are a table of their own, with no header
    apart = text.replace("**Giai đoạn 2027 - 2028**", "**Giai đoạn 2027 - 2028**\n\nSố liệu do các phòng báo cáo.")
    assert [(r.value, r.table_column) for r in extract_text(apart)] == [(85.0, ""), (90.0, "")]


# a PDF's text layer: each cell's words wrapped over lines of their own, nothing between the cells, a page's running
# header and number and the header repeated on the next page between two rows
WRAPPED = (
    "PHỤ LỤC\nCÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ CỦA TỈNH\n(Kèm theo Kế hoạch số 15/KH-UBND của UBND tỉnh)\n\n"
    "TT\nCHỈ TIÊU\nMỤC TIÊU\nĐẾN NĂM 2028\nCƠ QUAN CHỦ\nTRÌ\n"
    "I\nCHÍNH QUYỀN SỐ\n \n"
    "1\nTỷ lệ hồ sơ thủ tục hành\nchính giải quyết trực\ntuyến toàn trình (%)\nPhấn đấu ≥\n65\n"
    "Sở Khoa học và\nCông nghệ\n"
    "2\nSố cơ sở dữ liệu dùng\nchung được kết nối\n(cơ sở dữ liệu)\n12\nSở Khoa học và\nCông nghệ\n"
    "\nCÔNG BÁO TỈNH/Số 30\n7\n \nTT\nCHỈ TIÊU\nMỤC TIÊU\nĐẾN NĂM 2028\nCƠ QUAN CHỦ\nTRÌ\n"
    "3\nTỷ lệ văn bản đi được ký\nsố (%)\n95 - 98\nVăn phòng\nUBND tỉnh\n"
    "4\nTỷ lệ hồ sơ trễ hạn (%)\nKhông quá\n2\nSở Nội vụ\n"
)


def test_a_pdfs_table_whose_cells_wrap_over_lines_reads_its_percent_rows() -> None:
    """Rows are found by their numbers in order, a label runs to the first value line (a bound may stand on the line
    before it), and only rows whose label names percent (`(%)`) give records: row 2 counts databases."""
    got = [(r.value, r.value_max, r.comparator, r.kind, r.year, r.table_row) for r in extract_text(WRAPPED)]
    assert got == [
        (65.0, None, "gte", "target", 2028, "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình (%)"),
        (95.0, 98.0, "range", "target", 2028, "Tỷ lệ văn bản đi được ký số (%)"),
        (2.0, None, "lte", "target", 2028, "Tỷ lệ hồ sơ trễ hạn (%)"),
    ]
    # with no `TT` header the lines are no table, and a number alone on its line is no percentage
    assert extract_text(WRAPPED.replace("TT\n", "")) == []


def test_a_rate_per_year_under_a_title_of_growth_is_that_growth() -> None:
    """A row label that names only a place gives no change; the table's title names the growth its rates per year
    measure (a rate in a column of counts or of shares is no growth)."""
    text = (
        "PHỤ LỤC II\nMỤC TIÊU TĂNG TRƯỞNG GRDP CÁC HUYỆN GIAI ĐOẠN 2026 - 2030\n\n"
        "TT | Huyện | Tốc độ bình quân (%/năm) |\n"
        "1 | Huyện Minh Hải | 8,5 |\n"
        "2 | Huyện Hòa Phong | 9,0 |\n"
    )
    assert [(r.value, r.change, r.per_year) for r in extract_text(text)] == [
        (8.5, "increase", True),
        (9.0, "increase", True),
    ]
    shares = text.replace("Tốc độ bình quân (%/năm)", "Tỷ lệ hộ nghèo (%)")
    assert [(r.value, r.change) for r in extract_text(shares)] == [(8.5, None), (9.0, None)]


def test_a_wrapped_tables_sub_rows_continue_the_numbered_row_above_in_its_unit() -> None:
    """`- Cấp tỉnh` / `90` after a row whose label names percent continues it, in percent, unless it names a unit of
    its own (`(điểm)`); a sub-row of a row that names no percent is no record."""
    text = (
        "PHỤ LỤC\nCÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH\n\n"
        "TT\nCHỈ TIÊU\nMỤC TIÊU\nĐẾN NĂM 2028\nCƠ QUAN\n"
        "1\nTỷ lệ hồ sơ nộp trực\ntuyến (%)\n80\nSở Nội vụ\n"
        "- Cấp tỉnh\n90\nCác sở\n"
        "Trong đó: số điểm\nphục vụ (điểm)\n12\nCác xã\n"
        "2\nTỷ lệ hồ sơ đúng hạn (%)\n98\nSở Nội vụ\n"
        "3\nSố thủ tục được cắt\ngiảm (thủ tục)\n50\nSở Tư pháp\n"
        "- Cấp xã\n70\nCác xã\n"
    )
    got = [(r.value, r.table_row, r.year, r.kind) for r in extract_text(text)]
    assert got == [
        (80.0, "Tỷ lệ hồ sơ nộp trực tuyến (%)", 2028, "target"),
        (90.0, "- Cấp tỉnh", 2028, "target"),
        (98.0, "Tỷ lệ hồ sơ đúng hạn (%)", 2028, "target"),
    ]
