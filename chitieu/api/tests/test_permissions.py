"""Every endpoint tried by the three personas: lists hold only what is in scope, details outside it answer 404,
bulk writes outside it are refused and write nothing."""

import json

import pytest

from chitieu.plans.models import PlanValue
from chitieu.results.models import Observation

from .conftest import INCOME

V1 = "/api/v1"


def names(response, key="full_name") -> set[str]:
    assert response.status_code == 200, response.content
    return {item[key] for item in response.json()["items"]}


def csv_localities(response) -> set[str]:
    assert response.status_code == 200
    lines = b"".join(response.streaming_content).decode("utf-8-sig").splitlines()[1:]
    return {line.split(",")[4] for line in lines}


# --- localities -------------------------------------------------------------------------------------------


def test_each_persona_lists_only_the_units_in_scope(as_approver, as_reporter, as_outsider):
    assert names(as_approver.get(f"{V1}/localities")) == {
        "Tỉnh Thái Nguyên",
        "Huyện Phú Lương",
        "Xã Yên Ninh",
        "Xã Ôn Lương",
    }
    assert names(as_reporter.get(f"{V1}/localities")) == {"Xã Yên Ninh"}
    assert names(as_outsider.get(f"{V1}/localities")) == {"Xã Sì Lở Lầu"}


def test_a_unit_outside_the_scope_answers_404(world, as_approver, as_reporter, as_outsider):
    assert as_approver.get(f"{V1}/localities/{world.yen_ninh.pk}").json()["full_name"] == "Xã Yên Ninh"
    assert as_approver.get(f"{V1}/localities/{world.si_lo_lau.pk}").status_code == 404
    assert as_reporter.get(f"{V1}/localities/{world.yen_ninh.pk}").status_code == 200
    assert as_reporter.get(f"{V1}/localities/{world.phu_luong.pk}").status_code == 404
    assert as_outsider.get(f"{V1}/localities/{world.yen_ninh.pk}").status_code == 404
    assert as_outsider.get(f"{V1}/localities/999999").status_code == 404


def test_a_subtree_is_listed_only_from_a_root_in_scope(world, as_approver, as_reporter, as_outsider):
    subtree = as_approver.get(f"{V1}/localities", {"root": world.phu_luong.pk})
    assert names(subtree) == {"Huyện Phú Lương", "Xã Yên Ninh", "Xã Ôn Lương"}
    assert as_reporter.get(f"{V1}/localities", {"root": world.phu_luong.pk}).status_code == 404
    assert as_outsider.get(f"{V1}/localities", {"root": world.phu_luong.pk}).status_code == 404


def test_locality_filters_stay_inside_the_scope(world, as_approver, as_outsider):
    world.yen_ninh.key = "thainguyen_huyenphuluong_xayenninh"
    world.yen_ninh.save()
    children = as_approver.get(f"{V1}/localities", {"parent": world.phu_luong.pk})
    assert names(children) == {"Xã Yên Ninh", "Xã Ôn Lương"}
    assert names(as_approver.get(f"{V1}/localities", {"level": "commune"})) == {"Xã Yên Ninh", "Xã Ôn Lương"}
    assert names(as_approver.get(f"{V1}/localities", {"q": "yen ninh"})) == {"Xã Yên Ninh"}
    assert names(as_approver.get(f"{V1}/localities", {"q": "Ôn"})) == {"Xã Ôn Lương"}
    assert names(as_outsider.get(f"{V1}/localities", {"parent": world.phu_luong.pk})) == set()


# --- indicators and criteria sets: shared catalogues --------------------------------------------------------


def test_every_persona_reads_the_shared_catalogues(figures, as_approver, as_reporter, as_outsider):
    for client in (as_approver, as_reporter, as_outsider):
        assert names(client.get(f"{V1}/indicators"), "code") == {INCOME}
        assert client.get(f"{V1}/indicators/{figures.income.pk}").json()["code"] == INCOME
        assert [s["code"] for s in client.get(f"{V1}/criteria-sets").json()] == ["ntm-2021-2025"]
    assert as_outsider.get(f"{V1}/indicators/999999").status_code == 404


# --- resolutions, targets, summaries -------------------------------------------------------------------------


def test_each_persona_lists_only_the_resolutions_in_scope(world, as_approver, as_reporter, as_outsider):
    assert names(as_approver.get(f"{V1}/resolutions"), "id") == {world.phu_luong_resolution.pk}
    assert names(as_reporter.get(f"{V1}/resolutions"), "id") == set()
    assert names(as_outsider.get(f"{V1}/resolutions"), "id") == set()
    assert as_outsider.get(f"{V1}/resolutions", {"root": world.thai_nguyen.pk}).status_code == 404


@pytest.mark.parametrize("suffix", ["", "/summary", "/targets"])
def test_a_resolution_outside_the_scope_answers_404(
    suffix, world, figures, as_approver, as_reporter, as_outsider
):
    inside, outside = world.phu_luong_resolution.pk, world.phong_tho_resolution.pk
    assert as_approver.get(f"{V1}/resolutions/{inside}{suffix}").status_code == 200
    assert as_approver.get(f"{V1}/resolutions/{outside}{suffix}").status_code == 404
    assert as_reporter.get(f"{V1}/resolutions/{inside}{suffix}").status_code == 404
    assert as_outsider.get(f"{V1}/resolutions/{inside}{suffix}").status_code == 404
    assert as_outsider.get(f"{V1}/resolutions/{outside}{suffix}").status_code == 404


# --- observations, plan values, assessments --------------------------------------------------------------------


