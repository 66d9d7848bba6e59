"""`q2030 status`: where every action stands, filtered, sorted, with what moved since the
last COPIL and how fresh each action's figures are."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from q2030.commands import moved_since
from q2030.data.dataset import Dataset
from q2030.domain.choices import SortOrder
from q2030.domain.statuses import Status
from q2030.services import owed
from q2030.services.overview import Row, build_rows, sort_rows
from q2030.services.owed import Freshness

if TYPE_CHECKING:
    from q2030.services.history import Since


@dataclass(frozen=True)
class Query:
    as_of: date
    operators: Sequence[str] = ()  # ids, names or aliases; each includes its services
    due_year: int | None = None
    statuses: Sequence[Status] = ()
    objective: str | None = None
    sort: SortOrder = SortOrder.PLAN
    since: str | None = None  # the last COPIL: a date or a git revision


@dataclass(frozen=True)
class Result:
    rows: list[Row]
    since: Since | None  # what moved since the last COPIL, when asked
    freshness: dict[str, Freshness]  # how late each action's figures are (absent: on time)


def run(dataset: Dataset, query: Query) -> Result:
    rows = build_rows(
        dataset,
        query.as_of,
        operators=query.operators,
        due_year=query.due_year,
        statuses=query.statuses,
        objective=query.objective,
    )
    moved = None if query.since is None else moved_since(dataset, query.since, query.as_of)
    freshness = owed.freshness(owed.owed(dataset, query.as_of))
    return Result(sort_rows(rows, query.sort), moved, freshness)
