"""An entry world on top of the shared personas: a commune resolution, its district's, a 9-month period."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
import time_machine

from chitieu.plans.models import Indicator, PlanValue, Resolution, Target
from chitieu.results.models import ReportingPeriod


@dataclass
class Entry:
    world: object
    period: ReportingPeriod
    commune_resolution: Resolution
    income: Target
    trained: Target
    schools: Target
    district_revenue: Target
    income_indicator: Indicator
    schools_met: Indicator
    schools_total: Indicator


@pytest.fixture
def frozen():
    """5 October 2024: after the 9-month period, before its deadline."""
    with time_machine.travel(date(2024, 10, 5), tick=False) as traveller:
        yield traveller


@pytest.fixture(autouse=True)
def evidence_root(settings, tmp_path):
    settings.CHITIEU_EVIDENCE_ROOT = tmp_path / "evidence"


@pytest.fixture
def entry(world) -> Entry:
    income = Indicator.objects.create(
        code="thu-nhap-binh-quan", name="Thu nhập bình quân đầu người", unit="triệu đồng"
    )
    trained = Indicator.objects.create(
        code="lao-dong-qua-dao-tao",
        name="Tỷ lệ lao động qua đào tạo",
        unit="%",
        is_percent=True,
        rollup="mean",
    )
    met = Indicator.objects.create(
        code="truong-dat-chuan", name="Số trường đạt chuẩn quốc gia", unit="trường"
    )
    total = Indicator.objects.create(code="so-truong", name="Tổng số trường", unit="trường")
    ratio = Indicator.objects.create(
        code="ty-le-truong-dat-chuan",
        name="Tỷ lệ trường đạt chuẩn",
        unit="%",
        is_percent=True,
        rollup="ratio",
        numerator=met,
        denominator=total,
    )
    revenue = Indicator.objects.create(
        code="thu-ngan-sach", name="Thu ngân sách trên địa bàn", unit="tỷ đồng"
    )
    resolution = Resolution.objects.create(
        locality=world.yen_ninh,
        term=world.term,
        title="Nghị quyết Đại hội Đảng bộ xã Yên Ninh lần thứ XXIV",
        issued_on=date(2020, 6, 1),
    )
    targets = {
        "income": Target.objects.create(
            resolution=resolution,
            order=1,
            label="1.",
            name="Thu nhập bình quân đầu người",
            indicator=income,
            unit="triệu đồng",
            value=Decimal(60),
            deadline_year=2025,
        ),
        "trained": Target.objects.create(
            resolution=resolution,
            order=2,
            label="2.",
            name="Tỷ lệ lao động qua đào tạo",
            indicator=trained,
            unit="%",
            value=Decimal(70),
            form="min_bound",
        ),
        "schools": Target.objects.create(
            resolution=resolution,
            order=3,
            label="3.",
            name="Tỷ lệ trường đạt chuẩn quốc gia",
            indicator=ratio,
            unit="%",
            value=Decimal(100),
            kind="ratio",
        ),
    }
    revenue_target = Target.objects.create(
        resolution=world.phu_luong_resolution,
        order=1,
        label="1.",
        name="Thu ngân sách trên địa bàn",
        indicator=revenue,
        unit="tỷ đồng",
        value=Decimal(300),
    )
    PlanValue.objects.create(target=targets["income"], year=2024, source="Nghị quyết năm", value=Decimal(52))
    period = ReportingPeriod.objects.create(
        kind="9m",
        name="9 tháng năm 2024",
        start=date(2024, 1, 1),
        end=date(2024, 9, 30),
        deadline=date(2024, 10, 10),
        grace_days=5,
    )
    return Entry(
        world,
        period,
        resolution,
        targets["income"],
        targets["trained"],
        targets["schools"],
        revenue_target,
        income,
        met,
        total,
    )


@pytest.fixture
def static_files(settings):
    """Serve chitieu/static to the live server while STATICFILES_DIRS does not list it."""
    from django.contrib.staticfiles import finders

    if finders.find("chitieu/site.css") is None:
        settings.STATICFILES_DIRS = [*getattr(settings, "STATICFILES_DIRS", []), settings.BASE_DIR / "static"]
