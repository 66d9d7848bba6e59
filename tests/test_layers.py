"""The house points one way, and its folders say how: domain -> data and sheets ->
checks -> services -> commands -> render -> api -> cli. Each module's imports of q2030 are
read with `ast`, at module level and inside functions alike (a function-level import may
load lazily, never dodge a loop): none may point up a layer, and no two modules may import
each other, even through others."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

PACKAGE = REPO / "q2030"

# The package's folders are its layers, lowest first: a module may import from its own
# folder (without a loop) or from the folders below, never from one above. The root holds
# the package itself, what every layer shares (the catalogue, errors, escaping, the
# interrupt guard), and at the top the two front doors below the command line: the
# library API and `python -m q2030`.
LAYERS: list[set[str]] = [
    {"q2030", "q2030.i18n", "q2030.errors", "q2030.escaping", "q2030.interrupts"},
    {"q2030.domain"},  # the vocabulary and the progress semantics: pure
    {"q2030.data", "q2030.sheets"},  # files read and written, sheets exchanged
    {"q2030.checks"},  # what validate finds; the data folder loaded and checked
    {"q2030.services"},  # overview, owed, recording, history in git, new repositories
    {"q2030.commands"},  # one use case per module: a typed query, a result
    {"q2030.render"},  # results said in text, tables, sheets, mail, HTML, PDF
    {"q2030.api"},  # the library API: the commands without Typer
    {"q2030.cli", "q2030.__main__"},  # Typer, the language resolved once, the entry point
]
FOLDER_OF = {folder: index for index, layer in enumerate(LAYERS) for folder in layer}


def layer_of(module: str) -> int:
    """The layer of a module: that of the deepest folder (or root module) named in LAYERS
    that holds it."""
    parts = module.split(".")
    for size in range(len(parts), 0, -1):
        if (prefix := ".".join(parts[:size])) in FOLDER_OF:
            return FOLDER_OF[prefix]
    raise KeyError(module)


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
                f"{source}.{alias.name}" if f"{source}.{alias.name}" in MODULES else source
                for alias in node.names
            ]
        for name in names:
            if name == "q2030" or name.startswith("q2030."):
                found.append((name, node.lineno, id(node) in nested))
    return found


def all_modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


MODULES = set(all_modules())


def test_every_module_lies_in_a_layer_folder() -> None:
    """A new module at the root, or a new folder, must be given its place here first."""
    unplaced = []
    for module in MODULES:
        try:
            layer_of(module)
        except KeyError:
            unplaced.append(module)
    assert unplaced == []


def test_the_folders_are_packages() -> None:
    """Each folder named in LAYERS is a package, each root module a module: the table
    says the tree, not a wish."""
    for folder in FOLDER_OF:
        relative = Path(*folder.split(".")[1:])
        assert (
            folder == "q2030"
            or (PACKAGE / relative / "__init__.py").is_file()
            or (PACKAGE / relative.with_suffix(".py")).is_file()
        ), folder


def test_no_import_points_up_a_layer() -> None:
    upward = []
    for module, path in all_modules().items():
        for imported, line, in_function in imports_of(path):
            if layer_of(imported) > layer_of(module):
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
    sample = "import os\n\ndef f():\n    from q2030.cli.app import app\n    return app\n"
    assert imports_in(sample, "q2030.sample", False) == [("q2030.cli.app", 4, True)]


def test_machine_output_imports_no_rich() -> None:
    """`status --format json` needs neither Rich, nor the recorder, the spreadsheets or git."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from q2030.cli.app import app\n"
        "sys.argv = ['q2030', '--data', 'examples/demo', 'status', '--format', 'json']\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('rich', 'openpyxl')\n"
        "               or m in ('q2030.services.recording', 'q2030.sheets.exchange',\n"
        "                        'q2030.services.history'))\n"
        "print(heavy, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stderr.strip() == "[]"


def test_a_relative_import_is_held_to_the_layers_too() -> None:
    """The hole the second house step closed: `from ..cli import app` inside a function of
    domain/progress.py was not seen."""
    text = "def f():\n    from ..cli import app\n    from .. import cli\n    from ... import x\n"
    found = imports_in(text, "q2030.domain.progress", False)
    assert [(name, inside) for name, _, inside in found] == [
        ("q2030.cli.app", True),
        ("q2030.cli", True),
    ]
    assert layer_of("q2030.cli.app") > layer_of("q2030.domain.progress")  # so it is refused
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
        module: writes_in(path)
        for module, path in all_modules().items()
        if module != "q2030.data.fsio"
    }
    assert {module: found for module, found in writers.items() if found} == {}
    assert writes_in(PACKAGE / "data" / "fsio.py")  # the test sees writes where there are some
