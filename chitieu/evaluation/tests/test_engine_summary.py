"""The summary in the words reviews publish: headline, counts per class and group, targets not met."""

from decimal import Decimal as D

from chitieu.evaluation.engine import Evaluation, Status, summarize


def evaluation(
    key: str,
    status: Status,
    children: list[Evaluation] | None = None,
    group: str = "Kinh tế",
    ratio: str | None = None,
    forecast: Status | None = None,
) -> Evaluation:
    return Evaluation(
        target_key=key,
        actual=None,
        actual_by_year={},
        ratio_pct=D(ratio) if ratio else None,
        status=status,
        forecast=forecast,
        projection=None,
        plan_ratios=[],
        flags=[],
        explanation=[],
        basis=[],
        children=children or [],
        label=f"{key}.",
        name=f"Chỉ tiêu {key}",
        group=group,
    )


def parts(prefix: str, met: int, not_met: int) -> list[Evaluation]:
    return [evaluation(f"{prefix}.{i}", Status.MET) for i in range(met)] + [
        evaluation(f"{prefix}.x{i}", Status.NOT_MET) for i in range(not_met)
    ]


def test_9_of_9_targets_met_with_21_of_25_components_reads_as_the_review_wrote_it() -> None:
    # Five single targets, four with parts: 5 + (6 + 5 + 5 + 4) = 25 components, 4 of them not met,
    # each parent met by its committee's minimum-share rule.
    top = [evaluation(str(i), Status.MET) for i in range(1, 6)]
    top += [
        evaluation("6", Status.MET, parts("6", 5, 1)),
        evaluation("7", Status.EXCEEDED, parts("7", 4, 1)),
        evaluation("8", Status.MET, parts("8", 4, 1)),
        evaluation("9", Status.MET, parts("9", 3, 1)),
    ]
    summary = summarize(top)
    assert summary.headline == "9/9 chỉ tiêu đạt và vượt (21/25 chỉ tiêu thành phần)"
    assert (summary.reached, summary.components_reached, summary.components_total) == (9, 21, 25)


def test_without_components_the_headline_has_no_parenthesis() -> None:
    summary = summarize([evaluation("1", Status.MET), evaluation("2", Status.NOT_MET, ratio="84.3")])
    assert summary.headline == "1/2 chỉ tiêu đạt và vượt"


def test_16_targets_9_met_and_exceeded_4_near_with_the_90_band() -> None:
    top = [evaluation(str(i), Status.EXCEEDED) for i in range(5)]
    top += [evaluation(f"m{i}", Status.MET) for i in range(4)]
    top += [evaluation(f"n{i}", Status.NEAR, ratio="92") for i in range(4)]
    top += [evaluation(f"k{i}", Status.NOT_MET, ratio="70") for i in range(3)]
    summary = summarize(top, near_band_pct=D(90))
    assert summary.breakdown == "16 chỉ tiêu: 5 vượt, 4 đạt, 4 đạt trên 90%, 3 không đạt"
    assert summary.counts == {Status.EXCEEDED: 5, Status.MET: 4, Status.NEAR: 4, Status.NOT_MET: 3}
    assert summary.flags == []


def test_counts_per_group_keep_the_published_groups_apart() -> None:
    top = [
        evaluation("1", Status.MET, group="Kinh tế"),
        evaluation("2", Status.NOT_MET, group="Kinh tế", ratio="80"),
        evaluation("3", Status.EXCEEDED, group="Văn hóa - xã hội"),
    ]
    assert summarize(top).by_group == {
        "Kinh tế": {Status.MET: 1, Status.NOT_MET: 1},
        "Văn hóa - xã hội": {Status.EXCEEDED: 1},
    }


def test_the_targets_not_met_are_listed_with_their_ratios() -> None:
    top = [evaluation("1", Status.MET), evaluation("2", Status.NOT_MET, ratio="84.27")]
    summary = summarize(top)
    assert [item.key for item in summary.not_met] == ["2"]
    assert summary.not_met_lines == ["2. Chỉ tiêu 2: không đạt, đạt 84,3% chỉ tiêu."]


def test_a_mid_term_summary_counts_forecast_classes_for_targets_not_yet_met() -> None:
    top = [evaluation(f"v{i}", Status.EXCEEDED) for i in range(10)]
    top += [evaluation(f"d{i}", Status.MET) for i in range(22)]
    top += [evaluation(f"t{i}", Status.NOT_MET, forecast=Status.ON_TRACK) for i in range(12)]
    summary = summarize(top, use_forecast=True)
    assert summary.breakdown == "44 chỉ tiêu: 10 vượt, 22 đạt, 12 đạt tiến độ"


def test_a_resolution_stating_more_targets_than_are_tracked_is_flagged() -> None:
    # Bạch Thông's XV congress resolution sets 37 targets; the article names 16 of them.
    tracked = [evaluation(str(i), Status.MET) for i in range(16)]
    summary = summarize(tracked, declared_total=37)
    assert [(f.code, f.message) for f in summary.flags] == [
        (
            "declared_count_differs",
            "Nghị quyết nêu 37 chỉ tiêu nhưng đang theo dõi 16: kết quả tổng hợp chỉ tính trên 16 chỉ tiêu đã nhập.",
        )
    ]
    assert not summarize(tracked, declared_total=16).flags


def test_a_group_stating_another_number_of_targets_is_flagged_by_its_name() -> None:
    tracked = [evaluation("1", Status.MET), evaluation("2", Status.MET, group="Môi trường")]
    summary = summarize(tracked, declared_by_group={"Kinh tế": 1, "Môi trường": 3})
    assert [f.message for f in summary.flags] == [
        "Nhóm “Môi trường” nêu 3 chỉ tiêu nhưng đang theo dõi 1: kết quả tổng hợp chỉ tính trên 1 chỉ tiêu đã nhập."
    ]
