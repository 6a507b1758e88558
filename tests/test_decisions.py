"""Decisions made in code, not by one rule of ``patterns/``, each guarded by a text of its own.

Each test fails when its decision is taken out (checked by hand when the test was written, by replacing the
decision's function with one that does nothing; see the closing note of issue 20). The decisions:

- kind: a value takes its kind from the cue governing its paragraph; a list's items share the cue its head reads;
  a value measured after a commitment governs the sentences after it; a cue after a value that opens a range is the
  range's; a value in a bracket after an item is that item's aside, not the head of the list the next item joins;
  a photo caption and a pull quote repeating an earlier sentence carry no cue to the paragraph after them;
- year: a result takes its year from the report's results heading; a per-year lead-in before a colon governs the
  items after it; a year in a lead-in before a colon dates the lines of its list; a dash heading a sub-list by topic
  goes on with its lead-in's year;
- levels: a `trong đó` breakdown takes its parent's; a sentence's opening (`Ở cấp huyện, …`) gives them, and so does
  the value a dated-only value continues; a title that scopes the text to a level's units; a unit opening a sentence
  as its subject scopes its own figures; a planned figure takes the levels of the measured one beside it;
- area: a tie between two areas' topic words gives no area; a list's item with only a separator before it shares
  the area of the item before it; a planned figure measures what the measured one beside it does; the state's bodies
  a value counts make its digital work the state's, beside the digital economy; a value whose own words are only a date
  or a further aim keeps the area of the value before it.
"""

from __future__ import annotations

import tracemalloc

from cchc_extract import extract_text


def _record(text: str, value: float):  # type: ignore[no-untyped-def]
    matching = [r for r in extract_text(text) if abs(r.value - value) < 0.01]
    assert len(matching) == 1, [r.value for r in extract_text(text)]
    return matching[0]


def test_a_value_without_a_cue_takes_the_kind_of_the_cue_before_it_in_its_paragraph() -> None:
    # the first clause is measured (`đã đạt`); the second has no cue of its own, and with no title nor
    # heading the document's default would make it a target. The opening runs past the lead phrase's
    # reach (no comma in its first 60 characters), so only the paragraph's cue can decide.
    text = (
        "Theo báo cáo của Sở Nội vụ về công tác chuyển đổi số của tỉnh thì tỷ lệ hồ sơ trực tuyến "
        "đã đạt 62%; tỷ lệ hồ sơ được số hóa 55%."
    )
    record = _record(text, 55)
    assert record.kind == "result"
    assert any(r.startswith("kind.result.achieved@") for r in record.rules), record.rules


def test_a_result_takes_the_year_of_the_reports_results_heading() -> None:
    # the second part's heading names no year, the title none, the page no date: the year of the
    # results heading above (`KẾT QUẢ THỰC HIỆN NĂM 2023`) dates the report's later results
    text = (
        "BÁO CÁO\nTình hình cải cách hành chính của tỉnh\n\n"
        "I. KẾT QUẢ THỰC HIỆN NĂM 2023\n1. Cải cách thủ tục hành chính\n"
        "- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,5%.\n\n"
        "II. CHUYỂN ĐỔI SỐ\n- Tỷ lệ hồ sơ trực tuyến đạt 61,2%."
    )
    record = _record(text, 61.2)
    assert (record.kind, record.year) == ("result", 2023)
    assert "year.report_heading" in record.rules


def test_a_trong_do_breakdown_takes_the_levels_of_its_parent() -> None:
    # the breakdown's own words name no level (`của tỉnh` is the province as a whole)
    text = (
        "Phấn đấu 100% UBND cấp xã có Bộ phận một cửa hiện đại, trong đó 60% được kết nối với "
        "Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh."
    )
    assert _record(text, 100).levels == ["commune"]
    record = _record(text, 60)
    assert record.levels == ["commune"]
    assert "levels.breakdown_parent" in record.rules


