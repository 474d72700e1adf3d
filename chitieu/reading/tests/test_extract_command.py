"""`chitieu extract FILE` prints the contract's JSON for a report written in Vietnamese."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command


def test_it_prints_claims_and_counts_for_a_text_file(tmp_path):
    report = tmp_path / "bao-cao.txt"
    report.write_text(
        "Thu ngân sách nhà nước trên địa bàn đạt 45,2 tỷ đồng, đạt 104,3% dự toán tỉnh giao. "
        "Đến nay 8/10 chỉ tiêu đạt và vượt kế hoạch.",
        encoding="utf-8",
    )
    out = StringIO()
    call_command("extract", str(report), stdout=out)
    result = json.loads(out.getvalue())
    text = report.read_text(encoding="utf-8")
    budget = next(c for c in result["claims"] if c["value"] == 45.2)
    assert budget["unit"] == "tỷ đồng" and budget["achievement_pct"] == 104.3
    assert text[budget["span"][0] : budget["span"][1]] == budget["text"]
    assert [(c["total"], c["met"]) for c in result["counts"]] == [(10, 8)]


def test_it_names_a_missing_file_clearly(tmp_path):
    with pytest.raises(CommandError, match="Không tìm thấy tệp"):
        call_command("extract", str(tmp_path / "khong-co.txt"))
