"""An import as a ready pull request: the readings written on a new git branch as one
commit, the working tree never touched.

The commit is made in a temporary worktree of the branch (`git worktree add`), so that
the user's checkout, its current branch and its other changes stay as they are; a data
folder with uncommitted changes is refused, since the branch starts from the last commit
and would not hold them. Pushing and opening the pull request stay with the user.

Imports may run at once, and one may be killed. Each takes a lock for its branch name
(a file in git's own folder) for as long as it works, so that a second import of the same
name waits, then finds the branch made; a branch is deleted only by the import that
created it, and only while it still points where it started. A note beside the lock says
which worktree and branch an import is making: the next import (or `q2030 recover`)
cleans up after one that was killed, or says what it left.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from q2030.checks import checked
from q2030.data import fsio
from q2030.data.git import git
from q2030.errors import DataError, Q2030Error
from q2030.i18n import Message
from q2030.services import recording

STATE_FOLDER = "q2030-imports"  # in git's common folder: a lock and a note per branch
BRANCH_LOCK_SECONDS = 60.0  # another import of the same name finishes within this
RESERVED = frozenset({"HEAD", "@", "FETCH_HEAD", "ORIG_HEAD", "MERGE_HEAD"})


@dataclass(frozen=True)
class Committed:
    branch: str
    written: int
    actions: int
    cleaned: list[Message] = field(default_factory=list)  # what killed imports had left


def default_branch(operators: set[str], day: date) -> str:
    """`releves/<operator id in lower case>-<date>`, or `releves/<date>` for several."""
    if len(operators) == 1:
        return f"releves/{next(iter(operators)).lower()}-{day.isoformat()}"
    return f"releves/{day.isoformat()}"


def _checked_branch(top: Path, name: str) -> str:
    """`name` as a new branch: a valid branch name, written as such (not `refs/heads/…`,
    not `@` or HEAD, nothing git would expand), that names nothing yet (no branch, tag or
    commit), so that the `git push` the tool prints can only push the new branch."""
    try:
        written = git(top, "check-ref-format", "--branch", name).decode().strip()
    except Q2030Error:
        raise Q2030Error("commit.bad_branch", name=name) from None
    if written != name or name in RESERVED or name.startswith("refs/") or "@" in name:
        raise Q2030Error("commit.bad_branch", name=name)
    try:
        git(top, "rev-parse", "--verify", "--quiet", f"refs/heads/{name}")
    except Q2030Error:
        pass
    else:
        raise Q2030Error("commit.branch_exists", name=name)
    try:
        git(top, "rev-parse", "--verify", "--quiet", "--end-of-options", name)
    except Q2030Error:
        return name
    raise Q2030Error("commit.names_something", name=name)


def _state_folder(top: Path) -> Path:
    common = Path(git(top, "rev-parse", "--git-common-dir").decode().strip())
    folder = common if common.is_absolute() else top / common
    return folder / STATE_FOLDER


def _key(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()[:24]


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
    cleaned = clean_interrupted(top)  # first: a killed import may have left the branch
    name = _checked_branch(top, branch)
    state = _state_folder(top)
    fsio.make_folder(state)
    busy = Message("commit.busy", name=name)
    with fsio.folder_lock(state, BRANCH_LOCK_SECONDS, lock_name=f"{_key(name)}.lock", busy=busy):
        _checked_branch(top, name)  # again: another import may have made it meanwhile
        start = git(top, "rev-parse", "--verify", "HEAD^{commit}").decode().strip()
        place = fsio.private_folder("q2030-branch-")
        worktree = place / "tree"
        note = state / f"{_key(name)}.json"
        fsio.atomic_write(note, _note(name, worktree, start))
        created = False
        try:
            git(top, "worktree", "add", "--quiet", "-b", name, str(worktree), start)
            created = True
            written, actions = _write_and_commit(worktree, relative, rows, message, today)
            return Committed(name, written, actions, cleaned)
        except BaseException:
            _remove_worktree(top, worktree)
            if created:
                _delete_if_unchanged(top, name, start)
            raise
        finally:
            _remove_worktree(top, worktree)
            fsio.remove_tree(place)
            fsio.remove_file(note)


def _write_and_commit(
    worktree: Path,
    relative: Path,
    rows: list[tuple[int, dict[str, object]]],
    message: str,
    today: date,
) -> tuple[int, int]:
    root = worktree / relative
    dataset, problems = checked.collect(root, today)
    if dataset is None:
        raise DataError(problems)
    rows_checked = recording.check_rows(dataset, rows, today)
    if rows_checked.refused:  # the same rows passed in the working tree: cannot happen
        raise Q2030Error("commit.refused")
    results = recording.import_readings(dataset, rows_checked, today, dry_run=False)
    counts = recording.imported(rows_checked, results)
    if counts.written == 0:
        raise Q2030Error("commit.nothing")
    git(worktree, "add", "--", str(relative))
    try:
        git(worktree, "commit", "--quiet", "-m", message)
    except Q2030Error as error:  # a hook refused, the disk is full...
        raise Q2030Error("commit.failed", reason=error.message) from None
    return counts.written, counts.actions


def _note(name: str, worktree: Path, start: str) -> bytes:
    """What an import is making, for the one that cleans up after it if it is killed."""
    content = {"branch": name, "worktree": str(worktree), "start": start, "pid": os.getpid()}
    return (json.dumps(content, ensure_ascii=False) + "\n").encode()


def clean_after_imports(data_root: Path) -> list[Message]:
    """`clean_interrupted` for the repository holding `data_root` (none outside git)."""
    try:
        top = Path(git(data_root, "rev-parse", "--show-toplevel").decode().strip())
    except Q2030Error:
        return []
    return clean_interrupted(top)


def clean_interrupted(top: Path) -> list[Message]:
    """Clean up after imports that were killed: their temporary worktrees removed, and
    their branches deleted while they still point where they started (nothing committed);
    a branch that holds a commit is kept and said. An import still running holds its lock
    and is left alone. Returns what was done, in words."""
    try:
        state = _state_folder(top)
    except Q2030Error:
        return []
    said: list[Message] = []
    for note in sorted(state.glob("*.json")) if state.is_dir() else []:
        try:
            with fsio.folder_lock(state, 0.0, lock_name=note.with_suffix(".lock").name):
                if not note.is_file():
                    continue  # cleaned by another run meanwhile
                said += _clean_one(top, note)
        except Q2030Error:
            continue  # still running, or not ours to clean: left alone
    return said


def _clean_one(top: Path, note: Path) -> list[Message]:
    try:
        content: Any = json.loads(note.read_text(encoding="utf-8"))
        name, worktree, start = content["branch"], Path(content["worktree"]), content["start"]
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        fsio.remove_file(note)
        return []
    _remove_worktree(top, worktree)
    if worktree.parent.name.startswith("q2030-branch-"):
        fsio.remove_tree(worktree.parent)
    said = [Message("commit.cleaned_worktree", path=str(worktree))]
    if _delete_if_unchanged(top, name, start):
        said.append(Message("commit.cleaned_branch", name=name))
    elif _exists(top, name):
        said.append(Message("commit.kept_branch", name=name))
    fsio.remove_file(note)
    return said


def _exists(top: Path, name: str) -> bool:
    try:
        git(top, "rev-parse", "--verify", "--quiet", f"refs/heads/{name}")
    except Q2030Error:
        return False
    return True


def _remove_worktree(top: Path, worktree: Path) -> None:
    """Remove the temporary worktree (never added, or already gone: nothing to do)."""
    with contextlib.suppress(Q2030Error):
        git(top, "worktree", "remove", "--force", str(worktree))
    with contextlib.suppress(Q2030Error):
        git(top, "worktree", "prune")


def _delete_if_unchanged(top: Path, name: str, start: str) -> bool:
    """Delete the branch `name` this import created, only while it still points at
    `start` (git checks it as it deletes); whether it was deleted."""
    try:
        git(top, "update-ref", "-d", f"refs/heads/{name}", start)
    except Q2030Error:
        return False
    return True