def test_a_sentence_opening_on_a_level_scopes_its_values_that_name_none() -> None:
    # `Ở cấp huyện,` names the population; the second value's own words (`hồ sơ quá hạn`) name no level
    record = _record("Ở cấp huyện, hồ sơ giải quyết đúng hạn đạt 97,3%; hồ sơ quá hạn 1,2%.", 1.2)
    assert record.levels == ["district"]
    assert "levels.sentence_lead" in record.rules
    # `tỷ lệ này` points back to no value: the opening alone scopes it
    assert _record("Đối với các xã, phường chọn làm điểm, tỷ lệ này phải đạt 100%.", 100).levels == ["commune"]
    # an index ranks the units it names: their level is no scope of the score
    assert _record("Đối với các tỉnh, thành phố, Chỉ số cải cách hành chính bình quân đạt 86,2%.", 86.2).levels == []


def test_a_value_dated_only_continues_the_value_before_it_and_keeps_its_levels() -> None:
    # `đến năm 2030` is all the second value's own words: it continues the first one's subject
    text = "Tỷ lệ lãnh đạo cấp xã là nữ đến năm 2026 đạt 20%; đến năm 2030 đạt 25%."
    record = _record(text, 25)
    assert record.levels == ["commune"]
    assert "levels.dated_only" in record.rules
    # a dated value of another sentence continues nothing
    assert _record("Tỷ lệ lãnh đạo cấp xã là nữ đạt 20%. Đến năm 2030 đạt 25%.", 25).levels == []


def test_a_title_that_scopes_the_text_to_a_level_s_units_gives_their_level() -> None:
    text = (
        "QUYẾT ĐỊNH\nCông bố phương án cắt giảm thời gian giải quyết thủ tục hành chính thuộc thẩm quyền "
        "giải quyết của UBND cấp xã\n\nĐiều 1. Cắt giảm 20% thời gian giải quyết thủ tục đăng ký khai sinh."
    )
    record = _record(text, 20)
    assert record.levels == ["commune"]
    assert "levels.title_scope" in record.rules
    # a title that names its issuer, not the units the text is about, scopes nothing
    issued = text.replace("thuộc thẩm quyền giải quyết của UBND cấp xã", "của UBND cấp xã năm 2026")
    assert _record(issued, 20).levels == []


def test_a_tie_between_two_areas_gives_no_area() -> None:
    # `viên chức` (civil service) and `dữ liệu` (digital government) weigh the same, and no heading or
    # lead-in names an area: null rather than a guess
    record = _record("Phấn đấu 90% hồ sơ viên chức có dữ liệu đầy đủ.", 90)
    assert record.area is None
    assert not any(r.startswith("area.") for r in record.rules), record.rules
    # either word alone decides
    assert _record("Phấn đấu 90% hồ sơ viên chức được lưu trữ.", 90).area == "civil_service"
    assert _record("Phấn đấu 90% hồ sơ có dữ liệu đầy đủ.", 90).area == "digital_government"


def test_a_list_item_with_no_words_of_its_own_shares_the_area_of_the_item_before_it() -> None:
    # `và trên 40% trạm y tế` has only a separator before it and no topic after it: it shares the predicate
    # (and the area: broadband, outside public administration) of `100% thôn`; without that, the clause's
    # other item (`văn bản điện tử`) would name its area
    text = "Đến năm 2027, mạng cáp quang phủ 100% thôn và trên 40% trạm y tế, 100% văn bản điện tử được ký số."
    item = _record(text, 40)
    assert item.area is None
    assert any(r.endswith("@list") for r in item.rules), item.rules
    # an item with words of its own keeps its own topic
    assert _record(text.replace("trên 40% trạm y tế", "trên 40% hồ sơ được số hóa"), 40).area == "digital_government"


def test_a_list_s_first_item_naming_only_who_is_counted_takes_the_predicate_after_the_last_item() -> None:
    # `60% doanh nghiệp nhỏ` names no topic of its own; the list's predicate (`sử dụng nền tảng số`) stands after its
    # last item and measures both: firms taking up platforms are the digital economy's, outside (GUIDE: Area)
    text = (
        "KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2027\n\n"
        "Năm 2027, 60% doanh nghiệp nhỏ và 70% hộ gia đình trên địa bàn sử dụng nền tảng số."
    )
    first = _record(text, 60)
    assert first.area is None
    assert "area.outside@list" in first.rules, first.rules
    # the phrase must start in the item's own words: a state body before a firm's take-up is the state's
    state_text = text.replace("doanh nghiệp nhỏ", "cơ quan nhà nước").replace("hộ gia đình", "doanh nghiệp")
    state = _record(state_text, 60)
    assert state.area == "digital_government", state.rules


