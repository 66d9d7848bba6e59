"""`q2030 request` (and `remind`): which operators are asked for which figures. One
request per operator named, its services' figures left to their own requests; with
`every`, one per operator of the plan that owes something, in the plan's order. The sheets
and e-mails themselves are rendered by q2030.render.request and q2030.render.remind."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from q2030.data.dataset import Dataset
from q2030.domain.models import Operator
from q2030.errors import Q2030Error
from q2030.services import owed
from q2030.services.overview import resolve_operators
from q2030.services.owed import Owed


@dataclass(frozen=True)
class Request:
    """What one operator is asked for: its figures owed, for a period (a year) or all."""

    operator: Operator
    figures: list[Owed]
    period: int | None
    made: date


@dataclass(frozen=True)
class Result:
    """The requests to make, with the data they were made from (the sheets need it)."""

    dataset: Dataset
    requests: list[Request]


@dataclass(frozen=True)
class Query:
    as_of: date
    operators: Sequence[str] = ()  # those named, or with `every` all that owe a figure
    every: bool = False
    period: int | None = None  # only the figures for this year's periods


def for_operator(
    figures: list[Owed], operator: Operator, period: int | None, made: date
) -> Request:
    """The figures `operator` owes (its own, not its services'), for `period` if given."""
    mine = [
        figure
        for figure in figures
        if figure.operator.id == operator.id
        and (period is None or figure.period.end.year == period)
    ]
    return Request(operator, mine, period, made)


def run(dataset: Dataset, query: Query) -> Result:
    """The requests to make, in the plan's order of operators; a named operator is asked
    even for nothing (its sheet says so), `every` leaves out those that owe nothing."""
    figures = owed.owed(dataset, query.as_of)
    if query.every:
        named = {operator.id for operator in dataset.plan.operators}
    else:
        if not query.operators:
            raise Q2030Error("request.which")
        named = resolve_operators(dataset, query.operators) or set()
    made = []
    for operator in dataset.plan.operators:
        if operator.id not in named:
            continue
        asked = for_operator(figures, operator, query.period, query.as_of)
        if asked.figures or not query.every:
            made.append(asked)
    return Result(dataset, made)
