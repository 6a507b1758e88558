"""Year scopes (decide/year.py, context.py, the year rules of patterns/years.toml), on invented text.

One test per construction of the guide's *Fine points → Year*; each fails when the rule or
decision it names is taken out.
"""

from __future__ import annotations

from cchc_extract import Record, extract_text


def _years(text: str) -> list[tuple[float, int | None]]:
    return [(r.value, r.year) for r in extract_text(text)]


def _record(text: str, value: float) -> Record:
    return next(r for r in extract_text(text) if abs(r.value - value) < 0.01)


def test_a_title_naming_a_period_gives_its_last_year_to_the_targets_below() -> None:
    text = (
        "KẾ HOẠCH\nSỐ HÓA HỒ SƠ HÀNH CHÍNH CỦA HUYỆN MỸ LỘC GIAI ĐOẠN 2027 - 2029\n\n"
        "II. MỤC TIÊU\n1. 100% hồ sơ được số hóa khi tiếp nhận.\n2. 85% kết quả được trả qua mạng."
    )
    assert _years(text) == [(100.0, 2029), (85.0, 2029)]
    assert "year.title" in _record(text, 85.0).rules


def test_a_title_with_a_period_and_an_orientation_gives_the_period_and_the_orientation_only_under_it() -> None:
    text = (
        "CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ CỦA THỊ XÃ AN PHÚ GIAI ĐOẠN 2026-2028, ĐỊNH HƯỚNG ĐẾN NĂM 2035\n\n"
        "I. MỤC TIÊU CỤ THỂ\n- 75% hồ sơ được giải quyết trực tuyến.\n\n"
        "II. ĐỊNH HƯỚNG ĐẾN NĂM 2035\n- 98% hồ sơ được giải quyết trực tuyến."
    )
    assert _years(text) == [(75.0, 2028), (98.0, 2035)]


def test_a_news_headline_governs_the_page() -> None:
    text = (
        "Huyện Tân Lạc đặt mục tiêu số hóa toàn bộ hồ sơ đến hết năm 2027\n\n"
        "Ngày 3/2, huyện ban hành chương trình hành động về cải cách hành chính.\n\n"
        "Về chuyển đổi số, 90% hồ sơ được số hóa khi tiếp nhận."
    )
    assert _years(text) == [(90.0, 2027)]
    assert "year.title" in _record(text, 90.0).rules


def test_a_one_paragraph_text_is_no_title_of_its_own() -> None:
    assert _years("90% hồ sơ được trả kết quả qua mạng. Huyện hoàn thành số hóa đến hết năm 2027.") == [(90.0, None)]


def test_a_report_title_gives_its_targets_the_year_after_its_results() -> None:
    text = (
        "BÁO CÁO\nKết quả cải cách hành chính năm 2026 và nhiệm vụ năm 2027\n\n"
        "II. NHIỆM VỤ TRỌNG TÂM\n- Phấn đấu 96% hồ sơ được giải quyết đúng hạn."
    )
    assert _years(text) == [(96.0, 2027)]


def test_a_page_reporting_on_a_one_year_plan_takes_its_year() -> None:
    text = (
        "Thị xã nâng chỉ tiêu phục vụ người dân\n\n"
        "Theo Kế hoạch năm 2028 của thị xã, nhiều chỉ tiêu được đặt cao hơn.\n\n"
        "Với dịch vụ công, 85% hồ sơ được nộp trực tuyến."
    )
    record = _record(text, 85.0)
    assert (record.year, "year.plan_page" in record.rules) == (2028, True)


def test_a_year_at_the_head_of_a_sentence_governs_its_items_and_the_sentences_after_it() -> None:
    text = (
        "Theo đó, mục tiêu trong năm 2027 là 100% hồ sơ được số hóa; 95% hồ sơ đúng hạn. "
        "Huyện cắt giảm tối thiểu 15% thời gian giải quyết."
    )
    assert _years(text) == [(100.0, 2027), (95.0, 2027), (15.0, 2027)]
    assert "year.paragraph_lead" in _record(text, 15.0).rules


def test_the_lead_in_of_a_list_inside_a_sentence_dates_its_items_over_the_sentences_head() -> None:
    # the head of the sentence names the council's term; the list's own lead-in, after a `;`, names its year
    text = (
        "Hội đồng nhân dân phường khóa IX, nhiệm kỳ 2026 - 2031 họp chuyên đề; thông qua nghị quyết về kế "
        "hoạch năm 2027 với các chỉ tiêu chủ yếu: thu ngân sách đạt 40 tỷ đồng; hồ sơ trực tuyến đạt 70%, "
        "hồ sơ đúng hạn đạt 98%."
    )
    assert _years(text) == [(70.0, 2027), (98.0, 2027)]
    assert "year.list_lead" in _record(text, 98.0).rules


