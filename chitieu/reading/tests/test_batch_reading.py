"""`chitieu extract FILE [FILE ...] --out DIR` reads many articles in one process, one JSON per input; a file that
cannot be read is named in Vietnamese, the others are still written, and the exit status says something failed."""

import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest

from chitieu.reading.__main__ import main
from chitieu.reading.batch import extract_files

ARTICLE = "Lễ hội thu hút hơn hai mươi nghìn lượt khách, tăng 15% so với năm trước."
REPORT = "Thu ngân sách đạt 45,2 tỷ đồng, đạt 104,3% dự toán. Đến nay 8/10 chỉ tiêu đạt và vượt kế hoạch."


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    articles = tmp_path / "bai-bao"
    articles.mkdir()
    (articles / "le-hoi.txt").write_text(ARTICLE, encoding="utf-8")
    (articles / "bao-cao.txt").write_text(REPORT, encoding="utf-8")
    (articles / "ghi-chu.md").write_text("không đọc", encoding="utf-8")
    return articles


def test_it_writes_one_json_per_file_of_a_folder(folder, tmp_path):
    out = tmp_path / "ket-qua"
    assert extract_files([folder], out, StringIO()) == []
    assert sorted(p.name for p in out.iterdir()) == ["bao-cao.txt.json", "le-hoi.txt.json"]
    festival = json.loads((out / "le-hoi.txt.json").read_text(encoding="utf-8"))
    assert [(c["value"], c["unit"], c["change_pct"]) for c in festival["claims"]] == [
        (20, "nghìn lượt khách", 15)
    ]
    report = json.loads((out / "bao-cao.txt.json").read_text(encoding="utf-8"))
    assert [(c["total"], c["met"]) for c in report["counts"]] == [(10, 8)]


def test_it_reads_files_named_one_by_one(folder, tmp_path):
    out = tmp_path / "ket-qua"
    assert main([str(folder / "le-hoi.txt"), str(folder / "bao-cao.txt"), "--out", str(out)]) == 0
    assert len(list(out.glob("*.json"))) == 2


def test_one_file_without_out_prints_its_json(folder):
    stdout = StringIO()
    assert extract_files([folder / "bao-cao.txt"], None, stdout) == []
    assert json.loads(stdout.getvalue())["claims"][0]["value"] == 45.2


def test_many_files_need_a_folder_to_write_to(folder):
    assert extract_files([folder], None, StringIO()) == [
        "Đọc nhiều tệp (hoặc một thư mục) cần --out THƯ_MỤC để ghi kết quả từng tệp."
    ]


def test_a_damaged_or_empty_file_is_named_and_the_others_are_written(folder, tmp_path):
    (folder / "rong.docx").write_bytes(b"")
    (folder / "hong.docx").write_bytes(b"day khong phai tep Word")
    (folder / "sai-ma.txt").write_bytes("Thu ngân sách".encode("utf-16"))
    out = tmp_path / "ket-qua"
    errors = extract_files([folder, folder / "khong-co.txt"], out, StringIO())
    assert errors == [
        f"Không đọc được “{folder / 'hong.docx'}”: Không mở được tệp Word: tệp hỏng hoặc không đúng định dạng.",
        f"Không đọc được “{folder / 'rong.docx'}”: Không mở được tệp Word: tệp hỏng hoặc không đúng định dạng.",
        f"Không đọc được “{folder / 'sai-ma.txt'}”: tệp .txt phải được lưu với mã UTF-8.",
        f"Không tìm thấy tệp “{folder / 'khong-co.txt'}”.",
    ]
    assert sorted(p.name for p in out.iterdir()) == ["bao-cao.txt.json", "le-hoi.txt.json"]


def test_the_command_line_fails_in_vietnamese_without_a_traceback(tmp_path):
    broken = tmp_path / "bao-cao.docx"
    broken.write_bytes(b"")
    done = subprocess.run(
        [sys.executable, "-c", "from chitieu.cli import main; main()", "extract", str(broken)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "Không mở được tệp Word" in done.stderr and "Traceback" not in done.stderr
    assert done.stdout == ""
