"""Structure and metadata read from the bundled sample plan."""

from __future__ import annotations

import pytest

from cchc_extract import extract_file, extract_text

from .conftest import SAMPLE


def test_sample_metadata() -> None:
    record = extract_file(SAMPLE)[0]
    assert record.doc_number == "112/KH-UBND"
    assert record.doc_date == "2024-01-15"
    assert record.doc_issuer == "ỦY BAN NHÂN DÂN TỈNH HÒA PHONG"
    assert record.plan_year == 2024
    assert record.doc_title and record.doc_title.startswith("KẾ HOẠCH")


def test_sections_nest_by_marker_style() -> None:
    text = (
        "II. MỤC TIÊU\n2. Chỉ tiêu cụ thể:\n2.6. Xây dựng chính quyền số:\n"
        "a) Tối thiểu 60% hồ sơ được xử lý trực tuyến.\n"
    )
    (record,) = extract_text(text)
    assert record.section == "II. MỤC TIÊU > 2. Chỉ tiêu cụ thể: > 2.6. Xây dựng chính quyền số: > a)"
    assert record.area == "digital_government"


def test_hard_wrapped_heading_and_item_are_joined() -> None:
    text = (
        "2.3. Cải cách tổ chức bộ máy hành chính\nnhà nước:\n"
        "b) Giảm tối thiểu 03% số lượng đơn vị sự\nnghiệp công lập so với năm 2021.\n"
    )
    (record,) = extract_text(text)
    assert (record.area, record.change, record.baseline_year, record.line) == ("apparatus", "decrease", 2021, 3)


def test_a_hard_wrap_at_a_sentences_end_joins_a_full_line_to_the_next() -> None:
    # a hard-wrapped text: a full line that happens to end a sentence goes on in the next line, in the same paragraph
    from cchc_extract.rules import load_patterns
    from cchc_extract.structure.layout import analyze

    wrapped = "\n".join(
        [
            "Huyện đẩy mạnh cải cách hành chính",
            "",
            "Năm 2027, Ủy ban nhân dân huyện tiếp tục đẩy mạnh cải cách hành chính,",
            "tập trung số hóa hồ sơ và kết quả giải quyết thủ tục hành chính ở bộ phận",
            "một cửa cấp huyện, cấp xã theo đúng lộ trình mà tỉnh đã đặt ra từ đầu năm.",
            "Tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình phấn đấu đạt trên 80%,",
            "tỷ lệ hồ sơ được số hóa khi tiếp nhận đạt 100% trong mọi lĩnh vực.",
            "Cùng với đó, huyện rà soát toàn bộ quy trình nội bộ của các phòng chuyên",
            "môn và công khai kết quả trên cổng thông tin điện tử của huyện.",
        ]
    )
    blocks = [wrapped[b.start : b.end] for b in analyze(load_patterns(), wrapped).blocks]
    assert [b.split()[0] for b in blocks] == ["Huyện", "Năm", "Cùng"]
    # … but a page of one item per line, whose lengths spread wide, is no hard-wrapped text: a line that ends a
    # sentence ends its item, however long
    items = "\n".join(
        [
            "Các chỉ tiêu chủ yếu:",
            "- Tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình đạt trên 80% trở lên.",
            "Tỷ lệ hồ sơ được số hóa đạt 100%.",
            "- Giảm 5% biên chế so với năm 2026.",
            "Mức độ hài lòng của người dân đạt trên 90% trong mọi lĩnh vực của huyện nhà.",
            "Thu ngân sách tăng 8%.",
            "- Tỷ lệ văn bản được ký số đạt 95%.",
            "Chỉ số cải cách hành chính của huyện tăng ít nhất 2 bậc so với năm trước đó.",
        ]
    )
    item_blocks = analyze(load_patterns(), items).blocks
    assert len(item_blocks) == 8


def test_a_short_marked_heading_is_not_joined_to_the_long_paragraph_under_it() -> None:
    # the paragraph's first word would have fitted on the heading's line: no hard wrap
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nKẾ HOẠCH\nCải cách hành chính nhà nước tỉnh Kon Tum\n\n"
        "II. MỤC TIÊU ĐẾN NĂM 2030\n3. Cải cách chế độ công vụ\n"
        "Hoàn thành việc xây dựng vị trí việc làm trong các cơ quan, đơn vị; bảo đảm 100% cơ quan tuyển dụng "
        "công chức bằng hình thức thi tuyển cạnh tranh, công khai.\n"
    )
    (record,) = extract_text(text)
    assert record.section.endswith("II. MỤC TIÊU ĐẾN NĂM 2030 > 3. Cải cách chế độ công vụ")
    assert record.area == "civil_service"
    assert record.sentence.startswith("Hoàn thành")


