"""A unit or counted noun is a whole Vietnamese word: never its first syllable, and a classifier keeps its noun."""

import pytest

from chitieu.reading import extract
from chitieu.reading.units import read_unit


def unit_after(text: str, number: str) -> str:
    unit = read_unit(text, text.index(number) + len(number))
    assert unit is not None
    return unit.text


@pytest.mark.parametrize(
    ("sentence", "number", "unit"),
    [
        ("Hội nghị có sự tham gia của 45 địa phương trong tỉnh.", "45", "địa phương"),
        ("Đại hội đã thảo luận 7 nội dung quan trọng.", "7", "nội dung"),
        ("Công trường huy động 450 công nhân làm việc ba ca.", "450", "công nhân"),
        ("Lực lượng chức năng xử phạt 32 tài xế vi phạm nồng độ cồn.", "32", "tài xế"),
        ("Buổi gặp mặt có 120 lãnh đạo các sở, ngành.", "120", "lãnh đạo"),
        ("Năm qua giải quyết 356 trường hợp khiếu nại.", "356", "trường hợp"),
        ("Bảo tàng lưu giữ 15.000 hiện vật quý.", "15.000", "hiện vật"),
        ("Phường mới có 28 khu phố.", "28", "khu phố"),
        ("Tạm giữ 18 phương tiện vi phạm.", "18", "phương tiện"),
        ("Trên công trường có 60 đầu máy thi công.", "60", "đầu máy"),
        ("Đơn vị chuyển 2.000 đầu sách về cơ sở.", "2.000", "đầu sách"),
        ("Vòng loại diễn ra tại 4 sân vận động của tỉnh.", "4", "sân vận động"),
        ("Phiên chợ quê giới thiệu 80 món ăn dân dã.", "80", "món ăn"),
        ("Hội chợ có 30 nhà xuất bản tham gia.", "30", "nhà xuất bản"),
        ("Xã lắp đặt thêm 2 trạm bơm điện.", "2", "trạm bơm"),
        ("Khoa ngoại có 8 phòng mổ.", "8", "phòng mổ"),
        ("Thư viện đón 5.000 lượt bạn đọc.", "5.000", "lượt bạn đọc"),
        ("Cây cầu gồm 3 đơn nguyên độc lập.", "3", "đơn nguyên"),
        ("Câu lạc bộ có 25 cầu thủ.", "25", "cầu thủ"),
        ("Tỉnh bố trí 12 điểm tiêm lưu động.", "12", "điểm tiêm"),
    ],
)
def test_it_reads_a_two_syllable_noun_whole(sentence, number, unit):
    assert unit_after(sentence, number) == unit


@pytest.mark.parametrize(
    ("sentence", "number", "unit"),
    [
        ("Hội nghị trực tuyến được kết nối tới 25 điểm cầu.", "25", "điểm cầu"),
        ("Vườn thuốc trồng thử nghiệm 5 loại dược liệu quý.", "5", "loại dược liệu"),
        ("Nhà hát tổ chức 14 buổi biểu diễn phục vụ Tết.", "14", "buổi biểu diễn"),
        ("Tỉnh trao 2.500 suất quà cho hộ nghèo.", "2.500", "suất quà"),
        ("Ngân hàng giải ngân cho 7.800 lượt hộ vay vốn.", "7.800", "lượt hộ"),
        ("Tỉnh tổ chức 3 cuộc thi ảnh nghệ thuật.", "3", "cuộc thi"),
        ("Bếp ăn phát 500 suất ăn mỗi ngày.", "500", "suất ăn"),
        ("Ban quản lý mời thầu 4 gói thầu xây lắp.", "4", "gói thầu"),
        ("Trạm y tế nhận thêm 3.000 liều vắc xin.", "3.000", "liều vắc xin"),
        ("Công ty bổ nhiệm 2 phó giám đốc.", "2", "phó giám đốc"),
        ("Huyện lắp 60 camera giám sát giao thông.", "60", "camera giám sát"),
        ("Đồn biên phòng tặng 80 bộ đàm cho ngư dân.", "80", "bộ đàm"),
    ],
)
def test_a_classifier_keeps_the_noun_it_counts(sentence, number, unit):
    assert unit_after(sentence, number) == unit


@pytest.mark.parametrize(
    ("sentence", "number", "unit"),
    [
        ("Toàn xã có 1.200 hộ nghèo.", "1.200", "hộ"),
        ("Giải đấu diễn ra 32 trận trong 10 ngày.", "32", "trận"),
        ("Sau sáp nhập, tỉnh còn 56 xã và phường.", "56", "xã"),
        ("Huyện có 44 hợp tác xã nông nghiệp.", "44", "hợp tác xã"),
        ("Đoàn đã thăm 12 gia đình chính sách.", "12", "gia đình"),
    ],
)
def test_a_one_syllable_noun_stays_one_word(sentence, number, unit):
    assert unit_after(sentence, number) == unit


def test_a_rate_per_day_and_night_keeps_both_words():
    assert unit_after("Nhà máy nước công suất 12.000 m3/ngày đêm.", "12.000") == "m3/ngày đêm"


def test_a_bonus_in_months_of_salary_is_an_amount_not_a_span_of_time():
    claims = extract("Công ty thưởng Tết cho công nhân bình quân 1,5 tháng lương.")["claims"]
    assert [(float(c["value"]), c["unit"]) for c in claims] == [(1.5, "tháng lương")]
