"""Fixtures of the API tests: tokens for the three personas and figures on both sides of the scope line."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.test import Client

from chitieu.api.services import create_token
from chitieu.criteria.models import Assessment, CriteriaSet, Criterion
from chitieu.plans.models import Indicator, PlanValue, Target
from chitieu.results.models import Observation, PeriodKind, ReportingPeriod

INCOME = "thu-nhap-binh-quan-dau-nguoi"


@pytest.fixture(autouse=True)
def open_periods(db) -> list[ReportingPeriod]:
    """The write door takes figures only for stored reporting periods: the ones these tests write, all open."""
    import calendar

    far = date(2099, 12, 31)
    periods = [
        ReportingPeriod(
            kind=PeriodKind.MONTH,
            name=f"Tháng {m}/2024",
            start=date(2024, m, 1),
            end=date(2024, m, calendar.monthrange(2024, m)[1]),
            deadline=far,
        )
        for m in range(1, 13)
    ]
    periods += [
        ReportingPeriod(
            kind=PeriodKind.YEAR, name=f"Năm {y}", start=date(y, 1, 1), end=date(y, 12, 31), deadline=far
        )
        for y in (2023, 2024, 2025)
    ]
    periods.append(
        ReportingPeriod(
            kind=PeriodKind.HALF_YEAR,
            name="6 tháng năm 2023",
            start=date(2023, 1, 1),
            end=date(2023, 6, 30),
            deadline=far,
        )
    )
    return ReportingPeriod.objects.bulk_create(periods)


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


class ApiClient(Client):
    """A test client that sends a personal token with every request."""

    def __init__(self, secret: str) -> None:
        super().__init__(headers={"Authorization": f"Bearer {secret}"})
        self.secret = secret


def api_client(user) -> ApiClient:
    _token, secret = create_token(user, "Kiểm thử")
    return ApiClient(secret)


@pytest.fixture
def as_approver(approver) -> ApiClient:
    return api_client(approver)


@pytest.fixture
def as_reporter(reporter) -> ApiClient:
    return api_client(reporter)


@pytest.fixture
def as_outsider(outsider) -> ApiClient:
    return api_client(outsider)


@dataclass
class Figures:
    income: Indicator
    phu_luong_target: Target
    phong_tho_target: Target
    criteria_set: CriteriaSet


@pytest.fixture
def figures(world) -> Figures:
    """An indicator with yearly values in every commune and district, targets, plans and criteria on both sides."""
    income = Indicator.objects.create(code=INCOME, name="Thu nhập bình quân đầu người", unit="triệu đồng")
    for locality, value in [
        (world.yen_ninh, "48.5"),
        (world.on_luong, "51.2"),
        (world.phu_luong, "55.0"),
        (world.si_lo_lau, "32.1"),
        (world.phong_tho, "35.4"),
    ]:
        Observation.objects.create(
            indicator=income,
            locality=locality,
            period_start=date(2023, 1, 1),
            period_end=date(2023, 12, 31),
            value=Decimal(value),
            reported_on=date(2024, 1, 15),
        )
    targets = []
    for resolution in (world.phu_luong_resolution, world.phong_tho_resolution):
        target = Target.objects.create(
            resolution=resolution,
            label="1.",
            name="Thu nhập bình quân đầu người",
            indicator=income,
            unit="triệu đồng",
            value=Decimal(60),
            deadline_year=2025,
        )
        PlanValue.objects.create(target=target, year=2023, source=PlanValue.Source.ANNUAL, value=Decimal(50))
        targets.append(target)
    criteria_set = CriteriaSet.objects.create(
        code="ntm-2021-2025", name="Bộ tiêu chí xã nông thôn mới 2021-2025"
    )
    criterion = Criterion.objects.create(
        criteria_set=criteria_set, number=1, name="Quy hoạch", group="Quy hoạch"
    )
    for locality in (world.yen_ninh, world.on_luong, world.si_lo_lau):
        Assessment.objects.create(locality=locality, criterion=criterion, year=2023, met=True)
    return Figures(income, targets[0], targets[1], criteria_set)
