"""Numeric statements: values, bounds, plans, changes against earlier periods, what they measure and their kind."""

from decimal import Decimal

from chitieu.reading import extract


def claims(text: str) -> list[dict]:
    return extract(text)["claims"]


def claim_at(text: str, number: str) -> dict:
    """The claim whose span covers the first occurrence of `number`."""
    at = text.index(number)
    [found] = [c for c in claims(text) if c["span"][0] <= at < c["span"][1]]
    return found


def test_it_reads_a_money_value_in_its_unit():
    found = claim_at("Thu nhập bình quân đầu người đạt 32,29 triệu đồng.", "32,29")
    assert (found["value"], found["unit"], found["kind"]) == (Decimal("32.29"), "triệu đồng", "actual")


def test_it_names_the_subject_before_dat_as_the_indicator():
    found = claim_at("Thu nhập bình quân đầu người đạt 32,29 triệu đồng.", "32,29")
    assert found["indicator"] == "Thu nhập bình quân đầu người"


def test_it_names_the_noun_phrase_after_a_count_as_the_indicator():
    found = claim_at("Huyện có 16 sản phẩm OCOP từ 3 sao trở lên.", "16")
    assert found["indicator"] == "sản phẩm OCOP từ 3 sao trở lên"
    assert len(claims("Huyện có 16 sản phẩm OCOP từ 3 sao trở lên.")) == 1


def test_it_reads_a_combined_amount_in_the_larger_scale():
    found = claim_at("Quỹ vận động được 16 tỷ 434 triệu đồng.", "16")
    assert (found["value"], found["unit"]) == (Decimal("16.434"), "tỷ đồng")


def test_it_reads_an_achievement_against_a_plan():
    found = claim_at("Thu ngân sách đạt 84,3% dự toán huyện giao.", "84,3")
    assert (found["achievement_pct"], found["plan_source"]) == (Decimal("84.3"), "dự toán huyện giao")


def test_it_keeps_every_plan_a_figure_is_measured_against():
    text = "Thu ngân sách đạt 30 tỷ đồng, đạt 84,3% dự toán huyện giao, đạt 88,6% dự toán tỉnh giao."
    found = claim_at(text, "30")
    assert found["achievement_pct"] == Decimal("84.3")
    assert [(a["pct"], a["plan_source"]) for a in found["achievements"]] == [
        (Decimal("84.3"), "dự toán huyện giao"),
        (Decimal("88.6"), "dự toán tỉnh giao"),
    ]
    assert found["text"] == "30 tỷ đồng, đạt 84,3% dự toán huyện giao, đạt 88,6% dự toán tỉnh giao"


def test_it_reads_vuot_as_a_hundred_plus():
    found = claim_at("Sản lượng thủy sản vượt 7% so với nghị quyết.", "7%")
    assert (found["achievement_pct"], found["plan_source"]) == (Decimal("107"), "nghị quyết")


def test_it_reads_a_rise_against_a_goal_as_an_achievement():
    found = claim_at("Thu nhập đạt 65 triệu đồng, tăng 29,6% so với mục tiêu.", "65")
    assert found["achievement_pct"] == Decimal("129.6")
    assert found["change_pct"] is None


def test_it_reads_a_plan_percentage_written_without_its_sign():
    found = claim_at("Trồng rừng đạt 3.772 ha, đạt 125,7 kế hoạch.", "3.772")
    assert (found["value"], found["achievement_pct"]) == (Decimal("3772"), Decimal("125.7"))


def test_it_reads_bang_so_voi_cung_ky_as_a_change_not_an_achievement():
    found = claim_at("Doanh thu dịch vụ bằng 131% so với cùng kỳ.", "131")
    assert found["change_pct"] == Decimal("31")
    assert found["achievement_pct"] is None


def test_it_reads_a_rise_against_last_year_as_a_change():
    found = claim_at("Tổng giá trị sản xuất tăng 9,17% so năm 2022.", "9,17")
    assert found["change_pct"] == Decimal("9.17")


def test_it_reads_a_fall_as_a_negative_change():
    found = claim_at("Tỷ lệ hộ nghèo giảm 2,5% so với cùng kỳ.", "2,5")
    assert found["change_pct"] == Decimal("-2.5")


def test_it_reads_an_average_yearly_fall_through_dat():
    found = claim_at("tỷ lệ hộ nghèo giảm bình quân hàng năm đạt 1,19%;", "1,19")
    assert (found["value"], found["change_pct"]) == (Decimal("1.19"), Decimal("-1.19"))


