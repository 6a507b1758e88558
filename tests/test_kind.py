"""Kind from the evidence around each value (decide/kind.py), on invented text."""

from __future__ import annotations

from cchc_extract import extract_text


def _kinds(text: str) -> list[tuple[float, str]]:
    return [(r.value, r.kind) for r in extract_text(text)]


def test_a_lead_sentence_governs_the_values_after_it() -> None:
    text = "Tỉnh được giao mục tiêu tăng trưởng năm 2026. Trong đó, huyện A 9,5%; huyện B 8,2%."
    assert _kinds(text) == [(9.5, "target"), (8.2, "target")]
    assert all("kind.target.commitment@paragraph" in r.rules for r in extract_text(text))


def test_a_paragraph_without_cues_continues_the_one_before() -> None:
    text = "Theo số liệu của Sở, tỷ lệ hồ sơ đúng hạn đạt 97%.\nCụ thể, huyện A: 98,1%; huyện B: 96%."
    assert _kinds(text) == [(97.0, "result"), (98.1, "result"), (96.0, "result")]


def test_a_paragraph_that_reports_on_its_own_is_not_governed_by_earlier_goals() -> None:
    goals = "Huyện đặt mục tiêu sắp xếp lại các trường học trên địa bàn.\n\n"
    figures = "Ở bậc mầm non, số trường giảm 12%, ở bậc tiểu học giảm 8%"
    carried = extract_text(goals + figures + ".")
    assert all("kind.target.commitment@paragraph" in r.rules for r in carried)
    reporting = extract_text(goals + figures + "; đến nay đã có 3 xã hoàn thành việc sắp xếp.")
    assert not any(rule.endswith("@paragraph") for r in reporting for rule in r.rules)
    # the measurement may be another value's own cue (`đã hoàn thành 100%`)
    done = extract_text(goals + figures + ", ở bậc trung học có 2 xã đã hoàn thành 100% việc sắp xếp.")
    assert not any(rule.endswith("@paragraph") for r in done for rule in r.rules)


def test_a_paragraph_reporting_with_done_before_its_first_value_is_not_governed_by_earlier_goals() -> None:
    goals = "Sở yêu cầu các huyện khẩn trương giải quyết dứt điểm hồ sơ tồn đọng.\n\n"
    report = (
        "Năm 2026, các huyện đã tiếp nhận 820 hồ sơ, đã giải quyết 760 hồ sơ; hồ sơ đất đai, xây dựng chiếm phần lớn"
        " - đạt tỷ lệ 92,7% về số hồ sơ."
    )
    assert _kinds(goals + report) == [(92.7, "result")]
    # with no `đã` in its sentence, the paragraph goes on under the goals
    assert _kinds(goals + report.replace("đã ", "")) == [(92.7, "target")]


def test_a_paragraph_opening_on_what_was_done_is_not_governed_by_earlier_goals() -> None:
    goals = "Giám đốc Sở cho biết: “Thời gian tới, chúng tôi sẽ tiếp tục đầu tư mạnh cho hạ tầng số của tỉnh.”\n\n"
    done = "Năm 2026, tỉnh đã hoàn thiện mạng truyền số liệu chuyên dùng. 100% sở, ngành được kết nối mạng diện rộng."
    assert _kinds(goals + done) == [(100.0, "result")]
    # a paragraph that opens on what it plans goes on under the goals
    assert _kinds(goals + done.replace("đã hoàn thiện", "sẽ hoàn thiện")) == [(100.0, "target")]


def test_a_soft_word_inside_a_closed_aside_speaks_only_within_it() -> None:
    text = (
        "Theo đó, có tới 60% cơ quan nhà nước đạt mức A (tức là việc triển khai bảo đảm an toàn thông tin được quan"
        " tâm đầy đủ), 25% đạt mức B và 15% đạt mức C."
    )
    assert _kinds(text) == [(60.0, "result"), (25.0, "result"), (15.0, "result")]
    # the same word outside a bracket still commits the value after it
    assert _kinds("Năm 2028, bảo đảm 95% hồ sơ được giải quyết đúng hạn.") == [(95.0, "target")]


def test_a_heading_starts_afresh() -> None:
    text = "Theo số liệu của Sở, tỷ lệ hồ sơ đúng hạn đạt 97%.\n\nII. NHIỆM VỤ\n\n100% hồ sơ được số hóa."
    assert _kinds(text)[-1] == (100.0, "target")


