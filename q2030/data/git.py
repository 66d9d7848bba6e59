"""The git repository around the data folder: git run with its errors said in one line,
the data folder's files at a revision, and commits found by their dates."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from q2030.errors import Q2030Error
from q2030.i18n import Message


def git(folder: Path, *args: str) -> bytes:
    try:
        result = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, check=False)
    except FileNotFoundError:
        raise Q2030Error("git.missing") from None
    if result.returncode != 0:
        message = result.stderr.decode(errors="replace").strip().splitlines()
        said = message[-1] if message else Message("git.failed")
        raise Q2030Error("git.error", command=_shown_command(args), message=said)
    return result.stdout


def _shown_command(args: tuple[str, ...]) -> str:
    """A git command as an error names it: a long or multi-line argument (a commit's
    message) as an ellipsis, so that the error stays one short line."""
    return " ".join("…" if "\n" in arg or len(arg) > 80 else arg for arg in args)


def snapshot(data_root: Path, revision: str) -> dict[str, bytes]:
    """The data folder's files at `revision`, by path relative to the folder."""
    top = Path(git(data_root, "rev-parse", "--show-toplevel").decode().strip())
    try:
        git(top, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    except Q2030Error:
        raise Q2030Error("git.revision", revision=revision, top=str(top)) from None
    prefix = data_root.resolve().relative_to(top.resolve()).as_posix()
    listed = git(top, "ls-tree", "-r", "-z", "--name-only", revision, "--", prefix or ".")
    files = {}
    for name in filter(None, listed.decode().split("\0")):
        relative = name[len(prefix) + 1 :] if prefix and prefix != "." else name
        files[relative] = git(top, "show", f"{revision}:{name}")
    return files


def commit_date(data_root: Path, revision: str) -> date | None:
    """The day `revision` was committed (None where git cannot say)."""
    try:
        found = git(data_root, "log", "-1", "--format=%cs", revision).decode().strip()
    except Q2030Error:
        return None
    return date.fromisoformat(found) if found else None


def in_git(data_root: Path) -> bool:
    """Whether the data folder lies in a git work tree (and git is there to say so)."""
    try:
        return git(data_root, "rev-parse", "--is-inside-work-tree").strip() == b"true"
    except Q2030Error:
        return False


def commit_on_or_before(data_root: Path, day: date) -> tuple[str, date] | None:
    """The last commit on or before `day` (by its commit date) and that date, or None
    before the first commit."""
    try:
        found = git(
            data_root, "log", "-1", "--format=%H %cs", f"--before={day.isoformat()} 23:59:59"
        )
    except Q2030Error:  # a repository without any commit yet
        return None
    commit, _, when = found.decode().strip().partition(" ")
    return (commit, date.fromisoformat(when)) if commit else None
