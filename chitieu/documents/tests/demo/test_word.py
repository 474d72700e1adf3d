"""The Word report of the demo Phú Lương mid-term review, opened again with python-docx: the header blocks of
Hướng dẫn 36-HD/VPTW and Nghị định 30/2020, the page, and every annex row against the engine."""

from io import BytesIO

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt
from PIL import Image

from chitieu.core.numbers import format_number
from chitieu.documents import chart, report, services, word
from chitieu.documents.models import Body
from chitieu.documents.queries import evaluate_for_report
from chitieu.documents.tests.conftest import MID_TERM_DAY, demo_resolution, make_draft, office_user
from chitieu.evaluation.display import forecast_text, is_due, status_text
from chitieu.evaluation.engine.definitions import TargetKind
from chitieu.evaluation.engine.wording import describe_target, num

pytestmark = pytest.mark.django_db


@pytest.fixture
def phu_luong():
    return demo_resolution("Phú Lương")


def open_docx(draft):
    return Document(BytesIO(report.docx_bytes(draft)))


def numbered(resolution, body=Body.PARTY):
    return services.assign_number(make_draft(resolution, office_user(resolution.locality), body=body))


def cell_lines(cell) -> list[tuple[str, bool, float | None, bool]]:
    """(text, bold, size in points, italic) of each non-empty paragraph, read from its first run."""
    lines = []
    for paragraph in cell.paragraphs:
        if paragraph.text.strip():
            run = paragraph.runs[0]
            lines.append(
                (
                    paragraph.text,
                    bool(run.bold),
                    run.font.size.pt if run.font.size else None,
                    bool(run.italic),
                )
            )
    return lines


def test_the_party_header_follows_huong_dan_36(phu_luong):
    document = open_docx(numbered(phu_luong))
    left, right = document.tables[0].rows[0].cells
    assert cell_lines(left) == [
        ("ĐẢNG BỘ TỈNH THÁI NGUYÊN", False, 14, False),
        ("HUYỆN ỦY PHÚ LƯƠNG", True, 14, False),
        ("*", False, 14, False),
        ("Số 01-BC/HU", False, 14, False),
    ]
    assert cell_lines(right) == [
        ("ĐẢNG CỘNG SẢN VIỆT NAM", True, 15, False),
        ("Phú Lương, ngày 15 tháng 10 năm 2023", False, 14, True),
    ]
    texts = [p.text for p in document.paragraphs]
    title = document.paragraphs[texts.index("BÁO CÁO")]
    assert title.runs[0].bold and title.runs[0].font.size == Pt(16)
    subject = document.paragraphs[texts.index("BÁO CÁO") + 1]
    assert subject.text == (
        "Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện Phú Lương lần thứ XXIV, "
        "nhiệm kỳ 2020-2025"
    )
    assert subject.runs[0].bold


def test_the_peoples_committee_header_follows_nghi_dinh_30(phu_luong):
    document = open_docx(numbered(phu_luong, Body.STATE))
    left, right = document.tables[0].rows[0].cells
    assert cell_lines(left) == [
        ("ỦY BAN NHÂN DÂN HUYỆN PHÚ LƯƠNG", True, 13, False),
        ("Số: 01/BC-UBND", False, 13, False),
    ]
    assert cell_lines(right) == [
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, 12, False),
        ("Độc lập - Tự do - Hạnh phúc", True, 13, False),
        ("Phú Lương, ngày 15 tháng 10 năm 2023", False, 14, True),
    ]
    signature = [line[0] for line in cell_lines(document.tables[1].rows[0].cells[1])]
    assert signature == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Hùng"]


def test_the_page_is_a4_in_times_new_roman_with_the_official_margins(phu_luong):
    document = open_docx(make_draft(phu_luong, office_user(phu_luong.locality)))
    portrait, annex = document.sections[0], document.sections[-1]
    assert (round(portrait.page_width.mm), round(portrait.page_height.mm)) == (210, 297)
    assert 20 <= round(portrait.top_margin.mm) <= 25 and 20 <= round(portrait.bottom_margin.mm) <= 25
    assert 30 <= round(portrait.left_margin.mm) <= 35 and 15 <= round(portrait.right_margin.mm) <= 20
    assert annex.orientation == WD_ORIENT.LANDSCAPE and round(annex.page_width.mm) == 297
    normal = document.styles["Normal"].font
    assert (normal.name, normal.size) == ("Times New Roman", Pt(14))


def test_the_body_is_the_edited_narrative_with_headings_in_bold(phu_luong):
    draft = make_draft(phu_luong, office_user(phu_luong.locality))
    services.save_edit(
        draft, text=draft.generated_text + "\nĐoạn Văn phòng viết thêm.", user=draft.created_by
    )
    draft.refresh_from_db()
    document = open_docx(draft)
    paragraphs = {p.text: p for p in document.paragraphs}
    assert "Đoạn Văn phòng viết thêm." in paragraphs
    heading = paragraphs["I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU"]
    assert heading.runs[0].bold
    summary = paragraphs[
        "Đến nay, 9/9 chỉ tiêu (21/25 chỉ tiêu thành phần) đạt và vượt mục tiêu của nghị quyết."
    ]
    assert not summary.runs[0].bold and summary.runs[0].font.size == Pt(14)
    assert not any("{{" in p.text for p in document.paragraphs)


