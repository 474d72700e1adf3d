"""A small resolution of Phú Lương with targets of every shape the dashboards show, built on the shared `world`."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from chitieu.criteria.models import Assessment, CriteriaSet, Criterion, Product, Recognition
from chitieu.localities.models import Agency, Level
from chitieu.plans.models import Indicator, PlanValue, Resolution, Target, TargetGroup
from chitieu.results.door import System, record_observation
from chitieu.results.models import PeriodKind, ValueKind

SEED = System("test-fixture")


@dataclass
class Data:
    resolution: Resolution
    income: Target
    revenue: Target
    new_rural: Target
    health: Target
    beds: Target
    insurance: Target
    forest: Target
    roads: Target
    finance: Agency
    agriculture: Agency
    ntm: CriteriaSet
    revenue_indicator: Indicator


def year(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


def record(indicator, locality, y, value, kind=ValueKind.OFFICIAL, illustrative=False, reported=None):
    start, end = year(y)
    return record_observation(
        actor=SEED,
        via="",
        indicator=indicator,
        locality=locality,
        period_start=start,
        period_end=end,
        value=Decimal(value),
        kind=kind,
        period_kind=PeriodKind.YEAR,
        reported_on=reported or date(y + 1, 1, 20),
        source="Báo cáo kinh tế - xã hội",
        is_illustrative=illustrative,
    )


@pytest.fixture
def data(world) -> Data:
    phu_luong = world.phu_luong
    resolution = world.phu_luong_resolution
    resolution.number = "01-NQ/ĐH"
    resolution.save()
    finance = Agency.objects.create(locality=phu_luong, name="Phòng Tài chính - Kế hoạch", short_name="TC-KH")
    agriculture = Agency.objects.create(
        locality=phu_luong, name="Phòng Nông nghiệp và PTNT", short_name="NN&PTNT"
    )
    economy = TargetGroup.objects.create(resolution=resolution, label="I.", name="Kinh tế", order=1)
    society = TargetGroup.objects.create(resolution=resolution, label="II.", name="Văn hóa - xã hội", order=2)

    income_indicator = Indicator.objects.create(
        code="thu-nhap-binh-quan", name="Thu nhập bình quân đầu người", unit="triệu đồng", rollup="none"
    )
    income = Target.objects.create(
        resolution=resolution,
        group=economy,
        label="1.",
        order=1,
        name="Thu nhập bình quân đầu người",
        indicator=income_indicator,
        unit="triệu đồng",
        kind=Target.Kind.LEVEL,
        value=Decimal(60),
        baseline_value=Decimal(38),
        baseline_year=2020,
        lead_agency=finance,
        leader_name="Nguyễn Văn Bình",
        leader_title="Phó Chủ tịch UBND huyện",
    )
    for y, v in ((2021, "42"), (2022, "47.5"), (2023, "52.3")):
        record(income_indicator, phu_luong, y, v)
    record(income_indicator, phu_luong, 2024, "55", kind=ValueKind.ESTIMATE)
    # The 2024 estimate was corrected once: the first figure stays in the history.
    record(income_indicator, phu_luong, 2024, "56", kind=ValueKind.ESTIMATE, reported=date(2025, 1, 25))
    PlanValue.objects.create(target=income, year=2023, value=Decimal(52), source=PlanValue.Source.ANNUAL)

    revenue_indicator = Indicator.objects.create(
        code="thu-ngan-sach", name="Thu ngân sách trên địa bàn", unit="tỷ đồng", rollup="sum"
    )
    revenue = Target.objects.create(
        resolution=resolution,
        group=economy,
        label="2.",
        order=2,
        name="Tổng thu ngân sách 2021-2025",
        indicator=revenue_indicator,
        unit="tỷ đồng",
        kind=Target.Kind.CUMULATIVE,
        value=Decimal(1000),
        lead_agency=finance,
        leader_name="Nguyễn Văn Bình",
        leader_title="Phó Chủ tịch UBND huyện",
    )
    for y, a, b in ((2021, "90", "95"), (2022, "100", "105"), (2023, "110", "120")):
        record(revenue_indicator, world.yen_ninh, y, a)
        record(revenue_indicator, world.on_luong, y, b)

    commune = Level.objects.get(slug="commune")
    ntm = CriteriaSet.objects.create(
        code="ntm-xa-2021",
        name="Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025",
        level=commune,
        legal_basis="Quyết định 318/QĐ-TTg",
        recognition_levels="đạt chuẩn, nâng cao, kiểu mẫu",
    )
    criteria = [
        Criterion.objects.create(criteria_set=ntm, number=n, name=name)
        for n, name in (
            (1, "Quy hoạch"),
            (2, "Giao thông"),
            (3, "Thủy lợi và phòng, chống thiên tai"),
        )
    ]
    for criterion in criteria:
        Assessment.objects.create(locality=world.yen_ninh, criterion=criterion, year=2023, met=True)
    Assessment.objects.create(locality=world.on_luong, criterion=criteria[0], year=2023, met=True)
    Assessment.objects.create(locality=world.on_luong, criterion=criteria[1], year=2023, met=False)
    Recognition.objects.create(
        locality=world.yen_ninh,
        criteria_set=ntm,
        decided_on=date(2022, 11, 10),
        decision_number="2345/QĐ-UBND",
    )
    Product.objects.create(
        locality=world.yen_ninh, name="Chè Yên Ninh", stars=4, points=78, rated_on=date(2022, 6, 1)
    )
    Product.objects.create(
        locality=world.on_luong, name="Miến dong Ôn Lương", stars=3, points=61, rated_on=date(2023, 3, 1)
    )
    ntm_count = Indicator.objects.create(
        code="ty-le-xa-ntm",
        name="Tỷ lệ xã đạt chuẩn nông thôn mới",
        unit="%",
        is_percent=True,
        rollup="count_meeting",
        criteria_set=ntm,
        recognition_level="đạt chuẩn",
    )
    new_rural = Target.objects.create(
        resolution=resolution,
        group=economy,
        label="3.",
        order=3,
        name="Tỷ lệ xã đạt chuẩn nông thôn mới",
        indicator=ntm_count,
        unit="%",
        kind=Target.Kind.RATIO,
        form=Target.Form.MIN_BOUND,
        value=Decimal(100),
        lead_agency=agriculture,
        leader_name="Trần Thị Lan",
        leader_title="Phó Chủ tịch UBND huyện",
    )

    health = Target.objects.create(resolution=resolution, group=society, label="4.", order=4, name="Y tế")
    beds_indicator = Indicator.objects.create(
        code="giuong-benh", name="Số giường bệnh/vạn dân", unit="giường", rollup="none"
    )
    beds = Target.objects.create(
        resolution=resolution,
        group=society,
        parent=health,
        label="-",
        order=1,
        name="Số giường bệnh/vạn dân",
        indicator=beds_indicator,
        unit="giường",
        value=Decimal(30),
    )
    record(beds_indicator, phu_luong, 2023, "31")
    insurance_indicator = Indicator.objects.create(
        code="bao-hiem-y-te",
        name="Tỷ lệ dân số tham gia bảo hiểm y tế",
        unit="%",
        is_percent=True,
        rollup="none",
    )
    insurance = Target.objects.create(
        resolution=resolution,
        group=society,
        parent=health,
        label="-",
        order=2,
        name="Tỷ lệ dân số tham gia bảo hiểm y tế",
        indicator=insurance_indicator,
        unit="%",
        form=Target.Form.MIN_BOUND,
        value=Decimal(95),
    )
    record(insurance_indicator, phu_luong, 2023, "96.1")

    forest_indicator = Indicator.objects.create(
        code="che-phu-rung", name="Tỷ lệ che phủ rừng", unit="%", is_percent=True, rollup="none"
    )
    forest = Target.objects.create(
        resolution=resolution,
        group=society,
        label="5.",
        order=5,
        name="Tỷ lệ che phủ rừng",
        indicator=forest_indicator,
        unit="%",
        form=Target.Form.MIN_BOUND,
        value=Decimal(58),
        lead_agency=agriculture,
    )
    record(forest_indicator, phu_luong, 2023, "58.2", illustrative=True)

    roads_indicator = Indicator.objects.create(
        code="duong-giao-thong", name="Đường giao thông nông thôn được cứng hóa", unit="km", rollup="sum"
    )
    roads = Target.objects.create(
        resolution=resolution,
        group=society,
        label="6.",
        order=6,
        name="Cứng hóa đường giao thông nông thôn",
        indicator=roads_indicator,
        unit="km",
        kind=Target.Kind.CUMULATIVE,
        value=Decimal(150),
    )
    return Data(
        resolution,
        income,
        revenue,
        new_rural,
        health,
        beds,
        insurance,
        forest,
        roads,
        finance,
        agriculture,
        ntm,
        revenue_indicator,
    )


@pytest.fixture(autouse=True)
def fresh_cache():
    """Evaluations are remembered per resolution id; ids repeat from one test to the next."""
    from chitieu.reports.evaluations import forget

    forget()
    yield
    forget()


def text_of(response) -> str:
    """The page's text as a reader sees it: tags removed, spaces collapsed."""
    import html
    import re

    body = response.content.decode()
    body = re.sub(r"<script.*?</script>", " ", body, flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", body))).strip()


def vi(msgid: str, **values: object) -> str:
    """A label as the Vietnamese page shows it, whether or not the catalogue has it yet."""
    from django.utils.translation import gettext, override

    with override("vi"):
        text = gettext(msgid)
    return text % values if values else text


@pytest.fixture
def static_files(settings):
    """Serve chitieu/static to the live server when no finder knows it (the project setting is missing)."""
    from django.contrib.staticfiles import finders

    if finders.find("chitieu/site.css") is None:
        settings.STATICFILES_DIRS = [*settings.STATICFILES_DIRS, settings.BASE_DIR / "static"]
