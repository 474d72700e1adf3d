"""A commune formed on 1/7/2025 from three old communes: its baseline is their roll-up, by the indicator's rule."""

from datetime import date
from decimal import Decimal

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse

from chitieu.accounts.models import Membership
from chitieu.evaluation.baselines import predecessor_baseline, target_baseline
from chitieu.evaluation.engine.definitions import ValueKind
from chitieu.evaluation.queries import evaluate_resolution, review_config
from chitieu.evaluation.series import SeriesReader
from chitieu.localities.models import Level, Locality, LocalityLink
from chitieu.plans.models import Indicator, Resolution, Target, Term
from chitieu.plans.services import ReasonRequired, clear_baseline_override, override_baseline
from chitieu.reports.charts import target_chart, target_series
from chitieu.results.door import System, record_observation
from chitieu.results.models import PeriodKind

pytestmark = pytest.mark.django_db

SEED = System("test-fixture")
MERGED = date(2025, 7, 1)
OLD = ("Phú Đô", "Yên Lạc", "Động Đạt")


def _year(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


FIRST_HALF_2025 = (date(2025, 1, 1), date(2025, 6, 30))


def _record(indicator, locality, value, period, kind=PeriodKind.YEAR):
    record_observation(
        actor=SEED,
        via="",
        indicator=indicator,
        locality=locality,
        period_start=period[0],
        period_end=period[1],
        value=Decimal(value),
        kind=ValueKind.OFFICIAL,
        reported_on=period[1].replace(day=28) if period[1].month != 12 else date(period[1].year + 1, 1, 15),
        period_kind=kind,
    )


@pytest.fixture
def merged():
    province = Level.objects.create(slug="province", name="Tỉnh", rank=1)
    commune = Level.objects.create(slug="commune", name="Xã", rank=3)
    tinh = Locality.objects.create(name="Thái Nguyên", type_name="Tỉnh", level=province)
    olds = [
        Locality.objects.create(
            name=name, type_name="Xã", level=commune, parent=tinh, valid_until=date(2025, 6, 30)
        )
        for name in OLD
    ]
    new = Locality.objects.create(
        name="Phú Lương", type_name="Xã", level=commune, parent=tinh, valid_from=MERGED
    )
    for old in olds:
        LocalityLink.objects.create(predecessor=old, successor=new, effective=MERGED)
    revenue = Indicator.objects.create(code="thu-ngan-sach", name="Thu ngân sách", unit="tỷ đồng")
    income = Indicator.objects.create(
        code="thu-nhap", name="Thu nhập bình quân", unit="triệu đồng", rollup=Indicator.Rollup.MEAN
    )
    poor = Indicator.objects.create(code="ho-ngheo", name="Số hộ nghèo", unit="hộ")
    households = Indicator.objects.create(code="tong-so-ho", name="Tổng số hộ", unit="hộ")
    rate = Indicator.objects.create(
        code="ty-le-ho-ngheo",
        name="Tỷ lệ hộ nghèo",
        unit="%",
        is_percent=True,
        rollup=Indicator.Rollup.RATIO,
        numerator=poor,
        denominator=households,
    )
    # 2020-2024 every year; revenue also for the first half of 2025, the last period before the merger.
    for y in range(2020, 2025):
        step = y - 2020
        for old, base in zip(olds, ("2", "3", "1"), strict=True):
            _record(revenue, old, Decimal(base) + step, _year(y))
        for old, base in zip(olds[:2] if y == 2024 else olds, ("36", "42", "30"), strict=False):
            _record(income, old, Decimal(base) + step, _year(y))
        for old, (n, d) in zip(olds, ((30, 600), (90, 900), (10, 500)), strict=True):
            _record(poor, old, n + 10 * (2024 - y), _year(y))
            _record(households, old, d, _year(y))
    for old, value in zip(olds, ("1,5", "2,25", "0,8"), strict=True):
        _record(revenue, old, value.replace(",", "."), FIRST_HALF_2025, PeriodKind.HALF_YEAR)
    term = Term.objects.create(name="2025-2030", start_year=2025, end_year=2030)
    resolution = Resolution.objects.create(
        locality=new, term=term, title="Nghị quyết Đại hội Đảng bộ xã Phú Lương lần thứ I, nhiệm kỳ 2025-2030"
    )
    # The new commune reports the whole year 2025 for its whole territory, as offices did after the merger.
    _record(revenue, new, "9.6", _year(2025))
    _record(revenue, new, "11", _year(2026))
    target = Target.objects.create(
        resolution=resolution, name="Thu ngân sách", indicator=revenue, unit="tỷ đồng", value=Decimal(14)
    )
    return {"new": new, "olds": olds, "revenue": revenue, "income": income, "rate": rate, "target": target}


def _baseline(merged, indicator):
    reader = SeriesReader(merged["new"], [merged["revenue"], merged["income"], merged["rate"]])
    return predecessor_baseline(reader, indicator, merged["new"].pk)


def test_a_sum_baseline_adds_the_old_communes_last_period_before_the_merger(merged):
    baseline = _baseline(merged, merged["revenue"])
    # 1,5 + 2,25 + 0,8 for the first six months of 2025
    assert baseline.value == Decimal("4.55")
    assert baseline.period == FIRST_HALF_2025
    assert [s.name for s in baseline.sources] == list(OLD)
    assert baseline.reported == 3
    assert baseline.text == (
        "Giá trị gốc 2025 (6 tháng đầu năm 2025): 4,55 — tổng hợp từ 3 đơn vị cũ, 3/3 có số liệu "
        "(Phú Đô, Yên Lạc, Động Đạt)"
    )


def test_a_mean_baseline_divides_by_the_old_communes_that_reported(merged):
    baseline = _baseline(merged, merged["income"])
    # 2024: Phú Đô 36 + 4 = 40, Yên Lạc 42 + 4 = 46, Động Đạt did not report: (40 + 46) / 2
    assert baseline.value == Decimal(43)
    assert baseline.period == _year(2024)
    assert [s.value for s in baseline.sources] == [Decimal(40), Decimal(46), None]
    assert "Giá trị gốc năm 2024: 43 — tổng hợp từ 3 đơn vị cũ, 2/3 có số liệu" in baseline.text


def test_a_ratio_baseline_divides_the_summed_counts_never_averages_the_rates(merged):
    baseline = _baseline(merged, merged["rate"])
    # 2024: (30 + 90 + 10) / (600 + 900 + 500) = 6,5%; the mean of 5%, 10% and 2% would be 5,67%
    assert baseline.value == Decimal("6.5")
    assert baseline.period == _year(2024)
    assert [s.value for s in baseline.sources] == [Decimal(5), Decimal(10), Decimal(2)]


def test_a_unit_never_merged_has_no_computed_baseline(merged):
    reader = SeriesReader(merged["olds"][0], [merged["revenue"]])
    assert predecessor_baseline(reader, merged["revenue"], merged["olds"][0].pk) is None


def test_the_office_overrides_the_baseline_with_a_reason_kept_in_the_history(merged, django_user_model):
    approver = django_user_model.objects.create_user("vanphong.pl", password="chitieu-test")
    target = merged["target"]
    with pytest.raises(ReasonRequired):
        override_baseline(approver, target, Decimal("9.2"), 2024, "  ")
    override_baseline(approver, target, Decimal("9.2"), 2024, "Số quyết toán năm 2024 của ba xã cũ")
    target.refresh_from_db()
    assert (target.baseline_value, target.baseline_year, target.baseline_set_by) == (
        Decimal("9.2"),
        2024,
        approver,
    )
    reader = SeriesReader(merged["new"], [merged["revenue"]])
    baseline = target_baseline(reader, target)
    assert (baseline.value, baseline.computed, baseline.overridden) == (Decimal("9.2"), Decimal("4.55"), True)
    assert "văn phòng điều chỉnh: Số quyết toán năm 2024 của ba xã cũ" in baseline.text
    entry = LogEntry.objects.get(object_id=str(target.pk))
    assert "Lý do: Số quyết toán năm 2024 của ba xã cũ" in entry.change_message
    clear_baseline_override(approver, target, "Dùng lại số tổng hợp")
    target.refresh_from_db()
    assert target_baseline(reader, target).value == Decimal("4.55")
    assert LogEntry.objects.filter(object_id=str(target.pk)).count() == 2


def test_the_chart_runs_across_the_merger_with_the_break_marked(merged):
    resolution = merged["target"].resolution
    result = evaluate_resolution(resolution, review_config(resolution))
    row = result.rows[0]
    reader = SeriesReader(merged["new"], [merged["revenue"]])
    series = target_series(row.definition, row.evaluation, reader.points(merged["revenue"]))
    chart = target_chart(series, "tỷ đồng", merged_on=MERGED)
    # The old communes' sums before the merger, the new commune's own years after it.
    assert chart["before"] == [[2020, 6.0], [2021, 9.0], [2022, 12.0], [2023, 15.0], [2024, 18.0]]
    assert chart["official"] == [[2025, 9.6], [2026, 11.0]]
    assert chart["break"]["x"] == 2024.5
    assert chart["break"]["label"] == "Sáp nhập 01/07/2025"


def test_the_office_of_the_new_commune_overrides_from_the_target_page_and_a_reporter_may_not(
    merged, client, django_user_model
):
    target = merged["target"]
    office = django_user_model.objects.create_user("vanphong.xa", password="chitieu-test")
    Membership.objects.create(user=office, role=Membership.Role.OFFICE, locality=merged["new"])
    reporter = django_user_model.objects.create_user("baocao.xa", password="chitieu-test")
    Membership.objects.create(user=reporter, role=Membership.Role.REPORTER, locality=merged["new"])
    url = reverse("setup:baseline", args=[target.pk])
    form = {"value": "9,2", "year": "2024", "reason": "Số quyết toán năm 2024 của ba xã cũ"}
    client.force_login(reporter)
    assert client.post(url, form).status_code == 404
    client.force_login(office)
    page = client.get(reverse("reports:target", args=[target.pk])).content.decode()
    assert "Giá trị gốc 2025 (6 tháng đầu năm 2025): 4,55" in page and "Điều chỉnh giá trị gốc" in page
    assert client.post(url, {**form, "reason": ""}).status_code == 302
    target.refresh_from_db()
    assert target.baseline_value is None
    assert client.post(url, form).status_code == 302
    target.refresh_from_db()
    assert (target.baseline_value, target.baseline_year, target.baseline_set_by) == (
        Decimal("9.2"),
        2024,
        office,
    )
    page = client.get(reverse("reports:target", args=[target.pk])).content.decode()
    assert "văn phòng điều chỉnh: Số quyết toán năm 2024 của ba xã cũ" in page
