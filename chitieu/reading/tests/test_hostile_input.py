"""The reading pages answer odd input with a Vietnamese message and write nothing: a value too precise for its
column, a 5.000-digit `handled` field, a text beyond the paste limit sent back with a click (issue 18)."""

from datetime import date

import pytest
from django.urls import reverse

from chitieu.plans.models import Indicator
from chitieu.results.models import Observation, ReportingPeriod, ValueKind

REPORT = "Năm 2023, thu nhập bình quân đầu người của xã đạt 45,5 triệu đồng/người/năm."


@pytest.fixture
def reading(client, reporter, world):
    Indicator.objects.create(
        code="thu-nhap", name="Thu nhập bình quân đầu người", unit="triệu đồng/người/năm"
    )
    ReportingPeriod.objects.create(
        kind="year",
        name="Năm 2023",
        start=date(2023, 1, 1),
        end=date(2023, 12, 31),
        deadline=date(2099, 1, 1),
    )
    client.force_login(reporter)
    client.raise_request_exception = False
    return client


def accept(client, world, value: str, **extra):
    data = {
        "action": "accept-0",
        "text": REPORT,
        "handled": "",
        "c0-indicator": Indicator.objects.get().pk,
        "c0-value": value,
        "c0-kind": ValueKind.ESTIMATE,
        "c0-period_kind": "year",
        "c0-period_start": "2023-01-01",
        "c0-period_end": "2023-12-31",
        **extra,
    }
    return client.post(reverse("reading:locality_report", args=[world.yen_ninh.pk]), data)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("45,1234567", "chỉ được tối đa 6"),
        ("9.999.999.999.999.999.999", "chỉ được tối đa 17"),
        ("9" * 5000, "tối đa 60 ký tự"),
    ],
)
def test_accepting_a_value_too_precise_for_its_column_says_the_allowed_form(reading, world, value, message):
    response = accept(reading, world, value)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Observation.objects.exists()


def test_a_5000_digit_handled_field_is_ignored_not_a_500(reading, world):
    response = accept(reading, world, "45,5", handled="9" * 5000 + ",x,١٢")
    assert response.status_code == 200
    assert Observation.objects.count() == 1


def test_a_text_beyond_the_paste_limit_sent_back_with_a_click_is_refused(reading, world, settings):
    settings.CHITIEU_PASTE_MAX_CHARS = 1000
    response = accept(reading, world, "45,5", text=REPORT * 20)
    assert response.status_code == 200
    assert "quá giới hạn 1.000 ký tự" in response.content.decode()
    assert not Observation.objects.exists()


def test_a_paste_beyond_the_limit_says_how_to_split_it(reading, world):
    response = reading.post(
        reverse("reading:locality_report", args=[world.yen_ninh.pk]), {"text": REPORT * 3000}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "quá giới hạn 200.000 ký tự" in page and "chia văn bản thành nhiều phần" in page


LONG_REPORT = " ".join(
    f"Năm 2023, thu nhập bình quân đầu người của thôn {number} đạt {number},5 triệu đồng/người/năm."
    for number in range(1, 121)
)


def test_a_long_report_shows_its_figures_fifty_to_a_page(reading, world):
    url = reverse("reading:locality_report", args=[world.yen_ninh.pk])
    first = reading.post(url, {"text": LONG_REPORT})
    page = first.content.decode()
    assert first.status_code == 200
    assert len(first.context["reading"].rows) == 120
    assert page.count('value="accept-') == 50 and "Trang 1/3" in page
    third = reading.post(url, {"text": LONG_REPORT, "handled": "", "action": "page-3", "page": "1"})
    assert third.content.decode().count('value="accept-') == 20 and "Trang 3/3" in third.content.decode()
    row = third.context["items"][0][0]
    rejected = reading.post(
        url, {"text": LONG_REPORT, "handled": "", "action": f"reject-{row.index}", "page": "3"}
    )
    assert rejected.context["page"].number == 3  # a click keeps its page
    assert len(rejected.context["reading"].rows) == 119


def test_a_report_at_the_paste_limit_answers_a_page_of_bounded_size(reading, world):
    text = (LONG_REPORT + " ") * (200_000 // (len(LONG_REPORT) + 1))
    response = reading.post(reverse("reading:locality_report", args=[world.yen_ninh.pk]), {"text": text})
    assert response.status_code == 200
    assert len(response.context["items"]) == 50
    assert (
        len(response.content) < 2 * len(text.encode()) + 300_000
    )  # the text twice (shown, hidden) and 50 forms
