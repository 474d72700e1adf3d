"""Units after a number: spelling normalised, scales combined, count nouns and spans of time told apart."""

from decimal import Decimal

from chitieu.reading.units import COUNT, DURATION, MEASURE, PERCENT, normalise, read_unit


def unit_after(text: str, number: str):
    return read_unit(text, text.index(number) + len(number))


def test_it_writes_ti_as_ty():
    assert unit_after("đạt 45,2 tỉ đồng", "45,2").text == "tỷ đồng"


def test_it_writes_ngan_as_nghin():
    assert normalise("ngàn tấn") == "nghìn tấn"


def test_it_reads_a_typed_per_mille():
    unit = unit_after("tỷ suất sinh giảm còn 15,2%0.", "15,2")
    assert (unit.text, unit.kind) == ("‰", PERCENT)


def test_it_combines_a_smaller_scale_written_after_the_first():
    unit = unit_after("thu được 16 tỷ 434 triệu đồng", "16")
    assert (unit.text, unit.extra) == ("tỷ đồng", Decimal("0.434"))


def test_it_keeps_the_per_part_of_a_unit():
    assert unit_after("đạt 45 triệu đồng/người/năm", "45").text == "triệu đồng/người/năm"
    assert unit_after("có 3 bác sĩ/vạn dân", "3").text == "bác sĩ/vạn dân"


def test_it_reads_a_unit_written_against_the_number():
    unit = unit_after("tổng diện tích 374ha", "374")
    assert (unit.text, unit.kind) == ("ha", MEASURE)


def test_it_reads_a_compound_count_noun_whole():
    assert unit_after("có 44 hợp tác xã", "44").text == "hợp tác xã"


def test_it_does_not_mistake_dong_chi_for_money():
    unit = unit_after("Ban Chấp hành gồm 37 đồng chí", "37")
    assert (unit.text, unit.kind) == ("đồng chí", COUNT)


def test_it_reads_a_span_of_time_as_a_duration():
    assert unit_after("trong 9 tháng đầu năm", "9").kind == DURATION


def test_it_finds_no_unit_before_a_function_word():
    assert unit_after("Ban Chỉ đạo 35 trong đấu tranh", "35") is None
