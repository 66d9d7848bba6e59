"""Hostile file-system cases (issue 22): relative paths given on the command line, `--out`
onto a FIFO, a missing folder or `-`, writes racing a swapped folder, locks, odd leftovers
and malformed files that must end in one located line with nothing written."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import DEMO_DATA, REPO, demo_repository, git, run

MakeData = Callable[[dict[str, str]], Path]
SNU = "readings/snu.yaml"
SNU_READING = "- date: 2024-12-31\n  value: 12\n  source: report 2024\n"
AS_OF = "2026-11-26"


def q2030(
    *args: str | Path, cwd: Path = REPO, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """The tool in a process of its own, run from `cwd`."""
    return subprocess.run(
        [sys.executable, "-m", "q2030", *map(str, args)],
        capture_output=True,
        encoding="utf-8",
        cwd=cwd,
        check=False,
        timeout=timeout,
    )


def one_line(result: subprocess.CompletedProcess[str], code: int = 1) -> str:
    """The one line of error a failed run printed (no traceback)."""
    assert result.returncode == code, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, lines
    assert lines[0].startswith("q2030: error: ")
    return lines[0]


# Relative paths on the command line: resolved once, at the boundary.


@pytest.fixture
def relative_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo in git; the working folder is the repository's top, named `top`."""
    top = tmp_path / "top"
    demo_repository(top)
    for name in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{name}_NAME", "t")
        monkeypatch.setenv(f"GIT_{name}_EMAIL", "t@e")
    monkeypatch.chdir(top)
    return top


def test_record_with_a_relative_data_folder(relative_repository: Path) -> None:
    result = q2030(
        "--data", "data", "record", "places-creches", "2500", "--date", "2026-06-30",
        "--source", "x", cwd=relative_repository,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = (relative_repository / "data/readings/places-creches.yaml").read_text()
    assert "value: 2500" in text and 'source: "x"' in text
    assert [p.name for p in (relative_repository / "data").rglob(".*")] == []


def test_every_writing_command_takes_relative_paths(relative_repository: Path) -> None:
    top = relative_repository
    sheet = Path("answer.csv")
    sheet.write_text("action;date;value;source\nplaces-creches;2026-06-30;2500;CAF\n")
    imported = run("--data", "data", "import", sheet)
    assert imported.exit_code == 0, imported.output
    assert "2500" in (top / "data/readings/places-creches.yaml").read_text()
    git(top, "commit", "-qam", "imported")
    sheet.write_text("action;date;value;source\nplaces-creches;2026-09-30;2510;CAF\n")
    committed = run("--data", "data", "import", sheet, "--commit", "--branch", "rel")
    assert committed.exit_code == 0, committed.output
    assert "2510" in git(top, "show", "rel:data/readings/places-creches.yaml")
    outputs = {
        ("report", "--out", "out/r.html"): "out/r.html",
        ("export", "--out", "out/e.csv"): "out/e.csv",
        ("request", "-o", "CAF", "--out", "out/caf.xlsx"): "out/caf.xlsx",
        ("request", "-o", "CAF", "--out-dir", "requests"): "requests",
        ("remind", "-o", "CAF", "--out-dir", "reminders"): "reminders",
    }
    Path("out").mkdir()
    for args, written in outputs.items():
        result = run("--data", "data", *args, "--as-of", AS_OF)
        assert result.exit_code == 0, (args, result.output)
        assert (top / written).exists(), args
        assert written in result.stderr + result.stdout, (args, result.output)
    assert sorted(p.name for p in (top / "requests").iterdir()) == ["caf-2026-11-26.xlsx"]
    assert sorted(p.name for p in (top / "reminders").iterdir()) == ["caf.eml"]
    created = run("init", "new-territory", "--territory", "Pas-de-Calais")
    assert created.exit_code == 0, created.output
    assert (top / "new-territory/data/objectives.yaml").is_file()
    leftover = top / "data/readings/.places-creches.yaml.x.q2030-new"
    leftover.write_text("staged")
    recovered = run("--data", "data", "recover")
    assert recovered.exit_code == 0 and not leftover.exists(), recovered.output


def test_a_relative_data_variable_works_too(
    relative_repository: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("Q2030_DATA", "data")
    result = run("record", "places-creches", "2500", "--date", "2026-06-30", "--source", "x")
    assert result.exit_code == 0, result.output


# --out onto a FIFO, a missing folder, a dash.


def test_out_onto_a_fifo_without_a_reader_is_one_line_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for args in (("report",), ("export",), ("request", "-o", "CAF", "-f", "csv")):
        result = q2030("--data", DEMO_DATA, *args, "--out", fifo, "--as-of", AS_OF, timeout=30)
        line = one_line(result)
        assert "FIFO" in line and "no program reads" in line and "nothing written" in line
        assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_out_onto_a_fifo_with_a_reader_is_written_through(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = q2030("--data", DEMO_DATA, "report", "-f", "markdown", "--out", fifo, timeout=30)
    reader.join(timeout=30)
    assert result.returncode == 0, result.stderr
    assert received and received[0].startswith(b"# Quartiers 2030")


@pytest.mark.parametrize(
    "args",
    [("report",), ("export",), ("request", "-o", "CAF")],
    ids=["report", "export", "request"],
)
def test_out_with_a_trailing_slash_is_a_folder_that_must_exist(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    missing = one_line(q2030("--data", DEMO_DATA, *args, "--out", "missing/", cwd=tmp_path))
    assert "missing/ names a folder" in missing and "does not exist" in missing
    (tmp_path / "there").mkdir()
    there = one_line(q2030("--data", DEMO_DATA, *args, "--out", "there/", cwd=tmp_path))
    assert "there/ is a folder: name a file" in there
    assert sorted(p.name for p in tmp_path.iterdir()) == ["there"]
    assert list((tmp_path / "there").iterdir()) == []


@pytest.mark.parametrize(
    ("args", "start"),
    [
        (("report", "-f", "markdown"), b"# Quartiers 2030"),
        (("export",), "\ufeffAction;".encode()),
        (("export", "-f", "xlsx"), b"PK"),
        (("request", "-o", "CAF", "-f", "csv"), "\ufeffAction;".encode()),
        (("request", "-o", "CAF"), b"PK"),
    ],
    ids=["report", "export-csv", "export-xlsx", "request-csv", "request-xlsx"],
)
def test_out_dash_is_the_standard_output_for_every_out(
    tmp_path: Path, args: tuple[str, ...], start: bytes
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "q2030", "--data", str(DEMO_DATA), *args, "--out", "-"],
        capture_output=True,
        cwd=tmp_path,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(start)
    assert list(tmp_path.iterdir()) == []
