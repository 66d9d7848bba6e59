"""Hostile file-system cases (issue 22): relative paths given on the command line, `--out`
onto a FIFO, a missing folder or `-`, writes racing a swapped folder, locks, odd leftovers
and malformed files that must end in one located line with nothing written."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import (
    DEMO_DATA,
    MINIMAL_PLAN,
    REPO,
    demo_repository,
    fingerprint,
    git,
    run,
)
from tests.test_hostile import other_users_python

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
        (("export",), "\ufeffAction,".encode()),  # English CSV: ","
        (("export", "-f", "xlsx"), b"PK"),
        (("request", "-o", "CAF", "-f", "csv"), "\ufeffAction,".encode()),
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


# Races, locks and leftovers.

INJECT = REPO / "tests" / "inject"


def paused(*args: str | Path, point: str, marker: Path, seconds: float) -> subprocess.Popen[str]:
    """The tool in a process of its own that pauses at `point` (see tests/inject)."""
    return subprocess.Popen(
        [sys.executable, "-m", "q2030", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={
            **os.environ,
            "PYTHONPATH": str(INJECT),
            "Q2030_TEST_PAUSE": f"{point}|{marker}",
            "Q2030_TEST_PAUSE_SECONDS": str(seconds),
        },
    )


def wait_for(marker: Path, process: subprocess.Popen[str], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not marker.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the process never reached the pause"
        time.sleep(0.02)


@pytest.fixture
def data(make_data: MakeData) -> Path:
    return make_data({"objectives.yaml": MINIMAL_PLAN, SNU: SNU_READING})


def test_a_readings_folder_swapped_for_a_link_mid_write_makes_the_write_fail(
    data: Path, tmp_path: Path
) -> None:
    """The writer checked the folder and holds the lock; the folder is then swapped for a
    link to elsewhere (what renameat2 does in one step): nothing lands there."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "snu.yaml").write_text(SNU_READING)
    before = fingerprint(outside)
    marker = tmp_path / "paused"
    writer = paused(
        "--data", data, "record", "snu", "14", "--date", "2025-12-31", "--source", "s",
        point="before:open:1:.q2030-new", marker=marker, seconds=2,
    )  # fmt: skip
    wait_for(marker, writer)
    (data / "readings").rename(data / "readings-real")
    (data / "readings").symlink_to(outside, target_is_directory=True)
    out, err = writer.communicate(timeout=60)
    assert writer.returncode == 1, (out, err)
    assert "Recorded" not in out
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "was moved or replaced while it was being written" in lines[0]
    assert fingerprint(outside) == before
    assert sorted(p.name for p in outside.iterdir()) == ["snu.yaml"]
    assert (data / "readings-real/snu.yaml").read_text() == SNU_READING
    assert [p.name for p in (data / "readings-real").iterdir()] == ["snu.yaml"]


NOBODY = 65534
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
HOLD_THE_LOCK = """
import fcntl, os, sys, time
root = sys.argv[1]
folder = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
fcntl.flock(folder, fcntl.LOCK_EX)  # what locked every writer out before
print("holding", flush=True)
tried = denied = 0
deadline = time.monotonic() + float(sys.argv[2])
while time.monotonic() < deadline:
    try:
        held = os.open(os.path.join(root, ".q2030.lock"), os.O_RDONLY)
    except FileNotFoundError:
        pass
    except PermissionError:
        denied += 1
    else:
        fcntl.flock(held, fcntl.LOCK_SH)  # would hold the writers' lock file
        tried += 1
    time.sleep(0.001)
print(f"opened {tried} denied {denied}", flush=True)
"""


@pytest.fixture
def readable_checkout() -> Iterator[Path]:
    """A data folder root writes and other users may only read, outside pytest's private
    tmp (which other users cannot enter)."""
    top = Path(tempfile.mkdtemp(prefix="q2030-readable-"))
    try:
        root = top / "data"
        (root / "readings").mkdir(parents=True)
        (root / "objectives.yaml").write_text(MINIMAL_PLAN)
        (root / SNU).write_text(SNU_READING)
        for path in (top, root, root / "readings"):
            path.chmod(0o755)
        yield root
    finally:
        shutil.rmtree(top, ignore_errors=True)


