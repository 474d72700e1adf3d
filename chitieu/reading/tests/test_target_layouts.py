"""Target lists laid out as offices write them: numbered, bulleted, "Chỉ tiêu N:", lettered, tables pasted from Word
or read from a .docx; groups as headings, bullets or Roman numerals; sub-targets as lines, brackets or "trong đó"."""

from decimal import Decimal

import docx

from chitieu.reading.extract import read_docx
from chitieu.reading.targets import flat, parse_targets


def shape(parsed: dict) -> list:
    """(label, value, children's values) per top-level target: the outline as the reader built it."""
    return [
        (t["label"], t["value"], [c["value"] for c in t["children"] if not c["equivalent"]])
        for t in parsed["targets"]
    ]


def group_names(parsed: dict) -> list[str]:
    return [g["name"] for g in parsed["groups"]]


BULLET_GROUPS = """NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ TÂN THÀNH LẦN THỨ I, NHIỆM KỲ 2025-2030
Các chỉ tiêu chủ yếu đến năm 2030:
- Về kinh tế:
+ Tốc độ tăng trưởng giá trị sản xuất bình quân giai đoạn 2026-2030 đạt 8,5%/năm trở lên.
+ Tổng vốn đầu tư toàn xã hội giai đoạn 2026-2030 đạt 1,2 nghìn tỷ đồng.
- Về văn hóa - xã hội:
+ Không còn nhà tạm, nhà dột nát.
+ Tỷ lệ tăng dân số tự nhiên 0,9%.
- Về quốc phòng - an ninh:
+ Hằng năm hoàn thành 100% chỉ tiêu giao quân.
"""


def test_group_headings_written_as_bullets_are_groups_and_the_items_under_them_targets():
    parsed = parse_targets(BULLET_GROUPS)
    assert group_names(parsed) == ["Về kinh tế", "Về văn hóa - xã hội", "Về quốc phòng - an ninh"]
    assert [t["group"] for t in parsed["targets"]] == [0, 0, 1, 1, 2]
    assert len(flat(parsed["targets"])) == 5


def test_the_title_and_the_opening_line_are_not_targets():
    parsed = parse_targets(BULLET_GROUPS)
    assert all("NGHỊ QUYẾT" not in t["text"] and "chủ yếu" not in t["text"] for t in flat(parsed["targets"]))


def test_an_item_after_one_without_a_figure_is_its_sibling_not_its_part():
    parsed = parse_targets(BULLET_GROUPS)
    no_figure, after = parsed["targets"][2:4]
    assert (no_figure["form"], no_figure["children"]) == ("yes_no", [])
    assert after["value"] == Decimal("0.9")


PER_GROUP_NUMBERING = """Đại hội xác định 6 chỉ tiêu chủ yếu như sau:
1. Về kinh tế (3 chỉ tiêu)
1.1. Tốc độ tăng giá trị sản xuất bình quân 5 năm đạt 9,5%/năm.
1.2. Thu nhập bình quân đầu người năm 2025 đạt trên 55 triệu đồng/người/năm.
1.3. Sản lượng lương thực có hạt hàng năm ổn định 45.000 tấn trở lên.
2. Về văn hóa - xã hội (3 chỉ tiêu)
2.1. Tỷ lệ hộ nghèo giảm bình quân hàng năm từ 2 - 3%.
2.2. Mỗi năm tạo việc làm mới cho 1.200 lao động.
2.3. Có 100% trường học đạt chuẩn quốc gia mức độ 1.
"""


def test_numbered_groups_hold_targets_numbered_within_each_group():
    parsed = parse_targets(PER_GROUP_NUMBERING)
    assert [(g["label"], g["name"], g["declared_count"]) for g in parsed["groups"]] == [
        ("1.", "Về kinh tế", 3),
        ("2.", "Về văn hóa - xã hội", 3),
    ]
    assert [t["label"] for t in parsed["targets"]] == ["1.1.", "1.2.", "1.3.", "2.1.", "2.2.", "2.3."]
    assert parsed["declared_total"] == 6 and parsed["warnings"] == []


def test_a_percentage_is_read_before_a_number_that_only_names_a_level():
    (*_, schools) = parse_targets(PER_GROUP_NUMBERING)["targets"]
    assert (schools["value"], schools["unit"]) == (Decimal(100), "%")


