"""Every word the tool says, in English and in French, one module per domain.

Each module holds `WORDS`, a dict of key: (English, French), the key's first part naming
what it is about (`report.title`, `fs.busy`); the domains are

- `statuses`: the status words, counts by status, units, milestone states, targets, gaps,
  trends, a commitment's fields;
- `reasons`: why an action has its status (`reason.*`, q2030.domain.progress.why);
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
- `scaffold`: `q2030 init` and the files it writes;
- `site`: the published site (`q2030 site`): its pages, its downloads and what their
  columns mean, writing its folder, and its command's help.

A word goes where a person would look for it: with the command or the part of the tool
that says it; a word several parts share goes with what it names (a column heading in
`columns`, a status in `statuses`). A key repeated inside one module is a ruff error
(F601); repeated across modules it stops the import (`merged`).
"""

from __future__ import annotations

from operator import itemgetter
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
    site,
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
    site,
)

_SEPARATOR = "\x00"  # between the French texts spaced in one pass; no text holds it


class DuplicateKey(ValueError):
    """Two domains give the same key: one would hide the other."""


def merged(domains: tuple[ModuleType, ...]) -> dict[str, tuple[str, str]]:
    """One catalogue from the domains' WORDS, French typography applied; DuplicateKey,
    naming the key and both modules, when two domains give the same key. The catalogue is
    loaded on every run, a cold start that is timed: the work is done by dict.update and
    map, the French spaced in one pass over all of it."""
    catalogue: dict[str, tuple[str, str]] = {}
    for domain in domains:
        words: dict[str, tuple[str, str]] = domain.WORDS
        size = len(catalogue)
        catalogue.update(words)
        if len(catalogue) != size + len(words):
            key = next(key for key in words if _owner(key, domains) is not domain)
            owner = _owner(key, domains).__name__
            raise DuplicateKey(f"catalogue key '{key}' is in both {owner} and {domain.__name__}")
    texts = catalogue.values()
    french = french_spacing(_SEPARATOR.join(map(itemgetter(1), texts))).split(_SEPARATOR)
    if len(french) != len(catalogue):
        raise ValueError(f"a French text of the catalogue holds {_SEPARATOR!r}")
    return dict(zip(catalogue, zip(map(itemgetter(0), texts), french, strict=True), strict=True))


def _owner(key: str, domains: tuple[ModuleType, ...]) -> ModuleType:
    """The first domain that gives `key`."""
    return next(domain for domain in domains if key in domain.WORDS)


CATALOGUE = merged(DOMAINS)
