"""Matching a claim to an indicator: shared words of the phrases, and units that measure the same thing."""

from decimal import Decimal

from chitieu.reading.matching import Candidate, best_match, disagrees, unit_factor

INCOME = Candidate(1, "Thu nhập bình quân đầu người", "triệu đồng/người/năm")
BUDGET = Candidate(2, "Thu ngân sách nhà nước trên địa bàn", "triệu đồng")
POVERTY = Candidate(3, "Tỷ lệ hộ nghèo", "%")
COMMUNES = Candidate(4, "Số xã đạt chuẩn nông thôn mới", "xã")
ALL = [INCOME, BUDGET, POVERTY, COMMUNES]


def test_it_matches_the_indicator_sharing_most_words():
    match = best_match("thu nhập bình quân đầu người", "triệu đồng/người/năm", ALL)
    assert match.candidate == INCOME and match.factor == 1


def test_it_converts_money_into_the_indicators_unit():
    match = best_match("thu ngân sách nhà nước trên địa bàn", "tỷ đồng", ALL)
    assert match.candidate == BUDGET and match.factor == 1000


def test_a_unit_that_measures_something_else_rules_a_candidate_out():
    assert best_match("tỷ lệ hộ nghèo", "hộ", [POVERTY]) is None
    assert unit_factor("%", "triệu đồng") is None
    assert unit_factor("triệu đồng/người/năm", "triệu đồng") is None


def test_a_count_noun_counts_as_a_word_of_the_phrase():
    match = best_match("đạt chuẩn nông thôn mới", "xã", ALL)
    assert match.candidate == COMMUNES


def test_filler_words_alone_do_not_make_a_match():
    assert best_match("tổng số trên địa bàn", "triệu đồng", ALL) is None


def test_a_difference_within_rounding_is_not_a_discrepancy():
    assert not disagrees(Decimal("92.3"), Decimal("92.27"))
    assert disagrees(Decimal("92.3"), Decimal("92.5"))
    assert disagrees(Decimal("45"), Decimal("46"))
