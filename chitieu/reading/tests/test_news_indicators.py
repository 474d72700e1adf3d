"""The subject phrase of a claim in news is the noun phrase the number measures, as written: not the place that
has it, not the frame around it ("với sự tham dự của"), not the verb alone or the clause next to it."""

import pytest

from chitieu.reading import extract


def indicators(sentence: str) -> list[tuple[float, str | None]]:
    return [(float(c["value"]), c["indicator"]) for c in extract(sentence)["claims"]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a place that has the count is not what is counted
        ("Phường Tân An mới có 28 khu phố và 9.800 hộ.", [(28, "khu phố"), (9800, "hộ")]),
        ("Ấp Vĩnh Thạnh 3 có 420 hộ.", [(420, "hộ")]),
        # a frame ending in a preposition is not a subject
        ("Hội nghị diễn ra với sự tham dự của hơn 1.200 đại biểu.", [(1200, "đại biểu")]),
        # a short verb phrase says what was done with the count
        ("Kỳ họp đã thông qua 18 nghị quyết.", [(18, "thông qua nghị quyết")]),
        (
            "Công an huyện xử phạt 32 tài xế, tạm giữ 18 phương tiện.",
            [(32, "xử phạt tài xế"), (18, "tạm giữ phương tiện")],
        ),
        # of a whole clause before the count, only its last words, the verb, are kept
        ("Dự án cấp nước sạch phục vụ 5.600 hộ dân.", [(5600, "phục vụ hộ dân")]),
        ("Ngành du lịch đặt mục tiêu năm nay đón 2 triệu lượt khách.", [(2, "đón lượt khách")]),
        # a phrase stops at "xuống" and "lên", not at "trở xuống"
        ("Số hộ nghèo giảm từ 120 hộ xuống còn 35 hộ.", [(120, "Số hộ nghèo"), (35, "Số hộ nghèo")]),
        # an action verb before a preposition starts the phrase; the subject before it is left out
        (
            "Nhà máy đi vào hoạt động sẽ tạo việc làm cho khoảng ba trăm lao động địa phương.",
            [(300, "tạo việc làm cho lao động địa phương")],
        ),
        ("Xã mới được thành lập trên cơ sở sáp nhập 3 xã.", [(3, "sáp nhập xã")]),
        # the phrase after a number stops before "cùng"; after "là" it says what the share is
        ("Có 45 địa phương trong tỉnh cùng tham dự.", [(45, "địa phương trong tỉnh")]),
        (
            "Trong đó 65% diện tích là giống lúa chất lượng cao.",
            [(65, "diện tích là giống lúa chất lượng cao")],
        ),
        ("Trong đó 30% là xe tải nặng.", [(30, "xe tải nặng")]),
        # a share of a total is named by that total
        (
            "Năm qua, toàn tỉnh đã giải quyết 356 trường hợp khiếu nại, tố cáo, đạt 96,5% tổng số đơn thuộc thẩm quyền.",
            None,
        ),
        # who reports a figure is not what it measures
        ("Sở Du lịch cho biết lượng khách năm nay đạt 2,4 triệu lượt.", [(2.4, "lượng khách năm nay")]),
        # "với" frames a count, it does not name it
        ("Giải đấu khép lại với 24 đội bóng tham gia.", [(24, "đội bóng tham gia")]),
        # a second amount joined by "và" measures the same thing
        (
            "Tổng vốn đăng ký đạt 1.200 tỷ đồng và 45 triệu USD.",
            [(1200, "Tổng vốn đăng ký"), (45, "Tổng vốn đăng ký")],
        ),
        # a comma before "tỷ lệ" starts the next statement, not another noun of a list
        (
            "Năm 2026 phấn đấu kết nạp 150 đảng viên, tỷ lệ chi bộ trong sạch vững mạnh đạt 95%.",
            [(150, "kết nạp đảng viên"), (95, "tỷ lệ chi bộ trong sạch vững mạnh")],
        ),
        # a place before what it did, and the verb "có" before what it has, are left out
        ("Đến nay, xã Tân Hòa đã thu hoạch 3.400 ha.", [(3400, "thu hoạch")]),
        ("Phường mới có diện tích tự nhiên 12,4 km2.", [(12.4, "diện tích tự nhiên")]),
        # a count after a figure of another unit is named by its own noun
        ("Thị trấn có dân số 25 nghìn người, gồm 12 khu phố.", [(25, "dân số người"), (12, "khu phố")]),
        # "tương đương" restates the figure before it
        (
            "Thu ngân sách đạt 98% dự toán, tương đương 1.200 tỷ đồng.",
            [(98, "Thu ngân sách"), (1200, "Thu ngân sách")],
        ),
        # "Ban Tổ chức" is a name, not the action "tổ chức"
        ("Ban Tổ chức trao giải cho 12 tác giả.", [(12, "trao giải cho tác giả")]),
        # a subject ending in a preposition is completed by what the number counts
        ("Sau đợt mưa lũ, bộ đội hỗ trợ dọn dẹp tại 45 điểm.", [(45, "hỗ trợ dọn dẹp tại điểm")]),
        # a rise "từ X lên Y" is not part of the subject; "sầu riêng" is a fruit, not "riêng"
        ("Năng suất sầu riêng của huyện tăng từ 18 lên 21 tấn/ha.", [(21, "Năng suất sầu riêng của huyện")]),
        # what an amount was spent on
        (
            "Năm nay, tỉnh bố trí 85 tỷ đồng cho chương trình nước sạch nông thôn.",
            [(85, "tỉnh bố trí cho chương trình nước sạch nông thôn")],
        ),
        # a subject that names a number of things is what a count counts
        ("Số vụ cháy rừng năm nay giảm 6 vụ.", [(6, "Số vụ cháy rừng năm nay")]),
        # a count's phrase does not run into the verb before the next number, nor into "so với"
        ("Giải có 12 đội chia làm 3 bảng.", [(12, "đội"), (3, "chia làm bảng")]),
        ("Năm nay tăng 45 hợp tác xã so với năm trước.", [(45, "hợp tác xã")]),
        # an amount after "đạt" is a statement of its own, not part of the phrase of the count before it
        ("Ba huyện cộng lại đạt 2.150 tỷ đồng.", [(3, "huyện cộng lại"), (2150, "huyện cộng lại")]),
        # a count after "của" or "cho" belongs to the phrase of the figure before it
        (
            "Dự án thu hồi 2,3 ha đất của 45 hộ gia đình.",
            [(2.3, "Dự án thu hồi đất"), (45, "đất của hộ gia đình")],
        ),
        (
            "Trường mở 6 lớp bồi dưỡng cho 240 giáo viên.",
            [(6, "mở lớp bồi dưỡng"), (240, "lớp bồi dưỡng cho giáo viên")],
        ),
        (
            "Thành phố có 85 cơ sở lưu trú với hơn 3.200 phòng.",
            [(85, "cơ sở lưu trú"), (3200, "cơ sở lưu trú với phòng")],
        ),
        # a reporting clause before a comma is not part of the subject
        ("Sở Công Thương cho biết, kim ngạch xuất khẩu đạt 2,1 tỷ USD.", [(2.1, "kim ngạch xuất khẩu")]),
        # a time word alone is not a subject
        ("Đội bóng vẫn bất bại sau 12 vòng đấu.", [(12, "vòng đấu")]),
        # an amount "để …" says what it is for; "số tiền" takes the subject of the figure before
        ("Năm tới tỉnh sẽ bố trí 30 tỷ đồng để nạo vét kênh mương.", [(30, "bố trí để nạo vét kênh mương")]),
        (
            "Quỹ đã cho 450 hộ vay vốn với số tiền 21 tỷ đồng.",
            [(450, "hộ vay vốn"), (21, "hộ vay vốn số tiền")],
        ),
        # "và tỷ lệ …" starts the next statement
        (
            "Phấn đấu 95% hộ dùng nước sạch và tỷ lệ thu gom rác đạt 90%.",
            [(95, "hộ dùng nước sạch"), (90, "tỷ lệ thu gom rác")],
        ),
        # an adjective of size before a measure is not part of the subject
        ("Tuyến đường tránh phía tây dài 12,5 km.", [(12.5, "Tuyến đường tránh phía tây")]),
        ("Cây cầu mới có chiều dài 320 m.", [(320, "chiều dài")]),
    ],
)
def test_it_names_the_noun_phrase_the_number_measures(sentence, expected):
    found = indicators(sentence)
    if expected is None:
        assert found[-1] == (96.5, "tổng số đơn thuộc thẩm quyền")
    else:
        assert found == expected


def test_a_percentage_of_a_legal_minimum_is_attached_to_its_figure():
    claims = extract("Lương bình quân của công nhân đạt 6,8 triệu đồng/tháng, bằng 145% so với quy định.")[
        "claims"
    ]
    assert [(float(c["value"]), c["achievement_pct"], c["plan_source"]) for c in claims] == [
        (6.8, 145, "quy định")
    ]
    claims = extract("Tiền lương trả cho người lao động đạt 132% mức lương tối thiểu vùng.")["claims"]
    assert [(c["value"], c["plan_source"]) for c in claims] == [(132, "mức lương tối thiểu vùng")]
