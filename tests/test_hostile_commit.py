"""Hostile `import --commit` (issue 22): two imports at once, branch names that would push
main, a run killed half-way, a commit refused by a hook or a full disk. The program under
test runs in processes of its own, paused by tests/inject to widen the windows."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from q2030.services import branch
from tests.conftest import REPO, demo_repository, git

INJECT = REPO / "tests" / "inject"
SHEET = (
    "action;date;value;source\nplaces-creches;2026-06-30;2500;CAF\ncreches-avip;2026-06-30;9;CAF\n"
)


@pytest.fixture
def top(tmp_path: Path) -> Path:
    repository = tmp_path / "repo"
    demo_repository(repository)
    (tmp_path / "answer.csv").write_text(SHEET)
    return repository


def environment(**extra: str) -> dict[str, str]:
    names = {f"GIT_{who}_{what}": value for who in ("AUTHOR", "COMMITTER")
             for what, value in (("NAME", "t"), ("EMAIL", "t@e"))}  # fmt: skip
    return {**os.environ, **names, **extra}


def start(top: Path, *args: str, pause: str | None = None, marker: Path | None = None,
          seconds: float = 600) -> subprocess.Popen[str]:  # fmt: skip
    """`q2030 import answer.csv --commit ...` in the repository, optionally paused."""
    extra = {}
    if pause is not None:
        extra = {
            "PYTHONPATH": str(INJECT),
            "Q2030_TEST_PAUSE": f"{pause}|{marker}",
            "Q2030_TEST_PAUSE_SECONDS": str(seconds),
            "PYTHONDONTWRITEBYTECODE": "1",
        }
    return subprocess.Popen(
        [sys.executable, "-m", "q2030", "import", str(top.parent / "answer.csv"), "--commit",
         *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=top,
        env=environment(**extra),
    )  # fmt: skip


def finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=120)
    assert "Traceback" not in err, err
    return process.returncode, out, err


def wait_for(marker: Path, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.02)


def branch_holds_the_readings(top: Path, name: str) -> bool:
    try:
        content = git(top, "show", f"{name}:data/readings/places-creches.yaml")
    except subprocess.CalledProcessError:
        return False
    return "value: 2500" in content


def test_two_imports_at_once_never_delete_the_others_branch(top: Path, tmp_path: Path) -> None:
    """The first import pauses after it checked that the branch is free (the window the
    second one used to fall into); the second starts then. Whichever says 'committed',
    its branch holds the readings afterwards; the other says one line."""
    marker = tmp_path / "paused"
    first = start(top, "--branch", "releves/caf", pause="before:mkdir:1:q2030-branch-",
                  marker=marker, seconds=6)  # fmt: skip
    wait_for(marker, first)
    second = start(top, "--branch", "releves/caf")
    outcomes = [finish(second), finish(first)]
    committed = [out for code, out, _ in outcomes if code == 0]
    refused = [err for code, _, err in outcomes if code != 0]
    assert len(committed) == 1 and len(refused) == 1, outcomes
    assert "committed on the new branch releves/caf" in committed[0]
    lines = refused[0].strip().splitlines()
    assert len(lines) == 1 and "releves/caf" in lines[0], lines
    assert branch_holds_the_readings(top, "releves/caf")
    assert len(git(top, "worktree", "list").splitlines()) == 1
    assert git(top, "status", "--porcelain") == ""


@pytest.mark.parametrize("name", ["refs/heads/main", "@", "HEAD", "main", "v1", "HEAD~0"])
def test_a_branch_name_that_names_something_is_refused(top: Path, name: str) -> None:
    git(top, "tag", "v1")
    head = git(top, "rev-parse", "HEAD")
    branches = git(top, "branch", "--list")
    code, out, err = finish(start(top, "--branch", name))
    assert code == 1, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("q2030: error: "), lines
    assert "git push" not in out + err
    assert git(top, "rev-parse", "HEAD") == head
    assert git(top, "branch", "--list") == branches
    assert not branch_holds_the_readings(top, "main")


def test_a_killed_import_is_cleaned_up_by_the_next_one(top: Path, tmp_path: Path) -> None:
    marker = tmp_path / "paused"
    killed = start(top, "--branch", "releves/caf", pause="before:open:1:.q2030-new",
                   marker=marker)  # fmt: skip
    wait_for(marker, killed)
    killed.send_signal(signal.SIGKILL)
    killed.communicate()
    assert "releves/caf" in git(top, "branch", "--list")  # what it left: a branch
    assert len(git(top, "worktree", "list").splitlines()) == 2  # and a worktree
    code, out, err = finish(start(top, "--branch", "releves/caf"))
    assert code == 0, (out, err)
    assert "removed the temporary worktree" in err
    assert "deleted the branch releves/caf that an interrupted import had begun" in err
    assert branch_holds_the_readings(top, "releves/caf")
    assert len(git(top, "worktree", "list").splitlines()) == 1


def test_recover_cleans_up_after_a_killed_import(top: Path, tmp_path: Path) -> None:
    marker = tmp_path / "paused"
    killed = start(top, "--branch", "releves/caf", pause="before:open:1:.q2030-new",
                   marker=marker)  # fmt: skip
    wait_for(marker, killed)
    killed.send_signal(signal.SIGKILL)
    killed.communicate()
    recovered = subprocess.run(
        [sys.executable, "-m", "q2030", "recover"], cwd=top, capture_output=True, text=True,
        env=environment(), check=False,
    )  # fmt: skip
    assert recovered.returncode == 0, recovered.stderr
    assert "deleted the branch releves/caf" in recovered.stdout
    assert "releves/caf" not in git(top, "branch", "--list")
    assert len(git(top, "worktree", "list").splitlines()) == 1


def test_a_branch_that_holds_a_killed_imports_commit_is_kept_and_said(top: Path) -> None:
    """Killed after its commit, before it said so: the branch holds readings; the cleanup
    keeps it and says what to do."""
    start_commit = git(top, "rev-parse", "HEAD").strip()
    git(top, "branch", "releves/caf")
    git(top, "commit", "--allow-empty", "-qm", "x")  # on main: releves/caf stays at start
    state = branch._state_folder(top)
    state.mkdir()
    moved = git(top, "rev-parse", "HEAD").strip()
    git(top, "branch", "releves/kept", moved)
    for name, at in (("releves/caf", start_commit), ("releves/kept", start_commit)):
        note = {"branch": name, "worktree": str(top.parent / "gone"), "start": at, "pid": 1}
        (state / f"{branch._key(name)}.json").write_text(json.dumps(note))
    said = [str(message) for message in branch.clean_interrupted(top)]
    assert any("deleted the branch releves/caf" in line for line in said), said
    assert any("releves/kept holds the commit of an import" in line for line in said), said
    assert "releves/kept" in git(top, "branch", "--list")
    assert "releves/caf" not in git(top, "branch", "--list")
    assert list(state.glob("*.json")) == []


@pytest.mark.parametrize(
    "hook",
    [
        "echo 'check 1: ok'; echo 'check 2: trailing whitespace in data/readings/x.yaml' >&2; "
        "echo 'pre-commit failed' >&2; exit 1",
        "echo 'error: unable to write new index file' >&2; "
        "echo 'fatal: No space left on device' >&2; exit 128",
    ],
    ids=["failing-hook", "full-disk"],
)
def test_a_refused_commit_is_one_line_and_leaves_nothing(top: Path, hook: str) -> None:
    hooks = top / ".git" / "hooks" / "pre-commit"
    hooks.write_text(f"#!/bin/sh\n{hook}\n")
    hooks.chmod(0o755)
    code, out, err = finish(start(top, "--branch", "releves/caf"))
    assert code == 1, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("q2030: error: the commit failed (git commit ")
    assert "Readings of" not in lines[0]  # the commit's message is not repeated
    assert "releves/caf" not in git(top, "branch", "--list")
    assert len(git(top, "worktree", "list").splitlines()) == 1
