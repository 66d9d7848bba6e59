"""The use cases: one module per command, each a typed query (a frozen dataclass holding the
domain's own enums) and a `run(...)` that returns a result, neither printing nor knowing the
command line. The CLI (q2030.cli.app) parses arguments into a query, runs it, renders the result
and maps errors to exit codes; the library API (q2030.api) calls the same functions.

A command that only reads never repairs: where a write was interrupted in the data folder it
stops with one line saying to run `q2030 recover` (or a command that writes), since the
files may hold half of a multi-file import. Writing commands and `recover` repair first.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from q2030.checks import checked
from q2030.data import fsio, store
from q2030.data.datadir import display_path
from q2030.data.dataset import Dataset
from q2030.errors import DataError, Q2030Error
from q2030.i18n import Message

if TYPE_CHECKING:
    from q2030.services.history import Since


def for_reading(root: Path) -> Dataset:
    """The data folder, loaded for a command that only reads it; refused while a write
    waits to be finished (see the module's docstring)."""
    if fsio.needs_recovery(root):
        raise Q2030Error("recover.pending", path=display_path(root))
    return checked.load(root)


def for_writing(root: Path) -> tuple[Dataset, Message | None]:
    """The data folder, an interrupted write there finished (or undone) first, loaded and
    checked for a command that writes; and what was repaired, to say it."""
    repaired = store.recover(root)
    dataset, problems = checked.collect(root)
    if dataset is None:
        raise DataError(problems)
    return dataset, repaired


def moved_since(dataset: Dataset, since: str, as_of: date) -> Since:
    """What moved since the last COPIL (a date or a git revision), for status, report and
    site alike; git's code is loaded only when it is asked for."""
    from q2030.services.history import changes_since

    return changes_since(dataset.root, since, as_of, dataset)
