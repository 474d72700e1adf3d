"""Statements counting targets by status."""

from chitieu.reading import extract


def counts(text: str) -> list[dict]:
    return extract(text)["counts"]


def test_it_reads_a_fraction_of_targets_met():
    [count] = counts("Đến nay 9/9 chỉ tiêu đã đạt và vượt mục tiêu của nghị quyết.")
    assert (count["total"], count["met"], count["classes"]) == (9, 9, {"đạt và vượt": 9})


def test_it_reads_the_status_written_before_the_fraction():
    [count] = counts("Huyện thực hiện đạt và vượt 17/17 chỉ tiêu nghị quyết năm.")
    assert (count["total"], count["met"]) == (17, 17)
    assert count["text"].startswith("đạt và vượt 17/17 chỉ tiêu")


def test_it_reads_a_bracketed_count_of_child_targets_with_the_same_status():
    text = "Đến nay 9/9 chỉ tiêu (21/25 chỉ tiêu thành phần) theo tiến độ đã đạt và vượt."
    assert [(c["total"], c["met"]) for c in counts(text)] == [(9, 9), (25, 21)]


def test_it_reads_a_total_broken_down_by_status():
    text = "Trong 16 chỉ tiêu nghị quyết, có 9 chỉ tiêu thực hiện đạt và vượt, 4 chỉ tiêu đạt 90%."
    [count] = counts(text)
    assert (count["total"], count["met"]) == (16, 9)
    assert count["classes"] == {"đạt và vượt": 9, "đạt 90%": 4}


def test_it_reads_a_breakdown_without_repeating_chi_tieu():
    [count] = counts("Nghị quyết có 16 chỉ tiêu: 9 đạt và vượt, 4 đạt 90%.")
    assert (count["total"], count["met"]) == (16, 9)


def test_it_counts_only_met_and_exceeded_as_met():
    text = "Trong 25 chỉ tiêu, có 18 chỉ tiêu đạt và vượt, 5 chỉ tiêu có khả năng đạt, 2 chỉ tiêu khó đạt."
    [count] = counts(text)
    assert (count["total"], count["met"]) == (25, 18)


def test_it_joins_the_unmet_targets_to_the_fraction_before_them():
    [count] = counts("Kết quả, 20/22 chỉ tiêu đạt và vượt kế hoạch, 2 chỉ tiêu chưa đạt.")
    assert (count["total"], count["met"], count["classes"]) == (22, 20, {"đạt và vượt": 20, "chưa đạt": 2})


def test_it_adds_up_a_breakdown_written_without_a_total():
    [count] = counts("Kết quả: 20 chỉ tiêu đạt và vượt; 3 chỉ tiêu không đạt.")
    assert (count["total"], count["met"]) == (23, 20)


def test_it_does_not_count_a_list_of_targets_set():
    assert counts("Đại hội đề ra 37 chỉ tiêu trên 4 lĩnh vực và 2 nhiệm vụ trọng tâm.") == []


def test_a_count_is_not_also_read_as_claims():
    assert extract("Có 9 chỉ tiêu đạt và vượt, 4 chỉ tiêu đạt 90%.")["claims"] == []


def test_it_does_not_count_targets_likely_to_be_met_as_met():
    [met, likely] = counts(
        "Có 16/30 chỉ tiêu đạt và vượt, 12/30 chỉ tiêu có khả năng sẽ đạt vào cuối nhiệm kỳ."
    )
    assert (met["total"], met["met"]) == (30, 16)
    assert (likely["total"], likely["met"], likely["classes"]) == (30, 0, {"có khả năng sẽ đạt": 12})


def test_it_reads_one_count_per_unit_named_in_a_list():
    text = "Xã An Bình đạt 24/28 chỉ tiêu, xã Tân Lập đạt 19/29 chỉ tiêu."
    assert [(c["total"], c["met"]) for c in counts(text)] == [(28, 24), (29, 19)]
