"""The national overview: each province's headline for one term, on approved figures, only what the user may see."""

from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.urls import reverse

from chitieu.plans.models import Indicator, Resolution, Target, Term
from chitieu.reports import overview
from chitieu.reports.tests.conftest import record, text_of
from chitieu.results.door import System, record_observation
from chitieu.results.models import PeriodKind, ValueKind

pytestmark = pytest.mark.django_db
IMMEDIATE = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture(autouse=True)
def immediate_tasks(settings):
    settings.TASKS = IMMEDIATE
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def provinces(world):
    """Thái Nguyên reaches one of its two targets, Lai Châu none of its one; a figure of Thái Nguyên waits for
    approval."""
    revenue = Indicator.objects.create(
        code="thu-ngan-sach", name="Thu ngân sách trên địa bàn", unit="tỷ đồng"
    )
    forest = Indicator.objects.create(
        code="do-che-phu-rung", name="Tỷ lệ che phủ rừng", unit="%", rollup="none"
    )
    thai_nguyen = Resolution.objects.create(
        locality=world.thai_nguyen,
        term=world.term,
        title="Nghị quyết Đại hội Đảng bộ tỉnh Thái Nguyên lần thứ XX",
    )
    lai_chau = Resolution.objects.create(
        locality=world.lai_chau, term=world.term, title="Nghị quyết Đại hội Đảng bộ tỉnh Lai Châu lần thứ XIV"
    )
    for resolution, order, indicator, value in (
        (thai_nguyen, 1, revenue, 20000),
        (thai_nguyen, 2, forest, 45),
        (lai_chau, 1, revenue, 5000),
    ):
        Target.objects.create(
            resolution=resolution, order=order, label=f"{order}.", name=indicator.name, indicator=indicator,
            unit=indicator.unit, value=Decimal(value),
        )  # fmt: skip
    record(revenue, world.thai_nguyen, 2024, "21345.6")
    record(revenue, world.lai_chau, 2024, "3120")
    return thai_nguyen, lai_chau


def superuser():
    return get_user_model().objects.create_superuser("quantri", "quantri@example.vn", "chitieu-test")


def rows_of(client, **query):
    response = client.get(reverse("reports:overview"), query)
    assert response.status_code == 200
    return response, text_of(response)


def test_the_overview_asks_for_a_login(client, provinces):
    response = client.get(reverse("reports:overview"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_national_user_sees_every_province_with_its_headline(client, provinces):
    client.force_login(superuser())
    _response, page = rows_of(client, term="2020-2025")
    assert "Tỉnh Thái Nguyên" in page and "Tỉnh Lai Châu" in page
    assert "1/2" in page and "0/1" in page
    assert page.index("Tỉnh Lai Châu") < page.index("Tỉnh Thái Nguyên")  # Vietnamese order of names


def test_an_approver_at_a_province_sees_only_that_province(client, provinces, approver):
    client.force_login(approver)
    response, page = rows_of(client)
    assert "Tỉnh Thái Nguyên" in page and "1/2" in page
    assert "Lai Châu" not in page
    assert reverse("reports:dashboard", args=[provinces[1].pk]) not in response.content.decode()


def test_a_commune_reporter_sees_no_province(client, provinces, reporter):
    client.force_login(reporter)
    _response, page = rows_of(client)
    assert "Không có nghị quyết cấp tỉnh nào của nhiệm kỳ này trong phạm vi của bạn" in page
    assert "Thái Nguyên" not in page.split("Tổng quan toàn quốc", 2)[-1]


def test_a_figure_not_yet_approved_is_not_counted(client, provinces, approver, world):
    forest = Indicator.objects.get(code="do-che-phu-rung")
    record_observation(
        actor=System("báo cáo chưa duyệt", publishes=False), via="", indicator=forest, locality=world.thai_nguyen, period_start=date(2024, 1, 1),
        period_end=date(2024, 12, 31), value=Decimal(47), kind=ValueKind.OFFICIAL, period_kind=PeriodKind.YEAR,
        reported_on=date(2025, 1, 20), source="Báo cáo của tỉnh",
    )  # fmt: skip
    client.force_login(approver)
    _response, page = rows_of(client)
    assert "1/2" in page  # the forest cover of 47% reaches 45%, but nobody approved it yet


def test_the_table_is_computed_once_per_term_and_reused(
    client, provinces, approver, django_assert_max_num_queries
):
    client.force_login(superuser())
    rows_of(client)
    client.force_login(approver)
    with django_assert_max_num_queries(9):  # session, user, memberships, terms, visible resolutions, notices
        _response, page = rows_of(client)
    assert "1/2" in page


def test_a_term_without_provinces_is_not_offered_and_an_unknown_term_shows_the_newest(client, provinces):
    Term.objects.create(name="2015-2020", start_year=2015, end_year=2020)
    newer = Term.objects.create(name="2025-2030", start_year=2025, end_year=2030)
    assert [term.name for term in overview.terms()] == ["2020-2025"]
    assert overview.chosen_term(list(overview.terms()), "1990-1995").name == "2020-2025"
    assert newer not in overview.terms()


def test_a_stale_table_is_shown_while_the_next_one_is_computed(provinces, world, monkeypatch):
    first = overview.overview_for(world.term)
    computed = []
    monkeypatch.setattr(overview, "compute", lambda term: computed.append(term) or first)
    monkeypatch.setattr(overview, "FRESH", overview.FRESH * 0)
    assert overview.overview_for(world.term) is not None
    assert computed == [world.term]


def test_a_failed_refresh_is_not_asked_for_again_by_every_page_view(provinces, world, monkeypatch):
    calls = []

    def broken(term):
        calls.append(term)
        raise RuntimeError("mất kết nối cơ sở dữ liệu")

    monkeypatch.setattr(overview, "compute", broken)
    # The immediate backend runs the task inside the page view and logs its failure.
    assert [overview.overview_for(world.term) for _ in range(3)] == [None, None, None]
    assert len(calls) == 1
