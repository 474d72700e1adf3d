"""The engine stays pure and documented: no Django, no clock, no float; every rule named in docs/evaluation.md."""

import ast
from enum import Enum
from pathlib import Path

import pytest

from chitieu.evaluation.engine import RollupRule, Status, TargetKind, ValueForm

ENGINE = Path(__file__).resolve().parent.parent / "engine"
DOC = Path(__file__).resolve().parents[3] / "docs" / "evaluation.md"


def modules() -> list[Path]:
    return sorted(ENGINE.glob("*.py"))


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", modules(), ids=lambda p: p.name)
def test_the_engine_imports_no_django_and_no_other_app(path: Path) -> None:
    for name in imported(path):
        assert not name.startswith("django"), name
        assert not name.startswith("chitieu.") or name == "chitieu.core.numbers", name


@pytest.mark.parametrize("path", modules(), ids=lambda p: p.name)
def test_the_engine_reads_no_clock_and_makes_no_float(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            assert node.func.attr not in {"today", "now", "utcnow"}, f"{path.name}:{node.lineno}"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            assert node.func.id != "float", f"{path.name}:{node.lineno}"


@pytest.mark.parametrize("path", modules(), ids=lambda p: p.name)
def test_every_engine_module_has_a_one_line_docstring(path: Path) -> None:
    docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
    assert docstring and "\n" not in docstring


@pytest.mark.parametrize("enum", [TargetKind, ValueForm, RollupRule, Status], ids=lambda e: e.__name__)
def test_the_rule_book_names_every_kind_form_rule_and_status(enum: type[Enum]) -> None:
    text = DOC.read_text(encoding="utf-8")
    for member in enum:
        assert f"`{member.name}`" in text, f"{enum.__name__}.{member.name} is not in docs/evaluation.md"


def flag_codes() -> set[str]:
    tree = ast.parse((ENGINE / "flags.py").read_text(encoding="utf-8"))
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "Flag"
        and isinstance(node.args[0], ast.Constant)
    }


def test_the_rule_book_names_every_flag() -> None:
    text = DOC.read_text(encoding="utf-8")
    codes = flag_codes()
    assert codes == {
        "ratio_over_300",
        "counts_do_not_add_up",
        "declared_count_differs",
        "percent_over_100",
        "jump",
        "estimate_not_replaced",
    }
    for code in codes:
        assert f"`{code}`" in text