def test_one_year_plan_title_gives_the_year_and_a_period_its_last_year() -> None:
    # GUIDE Fine points → Year: a title naming a period governs like a heading (it is no one-year plan)
    one = extract_text("KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2023\n\n100% hồ sơ được số hóa.")
    period = extract_text("KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2021 - 2025\n\n100% hồ sơ được số hóa.")
    assert (one[0].year, one[0].plan_year) == (2023, 2023)
    assert (period[0].year, period[0].plan_year) == (2025, None)


def test_a_title_citing_a_dated_text_is_no_one_year_plan() -> None:
    """`KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 09/CT-TTG NGÀY 3 THÁNG 4 NĂM 2026 …`: the year is the cited text's date,
    not the plan's (structure.toml ``one_year``, years.toml ``year.in_year``), and dates no target below."""
    text = (
        "KẾ HOẠCH\nTHỰC HIỆN CHỈ THỊ SỐ 09/CT-TTG NGÀY 3 THÁNG 4 NĂM 2026 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ CHUYỂN ĐỔI SỐ\n\n"
        "Phấn đấu 90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng."
    )
    (record,) = extract_text(text)
    assert (record.plan_year, record.year) == (None, None)


def test_news_dateline_dates_results() -> None:
    text = "Tin tức\n\n05/03/2023 10:15\n\nĐến nay, đã có 45,5% hồ sơ được số hóa."
    (record,) = extract_text(text)
    assert (record.kind, record.year) == ("result", 2023)


def test_values_inside_lead_ins_are_never_lost() -> None:
    text = (
        "Về thủ tục hành chính 80%: phấn đấu 90% hồ sơ đúng hạn.\n"
        "Phấn đấu 70% hồ sơ; về chính quyền số 60%: 100% hồ sơ."
    )
    assert [r.value for r in extract_text(text)] == [80.0, 90.0, 70.0, 60.0, 100.0]


@pytest.mark.parametrize(
    "line",
    [
        "Thứ Hai, 15/01/2024 08:30",
        "15/01/2024 - 08:30",
        "08:30 15/01/2024",
        "Cập nhật: 15/01/2024",
        "Ngày đăng: 15-01-2024 | 10:05",
        "15/01/2024 10h05",
        "(Thứ Hai, ngày 15/01/2024)",
        "15/01/2024",  # a date on a line of its own under the headline
        "Minh Anh 15/01/2024",  # after the author's name
    ],
)
def test_news_datelines_in_their_usual_forms(line: str) -> None:
    (record,) = extract_text(f"Tin cải cách hành chính\n\n{line}\n\nĐến nay, đã có 45,5% hồ sơ được số hóa.")
    assert (record.doc_date, record.year) == ("2024-01-15", 2024)


def test_a_date_above_the_headline_is_no_title() -> None:
    headline = "Huyện A triển khai kế hoạch cải cách hành chính năm 2024"
    (record,) = extract_text(f"15/01/2024\n{headline}\n\nĐến nay, đã có 45,5% hồ sơ được số hóa.")
    assert (record.doc_title, record.doc_date) == (headline, "2024-01-15")


def test_a_web_pages_chrome_above_the_headline_is_no_title() -> None:
    headline = "Huyện B đặt mục tiêu 90% hồ sơ trực tuyến năm 2027"
    for chrome in (
        "Nhảy đến nội dung\n\nĐăng nhập",
        "A- A A+ | Tăng tương phản",
        "![]() |",
        "title Tin tức",
        "Xuất bản thông tin",  # a portal's box title
        "Truy cập nội dung luôn\n\nChi tiết tin",
    ):
        *_, record = extract_text(f"{chrome}\n\n{headline}\n\nHuyện cũng giao các xã số hóa 80% hồ sơ.")
        assert (record.doc_title, record.year, record.section) == (headline, 2027, "")