def test_the_signature_block_names_the_committee_and_the_recipients(phu_luong):
    document = open_docx(make_draft(phu_luong, office_user(phu_luong.locality)))
    recipients, signature = document.tables[1].rows[0].cells
    assert [p.text for p in recipients.paragraphs if p.text] == [
        "Nơi nhận:",
        "- Ban Thường vụ Tỉnh ủy (b/c),",
        "- Các đồng chí Huyện ủy viên,",
        "- Lưu Văn phòng Huyện ủy.",
    ]
    assert [line[0] for line in cell_lines(signature)] == ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn Hùng"]


def test_every_annex_row_shows_the_engines_figures(phu_luong):
    document = open_docx(make_draft(phu_luong, office_user(phu_luong.locality)))
    table = document.tables[2]
    header = [cell.text for cell in table.rows[0].cells]
    assert header == [
        "STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ", "TH 2021", "TH 2022", "Ước TH 2023", "Bình quân / Lũy kế",
        "So với NQ (%)", "Dự báo cuối kỳ", "Đánh giá", "Đơn vị chủ trì",
    ]  # fmt: skip
    merged = [len(row._tr.tc_lst) == 2 for row in table.rows]  # a group heading: STT and the merged name
    groups = [row.cells[1].text for row, group in zip(table.rows, merged, strict=True) if group]
    assert groups == ["Kinh tế", "Văn hóa - xã hội", "Môi trường"]
    rows = [[c.text for c in row.cells] for row, group in zip(table.rows, merged, strict=True) if not group][
        1:
    ]
    result = evaluate_for_report(phu_luong, "mid-term", MID_TERM_DAY)
    assert len(rows) == len(result.rows) == 34
    band = result.config.near_band_pct
    for cells, row in zip(rows, result.rows, strict=True):
        definition, evaluation = row.definition, row.evaluation
        assert cells[0] == definition.label
        assert cells[1] == definition.name + (" (*)" if row.illustrative else "")
        assert cells[-2] == status_text(evaluation, band, is_due(definition, result.config, evaluation))
        assert cells[-3] == forecast_text(evaluation, band)  # what is met stays met, as the narrative counts
        lead = row.target.lead_agency
        assert cells[-1] == (lead.short_name or lead.name if lead else "")
        if definition.children:
            continue
        assert cells[2:4] == [definition.unit, describe_target(definition)]
        assert cells[8] == (
            format_number(evaluation.ratio_pct, 1) if evaluation.ratio_pct is not None else ""
        )
        if definition.kind in (TargetKind.GROWTH_RATE, TargetKind.POINT_CHANGE, TargetKind.CUMULATIVE):
            assert cells[7] == num(evaluation.actual)
        if definition.kind not in (TargetKind.GROWTH_RATE, TargetKind.POINT_CHANGE, TargetKind.YES_NO):
            by_year = evaluation.actual_by_year
            expected = [num(by_year[year]) if year in by_year else "" for year in (2021, 2022, 2023)]
            assert cells[4:7] == expected, definition.name


def test_the_annex_shows_each_years_growth_for_a_growth_target(phu_luong):
    """Giá trị sản xuất 10.500 (2020) → 11.660 (2021) → 12.950 (2022): +11,05% then +11,06%; bình quân 11,06%."""
    document = open_docx(make_draft(phu_luong, office_user(phu_luong.locality)))
    row = next(
        r for r in document.tables[2].rows if r.cells[1].text.startswith("Tốc độ tăng giá trị sản xuất")
    )
    assert [cell.text for cell in row.cells[2:9]] == [
        "%/năm",
        "10%/năm",
        "11,05",
        "11,06",
        "",
        "11,06",
        "110,6",
    ]
    ratio_row = next(
        r for r in document.tables[2].rows if r.cells[1].text.startswith("Tỷ lệ xã đạt chuẩn nông thôn")
    )
    assert ratio_row.cells[6].text in ("92,3", "92,31")  # the rate stated, or 12/13 computed
    assert [cell.text for cell in ratio_row.cells[7:9]] == ["", "102,6"]


def test_the_chart_counts_the_child_targets_by_status_in_a_png(phu_luong):
    draft = make_draft(phu_luong, office_user(phu_luong.locality))
    counts = report.annex_for(draft).status_counts
    # At mid-term (30/6/2023) the 2025 targets not reached yet are "chưa đạt", not a final "không đạt".
    assert [(label, count) for _, label, count in counts] == [("vượt", 3), ("đạt", 18), ("chưa đạt", 4)]
    document = open_docx(draft)
    assert len(document.tables) == 3  # the header blocks, the signature and the annex: the chart is a picture
    assert len(document.inline_shapes) == 1
    shape = document.inline_shapes[0]
    assert round(shape.width.cm) == word.CHART_WIDTH_CM
    part = document.part.related_parts[shape._inline.graphic.graphicData.pic.blipFill.blip.embed]
    assert part.content_type == "image/png"
    image = Image.open(BytesIO(part.blob)).convert("RGB")
    assert image.size == chart.layout(counts)[0]
    bars = chart.layout(counts)[1]
    assert [bar.label for bar in bars] == ["Vượt", "Đạt", "Chưa đạt"]
    for bar in bars:
        left, top, right, bottom = bar.box
        assert image.getpixel(((left + right) // 2, (top + bottom) // 2)) == bar.colour
    assert "{{bieu_do}}" not in "\n".join(p.text for p in document.paragraphs)
