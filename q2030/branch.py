"""An import as a ready pull request: the readings written on a new git branch as one
commit, the working tree never touched.

The commit is made in a temporary worktree of the branch (`git worktree add`), so that
the user's checkout, its current branch and its other changes stay as they are; a data
folder with uncommitted changes is refused, since the branch starts from the last commit
and would not hold them. Pushing and opening the pull request stay with the user.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from q2030 import recording, repository
from q2030.errors import DataError, Q2030Error
from q2030.history import git


@dataclass(frozen=True)
class Committed:
    branch: str
    written: int
    actions: int


def default_branch(operators: set[str], day: date) -> str:
    """`releves/<operator id in lower case>-<date>`, or `releves/<date>` for several."""
    if len(operators) == 1:
        return f"releves/{next(iter(operators)).lower()}-{day.isoformat()}"
    return f"releves/{day.isoformat()}"


def _checked_branch(top: Path, name: str) -> str:
    try:
        git(top, "check-ref-format", "--branch", name)
    except Q2030Error:
        raise Q2030Error("commit.bad_branch", name=name) from None
    try:
        git(top, "rev-parse", "--verify", "--quiet", f"refs/heads/{name}")
    except Q2030Error:
        return name
    raise Q2030Error("commit.branch_exists", name=name)


def commit_rows(
    data_root: Path,
    rows: list[tuple[int, dict[str, object]]],
    branch: str,
    message: str,
    today: date,
) -> Committed:
    """Write the readings of `rows` (already checked) on a new branch `branch`, as one
    commit with `message`."""
    top = Path(git(data_root, "rev-parse", "--show-toplevel").decode().strip())
    relative = data_root.resolve().relative_to(top.resolve())
    if git(top, "status", "--porcelain", "--", str(relative)).strip():
        raise Q2030Error("commit.dirty", folder=str(relative))
    name = _checked_branch(top, branch)
    place = Path(tempfile.mkdtemp(prefix="q2030-branch-"))
    worktree = place / "tree"
    try:
        git(top, "worktree", "add", "--quiet", "-b", name, str(worktree), "HEAD")
        root = worktree / relative
        dataset, problems = repository.collect(root, today)
        if dataset is None:
            raise DataError(problems)
        checked = recording.check_rows(dataset, rows, today)
        if checked.refused:  # the same rows passed in the working tree: cannot happen
            raise Q2030Error("commit.refused")
        results = recording.import_readings(dataset, checked, today, dry_run=False)
        written = sum(len(result.after) - len(result.before) for result in results)
        if written == 0:
            raise Q2030Error("commit.nothing")
        git(worktree, "add", "--", str(relative))
        git(worktree, "commit", "--quiet", "-m", message)
        return Committed(name, written, len(results))
    except BaseException:
        _remove_worktree(top, worktree)
        _delete_branch(top, name)
        raise
    finally:
        _remove_worktree(top, worktree)
        shutil.rmtree(place, ignore_errors=True)


def _remove_worktree(top: Path, worktree: Path) -> None:
    """Remove the temporary worktree (never added, or already gone: nothing to do)."""
    with contextlib.suppress(Q2030Error):
        git(top, "worktree", "remove", "--force", str(worktree))
    with contextlib.suppress(Q2030Error):
        git(top, "worktree", "prune")


def _delete_branch(top: Path, name: str) -> None:
    """Remove a branch this import created and could not complete (its worktree gone)."""
    with contextlib.suppress(Q2030Error):  # never created: nothing to remove
        git(top, "branch", "-D", name)
