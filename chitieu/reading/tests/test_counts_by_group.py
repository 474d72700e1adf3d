"""Status counts as reports state them: broken down by group ("kinh tế 5/6, văn hóa - xã hội 7/8"), one count per
group plus the total; a count written without its total takes it from the groups or from the resolution."""

import pytest

from chitieu.reading import extract
from chitieu.reading.counts import find_counts

# Sentences in the style of mid-term and end-of-term reviews, with the counts a reader expects from each:
# (words the count covers, total, met). The scoring mirrors ../shared/eval/score.py: a count is found when one
# output count of the same total and met overlaps those words, each output count answering one expected count.
REPORTS = [
    (
        "Kết quả thực hiện 24 chỉ tiêu chủ yếu: có 20 chỉ tiêu đạt và vượt (kinh tế 5/6, văn hóa - xã hội 7/8,"
        " môi trường 3/4, quốc phòng - an ninh và xây dựng Đảng 5/6), 4 chỉ tiêu chưa đạt.",
        [
            ("24 chỉ tiêu chủ yếu", 24, 20),
            ("kinh tế 5/6", 6, 5),
            ("văn hóa - xã hội 7/8", 8, 7),
            ("môi trường 3/4", 4, 3),
            ("quốc phòng - an ninh và xây dựng Đảng 5/6", 6, 5),
        ],
    ),
    (
        "Đến nay có 15 chỉ tiêu đạt và vượt, trong đó: lĩnh vực kinh tế 6/7 chỉ tiêu; lĩnh vực văn hóa - xã hội"
        " 6/7 chỉ tiêu; lĩnh vực quốc phòng - an ninh 3/3 chỉ tiêu.",
        [
            ("15 chỉ tiêu đạt và vượt", 17, 15),
            ("kinh tế 6/7", 7, 6),
            ("văn hóa - xã hội 6/7", 7, 6),
            ("quốc phòng - an ninh 3/3", 3, 3),
        ],
    ),
    (
        "Về kinh tế, có 5/6 chỉ tiêu đạt và vượt; về văn hóa - xã hội, có 7/8 chỉ tiêu đạt và vượt; về xây dựng"
        " Đảng và hệ thống chính trị, 4/4 chỉ tiêu đạt và vượt.",
        [
            ("kinh tế, có 5/6", 6, 5),
            ("văn hóa - xã hội, có 7/8", 8, 7),
            ("xây dựng Đảng và hệ thống chính trị, 4/4", 4, 4),
            ("Về kinh tế", 18, 16),
        ],
    ),
    (
        "Có 18/20 chỉ tiêu đạt và vượt kế hoạch (kinh tế: 6/7; văn hóa - xã hội: 8/9; quốc phòng - an ninh: 4/4).",
        [
            ("18/20 chỉ tiêu", 20, 18),
            ("kinh tế: 6/7", 7, 6),
            ("văn hóa - xã hội: 8/9", 9, 8),
            ("quốc phòng - an ninh: 4/4", 4, 4),
        ],
    ),
    (
        "Sau 5 năm, nhóm chỉ tiêu kinh tế đạt 9/11 chỉ tiêu, nhóm chỉ tiêu văn hóa - xã hội đạt 8/10 chỉ tiêu,"
        " nhóm chỉ tiêu môi trường đạt 2/2 chỉ tiêu.",
        [
            ("kinh tế đạt 9/11", 11, 9),
            ("văn hóa - xã hội đạt 8/10", 10, 8),
            ("môi trường đạt 2/2", 2, 2),
            ("nhóm chỉ tiêu kinh tế", 23, 19),
        ],
    ),
    (
        "Trong 16 chỉ tiêu nghị quyết, có 13 chỉ tiêu đạt và vượt, gồm: kinh tế 5/6 chỉ tiêu, văn hóa - xã hội"
        " 6/7 chỉ tiêu, môi trường 2/3 chỉ tiêu.",
        [
            ("16 chỉ tiêu nghị quyết", 16, 13),
            ("kinh tế 5/6", 6, 5),
            ("văn hóa - xã hội 6/7", 7, 6),
            ("môi trường 2/3", 3, 2),
        ],
    ),
    (
        "Đánh giá giữa nhiệm kỳ: 21/25 chỉ tiêu đạt và vượt tiến độ, cụ thể kinh tế 8/10, văn hóa - xã hội 9/10,"
        " môi trường 2/2, xây dựng Đảng 2/3.",
        [
            ("21/25 chỉ tiêu", 25, 21),
            ("kinh tế 8/10", 10, 8),
            ("văn hóa - xã hội 9/10", 10, 9),
            ("môi trường 2/2", 2, 2),
            ("xây dựng Đảng 2/3", 3, 2),
        ],
    ),
    (
        "Năm 2024 có 11 chỉ tiêu đạt và vượt kế hoạch (kinh tế 4 chỉ tiêu, văn hóa - xã hội 5 chỉ tiêu, quốc"
        " phòng - an ninh 2 chỉ tiêu).",
        [("kinh tế 4 chỉ tiêu", None, 4), ("văn hóa - xã hội 5 chỉ tiêu", None, 5)],
    ),
    (
        "Về các chỉ tiêu chưa đạt: kinh tế 1/6, văn hóa - xã hội 2/8 chỉ tiêu chưa đạt.",
        [("kinh tế 1/6", 6, 5), ("văn hóa - xã hội 2/8", 8, 6)],
    ),
    (
        "Toàn huyện có 17/19 chỉ tiêu đạt và vượt, 2 chỉ tiêu chưa đạt là thu ngân sách và tỷ lệ che phủ rừng.",
        [("17/19 chỉ tiêu", 19, 17)],
    ),
    (
        "Kết quả có 5/6 chỉ tiêu kinh tế, 7/8 chỉ tiêu văn hóa - xã hội và 2/2 chỉ tiêu môi trường đạt và vượt.",
        [
            ("5/6 chỉ tiêu kinh tế", 6, 5),
            ("7/8 chỉ tiêu văn hóa - xã hội", 8, 7),
            ("2/2 chỉ tiêu môi trường", 2, 2),
        ],
    ),
    (
        "Trong 21 chỉ tiêu chủ yếu, có 18 chỉ tiêu đạt và vượt; trong đó nhóm chỉ tiêu kinh tế đạt 7/8, nhóm văn"
        " hóa - xã hội đạt 8/9, nhóm quốc phòng - an ninh và xây dựng Đảng đạt 3/4.",
        [
            ("21 chỉ tiêu chủ yếu", 21, 18),
            ("kinh tế đạt 7/8", 8, 7),
            ("văn hóa - xã hội đạt 8/9", 9, 8),
            ("quốc phòng - an ninh và xây dựng Đảng đạt 3/4", 4, 3),
        ],
    ),
    (
        "Lĩnh vực kinh tế: 7/9 chỉ tiêu đạt và vượt; lĩnh vực văn hóa - xã hội: 10/10 chỉ tiêu đạt và vượt; lĩnh vực"
        " môi trường: 2/3 chỉ tiêu đạt.",
        [("kinh tế: 7/9", 9, 7), ("văn hóa - xã hội: 10/10", 10, 10), ("môi trường: 2/3", 3, 2)],
    ),
    (
        "Ước thực hiện đến hết nhiệm kỳ có 22/25 chỉ tiêu đạt và vượt, đạt 88%; trong đó các chỉ tiêu về kinh tế"
        " 8/9, về văn hóa - xã hội 10/12, về quốc phòng - an ninh 4/4.",
        [
            ("22/25 chỉ tiêu", 25, 22),
            ("kinh tế 8/9", 9, 8),
            ("văn hóa - xã hội 10/12", 12, 10),
            ("quốc phòng - an ninh 4/4", 4, 4),
        ],
    ),
    (
        "Năm 2024, kinh tế có 6/7 chỉ tiêu hoàn thành, xã hội có 9/10 chỉ tiêu hoàn thành, môi trường có 3/3 chỉ"
        " tiêu hoàn thành kế hoạch.",
        [("kinh tế có 6/7", 7, 6), ("xã hội có 9/10", 10, 9), ("môi trường có 3/3", 3, 3)],
    ),
]


