"""Targets read from a resolution are linked to the shared indicator catalogue by what they measure, their unit
and their kind; a new indicator is offered when nothing fits. Own sentences, in the wording of resolutions."""

from chitieu.reading.linking import NEW_INDICATOR, Entry, link, named_in_context

CATALOGUE = [
    Entry(1, "Tổng giá trị sản xuất", "tỷ đồng"),
    Entry(2, "Thu nhập bình quân đầu người", "triệu đồng/người/năm"),
    Entry(3, "Tỷ lệ hộ nghèo", "%", is_percent=True),
    Entry(4, "Số xã đạt chuẩn nông thôn mới", "xã"),
    Entry(5, "Tỷ lệ xã đạt chuẩn nông thôn mới", "%", is_percent=True),
    Entry(6, "Số hộ trồng rừng", "hộ"),
    Entry(7, "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng"),
    Entry(8, "Giá trị sản xuất thương mại - dịch vụ", "tỷ đồng"),
]


def test_a_growth_rate_is_linked_to_the_level_that_grows():
    found = link("Tốc độ tăng trưởng giá trị sản xuất bình quân hằng năm", "%/năm", "growth_rate", CATALOGUE)
    assert found.indicator == 1 and found.sure


def test_a_fall_in_points_is_linked_to_the_percentage():
    assert link("Tỷ lệ hộ nghèo giảm bình quân mỗi năm", "%", "point_change", CATALOGUE).indicator == 3


def test_a_per_capita_figure_keeps_its_indicator_when_the_list_leaves_out_the_per_part():
    assert link("Thu nhập bình quân đầu người đến năm 2030", "triệu đồng", "level", CATALOGUE).indicator == 2


def test_an_abbreviation_reads_as_the_words_it_stands_for():
    assert link("Số xã đạt chuẩn NTM", "xã", "level", CATALOGUE).indicator == 4
    assert link("Tỷ lệ xã đạt chuẩn NTM", "%", "ratio", CATALOGUE).indicator == 5


def test_money_in_another_scale_still_fits():
    assert link("Thu ngân sách nhà nước trên địa bàn", "nghìn tỷ đồng", "level", CATALOGUE).indicator == 7


def test_a_unit_that_measures_something_else_is_not_offered():
    found = link("Diện tích trồng rừng mới", "ha", "cumulative", CATALOGUE)
    assert found.indicator is None  # "hộ" is not an area: a new indicator is offered instead


def test_nothing_alike_offers_a_new_indicator():
    found = link("Tỷ lệ che phủ rừng", "%", "level", CATALOGUE)
    assert found.indicator is None and NEW_INDICATOR == "new"


def test_a_part_named_by_its_sector_is_read_with_its_parent():
    name = named_in_context("Dịch vụ", "Tốc độ tăng giá trị sản xuất")
    assert link(name, "%", "growth_rate", CATALOGUE).indicator == 8