def test_a_first_line_pointing_back_to_text_before_it_is_no_headline() -> None:
    """An excerpt cut mid-text (`Theo đó, …`) opens on a sentence of its body: it names no area for the page."""
    opening = "Theo đó, tỉnh tập trung xây dựng chính quyền số trong năm 2027."
    body = "Phấn đấu 95% cán bộ, công chức cấp xã được bồi dưỡng về quản lý nhà nước."
    (record,) = extract_text(f"{opening}\n\n{body}")
    assert (record.doc_title, record.area) == (None, "civil_service")
    # the same line with no connector is the page's headline, and its area governs the text
    (record,) = extract_text(f"{opening.removeprefix('Theo đó, ')}\n\n{body}")
    assert record.area == "digital_government"


def test_a_short_sentence_ending_in_a_date_is_no_dateline() -> None:
    text = "Tin\n\nTỷ lệ hồ sơ số hóa đạt 45,5%.\n\nHọp ngày 15/01/2024"
    assert extract_text(text)[0].doc_date is None


def test_a_cited_date_in_the_body_is_not_the_documents_date() -> None:
    text = "Tin\n\nTheo Nghị quyết ngày 15/7/2021 và Kế hoạch ngày 2 tháng 3 năm 2022, tỷ lệ đạt 45,5%."
    assert extract_text(text)[0].doc_date is None