def found(expected: list, counts: list[dict], text: str) -> int:
    free = list(counts)
    hits = 0
    for words, total, met in expected:
        start = text.index(words)
        where = (start, start + len(words))
        for count in free:
            s, e = count["span"]
            if count["total"] == total and count["met"] == met and s < where[1] and where[0] < e:
                free.remove(count)
                hits += 1
                break
    return hits


def test_count_recall_on_reports_with_group_breakdowns_is_at_least_90_percent():
    wanted = sum(len(expected) for _, expected in REPORTS)
    hits = sum(found(expected, extract(text)["counts"], text) for text, expected in REPORTS)
    assert hits / wanted >= 0.9, f"{hits}/{wanted}"


@pytest.mark.parametrize(("text", "expected"), REPORTS)
def test_each_report_sentence_gives_its_counts(text, expected):
    assert found(expected, extract(text)["counts"], text) == len(expected)


def test_a_group_count_names_its_group():
    text = REPORTS[0][0]
    groups = [c["group"] for c in extract(text)["counts"] if "group" in c]
    assert groups == ["kinh tế", "văn hóa - xã hội", "môi trường", "quốc phòng - an ninh và xây dựng Đảng"]


def test_a_count_without_its_total_says_the_total_is_the_sum_of_the_groups():
    (total,) = [c for c in extract(REPORTS[1][0])["counts"] if "group" not in c]
    assert (total["total"], total["met"], total["total_source"]) == (17, 15, "groups")
    assert total["note"] == "Tổng số là tổng các nhóm (17)."


