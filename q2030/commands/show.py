"""`q2030 show ACTION`: one action whole, as its commitment stood at the as-of date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from q2030.data.dataset import Dataset
from q2030.services.overview import Row, resolve_action, row_of


@dataclass(frozen=True)
class Query:
    action: str  # its id, any case, or the only id it begins
    as_of: date


def run(dataset: Dataset, query: Query) -> Row:
    return row_of(dataset, *resolve_action(dataset, query.action), query.as_of)
