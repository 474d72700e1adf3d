"""Fill a template document: replace `{{placeholders}}` keeping their formatting, and put the narrative, the
recipients, the annex table and the chart (a PNG, `chart.py`) where their block placeholders stand."""

import re
from collections.abc import Iterator, Mapping
from copy import deepcopy
from io import BytesIO
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Mm
from docx.text.paragraph import Paragraph

from chitieu.core.cells import printable
from chitieu.documents import chart, ooxml
from chitieu.documents.annex import Annex
from chitieu.documents.ooxml import Cell

TEMPLATES = Path(__file__).resolve().parent / "templates_docx"
PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")
HEADING = re.compile(r"^([IVXLC]+|\d+)\.\s+\S")
# A heading is short and does not end a sentence; "1. Năm 2023, huyện…" is a numbered paragraph.
HEADING_MAX = 160
CHART_WIDTH_CM = 15


def template_path(body: str) -> Path:
    return TEMPLATES / f"{body}.docx"


def render(
    template: Path,
    values: Mapping[str, str],
    *,
    body: list[str],
    recipients: list[str],
    annex: Annex,
) -> bytes:
    values = {name: printable(value) for name, value in values.items()}
    body, recipients = [printable(line) for line in body], [printable(line) for line in recipients]
    document = Document(str(template))
    for paragraph in list(_paragraphs(document)):
        _fill(paragraph, values)
    _insert_lines(document, "noi_dung", body, headings=True)
    _insert_lines(document, "noi_nhan", recipients, headings=False)
    _insert_table(document, "phu_luc", lambda: _annex_table(document, annex))
    _insert_chart(document, "bieu_do", annex)
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def _paragraphs(document: DocumentObject) -> Iterator[Paragraph]:
    """Every paragraph of the body, of tables at any depth, and of the headers and footers, once each (a merged
    cell appears in several rows)."""
    seen: set = set()  # the elements themselves: holding them keeps lxml's proxies, and their identity, alive

    def walk(container) -> Iterator[Paragraph]:
        for paragraph in container.paragraphs:
            if paragraph._p not in seen:
                seen.add(paragraph._p)
                yield paragraph
        for table in container.tables:
            for row in table.rows:
                for cell in row.cells:
                    yield from walk(cell)

    yield from walk(document)
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            if not part.is_linked_to_previous:
                yield from walk(part)


def _fill(paragraph: Paragraph, values: Mapping[str, str]) -> None:
    """Replace each known placeholder, even when Word has split it over several runs: the text goes into the
    run where the placeholder starts and keeps that run's formatting."""
    alone = PLACEHOLDER.fullmatch(paragraph.text.strip())
    while True:
        runs = paragraph.runs
        text = "".join(run.text for run in runs)
        match = next((m for m in PLACEHOLDER.finditer(text) if m.group(1) in values), None)
        if match is None:
            break
        start, end = match.span()
        offset = 0
        for run in runs:
            run_start, run_end = offset, offset + len(run.text)
            offset = run_end
            if run_end <= start or run_start >= end:
                continue
            before = run.text[: max(start - run_start, 0)]
            after = run.text[max(end - run_start, 0) :] if run_end > end else ""
            value = values[match.group(1)] if run_start <= start < run_end else ""
            run.text = before + value + after
    if alone and alone.group(1) in values and not values[alone.group(1)] and not _has_section(paragraph):
        # A line that only held an empty value ("{{co_quan_cap_tren}}" of a provincial committee) goes away,
        # unless it is the last paragraph of a table cell, which must keep one.
        parent = paragraph._p.getparent()
        if len(parent.findall(qn("w:p"))) > 1:
            parent.remove(paragraph._p)


def _has_section(paragraph: Paragraph) -> bool:
    properties = paragraph._p.pPr
    return properties is not None and properties.sectPr is not None