def test_each_persona_lists_only_the_observations_in_scope(figures, as_approver, as_reporter, as_outsider):
    assert names(as_approver.get(f"{V1}/observations"), "locality_name") == {
        "Huyện Phú Lương",
        "Xã Yên Ninh",
        "Xã Ôn Lương",
    }
    assert names(as_reporter.get(f"{V1}/observations"), "locality_name") == {"Xã Yên Ninh"}
    assert names(as_outsider.get(f"{V1}/observations"), "locality_name") == {"Xã Sì Lở Lầu"}


def test_each_persona_exports_only_the_observations_in_scope(figures, as_approver, as_reporter, as_outsider):
    assert csv_localities(as_approver.get(f"{V1}/observations.csv")) == {
        "Huyện Phú Lương",
        "Xã Yên Ninh",
        "Xã Ôn Lương",
    }
    assert csv_localities(as_reporter.get(f"{V1}/observations.csv")) == {"Xã Yên Ninh"}
    assert csv_localities(as_outsider.get(f"{V1}/observations.csv")) == {"Xã Sì Lở Lầu"}


@pytest.mark.parametrize("path", ["observations", "observations.csv", "assessments"])
def test_a_root_outside_the_scope_answers_404(path, world, figures, as_reporter, as_outsider):
    assert as_reporter.get(f"{V1}/{path}", {"root": world.phu_luong.pk}).status_code == 404
    assert as_outsider.get(f"{V1}/{path}", {"root": world.yen_ninh.pk}).status_code == 404
    assert as_reporter.get(f"{V1}/{path}", {"root": world.yen_ninh.pk}).status_code == 200


def test_each_persona_lists_only_the_plan_values_in_scope(
    world, figures, as_approver, as_reporter, as_outsider
):
    assert names(as_approver.get(f"{V1}/plan-values"), "target") == {figures.phu_luong_target.pk}
    assert names(as_reporter.get(f"{V1}/plan-values"), "target") == set()
    assert names(as_outsider.get(f"{V1}/plan-values"), "target") == set()
    outside = {"resolution": world.phong_tho_resolution.pk}
    assert as_approver.get(f"{V1}/plan-values", outside).status_code == 404
    assert as_approver.get(f"{V1}/plan-values", {"target": figures.phong_tho_target.pk}).status_code == 404


def test_each_persona_lists_only_the_assessments_in_scope(figures, as_approver, as_reporter, as_outsider):
    assert names(as_approver.get(f"{V1}/assessments"), "locality_name") == {"Xã Yên Ninh", "Xã Ôn Lương"}
    assert names(as_reporter.get(f"{V1}/assessments"), "locality_name") == {"Xã Yên Ninh"}
    assert names(as_outsider.get(f"{V1}/assessments"), "locality_name") == {"Xã Sì Lở Lầu"}


# --- bulk writes -----------------------------------------------------------------------------------------------


def observation(locality, value="50") -> dict:
    return {
        "indicator": INCOME,
        "locality_id": locality.pk,
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
        "value": value,
    }


def post(client, path: str, items: list[dict]):
    return client.post(f"{V1}/{path}", json.dumps({"items": items}), content_type="application/json")


def test_the_commune_reporter_writes_for_the_commune(world, figures, as_reporter):
    response = post(as_reporter, "observations/bulk", [observation(world.yen_ninh)])
    assert response.status_code == 200, response.content
    assert Observation.objects.filter(locality=world.yen_ninh, period_start__year=2024).count() == 1


def test_a_write_outside_the_scope_is_refused_for_that_item_and_nothing_is_written(
    world, figures, as_reporter, as_outsider
):
    before = Observation.objects.count()
    response = post(
        as_reporter, "observations/bulk", [observation(world.yen_ninh), observation(world.on_luong)]
    )
    assert response.status_code == 422
    assert response.json()["errors"] == [
        {
            "index": 1,
            "field": "locality_id",
            "message": "Bạn không có quyền nhập số liệu cho đơn vị này.",
            "code": "forbidden",
        }
    ]
    response = post(as_outsider, "observations/bulk", [observation(world.yen_ninh)])
    assert response.json()["errors"][0]["code"] == "forbidden"
    assert Observation.objects.count() == before


def test_the_province_approver_may_not_write_figures_at_all(world, figures, as_approver):
    response = post(as_approver, "observations/bulk", [observation(world.yen_ninh)])
    assert response.status_code == 403
    assert post(as_approver, "plan-values/bulk", []).status_code == 403


def test_plan_values_outside_the_scope_are_refused_without_revealing_the_target(
    figures, as_reporter, as_outsider
):
    plan = {"target": figures.phu_luong_target.pk, "year": 2024, "value": "55"}
    for client in (as_reporter, as_outsider):
        response = post(client, "plan-values/bulk", [plan])
        assert response.status_code == 422
        assert response.json()["errors"][0]["code"] == "not_found"
    assert not PlanValue.objects.filter(year=2024).exists()


# --- no token ---------------------------------------------------------------------------------------------------

PATHS = [
    "localities",
    "localities/1",
    "indicators",
    "indicators/1",
    "resolutions",
    "resolutions/1",
    "resolutions/1/summary",
    "resolutions/1/targets",
    "observations",
    "observations.csv",
    "plan-values",
    "criteria-sets",
    "assessments",
]


@pytest.mark.parametrize("path", PATHS)
def test_every_read_needs_a_token(client, world, path):
    response = client.get(f"{V1}/{path}")
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize("path", ["observations/bulk", "plan-values/bulk"])
def test_every_write_needs_a_token(client, world, path):
    assert post(client, path, []).status_code == 401
