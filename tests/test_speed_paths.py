"""The fast reader never changes a result, and every answer is the data's as it is read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from benchmarks.generate import generate
from tests.conftest import REPO, fingerprint

AS_OF = "2026-11-26"
LAST_DAY = date(2026, 10, 31)


def small(folder: Path, count: int = 1_000) -> Path:
    """A generated data folder with every action of the plan (in its first territory)."""
    return generate(count, folder, last_day=LAST_DAY, longest=20)


def q2030(*args: str | Path, **env: str) -> subprocess.CompletedProcess[bytes]:
    """The console script's path, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "q2030", *map(str, args)],
        capture_output=True,
        cwd=REPO,
        env={**os.environ, **env},
        check=False,
    )


@pytest.fixture
def generated(tmp_path: Path) -> Path:
    """1,000 generated readings, with problems on both reading paths: a plain file with a
    value out of range, and a file in flow style, which only PyYAML reads."""
    folder = small(tmp_path / "data")
    plain = folder / "readings" / "snu-jeunes-qpv-d01.yaml"
    text = plain.read_text()
    plain.write_text(text + "- date: 2026-07-31\n  value: 140\n  source: s\n")
    (folder / "plain-error-line").write_text(str(text.count("\n") + 1))
    flow = folder / "readings" / "colos-apprenantes-qpv-d01.yaml"
    flow.write_text(
        "- {date: 2026-07-31, value: 50, source: s}\n- {date: 2026-07-31, value: 51, source: s}\n"
    )
    return folder


@pytest.mark.parametrize("command", ["status", "validate"])
def test_the_fast_reader_and_pyyaml_give_the_same_outputs(generated: Path, command: str) -> None:
    args = ["--data", generated, command, "--format", "json", "--as-of", AS_OF]
    if command == "status":
        generated.joinpath("readings", "snu-jeunes-qpv-d01.yaml").write_text(
            generated.joinpath("readings", "snu-jeunes-qpv-d01.yaml")
            .read_text()
            .replace("value: 140", "value: 14")
        )
    fast = q2030(*args)
    slow = q2030(*args, Q2030_FAST_READER="0")
    assert fast.returncode == slow.returncode
    assert fast.stdout == slow.stdout and fast.stderr == slow.stderr
    if command == "validate":
        problems = json.loads(fast.stdout)["problems"]
        line = int((generated / "plain-error-line").read_text())
        assert {(Path(p["path"]).name, p["line"], p["column"], p["code"]) for p in problems} >= {
            ("snu-jeunes-qpv-d01.yaml", line, 3, "reading-value"),  # read by the fast reader
            ("colos-apprenantes-qpv-d01.yaml", 2, 10, "reading-conflict"),  # read by PyYAML
        }


def test_a_file_changed_and_restored_gives_a_fresh_runs_answer(tmp_path: Path) -> None:
    """The race that made the former output cache replay a wrong answer: a file changed
    during a run, then restored. Nothing is kept between runs now, so each answer is the
    data's as it is read."""
    generated = small(tmp_path / "data")
    validate = ["--data", generated, "validate", "--format", "json", "--as-of", AS_OF]
    status = ["--data", generated, "status", "--format", "json", "--as-of", AS_OF]
    path = generated / "readings" / "snu-jeunes-qpv-d01.yaml"
    good = path.read_bytes()
    bad = good + b"- date: 2026-07-31\n  value: 140\n  source: s\n"
    path.write_bytes(bad)
    first_validate, first_status = q2030(*validate), q2030(*status)
    assert first_validate.returncode == 1 and first_status.returncode == 1
    path.write_bytes(good)  # the change a run saw half-way...
    middle = q2030(*validate)
    assert middle.returncode == 0
    path.write_bytes(bad)  # ...then undone
    again_validate, again_status = q2030(*validate), q2030(*status)
    assert (again_validate.returncode, again_validate.stdout) == (1, first_validate.stdout)
    assert (again_status.returncode, again_status.stderr) == (1, first_status.stderr)
    assert not json.loads(again_validate.stdout)["ok"]


def test_reading_leaves_the_data_folder_byte_identical(generated: Path) -> None:
    before = fingerprint(generated)
    for command in ("status", "validate", "show snu-jeunes-qpv-d01", "report", "export"):
        q2030("--data", generated, *command.split(), "--as-of", AS_OF)
    q2030("--data", generated, "record", "snu-jeunes-qpv-d01", "12", "--source", "s", "--dry-run")
    assert fingerprint(generated) == before


def test_version_help_and_usage_errors_through_the_console_script() -> None:
    assert q2030("--version").stdout.decode() == f"q2030 {__import__('q2030').__version__}\n"
    first, second = q2030("--help"), q2030("--help")
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout and b"Usage: " in first.stdout
    wrong = q2030("status", "--as-of", "soon")
    assert wrong.returncode == 2 and wrong.stderr.count(b"\n") == 1


def test_the_benchmark_runs(tmp_path: Path) -> None:
    """A smoke run at tiny sizes: the script works (its figures mean little at this size)."""
    result = subprocess.run(
        [sys.executable, "benchmarks/run.py", "--sizes", "100", "200", "400", "--repeats", "1"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
        timeout=600,
    )
    assert result.returncode in (0, 1), result.stderr
    for case in (
        "(a) status",
        "(b) --version",
        "(b) --help",
        "(c) validate, 400",
        "(c) validate, 400 readings, no fast reader",
        "(c) status",
        "imports neither Rich nor the spreadsheet code: pass",
        "(d) validate",
        "(f) site, demo",
        "(f) site, 400 readings",
        "target(s) failed",
    ):
        assert case in result.stdout, case


@pytest.mark.parametrize("count", [1_000, 10_000])
def test_the_generator_writes_valid_data_and_exactly_its_share_of_errors(
    tmp_path: Path, count: int
) -> None:
    """The benchmark's data, at the default run's sizes (as the benchmark makes it, no
    series cut to a length): no problem at all, not even a warning (a series cut short at
    its start ended years ago and was stale), and with 1 % spoiled exactly one problem
    per spoiled reading."""
    valid = generate(count, tmp_path / "valid")
    spoiled = generate(count, tmp_path / "spoiled", errors=0.01)
    for folder, expected in ((valid, 0), (spoiled, round(count * 0.01))):
        done = q2030("--data", folder, "validate", "--format", "json")
        problems = json.loads(done.stdout)["problems"]
        assert len(problems) == expected, [p["code"] for p in problems][:20]