def test_a_value_s_own_per_year_unit_in_a_lead_in_does_not_govern_the_items_after_its_colon() -> None:
    text = "Giai đoạn 2026-2030, thu nhập tăng bình quân 7%/năm, tỷ lệ hồ sơ trực tuyến: cấp huyện 80%; cấp xã 70%."
    assert _record(text, 7).per_year
    assert not _record(text, 70).per_year
    # per-year words of the lead-in itself still govern its items
    yearly = text.replace("7%/năm, tỷ lệ hồ sơ trực tuyến:", "7%, tỷ lệ hồ sơ trực tuyến tăng hằng năm:")
    assert _record(yearly, 70).per_year
    # … after a year too (`giai đoạn 2026-2030 bình quân mỗi năm:`): a year is no figure the words could be the unit of
    period = "Các chỉ tiêu giai đoạn 2026-2030 bình quân mỗi năm: cắt giảm 10% thủ tục; tăng 5% hồ sơ."
    assert _record(period, 5).per_year


def test_a_value_whose_own_words_are_a_date_continues_the_rate_named_before_it() -> None:
    text = "Phấn đấu tốc độ tăng trưởng thu nội địa năm 2027 đạt trên 9% và năm 2028 đạt từ 11% trở lên."
    assert _record(text, 11).change == "increase"
    # a value after a change verb's (no rate named as its subject) keeps its own reading: a level
    assert _record("Tỷ lệ hồ sơ giấy năm 2027 giảm 9%, năm 2028 đạt 11%.", 11).change is None


def test_a_title_on_the_reform_as_a_whole_names_no_one_area() -> None:
    text = (
        "Kế hoạch cải cách hành chính năm 2027: tiếp tục đột phá hoàn thiện thể chế\n\n"
        "100% hồ sơ được xử lý trực tuyến."
    )
    assert _record(text, 100).area == "digital_government"
    # a programme of the reform too, whatever area its wording names (`… gắn với chính quyền điện tử`)
    text = (
        "Chương trình cải cách hành chính năm 2027 gắn với xây dựng chính quyền điện tử\n\n"
        "- 95% hồ sơ giải quyết đúng hạn."
    )
    assert _record(text, 95).area == "procedures"
    # a title on one area governs the text under it
    text = "Kế hoạch hoàn thiện thể chế năm 2027\n\n100% văn bản được rà soát đúng hạn."
    assert _record(text, 100).area == "institutions"


def test_a_per_year_lead_in_before_a_colon_governs_every_item_after_it() -> None:
    text = "Các chỉ tiêu phấn đấu hằng năm như sau: tỷ lệ hồ sơ đúng hạn trên 95%; tỷ lệ hồ sơ trực tuyến trên 70%."
    record = _record(text, 70)
    assert record.per_year and "per_year.each_year@leadin" in record.rules
    # words of the first item are that item's own, not a lead-in's
    assert not _record("Tỷ lệ hồ sơ đúng hạn hằng năm trên 95%; tỷ lệ hồ sơ trực tuyến trên 70%.", 70).per_year


def test_a_planned_figure_beside_a_measured_one_takes_its_levels() -> None:
    text = "Năm 2027, tỷ lệ văn bản ký số cấp huyện đạt 93%, cấp xã đạt 91,4% (Nghị quyết đề ra từ 75% trở lên)."
    record = _record(text, 75)
    assert (record.kind, record.levels) == ("target", ["commune"])
    assert "levels.planned_figure" in record.rules


