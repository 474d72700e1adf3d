"""The type, direction, figure and deadline of a target read from its wording and the indicator's nature: the
mistakes target lists used to cause, one test each, and the wording of the 2025 congresses."""

from decimal import Decimal

import pytest

from chitieu.reading.falling import falls
from chitieu.reading.targets import parse_targets


def one(sentence: str) -> dict:
    """The single target of a one-line list."""
    (target,) = parse_targets(f"1. {sentence}")["targets"]
    return target


def parts(sentence: str) -> list[dict]:
    return [c for c in one(sentence)["children"] if not c["equivalent"]]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Giá trị sản phẩm trên 1 ha đất canh tác đạt 120 triệu đồng trở lên.", Decimal(120), "triệu đồng"),
        ("Diện tích lúa 2 vụ ổn định 800 ha.", Decimal(800), "ha"),
        ("Tỷ lệ hộ sử dụng nước sạch 98%/tổng số hộ.", Decimal(98), "%"),
        ("Số xã đạt chuẩn 19 tiêu chí đạt 5 xã.", Decimal(5), "xã"),
    ],
)
def test_a_number_inside_the_name_is_not_the_figure(sentence, value, unit):
    target = one(sentence)
    assert (target["value"], target["unit"]) == (value, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tổng huy động vốn đầu tư phát triển thời kỳ 2021-2025 đạt 5.000 tỷ đồng.",
        "Tổng số doanh nghiệp mới được thành lập thời kỳ 2021-2025 đạt 100 doanh nghiệp.",
        "Tổng sản lượng lương thực cả giai đoạn đạt 150.000 tấn.",
        "Vốn đầu tư phát triển toàn xã hội đạt từ 3,1 đến 3,2 triệu tỷ đồng.",
        "Tổng vốn đầu tư toàn xã hội giai đoạn 2026-2030 đạt 1,2 nghìn tỷ đồng.",
    ],
)
def test_a_term_total_is_cumulative(sentence):
    assert one(sentence)["kind"] == "cumulative"


def test_a_term_total_ends_with_its_term():
    assert one("Tổng huy động vốn đầu tư thời kỳ 2021-2025 đạt 5.000 tỷ đồng.")["deadline_year"] == 2025
    big = one("Tổng vốn đầu tư toàn xã hội giai đoạn 2026-2030 đạt 1,2 nghìn tỷ đồng.")
    assert (big["value"], big["unit"], big["deadline_year"]) == (Decimal("1.2"), "nghìn tỷ đồng", 2030)


def test_shares_written_before_trong_do_are_kept_and_the_whereof_part_goes_under_the_last():
    structure = one(
        "Cơ cấu kinh tế năm 2025: nông nghiệp 30%, công nghiệp - xây dựng 35%, dịch vụ 35%; trong đó du lịch 10%."
    )
    assert structure["value"] is None
    farming, industry, services = structure["children"]
    assert [farming["value"], industry["value"], services["value"]] == [Decimal(30), Decimal(35), Decimal(35)]
    assert [c["value"] for c in services["children"]] == [Decimal(10)]
    assert {c["deadline_year"] for c in structure["children"]} == {2025}


def test_sector_growth_rates_under_a_growth_rate_are_growth_rates():
    sectors = parts(
        "Tốc độ tăng giá trị sản xuất bình quân hàng năm (giá so sánh năm 2010) đạt 16%; trong đó: nông, lâm,"
        " thủy sản tăng 6%; công nghiệp - xây dựng tăng 18,4%; dịch vụ tăng 18,2%."
    )
    assert [(c["name"], c["value"], c["kind"]) for c in sectors] == [
        ("Nông, lâm, thủy sản", Decimal(6), "growth_rate"),
        ("Công nghiệp - xây dựng", Decimal("18.4"), "growth_rate"),
        ("Dịch vụ", Decimal("18.2"), "growth_rate"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tỷ lệ tăng thu ngân sách bình quân hàng năm đạt 12%.",
        "Tốc độ tăng tổng thu ngân sách nhà nước trên địa bàn bình quân hằng năm đạt 10%.",
        "Tốc độ tăng năng suất lao động từ 7,0 đến 7,5%.",
    ],
)
def test_an_average_yearly_rise_is_a_growth_rate_not_every_year(sentence):
    assert one(sentence)["kind"] == "growth_rate"


def test_a_rate_stated_for_each_year_is_every_year():
    assert one("Tỷ lệ người dân tham gia bảo hiểm y tế hàng năm từ 90% trở lên.")["kind"] == "annual"
    assert one("Tỷ lệ tăng dân số tự nhiên hàng năm 1,1%.")["kind"] == "annual"


