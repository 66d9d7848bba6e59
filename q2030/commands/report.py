"""`q2030 report`: the COPIL's pack, for the operators asked (all by default): the rows, what
moved since the last COPIL, how fresh each action's figures are; q2030.render.report lays
it out as HTML (printed to PDF by q2030.render.printing) or Markdown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from q2030.commands import moved_since
from q2030.data.dataset import Dataset
from q2030.domain.choices import SortOrder
from q2030.services import owed
from q2030.services.overview import Row, build_rows, operator_ids
from q2030.services.owed import Freshness

if TYPE_CHECKING:
    from q2030.services.history import Since


@dataclass(frozen=True)
class Query:
    as_of: date
    operators: Sequence[str] = ()
    since: str | None = None
    sort: SortOrder = SortOrder.PLAN


@dataclass(frozen=True)
class Result:
    dataset: Dataset
    rows: list[Row]  # in the plan's order; each operator's section sorts its own
    operators: list[str]  # the ids of the operators asked for, in the order named
    since: Since | None
    freshness: dict[str, Freshness]
    as_of: date
    sort: SortOrder


def run(dataset: Dataset, query: Query) -> Result:
    rows = build_rows(dataset, query.as_of, operators=query.operators)
    moved = None if query.since is None else moved_since(dataset, query.since, query.as_of)
    return Result(
        dataset,
        rows,
        operator_ids(dataset, query.operators),
        moved,
        owed.freshness(owed.owed(dataset, query.as_of)),
        query.as_of,
        query.sort,
    )