def test_a_later_value_does_not_reach_back() -> None:
    first = extract_text("Tỷ lệ hồ sơ trực tuyến năm nay 64%. Phấn đấu năm sau đạt 80%.")[0]
    assert not any(rule.endswith("@paragraph") for rule in first.rules)


def test_a_measurement_outranks_a_soft_commitment_word() -> None:
    assert _kinds("Trong quý II, tỷ lệ văn bản ký số tiếp tục duy trì ở mức 99%.") == [(99.0, "result")]
    assert _kinds("Tiếp tục duy trì 100% văn bản được ký số.") == [(100.0, "target")]


def test_the_achieved_figure_beside_a_target_is_the_result() -> None:
    assert _kinds("Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 58,4% (mục tiêu 65%).") == [(58.4, "result"), (65.0, "target")]


def test_a_goal_word_opening_its_own_dated_value_after_a_figure_is_that_values() -> None:
    """`… đạt 41,6%, mục tiêu năm 2028 là 45%`: the goal word opens the planned figure after it, the year between
    them included, and does not speak for the measured figure before it."""
    text = "Tỷ lệ thanh toán trực tuyến của huyện đạt 41,6%, mục tiêu năm 2028 là 45%."
    assert _kinds(text) == [(41.6, "result"), (45.0, "target")]


def test_a_decimal_speaks_for_its_bracket_but_not_across_a_semicolon() -> None:
    # a figure with a breakdown in brackets shares the breakdown's weak cue (decimals: measured) ...
    text = "Mức hài lòng chung trên 88% (về thủ tục 88,41%; về giải quyết 89,02%)."
    assert _kinds(text) == [(88.0, "result"), (88.41, "result"), (89.02, "result")]
    # ... but the items of a `;` list are each read on their own: one item's decimals say nothing of the others
    # (in a plan: an untitled page whose only cue is a decimal would read as one that reports, see below)
    text = (
        "KẾ HOẠCH chuyển đổi số của tỉnh\n\n"
        "Đến năm 2028: kinh tế số chiếm trên 15% GRDP; năng suất lao động tăng bình quân 7,5%/năm; 90% xã có cáp quang."
    )
    kinds = dict(_kinds(text))
    assert (kinds[15.0], kinds[90.0]) == ("target", "target")


def test_an_attribution_leading_a_long_sentence_speaks_for_all_of_it() -> None:
    text = (
        "Huyện phấn đấu đến năm 2028 có 90% hồ sơ được xử lý trực tuyến.\n\n"
        "Theo số liệu của Văn phòng HĐND và UBND huyện, cơ quan thường trực Ban Chỉ đạo cải cách hành chính, "
        "chuyển đổi số và Đề án 06 của huyện, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến "
        "toàn trình trên tổng số hồ sơ của các cơ quan, đơn vị trên địa bàn huyện trong tháng 5 vừa rồi đạt 64%."
    )
    assert _kinds(text) == [(90.0, "target"), (64.0, "result")]


def test_a_headline_opening_on_results_makes_them_the_pages_default() -> None:
    text = "Công bố kết quả chỉ số phục vụ người dân của huyện tháng 4\n\nSố đơn vị xếp loại tốt chiếm 40%."
    assert _kinds(text) == [(40.0, "result")]
    # a multi-year headline says nothing of one figure's kind
    text = "Kết quả và phương hướng giai đoạn 2026-2030\n\nSố đơn vị xếp loại tốt chiếm 40%."
    assert _kinds(text) == [(40.0, "target")]


# an untitled news page (its first line is a headline naming no document type) and a plan with the same body
_REPORTING_BODY = (
    "\n\nTheo báo cáo của Sở Nội vụ, tỷ lệ hồ sơ giải quyết đúng hạn đã đạt 98,2%.\n\n"
    "Đến nay, 95% thủ tục được tiếp nhận trực tuyến.\n\n"
    "Bộ phận một cửa\n\nHuyện bố trí 100% công chức có chuyên môn phù hợp tại bộ phận một cửa."
)


def test_a_value_without_a_cue_on_a_page_that_reports_is_reported() -> None:
    *_, last = extract_text("Huyện Tân Phước làm tốt công tác một cửa" + _REPORTING_BODY)
    assert (last.value, last.kind) == (100.0, "result") and "kind.document_reports" in last.rules


