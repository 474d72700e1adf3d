"""A generated province for the dashboard benchmark and the query-count tests: districts, communes, monthly values.

Every rule the dashboard rolls up is present: sums, means, ratios of two sums, weighted means, counts of units
recognised under a standard, district figures that replace the roll-up, estimates next to official figures.
"""

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.utils import timezone

from chitieu.accounts.models import Membership
from chitieu.core.bulk import db_datetime
from chitieu.criteria.models import CriteriaSet, Recognition
from chitieu.localities.models import Level, Locality
from chitieu.plans.models import Indicator, PlanValue, Resolution, Target, TargetGroup, Term
from chitieu.results.door import PlanFigure, System, insert_observations, set_plan_values
from chitieu.results.models import PeriodKind, ValueKind
from chitieu.results.rollups import rebuild as rebuild_rollups

YEARS = range(2021, 2026)
BATCH = 5000
BENCH = System("bench-province")
FIELDS = [
    "indicator_id",
    "locality_id",
    "period_start",
    "period_end",
    "period_kind",
    "kind",
    "value",
    "reported_on",
    "text_value",
    "source",
    "source_sentence",
    "note",
    "is_illustrative",
    "created_at",
    "updated_at",
]


@dataclass
class Province:
    province: Locality
    resolution: Resolution
    user: AbstractBaseUser
    observations: int


def _month(year: int, month: int) -> tuple[date, date]:
    start = date(year, month, 1)
    end = (date(year + (month == 12), month % 12 + 1, 1)) - timedelta(days=1)
    return start, end