@pytest.mark.skipif(not AS_ROOT, reason="another user needs root to run")
def test_a_user_who_may_only_read_cannot_hold_the_writers_lock(readable_checkout: Path) -> None:
    interpreter, extra = other_users_python()
    holder = subprocess.Popen(
        [interpreter, "-c", HOLD_THE_LOCK, str(readable_checkout), "15"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, **extra},
        user=NOBODY,
        cwd="/",
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        for day, value in (("2025-06-30", "13"), ("2025-12-31", "14")):
            result = q2030(
                "--data", readable_checkout, "record", "snu", value, "--date", day,
                "--source", "root",
            )  # fmt: skip
            assert result.returncode == 0, result.stderr
    finally:
        holder.kill()
        holder.communicate()
    text = (readable_checkout / SNU).read_text()
    assert "value: 13" in text and "value: 14" in text
    assert [p.name for p in readable_checkout.rglob(".*")] == []


def test_a_folder_named_like_a_temporary_file_is_left_alone(data: Path) -> None:
    for name in (".x.tmp", ".snu.yaml.abc.q2030-new"):
        (data / "readings" / name).mkdir()
        (data / "readings" / name / ".gitkeep").write_text("")
    (data / ".q2030-new-folder.q2030-new").mkdir()
    for args in (("status",), ("validate",), ("recover",)):
        result = q2030("--data", data, *args)
        assert result.returncode == 0, (args, result.stderr)
        assert "Traceback" not in result.stderr
    recorded = q2030("--data", data, "record", "snu", "14", "--date", "2025-12-31", "--source", "s")
    assert recorded.returncode == 0, recorded.stderr
    assert (data / "readings/.x.tmp/.gitkeep").exists()
    assert (data / "readings/.snu.yaml.abc.q2030-new/.gitkeep").exists()


@pytest.mark.skipif(not AS_ROOT, reason="another user needs root to run")
def test_a_leftover_a_reader_cannot_clean_is_one_located_line(readable_checkout: Path) -> None:
    leftover = readable_checkout / "readings/.snu.yaml.1234abcd.q2030-new"
    leftover.write_text("- date: 2025-12-31\n  value: 14\n  source: s\n")
    before = fingerprint(readable_checkout)
    # a command that writes (and recover) tries to clean it up; one that reads only says so
    writing = ("record", "snu", "14", "--date", "2025-12-31", "--source", "s", "--dry-run")
    reading = as_nobody("--data", readable_checkout, "status")
    assert reading.returncode == 1 and "run 'q2030 recover'" in reading.stderr
    for args in (writing, ("recover",)):
        result = as_nobody("--data", readable_checkout, *args)
        assert result.returncode == 1, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in result.stderr, lines
        assert "readings/.snu.yaml.1234abcd.q2030-new" in lines[0]
        assert "someone who may write the data folder must run q2030 recover" in lines[0]
    assert fingerprint(readable_checkout) == before


def as_nobody(*args: str | Path) -> subprocess.CompletedProcess[str]:
    interpreter, extra = other_users_python()
    return subprocess.run(
        [interpreter, "-m", "q2030", *map(str, args)],
        capture_output=True,
        encoding="utf-8",
        cwd="/",
        env={**os.environ, **extra},
        user=NOBODY,
        check=False,
        timeout=120,
    )


@pytest.mark.parametrize(
    "journal",
    [
        "[" * 100_000,
        '{"version": 1, "replacements": [{"target": "readings/snu.yaml\\u0000x", '
        '"staged": "readings/.snu.yaml.a.q2030-new", "sha256": "0"}]}',
        '{"version": 1, "replacements": [{"target": "../outside.yaml", '
        '"staged": "../.outside.yaml.a.q2030-new", "sha256": "0"}]}',
        '{"version": 1, "replacements": [{"target": 5, "staged": [], "sha256": null}]}',
    ],
    ids=["nested", "nul", "dotdot", "types"],
)
def test_a_malformed_journal_is_one_located_line(data: Path, journal: str) -> None:
    (data / ".q2030-journal.json").write_text(journal)
    before = fingerprint(data)
    assert "run 'q2030 recover'" in one_line(q2030("--data", data, "status"))
    writing = ("record", "snu", "14", "--date", "2025-12-31", "--source", "s", "--dry-run")
    for args in (writing, ("recover",)):
        line = one_line(q2030("--data", data, *args))
        assert ".q2030-journal.json cannot be read" in line
    assert fingerprint(data) == before


def test_a_deeply_nested_settings_file_is_one_located_line(data: Path) -> None:
    (data / "q2030.toml").write_text("lang = " + "[" * 500 + "]" * 500 + "\n")
    before = fingerprint(data.parent)
    for args in (("status",), ("record", "snu", "14", "--date", "2025-12-31", "--source", "s")):
        line = one_line(q2030("--data", data, *args))
        assert "q2030.toml:1:1: values nested far deeper than settings need" in line
    assert fingerprint(data.parent) == before
