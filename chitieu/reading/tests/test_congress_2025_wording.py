"""The wording of the 2025 congresses (lần thứ I, nhiệm kỳ 2025-2030): `parse-targets` and `extract` read it.

The sentences are written for these tests in the style of the first congresses of the merged provinces and
communes; none is copied from a published text."""

import json
from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command

from chitieu.evaluation.engine.actuals import compute_actual
from chitieu.evaluation.engine.definitions import (
    Direction,
    EvaluationConfig,
    TargetDef,
    TargetKind,
    ValueForm,
    ValueKind,
    ValuePoint,
)

TARGETS = """CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025-2030
(Nghị quyết Đại hội đại biểu Đảng bộ xã Tân Hòa lần thứ I, nhiệm kỳ 2025-2030)
I. Về kinh tế (5 chỉ tiêu)
1. Tốc độ tăng trưởng kinh tế (GRDP) bình quân giai đoạn 2026-2030 đạt từ 10,5%/năm trở lên.
2. Quy mô GRDP đến năm 2030 đạt 412,8 nghìn tỷ đồng.
3. Tỷ trọng công nghiệp - xây dựng trong GRDP đến năm 2030 chiếm khoảng 47%.
4. Thu ngân sách nhà nước trên địa bàn đến năm 2030 tăng 31,6% so với năm 2025.
5. Tổng vốn đầu tư toàn xã hội giai đoạn 2026-2030 đạt 1.250 nghìn tỷ đồng.
II. Về văn hóa - xã hội (2 chỉ tiêu)
6. Tỷ lệ hộ nghèo đa chiều giảm bình quân 1%/năm giai đoạn 2026-2030.
7. Kinh tế số chiếm 30% GRDP vào năm 2030.
"""

REPORT = (
    "Đại hội đại biểu Đảng bộ tỉnh Hòa Bình lần thứ I, nhiệm kỳ 2025-2030 diễn ra ngày 25/9/2025. Nhiệm kỳ "
    "2020-2025, tổng sản phẩm trên địa bàn (GRDP) năm 2025 ước đạt 195,8 nghìn tỷ đồng, tăng 8,2% so với năm "
    "2024. Thu ngân sách nhà nước năm 2025 đạt 24,5 nghìn tỷ đồng, tăng 31,6% so với năm 2020. Kinh tế số chiếm "
    "12,5% GRDP. Có 18/20 chỉ tiêu đạt và vượt.\n"
    "Mục tiêu giai đoạn 2026-2030: tốc độ tăng trưởng GRDP bình quân đạt 10%/năm; đến năm 2030 GRDP bình quân "
    "đầu người đạt 160 triệu đồng; kinh tế số chiếm 30% GRDP."
)


def _run(command: str, tmp_path, text: str) -> dict:
    path = tmp_path / "van-ban.txt"
    path.write_text(text, encoding="utf-8")
    out = StringIO()
    call_command(command, str(path), stdout=out)
    return json.loads(out.getvalue())


def _row(target: dict) -> tuple:
    return (
        target["label"],
        target["value"],
        target["unit"],
        target["form"],
        target["kind"],
        target["direction"],
        target["deadline_year"],
    )


def test_parse_targets_reads_a_first_congress_list_of_the_2025_2030_term(tmp_path):
    result = _run("parse_targets", tmp_path, TARGETS)
    assert result["warnings"] == []
    assert [_row(t) for t in result["targets"]] == [
        ("1.", 10.5, "%/năm", "min_bound", "growth_rate", "higher", 2030),
        ("2.", 412.8, "nghìn tỷ đồng", "exact", "level", "higher", 2030),
        ("3.", 47, "%", "approximate", "level", "higher", 2030),
        ("4.", 31.6, "%", "exact", "total_change", "higher", 2030),
        ("5.", 1250, "nghìn tỷ đồng", "exact", "cumulative", "higher", 2030),
        ("6.", 1, "%/năm", "exact", "point_change", "higher", 2030),
        ("7.", 30, "%", "exact", "ratio", "higher", 2030),
    ]


def test_a_rise_against_the_base_year_keeps_the_base_year(tmp_path):
    result = _run("parse_targets", tmp_path, TARGETS)
    rise = result["targets"][3]
    assert (rise["kind"], rise["baseline_year"]) == ("total_change", 2025)
    assert [t["baseline_year"] for t in result["targets"] if t is not rise] == [None] * 6


@pytest.mark.parametrize(
    "sentence",
    [
        "Thu nhập bình quân đầu người tăng bình quân 8% so với năm 2025.",
        "Tổng thu ngân sách tăng 10%/năm so với năm 2025.",
        "Doanh thu du lịch hằng năm tăng 12% so với năm 2025.",
    ],
)
def test_a_yearly_rise_against_a_year_is_not_a_rise_over_the_term(tmp_path, sentence):
    result = _run("parse_targets", tmp_path, f"1. {sentence}\n")
    assert result["targets"][0]["kind"] != "total_change"


def test_extract_reads_the_results_and_goals_of_a_2025_congress_report(tmp_path):
    result = _run("extract", tmp_path, REPORT)
    claims = {(c["value"], c["unit"]): c for c in result["claims"]}
    grdp = claims[(195.8, "nghìn tỷ đồng")]
    assert (grdp["kind"], grdp["change_pct"]) == ("actual", 8.2)
    revenue = claims[(24.5, "nghìn tỷ đồng")]
    assert (revenue["kind"], revenue["change_pct"]) == ("actual", 31.6)
    assert claims[(12.5, "%")]["indicator"] == "Kinh tế số"
    assert claims[(12.5, "%")]["kind"] == "actual"
    assert (claims[(10, "%/năm")]["kind"], claims[(160, "triệu đồng")]["kind"]) == ("target", "target")
    assert claims[(30, "%")]["kind"] == "target"
    assert [(c["total"], c["met"]) for c in result["counts"]] == [(20, 18)]


def _revenue(year: int, value: str) -> ValuePoint:
    return ValuePoint(date(year, 1, 1), date(year, 12, 31), Decimal(value), ValueKind.OFFICIAL)


def test_a_rise_over_the_term_is_the_latest_year_over_the_base_year():
    target = TargetDef(
        key="4",
        label="4.",
        name="Thu ngân sách nhà nước trên địa bàn",
        unit="%",
        kind=TargetKind.TOTAL_CHANGE,
        form=ValueForm.EXACT,
        direction=Direction.HIGHER,
        value=Decimal("31.6"),
        baseline_year=2025,
        deadline_year=2030,
        value_unit="tỷ đồng",
    )
    points = [_revenue(2025, "250"), _revenue(2026, "270"), _revenue(2027, "300")]
    actual = compute_actual(target, points, EvaluationConfig(until=date(2027, 12, 31)))
    # 300 / 250 − 1 = 20% of the 31,6% the resolution sets
    assert actual.value == Decimal(20)
    assert "V2027 / V2025 − 1" in actual.explanation[-1]
