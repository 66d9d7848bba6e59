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
        "q2030.i18n.names",
        "q2030.i18n.typography",
        "q2030.i18n.catalogue",
        *(
            f"q2030.i18n.catalogue.{domain}"
            for domain in (
                "checks",
                "cli",
                "columns",
                "files",
                "help",
                "history",
                "mail",
                "owed",
                "reasons",
                "record",
                "report",
                "scaffold",
                "sheets",
                "site",
                "statuses",
            )
        ),
        "q2030.escaping",
        "q2030.periods",
        "q2030.values",
        "q2030.interrupts",
        "q2030.choices",
    },
    {"q2030.errors"},
    {"q2030.datadir", "q2030.models", "q2030.series"},
    {"q2030.bulk_reader", "q2030.fast_reader", "q2030.loader", "q2030.fsio", "q2030.settings"},
    {"q2030.dataset"},
    {"q2030.rules", "q2030.progress", "q2030.insertion", "q2030.figures"},
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
        "q2030.commands",
        "q2030.commands.status",
        "q2030.commands.show",
        "q2030.commands.due",
        "q2030.commands.request",
        "q2030.commands.report",
        "q2030.commands.export",
        "q2030.commands.import_sheet",
        "q2030.commands.record",
        "q2030.commands.validate",
        "q2030.commands.diff",
        "q2030.commands.recover",
        "q2030.commands.init",
        "q2030.commands.site",
    },
    {
        "q2030.render",
        "q2030.render.text",
        "q2030.render.problems",
        "q2030.render.status_data",
        "q2030.render.outcome",
        "q2030.render.diff",
        "q2030.render.show_page",
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
        "q2030.render.site",
        *(
            f"q2030.render.site.{module}"
            for module in (
                "action",
                "assets",
                "downloads",
                "frame",
                "home",
                "operator",
                "parts",
                "plan_file",
            )
        ),
    },
    {"q2030.api"},
    {"q2030.arguments", "q2030.cli_words", "q2030.cli"},
    {"q2030.entry", "q2030.__main__"},
]
LAYER_OF = {module: index for index, layer in enumerate(LAYERS) for module in layer}


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def absolute(module: str, is_package: bool, node: ast.ImportFrom) -> str | None:
    """The module a `from ... import` in `module` names, a relative one (`from .cli import
    app`) resolved against the importing module's package."""
    if node.level == 0:
        return node.module
    package = module.split(".") if is_package else module.split(".")[:-1]
    base = package[: len(package) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def imports_of(path: Path) -> list[tuple[str, int, bool]]:
    """(module imported, line, inside a function) for each import of a q2030 module,
    relative imports resolved."""
    text = path.read_text(encoding="utf-8")
    return imports_in(text, module_name(path), path.name == "__init__.py")


def imports_in(text: str, module: str, is_package: bool) -> list[tuple[str, int, bool]]:
    """imports_of for a module's text."""
    found = []
    tree = ast.parse(text)
    functions = [
        node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    ]
    nested = {id(child) for function in functions for child in ast.walk(function)}
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and (source := absolute(module, is_package, node)):
            # "from q2030 import x" names the module q2030.x when x is one
            names = [
                f"{source}.{alias.name}" if f"{source}.{alias.name}" in LAYER_OF else source
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


def test_the_test_notices_an_upward_import() -> None:
    """The walk itself is checked on a sample: an import inside a function is seen."""
    sample = "import os\n\ndef f():\n    from q2030.cli import app\n    return app\n"
    assert imports_in(sample, "q2030.sample", False) == [("q2030.cli", 4, True)]


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


def test_a_relative_import_is_held_to_the_layers_too() -> None:
    """The hole the second house step closed: `from .cli import app` inside a function of
    progress.py was not seen."""
    text = "def f():\n    from .cli import app\n    from . import cli\n    from .. import x\n"
    found = imports_in(text, "q2030.progress", False)
    assert [(name, inside) for name, _, inside in found] == [
        ("q2030.cli", True),
        ("q2030.cli", True),
    ]
    assert LAYER_OF["q2030.cli"] > LAYER_OF["q2030.progress"]  # so it would be refused
    package = imports_in("from .status import Query\n", "q2030.commands", True)
    assert [name for name, _, _ in package] == ["q2030.commands.status"]


# Only fsio writes files: every other module's calls that write, found by reading the code
WRITING_CALLS = {
    "os": {"replace", "rename", "remove", "unlink", "rmdir", "chmod", "makedirs", "mkdir",
           "symlink", "link", "truncate", "open", "write"},
    "shutil": {"rmtree", "copy", "copy2", "copyfile", "copytree", "move"},
    "tempfile": {"mkdtemp", "mkstemp", "NamedTemporaryFile", "TemporaryDirectory"},
}  # fmt: skip
WRITING_METHODS = {"write_text", "write_bytes", "mkdir", "unlink", "rmdir", "chmod", "touch",
                   "symlink_to", "hardlink_to", "rename"}  # fmt: skip


def writes_in(path: Path) -> list[str]:
    """The calls of a module that write to files, with their lines."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        if isinstance(function, ast.Attribute):
            owner = function.value
            if isinstance(owner, ast.Name) and function.attr in WRITING_CALLS.get(owner.id, ()):
                found.append(f"{path.name}:{node.lineno} {owner.id}.{function.attr}")
            elif function.attr in WRITING_METHODS and not (
                isinstance(owner, ast.Name) and owner.id in WRITING_CALLS
            ):
                found.append(f"{path.name}:{node.lineno} .{function.attr}()")
        elif isinstance(function, ast.Name) and function.id == "open":
            mode = node.args[1] if len(node.args) > 1 else None
            mode = next((k.value for k in node.keywords if k.arg == "mode"), mode)
            if not isinstance(mode, ast.Constant) or set(str(mode.value)) & set("wax+"):
                found.append(f"{path.name}:{node.lineno} open()")
    return found


def test_every_write_goes_through_fsio() -> None:
    writers = {
        module: writes_in(path) for module, path in all_modules().items() if module != "q2030.fsio"
    }
    assert {module: found for module, found in writers.items() if found} == {}
    assert writes_in(PACKAGE / "fsio.py")  # the test sees writes where there are some