def test_a_count_without_its_total_takes_the_resolutions_declared_count_when_given():
    text = "Đến nay đã có 9 chỉ tiêu đạt và vượt mục tiêu nghị quyết."
    (without,) = find_counts(text)
    assert (without["total"], without["met"]) == (None, 9)
    (count,) = find_counts(text, declared_total=16)
    assert (count["total"], count["met"], count["total_source"]) == (16, 9, "resolution")
    assert "16" in count["note"]


def test_a_total_the_text_states_is_said_to_come_from_the_text():
    counts = extract(REPORTS[3][0])["counts"]
    assert [c["total_source"] for c in counts] == ["text", "text", "text", "text"]


def test_groups_are_not_read_as_claims():
    assert extract("Kết quả: kinh tế 5/6 chỉ tiêu, văn hóa - xã hội 7/8 chỉ tiêu đạt.")["claims"] == []


def test_a_count_written_in_words_is_read():
    [count] = extract("Đến nay có mười hai trên mười lăm chỉ tiêu đạt và vượt.")["counts"]
    assert (count["total"], count["met"]) == (15, 12)


def test_a_fraction_of_places_named_by_domain_words_is_not_a_target_count():
    """ "văn hóa 7/8 thôn" counts villages, and a sentence that never says "chỉ tiêu" counts no targets."""
    assert (
        extract("Có 7/8 thôn đạt chuẩn văn hóa, 5/6 trường đạt chuẩn quốc gia về giáo dục 3/4.")["counts"]
        == []
    )


def test_the_declared_count_completes_the_whole_list_not_a_group():
    text = "Năm 2024 có 11 chỉ tiêu đạt và vượt kế hoạch (kinh tế 4 chỉ tiêu, văn hóa - xã hội 7 chỉ tiêu)."
    counts = find_counts(text, declared_total=14)
    assert [(c.get("group"), c["total"], c["met"]) for c in counts] == [
        (None, 14, 11),
        ("kinh tế", None, 4),
        ("văn hóa - xã hội", None, 7),
    ]


def test_the_targets_a_congress_sets_by_group_are_not_status_counts():
    text = "Đại hội đề ra 20 chỉ tiêu, gồm: kinh tế 8 chỉ tiêu, văn hóa - xã hội 7 chỉ tiêu, môi trường 5 chỉ tiêu."
    assert extract(text)["counts"] == []


def test_a_group_named_after_its_count_is_read():
    text = "Kết quả có 5/6 chỉ tiêu kinh tế, 7/8 chỉ tiêu văn hóa - xã hội và 2/2 chỉ tiêu môi trường đạt và vượt."
    counts = extract(text)["counts"]
    assert [(c.get("group"), c["total"], c["met"]) for c in counts] == [
        (None, 16, 14),
        ("kinh tế", 6, 5),
        ("văn hóa - xã hội", 8, 7),
        ("môi trường", 2, 2),
    ]


def test_a_class_written_after_trong_do_is_part_of_the_one_before_it():
    (count,) = find_counts(
        "Năm 2024, huyện hoàn thành 17/19 chỉ tiêu, trong đó có 12 chỉ tiêu vượt kế hoạch."
    )
    assert (count["total"], count["met"]) == (19, 17)
