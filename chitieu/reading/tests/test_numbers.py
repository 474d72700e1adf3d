"""Vietnamese numerals in running text: grouping dots, decimal commas, and the numbers that are not quantities."""

from decimal import Decimal

from chitieu.reading.numbers import find_numerals, read_number


def values(text: str) -> list[Decimal]:
    return [n.value for n in find_numerals(text)]


def test_it_reads_a_thousands_dot_as_grouping():
    assert read_number("8.848") == Decimal("8848")
    assert read_number("1.250.000") == Decimal("1250000")


def test_it_reads_a_comma_as_the_decimal_mark():
    assert read_number("106,811") == Decimal("106.811")
    assert read_number("92,3") == Decimal("92.3")


def test_it_reads_grouping_and_decimals_together():
    assert read_number("1.250,5") == Decimal("1250.5")


def test_it_drops_leading_zeros():
    assert read_number("03") == Decimal("3")


def test_it_reads_a_dot_before_one_or_two_digits_as_a_typed_decimal_point():
    assert read_number("1.5") == Decimal("1.5")


def test_it_finds_the_numbers_of_a_sentence_in_order():
    assert values("Toàn xã có 1.234 hộ, tỷ lệ hộ nghèo còn 4,5%.") == [Decimal("1234"), Decimal("4.5")]


def test_it_keeps_a_number_at_the_end_of_a_sentence_whole():
    assert values("Diện tích lúa đạt 3.772.") == [Decimal("3772")]


def test_it_reads_a_count_over_a_whole():
    [numeral] = find_numerals("có 12/13 xã đạt chuẩn")
    assert (numeral.value, numeral.over) == (12, 13)


def test_it_reads_a_range():
    [numeral] = find_numerals("9 xã đạt từ 11 - 14 tiêu chí")[1:]
    assert (numeral.value, numeral.upper) == (11, 14)


def test_it_skips_full_dates():
    assert values("Ngày 15/10/2020 và 25-10-2020, huyện họp.") == []


def test_it_skips_a_day_and_month_after_ngay():
    assert values("Ngày 14/10, Ban Chấp hành họp.") == []


def test_it_skips_a_month_and_year():
    assert values("Số liệu tháng 10/2023.") == []


def test_it_skips_times_of_day():
    assert values("Cập nhật 05:21:00 GMT+7, lúc 7h30.") == []


def test_it_skips_document_numbers():
    text = "Thực hiện Nghị quyết số 13-NQ/HU, Nghị quyết 855/NQ-UBTVQH14 và Nghị định số 07/2021/NĐ-CP."
    assert values(text) == []


def test_it_skips_years_named_as_years():
    assert values("Năm 2023, so với năm 2022, nhiệm kỳ 2020 - 2025, giai đoạn 2021-2025.") == []


def test_it_skips_a_list_of_years():
    assert values("trong các năm 2020, 2021, 2022 liên tục xếp thứ nhất") == []


def test_it_keeps_a_four_digit_count_that_looks_like_a_year():
    assert values("toàn đảng bộ có 2033 đảng viên") == [Decimal("2033")]


def test_it_skips_ordinals_and_names():
    text = "kỳ họp thứ 18, lần thứ 3, Quy định 11, Ban Chỉ đạo 35, Chương trình 135, COVID-19, quý 3, tháng 9"
    assert values(text) == []


def test_it_keeps_a_number_after_tong_so():
    assert values("tổng số 250 hộ") == [Decimal("250")]


def test_it_skips_a_year_after_den():
    assert values("Từ 2021 đến 2025 huyện có 20 dự án") == [Decimal("20")]