def test_a_decimal_comma_stays_inside_a_bracket_and_a_range():
    investment = one(
        "Vốn đầu tư phát triển toàn xã hội đạt từ 3,1 đến 3,2 triệu tỷ đồng (theo giá hiện hành, tăng từ 12,5 đến"
        " 13,5%/năm)."
    )
    (growth,) = investment["children"]
    assert (investment["value"], investment["value_high"]) == (Decimal("3.1"), Decimal("3.2"))
    assert (growth["value"], growth["value_high"], growth["form"], growth["kind"]) == (
        Decimal("12.5"),
        Decimal("13.5"),
        "range",
        "growth_rate",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Không còn hộ nghèo và hộ tái nghèo theo tiêu chuẩn của thành phố.",
        "Đến năm 2030, không còn hộ nghèo là hộ người có công.",
        "Duy trì xã đạt chuẩn quốc gia về y tế.",
        "Xã giữ vững chuẩn phổ cập giáo dục mầm non cho trẻ 5 tuổi.",
    ],
)
def test_a_target_without_a_figure_is_yes_or_no(sentence):
    target = one(sentence)
    assert (target["value"], target["form"], target["kind"]) == (None, "yes_no", "yes_no")


def test_a_rating_to_keep_is_ordinal():
    target = one("Đảng bộ xã hàng năm đạt hoàn thành tốt nhiệm vụ trở lên.")
    assert (target["value"], target["form"]) == (None, "ordinal")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tỷ lệ lao động nông nghiệp trong tổng lao động năm 2025 là 50%.",
        "Tỷ lệ tăng dân số tự nhiên ở mức 1,2%.",
        "Tỷ suất tử vong trẻ em dưới 1 tuổi 10‰.",
        "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi 18%.",
        "Tỷ lệ thất nghiệp khu vực thành thị 3%.",
    ],
)
def test_an_indicator_that_should_fall_is_lower_is_better_without_the_word_giam(sentence):
    assert one(sentence)["direction"] == "lower"


@pytest.mark.parametrize(
    "subject",
    [
        "Tỷ lệ lao động nông nghiệp qua đào tạo",
        "Tỷ lệ hộ nghèo được hỗ trợ nhà ở",
        "Tỷ lệ xã không có tội phạm ma túy",
        "Tỷ lệ dân số tham gia bảo hiểm y tế",
    ],
)
def test_the_same_words_raised_by_what_surrounds_them_do_not_fall(subject):
    assert not falls(subject)


def test_a_reduction_written_as_the_target_is_better_the_larger_it_is():
    poverty = one(
        "Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều giai đoạn 2021 - 2025) giảm bình quân mỗi năm 2,1%."
    )
    assert (poverty["kind"], poverty["direction"], poverty["deadline_year"]) == (
        "point_change",
        "higher",
        None,
    )


def test_a_base_price_year_and_a_base_year_are_not_deadlines():
    assert one("Giá trị sản xuất (giá so sánh năm 2010) tăng bình quân 15%/năm.")["deadline_year"] is None
    assert one("Giá trị sản xuất theo giá so sánh năm 2010 tăng bình quân 15%/năm.")["deadline_year"] is None
    assert one("Tổng thu ngân sách trên địa bàn tăng 10% so với năm 2025.")["deadline_year"] is None
    income = one("Thu nhập bình quân đầu người trên địa bàn đến năm 2030 so với năm 2025 tăng 31,6%.")
    assert (income["value"], income["deadline_year"]) == (Decimal("31.6"), 2030)


def test_a_bracket_naming_the_prices_is_not_a_figure():
    assert parts("Giá trị sản xuất công nghiệp (giá so sánh 2010) tăng bình quân 15%/năm.") == []
    assert one("Giá trị sản xuất công nghiệp (giá so sánh 2010) tăng bình quân 15%/năm.")["children"] == []


def test_a_share_of_grdp_is_a_percentage_that_should_rise():
    digital = one("Kinh tế số chiếm khoảng 20% GRDP.")
    assert (digital["value"], digital["unit"], digital["form"], digital["direction"]) == (
        Decimal(20),
        "%",
        "approximate",
        "higher",
    )


def test_a_share_named_by_a_word_that_names_places_in_reports_is_read():
    """ "dịch vụ 39%", "thôn, làng 65%": a number after such a word is a name in a report ("thôn 5"), a figure here."""
    assert [
        c["value"] for c in parts("Cơ cấu kinh tế: nông nghiệp 25,5%; công nghiệp 35,5%; dịch vụ 39%.")
    ] == [
        Decimal("25.5"),
        Decimal("35.5"),
        Decimal(39),
    ]
    assert [c["value"] for c in parts("Tỷ lệ thôn văn hóa: TDP 75%; thôn 65%.")] == [Decimal(75), Decimal(65)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Giảm tỷ lệ hộ nghèo bình quân 2%/năm.",
        "Tỷ lệ hộ nghèo giảm 1,5%/năm.",
        "Mỗi năm giảm 1% tỷ lệ hộ nghèo.",
    ],
)
def test_a_yearly_fall_of_a_rate_however_written_is_a_change_in_points(sentence):
    target = one(sentence)
    assert (target["kind"], target["direction"], target["name"]) == (
        "point_change",
        "higher",
        "Tỷ lệ hộ nghèo",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Giải quyết việc làm mới cho 15.000 lao động.",
        "Kết nạp 300 đảng viên mới.",
        "Có thêm 5 xã đạt chuẩn nông thôn mới.",
        "Cứng hóa 120 km đường giao thông nông thôn.",
    ],
)
def test_what_the_term_adds_up_is_cumulative(sentence):
    assert one(sentence)["kind"] == "cumulative"