def test_it_reads_growth_per_year_written_before_the_number():
    found = claim_at("tốc độ tăng đàn gia súc bình quân 5%/năm.", "5%")
    assert (found["unit"], found["change_pct"]) == ("%/năm", Decimal("5"))


def test_it_reads_gap_lan_as_a_change():
    found = claim_at("Doanh thu đạt 12 tỷ đồng, tăng gấp 3 lần so với năm 2022.", "3 lần")
    assert (found["value"], found["unit"], found["change_pct"]) == (Decimal("3"), "lần", Decimal("200"))
    assert found["indicator"] == "Doanh thu"


def test_it_attaches_the_changes_and_plans_of_a_figure_to_it():
    text = "Tổng vốn đầu tư 2.722 tỉ đồng, tăng 15,7%, đạt 114,3% chỉ tiêu."
    [found] = claims(text)
    assert (found["change_pct"], found["achievement_pct"], found["plan_source"]) == (
        Decimal("15.7"),
        Decimal("114.3"),
        "chỉ tiêu",
    )


def test_it_keeps_a_share_without_a_plan_as_its_own_statement():
    text = "Huyện có 12/13 xã đạt chuẩn nông thôn mới, đạt 92,3%."
    share = claim_at(text, "92,3")
    assert (share["value"], share["achievement_pct"]) == (Decimal("92.3"), None)
    assert share["indicator"] == "xã đạt chuẩn nông thôn mới"


def test_it_reads_the_bounds_written_before_a_number():
    text = "đạt trên 30 tỷ đồng; hơn 3.200 đảng viên; gần 110 tỷ đồng; tối thiểu 36 tỷ đồng; dưới 1%; khoảng 50 hộ"
    assert [c["qualifier"] for c in claims(text)] == ["trên", "hơn", "gần", "tối thiểu", "dưới", "khoảng"]


def test_it_reads_tro_len_as_a_bound():
    assert claim_at("tỷ lệ đảng viên hoàn thành tốt nhiệm vụ từ 90% trở lên", "90")["qualifier"] == "trở lên"


def test_it_does_not_read_tren_between_two_counts_as_a_bound():
    found = claim_at("Nghị quyết đề ra 37 chỉ tiêu trên 4 lĩnh vực.", "4 lĩnh")
    assert found["qualifier"] is None


def test_it_reads_a_count_over_a_whole_as_a_total():
    found = claim_at("toàn huyện có 18/32 trường học đạt chuẩn quốc gia", "18")
    assert (found["value"], found["total"], found["target"]) == (Decimal("18"), Decimal("32"), None)


def test_it_reads_an_amount_over_an_amount_as_a_target():
    found = claim_at("Thu nhập bình quân đạt 22/23 triệu đồng.", "22")
    assert (found["value"], found["target"], found["total"]) == (Decimal("22"), Decimal("23"), None)


def test_it_reads_a_bracketed_plan_figure_as_the_target():
    found = claim_at("Tỷ lệ hộ dùng nước sạch đạt 98,5% (chỉ tiêu 98%).", "98,5")
    assert found["target"] == Decimal("98")


def test_it_reads_a_plan_and_its_result_written_side_by_side():
    found = claim_at("Thu ngân sách: dự toán 45 tỷ đồng, thực hiện 48,2 tỷ đồng, đạt 107,1%.", "48,2")
    assert (found["value"], found["target"], found["achievement_pct"]) == (
        Decimal("48.2"),
        Decimal("45"),
        Decimal("107.1"),
    )
    assert found["indicator"] == "Thu ngân sách"


def test_it_takes_the_plan_written_last_in_a_list_for_every_item():
    text = "Trong đó, nông nghiệp đạt hơn 101%; công nghiệp đạt hơn 102%; dịch vụ đạt hơn 111% chỉ tiêu."
    assert [c["plan_source"] for c in claims(text)] == ["chỉ tiêu", "chỉ tiêu", "chỉ tiêu"]


def test_it_inherits_the_subject_of_the_clause_before():
    found = claim_at("Tỷ lệ hộ nghèo giảm bình quân 4%/năm, đến năm 2020 còn 20,49%.", "20,49")
    assert found["indicator"] == "Tỷ lệ hộ nghèo"


def test_it_reads_the_subject_after_voi():
    found = claim_at("Có 44 hợp tác xã với tổng số vốn đăng ký gần 110 tỷ đồng.", "110")
    assert found["indicator"] == "tổng số vốn đăng ký"