def test_a_planned_figure_beside_a_measured_one_takes_no_rate_named_in_an_earlier_sentence() -> None:
    # the rate named first (`tỷ lệ tăng dân số`) is the first plan's; the later plan (`NQ 85%`) is of its own measure
    text = (
        "Nhiệm kỳ 2021-2026, tỷ lệ tăng dân số tự nhiên dưới 0,7% (NQ 0,8%). "
        "Phường không còn hộ nghèo; tỷ lệ người tham gia BHYT đạt 88% (NQ 85%)."
    )
    assert (_record(text, 0.8).kind, _record(text, 0.8).change) == ("target", "increase")
    record = _record(text, 85)
    assert (record.kind, record.change) == ("target", None)
    # … nor does a figure whose subject runs into the plan's bracket (`… đúng độ tuổi (NQ 100%)`): `NQ` is no name
    bracketed = (
        "Nhiệm kỳ 2021-2026, tỷ lệ tăng dân số tự nhiên dưới 0,7% (NQ 0,8%). "
        "Phường không còn hộ nghèo; huy động 98% trẻ em ra lớp đúng độ tuổi (NQ 100%)."
    )
    assert (_record(bracketed, 98).change, _record(bracketed, 100).change) == (None, None)
    # … but a rate its measured neighbour takes from a lead-in reaches it too (`Huyện A đạt 8,5% (kế hoạch 8%)`)
    led = "Tăng trưởng kinh tế năm 2026:\n\nHuyện A đạt 8,5% (kế hoạch 8%)."
    assert (_record(led, 8.5).change, _record(led, 8).change) == ("increase", "increase")


def test_a_table_row_outside_public_administration_has_no_area_under_a_digital_heading() -> None:
    # a heading on digital transformation spans the digital economy and society; a state body's row stays its area's
    text = (
        "KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2027\n\n1. Chuyển đổi số\n\n| STT | Chỉ tiêu | Đơn vị | Năm 2027 |\n"
        "|---|---|---|---|\n| 1 | Tỷ lệ hộ gia đình có cáp quang | % | 90 |\n"
        "| 2 | Tỷ lệ cơ quan nhà nước kết nối mạng băng thông rộng | % | 100 |"
    )
    assert (_record(text, 90).area, _record(text, 100).area) == (None, "digital_government")


def test_a_year_in_a_lead_in_before_a_colon_dates_the_lines_of_its_list() -> None:
    title = "Huyện đẩy mạnh chuyển đổi số\n\n"
    text = (
        f"{title}Theo kế hoạch, huyện phấn đấu đến năm 2027: 100% hồ sơ được số hóa khi tiếp nhận.\n"
        "100% văn bản đi của các cơ quan được ký số.\n"
        "90% cuộc họp của huyện được tổ chức trực tuyến."
    )
    assert _record(text, 90).year == 2027
    # a year in a sentence with no colon after it dates the unmarked paragraphs after it when it dates a goal (news
    # pages write a goal's figures one paragraph each), but not a marked item: that is a list of its own
    text = (
        f"{title}Theo kế hoạch, huyện phấn đấu đến năm 2027 có 100% hồ sơ được số hóa khi tiếp nhận.\n"
        "90% cuộc họp của huyện được tổ chức trực tuyến."
    )
    assert _record(text, 90).year == 2027
    assert _record(text.replace("\n90%", "\n- 90%"), 90).year is None


def test_the_items_of_a_list_share_the_cue_its_head_reads() -> None:
    """A cue reaches a list's far items through its head (`yêu cầu … bảo đảm … đạt 95% tại cấp huyện, …, 75% tại
    các thôn`), over the result cue a paragraph before carried."""
    text = (
        "Đến nay, tỷ lệ văn bản ký số của huyện mới đạt 70%, chưa đạt chỉ tiêu.\n\n"
        "Theo Công văn số 15/UBND-VP ngày 10/02/2027, Chủ tịch UBND huyện yêu cầu các phòng, ban chuyên môn và UBND "
        "các xã tăng cường ký số văn bản đi, bảo đảm từ ngày 01/3/2027, tỷ lệ hồ sơ công việc được xử lý trên môi "
        "trường mạng hằng tháng đạt 95% tại cấp huyện, 90% tại các phòng, ban chuyên môn thuộc Ủy ban nhân dân huyện, "
        "85% tại các xã, thị trấn trên địa bàn huyện và 75% tại các thôn, tổ dân phố."
    )
    assert _record(text, 75).kind == "target"


