"""`q2030 export`: what a spreadsheet of the status or of the readings holds: the rows of
the actions asked, or their readings; q2030.render.status_sheet and q2030.sheets.exchange make
the sheet."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from q2030.data.dataset import Dataset
from q2030.domain.choices import SheetContent
from q2030.domain.models import Action, Reading
from q2030.services.overview import Row, build_rows, resolve_operators


@dataclass(frozen=True)
class Query:
    as_of: date
    what: SheetContent = SheetContent.STATUS
    operators: Sequence[str] = ()


@dataclass(frozen=True)
class Result:
    what: SheetContent
    rows: list[Row]  # the status: one per action asked
    readings: list[tuple[Action, Reading]]  # the readings: each of the actions asked


def run(dataset: Dataset, query: Query) -> Result:
    if query.what is SheetContent.STATUS:
        return Result(query.what, build_rows(dataset, query.as_of, operators=query.operators), [])
    family = resolve_operators(dataset, query.operators)
    readings = [
        (action, reading)
        for _, action in dataset.plan.actions()
        if family is None or action.operator in family
        for reading in dataset.readings_of(action.id)
    ]
    return Result(query.what, [], readings)
