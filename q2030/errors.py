"""What goes wrong, as data: located problems, and the one exception that stops a command."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal, NamedTuple

# C0 and C1 control characters (but line feed and tab), DEL, and the bidirectional
# controls that can reorder what a terminal or an editor shows (Trojan Source).
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def control_problem(text: str) -> str | None:
    """Why `text` cannot be stored or shown as it is (a control character), or None."""
    found = CONTROLS.search(text)
    if found is None:
        return None
    return f"contains a control character (U+{ord(found.group()):04X}): remove it"


def terminal_safe(text: str) -> str:
    """`text` with control characters written as escapes (\\x1b), so that no data can
    repaint a terminal or hide text in a log."""
    return CONTROLS.sub(lambda found: ascii(found.group())[1:-1], text)


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
