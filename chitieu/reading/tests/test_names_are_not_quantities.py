"""A number that belongs to a name (a commune, a road, a race, a plant variety, a product), a year, a span of time
or a date is not a claim; the quantities beside it still are."""

import pytest

from chitieu.reading import extract


def read(sentence: str) -> list[tuple[float, str]]:
    return [(float(c["value"]), c["unit"]) for c in extract(sentence)["claims"]]


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        ("Ấp Vĩnh Thạnh 3 tổ chức ra mắt 2 mô hình tự quản.", [(2, "mô hình")]),
        ("Phường 10 đã tổ chức 14 buổi biểu diễn dịp Tết.", [(14, "buổi biểu diễn")]),
        ("Dự án nâng cấp Quốc lộ 1A dài 12,5 km.", [(12.5, "km")]),
        ("Tuyến QL 279 đoạn qua huyện dài 36 km.", [(36, "km")]),
        ("Cầu Vĩnh Thạnh 3 tuyến ĐT 741 hoàn thành vượt tiến độ.", []),
        ("Nông dân gieo sạ 4.200 ha lúa OM 5451 và ST25.", [(4200, "ha")]),
        ("Giải Marathon 21 km thu hút 1.500 vận động viên.", [(1500, "vận động viên")]),
        ("Anh về nhất ở cự ly 10 km với thành tích ấn tượng.", []),
        ("Chị giành huy chương vàng ở nội dung 5 km nữ.", []),
        ("Mạng 5G đã phủ sóng 12 xã vùng cao.", [(12, "xã")]),
        ("Hội chợ Xuân 2025 thu hút 120 gian hàng.", [(120, "gian hàng")]),
        ("Giải Cờ vua toàn quốc 2026 khép lại.", []),
        ("Vụ mùa 2024, toàn huyện thu hoạch 3.500 tấn lúa.", [(3500, "tấn")]),
        ("Sau 9 tháng thi công, 2 cây cầu đã hoàn thành.", [(2, "cây cầu")]),
        ("Ngày 15/10/2024, hội nghị có 320 đại biểu tham dự.", [(320, "đại biểu")]),
    ],
)
def test_a_number_in_a_name_or_a_date_is_not_a_claim(sentence, claims):
    assert read(sentence) == claims


def test_an_abbreviation_before_a_percentage_measures_it():
    assert read("Tốc độ tăng trưởng GRDP 7,5%, cao nhất vùng.") == [(7.5, "%")]


def test_an_abbreviation_before_an_amount_measures_it():
    assert read("Vốn FDI 120 triệu USD được đăng ký mới.") == [(120, "triệu USD")]


def test_the_first_word_of_a_sentence_is_not_a_name():
    assert read("Có 32 tài xế bị xử phạt.") == [(32, "tài xế")]


def test_a_number_after_trong_so_is_the_whole_it_counts():
    claims = extract("Trong số 312 đảng viên, có 287 đảng viên hoàn thành tốt nhiệm vụ.")["claims"]
    assert [float(c["value"]) for c in claims] == [312, 287]
