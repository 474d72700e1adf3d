"""The template documents a domain expert edits: every placeholder is known, and filling keeps formatting."""

from io import BytesIO

import pytest
from docx import Document

from chitieu.documents import report, word
from chitieu.documents.annex import Annex
from chitieu.documents.models import Body
from chitieu.documents.tests.conftest import make_draft, office_user
from chitieu.plans.models import Resolution

BLOCKS = {"noi_dung", "noi_nhan", "phu_luc", "bieu_do"}
EMPTY_ANNEX = Annex(
    title="", years=[], estimate_year=None, forecast_on=False, lines=[], status_counts=[], illustrative=False
)


def placeholders(path) -> set[str]:
    document = Document(str(path))
    return {match for p in word._paragraphs(document) for match in word.PLACEHOLDER.findall(p.text)}


@pytest.mark.django_db
@pytest.mark.parametrize("body", [Body.PARTY, Body.STATE])
def test_each_template_holds_every_placeholder_and_nothing_unknown(body, world):
    draft = make_draft(world.phu_luong_resolution, office_user(world.phu_luong), body=body)
    known = set(report.placeholder_values(draft, report.draft_issuer(draft), EMPTY_ANNEX)) | BLOCKS
    found = placeholders(word.template_path(body))
    # A People's Committee has no superior body in its header (Nghị định 30/2020).
    expected = known - {"co_quan_cap_tren"} if body == Body.STATE else known
    assert found == expected


def test_a_block_placeholder_stands_alone_in_its_paragraph():
    for body in (Body.PARTY, Body.STATE):
        document = Document(str(word.template_path(body)))
        for paragraph in word._paragraphs(document):
            for name in set(word.PLACEHOLDER.findall(paragraph.text)) & BLOCKS:
                assert paragraph.text.strip() == "{{" + name + "}}"


def test_a_placeholder_split_by_word_takes_the_formatting_where_it_starts():
    document = Document()
    paragraph = document.add_paragraph()
    first = paragraph.add_run("Số {{so_")
    first.bold = True
    paragraph.add_run("hieu}} ngày")
    word._fill(paragraph, {"so_hieu": "53-BC/HU"})
    assert [(run.text, run.bold) for run in paragraph.runs] == [("Số 53-BC/HU", True), (" ngày", None)]


def test_an_unknown_placeholder_is_left_for_the_expert_to_see():
    document = Document()
    paragraph = document.add_paragraph("{{so_hieu}} {{chua_co}}")
    word._fill(paragraph, {"so_hieu": "01-BC/HU"})
    assert paragraph.text == "01-BC/HU {{chua_co}}"


@pytest.mark.django_db
def test_a_provincial_committee_has_no_line_above_its_name(world):
    resolution = Resolution.objects.create(
        locality=world.thai_nguyen,
        term=world.term,
        title="Nghị quyết Đại hội Đảng bộ tỉnh Thái Nguyên lần thứ XX",
    )
    draft = make_draft(resolution, office_user(world.thai_nguyen))
    document = Document(BytesIO(report.docx_bytes(draft)))
    left = document.tables[0].rows[0].cells[0]
    assert [p.text for p in left.paragraphs] == [
        "TỈNH ỦY THÁI NGUYÊN",
        "*",
        "Số \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-BC/TU",
    ]