def test_the_issuer_stops_at_the_national_motto_a_pdf_puts_on_its_line() -> None:
    from cchc_extract import extract_text

    text = (
        "ỦY BAN NHÂN DÂN TỈNH NAM HƯNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n"
        "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026\n"
        "Tối thiểu 85% hồ sơ được giải quyết trực tuyến.\n"
    )
    record = extract_text(text)[0]
    assert record.doc_issuer == "ỦY BAN NHÂN DÂN TỈNH NAM HƯNG"
    alone = extract_text(text.replace(" CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ""))[0]
    assert alone.doc_issuer == "ỦY BAN NHÂN DÂN TỈNH NAM HƯNG"


def test_footnotes_in_mid_text_end_where_a_numbered_heading_resumes_it() -> None:
    text = (
        "1. Về hạ tầng số\n- Đã có 120 trạm phát sóng mới¹.\n\n"
        "¹ Số liệu của Sở Khoa học và Công nghệ.\n"
        "Theo báo cáo quý III.\n\n"
        "2. Về cải cách thủ tục hành chính\n- Tỷ lệ hồ sơ đúng hạn đạt 97%.\n"
    )
    (record,) = extract_text(text)
    assert record.section.startswith("2. Về cải cách thủ tục hành chính")
    assert record.area == "procedures"
    # the footnote's own lines stay footnotes: they carry no heading
    (noted,) = extract_text("1. Về cải cách thủ tục hành chính\n\n¹ Theo báo cáo năm 2026.\nTỷ lệ đúng hạn là 97%.\n")
    assert not noted.section


def test_a_colon_inside_a_bracket_heads_nothing() -> None:
    text = (
        "3. Về cung cấp dịch vụ công trực tuyến\n"
        "- Hệ thống giải quyết TTHC của nhiều địa phương chưa đáp ứng (mức C: 60%, mức D: 25%, mức E: 15%; "
        "không có hệ thống nào đạt mức A, B). Đến nay, các địa phương đang nâng cấp hệ thống.\n"
    )
    records = extract_text(text)
    assert [r.value for r in records] == [60.0, 25.0, 15.0]
    assert all(r.section == "3. Về cung cấp dịch vụ công trực tuyến > -" for r in records), records[0].section


def test_a_line_standing_apart_above_the_list_it_opens_is_a_heading() -> None:
    # a blank line above, the list's first item right under it: the line heads the list (its kind and
    # period govern the items); the same line with running text under it heads nothing
    text = (
        "Tin tức\n\nCác chỉ tiêu chủ yếu của phường (nhiệm kỳ 2025-2030)\n"
        "- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99%.\n- Tỷ lệ hài lòng của người dân trên 95%.\n"
    )
    records = extract_text(text)
    assert [(r.kind, r.year) for r in records] == [("target", 2030), ("target", 2030)]
    assert records[0].section.startswith("Các chỉ tiêu chủ yếu của phường")
    prose = text.replace("\n- ", "\nNăm 2024, phường ghi nhận: ", 1)
    assert not extract_text(prose)[0].section.startswith("Các chỉ tiêu")


def test_a_line_in_emphasis_ending_in_a_colon_heads_the_items_under_it() -> None:
    # a crawl keeps Markdown emphasis around a stage's lead line: its period (2028) governs the items, not the
    # whole programme's (2032), as it would with the emphasis dropped
    text = (
        "**Mục tiêu của Đề án đến năm 2032**\n\n*Giai đoạn từ 2026 - 2028:*\n\n"
        "- 70% hợp tác xã được hướng dẫn đăng ký trực tuyến.\n\n*Giai đoạn từ 2029 - 2032:*\n\n"
        "- 90% hợp tác xã được hướng dẫn đăng ký trực tuyến.\n"
    )
    assert [r.year for r in extract_text(text)] == [2028, 2032]
    assert [r.year for r in extract_text(text.replace("*G", "G").replace(":*", ":"))] == [2028, 2032]


def _crawled(letterhead: str, body: str, facts: str = "") -> str:
    """A legal-text site's page as its crawl keeps it: a facts box and a letterhead flattened one cell per line
    between `|` lines (many of them), then the text."""
    cells = [("Loại văn bản", "Kế hoạch"), *_facts(facts)]
    box = "".join(f"|\n**{label}:**\n|\n{value}\n|\n" for label, value in cells)
    chrome = "|\n|\nĐang tải văn bản...\n" + "|\n" * 30
    return chrome + box + letterhead + body


def _facts(facts: str) -> list[tuple[str, str]]:
    """`Số hiệu=…;Ngày ban hành=…` as (label, value) cells of the facts box."""
    return [(label, value) for label, _, value in (pair.partition("=") for pair in facts.split(";") if pair)]


def test_a_crawled_text_keeps_its_title_number_and_date_below_a_long_run_of_pipe_lines() -> None:
    """The title stands below 40 lines of `|` and facts-box cells, which count for nothing; a `Công điện` is a
    document type; the letterhead's date, wrapped over two lines in emphasis, ends with `*`."""
    letterhead = (
        "|\n**ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN**\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n|\n|\nSố: 41/CĐ-UBND\n|\n"
        "*Bắc Sơn, ngày 12\ntháng 3 năm 2027*\n|\n**CÔNG ĐIỆN**\nVỀ ĐẨY MẠNH DỊCH VỤ CÔNG TRỰC TUYẾN NĂM 2027\n"
    )
    body = "\nPhấn đấu 90% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến.\n"
    (record,) = extract_text(_crawled(letterhead, body))
    assert (record.doc_number, record.doc_date, record.plan_year) == ("41/CĐ-UBND", "2027-03-12", 2027)
    assert record.doc_title and record.doc_title.startswith("**CÔNG ĐIỆN**")
    assert record.year == 2027


def test_a_crawled_letter_takes_its_number_from_its_letterhead_or_the_facts_box() -> None:
    """A letter (`Công văn`) has no document-type title: its own number stands in its letterhead (`Số: …`), and
    when the crawl kept no letterhead, the site's facts box gives number and date (`Số hiệu`, `Ngày ban hành`)."""
    body = "\nĐề nghị các đơn vị bảo đảm 100% hồ sơ được số hóa khi tiếp nhận.\n"
    letterhead = (
        "|\n**ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN**\n|\n|\nSố: 77/UBND-KSTT\n*V/v số hóa hồ sơ*\n|\n"
        "*Bắc Sơn, ngày 5\ntháng 6 năm 2027*\n|\n"
    )
    (own,) = extract_text(_crawled(letterhead, body))
    assert (own.doc_number, own.doc_date) == ("77/UBND-KSTT", "2027-06-05")
    (boxed,) = extract_text(_crawled("", body, "Số hiệu=78/UBND-KSTT;Ngày ban hành=06/06/2027"))
    assert (boxed.doc_number, boxed.doc_date) == ("78/UBND-KSTT", "2027-06-06")


def test_a_range_wrapped_at_its_dash_is_one_value_and_a_list_item_after_a_year_is_not() -> None:
    """`… tăng bình quân 05` / `- 06%/năm`: a hard wrap inside a range, not a list item; `Mục tiêu đến năm 2027`
    / `- 100% …` is a heading over an item (a year ends no range)."""
    wrapped = (
        "Giá trị giao dịch trực tuyến đến năm 2030 dự kiến đạt 30 tỷ đồng, tốc độ tăng bình quân 05\n"
        "- 06%/năm trong giai đoạn 2026 - 2030.\n"
    )
    (record,) = extract_text(wrapped)
    assert (record.value, record.value_max, record.comparator) == (5.0, 6.0, "range")
    listed = "a) Mục tiêu đến năm 2027\n- 100% hồ sơ được số hóa khi tiếp nhận.\n- 90% hồ sơ được xử lý trực tuyến.\n"
    assert [(r.value, r.year) for r in extract_text(listed)] == [(100.0, 2027), (90.0, 2027)]


def test_a_static_sites_front_matter_gives_the_pages_headline_and_date() -> None:
    # a post kept as its site stores it: YAML or JSON front matter, then the text; a result with no year of its
    # own takes the page's date, as under a dateline
    body = "\nQua kiểm tra, toàn huyện đã số hóa 82% hồ sơ thủ tục hành chính.\n"
    yaml_post = (
        '---\nlayout: post\ntitle: "Huyện Mỹ Hòa số hóa hồ sơ"\ndate: 2026-03-12 08:00:00\ntags:\n  - Hành chính\n---\n'
    )
    json_post = (
        '---json\n{\n    "slug": "so-hoa",\n    "title": "Huyện Mỹ Hòa số hóa hồ sơ",\n'
        '    "date": "2026-03-12T08:00:00.000Z"\n}\n---\n'
    )
    for post in (yaml_post, json_post):
        (record,) = extract_text(post + body)
        assert (record.doc_title, record.doc_date) == ("Huyện Mỹ Hòa số hóa hồ sơ", "2026-03-12")
        assert (record.kind, record.year) == ("result", 2026)


def test_a_paragraph_in_emphasis_ending_in_a_colon_leads_the_list_under_it_as_a_plain_one_does() -> None:
    # the closing `*` of Markdown emphasis after the colon hides no lead-in: `Kết quả … như sau:` gives the list's kind
    lead = (
        "Trong năm qua, Ủy ban nhân dân huyện đã tập trung lãnh đạo, chỉ đạo các phòng, ban chuyên môn và Ủy ban "
        "nhân dân các xã triển khai đồng bộ các nhiệm vụ cải cách hành chính. Kết quả đạt được cụ thể như sau:"
    )
    item = "\n\n- Tỷ lệ hồ sơ được số hóa 95%.\n"
    plain, emphasised = extract_text(lead + item)[0], extract_text(f"*{lead}*{item}")[0]
    assert (emphasised.kind, emphasised.rules) == (plain.kind, plain.rules) == ("result", plain.rules)
    assert "kind.section" in emphasised.rules


def test_a_pages_running_header_or_a_page_break_heads_nothing() -> None:
    # a PDF's text keeps the Official Gazette's header and page number between two items of one list, and a crawl
    # marks a page break: the items after them stay under the list's heading and its year
    text = (
        "KẾ HOẠCH ĐÀO TẠO CÁN BỘ\n\nb) Mục tiêu cụ thể đến năm 2032\n- Cán bộ cấp xã:\n"
        "+ 100% cán bộ được bồi dưỡng kiến thức pháp luật.\n\nCÔNG BÁO/Số 415/Ngày 12-03-2029\n31\n\n"
        "+ 90% cán bộ được bồi dưỡng kỹ năng số.\n\n--- PAGE BREAK ---\n\n+ 80% cán bộ đạt chuẩn.\n"
    )
    records = extract_text(text)
    assert [r.value for r in records] == [100.0, 90.0, 80.0]
    for record in records:
        assert record.year == 2032
        assert record.section == "b) Mục tiêu cụ thể đến năm 2032 > - Cán bộ cấp xã: > +"


def test_a_photos_caption_heads_nothing() -> None:
    # a news page keeps a photo's caption between paragraphs: a credit (`- Ảnh Minh Châu`, `(Ảnh minh họa)`) or
    # people doing something at a place; none names the section, so the paragraph's own topic decides
    for caption in (
        "Bộ phận một cửa đẩy mạnh chuyển đổi số - Ảnh Minh Châu",
        "Cán bộ xã tham gia lớp tập huấn chuyển đổi số tại hội trường huyện",
        "Xây dựng chính quyền số ở cơ sở (Ảnh minh họa)",
        # … someone named at an event (`… phát biểu …`, `… tham quan …`), a delegation or the scene
        "Đồng chí Phó Chủ tịch UBND huyện phát biểu chỉ đạo về chuyển đổi số",
        "Người dân tham quan gian trưng bày ứng dụng chuyển đổi số của huyện",
        "Đại diện Sở Thông tin và Truyền thông giới thiệu nền tảng số",
        "Quang cảnh hội nghị trực tuyến về chuyển đổi số",
    ):
        text = (
            "Sở Nội vụ công bố kế hoạch cải cách hành chính năm 2027\n\n"
            "Sở Nội vụ vừa ban hành kế hoạch với nhiều chỉ tiêu cụ thể.\n\n"
            f"{caption}\n\n"
            "Phấn đấu cắt giảm 30% thời gian giải quyết thủ tục hành chính.\n"
        )
        [record] = extract_text(text)
        assert (record.value, record.area, record.section) == (30.0, "procedures", ""), caption
    # a line in capitals heads its part, whatever its words
    heading = "CÁN BỘ, CÔNG CHỨC TẠI CẤP XÃ"
    [record] = extract_text(f"KẾ HOẠCH BỒI DƯỠNG NĂM 2027\n\n{heading}\n\nPhấn đấu 90% được bồi dưỡng kỹ năng số.\n")
    assert record.section == heading


def test_a_semicolon_in_a_brackets_aside_before_its_value_parts_no_clause() -> None:
    """`(từ 15 xuống còn 12 phòng; tương đương 20%)` is one aside: the share stays in the clause of the cut
    it restates; a bracket that lists values (`(huyện A 43%; huyện B 40%)`) is still split between them."""
    from cchc_extract.segment import Span, clauses

    aside = "Sở giảm 3 phòng (từ 15 xuống còn 12 phòng; tương đương 20%); giảm 5 biên chế."
    parts = [aside[s.start : s.end] for s in clauses(aside, Span(0, len(aside)))]
    assert parts == ["Sở giảm 3 phòng (từ 15 xuống còn 12 phòng; tương đương 20%);", " giảm 5 biên chế."]
    listed = "Tỷ lệ chi trả đạt 70% (huyện A 43%; huyện B 40%)."
    assert len(clauses(listed, Span(0, len(listed)))) == 2


def test_an_ellipsis_character_before_a_capital_ends_a_sentence() -> None:
    """`…` then a capital ends a sentence as `...` does (the tokenizer splits only on the dots), so a value's
    sentence, and the words read for its area, are not the next report's; before a small letter (`xã, phường… và
    thôn`) the sentence goes on."""
    from cchc_extract.segment import sentences

    text = "Năm 2027 xã phấn đấu 98% trường học đạt chuẩn… Tại hội nghị, Phòng Tài chính xã trình dự toán ngân sách."
    first, second = (text[s.start : s.end] for s in sentences(text, 0, len(text)))
    assert first.endswith("đạt chuẩn…") and second.startswith("Tại hội nghị")
    listed = "Tỷ lệ hồ sơ trực tuyến của xã, phường… và thôn đạt 90%."
    assert len(sentences(listed, 0, len(listed))) == 1
    [record] = extract_text(text + "\n")
    assert record.sentence.endswith("đạt chuẩn…")


def test_a_sentence_lead_in_names_the_area_of_its_own_paragraph() -> None:
    # `Với chuyển đổi số, …` opens a sentence: its area holds for its paragraph, not for the next one's own topic
    title = "KẾ HOẠCH KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2027\n\n"
    lead = "Với chuyển đổi số, tỉnh phấn đấu 90% dịch vụ công trực tuyến toàn trình.\n\n"
    records = extract_text(f"{title}{lead}Việc giải quyết hồ sơ đúng hạn phải đạt tối thiểu 98%.\n")
    assert [(r.value, r.area) for r in records] == [(90.0, "digital_government"), (98.0, "procedures")]
    # … unless the next paragraph goes on with it (`Ngoài ra, …`) or the lead-in's paragraph opens a list (`…:`)
    records = extract_text(f"{title}{lead}Ngoài ra, hồ sơ đúng hạn phải đạt tối thiểu 98%.\n")
    assert records[1].area == "digital_government"
    listed = "Về chuyển đổi số, tỉnh đặt các mục tiêu sau:\n\n- 90% dịch vụ công trực tuyến toàn trình.\n\n"
    records = extract_text(f"{title}{listed}- Hồ sơ đúng hạn đạt tối thiểu 98%.\n")
    assert records[1].area == "digital_government"
