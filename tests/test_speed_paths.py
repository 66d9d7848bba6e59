"""The faster paths (memoized outputs, the fast reader) never change a result."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.generate import generate
from tests.conftest import REPO

AS_OF = "2026-11-26"


def q2030(*args: str | Path, **env: str) -> subprocess.CompletedProcess[bytes]:
    """The console script's path, as a user runs it: memo, fast reader and all."""
    return subprocess.run(
        [sys.executable, "-m", "q2030", *map(str, args)],
        capture_output=True,
        cwd=REPO,
        env={**os.environ, **env},
        check=False,
    )


def cache_entries() -> list[Path]:
    folder = Path(os.environ["Q2030_CACHE_DIR"]) / "outputs"
    return sorted(folder.glob("*.marshal")) if folder.exists() else []


def fingerprint(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture
def generated(tmp_path: Path) -> Path:
    """1,000 generated readings, with problems on both reading paths: a plain file with a
    value out of range, and a file in flow style, which only PyYAML reads."""
    folder = generate(1_000, tmp_path / "data")
    plain = folder / "readings" / "snu-jeunes-qpv.yaml"
    text = plain.read_text()
    plain.write_text(text + "- date: 2026-07-31\n  value: 140\n  source: s\n")
    (folder / "plain-error-line").write_text(str(text.count("\n") + 1))
    flow = folder / "readings" / "colos-apprenantes-qpv.yaml"
    flow.write_text(
        "- {date: 2026-07-31, value: 50, source: s}\n- {date: 2026-07-31, value: 51, source: s}\n"
    )
    return folder


@pytest.mark.parametrize("command", ["status", "validate"])
def test_outputs_are_the_same_on_every_path(generated: Path, command: str) -> None:
    args = ["--data", generated, command, "--format", "json", "--as-of", AS_OF]
    if command == "status":
        generated.joinpath("readings", "snu-jeunes-qpv.yaml").write_text(
            generated.joinpath("readings", "snu-jeunes-qpv.yaml")
            .read_text()
            .replace("value: 140", "value: 14")
        )
    cold = q2030(*args)
    warm = q2030(*args)
    uncached = q2030("--no-cache", *args)
    slow = q2030("--no-cache", *args, Q2030_FAST_READER="0")
    assert cold.returncode == warm.returncode == uncached.returncode == slow.returncode
    assert cold.stdout == warm.stdout == uncached.stdout == slow.stdout
    assert cold.stderr == warm.stderr == uncached.stderr == slow.stderr
    assert len(cache_entries()) == 1  # the warm run came from it
    if command == "validate":
        problems = json.loads(cold.stdout)["problems"]
        line = int((generated / "plain-error-line").read_text())
        assert {(Path(p["path"]).name, p["line"], p["column"], p["code"]) for p in problems} >= {
            ("snu-jeunes-qpv.yaml", line, 3, "reading-value"),  # read by the fast reader
            ("colos-apprenantes-qpv.yaml", 2, 10, "reading-conflict"),  # read by PyYAML
        }


def test_a_one_byte_change_is_seen(tmp_path: Path) -> None:
    generated = generate(1_000, tmp_path / "data")
    validate = ["--data", generated, "validate", "--format", "json", "--as-of", AS_OF]
    status = ["--data", generated, "status", "--format", "json", "--as-of", AS_OF]
    first_validate, first_status = q2030(*validate), q2030(*status)
    path = generated / "readings" / "iae-adultes-qpv.yaml"
    text = path.read_bytes()
    last_value = text.rindex(b"value: ") + len(b"value: ")
    changed = (
        text[:last_value]
        + (b"9" if text[last_value : last_value + 1] != b"9" else b"8")
        + text[last_value + 1 :]
    )
    path.write_bytes(changed)
    assert len(changed) == len(text)
    second_validate, second_status = q2030(*validate), q2030(*status)
    assert second_status.stdout != first_status.stdout
    before = {row["id"]: row["latest"] for row in json.loads(first_status.stdout)}
    after = {row["id"]: row["latest"] for row in json.loads(second_status.stdout)}
    assert before["iae-adultes-qpv"] != after["iae-adultes-qpv"]
    assert second_validate.stdout == q2030("--no-cache", *validate).stdout
    path.write_bytes(text)
    assert q2030(*status).stdout == first_status.stdout
    assert q2030(*validate).stdout == first_validate.stdout


def test_the_cache_lives_outside_the_data_folder_and_can_be_turned_off(generated: Path) -> None:
    before = fingerprint(generated)
    q2030("--data", generated, "status")
    assert fingerprint(generated) == before
    assert len(cache_entries()) == 1
    q2030("--data", generated, "--no-cache", "validate")
    q2030("--data", generated, "validate", Q2030_NO_CACHE="1")
    q2030("--data", generated, "validate", "--base", "HEAD")  # git's state is not in the key
    q2030("--data", generated, "record", "snu", "12", "--source", "s", "--dry-run")
    assert len(cache_entries()) == 1


def test_version_help_and_usage_errors_through_the_console_script() -> None:
    assert q2030("--version").stdout.decode() == f"q2030 {__import__('q2030').__version__}\n"
    first, second = q2030("--help"), q2030("--help")
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout and b"Usage: " in first.stdout
    wrong = q2030("status", "--as-of", "soon")
    assert wrong.returncode == 2 and wrong.stderr.count(b"\n") == 1
    assert q2030("status", "--as-of", "soon").stderr == wrong.stderr  # memoized too


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
        "(c) status",
        "(d) validate",
        "target(s) failed",
    ):
        assert case in result.stdout, case