CHI_TIEU_N = """I. KINH TẾ
Chỉ tiêu 1: Tổng giá trị sản xuất tăng bình quân 12%/năm. Trong đó:
- Nông nghiệp tăng 4%/năm;
- Công nghiệp - xây dựng tăng 18%/năm.
Chỉ tiêu 2: Xây dựng nông thôn mới:
a) Số xã đạt chuẩn nông thôn mới: 8 xã;
b) Số xã đạt chuẩn nông thôn mới nâng cao: 3 xã.
Chỉ tiêu 3: Huyện đạt chuẩn nông thôn mới vào năm 2024.
II. VĂN HÓA - XÃ HỘI
Chỉ tiêu 4: Tỷ lệ bao phủ bảo hiểm y tế 95%, trong đó: học sinh 100%, hộ cận nghèo 100%.
Chỉ tiêu 5: Tỷ lệ trường chuẩn quốc gia 80% (trong đó mầm non 75%, tiểu học 90%).
"""


def test_chi_tieu_n_labels_are_labels_not_figures():
    parsed = parse_targets(CHI_TIEU_N)
    assert [t["label"] for t in parsed["targets"]] == [f"Chỉ tiêu {n}" for n in range(1, 6)]
    district = parsed["targets"][2]
    assert (district["value"], district["form"], district["deadline_year"]) == (None, "yes_no", 2024)


def test_dash_lettered_bracketed_and_trong_do_parts_are_sub_targets():
    assert shape(parse_targets(CHI_TIEU_N)) == [
        ("Chỉ tiêu 1", Decimal(12), [Decimal(4), Decimal(18)]),
        ("Chỉ tiêu 2", None, [Decimal(8), Decimal(3)]),
        ("Chỉ tiêu 3", None, []),
        ("Chỉ tiêu 4", Decimal(95), [Decimal(100), Decimal(100)]),
        ("Chỉ tiêu 5", Decimal(80), [Decimal(75), Decimal(90)]),
    ]


def test_a_part_of_a_coverage_rate_keeps_the_coverage_direction():
    insured = parse_targets(CHI_TIEU_N)["targets"][3]
    assert [c["direction"] for c in insured["children"]] == ["higher", "higher"]


LETTERED = """Chỉ tiêu chủ yếu:
a) Tốc độ tăng trưởng kinh tế (GRDP) bình quân hằng năm từ 10% trở lên.
b) Thu ngân sách nhà nước trên địa bàn đến năm 2030 đạt 2.500 tỷ đồng, tăng bình quân 12%/năm.
c) Đến năm 2030, không còn hộ nghèo là hộ người có công.
"""


def test_lettered_items_are_targets_when_they_are_the_first_level():
    parsed = parse_targets(LETTERED)
    assert [t["label"] for t in parsed["targets"]] == ["a)", "b)", "c)"]
    assert parsed["targets"][0]["kind"] == "growth_rate"


def test_a_growth_rate_after_a_sum_is_a_target_of_its_own_under_it():
    revenue = parse_targets(LETTERED)["targets"][1]
    (growth,) = revenue["children"]
    assert (revenue["value"], revenue["unit"]) == (Decimal(2500), "tỷ đồng")
    assert (growth["value"], growth["unit"], growth["kind"]) == (Decimal(12), "%/năm", "growth_rate")


UNLABELLED = """Mục tiêu cụ thể đến năm 2030
Kinh tế
Tốc độ tăng trưởng kinh tế bình quân 5 năm đạt 8%/năm trở lên
Thu nhập bình quân đầu người đạt 80 triệu đồng
Văn hóa - xã hội
Tỷ lệ lao động qua đào tạo đạt 75%, trong đó có bằng cấp, chứng chỉ 35%
"""


def test_a_list_without_labels_reads_one_target_per_line_under_bare_domain_headings():
    parsed = parse_targets(UNLABELLED)
    assert group_names(parsed) == ["Kinh tế", "Văn hóa - xã hội"]
    assert shape(parsed) == [("", Decimal(8), []), ("", Decimal(80), []), ("", Decimal(75), [Decimal(35)])]


def test_a_group_and_its_targets_on_one_line_are_split():
    parsed = parse_targets(
        "3. Các chỉ tiêu chủ yếu\n"
        "- Về kinh tế: Tốc độ tăng trưởng kinh tế bình quân 7,5%/năm; thu nhập bình quân đầu người đạt 70 triệu"
        " đồng.\n- Về văn hóa - xã hội: Tỷ lệ hộ nghèo giảm còn dưới 1,5%; 100% xã đạt chuẩn quốc gia về y tế.\n"
    )
    assert group_names(parsed) == ["Về kinh tế", "Về văn hóa - xã hội"]
    assert [(t["value"], t["group"]) for t in parsed["targets"]] == [
        (Decimal("7.5"), 0),
        (Decimal(70), 0),
        (Decimal("1.5"), 1),
        (Decimal(100), 1),
    ]