def test_it_names_the_list_after_a_percentage():
    found = claim_at("với tỷ lệ 97,73% xóm, tổ dân phố, 96,13% gia đình đạt tiêu chuẩn văn hóa", "97,73")
    assert found["indicator"] == "xóm, tổ dân phố"


def test_it_names_the_action_before_a_bare_count():
    assert claim_at("hằng năm kết nạp trên 120 đảng viên.", "120")["indicator"] == "kết nạp đảng viên"


def test_it_reads_goals_after_phan_dau_as_targets():
    text = "Phấn đấu số thu cả năm đạt tối thiểu 36 tỷ đồng; thu nhập bình quân đạt 32 triệu đồng."
    assert [c["kind"] for c in claims(text)] == ["target", "target"]


def test_it_reads_a_goal_list_after_de_ra_as_targets():
    text = (
        "Nhiệm kỳ tới, Đảng bộ đề ra 11 chỉ tiêu chủ yếu, như: tổng giá trị sản xuất 8.848 tỷ đồng; "
        "thu ngân sách 55 tỷ đồng."
    )
    assert [c["kind"] for c in claims(text)] == ["other", "target", "target"]


def test_it_reads_a_year_after_the_report_date_as_a_goal():
    text = (
        "25/10/2022\nĐến năm 2025, thu nhập bình quân đầu người đạt 60 triệu đồng. "
        "Năm 2021 thu nhập đạt 32 triệu đồng."
    )
    assert [c["kind"] for c in claims(text)] == ["target", "actual"]


def test_it_reads_counts_of_a_resolutions_parts_as_other():
    assert claim_at("Nghị quyết đề ra 6 nhiệm vụ trọng tâm.", "6")["kind"] == "other"


def test_it_reads_nothing_from_numbers_without_units():
    assert claims("Hôm nay: 2023. Đã truy cập: 6581658. Trang 3.") == []


def test_it_skips_spans_of_time():
    assert claims("Trong 9 tháng đầu năm và 3 tháng cuối năm 2020.") == []


def test_it_reads_a_result_written_over_its_plan_in_the_same_unit():
    found = claim_at("Thu ngân sách trên địa bàn xã đạt 36 tỷ đồng/33 tỷ đồng.", "36")
    assert (found["value"], found["target"]) == (Decimal("36"), Decimal("33"))


def test_it_reads_a_count_larger_than_its_pair_as_set_against_a_plan():
    found = claim_at("Có 166.469/35.000 lượt khách đến tham quan.", "166.469")
    assert (found["target"], found["total"]) == (Decimal("35000"), None)


def test_it_reads_dat_va_vuot_a_mark_as_reaching_it():
    found = claim_at("Các chỉ tiêu cơ bản đạt và vượt 50% so với kế hoạch năm.", "50")
    assert found["achievement_pct"] == Decimal("50")


def test_it_does_not_read_giam_con_as_a_change():
    found = claim_at("Tỷ lệ hộ nghèo giảm chỉ còn 6,95%.", "6,95")
    assert (found["value"], found["change_pct"]) == (Decimal("6.95"), None)


def test_it_reads_growth_as_a_change():
    found = claim_at("Tăng trưởng kinh tế của tỉnh ước đạt 6,5%.", "6,5")
    assert found["change_pct"] == Decimal("6.5")


def test_it_reads_a_range_written_with_den():
    found = claim_at("Phấn đấu có 2 đến 3 xóm đạt chuẩn kiểu mẫu.", "2 đến")
    assert (found["value"], found["upper"], found["unit"]) == (Decimal("2"), Decimal("3"), "xóm")


def test_it_names_a_measure_by_the_action_and_the_noun_after_it():
    assert claim_at("Mỗi năm trồng mới được 34,5 ha chè.", "34,5")["indicator"] == "trồng mới chè"


def test_a_bracket_speaks_of_the_figure_before_it():
    text = "Vốn nhân dân đóng góp 216 tỷ đồng (chiếm 77% tổng nguồn vốn)."
    assert claim_at(text, "77")["indicator"] == "Vốn nhân dân đóng góp"


def test_it_leaves_the_year_out_of_the_indicator():
    assert claim_at("Tỷ lệ hộ nghèo năm 2022 là 16,99%.", "16,99")["indicator"] == "Tỷ lệ hộ nghèo"


def test_growth_named_in_an_earlier_clause_does_not_make_a_level_a_change():
    found = claim_at("Kinh tế tăng trưởng khá, tỷ lệ hộ nghèo còn 4%.", "4%")
    assert found["change_pct"] is None
