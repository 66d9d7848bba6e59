"""The guarantees of the house (issue 23): commands that only read never write, not even to
finish an interrupted write; the exit-code contract for usage errors."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from q2030.data import fsio
from tests.conftest import DEMO_DATA, REPO, fingerprint, git, run

ALLOWLIST = "tests/vulture_allowlist.py"
READERS = [
    ("status",),
    ("status", "-f", "json"),
    ("show", "snu-jeunes-qpv"),
    ("report", "-f", "markdown"),
    ("export", "--what", "readings", "--out", "-"),
    ("due",),
    ("diff", "main"),
]


@pytest.fixture
def interrupted(tmp_path: Path) -> Path:
    """The demo in git with a committed journal left by a write killed midway."""
    top = tmp_path / "repo"
    shutil.copytree(DEMO_DATA, top / "data")
    git(top, "init", "-q", "-b", "main")
    git(top, "add", "-A")
    git(top, "commit", "-qm", "demo")
    root = top / "data"
    new = (root / "readings" / "snu-jeunes-qpv.yaml").read_bytes() + (
        b'- date: 2026-06-30\n  value: 15.2\n  source: "SDJES"\n'
    )
    staged = root / "readings" / ".snu-jeunes-qpv.yaml.0123abcd.q2030-new"
    staged.write_bytes(new)
    entry = {
        "target": "readings/snu-jeunes-qpv.yaml",
        "staged": f"readings/{staged.name}",
        "sha256": hashlib.sha256(new).hexdigest(),
    }
    (root / fsio.JOURNAL).write_text(json.dumps({"version": 1, "replacements": [entry]}))
    return root


@pytest.mark.parametrize("args", READERS, ids=lambda args: " ".join(args))
def test_a_command_that_reads_never_writes_not_even_to_repair(
    interrupted: Path, args: tuple[str, ...]
) -> None:
    before = fingerprint(interrupted)
    result = run("--data", interrupted, *args)
    assert result.exit_code == 1
    assert result.stderr == (
        f"q2030: error: a write was interrupted in {interrupted}: run 'q2030 recover' (or any "
        "command that writes) to finish or undo it, then try again\n"
    )
    assert fingerprint(interrupted) == before


def test_recover_and_the_writers_repair(interrupted: Path) -> None:
    recovered = run("--data", interrupted, "recover")
    assert recovered.exit_code == 0, recovered.output
    assert not (interrupted / fsio.JOURNAL).exists()
    assert "value: 15.2" in (interrupted / "readings" / "snu-jeunes-qpv.yaml").read_text()
    assert run("--data", interrupted, "status").exit_code == 0


def test_usage_errors_exit_2_everywhere(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DEMO_DATA, data)
    before = fingerprint(data)
    no_value = run("--data", data, "record", "snu-jeunes-qpv")  # no terminal to ask
    assert no_value.exit_code == 2
    assert "VALUE is missing and there is no terminal to ask for it" in no_value.stderr
    alone = run("--data", data, "import", data / "x.csv", "--branch", "releves/x")
    assert alone.exit_code == 2
    assert "--branch names the branch of --commit: give both, or neither" in alone.stderr
    assert fingerprint(data) == before


def test_vulture_finds_no_dead_code() -> None:
    """Dead code found by a tool: vulture, with the names only frameworks call listed in
    tests/vulture_allowlist.py."""
    found = subprocess.run(
        [sys.executable, "-m", "vulture", "--min-confidence", "60", "q2030", ALLOWLIST],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert found.returncode == 0, found.stdout
