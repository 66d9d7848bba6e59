"""Recording a measurement: read what a person typed, check it against the action, and say
what it changes. The write itself is the repository's (`append_reading`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pydantic import ValidationError

from q2030 import repository
from q2030.checks.reading_values import date_problem, earliest_date, same_measure, value_problem
from q2030.errors import Q2030Error
from q2030.exchange import cell_text
from q2030.models import Action, Reading
from q2030.overview import resolve_action
from q2030.periods import parse_period_end
from q2030.progress import Progress, evaluate
from q2030.repository import Dataset

STATES = ("not_started", "in_progress", "done")
_SPACES = re.compile(r"(?<=\d)[\s\u00a0\u202f](?=\d)")  # French thousands: "2 460"
_NUMBER = r"[-+]?\d+(?:[.,]\d+)?"
_LEVEL = re.compile(rf"^({_NUMBER})\s*(%?)$")
_FRACTION = re.compile(rf"^({_NUMBER})\s*/\s*({_NUMBER})$")
PERCENT_DECIMALS = 2  # a share given as 42/48 is stored as 87.5 (two decimals at most)


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


def parse_number(text: str, name: str) -> float:
    """A plain number, with a decimal point or comma: '46,2' -> 46.2."""
    cleaned = _SPACES.sub("", text.strip()).replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        raise Q2030Error(f"{name}: '{text}' is not a number") from None


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
    names: tuple[str, str, str] = ("--source", "--date", "--correct"),
) -> Reading:
    """The reading to append, checked against the action, its unit and its earlier readings.

    `names` says what the source, the date and a correction are called where they were
    given: options on the command line, columns in a sheet.
    """
    source_name, date_name, correct_name = names
    if not source.strip():
        raise Q2030Error(f"{source_name} is empty: say where the figure comes from")
    existing = [reading for reading in dataset.readings_of(action.id) if reading.date == day]
    if correct and not existing:
        raise Q2030Error(f"{correct_name}: {action.id} has no reading for {day} to correct")
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
        raise Q2030Error(f"{date_name}: {message}")
    differing = [
        earlier
        for earlier in existing
        if earlier.number(action.unit) != reading.number(action.unit)
        or earlier.state != reading.state
    ]
    if differing and not correct:
        raise Q2030Error(
            f"{action.id} already has a reading for {day} that says otherwise: "
            f"add {correct_name} to record this one as its correction (the old one stays)"
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


SHEET_NAMES = ("the source", "the date", "a 'corrects' cell")


@dataclass(frozen=True)
class Checked:
    """A sheet's rows, each accepted as a reading or refused with its reason."""

    accepted: list[tuple[int, Action, Reading]]
    refused: list[tuple[int, str]]


def _measure_of_cell(value: object, action: Action) -> dict[str, Any]:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return {"value": float(value)}
    return parse_measure(cell_text(value), action)


def _day_of_cell(value: object, today: date) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value)
    if not text:
        raise Q2030Error("the date is empty")
    return parse_day(text, today)


def _number_of_cell(value: object, name: str) -> float | None:
    if value is None or cell_text(value) == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return parse_number(cell_text(value), name)


def check_rows(dataset: Dataset, rows: list[tuple[int, dict[str, object]]], today: date) -> Checked:
    """Check every row of a sheet as `q2030 record` checks one reading, and against the
    sheet's other rows: two rows may not give one action two figures for one date."""
    accepted: list[tuple[int, Action, Reading]] = []
    refused: list[tuple[int, str]] = []
    first_row: dict[tuple[str, date], tuple[int, Reading]] = {}
    for number, cells in rows:
        try:
            _, action = resolve_action(dataset, cell_text(cells.get("action")))
            measure = _measure_of_cell(cells.get("value"), action)
            reference = _number_of_cell(cells.get("reference"), "reference")
            if reference is not None:
                measure["reference"] = reference
            day = _day_of_cell(cells.get("date"), today)
            correct = cell_text(cells.get("corrects")) != ""
            reading = draft(
                dataset,
                action,
                measure,
                day,
                cell_text(cells.get("source")),
                cell_text(cells.get("note")) or None,
                correct=correct,
                today=today,
                names=SHEET_NAMES,
            )
            earlier = first_row.get((action.id, day))
            if earlier is not None and not same_measure(earlier[1], reading):
                raise Q2030Error(f"row {earlier[0]} gives {action.id} another figure for {day}")
            first_row.setdefault((action.id, day), (number, reading))
            accepted.append((number, action, reading))
        except Q2030Error as error:
            refused.append((number, str(error)))
    return Checked(accepted, refused)


def import_readings(
    dataset: Dataset, checked: Checked, today: date, *, dry_run: bool
) -> list[repository.Appended]:
    """Append the accepted rows, every file under its lock, all or nothing."""
    batches: dict[str, tuple[Action, list[Reading]]] = {}
    for _, action, reading in checked.accepted:
        batches.setdefault(action.id, (action, []))[1].append(reading)
    plan = dataset.plan.plan
    return repository.append_readings(
        dataset.root, list(batches.values()), plan.reference_date, today, dry_run=dry_run
    )
