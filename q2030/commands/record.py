"""`q2030 record ACTION VALUE --source ...`: one reading checked against its action (unit,
range, date, plausibility, what it corrects) and written at its date, with the action's
figures before and after it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from q2030.data.dataset import Dataset
from q2030.domain.models import Action
from q2030.domain.values import Measure
from q2030.services import recording
from q2030.services.overview import resolve_action
from q2030.services.recording import Outcome


@dataclass(frozen=True)
class Query:
    action: str  # its id, any case, or the only id it begins
    value: Measure
    source: str
    today: date
    day: date | None = None  # the date the figure describes; today by default
    note: str | None = None
    reference: float | None = None  # the reference series' figure, for `outpace`
    correct: bool = False
    allow_unusual: bool = False
    dry_run: bool = False


def action_of(dataset: Dataset, name: str) -> Action:
    """The action a person named (see overview.resolve_action)."""
    return resolve_action(dataset, name)[1]


def run(dataset: Dataset, query: Query) -> Outcome:
    action = action_of(dataset, query.action)
    measure = recording.measure_fields(query.value, action)
    if query.reference is not None:
        measure["reference"] = query.reference
    reading = recording.draft(
        dataset,
        action,
        measure,
        query.day or query.today,
        query.source,
        query.note,
        correct=query.correct,
        today=query.today,
        allow_unusual=query.allow_unusual,
    )
    return recording.record(dataset, action, reading, query.today, dry_run=query.dry_run)
