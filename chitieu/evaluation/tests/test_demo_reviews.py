"""The evaluation of the demo districts reproduces what their articles report."""

from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from chitieu.evaluation.engine.definitions import Review, Status
from chitieu.evaluation.engine.status import round_half_up
from chitieu.evaluation.queries import evaluate_resolution, review_config
from chitieu.evaluation.text import resolution_summary
from chitieu.localities.models import Locality
from chitieu.plans.models import Resolution

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


def congress(district: str) -> Resolution:
    locality = Locality.objects.get(name=district, level__slug="district", scheme=Locality.Scheme.LEGACY)
    return Resolution.objects.get(locality=locality, kind=Resolution.Kind.CONGRESS)


def test_ratio_of_counts_phu_luong_12_of_13_communes_is_92_3_percent():
    resolution = congress("Phú Lương")
    result = evaluate_resolution(resolution, review_config(resolution, review=Review.MID_TERM))
    row = next(r for r in result.rows if r.target.name == "Tỷ lệ xã đạt chuẩn nông thôn mới")
    (point,) = [p for p in row.evaluation.basis if p.numerator is not None][-1:]
    assert (point.numerator, point.denominator) == (Decimal(12), Decimal(13))
    assert round_half_up(row.evaluation.actual) == Decimal("92.3")


def test_near_band_off_phung_hiep_lists_the_four_near_targets_as_not_met():
    resolution = congress("Phụng Hiệp")
    banded = evaluate_resolution(resolution, review_config(resolution, as_of=date(2024, 1, 9)))
    strict = evaluate_resolution(
        resolution, review_config(resolution, as_of=date(2024, 1, 9), use_resolution_band=False)
    )
    assert [r.evaluation.status for r in banded.rows].count(Status.NEAR) == 4
    assert [r.evaluation.status for r in strict.rows].count(Status.NEAR) == 0
    assert [r.evaluation.status for r in strict.rows].count(Status.NOT_MET) == 7


def test_summary_words_phu_luong_mid_term_headline_matches_the_article():
    resolution = congress("Phú Lương")
    result = evaluate_resolution(resolution, review_config(resolution, review=Review.MID_TERM))
    assert resolution_summary(result).headline == "9/9 chỉ tiêu đạt và vượt (21/25 chỉ tiêu thành phần)"


def test_the_evaluate_command_prints_the_table_and_the_summary_in_vietnamese():
    out = StringIO()
    call_command("evaluate", "Phú Lương", "--review", "mid-term", stdout=out)
    text = out.getvalue()
    assert (
        "Tỷ lệ xã đạt chuẩn nông thôn mới" in text and "92,3 " in text
    )  # 12/13 to one decimal, as the dashboard shows it
    assert "Tổng hợp: 9/9 chỉ tiêu đạt và vượt (21/25 chỉ tiêu thành phần)." in text
    assert "Đánh giá giữa nhiệm kỳ" in text
    assert "số liệu minh họa" in text.lower()


def test_the_evaluate_command_gives_plan_ratios_for_an_annual_resolution():
    out = StringIO()
    call_command("evaluate", "Ba Chẽ", "--year", "2020", stdout=out)
    assert "đạt 84,3% dự toán huyện giao năm 2020; đạt 88,6% dự toán tỉnh giao năm 2020" in out.getvalue()


def test_the_evaluate_command_with_an_as_of_date_uses_only_values_known_then():
    early, late = StringIO(), StringIO()
    call_command("evaluate", "Phụng Hiệp", "--year", "2023", "--as-of", "1/1/2023", stdout=early)
    call_command("evaluate", "Phụng Hiệp", "--year", "2023", "--as-of", "9/1/2024", stdout=late)
    assert "tính đến ngày 01/01/2023" in early.getvalue()
    assert "chưa có số liệu" in early.getvalue() and "17/17 chỉ tiêu đạt và vượt" not in early.getvalue()
    assert "17/17 chỉ tiêu đạt và vượt" in late.getvalue()


def test_the_evaluate_command_refuses_an_unknown_locality_with_a_clear_message():
    with pytest.raises(CommandError, match="Không tìm thấy đơn vị “Hà Tĩnh Mới”"):
        call_command("evaluate", "Hà Tĩnh Mới")


def test_the_evaluate_command_refuses_an_unreadable_date():
    with pytest.raises(CommandError, match="Không đọc được ngày"):
        call_command("evaluate", "Phú Lương", "--as-of", "hôm qua")


def test_show_resolution_prints_targets_by_group_with_their_latest_values():
    out = StringIO()
    call_command("show_resolution", "huyện Phong Thổ", stdout=out)
    text = out.getvalue()
    assert "Tổng giá trị sản xuất" in text and "8.848 tỷ đồng" in text
    assert "trên 35.000 tấn" in text


def test_declared_count_bach_thong_states_37_targets_and_the_demo_tracks_the_16_its_article_names():
    resolution = congress("Bạch Thông")
    flags = resolution_summary(evaluate_resolution(resolution)).flags
    assert [f.message for f in flags if f.code == "declared_count_differs"] == [
        "Nghị quyết nêu 37 chỉ tiêu nhưng đang theo dõi 16: kết quả tổng hợp chỉ tính trên 16 chỉ tiêu đã nhập."
    ]
    for district in ("Phú Lương", "Phong Thổ", "Phụng Hiệp"):
        summary = resolution_summary(evaluate_resolution(congress(district)))
        assert "declared_count_differs" not in [f.code for f in summary.flags], district
