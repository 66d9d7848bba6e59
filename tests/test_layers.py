"""The house points one way: files -> loader -> models/dataset -> rules/progress/checks ->
services -> render -> cli. Each module's imports of q2030 are read with `ast`, at module
level and inside functions alike (a function-level import may load lazily, never dodge a
loop): none may point up a layer, and no two modules may import each other, even
through others."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

PACKAGE = REPO / "q2030"

# Lowest first. A module may import modules of its own layer (without a cycle) or below.
LAYERS: list[set[str]] = [
    {
        "q2030",
        "q2030.statuses",
        "q2030.i18n",
        "q2030.escaping",
        "q2030.periods",
        "q2030.values",
        "q2030.interrupts",
    },
    {"q2030.errors"},
    {"q2030.datadir", "q2030.models", "q2030.series"},
    {"q2030.bulk_reader", "q2030.fast_reader", "q2030.loader", "q2030.fsio", "q2030.settings"},
    {"q2030.dataset"},
    {"q2030.rules", "q2030.progress", "q2030.insertion"},
    {
        "q2030.checks",
        "q2030.checks.plan_calendar",
        "q2030.checks.commitments",
        "q2030.checks.reading_values",
        "q2030.checks.readings_files",
        "q2030.checks.references",
        "q2030.checks.stale_readings",
        "q2030.checks.unique_ids",
    },
    {"q2030.repository"},
    {
        "q2030.overview",
        "q2030.owed",
        "q2030.exchange",
        "q2030.ods",
        "q2030.cell_notes",
        "q2030.sheet_layout",
        "q2030.recording",
        "q2030.history",
        "q2030.scaffold",
        "q2030.branch",
        "q2030.printing",
    },
    {
        "q2030.render",
        "q2030.render.text",
        "q2030.render.problems",
        "q2030.render.status_data",
        "q2030.render.outcome",
        "q2030.render.diff",
        "q2030.render.table",
        "q2030.render.status_table",
        "q2030.render.chart",
        "q2030.render.textwidth",
        "q2030.render.badges",
        "q2030.render.summary",
        "q2030.render.due",
        "q2030.render.request",
        "q2030.render.status_sheet",
        "q2030.render.remind",
        "q2030.render.report",
    },
    {"q2030.arguments", "q2030.cli_words", "q2030.cli"},
    {"q2030.entry", "q2030.__main__"},
]
LAYER_OF = {module: index for index, layer in enumerate(LAYERS) for module in layer}


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> list[tuple[str, int, bool]]:
    """(module imported, line, inside a function) for each import of a q2030 module."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    functions = [
        node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    ]
    nested = {id(child) for function in functions for child in ast.walk(function)}
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # "from q2030 import x" names the module q2030.x when x is one
            names = [
                f"{node.module}.{alias.name}"
                if f"{node.module}.{alias.name}" in LAYER_OF
                else node.module
                for alias in node.names
            ]
        for name in names:
            if name == "q2030" or name.startswith("q2030."):
                found.append((name, node.lineno, id(node) in nested))
    return found


def all_modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def test_every_module_has_a_layer() -> None:
    assert set(all_modules()) == set(LAYER_OF)


def test_no_import_points_up_a_layer() -> None:
    upward = []
    for module, path in all_modules().items():
        for imported, line, in_function in imports_of(path):
            if LAYER_OF[imported] > LAYER_OF[module]:
                where = "inside a function" if in_function else "at module level"
                upward.append(f"{module}:{line} imports {imported} {where}")
    assert upward == []


def test_no_import_loop() -> None:
    graph = {
        module: {imported for imported, _, _ in imports_of(path) if imported != module}
        for module, path in all_modules().items()
    }
    graph["q2030"] = set()  # the package itself: its version only

    def reaches(start: str, goal: str) -> bool:
        seen, stack = set(), list(graph[start])
        while stack:
            current = stack.pop()
            if current == goal:
                return True
            if current not in seen:
                seen.add(current)
                stack.extend(graph.get(current, ()))
        return False

    loops = sorted(
        f"{module} -> {imported}"
        for module, imported_modules in graph.items()
        for imported in imported_modules
        if reaches(imported, module)
    )
    assert loops == []


def test_the_test_notices_an_upward_import(tmp_path: Path) -> None:
    """The walk itself is checked on a sample: an import inside a function is seen."""
    sample = tmp_path / "sample.py"
    sample.write_text("import os\n\ndef f():\n    from q2030.cli import app\n    return app\n")
    assert imports_of(sample) == [("q2030.cli", 4, True)]


def test_machine_output_imports_no_rich() -> None:
    """`status --format json` needs neither Rich, nor the recorder, the spreadsheets or git."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from q2030.cli import app\n"
        "sys.argv = ['q2030', '--data', 'examples/demo', 'status', '--format', 'json']\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('rich', 'openpyxl')\n"
        "               or m in ('q2030.recording', 'q2030.exchange', 'q2030.history'))\n"
        "print(heavy, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stderr.strip() == "[]"
