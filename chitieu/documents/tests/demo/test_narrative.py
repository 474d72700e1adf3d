"""The drafted narrative of the demo districts says what their articles say, in the same words."""

from datetime import date

import pytest

from chitieu.documents import services
from chitieu.documents.models import Body, ReportKind
from chitieu.documents.narrative import subject
from chitieu.documents.queries import evaluate_for_report, ratio_counts
from chitieu.documents.tests.conftest import MID_TERM_DAY, demo_resolution
from chitieu.plans.models import Resolution
from chitieu.results.models import Commentary, PeriodKind, ReportingPeriod

pytestmark = pytest.mark.django_db


def text(district: str, kind: str, as_of: date, body: str = Body.PARTY) -> list[str]:
    return services.generate_text(demo_resolution(district), kind, as_of, body).splitlines()


def test_phu_luong_at_mid_term_reports_9_of_9_and_12_of_13_communes():
    """The PLVN article: "Đến nay 9/9 chỉ tiêu (21/25 chỉ tiêu thành phần) … đã đạt và vượt"; "12/13 xã đạt chuẩn
    nông thôn mới, đạt 92,3%"."""
    lines = text("Phú Lương", ReportKind.MID_TERM, MID_TERM_DAY)
    assert lines[0] == (
        "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện Phú Lương lần thứ XXIV, nhiệm kỳ 2020-2025, "
        "Ban Thường vụ Huyện ủy báo cáo sơ kết giữa nhiệm kỳ kết quả thực hiện các chỉ tiêu chủ yếu "
        "(số liệu tính đến ngày 30/06/2023) như sau:"
    )
    assert "Đến nay, 9/9 chỉ tiêu (21/25 chỉ tiêu thành phần) đạt và vượt mục tiêu của nghị quyết." in lines
    economy = lines[lines.index("1. Kinh tế") + 2]
    assert economy.startswith(
        "- Các chỉ tiêu đạt và vượt: tốc độ tăng giá trị sản xuất bình quân đạt 11,06%/năm"
    )
    assert "12/13 xã đạt chuẩn nông thôn mới, đạt 92,3% (chỉ tiêu từ 90% trở lên)" in economy
    assert "16 sản phẩm OCOP đạt từ 3 sao trở lên (chỉ tiêu từ 15 sản phẩm trở lên)" in economy
    assert (
        "- Chưa đạt: tốc độ tăng thu ngân sách nhà nước trên địa bàn đạt 1,57%/năm, bằng 15,7% chỉ tiêu (10%/năm)."
        in lines
    )
    assert "- Chưa đạt: huyện đạt chuẩn nông thôn mới năm 2024: không (chỉ tiêu đến năm 2024)." in lines


def test_the_mid_term_review_forecasts_the_targets_behind():
    lines = text("Phú Lương", ReportKind.MID_TERM, MID_TERM_DAY)
    forecast = lines[lines.index("II. DỰ BÁO KHẢ NĂNG THỰC HIỆN ĐẾN CUỐI NHIỆM KỲ") :]
    assert forecast[1] == "Dự báo đến cuối nhiệm kỳ (năm 2025): 9 chỉ tiêu: 9 đạt."
    assert (
        "- Có khả năng đạt: tỷ lệ dân số tham gia bảo hiểm y tế dự báo đạt 93,05% vào năm 2025, "
        "bằng 97,9% chỉ tiêu." in forecast
    )
    assert forecast[3].startswith("- Khó đạt: tốc độ tăng thu ngân sách nhà nước trên địa bàn dự báo đạt")


def test_bach_thong_counts_communes_hamlets_and_schools_as_its_article_does():
    """Bạch Thông after 2 years: "3/13 xã…", "7/133 thôn đạt chuẩn nông thôn mới", "18/32 trường học đạt chuẩn"."""
    body = "\n".join(text("Bạch Thông", ReportKind.ANNUAL, date(2022, 10, 25)))
    assert "3/13 xã đạt chuẩn nông thôn mới, đạt 23,1%" in body
    assert "7/133 thôn đạt chuẩn nông thôn mới, đạt 5,3%" in body
    assert "18/32 trường học đạt chuẩn quốc gia, đạt 56,3%" in body
    assert "thu nhập bình quân đầu người đạt 32,29 triệu đồng/người/năm" in body


def test_phung_hiep_counts_9_of_16_with_4_above_90_percent():
    """ "trong 16 chỉ tiêu …, có 9 chỉ tiêu thực hiện đạt và vượt, 4 chỉ tiêu đạt 90%"."""
    lines = text("Phụng Hiệp", ReportKind.ANNUAL, date(2024, 1, 9))
    assert lines[2] == (
        "Đến nay, 9/16 chỉ tiêu đạt và vượt mục tiêu của nghị quyết. "
        "Cụ thể, 16 chỉ tiêu: 3 vượt, 6 đạt, 4 đạt trên 90%, 3 chưa đạt."  # due in 2025: not final in 2023
    )


