"""The house points one way, and its folders say how: domain -> data and sheets ->
checks -> services -> commands -> render -> api -> cli. Each module's imports of q2030 are
read with `ast`, at module level and inside functions alike (a function-level import may
load lazily, never dodge a loop; importlib.import_module too): none may point up a folder,
and no two modules may import each other, even through others. Inside a folder only loops
are refused: the folder is the layer."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

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
    that holds it. The package itself holds nothing by its name alone: a new root module
    or folder has no layer until LAYERS gives it one (KeyError)."""
    if module == "q2030":
        return FOLDER_OF[module]
    parts = module.split(".")
    for size in range(len(parts), 1, -1):
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
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", None)) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):  # importlib.import_module("q2030.x"): an import all the same
            names = [str(node.args[0].value)]
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
    dynamic = "import importlib\nimportlib.import_module('q2030.cli.app')\n"
    assert imports_in(dynamic, "q2030.sample", False) == [("q2030.cli.app", 2, False)]


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


def _opens_to_write(node: ast.Call, mode_at: int | None) -> bool:
    """Whether an open() call may write: its mode (the keyword, else the argument at
    `mode_at` for the built-in; for a method, Path.open's first argument or ZipFile.open's
    second, whichever is a literal) has w, a, x or +, or is not a literal."""
    keyword = next((k.value for k in node.keywords if k.arg == "mode"), None)
    if keyword is not None:
        modes = [keyword]
    elif mode_at is not None:
        modes = node.args[mode_at : mode_at + 1]
    else:
        modes = [arg for arg in node.args[:2] if isinstance(arg, ast.Constant)]
    return any(
        not isinstance(mode, ast.Constant) or bool(set(str(mode.value)) & set("wax+"))
        for mode in modes
    )


def writes_in_text(text: str, name: str) -> list[str]:
    """The calls of a module's text that write to files, with their lines: the writing
    functions of os, shutil and tempfile however imported (`import os as o`, `from os
    import replace`), Path's writing methods, and open() in a writing mode."""
    tree = ast.parse(text)
    modules: dict[str, str] = {}  # local name -> os, shutil or tempfile
    functions: dict[str, str] = {}  # local name -> "os.replace"...
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in WRITING_CALLS:
                    modules[alias.asname or alias.name] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.module in WRITING_CALLS:
            for alias in node.names:
                if alias.name in WRITING_CALLS[node.module]:
                    functions[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        function, where = node.func, f"{name}:{node.lineno}"
        if isinstance(function, ast.Attribute):
            owner = function.value
            module = modules.get(owner.id) if isinstance(owner, ast.Name) else None
            if module is not None:
                if function.attr in WRITING_CALLS[module]:
                    found.append(f"{where} {module}.{function.attr}")
            elif function.attr in WRITING_METHODS:
                found.append(f"{where} .{function.attr}()")
            elif function.attr == "open" and _opens_to_write(node, None):
                found.append(f"{where} .open()")
        elif isinstance(function, ast.Name):
            if function.id in functions:
                found.append(f"{where} {functions[function.id]}")
            elif function.id == "open" and _opens_to_write(node, 1):
                found.append(f"{where} open()")
    return found


def writes_in(path: Path) -> list[str]:
    return writes_in_text(path.read_text(encoding="utf-8"), path.name)


def test_the_write_walk_sees_writes_however_spelt() -> None:
    """The walk is checked on samples: each spelling of a write is seen, reads are not."""
    writes = {
        "p.write_text('x')": ".write_text()",
        "p.open('w')": ".open()",
        "p.open(mode='a')": ".open()",
        "archive.open(info, 'w')": ".open()",
        "open(p, 'wb')": "open()",
        "import os as o\no.replace(a, b)": "os.replace",
        "from os import replace\nreplace(a, b)": "os.replace",
        "from shutil import rmtree as gone\ngone(p)": "shutil.rmtree",
        "import tempfile\ntempfile.mkstemp()": "tempfile.mkstemp",
    }
    for text, seen in writes.items():
        assert [found.split(" ", 1)[1] for found in writes_in_text(text, "m")] == [seen], text
    reads = [
        "p.open()",
        "p.open('rb')",
        "archive.open(info)",
        "open(p)",
        "open(p, encoding='utf-8')",
        "p.read_text()",
    ]
    for text in reads:
        assert writes_in_text(text, "m") == [], text


def test_a_new_root_module_or_folder_has_no_layer_until_given_one() -> None:
    for module in ("q2030.helpers", "q2030.web.site"):
        with pytest.raises(KeyError):
            layer_of(module)
    assert layer_of("q2030") == 0 and layer_of("q2030.cli.app") == len(LAYERS) - 1


def test_every_write_goes_through_fsio() -> None:
    writers = {
        module: writes_in(path)
        for module, path in all_modules().items()
        if module != "q2030.data.fsio"
    }
    assert {module: found for module, found in writers.items() if found} == {}
    assert writes_in(PACKAGE / "data" / "fsio.py")  # the test sees writes where there are some
