"""`q2030 due`: the figures each operator owes, how late each is."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from q2030.data.dataset import Dataset
from q2030.domain.choices import DueOrder
from q2030.services import owed
from q2030.services.overview import resolve_operators
from q2030.services.owed import Freshness, Owed


@dataclass(frozen=True)
class Query:
    as_of: date
    operators: Sequence[str] = ()
    sort: DueOrder = DueOrder.PLAN


@dataclass(frozen=True)
class Result:
    figures: list[Owed]
    freshness: dict[str, Freshness]


def run(dataset: Dataset, query: Query) -> Result:
    family = resolve_operators(dataset, query.operators)
    figures = [
        figure
        for figure in owed.owed(dataset, query.as_of)
        if family is None or figure.operator.id in family
    ]
    figures = owed.sort_owed(figures, query.sort)
    return Result(figures, owed.freshness(figures))
