"""`chitieu parse-targets FILE` prints a resolution's target list as JSON, from a .txt or a .docx."""

import json
from io import StringIO
from pathlib import Path

import docx
import pytest
from django.core.management import CommandError, call_command

LIST = Path(__file__).parent / "data" / "chi-tieu-huyen.txt"


def test_it_prints_groups_targets_and_warnings_for_a_text_file():
    out = StringIO()
    call_command("parse_targets", str(LIST), stdout=out)
    result = json.loads(out.getvalue())
    assert len(result["groups"]) == 4 and len(result["targets"]) == 17
    poverty = result["targets"][7]
    assert (poverty["label"], poverty["value"], poverty["kind"]) == ("8.", 1.5, "point_change")
    assert set(poverty["confidence"]) >= {"value", "unit", "form", "kind", "direction", "deadline_year"}
    assert "Nhóm IV khai báo 3 chỉ tiêu nhưng tìm thấy 2." in result["warnings"]


def test_it_reads_a_word_document(tmp_path):
    document = docx.Document()
    document.add_paragraph("I. Về kinh tế (2 chỉ tiêu)")
    document.add_paragraph("1. Thu nhập bình quân đầu người đến năm 2025 đạt 60 triệu đồng/người/năm.")
    document.add_paragraph("2. Huyện đạt chuẩn nông thôn mới trước năm 2025.")
    path = tmp_path / "nghi-quyet.docx"
    document.save(str(path))
    out = StringIO()
    call_command("parse_targets", str(path), stdout=out)
    result = json.loads(out.getvalue())
    assert [t["form"] for t in result["targets"]] == ["exact", "yes_no"] and result["warnings"] == []


def test_it_names_a_missing_file_clearly(tmp_path):
    with pytest.raises(CommandError, match="Không tìm thấy tệp"):
        call_command("parse_targets", str(tmp_path / "khong-co.txt"))
