"""Reading a resolution's list of key targets: groups, labels, sub-targets, value forms, types and directions."""

from decimal import Decimal
from pathlib import Path

import pytest

from chitieu.reading.targets import flat, parse_targets

LIST = (Path(__file__).parent / "data" / "chi-tieu-huyen.txt").read_text(encoding="utf-8")


def one(sentence: str) -> dict:
    """The single target of a one-line list."""
    (target,) = parse_targets(f"1. {sentence}")["targets"]
    return target


@pytest.fixture(scope="module")
def parsed() -> dict:
    return parse_targets(LIST)


def by_label(parsed: dict, label: str) -> dict:
    return next(t for t in parsed["targets"] if t["label"] == label)


def test_it_reads_groups_with_their_labels_and_declared_counts(parsed):
    assert [(g["label"], g["name"], g["declared_count"]) for g in parsed["groups"]] == [
        ("I.", "Về kinh tế", 7),
        ("II.", "Về văn hóa - xã hội", 6),
        ("III.", "Về môi trường", 2),
        ("IV.", "Về xây dựng Đảng và hệ thống chính trị", 3),
    ]


def test_it_warns_when_a_group_declares_more_targets_than_it_holds(parsed):
    assert "Nhóm IV khai báo 3 chỉ tiêu nhưng tìm thấy 2." in parsed["warnings"]
    assert "Văn bản nêu 18 chỉ tiêu nhưng tìm thấy 17." in parsed["warnings"]


def test_it_keeps_published_labels_and_puts_each_target_in_its_group(parsed):
    assert [t["label"] for t in parsed["targets"]] == [f"{n}." for n in range(1, 18)]
    assert by_label(parsed, "8.")["group"] == 1
    listed = parse_targets("(1) Thu nhập bình quân đầu người đạt 60 triệu đồng; (2) Tỷ lệ hộ nghèo dưới 2%.")
    assert [t["label"] for t in listed["targets"]] == ["(1)", "(2)"]


def test_it_warns_when_the_numbering_skips_a_target():
    found = parse_targets("1. Thu nhập đạt 60 triệu đồng/người/năm.\n3. Tỷ lệ che phủ rừng đạt 62%.")
    assert any("nhảy từ 1 sang 3" in warning for warning in found["warnings"])


def test_it_reads_an_exact_figure_with_its_unit_and_deadline(parsed):
    income = by_label(parsed, "2.")
    assert income["name"] == "Thu nhập bình quân đầu người"
    assert (income["value"], income["unit"], income["form"]) == (Decimal(60), "triệu đồng/người/năm", "exact")
    assert (income["kind"], income["deadline_year"]) == ("level", 2025)


@pytest.mark.parametrize(
    ("sentence", "form", "strict", "direction"),
    [
        ("Sản lượng lương thực đạt trên 35.000 tấn.", "min_bound", True, "higher"),
        ("Tỷ lệ hộ nghèo còn dưới 2%.", "max_bound", True, "lower"),
        ("Hằng năm kết nạp từ 120 đảng viên trở lên.", "min_bound", False, "higher"),
        ("Tỷ lệ sinh con thứ 3 trở lên không quá 10%.", "max_bound", False, "lower"),
        ("Tỷ lệ lao động qua đào tạo tối thiểu 70%.", "min_bound", False, "higher"),
        ("Tỷ lệ che phủ rừng khoảng 62%.", "approximate", False, "higher"),
    ],
)
def test_it_reads_bounds_as_the_value_form_and_strictness(sentence, form, strict, direction):
    target = one(sentence)
    assert (target["form"], target["strict"], target["direction"]) == (form, strict, direction)


def test_it_reads_ranges_written_with_a_dash_or_with_tu_den():
    dash = one("Tốc độ tăng trưởng giá trị sản xuất bình quân 5 năm đạt 10 - 11%/năm.")
    words = one("Thu ngân sách trên địa bàn tăng bình quân từ 7,5 đến 8%/năm.")
    assert (dash["form"], dash["value"], dash["value_high"]) == ("range", Decimal(10), Decimal(11))
    assert (words["form"], words["value"], words["value_high"]) == ("range", Decimal("7.5"), Decimal(8))


def test_an_average_annual_rise_is_a_growth_rate(parsed):
    assert by_label(parsed, "1.")["kind"] == "growth_rate"
    assert by_label(parsed, "4.")["kind"] == "growth_rate"


