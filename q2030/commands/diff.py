"""`q2030 diff REF [REF2]`: what a change to the data did, action by action (the readings
added, the standings that moved, the commitments changed), between two revisions or from
one to the working tree."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from q2030.data.dataset import Dataset
from q2030.services import history
from q2030.services.history import ActionDiff


@dataclass(frozen=True)
class Query:
    base: str
    as_of: date
    head: str | None = None  # None: the working tree


def run(dataset: Dataset, query: Query) -> list[ActionDiff]:
    current = dataset if query.head is None else None
    return history.compare(dataset.root, query.base, query.head, query.as_of, current)
