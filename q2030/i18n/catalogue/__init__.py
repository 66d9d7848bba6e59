"""Every word the tool says, in English and in French, one module per domain.

Each module holds `WORDS`, a dict of key: (English, French), the key's first part naming
what it is about (`report.title`, `fs.busy`); the domains are

- `statuses`: the status words, counts by status, units, milestone states, targets, gaps,
  trends, a commitment's fields;
- `reasons`: why an action has its status (`reason.*`, q2030.progress.why);
- `columns`: column headings shared by the tables, sheets and report; the show page;
- `checks`: what is wrong with a value or a file: what people type, the data contract,
  the rules a reading obeys, the loader's and Pydantic's words, validate's checks;
- `files`: the data folder, writes refused, the file system and its locks, recover, and
  the system's own errors;
- `record`: recording a figure, its outcome, an unusual figure, the questions it asks;
- `sheets`: the status sheet and the export, a sheet read back, the request sheet, import;
- `owed`: the figures owed and how fresh each action is;
- `mail`: the reminders;
- `report`: the COPIL report, its charts, what moved, the PDF;
- `history`: git, diff, --since, the append-only guard, import --commit;
- `cli`: the command line's errors and arguments, the settings, and Typer's and Click's
  words said in French (usage errors, help headings, metavars, choices);
- `help`: the help of every command and option;
- `scaffold`: `q2030 init` and the files it writes.

A word goes where a person would look for it: with the command or the part of the tool
that says it; a word several parts share goes with what it names (a column heading in
`columns`, a status in `statuses`). A key repeated inside one module is a ruff error
(F601); repeated across modules it stops the import (`merged`).
"""

from __future__ import annotations

from types import ModuleType

from q2030.i18n.catalogue import (
    checks,
    cli,
    columns,
    files,
    history,
    mail,
    owed,
    reasons,
    record,
    report,
    scaffold,
    sheets,
    statuses,
)
from q2030.i18n.catalogue import help as command_help
from q2030.i18n.typography import french_spacing

DOMAINS: tuple[ModuleType, ...] = (
    statuses,
    reasons,
    columns,
    checks,
    files,
    record,
    sheets,
    owed,
    mail,
    report,
    history,
    cli,
    command_help,
    scaffold,
)

_SEPARATOR = "\x00"  # between the French texts spaced in one pass; no text holds it


class DuplicateKey(ValueError):
    """Two domains give the same key: one would hide the other."""


def merged(domains: tuple[ModuleType, ...]) -> dict[str, tuple[str, str]]:
    """One catalogue from the domains' WORDS, French typography applied (in one pass over
    all the French: the catalogue is loaded on every run, a cold start that is timed);
    DuplicateKey, naming the key and both modules, when two domains give the same key."""
    owner: dict[str, str] = {}
    keys: list[str] = []
    english: list[str] = []
    french: list[str] = []
    for domain in domains:
        words: dict[str, tuple[str, str]] = domain.WORDS
        for key, (said, dit) in words.items():
            if key in owner:
                raise DuplicateKey(
                    f"catalogue key '{key}' is in both {owner[key]} and {domain.__name__}"
                )
            owner[key] = domain.__name__
            keys.append(key)
            english.append(said)
            french.append(dit)
    spaced = french_spacing(_SEPARATOR.join(french)).split(_SEPARATOR)
    if len(spaced) != len(keys):
        raise ValueError(f"a French text holds {_SEPARATOR!r}")
    return dict(zip(keys, zip(english, spaced, strict=True), strict=True))


CATALOGUE = merged(DOMAINS)
