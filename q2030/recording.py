"""Recording a measurement: read what a person typed, check it against the action, and say
what it changes. The write itself is the repository's (`append_reading`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import ValidationError

from q2030 import repository
from q2030.checks.reading_values import date_problem, earliest_date, value_problem
from q2030.errors import Q2030Error, closest
from q2030.models import Action, Objective, Reading
from q2030.periods import parse_period_end
from q2030.progress import Progress, evaluate
from q2030.repository import Dataset

STATES = ("not_started", "in_progress", "done")
_SPACES = re.compile(r"(?<=\d)[\s\u00a0\u202f](?=\d)")  # French thousands: "2 460"
_NUMBER = r"[-+]?\d+(?:[.,]\d+)?"
_LEVEL = re.compile(rf"^({_NUMBER})\s*(%?)$")
_FRACTION = re.compile(rf"^({_NUMBER})\s*/\s*({_NUMBER})$")
PERCENT_DECIMALS = 2  # a share given as 42/48 is stored as 87.5 (two decimals at most)


def find_action(dataset: Dataset, name: str) -> tuple[Objective, Action]:
    """The action with this id or, failing that, the only one whose id starts with it."""
    found = dataset.find_action(name)
    if found is not None:
        return found
    matches = [action_id for action_id in dataset.action_ids() if action_id.startswith(name)]
    if len(matches) == 1:
        found = dataset.find_action(matches[0])
        assert found is not None
        return found
    if matches:
        raise Q2030Error(f"'{name}' starts several action ids: {', '.join(matches)}; say which")
    close = closest(name, dataset.action_ids())
    hint = f" Did you mean: {', '.join(close)}?" if close else ""
    raise Q2030Error(f"unknown action '{name}'.{hint}")


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def parse_measure(text: str, action: Action) -> dict[str, Any]:
    """What VALUE says, as reading fields: 14.2, 14,2, 14.2%, 42/48, or a milestone state."""
    cleaned = _SPACES.sub("", text.strip())
    if cleaned in STATES:
        return {"state": cleaned}
    if level := _LEVEL.match(cleaned):
        if level[2] and action.unit != "percent":
            raise Q2030Error(f"'{text}': {action.id} is not measured in percent; drop the %")
        return {"value": _number(level[1])}
    if fraction := _FRACTION.match(cleaned):
        if action.unit != "percent":
            raise Q2030Error(f"'{text}': a fraction is for percentages; {action.id} counts")
        numerator, denominator = _number(fraction[1]), _number(fraction[2])
        if denominator <= 0:
            raise Q2030Error(f"'{text}': the denominator must be positive")
        share = round(numerator / denominator * 100, PERCENT_DECIMALS)
        return {"value": share, "numerator": numerator, "denominator": denominator}
    raise Q2030Error(
        f"'{text}' is not a value: write a number (14.2, 14,2 or 14.2%), a fraction (42/48) "
        f"or a milestone state ({', '.join(STATES)})"
    )


def parse_day(text: str | None, today: date) -> date:
    if text is None:
        return today
    try:
        return parse_period_end(text)
    except ValueError as error:
        raise Q2030Error(f"--date: {error}") from None


@dataclass(frozen=True)
class Outcome:
    """A recorded (or dry-run) reading and the action's figures before and after it."""

    action: Action
    reading: Reading
    appended: repository.Appended
    before: Progress
    after: Progress


def draft(
    dataset: Dataset,
    action: Action,
    measure: dict[str, Any],
    day: date,
    source: str,
    note: str | None,
    *,
    correct: bool,
    today: date,
) -> Reading:
    """The reading to append, checked against the action, its unit and its earlier readings."""
    if not source.strip():
        raise Q2030Error("--source is empty: say where the figure comes from")
    existing = [reading for reading in dataset.readings_of(action.id) if reading.date == day]
    if correct and not existing:
        raise Q2030Error(f"--correct: {action.id} has no reading for {day} to correct")
    try:
        reading = Reading.model_validate(
            {
                **measure,
                "date": day,
                "source": source,
                "note": note or None,
                "corrects": day if correct else None,
            }
        )
    except ValidationError as error:
        raise Q2030Error(error.errors()[0]["msg"].removeprefix("Value error, ")) from None
    if message := value_problem(action, reading):
        raise Q2030Error(f"{action.id}: {message}")
    if message := date_problem(day, earliest_date(dataset.plan.plan.reference_date), today):
        raise Q2030Error(f"--date: {message}")
    differing = [
        earlier
        for earlier in existing
        if earlier.number(action.unit) != reading.number(action.unit)
        or earlier.state != reading.state
    ]
    if differing and not correct:
        raise Q2030Error(
            f"{action.id} already has a reading for {day} that says otherwise: "
            "add --correct to record this one as its correction (the old one stays)"
        )
    return reading


def record(
    dataset: Dataset, action: Action, reading: Reading, today: date, *, dry_run: bool
) -> Outcome:
    """Append `reading` (unless `dry_run`) and compute the action's figures before and after."""
    plan = dataset.plan.plan
    appended = repository.append_reading(
        dataset.root, action, reading, plan.reference_date, today, dry_run=dry_run
    )
    before = evaluate(action, appended.before, today, plan.reference_date, plan.end_year)
    after = evaluate(action, appended.after, today, plan.reference_date, plan.end_year)
    return Outcome(action, reading, appended, before, after)
