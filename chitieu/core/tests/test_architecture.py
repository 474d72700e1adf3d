"""The architecture, kept by tests rather than by memory: one writer for the guarded tables, and layers of apps
that import only downwards and never in a circle."""

import ast
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]  # the chitieu package

# Lower layers never import higher ones. Apps on one layer may use each other, but not both ways.
LAYERS = {
    "core": 0,
    "evaluation.engine": 0,  # the evaluation rules: pure functions over plain values
    "localities": 1,
    "accounts": 2,
    "plans": 3,
    "criteria": 3,
    "results": 4,
    "evaluation": 5,
    "reading": 5,
    "reports": 6,
    "documents": 6,
    "setup": 6,
    "api": 6,
    "scale": 7,
    "demo": 7,
}
TOP = 8  # settings, urls, the command line

# The tables only the write door (chitieu/results/door/) writes.
GUARDED = {
    "Observation",
    "ObservationRevision",
    "PlanValue",
    "PlanValueRevision",
    "Commentary",
    "Submission",
    "SubmissionEvent",
}
# Instances of those models, by the names the code gives them, whose .save() or .delete() would bypass the door.
GUARDED_INSTANCES = {"observation", "submission", "commentary", "plan", "plan_value", "revision", "event"}
WRITES = {
    "save",
    "delete",
    "update",
    "bulk_create",
    "bulk_update",
    "create",
    "get_or_create",
    "update_or_create",
}
RAW_SQL = ("results_observation", "plans_planvalue", "results_commentary", "results_submission")


def _sources(include_tests: bool = False):
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT).parts
        if "migrations" in parts or (not include_tests and ("tests" in parts or path.name == "conftest.py")):
            continue
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def _unit_of(module: str) -> str | None:
    """The layer unit of a dotted module under chitieu ("chitieu.evaluation.engine.status" → "evaluation.engine")."""
    parts = module.split(".")
    if parts[0] != "chitieu" or len(parts) < 2:
        return None
    if parts[1:3] == ["evaluation", "engine"]:
        return "evaluation.engine"
    return parts[1] if parts[1] in LAYERS else "(top)"


def _layer(unit: str | None) -> int:
    return LAYERS.get(unit, TOP) if unit else TOP


def _module_of(path: Path) -> str:
    return ".".join(("chitieu", *path.relative_to(ROOT).with_suffix("").parts))


def _imports(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("chitieu"):
            names = [alias.name for alias in node.names]
            yield (
                node.lineno,
                [node.module] + [f"{node.module}.{name}" for name in names if node.module == "chitieu"],
            )
        elif isinstance(node, ast.Import):
            yield node.lineno, [alias.name for alias in node.names if alias.name.startswith("chitieu")]


def _upward_imports() -> list[str]:
    found = []
    for path, tree in _sources():
        here = _unit_of(_module_of(path))
        for line, modules in _imports(tree):
            for module in modules:
                there = _unit_of(module)
                if there and there != here and _layer(there) > _layer(here):
                    found.append(f"{path.relative_to(ROOT)}:{line} ({here}) imports {module} ({there})")
    return found


def test_no_app_imports_an_app_above_it():
    assert _upward_imports() == []


def test_no_two_apps_import_each_other():
    edges: dict[str, set[str]] = defaultdict(set)
    for path, tree in _sources():
        here = _unit_of(_module_of(path))
        for _line, modules in _imports(tree):
            for module in modules:
                there = _unit_of(module)
                if there and here and there != here and "(top)" not in (here, there):
                    edges[here].add(there)
    circles = sorted({tuple(sorted((a, b))) for a in edges for b in edges[a] if a in edges.get(b, ())})
    assert circles == []


def _receiver_names(node: ast.AST) -> list[str]:
    """The names along a call's receiver chain: `Observation.objects.filter(x).delete` → [Observation, ...]."""
    names = []
    while True:
        if isinstance(node, ast.Attribute):
            names.append(node.attr)
            node = node.value
        elif isinstance(node, ast.Call):
            node = node.func
        elif isinstance(node, ast.Subscript):
            node = node.value
        else:
            break
    if isinstance(node, ast.Name):
        names.append(node.id)
    return names


def _writes_outside_the_door() -> list[str]:
    found = []
    for path, tree in _sources():
        relative = path.relative_to(ROOT)
        if relative.parts[:2] == ("results", "door"):
            continue
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in WRITES
            ):
                receiver = _receiver_names(node.func.value)
                if GUARDED & set(receiver) or (receiver and receiver[-1] in GUARDED_INSTANCES):
                    found.append(
                        f"{relative}:{node.lineno} {'.'.join(reversed(receiver))}.{node.func.attr}()"
                    )
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value.lower()
                if any(table in text for table in RAW_SQL) and ("insert" in text or "update" in text):
                    found.append(f"{relative}:{node.lineno} raw SQL writing a guarded table")
    return found


def test_only_the_write_door_writes_figures_plans_commentary_and_submissions():
    assert _writes_outside_the_door() == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Observation.objects.filter(pk=1).delete()", True),
        ("PlanValue.objects.update_or_create(target=t)", True),
        ("submission.save()", True),
        ("Submission.observations.through.objects.create()", True),
        ("Target.objects.filter(pk=1).delete()", False),
        ("observations = Observation.objects.filter(pk=1)", False),
    ],
)
def test_the_writer_convention_sees_what_it_must(tmp_path, monkeypatch, source, expected):
    package = tmp_path / "chitieu"
    (package / "reports").mkdir(parents=True)
    (package / "reports" / "sample.py").write_text(source + "\n", encoding="utf-8")
    monkeypatch.setattr(__import__(__name__, fromlist=["ROOT"]), "ROOT", package)
    assert bool(_writes_outside_the_door()) is expected


def _module_graph() -> dict[str, set[str]]:
    """Module → the chitieu modules it imports when it is loaded (imports inside functions are left out)."""
    graph: dict[str, set[str]] = {}
    known = {_module_of(path) for path, _tree in _sources()}
    for path, tree in _sources():
        here = _module_of(path)
        targets: set[str] = set()
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("chitieu"):
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    targets.add(full if full in known else node.module)
            elif isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names if alias.name in known)
        graph[here] = {target for target in targets if target in known and target != here}
    return graph


def test_no_module_imports_itself_through_others():
    graph = _module_graph()
    state: dict[str, int] = {}
    circles: list[list[str]] = []

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph.get(module, ())):
            if state.get(target) == 1:
                circles.append([*path[path.index(target) :], target] if target in path else [module, target])
            elif target not in state:
                visit(target, [*path, target])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert circles == []