def test_an_average_annual_fall_of_a_rate_is_a_change_in_points_where_more_is_better(parsed):
    poverty = by_label(parsed, "8.")
    assert poverty["name"] == "Tỷ lệ hộ nghèo"
    assert (poverty["kind"], poverty["value"], poverty["direction"]) == (
        "point_change",
        Decimal("1.5"),
        "higher",
    )


def test_a_rate_to_bring_down_is_lower_is_better():
    assert one("Tỷ lệ hộ nghèo giảm xuống còn 3%.")["direction"] == "lower"


def test_a_period_total_is_cumulative(parsed):
    investment = by_label(parsed, "3.")
    assert (investment["kind"], investment["value"], investment["unit"]) == (
        "cumulative",
        Decimal(25000),
        "tỷ đồng",
    )
    assert one("Tổng số vốn huy động 5 năm đạt 1.200 tỷ đồng.")["kind"] == "cumulative"


def test_hang_nam_and_moi_nam_make_a_target_for_every_year(parsed):
    assert by_label(parsed, "12.")["kind"] == "annual"
    assert one("Mỗi năm giải quyết việc làm cho 1.000 lao động.")["kind"] == "annual"


def test_a_share_is_a_ratio_and_a_count_fraction_keeps_its_whole(parsed):
    assert by_label(parsed, "15.")["kind"] == "ratio"
    model = by_label(parsed, "10.")
    assert (model["form"], model["value"], model["total"], model["unit"]) == (
        "count_fraction",
        Decimal(4),
        Decimal(9),
        "thôn",
    )


def test_a_standard_to_reach_without_a_figure_is_yes_or_no(parsed):
    district = by_label(parsed, "7.")
    assert (district["name"], district["form"], district["kind"]) == (
        "Huyện đạt chuẩn nông thôn mới",
        "yes_no",
        "yes_no",
    )
    assert district["deadline_year"] == 2024  # "trước năm 2025"


def test_trong_do_makes_sub_targets_that_inherit_the_type(parsed):
    children = by_label(parsed, "3.")["children"]
    assert [(c["name"], c["value"], c["kind"]) for c in children] == [
        ("Vốn ngân sách nhà nước", Decimal(5000), "cumulative"),
        ("Vốn doanh nghiệp và dân cư", Decimal(20000), "cumulative"),
    ]


def test_parts_separated_by_semicolons_are_sub_targets(parsed):
    health = by_label(parsed, "11.")
    assert health["value"] is None
    assert [(c["name"], c["value"], c["unit"]) for c in health["children"]] == [
        ("Số giường bệnh", Decimal(30), "giường/vạn dân"),
        ("Số bác sĩ", Decimal(10), "bác sĩ/vạn dân"),
        ("Tỷ lệ trạm y tế xã đạt chuẩn quốc gia", Decimal(100), "%"),
    ]


def test_a_count_in_brackets_is_an_equivalent_sub_target(parsed):
    communes = by_label(parsed, "6.")
    assert (communes["name"], communes["value"], communes["unit"]) == (
        "Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao",
        Decimal(50),
        "%",
    )
    (eight,) = communes["children"]
    assert (eight["value"], eight["unit"], eight["equivalent"]) == (Decimal(8), "xã", True)


def test_a_bracket_with_a_fraction_and_an_increase_gives_two_equivalents(parsed):
    villages = by_label(parsed, "9.")
    assert villages["value"] == Decimal("58.9")
    fraction, increase = villages["children"]
    assert (fraction["value"], fraction["total"], fraction["form"]) == (
        Decimal(66),
        Decimal(112),
        "count_fraction",
    )
    assert (increase["value"], increase["kind"]) == (Decimal(20), "cumulative")


def test_a_bracket_with_only_a_period_is_not_a_sub_target(parsed):
    assert by_label(parsed, "8.")["children"] == []


def test_dash_items_under_a_heading_are_its_sub_targets():
    found = parse_targets(
        "5. Về lao động, việc làm:\n- Hằng năm đào tạo nghề cho trên 1.000 lao động;\n- Tỷ lệ lao động qua đào tạo đạt 50%."
    )
    (labour,) = found["targets"]
    assert [c["kind"] for c in labour["children"]] == ["annual", "ratio"]
    assert len(flat(found["targets"])) == 3


def test_every_field_carries_a_confidence_and_guesses_score_lower(parsed):
    for target in flat(parsed["targets"]):
        assert all(0 <= score <= 1 for score in target["confidence"].values())
    assert by_label(parsed, "11.")["confidence"]["name"] < 0.5
    assert by_label(parsed, "2.")["confidence"]["value"] >= 0.9
