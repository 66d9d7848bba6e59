"""What goes wrong, as data: located problems, and the one exception that stops a command."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, NamedTuple

from q2030.escaping import terminal_safe

Level = Literal["error", "warning"]


class Problem(NamedTuple):
    """One thing wrong in one file, at a line and column counted from 1 (ordered by place)."""

    path: str
    line: int
    column: int
    level: Level
    code: str
    message: str

    def __str__(self) -> str:
        text = f"{self.path}:{self.line}:{self.column}: [{self.level}] {self.code}: {self.message}"
        return terminal_safe(text)


class Q2030Error(Exception):
    """A mistake that stops a command; the CLI shows its message on one line and exits 1."""


class DataError(Q2030Error):
    """The data folder holds errors; each is a located Problem."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        errors = [problem for problem in problems if problem.level == "error"]
        super().__init__(f"{len(errors)} error(s) in the data: run 'q2030 validate' for all")


def closest(name: str, known: Iterable[str], n: int = 3) -> list[str]:
    """The names a mistyped `name` most likely meant: prefix matches first, then look-alikes."""
    import difflib

    known = list(known)
    prefixed = [candidate for candidate in known if candidate.startswith(name)]
    alike = difflib.get_close_matches(name, known, n=n, cutoff=0.6)
    return list(dict.fromkeys(prefixed + alike))[:n]
