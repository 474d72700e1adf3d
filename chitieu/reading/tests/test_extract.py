"""The extractor as a whole: the contract's JSON shape, spans into the text as given, and the command line."""

import json
import sys
import unicodedata
from pathlib import Path

import pytest

from chitieu.reading import extract, to_json
from chitieu.reading.__main__ import main
from chitieu.reading.extract import read_text

SEEDS = Path("/work/shared/seeds")
CLAIM_KEYS = {
    "span",
    "text",
    "indicator",
    "value",
    "unit",
    "qualifier",
    "target",
    "total",
    "achievement_pct",
    "plan_source",
    "achievements",
    "change_pct",
    "kind",
}
COUNT_KEYS = {"span", "text", "total", "met", "classes"}


def assert_contract_shape(text: str, result: dict) -> None:
    assert set(result) == {"claims", "counts"}
    for item in result["claims"]:
        assert CLAIM_KEYS <= set(item)
        assert item["kind"] in ("actual", "target", "other")
        assert isinstance(item["value"], (int, float))
        for achievement in item["achievements"] or []:
            assert set(achievement) == {"pct", "plan_source"}
    for item in result["counts"]:
        assert COUNT_KEYS <= set(item)
    for item in [*result["claims"], *result["counts"]]:
        start, end = item["span"]
        assert 0 <= start < end <= len(text)
        assert text[start:end] == item["text"]


def test_it_prints_numbers_as_plain_json_numbers():
    printed = json.loads(to_json(extract("Thu nhập đạt 32,29 triệu đồng, có 12/13 xã đạt chuẩn.")))
    assert_contract_shape("Thu nhập đạt 32,29 triệu đồng, có 12/13 xã đạt chuẩn.", printed)
    assert [c["value"] for c in printed["claims"]] == [32.29, 12]


def test_it_gives_spans_into_decomposed_text_as_given():
    text = unicodedata.normalize("NFD", "Tỷ lệ hộ nghèo giảm còn 4,5%; thu nhập đạt 45 triệu đồng.")
    result = json.loads(to_json(extract(text)))
    assert_contract_shape(text, result)
    assert [c["unit"] for c in result["claims"]] == ["%", "triệu đồng"]


def test_it_reads_an_empty_text():
    assert extract("") == {"claims": [], "counts": []}


def test_the_command_prints_the_json_of_a_text_file(tmp_path, capsys):
    path = tmp_path / "bao-cao.txt"
    path.write_text("Toàn huyện có 23 sản phẩm OCOP, 9/9 chỉ tiêu đạt và vượt.", encoding="utf-8")
    assert main([str(path)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["claims"][0]["indicator"] == "sản phẩm OCOP"
    assert printed["counts"][0]["total"] == 9


def test_it_says_clearly_that_docx_needs_python_docx(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(SystemExit, match="python-docx"):
        read_text(tmp_path / "bao-cao.docx")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed articles are not on this machine")
@pytest.mark.parametrize("name", sorted(p.name for p in SEEDS.glob("*.txt")) if SEEDS.is_dir() else [])
def test_each_seed_article_gives_output_in_the_contracts_shape(name):
    text = (SEEDS / name).read_text(encoding="utf-8")
    result = json.loads(to_json(extract(text)))
    assert_contract_shape(text, result)
    assert result["claims"]
