"""What the read endpoints say: evaluations with their figures, summaries in the words reviews use, pages."""

from decimal import Decimal

V1 = "/api/v1"


def test_the_targets_of_a_resolution_carry_their_current_evaluation(world, figures, as_approver):
    targets = as_approver.get(f"{V1}/resolutions/{world.phu_luong_resolution.pk}/targets").json()
    assert len(targets) == 1
    target = targets[0]
    assert (target["label"], target["name"], target["value"], target["indicator"]) == (
        "1.",
        "Thu nhập bình quân đầu người",
        "60",
        "thu-nhap-binh-quan-dau-nguoi",
    )
    evaluation = target["evaluation"]
    # Phú Lương reported 55 of the 60 million đồng: 91,67%, not met under the strict rule.
    assert (evaluation["actual"], evaluation["ratio_pct"], evaluation["status"]) == ("55", "91.67", "not_met")
    assert evaluation["status_label"] == "không đạt"
    assert evaluation["explanation"]


def test_as_of_a_date_before_any_figure_there_is_no_data(world, figures, as_approver):
    url = f"{V1}/resolutions/{world.phu_luong_resolution.pk}/targets"
    evaluation = as_approver.get(url, {"as_of": "2023-06-30"}).json()[0]["evaluation"]
    assert (evaluation["status"], evaluation["actual"]) == ("no_data", None)


def test_a_resolution_comes_with_its_headline(world, figures, as_approver):
    detail = as_approver.get(f"{V1}/resolutions/{world.phu_luong_resolution.pk}").json()
    assert detail["locality"]["full_name"] == "Huyện Phú Lương"
    assert detail["target_count"] == 1
    assert detail["summary"]["headline"] == "0/1 chỉ tiêu đạt và vượt"
    assert detail["summary"]["not_met"][0]["ratio_pct"] == "91.67"


def test_a_mid_term_summary_gives_forecast_classes(world, figures, as_approver):
    url = f"{V1}/resolutions/{world.phu_luong_resolution.pk}/summary"
    summary = as_approver.get(url, {"review": "mid-term", "as_of": "2024-01-31"}).json()
    assert summary["review"] == "mid-term" and summary["as_of"] == "2024-01-31"
    assert summary["total"] == 1
    assert as_approver.get(url, {"review": "cuối kỳ"}).status_code == 422


def test_lists_are_paged_with_a_total(world, figures, as_approver):
    page = as_approver.get(f"{V1}/observations", {"limit": 2, "offset": 1}).json()
    assert (page["count"], page["limit"], page["offset"], len(page["items"])) == (3, 2, 1, 2)
    assert as_approver.get(f"{V1}/observations", {"limit": 1001}).status_code == 422


def test_observations_filter_by_indicator_period_and_kind(world, figures, as_approver):
    def count(**params):
        return as_approver.get(f"{V1}/observations", params).json()["count"]

    assert count(indicator="thu-nhap-binh-quan-dau-nguoi") == 3
    assert count(indicator="ty-le-ho-ngheo") == 0
    assert count(period_start="2023-01-01", period_end="2023-12-31") == 3
    assert count(period_end="2023-06-30") == 0
    assert count(kind="estimate") == 0
    assert count(period_kind="year") == 3


def test_figures_travel_as_decimal_strings(world, figures, as_approver):
    items = as_approver.get(f"{V1}/observations", {"root": world.yen_ninh.pk}).json()["items"]
    assert items[0]["value"] == "48.5"
    assert Decimal(items[0]["value"]) == Decimal("48.5")


def test_a_validation_error_names_the_parameter_in_vietnamese(as_approver, world):
    body = as_approver.get(f"{V1}/localities", {"limit": "nhiều"}).json()
    assert body["errors"] == [
        {"index": None, "field": "limit", "message": "Phải là số nguyên.", "code": "invalid"}
    ]
