"""`q2030 site`: what the published site holds, as of a day: every action's row (status,
figures, trend), what moved since the data's previous version (or since a date or revision
given), the figures each operator owes, every reading dated on or before the day, and the
plan's text as it may be published. Built on the other commands (status, due, export), so
that the site says what they say; q2030.render.site lays it out as pages and downloads.

"What moved" defaults to the data's previous version in git (history.previous_version):
each merge that changes the data rebuilds the site, and the site says what that change
moved. Outside git, without `since`, nothing is compared, and the site says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from q2030.commands import due, export, status
from q2030.data.datadir import PLAN_FILE, display_path
from q2030.data.dataset import Dataset
from q2030.domain.choices import SheetContent
from q2030.domain.models import Action, Reading
from q2030.errors import Q2030Error, os_reason
from q2030.services.overview import Row
from q2030.services.owed import Freshness, Owed

if TYPE_CHECKING:
    from q2030.services.history import Since, Version


@dataclass(frozen=True)
class Query:
    as_of: date
    since: str | None = None  # a date or a git revision; None: the data's previous version


@dataclass(frozen=True)
class Result:
    dataset: Dataset
    as_of: date
    rows: list[Row]  # every action, in the plan's order
    freshness: dict[str, Freshness]  # how late each action's figures are (absent: on time)
    since: Since | None  # what moved, when there is something to compare with
    previous: Version | None  # the data's previous version, when `since` was not given
    in_git: bool  # whether the data folder is in a git work tree
    owed: list[Owed]  # the figures owed at the as-of date, or due within 30 days
    readings: list[tuple[Action, Reading]]  # every reading dated on or before the as-of date
    plan_text: str  # objectives.yaml as read, for its published copy


def run(dataset: Dataset, query: Query) -> Result:
    from q2030.data import git
    from q2030.services import history

    previous = None
    since = query.since
    if since is None:
        previous = history.previous_version(dataset.root)
        since = None if previous is None else previous.commit
    standing = status.run(dataset, status.Query(query.as_of, since=since))
    owed = due.run(dataset, due.Query(query.as_of))
    readings = export.run(dataset, export.Query(query.as_of, SheetContent.READINGS)).readings
    return Result(
        dataset,
        query.as_of,
        standing.rows,
        standing.freshness,
        standing.since,
        previous,
        previous is not None or git.in_git(dataset.root),
        owed.figures,
        [(action, reading) for action, reading in readings if reading.date <= query.as_of],
        plan_text(dataset),
    )


def plan_text(dataset: Dataset) -> str:
    """objectives.yaml's text (q2030.render.site checks that it still says the plan loaded
    before it publishes it, and publishes the plan loaded otherwise)."""
    path = dataset.root / PLAN_FILE
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise Q2030Error(
            "site.plan_unreadable", path=display_path(path), reason=os_reason(error)
        ) from None
    return raw.decode("utf-8-sig", errors="replace")