def _block(document: DocumentObject, name: str) -> Paragraph | None:
    for paragraph in _paragraphs(document):
        match = PLACEHOLDER.fullmatch(paragraph.text.strip())
        if match and match.group(1) == name:
            return paragraph
    return None


def _remove(anchor: Paragraph) -> None:
    if _has_section(anchor):
        for run in anchor.runs:
            run._r.getparent().remove(run._r)
    else:
        anchor._p.getparent().remove(anchor._p)


def _insert_lines(document: DocumentObject, name: str, lines: list[str], *, headings: bool) -> None:
    """One paragraph per line, formatted like the placeholder's paragraph and its first run."""
    anchor = _block(document, name)
    if anchor is None:
        return
    paragraph_format = anchor._p.pPr
    run_format = anchor.runs[0]._r.rPr if anchor.runs else None
    for line in lines:
        paragraph = anchor.insert_paragraph_before()
        if paragraph_format is not None:
            copied = deepcopy(paragraph_format)
            if copied.sectPr is not None:
                copied.remove(copied.sectPr)
            paragraph._p.insert(0, copied)
        run = paragraph.add_run(line)
        if run_format is not None:
            run._r.insert(0, deepcopy(run_format))
        if headings and _is_heading(line):
            run.bold = True
            paragraph.paragraph_format.keep_with_next = True
    _remove(anchor)


def _is_heading(line: str) -> bool:
    return (
        bool(HEADING.match(line)) and len(line) <= HEADING_MAX and not line.rstrip().endswith((".", ":", ";"))
    )


def _insert_table(document: DocumentObject, name: str, build) -> None:
    anchor = _block(document, name)
    if anchor is None:
        return
    anchor._p.addprevious(build())
    _remove(anchor)


def _section_width_mm(document: DocumentObject) -> float:
    """The text width of the last section (the annex's)."""
    section = document.sections[-1]
    return (section.page_width - section.left_margin - section.right_margin) / Mm(1)


def _annex_table(document: DocumentObject, annex: Annex):
    years = len(annex.years)
    # STT, ĐVT, Chỉ tiêu NQ, each year, Bình quân / Lũy kế, So với NQ, Dự báo, Đánh giá, Đơn vị chủ trì (mm);
    # the name takes what is left.
    fixed = [12, 15, 24] + [16] * years + [17, 15, 19, 17, 26]
    widths = [fixed[0], max(_section_width_mm(document) - sum(fixed), 40), *fixed[1:]]
    numeric = range(4, 4 + years + 2)  # the years, Bình quân / Lũy kế, So với NQ
    rows = [[Cell(text, bold=True, align="center", fill="EEF1F6") for text in annex.headers]]
    for line in annex.lines:
        if line.is_group:
            rows.append(
                [
                    Cell(line.label, bold=True, align="center"),
                    Cell(line.name, bold=True, span=len(widths) - 1),
                ]
            )
            continue
        cells = []
        for index, text in enumerate(line.texts()):
            align = "right" if index in numeric else "center" if index in (0, 2) else "left"
            bold = line.has_parts or (line.depth == 0 and index == 1)
            cells.append(Cell(text, bold=bold, italic=line.depth > 0 and index == 1, align=align))
        rows.append(cells)
    return ooxml.table(widths, rows, size=10 if years <= 3 else 9, grid=True, header_rows=1)


def _insert_chart(document: DocumentObject, name: str, annex: Annex) -> None:
    """The chart as an inline picture in the placeholder's paragraph, centred; nothing when no component is
    evaluated."""
    anchor = _block(document, name)
    if anchor is None:
        return
    if not annex.status_counts:
        _remove(anchor)
        return
    for run in anchor._p.findall(qn("w:r")):
        anchor._p.remove(run)
    anchor.alignment = WD_ALIGN_PARAGRAPH.CENTER
    anchor.add_run().add_picture(BytesIO(chart.png(annex.status_counts)), width=Cm(CHART_WIDTH_CM))