def test_a_bracket_after_a_value_dates_that_bracket_not_the_sentence() -> None:
    # the words before a sentence's first comma lead it only up to its first value: `(năm 2032 đạt 95%)` is the
    # bracket's, and the values outside it keep the heading's year
    text = (
        "KẾ HOẠCH SỐ HÓA\n\n2. Về số hóa hồ sơ, đến năm 2028:\n\n"
        "- Tối thiểu 85% hồ sơ lưu trữ cấp tỉnh (năm 2032 đạt 95%), 70% hồ sơ lưu trữ cấp huyện được số hóa."
    )
    assert _years(text) == [(85.0, 2028), (95.0, 2032), (70.0, 2028)]


def test_a_bare_period_in_a_task_rows_deadline_cell_is_no_programmes_period() -> None:
    # a period named as such (`giai đoạn 2026 - 2030`) goes on over `hằng năm`; a row's deadline cell `2026 - 2027`
    # in a flattened task table read as running text dates no other row
    rows = (
        "PHỤ LỤC NHIỆM VỤ\n\n| 1. | Xây dựng đề án số hóa hồ sơ | Sở Nội vụ | 2026 - 2027 |\n"
        "| 2. | Bố trí ít nhất 10% kinh phí cho chuyển đổi số | Sở Tài chính | Hằng năm |\n"
    )
    assert _years(rows) == [(10.0, None)]


def test_a_colon_headings_year_goes_on_under_the_topic_heading_after_it() -> None:
    # `Mục tiêu đến năm 2032:` then `Về chính quyền số:`: the year's list goes on, now by topic; a reporting
    # heading's year (`Kết quả năm 2027:`) does not date the tasks under a heading that sets goals
    page = "Xã Tân Phú họp triển khai công việc\n\n"
    goals = page + "Mục tiêu đến năm 2032:\nVề chính quyền số:\nPhấn đấu 90% hồ sơ được xử lý trực tuyến.\n"
    assert _years(goals) == [(90.0, 2032)]
    tasks = page + "Kết quả năm 2027:\nTỷ lệ hồ sơ trực tuyến đạt 61,5%.\nNhiệm vụ trọng tâm:\nPhấn đấu 90% hồ sơ.\n"
    assert _years(tasks)[-1] == (90.0, None)


def test_a_deadline_heading_a_sentence_dates_the_sentences_that_go_on_from_it() -> None:
    # `Chậm nhất đến ngày …` is a deadline (`year.deadline_date`), not the date a figure stands at (`year.as_of`)
    text = (
        "Chậm nhất đến ngày 30/6/2028, các sở phải rà soát xong quy trình nội bộ. "
        "Đồng thời, cắt giảm ít nhất 20% thời gian giải quyết thủ tục."
    )
    assert _years(text) == [(20.0, 2028)]


def test_a_period_still_running_at_the_pages_date_leads_the_paragraphs_after_it() -> None:
    # no word commits to the period's tasks: that the page is dated before the period ends makes them its plan
    text = (
        "Huyện đặt lộ trình chuyển đổi số\n\nThứ Năm, 05/03/{}\n\n"
        "Theo đó, giai đoạn 2027 - 2028, hoàn tất việc kết nối các hệ thống dùng chung của huyện.\n\n"
        "95% hồ sơ được xử lý trên môi trường mạng."
    )
    assert _years(text.format(2027)) == [(95.0, 2028)]
    assert _years(text.format(2029)) == [(95.0, None)]  # a period over when the page was written: no plan


def test_a_sentence_naming_a_year_and_no_value_leads_the_list_after_it() -> None:
    text = "Tỉnh giao mục tiêu số hóa trong năm 2028 cho các huyện. Trong đó, huyện A cao nhất là 90%; huyện B 80%."
    assert _years(text) == [(90.0, 2028), (80.0, 2028)]


def test_a_sentence_with_no_value_leads_the_list_after_it_from_its_last_clause() -> None:
    # the whole of a value-less sentence is its head, past its `;`; its year's own clause says it sets goals
    text = (
        "Bên cạnh việc khắc phục những hạn chế, bất cập; tỉnh phấn đấu hoàn thành 20 chỉ tiêu chủ yếu năm 2027. "
        "Trong đó, các chỉ tiêu về chuyển đổi số gồm: tỷ lệ hồ sơ trực tuyến đạt 70%; tỷ lệ văn bản ký số đạt 95%."
    )
    assert _years(text) == [(70.0, 2027), (95.0, 2027)]


