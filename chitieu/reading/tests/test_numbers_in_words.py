"""Numbers written in words are read as the digits they stand for, in claims and in status counts; "một" alone is
an article and "năm" alone a year, so they are read only inside a longer number."""

from decimal import Decimal

import pytest

from chitieu.reading import extract
from chitieu.reading.numbers import with_digits


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("hai mươi lăm tờ trình", "25 tờ trình"),
        ("mười tám nghị quyết", "18 nghị quyết"),
        ("bảy mươi tư người", "74 người"),
        ("ba mươi mốt xã", "31 xã"),
        ("khoảng ba trăm lao động", "khoảng 300 lao động"),
        ("một trăm linh năm hộ", "105 hộ"),
        ("hai trăm lẻ tám học sinh", "208 học sinh"),
        ("hai nghìn năm trăm suất quà", "2.500 suất quà"),
        ("ba trăm năm mươi nghìn con", "350 nghìn con"),
        ("hai triệu rưỡi đồng", "2,5 triệu đồng"),
        ("năm trăm triệu đồng", "500 triệu đồng"),
        ("ba chục hộ", "30 hộ"),
        ("đạt chín mươi phần trăm", "đạt 90%"),
        ("đạt 95 phần trăm kế hoạch", "đạt 95% kế hoạch"),
        ("Một nửa số xã", "50% số xã"),
        ("tăng gấp đôi", "tăng gấp 2 lần"),
        ("tăng gấp ba lần", "tăng gấp 3 lần"),
        ("mười hai trên mười lăm chỉ tiêu", "12/15 chỉ tiêu"),
    ],
)
def test_it_writes_a_spelled_number_as_digits(words, digits):
    assert with_digits(words)[0] == digits


@pytest.mark.parametrize(
    "sentence",
    [
        "Đây là một trong những mô hình tiêu biểu.",
        "Năm nay huyện tập trung cho năm học mới.",
        "Hai bên đã ký kết biên bản ghi nhớ.",
        "Quận Hai Bà Trưng tổ chức lễ ra quân.",
        "Sau mười năm xây dựng, làng nghề đã khởi sắc.",
        "Sáng thứ Hai, đoàn công tác làm việc tại xã.",
        "Bộ máy chính quyền hai cấp vận hành thông suốt.",
    ],
)
def test_it_leaves_words_that_are_not_quantities(sentence):
    result = extract(sentence)
    assert result["claims"] == [] and result["counts"] == []


def test_a_claim_in_words_keeps_its_words_as_text():
    text = "Kỳ họp đã xem xét hai mươi lăm tờ trình và thông qua mười tám nghị quyết."
    claims = extract(text)["claims"]
    assert [(c["value"], c["unit"], c["text"]) for c in claims] == [
        (Decimal(25), "tờ trình", "hai mươi lăm tờ trình"),
        (Decimal(18), "nghị quyết", "mười tám nghị quyết"),
    ]
    assert all(text[c["span"][0] : c["span"][1]] == c["text"] for c in claims)


def test_a_share_in_words_is_read_with_its_plan():
    claims = extract("Thu ngân sách đạt chín mươi lăm phần trăm dự toán.")["claims"]
    assert [(c["value"], c["unit"], c["achievement_pct"]) for c in claims] == [
        (Decimal(95), "%", Decimal(95))
    ]


def test_doubling_is_a_change_of_a_hundred_percent():
    claims = extract("Doanh thu của hợp tác xã năm nay tăng gấp đôi so với năm trước.")["claims"]
    assert [c["change_pct"] for c in claims] == [Decimal(100)]


def test_a_status_count_in_words_is_counted():
    counts = extract("Đến nay có mười hai trên mười lăm chỉ tiêu đạt và vượt kế hoạch.")["counts"]
    assert [(c["total"], c["met"]) for c in counts] == [(15, 12)]


def test_spans_stay_right_in_a_decomposed_text_with_words():
    import unicodedata

    text = unicodedata.normalize("NFD", "Tỉnh trao hai nghìn năm trăm suất quà cho hộ nghèo.")
    claim = extract(text)["claims"][0]
    assert claim["value"] == 2500 and text[claim["span"][0] : claim["span"][1]] == claim["text"]
    assert unicodedata.normalize("NFC", claim["text"]) == "hai nghìn năm trăm suất quà"
