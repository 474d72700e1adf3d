"""Who reaches which entry page: the three personas try every page and action; outside one's scope is 404."""

import pytest
from django.urls import reverse

from chitieu.results.models import Evidence, Observation, Submission


@pytest.fixture
def pages(entry):
    p, yn, sll = entry.period.pk, entry.world.yen_ninh.pk, entry.world.si_lo_lau.pk
    return {
        "yen_ninh": reverse("results:entry", args=[p, yn]),
        "si_lo_lau": reverse("results:entry", args=[p, sll]),
    }


def test_an_anonymous_visitor_is_sent_to_log_in(client, pages):
    assert client.get(pages["yen_ninh"]).status_code == 302


def test_the_reporter_reaches_their_commune_and_not_another_province(client, reporter, pages):
    client.force_login(reporter)
    assert client.get(pages["yen_ninh"]).status_code == 200
    assert client.get(pages["si_lo_lau"]).status_code == 404


def test_the_outsider_cannot_reach_yen_ninh(client, outsider, pages, entry):
    client.force_login(outsider)
    assert client.get(pages["yen_ninh"]).status_code == 404
    assert client.get(reverse("results:history", args=[entry.income.pk])).status_code == 404
    assert (
        client.get(reverse("results:workbook", args=[entry.period.pk, entry.world.yen_ninh.pk])).status_code
        == 404
    )


def test_the_approver_reads_but_does_not_enter(client, approver, pages, entry):
    client.force_login(approver)
    assert client.get(pages["yen_ninh"]).status_code == 404
    page = reverse("results:history", args=[entry.income.pk]) + f"?locality={entry.world.yen_ninh.pk}"
    assert client.get(page).status_code == 200


def test_a_tampered_post_for_another_units_target_is_404(client, reporter, outsider, pages, entry, frozen):
    from chitieu.plans.models import Indicator, Target

    foreign = Indicator.objects.create(
        code="thu-nhap-phong-tho", name="Thu nhập Phong Thổ", unit="triệu đồng"
    )
    Target.objects.create(resolution=entry.world.phong_tho_resolution, name="Thu nhập", indicator=foreign)
    client.force_login(reporter)
    response = client.post(pages["yen_ninh"], {f"i{foreign.pk}-value": "45", f"i{foreign.pk}-kind": 1})
    assert response.status_code == 404
    assert client.post(pages["si_lo_lau"], {f"i{foreign.pk}-value": "45"}).status_code == 404
    check = reverse("results:check", args=[entry.period.pk, entry.world.yen_ninh.pk, foreign.pk])
    assert client.post(check, {f"i{foreign.pk}-value": "45"}).status_code == 404
    assert not Observation.objects.exists()


def test_submissions_and_files_of_another_province_are_404(client, reporter, outsider, entry, frozen):
    client.force_login(reporter)
    key = f"i{entry.income_indicator.pk}"
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.post(
        reverse("results:entry", args=[entry.period.pk, entry.world.yen_ninh.pk]),
        {
            f"{key}-value": "45",
            f"{key}-kind": 1,
            "submit": "1",
            "evidence": SimpleUploadedFile("a.pdf", b"%PDF-1.4 x"),
        },
    )
    submission, evidence = Submission.objects.get(), Evidence.objects.get()
    client.force_login(outsider)
    assert client.get(reverse("results:approval", args=[submission.pk])).status_code == 404
    assert (
        client.post(reverse("results:approval", args=[submission.pk]), {"decision": "approve"}).status_code
        == 404
    )
    assert (
        client.post(
            reverse("results:reopen", args=[submission.pk]), {"until": "2024-12-01", "reason": "x"}
        ).status_code
        == 404
    )
    assert client.get(reverse("results:evidence", args=[evidence.pk])).status_code == 404
    assert client.get(reverse("results:approvals")).context["queue"] == []