def test_a_paragraph_year_stops_at_the_paragraph_end_unless_it_dates_a_goal() -> None:
    """A year that dates what was measured governs its paragraph only; one that dates a goal goes on into the
    unmarked paragraphs after it, which news pages write one figure each (`years.toml` ``[continued]``)."""
    after = "\n\nHuyện cắt giảm tối thiểu 15% thời gian giải quyết."
    measured = "Văn bản hướng dẫn\n\nTheo báo cáo năm 2026, 100% hồ sơ đã được số hóa." + after
    assert _years(measured)[-1] == (15.0, None)
    goal = "Văn bản hướng dẫn\n\nTheo đó, mục tiêu trong năm 2027 là 100% hồ sơ được số hóa." + after
    assert _years(goal)[-1] == (15.0, 2027)


def test_a_year_of_reported_results_does_not_date_a_goal() -> None:
    text = "Sở vừa công bố kết quả khảo sát năm 2026. Tỉnh phấn đấu mức hài lòng đạt 93%."
    assert _years(text) == [(93.0, None)]


def test_a_sentence_with_a_span_of_its_own_is_not_governed_by_the_paragraph_year() -> None:
    text = "Trong năm 2027, huyện số hóa tối thiểu 60% hồ sơ. Sau đó nâng dần tỷ lệ lên 90% trong những năm tiếp theo."
    assert _years(text) == [(60.0, 2027), (90.0, None)]
    assert "year.own_span" in _record(text, 90.0).rules


def test_a_year_opening_a_bullet_governs_that_bullet_only() -> None:
    text = (
        "KẾ HOẠCH SỐ HÓA\n\nCác chỉ tiêu đến năm 2029:\n"
        "- Năm 2027, 70% hồ sơ được số hóa.\n- 95% hồ sơ được giải quyết đúng hạn."
    )
    assert _years(text) == [(70.0, 2027), (95.0, 2029)]


def test_joined_years_give_the_last() -> None:
    assert _years("Trong hai năm 2027 và 2028, tối thiểu 60% thủ tục được giải quyết trực tuyến.") == [(60.0, 2028)]
    assert _years("Tỷ lệ hồ sơ trực tuyến năm 2027 đạt 70% và năm 2028 đạt 80%.") == [(70.0, 2027), (80.0, 2028)]


def test_a_bare_period_gives_its_last_year() -> None:
    assert _years("Theo lộ trình 2026 - 2029, tối thiểu 85% hồ sơ được số hóa.") == [(85.0, 2029)]
    assert _years("Theo văn bản số 07/2026-UBND, tối thiểu 85% hồ sơ được số hóa.") == [(85.0, None)]


def test_a_bold_numbered_heading_of_a_text_crawl_nests_like_a_plain_one() -> None:
    text = (
        "KẾ HOẠCH SỐ HÓA\n\n**II. MỤC TIÊU**\n\n**1. Số hóa hồ sơ đến năm 2029**\n\n"
        "**a) Mục tiêu chung**\n\n(1) Tỷ lệ hồ sơ được số hóa đạt 80%;"
    )
    assert _years(text) == [(80.0, 2029)]


def test_a_line_wholly_in_brackets_is_no_heading() -> None:
    text = (
        "I. KẾT QUẢ THỰC HIỆN NĂM 2026\n\nChỉ tiêu số hóa hồ sơ đã đạt 70%\n\n"
        "(không kể hồ sơ mật)\n\nHồ sơ trực tuyến đạt 80%"
    )
    assert _record(text, 80.0).section.startswith("I. KẾT QUẢ")


def test_a_year_in_brackets_after_a_value_is_the_bracketed_figures() -> None:
    text = "I. KẾT QUẢ NĂM 2027\n\nHồ sơ trực tuyến toàn trình đạt 48% (cuối năm 2026 là 21%)."
    assert _years(text) == [(48.0, 2027), (21.0, 2026)]


def test_a_year_in_an_aside_closed_before_the_value_does_not_date_it() -> None:
    text = "Chỉ số năm 2027 đạt 85,1% (năm 2026 xếp hạng 40/63), tăng 2,4% giá trị."
    assert _years(text) == [(85.1, 2027), (2.4, 2027)]


def test_a_figure_in_brackets_after_a_comparison_is_the_earlier_years() -> None:
    text = "Mức hài lòng năm 2027 đạt 84,2%, tăng 1,7% so với năm 2026 (82,5%)."
    assert _years(text) == [(84.2, 2027), (1.7, 2027), (82.5, 2026)]
    assert "year.earlier_figure" in _record(text, 82.5).rules
    assert _years("Chỉ số năm 2027 đạt 86%, cao hơn mức 81,3% của năm 2025.") == [(86.0, 2027), (81.3, 2025)]