def test_a_page_that_commits_keeps_the_default_for_a_value_without_a_cue() -> None:
    text = (
        "Huyện Tân Phước làm tốt công tác một cửa\n\nPhấn đấu tỷ lệ hồ sơ đúng hạn đạt 99%.\n\n"
        "Mục tiêu đến năm 2027, 95% thủ tục được tiếp nhận trực tuyến.\n\n"
        "Bộ phận một cửa\n\nHuyện bố trí 100% công chức có chuyên môn phù hợp tại bộ phận một cửa."
    )
    *_, last = extract_text(text)
    assert (last.value, last.kind) == (100.0, "target") and "kind.document_default" in last.rules


def test_a_page_whose_values_have_no_cue_reports_by_its_prose() -> None:
    # a ranking's news: the prose measures (`Theo công bố`, `đứng thứ`), the table under it holds bare shares
    headline = "Sở Tư pháp cải thiện chỉ số cải cách hành chính\n\n"
    table = "Kết quả cụ thể như sau:\n\nCải cách thể chế\n\n91%\n\nCải cách thủ tục hành chính\n\n84%\n"
    measured = "Theo công bố của Ban Chỉ đạo, Sở đạt 88,2/100 điểm, đứng thứ 4 trong 20 sở, ngành.\n\n"
    [*_, last] = extract_text(headline + measured + table)
    assert (last.value, last.kind) == (84.0, "result") and "kind.document_reports" in last.rules
    # one measurement is not enough (`[default] prose_results`), and a page whose prose commits keeps the default
    once = "Sở đạt 88,2/100 điểm, đứng thứ 4 trong 20 sở, ngành.\n\n"
    committed = measured + "Sở đặt mục tiêu năm tới đứng trong nhóm đầu. Sở phấn đấu cải thiện mọi lĩnh vực.\n\n"
    for prose in (once, committed):
        [*_, last] = extract_text(headline + prose + table)
        assert (last.value, last.kind) == (84.0, "target"), prose


def test_a_titled_plan_keeps_its_type_whatever_its_body_reports() -> None:
    *_, last = extract_text("KẾ HOẠCH cải cách hành chính của huyện năm 2027" + _REPORTING_BODY)
    assert (last.value, last.kind) == (100.0, "target") and "kind.document_default" in last.rules


def test_a_commitment_inside_a_bracket_after_a_value_speaks_only_for_the_bracket() -> None:
    """`… đạt 62,5% (mục tiêu đến năm 2028 trên 70%)`: the goal in the bracket is the bracket's own value's; the
    value before it was measured."""
    text = "Năm 2027, tỷ lệ hồ sơ trực tuyến của huyện tăng lên mức 62,5% (mục tiêu đến năm 2028 trên 70%)."
    assert _kinds(text) == [(62.5, "result"), (70.0, "target")]


def test_the_parts_of_a_measured_figure_are_measured_under_a_goals_heading() -> None:
    """A heading that names goals (`Điều chỉnh 20 chỉ tiêu`) sets the kind of figures with no cue, but a sentence
    that breaks down a figure measured before it (`… tăng 9,5% so với cùng kỳ. Trong đó, …`) reports its parts."""
    head = "Tin tức\n\nĐiều chỉnh 20 chỉ tiêu năm 2027\n\n"
    measured = "Sáu tháng đầu năm, số hồ sơ trực tuyến của tỉnh tăng 9,5% so với cùng kỳ. "
    parts = "Trong đó, cấp huyện tăng 7,2%, cấp xã tăng 12,4%."
    assert _kinds(head + measured + parts) == [(9.5, "result"), (7.2, "result"), (12.4, "result")]
    # a sentence that does not break the figure down keeps the heading's goals
    assert _kinds(head + measured + "Cấp xã tăng 12,4%.")[-1] == (12.4, "target")


def test_a_part_of_a_figure_is_of_its_kind_whatever_its_decimals_say() -> None:
    """`X đạt 12%, trong đó: A tăng 4%; B tăng 15,5%`: the parts of a goal are goals, though a figure with decimals
    is more often measured (``kind.result.decimal``, weak)."""
    text = (
        "CÁC CHỈ TIÊU NHIỆM KỲ 2026-2031\n\nTốc độ tăng giá trị sản xuất bình quân hằng năm đạt 12%, trong đó: nông"
        " nghiệp tăng 4%; dịch vụ tăng 15,5%."
    )
    assert _kinds(text) == [(12.0, "target"), (4.0, "target"), (15.5, "target")]
    # a figure with decimals that breaks nothing down keeps its own reading
    assert _kinds("CÁC CHỈ TIÊU NHIỆM KỲ 2026-2031\n\nDịch vụ tăng 15,5%.") == [(15.5, "result")]
