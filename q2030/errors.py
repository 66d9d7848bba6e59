"""What goes wrong, as data: located problems, and the one exception that stops a command."""

from __future__ import annotations

import errno
from collections.abc import Iterable
from typing import Literal, NamedTuple

from q2030.escaping import one_line
from q2030.i18n import CATALOGUE, ENGLISH, Language, Message

Level = Literal["error", "warning"]


class Problem(NamedTuple):
    """One thing wrong in one file, at a line and column counted from 1 (ordered by place)."""

    path: str
    line: int
    column: int
    level: Level
    code: str
    message: Message

    def __str__(self) -> str:
        return self.line_in(ENGLISH)

    def as_message(self) -> Message:
        """The problem as one message: path:line:col: [level] code: message (the code stays
        an English identifier, to search for; the level is said)."""
        return Message(
            "problem.line",
            place=f"{self.path}:{self.line}:{self.column}",
            level=Message(f"level.{self.level}"),
            code=self.code,
            message=self.message,
        )

    def line_in(self, lang: Language) -> str:
        """The problem on one line, in `lang`, safe for a terminal (a line break from the
        data escaped)."""
        return one_line(lang.text(self.as_message()))


class Q2030Error(Exception):
    """A mistake that stops a command; the CLI shows its message on one line and exits 1.
    It carries a Message, said in the run's language."""

    def __init__(self, key: str | Message, /, **values: object) -> None:
        self.message = key if isinstance(key, Message) else Message(key, **values)
        super().__init__(str(self.message))


class DataError(Q2030Error):
    """The data folder holds errors; each is a located Problem."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        errors = sum(problem.level == "error" for problem in problems)
        super().__init__(Message.counted("error.data", errors))


def os_reason(error: OSError) -> Message:
    """What the system said, in the run's language for the usual reasons (a full disk,
    a permission), else as the system said it."""
    name = errno.errorcode.get(error.errno or 0, "")
    if f"os.{name}" in CATALOGUE:
        return Message(f"os.{name}")
    return Message("os.other", detail=error.strerror or str(error))


def closest(name: str, known: Iterable[str], n: int = 3) -> list[str]:
    """The names a mistyped `name` most likely meant: prefix matches first, then look-alikes."""
    import difflib

    known = list(known)
    prefixed = [candidate for candidate in known if candidate.startswith(name)]
    alike = difflib.get_close_matches(name, known, n=n, cutoff=0.6)
    return list(dict.fromkeys(prefixed + alike))[:n]
