"""Reading a report for a locality: its figures beside the text, accepted as observations or rejected,
and figures that contradict chitieu listed as discrepancies."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from chitieu.plans.models import Indicator
from chitieu.results.door import System, record_observation
from chitieu.results.models import Observation, ReportingPeriod, ValueKind

SEED = System("test-fixture")

REPORT = (
    "Năm 2023, thu nhập bình quân đầu người của xã đạt 45,5 triệu đồng/người/năm. "
    "Thu ngân sách nhà nước trên địa bàn đạt 2,1 tỷ đồng, đạt 105% dự toán huyện giao."
)


@pytest.fixture
def indicators(db):
    return (
        Indicator.objects.create(
            code="thu-nhap", name="Thu nhập bình quân đầu người", unit="triệu đồng/người/năm"
        ),
        Indicator.objects.create(
            code="thu-ngan-sach", name="Thu ngân sách nhà nước trên địa bàn", unit="triệu đồng"
        ),
    )


def url(locality) -> str:
    return reverse("reading:locality_report", args=[locality.pk])


def test_an_outsider_gets_404(client, outsider, world):
    client.force_login(outsider)
    assert client.post(url(world.yen_ninh), {"text": REPORT}).status_code == 404


def test_an_approver_who_may_not_report_gets_404(client, approver, world):
    client.force_login(approver)
    assert client.get(url(world.yen_ninh)).status_code == 404


def test_the_reporter_sees_the_figures_highlighted_and_matched(client, reporter, world, indicators):
    client.force_login(reporter)
    response = client.post(url(world.yen_ninh), {"text": REPORT})
    page = response.content.decode()
    assert response.status_code == 200
    assert '<mark id="claim-0">45,5 triệu đồng/người/năm</mark>' in page
    rows = response.context["reading"].rows
    assert [row.match.candidate.indicator_id for row in rows] == [indicators[0].pk, indicators[1].pk]
    assert rows[1].value == Decimal("2100.0")  # 2,1 tỷ đồng in the indicator's unit, triệu đồng


def test_accepting_a_claim_writes_an_observation_with_its_source_sentence(
    client, reporter, world, indicators
):
    ReportingPeriod.objects.create(
        kind="year",
        name="Năm 2023",
        start=date(2023, 1, 1),
        end=date(2023, 12, 31),
        deadline=date(2099, 1, 1),
    )
    client.force_login(reporter)
    data = {
        "action": "accept-0",
        "text": REPORT,
        "handled": "",
        "c0-indicator": indicators[0].pk,
        "c0-value": "45,5",
        "c0-kind": ValueKind.ESTIMATE,
        "c0-period_kind": "year",
        "c0-period_start": "2023-01-01",
        "c0-period_end": "2023-12-31",
    }
    response = client.post(url(world.yen_ninh), data)
    observation = Observation.objects.get()
    assert (observation.value, observation.kind, observation.locality) == (Decimal("45.5"), 1, world.yen_ninh)
    assert (
        observation.source_sentence
        == "Năm 2023, thu nhập bình quân đầu người của xã đạt 45,5 triệu đồng/người/năm."
    )
    assert observation.updated_by == reporter
    assert [row.index for row in response.context["reading"].rows] == [1]  # the accepted claim is done


def test_rejecting_a_claim_writes_nothing_and_drops_it(client, reporter, world, indicators):
    client.force_login(reporter)
    response = client.post(url(world.yen_ninh), {"action": "reject-0", "text": REPORT, "handled": ""})
    assert not Observation.objects.exists()
    assert [row.index for row in response.context["reading"].rows] == [1]


def test_a_figure_that_contradicts_a_stored_value_is_listed_as_a_discrepancy(
    client, reporter, world, indicators
):
    record_observation(
        actor=SEED,
        via="",
        indicator=indicators[1],
        locality=world.yen_ninh,
        period_start=date(2023, 1, 1),
        period_end=date(2023, 12, 31),
        value=Decimal(1950),
        reported_on=date(2024, 1, 10),
    )
    client.force_login(reporter)
    response = client.post(url(world.yen_ninh), {"text": REPORT})
    (row,) = response.context["reading"].discrepancies
    assert row.claim["value"] == Decimal("2.1")
    page = response.content.decode()
    assert "Khác với số liệu đã có trong chitieu" in page and "chitieu có 1.950" in page
