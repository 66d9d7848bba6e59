"""What a person types on the command line, parsed at the boundary into typed values.

Each function is a Typer `parser`: it returns the typed value or raises BadValue (a
typer.BadParameter carrying a Message), which the command line reports as a usage error
(exit code 2) in the run's language, in one message shape, whatever the command. Whether
a well-formed id exists, or a value fits its action, is for the data to say (exit code 1).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

import typer

from q2030.domain.periods import parse_typed_day
from q2030.domain.statuses import Status
from q2030.domain.values import Measure, plain_words, read_measure, read_number
from q2030.errors import Q2030Error, os_reason
from q2030.escaping import control_problem, requirement
from q2030.i18n import CATALOGUE, Message, MessageError

Choice = TypeVar("Choice", bound=StrEnum)
_ACTION_ID = re.compile(r"^[A-Za-z0-9]+(?:-[A-Za-z0-9]*)*$")  # an id, or the start of one
_OBJECTIVE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class BadValue(typer.BadParameter):
    """A malformed value, with what is wrong as a Message (the CLI says it in the run's
    language when it reports the error)."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.said = message

    def format_message(self) -> str:
        """The message alone when no option is at fault (a command's own usage rule, such as
        "say where to write"): Click would prefix it with an English "Invalid value: "."""
        if self.param is None and self.param_hint is None:
            return self.message
        return super().format_message()


def day(text: str) -> date:
    """A day: 2025-12-31, 31/12/2025, 31.12.2025, a year (its last day) or a half-year
    (2025-H1, 2025-S1)."""
    try:
        return parse_typed_day(text)
    except MessageError as error:
        raise BadValue(error.message) from None


def status(text: str) -> Status:
    """A status, in English or in French, as the tool prints it or as its name, accents,
    case and punctuation aside; a unique beginning will do ("échue", "manq")."""
    wanted = plain_words(text)
    names = {
        plain_words(name): candidate
        for candidate in Status
        for name in (candidate.value, *CATALOGUE[f"status.{candidate.value}"])
    }
    if wanted in names:
        return names[wanted]
    starting = {candidate for name, candidate in names.items() if name.startswith(wanted)}
    if wanted and len(starting) == 1:
        return starting.pop()
    known = tuple(Message(f"status.{candidate.value}") for candidate in Status)
    raise BadValue(Message("argument.status", text=text, known=known))


def choice_words(value: str) -> tuple[str, ...]:
    """The words that name a choice: its own (`gap`), and its French one (`écart`) where the
    catalogue has one (`choice.gap`); both are accepted whatever the run's language."""
    key = f"choice.{value}"
    return (value, *CATALOGUE[key]) if key in CATALOGUE else (value,)


def choice(kind: type[Choice]) -> Callable[[str], Choice]:
    """A parser for an option whose value is one of `kind`'s: its name or its French word,
    accents and case aside (`--sort écart`, `--format tableau`)."""

    def parse(text: str) -> Choice:
        wanted = plain_words(text)
        for candidate in kind:
            if wanted in {plain_words(word) for word in choice_words(candidate.value)}:
                return candidate
        known = tuple(
            Message(f"choice.{c.value}") if f"choice.{c.value}" in CATALOGUE else c.value
            for c in kind
        )
        raise BadValue(Message("argument.choice", text=text, known=known))

    return parse


def measure(text: str) -> Measure:
    """A value: 14.2, 14,2, 14.2 %, 42/48 or a milestone state."""
    try:
        return read_measure(text)
    except MessageError as error:
        raise BadValue(error.message) from None


def number(text: str) -> float:
    """A plain number: 46.2 or 46,2."""
    try:
        return read_number(text)
    except MessageError as error:
        raise BadValue(error.message) from None


def _identifier(text: str, pattern: re.Pattern[str], example: str) -> str:
    if not pattern.match(text):
        raise BadValue(Message("argument.id", text=text, example=example))
    return text


def action_id(text: str) -> str:
    """An action's id, or a prefix of one: letters, digits and dashes."""
    return _identifier(text, _ACTION_ID, "snu-jeunes-qpv, snu")


def operator_id(text: str) -> str:
    """An operator's id (letters, digits and dashes, any case), or its name or one of its
    aliases as the plan writes them ("France Travail"): any text without control
    characters; which operator it names is for the data to say."""
    if not text.strip():
        raise BadValue(Message("argument.id", text=text, example="ARS, SG-PREFECTURE"))
    if problem := control_problem(text):
        raise BadValue(problem)
    return text.strip()


def objective_id(text: str) -> str:
    """An objective's id: lower-case letters, digits and dashes."""
    return _identifier(text, _OBJECTIVE_ID, "education")


def text(value: str) -> str:
    """A source or a note: any text without control characters."""
    if problem := control_problem(value):
        raise BadValue(problem)
    return value


def pip_requirement(text: str) -> str:
    """A pip requirement, which the workflow quotes (see escaping.requirement)."""
    try:
        requirement(text)
    except MessageError as error:
        raise BadValue(error.message) from None
    return text


ARTICLE_WORDS = {"le": "le", "la": "la", "l'": "l'", "l\u2019": "l'", "l": "l'", "les": "les"}
NO_ARTICLE = frozenset({"", "none", "aucun", "-"})


def article(text: str) -> str:
    """A French article for a name: le, la, l' (or l, l\u2019), les; none (aucun, -) as ""."""
    word = text.strip().lower()
    if word in NO_ARTICLE:
        return ""
    if word not in ARTICLE_WORDS:
        raise BadValue(Message("argument.article", text=text))
    return ARTICLE_WORDS[word]


def year(text: str) -> int:
    """A year: four digits."""
    if not re.fullmatch(r"\d{4}", text.strip()):
        raise BadValue(Message("argument.year", text=text))
    return int(text)


def since(text: str) -> str:
    """The last COPIL: a date (any form `day` reads) or a git revision (a branch, a tag,
    a commit); which one is decided when the data is read."""
    value = text.strip()
    if not value or value.startswith("-") or any(character.isspace() for character in value):
        raise BadValue(Message("argument.since", text=text))
    return value


@dataclass(frozen=True)
class Output:
    """Where an `--out` option writes: the standard output (`-`), or a file whose absolute
    path is fixed here, once, whatever folder the command changes to; `typed` is the path
    as the person typed it, for messages; `folder` says it ended with a slash, which names
    a folder, never a file."""

    typed: str
    path: Path | None  # None: the standard output
    folder: bool = False


STANDARD_OUTPUT = "-"


def absolute(text: str) -> Path:
    """A path typed on the command line, made absolute against the working folder, so that
    a relative `--data`, `--out` or `--out-dir` names the same place everywhere after."""
    try:
        return Path(os.path.abspath(text))
    except OSError as error:  # the working folder was removed
        raise Q2030Error("datadir.cwd", reason=os_reason(error)) from None


def output(text: str) -> Output:
    """An `--out` value: `-` for the standard output, else a file (see Output)."""
    if text == STANDARD_OUTPUT:
        return Output(text, None)
    return Output(text, absolute(text), folder=text.endswith(("/", os.sep)))


def folder(text: str) -> Path:
    """An `--out-dir` or `--data` value: a folder, absolute (see absolute)."""
    return absolute(text)