def test_a_share_of_the_economy_named_by_a_domain_is_a_part_not_a_group():
    parsed = parse_targets(
        "1. Kinh tế\n- Cơ cấu kinh tế năm 2025:\n+ Nông - lâm - thủy sản: 30%;\n+ Thương mại - dịch vụ: 35%.\n"
        "2. Văn hóa - xã hội\n- Tỷ lệ lao động qua đào tạo 70%."
    )
    assert group_names(parsed) == ["Kinh tế", "Văn hóa - xã hội"]
    assert shape(parsed) == [("-", None, [Decimal(30), Decimal(35)]), ("-", Decimal(70), [])]


WORD_TABLE = (
    "STT\tChỉ tiêu\tĐVT\tMục tiêu đến năm 2025\n"
    "I\tKinh tế\t\t\n"
    "1\tTốc độ tăng trưởng kinh tế bình quân\t%/năm\t8 - 8,5\n"
    "2\tThu nhập bình quân đầu người\tTriệu đồng\t65\n"
    "3\tCơ cấu kinh tế\t%\t\n"
    "-\tNông, lâm nghiệp, thủy sản\t%\t20\n"
    "-\tDịch vụ\t%\t40\n"
    "II\tVăn hóa - xã hội\t\t\n"
    "4\tTỷ lệ hộ nghèo (theo chuẩn mới)\t%\tDưới 3\n"
    "5\tHuyện đạt chuẩn nông thôn mới\t\tĐạt chuẩn\n"
    "6\tTỷ lệ lao động qua đào tạo\t%\t≥ 70\n"
)


def test_a_table_pasted_from_word_reads_its_columns():
    parsed = parse_targets(WORD_TABLE)
    assert group_names(parsed) == ["Kinh tế", "Văn hóa - xã hội"]
    growth, income, structure, poverty, district, trained = parsed["targets"]
    assert (growth["value"], growth["value_high"], growth["unit"], growth["form"]) == (
        Decimal(8),
        Decimal("8.5"),
        "%/năm",
        "range",
    )
    assert (income["value"], income["unit"], income["deadline_year"]) == (Decimal(65), "triệu đồng", 2025)
    assert [c["value"] for c in structure["children"]] == [Decimal(20), Decimal(40)]
    assert (poverty["form"], poverty["strict"], poverty["direction"]) == ("max_bound", True, "lower")
    assert (district["name"], district["form"]) == ("Huyện đạt chuẩn nông thôn mới", "yes_no")
    assert (trained["form"], trained["strict"], trained["name"]) == (
        "min_bound",
        False,
        "Tỷ lệ lao động qua đào tạo",
    )


def test_a_word_document_table_is_read_row_by_row_and_merged_cells_once(tmp_path):
    rows = [
        ("STT", "Chỉ tiêu", "ĐVT", "Thực hiện 2025", "Mục tiêu 2030"),
        ("I", "Về kinh tế", "", "", ""),
        ("1", "GRDP bình quân đầu người", "Triệu đồng", "68", "120"),
        ("2", "Cơ cấu kinh tế", "%", "", ""),
        ("a", "Nông, lâm nghiệp, thủy sản", "%", "25,1", "18"),
        ("b", "Dịch vụ", "%", "44,7", "47"),
        ("II", "Về văn hóa - xã hội", "", "", ""),
        ("3", "Tỷ lệ hộ nghèo đa chiều", "%", "4,5", "< 1,5"),
    ]
    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=5)
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    table.cell(1, 1).merge(table.cell(1, 4)).text = "Về kinh tế"
    path = tmp_path / "phu-luc.docx"
    document.save(str(path))
    parsed = parse_targets(read_docx(str(path)))
    assert group_names(parsed) == ["Về kinh tế", "Về văn hóa - xã hội"]
    assert shape(parsed) == [
        ("1", Decimal(120), []),
        ("2", None, [Decimal(18), Decimal(47)]),
        ("3", Decimal("1.5"), []),
    ]
    assert parsed["targets"][0]["deadline_year"] == 2030  # from the column heading, not "Thực hiện 2025"


def test_items_announced_by_trong_do_and_written_alike_are_parts_while_they_share_the_unit():
    parsed = parse_targets(
        "- Tổng vốn đầu tư toàn xã hội 5 năm đạt 25.000 tỷ đồng, trong đó:\n"
        "- Vốn ngân sách nhà nước: 5.000 tỷ đồng;\n- Vốn doanh nghiệp và dân cư: 20.000 tỷ đồng.\n"
        "- Thu nhập bình quân đầu người đạt 60 triệu đồng.\n"
        "- Cơ cấu kinh tế năm 2025:\n- Nông nghiệp 30%;\n- Dịch vụ 70%.\n- Tỷ lệ hộ nghèo dưới 2%."
    )
    assert shape(parsed) == [
        ("-", Decimal(25000), [Decimal(5000), Decimal(20000)]),
        ("-", Decimal(60), []),
        ("-", None, [Decimal(30), Decimal(70)]),
        ("-", Decimal(2), []),
    ]