def test_a_value_measured_after_a_commitment_governs_the_sentences_after_it() -> None:
    """A paragraph opens on a goal (`phấn đấu`), then measures (`đạt 61% số hồ sơ cần số hóa`, a cue of
    that value alone): the next sentence's value, with no cue, is read as the measurement reads, not as
    the commitment before it."""
    text = (
        "Huyện phấn đấu hoàn thành số hóa hồ sơ đất đai trong năm 2026. Toàn huyện có 12.300 hồ sơ, đạt 61% số "
        "hồ sơ cần số hóa. Số hồ sơ này phục vụ 58% nhu cầu tra cứu."
    )
    record = _record(text, 58)
    assert record.kind == "result"
    assert "kind.result.of_required@paragraph" in record.rules, record.rules


def test_a_cue_after_a_value_that_opens_a_range_is_the_range_s() -> None:
    """`…, trong năm 2027 tỉnh đặt mục tiêu đạt từ 70-80%` after a measured range: the commitment opens the
    next range, as it opens a single value (`(mục tiêu 65%)`), and does not reach back to the one before it."""
    text = (
        "Đến nay, tỷ lệ thanh toán không dùng tiền mặt tại các cơ quan chiếm từ 58-60%, trong năm 2027 tỉnh đặt "
        "mục tiêu đạt từ 70-80%."
    )
    assert _record(text, 58).kind == "result"
    assert _record(text, 70).kind == "target"


def test_a_unit_that_opens_a_sentence_as_its_subject_scopes_its_own_figures() -> None:
    """`Theo đó, Sở Xây dựng phấn đấu …`: the department states its own figures, which are the province level's
    (GUIDE: Levels), also the second one, far from the name; a department that proposes figures for the
    province (`Sở … đề xuất UBND tỉnh giao chỉ tiêu …`) scopes nothing."""
    own = (
        "Theo đó, Sở Xây dựng phấn đấu đến năm 2027 giải quyết đúng hạn 100% hồ sơ cấp phép xây dựng, trong đó 90% "
        "hồ sơ được nộp trực tuyến."
    )
    record = _record(own, 90)
    assert record.levels == ["province"]
    assert "levels.sentence_subject" in record.rules, record.rules
    proposed = (
        "Theo đó, Sở Xây dựng đề xuất UBND tỉnh giao chỉ tiêu tỷ lệ hồ sơ cấp phép xây dựng được nộp trực tuyến năm "
        "2027 là 90%."
    )
    assert _record(proposed, 90).levels == []


def test_a_unit_that_must_meet_a_figure_scopes_it() -> None:
    """`Trung tâm Phục vụ hành chính công tỉnh phải tiếp nhận …`: a unit bound to its own figure (`phải`,
    indicator.toml ``subject_verbs``) scopes it to its level, here the province's service centre's."""
    text = (
        "Năm 2027, Trung tâm Phục vụ hành chính công tỉnh phải tiếp nhận tối thiểu 80% hồ sơ qua hình thức trực tuyến."
    )
    record = _record(text, 80)
    assert record.levels == ["province"]
    assert "levels.sentence_subject" in record.rules, record.rules


def test_a_yearly_opening_governs_each_items_first_value_not_an_end_level_or_a_dated_item() -> None:
    """`Hằng năm, …` opening a sentence governs the first value of each `;`-item (decide/per_year.py), but not the
    level a yearly rise ends at (`… tăng 20% cho đến khi đạt 100%`) nor an item with a date of its own."""
    text = (
        "Hằng năm, số hồ sơ được tiếp nhận qua dịch vụ bưu chính công ích và hệ thống một cửa điện tử của tỉnh "
        "tăng trên 5%; số hồ sơ được giải quyết trước hạn tăng trên 3%, đến khi tỷ lệ trước hạn đạt 60%; phấn đấu "
        "đến năm 2030 đạt 95% hồ sơ được số hóa."
    )
    assert [(r.value, r.per_year) for r in extract_text(text)] == [
        (5.0, True),
        (3.0, True),
        (60.0, False),
        (95.0, False),
    ]


