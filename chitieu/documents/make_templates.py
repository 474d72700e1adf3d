"""Write the two template documents once: `party.docx` (Hướng dẫn 36-HD/VPTW) and `state.docx` (Nghị định
30/2020/NĐ-CP). The committed .docx files are what a domain expert edits afterwards in Word or LibreOffice;
run this again only to start over (it overwrites them):

    .venv/bin/python -m chitieu.documents.make_templates

Placeholders (`{{so_hieu}}`…) keep the formatting of the text around them; a paragraph holding only a block
placeholder (`{{noi_dung}}`, `{{noi_nhan}}`, `{{phu_luc}}`, `{{bieu_do}}`) is replaced by the generated
paragraphs or table, which take that paragraph's formatting. docs/documents.md lists every placeholder.
"""

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from chitieu.documents.ooxml import bottom_rule, element, mark_size, place, table_borders

FONT = "Times New Roman"
HERE = Path(__file__).resolve().parent / "templates_docx"
CENTER, JUSTIFY = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY
# Official margins: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm; A4.
MARGINS = {"top_margin": Mm(20), "bottom_margin": Mm(20), "left_margin": Mm(30), "right_margin": Mm(15)}


def _base() -> Document:
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(14)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT)
    normal.element.get_or_add_rPr().append(element("w:lang", val="vi-VN"))
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for name, value in MARGINS.items():
        setattr(section, name, value)
    _page_numbers(section)
    return document


def _page_numbers(section) -> None:
    """Page numbers at the top centre from the second page on (both rules ask for it)."""
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = CENTER
    field = element("w:fldSimple", instr="PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _line(container, text: str, size: float, *, bold=False, italic=False, underline=False, align=CENTER):
    paragraph = container.add_paragraph()
    paragraph.alignment = align
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.bold, run.italic, run.underline = bold, italic, underline
    return paragraph


def _rule(container, indent_mm: float) -> None:
    """A solid line, shortened by equal indents: under the party title, the motto, a body's name, a subject."""
    paragraph = _line(container, "", 2)
    paragraph.paragraph_format.left_indent = Mm(indent_mm)
    paragraph.paragraph_format.right_indent = Mm(indent_mm)
    bottom_rule(paragraph)
    mark_size(paragraph, 4)


def _two_columns(document, left_mm: float, right_mm: float):
    table = document.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    table_borders(table, "nil")
    # The header and the signature block stay on one page.
    place(table.rows[0]._tr.get_or_add_trPr(), element("w:cantSplit"))
    for column, width in zip(table.columns, (Mm(left_mm), Mm(right_mm)), strict=True):
        column.width = width
        for cell in column.cells:
            cell.width = width
    left, right = table.rows[0].cells
    # A new cell holds one empty paragraph; the first line goes into it.
    left._tc.remove(left.paragraphs[0]._p)
    right._tc.remove(right.paragraphs[0]._p)
    return left, right


def _body(document) -> None:
    paragraph = document.add_paragraph("{{noi_dung}}")
    paragraph.alignment = JUSTIFY
    paragraph.paragraph_format.first_line_indent = Mm(12.7)
    paragraph.paragraph_format.space_before = Pt(6)
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
    paragraph.paragraph_format.line_spacing = 1.15
    paragraph.runs[0].font.size = Pt(14)


def _annex(document) -> None:
    """A landscape section for the annex table and the chart."""
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for name, value in MARGINS.items():
        setattr(section, name, value)
    _line(document, "PHỤ LỤC", 14, bold=True)
    _line(document, "{{tieu_de_phu_luc}}", 13, bold=True)
    _line(document, "{{kem_theo}}", 13, italic=True).paragraph_format.space_after = Pt(6)
    _line(document, "{{phu_luc}}", 10, align=WD_ALIGN_PARAGRAPH.LEFT)
    note = _line(document, "{{ghi_chu_phu_luc}}", 11, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT)
    note.paragraph_format.space_before = Pt(3)
    title = _line(document, "Số chỉ tiêu thành phần theo kết quả đánh giá", 12, bold=True)
    title.paragraph_format.space_before = Pt(12)
    title.paragraph_format.keep_with_next = True
    _line(document, "{{bieu_do}}", 11, align=WD_ALIGN_PARAGRAPH.LEFT)


def party() -> Document:
    document = _base()
    left, right = _two_columns(document, 75, 90)
    _line(left, "{{co_quan_cap_tren}}", 14)
    _line(left, "{{co_quan_ban_hanh}}", 14, bold=True)
    _line(left, "*", 14)
    _line(left, "Số {{so_hieu}}", 14)
    _line(right, "ĐẢNG CỘNG SẢN VIỆT NAM", 15, bold=True)
    _rule(right, 8)
    _line(right, "", 12)
    _line(right, "{{dia_danh_ngay}}", 14, italic=True)
    _line(document, "", 14)
    _line(document, "BÁO CÁO", 16, bold=True).paragraph_format.space_before = Pt(12)
    _line(document, "{{trich_yeu}}", 14, bold=True)
    _line(document, "-----", 14).paragraph_format.space_after = Pt(6)
    _body(document)
    _line(document, "", 14)
    left, right = _two_columns(document, 80, 85)
    _line(left, "Nơi nhận:", 14, underline=True, align=WD_ALIGN_PARAGRAPH.LEFT)
    _line(left, "{{noi_nhan}}", 12, align=WD_ALIGN_PARAGRAPH.LEFT)
    _line(right, "{{tm_ky}}", 14, bold=True)
    _line(right, "{{chuc_vu_ky}}", 14, bold=True)
    for _ in range(4):
        _line(right, "", 14)
    _line(right, "{{nguoi_ky}}", 14, bold=True)
    _annex(document)
    return document


def state() -> Document:
    document = _base()
    left, right = _two_columns(document, 62, 103)
    _line(left, "{{co_quan_ban_hanh}}", 13, bold=True)
    _rule(left, 18)
    _line(left, "", 12)
    _line(left, "Số: {{so_hieu}}", 13)
    _line(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, bold=True)
    _line(right, "Độc lập - Tự do - Hạnh phúc", 13, bold=True)
    _rule(right, 21)
    _line(right, "", 12)
    _line(right, "{{dia_danh_ngay}}", 14, italic=True)
    _line(document, "", 14)
    _line(document, "BÁO CÁO", 14, bold=True).paragraph_format.space_before = Pt(12)
    subject = _line(document, "{{trich_yeu}}", 14, bold=True)
    subject.paragraph_format.space_after = Pt(6)
    _rule(document, 60)
    _line(document, "", 6)
    _body(document)
    _line(document, "", 14)
    left, right = _two_columns(document, 80, 85)
    _line(left, "Nơi nhận:", 12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT)
    _line(left, "{{noi_nhan}}", 11, align=WD_ALIGN_PARAGRAPH.LEFT)
    _line(right, "{{tm_ky}}", 14, bold=True)
    _line(right, "{{chuc_vu_ky}}", 14, bold=True)
    for _ in range(4):
        _line(right, "", 14)
    _line(right, "{{nguoi_ky}}", 14, bold=True)
    _annex(document)
    return document


def main() -> None:
    HERE.mkdir(exist_ok=True)
    for name, build in (("party", party), ("state", state)):
        path = HERE / f"{name}.docx"
        build().save(path)
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