def test_a_change_in_brackets_after_a_comparison_restates_it_and_is_no_earlier_figure() -> None:
    text = "Năm 2027, biên chế giao là 4.120 người, giảm 480 người so với số giao năm 2022 (tương đương giảm 10,4%)."
    record = _record(text, 10.4)
    assert (record.year, record.baseline_year, record.change) == (2027, 2022, "decrease")


def test_a_result_takes_the_year_of_the_archive_date_stamp_opening_the_page() -> None:
    text = " date 2027-04-09 Huyện công bố kết quả giải quyết hồ sơ\n\nTheo báo cáo, tỷ lệ hồ sơ đúng hạn đạt 97,5%."
    record = _record(text, 97.5)
    assert (record.kind, record.year, record.doc_date) == ("result", 2027, "2027-04-09")


def test_a_result_continuing_the_list_of_the_paragraph_before_takes_its_measuring_year() -> None:
    text = (
        " date 2027-03-01 Xã An Bình dẫn đầu về sự hài lòng\n\n"
        "Huyện vừa công bố chỉ số hài lòng năm 2026. Theo đó, xã An Bình đứng đầu với tỷ lệ hài lòng đạt 91,2%.\n\n"
        "Đứng thứ hai là xã Tân Phú, đạt 88,4%."
    )
    assert _years(text) == [(91.2, 2026), (88.4, 2026)]


def test_a_plans_span_named_before_a_result_is_no_measuring_year() -> None:
    text = (
        "Huyện đã ban hành Kế hoạch chuyển đổi số giai đoạn 2026 - 2028 và định hướng đến năm 2035.\n\n"
        "Mạng nội bộ đã kết nối 100% cơ quan chuyên môn của huyện."
    )
    assert _years(text) == [(100.0, None)]


def test_a_deadline_closing_a_sentence_dates_every_task_of_it() -> None:
    text = (
        "Sở rà soát 100% thủ tục nội bộ của các phòng; phê duyệt phương án cắt giảm ít nhất 25% chi phí tuân thủ; "
        "hoàn thành trước ngày 15 tháng 10 năm 2027."
    )
    assert _years(text) == [(100.0, 2027), (25.0, 2027)]
    # a year in a clause between ends the deadline's reach back: the clauses before it are not due then
    dated = text.replace("phê duyệt phương án", "năm 2026 phê duyệt phương án")
    assert _years(dated) == [(100.0, None), (25.0, 2026)]


def test_a_measuring_date_is_no_deadline() -> None:
    text = "Giải ngân vốn năm 2026 đến ngày 31/01/2027 đạt 87,2% kế hoạch. Doanh thu dịch vụ tăng 12,4% so với cùng kỳ."
    assert _years(text)[-1] == (12.4, 2027)


def test_a_year_of_an_earlier_conjunct_gives_way_to_the_values_own() -> None:
    text = "Bổ sung 500 tỷ đồng từ nguồn tăng thu năm 2026 và bảo đảm tối thiểu 2% tổng chi ngân sách trong năm 2027."
    assert _years(text) == [(2.0, 2027)]
    # with no year of its own after it, the year before still governs
    assert _years("Năm 2026, huyện rà soát quy trình và bảo đảm 100% hồ sơ được số hóa.") == [(100.0, 2026)]


def test_a_year_after_a_value_is_its_own_when_the_next_value_has_one_too() -> None:
    text = "Tỉnh đặt mục tiêu có 40% lãnh đạo cấp phòng là nữ vào năm 2027 và 45% vào năm 2030."
    assert _years(text) == [(40.0, 2027), (45.0, 2030)]


def test_a_planned_figure_beside_a_measured_one_is_the_plan_for_the_measurements_year() -> None:
    # the headline's goal is for 2030; the province's plan the 2026 figure is set against is 2026's
    text = (
        "Huyện Mỹ Hòa đặt mục tiêu 100% hồ sơ đúng hạn đến năm 2030\n\n"
        "Huyện vừa công bố kết quả giải quyết hồ sơ năm 2026.\n\n"
        "Theo đó, tỷ lệ hồ sơ đúng hạn đạt 97,6%, vượt chỉ tiêu tỉnh giao (96%).\n"
    )
    planned = _record(text, 96.0)
    assert (planned.kind, planned.year) == ("target", 2026) and "year.beside_result" in planned.rules
    assert _record(text, 100.0).year == 2030