def test_a_paragraph_running_groups_and_numbered_targets_on_is_cut_apart():
    parsed = parse_targets(
        "Các chỉ tiêu chủ yếu: Về kinh tế: (1) Tốc độ tăng trưởng kinh tế bình quân 5 năm đạt 7,5 - 8%/năm; (2) GRDP"
        " bình quân đầu người đến năm 2025 đạt 120 triệu đồng. Về văn hóa - xã hội: (3) Tỷ lệ hộ nghèo giảm bình"
        " quân 1,5%/năm; (4) Tỷ lệ lao động qua đào tạo đạt 75%."
    )
    assert group_names(parsed) == ["Về kinh tế", "Về văn hóa - xã hội"]
    assert [(t["label"], t["group"]) for t in parsed["targets"]] == [
        ("(1)", 0),
        ("(2)", 0),
        ("(3)", 1),
        ("(4)", 1),
    ]


def test_the_item_after_one_with_parts_is_the_next_target_not_another_part():
    parsed = parse_targets(
        "(2) Cơ cấu kinh tế năm 2025:\n- Dịch vụ từ 65,0 đến 65,5%;\n- Nông, lâm nghiệp và thủy sản từ 1,4 đến 1,6%.\n"
        "(3) GRDP bình quân/người đạt từ 8.300 đến 8.500 USD.\n"
        "(4) Tỷ lệ huyện đạt chuẩn NTM 100%; tỷ lệ xã đạt chuẩn NTM nâng cao 40%.\n"
        "(5) Tỷ lệ đô thị hóa từ 60 đến 62%."
    )
    assert shape(parsed) == [
        ("(2)", None, [Decimal(65), Decimal("1.4")]),
        ("(3)", Decimal(8300), []),
        ("(4)", None, [Decimal(100), Decimal(40)]),
        ("(5)", Decimal(60), []),
    ]
    structure = parsed["targets"][0]
    assert structure["confidence"]["value"] == 1.0  # a heading has no figure of its own, and that is sure


def test_numbered_group_headings_written_nhom_n_are_groups():
    parsed = parse_targets(
        "Nhóm 1: Kinh tế (2 chỉ tiêu)\n1. Tốc độ tăng trưởng kinh tế 8%/năm.\n2. Thu nhập bình quân 60 triệu đồng.\n"
        "Nhóm 2: Văn hóa - xã hội\n3. Tỷ lệ hộ nghèo dưới 2%."
    )
    assert [(g["label"], g["name"], g["declared_count"]) for g in parsed["groups"]] == [
        ("Nhóm 1", "Kinh tế", 2),
        ("Nhóm 2", "Văn hóa - xã hội", None),
    ]
    assert [t["group"] for t in parsed["targets"]] == [0, 0, 1]


def test_the_document_header_is_no_group_and_the_tasks_after_the_list_are_no_targets():
    parsed = parse_targets(
        "ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG BỘ XÃ TÂN THÀNH\n1. Tốc độ tăng trưởng kinh tế 8%/năm.\n"
        "2. Chương trình xây dựng nông thôn mới hoàn thành trước năm 2028.\n3. Tỷ lệ hộ nghèo dưới 2%.\n"
        "II. NHIỆM VỤ, GIẢI PHÁP\n1. Tập trung phát triển kinh tế, phấn đấu tăng 5%."
    )
    assert parsed["groups"] == []
    assert [t["label"] for t in parsed["targets"]] == ["1.", "2.", "3."]
    assert parsed["targets"][1]["deadline_year"] == 2027  # "trước năm 2028"; a programme is no dated document


def test_word_numbering_and_indents_pasted_as_tabs_are_labels_not_tables():
    parsed = parse_targets(
        "\tI.\tVề kinh tế\n1.\tTốc độ tăng trưởng kinh tế bình quân 8%/năm, trong đó:\n\t-\tNông nghiệp tăng 3%/năm;\n"
        "2.\tThu nhập bình quân đầu người đạt 60 triệu đồng.\n"
    )
    assert group_names(parsed) == ["Về kinh tế"]
    assert shape(parsed) == [("1.", Decimal(8), [Decimal(3)]), ("2.", Decimal(60), [])]