def test_a_change_after_a_semicolon_measures_its_own_words_not_the_item_before_it() -> None:
    # `X đạt 62%, tăng 4,1% so với …` restates X; an item after `;` with words of its own is another indicator
    text = "Năm 2027, doanh thu thương mại tăng 12%; tiết kiệm 10% chi thường xuyên."
    saving = next(r for r in extract_text(text) if r.value == 10.0)
    assert (saving.indicator, saving.area) == ("chi thường xuyên", "public_finance")
    restated = next(
        r for r in extract_text("Năm 2027, tỷ lệ hồ sơ đúng hạn đạt 98%, tăng 3% so với năm 2026.") if r.value == 3.0
    )
    assert restated.indicator == "tỷ lệ hồ sơ đúng hạn"


def test_a_value_in_a_bracket_after_an_item_is_its_aside_not_a_list_head() -> None:
    # `Tối thiểu 85% … (năm 2032 đạt 95%), 70% …`: the bracketed goal belongs to the item before it; the next item
    # joins the list of the item before the bracket and shares its bound, and keeps no change of the aside
    text = "Tối thiểu 85% hồ sơ lưu trữ cấp tỉnh (năm 2032 đạt 95%), 70% hồ sơ lưu trữ cấp huyện được số hóa."
    assert (_record(text, 70.0).comparator, _record(text, 95.0).comparator) == ("gte", "eq")
    measured = "Năm 2026, 98% công chức có chứng chỉ tin học (tăng 26%), 90% công chức có chứng chỉ ngoại ngữ."
    assert _record(measured, 90.0).change is None


def test_a_lead_in_opening_on_a_topic_outside_public_administration_gives_no_area() -> None:
    """`Trong phát triển xã hội số, …` opens a topic outside public administration (GUIDE: Area), over a title that
    names digital government; `Với sự chỉ đạo của Đảng ủy, …` names an agent, and closes nothing."""
    title = "KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2027\n\n"
    topic = title + "Trong phát triển xã hội số, phấn đấu 80% trưởng thôn được tập huấn về chuyển đổi số."
    record = _record(topic, 80)
    assert (record.area, "area.outside" in record.rules) == (None, True)
    agent = title + "Với sự chỉ đạo của Đảng ủy xã, phấn đấu 80% hồ sơ được nộp trực tuyến."
    assert _record(agent, 80).area == "digital_government"


def test_list_separators_are_the_words_between_spaces_commas_and_semicolons() -> None:
    # read word by word (a long gap stops at its first word that is no separator), split where `str.split` splits
    from cchc_extract.decide.lists import only_separators
    from cchc_extract.rules import load_patterns

    ps = load_patterns()
    assert only_separators(ps, " , và; hoặc\u00a0-\n- ")
    assert only_separators(ps, "và\x1choặc")  # an information separator splits, as `str.split` splits there
    assert not only_separators(ps, "và\u200bhoặc")  # a zero-width space does not
    assert not only_separators(ps, "và, hoặc tỷ lệ")
    # a value whose subject stands far back in a run-on sentence asks about every word since: the first word that is
    # no separator settles it, and the rest is not copied nor split (memory, not time, is what this counts)
    gap = "tỷ lệ" + ", và" * 200_000
    tracemalloc.start()
    try:
        assert not only_separators(ps, gap)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 100_000, peak


def test_a_photo_caption_between_paragraphs_carries_no_cue_to_the_paragraph_after_it() -> None:
    # the caption reports (`Thời gian qua, … đã …`), but it tells of the picture: the paragraph after it
    # (`Cùng với đó, …`) goes on from the goals before the picture
    text = (
        "Huyện Tân Phong đặt mục tiêu đến năm 2027 có 85% hồ sơ được giải quyết trực tuyến toàn trình.\n\n"
        "Thời gian qua, huyện đã tập huấn kỹ năng số cho công chức một cửa. (Ảnh: Minh Châu)\n\n"
        "Cùng với đó, 100% hồ sơ được số hóa khi tiếp nhận."
    )
    record = _record(text, 100)
    assert record.kind == "target"
    assert record.year == 2027
    # … where a paragraph of the text that reports stands between them, its cue carries
    reported = _record(text.replace(" (Ảnh: Minh Châu)", ""), 100)
    assert reported.kind == "result"