def test_phung_hiep_annual_resolution_reports_17_of_17_with_its_ratios():
    """ "đạt và vượt 17/17 chỉ tiêu nghị quyết năm"; kết nạp đảng viên 107%; quỹ vì người nghèo 152%."""
    resolution = Resolution.objects.get(locality__name="Phụng Hiệp", year=2023)
    # The article of 9/1/2024 publishes the year's figures; the report is about the resolution's year.
    lines = services.generate_text(resolution, ReportKind.ANNUAL, date(2024, 1, 9), Body.PARTY).splitlines()
    assert "báo cáo kết quả thực hiện các chỉ tiêu chủ yếu năm 2023" in lines[0]
    assert "Đến nay, 17/17 chỉ tiêu đạt và vượt mục tiêu của nghị quyết." in lines
    body = "\n".join(lines)
    assert "kết nạp đảng viên mới đạt 321 đảng viên, bằng 107,0% chỉ tiêu (300 đảng viên)" in body
    assert "đạt 45,2 tỷ đồng, bằng 152,0% chỉ tiêu" in body
    assert "II. DỰ BÁO KHẢ NĂNG THỰC HIỆN ĐẾN HẾT NĂM 2023" in lines


def test_ba_che_nine_months_of_2020_quotes_forests_and_poverty():
    """Ba Chẽ, 9 tháng 2020: "trồng rừng tập trung đạt 3.772 ha, đạt 125,7 kế hoạch"; "giảm 45 hộ nghèo, đạt
    68,2% kế hoạch"; "21/21 trường"."""
    resolution = Resolution.objects.get(locality__name="Ba Chẽ", year=2020)
    body = services.generate_text(resolution, ReportKind.NINE_MONTHS, date(2020, 10, 25), Body.PARTY)
    assert "kết quả thực hiện các chỉ tiêu chủ yếu 9 tháng năm 2020" in body
    assert "diện tích trồng rừng tập trung đạt 3.772 ha, bằng 125,7% chỉ tiêu (3.000 ha)" in body
    assert "45 hộ thoát nghèo trong năm, bằng 68,2% chỉ tiêu (66 hộ)" in body
    assert "21/21 trường học đạt chuẩn quốc gia" in body


def test_the_peoples_committee_reports_in_its_own_name():
    lines = text("Phú Lương", ReportKind.END_OF_TERM, date(2025, 6, 30), Body.STATE)
    assert "Ủy ban nhân dân huyện báo cáo tổng kết kết quả thực hiện các chỉ tiêu chủ yếu" in lines[0]
    assert not any(line.startswith("II. DỰ BÁO") for line in lines)  # the term is over: nothing to forecast


@pytest.mark.parametrize(
    ("kind", "as_of", "expected"),
    [
        (
            ReportKind.SIX_MONTHS,
            date(2023, 6, 15),
            "Kết quả thực hiện các chỉ tiêu chủ yếu 6 tháng đầu năm 2023 theo",
        ),
        (
            ReportKind.NINE_MONTHS,
            date(2023, 9, 15),
            "Kết quả thực hiện các chỉ tiêu chủ yếu 9 tháng năm 2023 theo",
        ),
        (ReportKind.ANNUAL, date(2023, 12, 15), "Kết quả thực hiện các chỉ tiêu chủ yếu năm 2023 theo"),
        (ReportKind.MID_TERM, date(2023, 6, 30), "Sơ kết giữa nhiệm kỳ thực hiện"),
        (ReportKind.END_OF_TERM, date(2025, 6, 30), "Tổng kết thực hiện"),
    ],
)
def test_each_kind_of_report_has_its_subject(kind, as_of, expected):
    resolution = demo_resolution("Phú Lương")
    assert subject(kind, resolution, as_of).startswith(expected)
    assert subject(kind, resolution, as_of).endswith("lần thứ XXIV, nhiệm kỳ 2020-2025")


def test_a_reporters_reason_follows_the_target_it_explains():
    resolution = demo_resolution("Phú Lương")
    coverage = resolution.targets.get(name="Tỷ lệ dân số tham gia bảo hiểm y tế")
    half_year = ReportingPeriod.objects.create(
        kind=PeriodKind.HALF_YEAR,
        name="6 tháng năm 2023",
        start=date(2023, 1, 1),
        end=date(2023, 6, 30),
        deadline=date(2023, 7, 15),
    )
    Commentary.objects.create(
        period=half_year,
        locality=resolution.locality,
        target=coverage,
        difficulties="Kinh tế hộ gia đình còn khó khăn",
        causes="một bộ phận người dân chưa tự giác tham gia bảo hiểm y tế hộ gia đình",
    )
    lines = text("Phú Lương", ReportKind.MID_TERM, MID_TERM_DAY)
    assert (
        "- Chưa đạt: tỷ lệ dân số tham gia bảo hiểm y tế đạt 92,9%, bằng 97,8% chỉ tiêu (từ 95% trở lên). "
        "Nguyên nhân: một bộ phận người dân chưa tự giác tham gia bảo hiểm y tế hộ gia đình." in lines
    )
    before = text("Phú Lương", ReportKind.MID_TERM, date(2023, 6, 29))  # the period had not ended
    assert not any("Nguyên nhân" in line for line in before)


def test_ratio_counts_come_from_the_numerator_and_denominator_of_the_same_day():
    result = evaluate_for_report(demo_resolution("Phú Lương"), ReportKind.MID_TERM, MID_TERM_DAY)
    counts = ratio_counts(result)
    communes = next(row for row in result.rows if row.definition.name == "Tỷ lệ xã đạt chuẩn nông thôn mới")
    assert counts[communes.target.pk] == (12, 13, "xã")