def test_a_domain_heading_without_about_is_a_group_and_a_yes_no_target_naming_the_party_is_not():
    parsed = parse_targets(
        "PHÁT TRIỂN KINH TẾ\n- Kết nạp 300 đảng viên mới.\nXây dựng Đảng và hệ thống chính trị:\n"
        "- Xây dựng Đảng bộ trong sạch, vững mạnh."
    )
    assert [g["name"] for g in parsed["groups"]] == [
        "Phát triển kinh tế",
        "Xây dựng Đảng và hệ thống chính trị",
    ]
    assert [t["group"] for t in parsed["targets"]] == [0, 1]


def test_a_reduction_by_an_amount_is_better_the_larger_and_a_level_to_bring_down_to_is_better_the_lower():
    assert one("Tai nạn giao thông giảm 5% cả 3 tiêu chí hằng năm.")["direction"] == "higher"
    assert one("Tỷ lệ hộ nghèo giảm xuống còn 3%.")["direction"] == "lower"


def test_a_year_opening_parts_side_by_side_is_the_deadline_of_each():
    health = one("Đến năm 2025, có 9,5 bác sĩ/vạn dân; 32 giường bệnh/vạn dân.")
    assert health["value"] is None
    assert [(c["value"], c["unit"], c["deadline_year"]) for c in health["children"]] == [
        (Decimal("9.5"), "bác sĩ/vạn dân", 2025),
        (Decimal(32), "giường bệnh/vạn dân", 2025),
    ]


def test_a_share_named_after_its_figure_keeps_its_list_of_places():
    target = one('Hằng năm, 100% xã, phường, thị trấn đạt tiêu chuẩn "an toàn về an ninh, trật tự".')
    assert target["name"].startswith("Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn")
    assert target["kind"] == "annual"


def test_a_rating_after_a_share_of_party_cells_is_a_part_of_its_own():
    cells, party = parts(
        "Hằng năm, có 90% trở lên tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ; Đảng bộ xã hoàn thành tốt nhiệm vụ trở lên."
    )
    assert (cells["value"], cells["form"], cells["kind"]) == (Decimal(90), "min_bound", "annual")
    assert (party["value"], party["form"]) == (None, "ordinal")


def test_a_life_expectancy_or_years_of_schooling_set_as_the_figure_is_read_though_it_is_a_span_of_time():
    life = one("Tuổi thọ trung bình của người dân đạt 75 tuổi.")
    school = one("Số năm đi học bình quân của người từ 25 tuổi trở lên đạt 10 năm.")
    assert (life["value"], life["unit"]) == (Decimal(75), "tuổi")
    assert (school["value"], school["unit"], school["form"]) == (Decimal(10), "năm", "exact")
    assert one("Phổ cập giáo dục mầm non cho trẻ 5 tuổi.")["value"] is None


def test_a_share_of_growth_is_not_a_growth_rate():
    assert (
        one("Đóng góp của năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng đạt 45%.")["kind"] == "level"
    )


def test_visitors_drawn_in_a_year_are_a_level_and_projects_drawn_over_the_term_a_sum():
    assert one("Thu hút khách du lịch đạt 2 triệu lượt.")["kind"] == "level"
    assert one("Thu hút 10 dự án đầu tư.")["kind"] == "cumulative"


def test_the_level_a_growth_rate_leads_to_is_a_target_under_it():
    revenue = one("Tốc độ tăng thu ngân sách bình quân 10%/năm, đến năm 2030 đạt 2.000 tỷ đồng.")
    (level,) = revenue["children"]
    assert (revenue["value"], revenue["kind"]) == (Decimal(10), "growth_rate")
    assert (level["name"], level["value"], level["unit"], level["deadline_year"]) == (
        "Thu ngân sách",
        Decimal(2000),
        "tỷ đồng",
        2030,
    )
    assert (
        one("Thu nhập bình quân đầu người đạt 60 triệu đồng, tăng 1,5 lần so với năm 2020.")["children"] == []
    )


def test_the_year_of_a_numbered_document_is_no_deadline():
    village = one("Số thôn đạt chuẩn nông thôn mới (theo Chỉ thị 12-CT/TU năm 2018) đạt 4 thôn.")
    assert village["deadline_year"] is None
    assert one("Số thôn đạt chuẩn theo Quyết định 1600/QĐ-TTg năm 2016 đạt 4 thôn.")["deadline_year"] is None