def test_a_pull_quote_repeating_an_earlier_sentence_carries_no_cue_to_the_paragraph_after_it() -> None:
    # the page's aim, said in its lead paragraph, is quoted again between two paragraphs of measured figures: the
    # paragraph after the quote goes on from the figures before it
    aim = "Xã quyết tâm nằm trong nhóm dẫn đầu của huyện về chuyển đổi số vào năm 2027."
    text = (
        "Xã Hòa An đẩy mạnh chuyển đổi số\n\n"
        f"{aim} Vì vậy, thời gian qua xã luôn chủ động triển khai các nội dung chuyển đổi số.\n\n"
        "Thời gian qua, xã đã đạt nhiều kết quả; tỷ lệ hồ sơ trực tuyến đạt 71,4%.\n\n"
        f"{aim}\n\n"
        "Bên cạnh đó, tỷ lệ văn bản ký số đạt 100%."
    )
    assert _record(text, 100).kind == "result"
    # … where the aim is said there for the first time, it governs what follows
    first = text.replace(f"{aim} ", "", 1)
    assert _record(first, 100).kind == "target"
    # … and a paragraph said again whole (a report's sections opening alike) is no quote: it governs
    said_whole = text.replace(f"{aim} Vì vậy,", f"{aim}\n\nVì vậy,", 1)
    assert _record(said_whole, 100).kind == "target"


def test_a_cue_in_an_aside_after_a_figure_governs_no_figure_of_its_paragraph() -> None:
    # `dự kiến` speaks of the review in its bracket; the figure after it has no cue of its own and goes on
    # with what the paragraphs before it measured (`đến nay`)
    text = (
        "Từ đầu năm 2027 đến nay, công tác chuyển đổi số của huyện Tân Phong đạt nhiều kết quả.\n\n"
        "Huyện đã số hóa 1.200/1.500 hồ sơ (đạt 80%); các phòng đang rà soát quy trình nội bộ "
        "(dự kiến hoàn thành trong tháng 9-2027); tỷ lệ hồ sơ trực tuyến đạt 45%."
    )
    assert _record(text, 45).kind == "result"
    # the same words out of the bracket commit the item after them
    unbracketed = text.replace("(dự kiến hoàn thành trong tháng 9-2027)", "dự kiến hoàn thành trong tháng 9-2027")
    assert _record(unbracketed, 45).kind == "target"


def test_a_sentence_ending_in_a_colon_dates_the_bullets_of_its_list() -> None:
    # the sentence is too long to be a heading, and its year stands before its last words (`… trong năm 2028 từ các
    # nguồn sau:`): its list's dashes go on with it, as unmarked lines do
    text = (
        "Tin tức\n\nTrong buổi làm việc, Sở Nội vụ đã trao đổi với các huyện.\n\n"
        "Theo hướng dẫn, các huyện, thị xã, thành phố thuộc tỉnh tiếp tục sắp xếp tổ chức bộ máy trong năm 2028 "
        "theo các yêu cầu sau đây:\n"
        "- Rà soát chức năng, nhiệm vụ của các phòng chuyên môn;\n"
        "- Giảm tối thiểu 10% số phòng chuyên môn;\n"
        "- Giảm 5% biên chế công chức."
    )
    assert _record(text, 10).year == 2028
    assert _record(text, 5).year == 2028