def build_province(
    districts: int = 10, communes_per_district: int = 10, indicators: int = 40, seed: int = 2025
) -> Province:
    """A province with `districts` × `communes_per_district` communes and a congress resolution of about
    `indicators` targets, each read from monthly commune values 2021-2025 (kinds shared out as in bench/engine.py)."""
    rng = random.Random(seed)
    levels = {
        slug: Level.objects.get_or_create(slug=slug, defaults={"name": name, "rank": rank})[0]
        for slug, name, rank in (("province", "Tỉnh", 1), ("district", "Huyện", 2), ("commune", "Xã", 3))
    }
    suffix = rng.randrange(10**6)
    province = Locality.objects.create(
        name=f"Thử nghiệm {suffix}", type_name="Tỉnh", level=levels["province"]
    )
    district_units = Locality.objects.bulk_create(
        Locality(name=f"Huyện {d + 1:02d}", type_name="Huyện", level=levels["district"], parent=province)
        for d in range(districts)
    )
    commune_units = Locality.objects.bulk_create(
        Locality(name=f"Xã {d + 1:02d}.{c + 1:02d}", type_name="Xã", level=levels["commune"], parent=district)
        for d, district in enumerate(district_units)
        for c in range(communes_per_district)
    )
    term, _ = Term.objects.get_or_create(name="2020-2025", defaults={"start_year": 2020, "end_year": 2025})
    resolution = Resolution.objects.create(
        locality=province, term=term, title=f"Nghị quyết Đại hội Đảng bộ {province.full_name}", is_public=True
    )
    groups = [
        TargetGroup.objects.create(resolution=resolution, label=label, name=name, order=order)
        for order, (label, name) in enumerate(
            (("I.", "Kinh tế"), ("II.", "Văn hóa - xã hội"), ("III.", "Môi trường"))
        )
    ]
    monthly, targets = _catalogue(resolution, groups, indicators, suffix)
    population = Indicator.objects.create(code=f"dan-so-{suffix}", name="Dân số", unit="người")
    weighted = [
        Indicator.objects.create(
            code=f"thu-nhap-{suffix}-{i}",
            name=f"Thu nhập bình quân {i}",
            unit="triệu đồng",
            rollup=Indicator.Rollup.WEIGHTED_MEAN,
            weight=population,
        )
        for i in range(2)
    ]
    for i, indicator in enumerate(weighted):
        targets.append(_target(resolution, groups[0], indicator, Target.Kind.LEVEL, Decimal(60), 100 + i))
    district_set = CriteriaSet.objects.create(
        code=f"huyen-ntm-{suffix}", name="Huyện nông thôn mới", level=levels["district"]
    )
    counted = Indicator.objects.create(
        code=f"huyen-ntm-{suffix}",
        name="Tỷ lệ huyện đạt chuẩn nông thôn mới",
        unit="%",
        is_percent=True,
        rollup=Indicator.Rollup.COUNT_MEETING,
        criteria_set=district_set,
        recognition_level="đạt chuẩn",
    )
    targets.append(_target(resolution, groups[0], counted, Target.Kind.RATIO, Decimal(50), 200))
    for district in district_units[: districts // 2]:
        Recognition.objects.create(
            locality=district, criteria_set=district_set, decided_on=date(rng.choice(YEARS), 11, 20)
        )
    rows: list[tuple] = []
    now = db_datetime(timezone.now())
    stamps = ("", "", "", "", False, now, now)
    written = 0

    def add(
        indicator: Indicator,
        unit: Locality,
        start: date,
        end: date,
        value: Decimal,
        kind: int,
        kind_of_period: str,
    ) -> None:
        nonlocal written
        rows.append(
            (
                indicator.pk,
                unit.pk,
                start.isoformat(),
                end.isoformat(),
                kind_of_period,
                kind,
                str(value),
                (end + timedelta(days=20)).isoformat(),
                *stamps,
            )
        )
        if len(rows) >= BATCH:
            written += insert_observations(BENCH, FIELDS, rows)
            rows.clear()

    for commune in commune_units:
        for year in YEARS:
            add(
                population,
                commune,
                date(year, 1, 1),
                date(year, 12, 31),
                Decimal(rng.randint(4000, 15000)),
                ValueKind.OFFICIAL,
                PeriodKind.YEAR,
            )
            for indicator in weighted:
                add(
                    indicator,
                    commune,
                    date(year, 1, 1),
                    date(year, 12, 31),
                    Decimal(rng.randint(35, 75)),
                    ValueKind.OFFICIAL,
                    PeriodKind.YEAR,
                )
        for indicator, (low, high) in monthly:
            for year in YEARS:
                for month in range(1, 13):
                    start, end = _month(year, month)
                    value = Decimal(rng.randint(low * 100, high * 100)) / 100
                    late = year == 2025 and month >= 10
                    add(
                        indicator,
                        commune,
                        start,
                        end,
                        value,
                        ValueKind.ESTIMATE if late else ValueKind.OFFICIAL,
                        PeriodKind.MONTH,
                    )
                    if year == 2024 and month == 12 and rng.random() < 0.2:
                        add(
                            indicator,
                            commune,
                            start,
                            end,
                            value * Decimal("0.97"),
                            ValueKind.ESTIMATE,
                            PeriodKind.MONTH,
                        )
    for district in district_units[:2]:
        for indicator, _range in monthly[:4]:
            add(
                indicator,
                district,
                date(2023, 1, 1),
                date(2023, 12, 31),
                Decimal(rng.randint(1000, 9000)),
                ValueKind.OFFICIAL,
                PeriodKind.YEAR,
            )
    written += insert_observations(BENCH, FIELDS, rows)
    rebuild_rollups()  # the door's COPY path leaves the roll-ups to the loader
    set_plan_values(
        BENCH,
        {
            (target.pk, year, PlanValue.Source.ANNUAL): PlanFigure(target.value or Decimal(1))
            for target in targets
            for year in (2024, 2025)
        },
        via="",
    )
    user = get_user_model().objects.create_user(f"lanhdao-{suffix}", password="chitieu-bench")
    Membership.objects.create(user=user, role=Membership.Role.APPROVER, locality=province)
    return Province(province, resolution, user, written)


def _catalogue(
    resolution: Resolution, groups: list[TargetGroup], count: int, suffix: int
) -> tuple[list[tuple[Indicator, tuple[int, int]]], list[Target]]:
    """Indicators read monthly (sums, means, and the two sums of each ratio) and a target on each."""
    monthly: list[tuple[Indicator, tuple[int, int]]] = []
    targets: list[Target] = []
    ratios = max(count // 10, 1)
    means = max(count // 5, 1)
    sums = max(count - 2 * ratios - means, 1)
    kinds = [Target.Kind.CUMULATIVE, Target.Kind.ANNUAL, Target.Kind.LEVEL]
    for i in range(sums):
        indicator = Indicator.objects.create(
            code=f"tong-{suffix}-{i}", name=f"Chỉ số cộng {i + 1}", unit="tỷ đồng"
        )
        monthly.append((indicator, (5, 50)))
        kind = kinds[i % len(kinds)]
        goal = Decimal(100 * 60 * 25) if kind is Target.Kind.CUMULATIVE else Decimal(100 * 12 * 25)
        if kind is Target.Kind.LEVEL:
            goal = Decimal(100 * 30)
        targets.append(_target(resolution, groups[i % 3], indicator, kind, goal, i))
    for i in range(means):
        indicator = Indicator.objects.create(
            code=f"binh-quan-{suffix}-{i}",
            name=f"Chỉ số bình quân {i + 1}",
            unit="%",
            is_percent=True,
            rollup=Indicator.Rollup.MEAN,
        )
        monthly.append((indicator, (40, 99)))
        targets.append(_target(resolution, groups[1], indicator, Target.Kind.LEVEL, Decimal(70), 40 + i))
    for i in range(ratios):
        parts = [
            Indicator.objects.create(code=f"{name}-{suffix}-{i}", name=f"{label} {i + 1}", unit="hộ")
            for name, label in (("tu-so", "Tử số"), ("mau-so", "Mẫu số"))
        ]
        monthly.extend([(parts[0], (10, 60)), (parts[1], (900, 1100))])
        rate = Indicator.objects.create(
            code=f"ty-le-{suffix}-{i}",
            name=f"Tỷ lệ {i + 1}",
            unit="%",
            is_percent=True,
            rollup=Indicator.Rollup.RATIO,
            numerator=parts[0],
            denominator=parts[1],
        )
        target = _target(resolution, groups[2], rate, Target.Kind.RATIO, Decimal(4), 60 + i)
        target.direction = Target.Direction.LOWER
        target.form = Target.Form.MAX_BOUND
        target.save()
        targets.append(target)
    return monthly, targets


def _target(
    resolution: Resolution, group: TargetGroup, indicator: Indicator, kind: str, value: Decimal, order: int
) -> Target:
    return Target.objects.create(
        resolution=resolution,
        group=group,
        indicator=indicator,
        label=f"{order + 1}.",
        order=order,
        name=indicator.name,
        unit=indicator.unit,
        kind=kind,
        value=value,
        form=Target.Form.MIN_BOUND if kind is not Target.Kind.CUMULATIVE else Target.Form.EXACT,
        baseline_value=value * Decimal("0.6") if kind is Target.Kind.LEVEL else None,
        baseline_year=2020 if kind is Target.Kind.LEVEL else None,
    )