def test_the_states_bodies_counted_by_a_value_make_its_digital_work_the_states_beside_the_digital_economy() -> None:
    # what the value counts is the state's bodies, doing digital work of their own for the digital economy
    counted = _record(
        "Năm 2027, 90% cơ quan nhà nước cấp huyện cung cấp dữ liệu mở phục vụ chính quyền số và phát triển kinh tế số.",
        90,
    )
    assert counted.area == "digital_government"
    # … but a body that sets a figure of the economy, or names the pillars before firms' figures, counts nothing
    sets = _record(
        "Ngày 10/3, tại cuộc họp Ban Chỉ đạo chuyển đổi số, UBND huyện đặt ra, phấn đấu đến năm 2030, kinh "
        "tế số chiếm 15% GRDP.",
        15,
    )
    assert sets.area is None
    pillars = _record(
        "Trên nền tảng đó, huyện thúc đẩy chính quyền số, kinh tế số và xã hội số: 100% doanh nghiệp dùng "
        "hóa đơn điện tử.",
        100,
    )
    assert pillars.area is None
    # … the state's body may be named later in the value's words, as where its digital work is done
    linked = _record(
        "Năm 2027, 100% xã có kết nối internet băng thông rộng, kết nối với mạng truyền số liệu chuyên dùng của cơ "
        "quan nhà nước.",
        100,
    )
    assert linked.area == "digital_government"
    # … but not when the value counts private parties, or when `chính quyền số` names the pillar
    firms = _record(
        "Năm 2027, 80% doanh nghiệp nhỏ và vừa chia sẻ dữ liệu với cơ quan nhà nước để phát triển kinh tế số.", 80
    )
    people = _record("Năm 2027, 60% người dân có kỹ năng số để tương tác với chính quyền số, phát triển xã hội số.", 60)
    assert firms.area is None and people.area is None
    pillar = _record(
        "Năm 2027, 70% thôn, bản có điểm truy cập internet công cộng phục vụ chính quyền số và xã hội số.", 70
    )
    assert pillar.area is None


def test_a_dash_heading_a_sub_list_by_topic_goes_on_with_its_lead_ins_year() -> None:
    # the lead-in, too long to be a heading, dates its list; a dash of the list that heads a sub-list by topic
    # (`- Về một cửa: …, trong đó:`) names no year of its own, so its figures and its sub-list's keep the lead-in's
    text = (
        "Huyện đổi mới cách phục vụ người dân\n\n"
        "Theo kế hoạch của huyện, các mục tiêu được đặt ra đến năm 2028 trong việc đổi mới cách phục vụ người dân "
        "và doanh nghiệp gồm:\n\n"
        "- Về một cửa: 100% bộ phận một cửa cấp xã được trang bị đủ máy tính, máy quét và đường truyền riêng để "
        "tiếp nhận hồ sơ, trong đó:\n\n"
        "+ 90% hồ sơ được số hóa ngay khi tiếp nhận."
    )
    assert _record(text, 100).year == 2028
    assert _record(text, 90).year == 2028
    # … a dash heading that names a year of its own starts its own list
    own = text.replace("- Về một cửa:", "- Về một cửa năm 2027:")
    assert _record(own, 90).year == 2027


def test_a_value_whose_own_words_are_only_a_date_or_a_further_aim_keeps_the_area_of_the_value_before_it() -> None:
    # the growth set higher (`phấn đấu đạt từ 7%`) is still the economy's, whatever the words after it name
    aim = _record(
        "Năm 2027, huyện quyết tâm tăng trưởng GRDP từ 6 - 6,5%, phấn đấu đạt từ 7% trở lên nhờ đẩy mạnh dịch vụ công "
        "trực tuyến.",
        7,
    )
    assert (aim.area, aim.change) == (None, "increase")
    # the same share a year on (`năm 2028 đạt 70%`) is still online dossiers', whatever the words after it name
    dated = _record("Năm 2027, tỷ lệ hồ sơ trực tuyến đạt 60%, năm 2028 đạt 70% nhờ tuyển thêm công chức một cửa.", 70)
    assert dated.area == "digital_government"


def test_a_plans_figure_beside_a_measured_one_measures_what_that_one_does() -> None:
    # the plan's source names procedures (`Nghị quyết về cải cách thủ tục hành chính`), but its figure is the plan for
    # the cut of staff measured before it: that cut's area, and its change
    text = (
        "Năm 2027, biên chế công chức của huyện giảm 6,2%, cao hơn chỉ tiêu Nghị quyết về cải cách thủ tục hành chính "
        "đề ra là 5%."
    )
    record = _record(text, 5)
    assert (record.kind, record.area, record.change) == ("target", "apparatus", "decrease")
