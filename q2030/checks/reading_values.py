"""Each reading fits its action: a number in the unit's range or a milestone state, a plausible
date, and no second figure for one date unless it says what it corrects."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from q2030.errors import Level, Problem
from q2030.models import Action, Reading

if TYPE_CHECKING:
    from q2030.repository import Dataset

ID = "reading-value"
SHARE_TOLERANCE = 0.01  # a stored percentage is rounded to two decimals
YEARS_BEFORE_REFERENCE = 10  # a figure older than this cannot describe the plan's situation


def value_problem(action: Action, reading: Reading) -> str | None:
    """Why `reading` does not fit `action`'s target kind and unit, or None when it fits."""
    number = reading.number(action.unit)
    kind = action.target.kind
    if kind == "milestone" and reading.state is None:
        return "this action is a milestone: record a state (not_started, in_progress, done)"
    if kind == "none" and number is not None:
        return "this action has no measurable target: record a milestone state or nothing"
    if action.measurable and reading.state is not None:
        return f"this action is measured in {action.unit}: record a number, not a state"
    if number is None:
        return None
    if action.unit == "percent" and not 0 <= number <= 100:
        return f"{number:g} is not a percentage between 0 and 100"
    if action.unit == "count" and (number < 0 or not float(number).is_integer()):
        return f"{number:g} is not a count (a whole number, 0 or more)"
    if reading.value is not None and reading.numerator is not None and action.unit == "percent":
        share = reading.numerator / (reading.denominator or 1) * 100
        if abs(share - reading.value) > SHARE_TOLERANCE:
            return f"value {reading.value:g} is not {reading.numerator:g}/{reading.denominator:g}"
    if kind == "outpace" and reading.reference is None:
        return (
            "this action compares two series: give the general population's figure as 'reference'"
        )
    return None


def earliest_date(reference_date: date) -> date:
    """The oldest date a reading may describe: ten years before the plan's reference date."""
    return reference_date.replace(year=reference_date.year - YEARS_BEFORE_REFERENCE)


def date_problem(reading_date: date, earliest: date, today: date) -> str | None:
    """Why a reading's date is implausible, or None."""
    if reading_date > today:
        return f"dated {reading_date}, in the future: a reading describes a past date"
    if reading_date < earliest:
        return f"dated {reading_date}, before {earliest}: too old to describe the plan's situation"
    return None


@dataclass(frozen=True)
class Finding:
    """A problem of one reading, located by its index in the file (and a field)."""

    loc: tuple[int | str, ...]
    code: str
    message: str
    level: Level = "error"


def findings(
    action: Action, readings: list[Reading], reference_date: date, today: date
) -> Iterator[Finding]:
    """Every problem of an action's readings, in file order."""
    seen: dict[date, Reading] = {}
    latest: date | None = None
    earliest = earliest_date(reference_date)
    for index, reading in enumerate(readings):
        if message := value_problem(action, reading):
            yield Finding((index,), ID, message)
        if message := date_problem(reading.date, earliest, today):
            yield Finding((index, "date"), "reading-date", message)
        if reading.corrects is not None and reading.corrects not in seen:
            message = f"corrects {reading.corrects}, but no earlier reading has that date"
            yield Finding((index, "corrects"), "reading-correction", message)
        earlier = seen.get(reading.date)
        if (
            earlier is not None
            and reading.corrects != reading.date
            and not same_measure(earlier, reading)
        ):
            message = (
                f"a reading for {reading.date} already says otherwise: "
                f"add 'corrects: {reading.date}' if this one replaces it"
            )
            yield Finding((index, "date"), "reading-conflict", message)
        if latest is not None and reading.date < latest and reading.corrects is None:
            message = (
                f"dated {reading.date}, before the reading above it ({latest}): "
                "keep readings oldest first"
            )
            yield Finding((index, "date"), "reading-order", message, "warning")
        seen[reading.date] = reading
        latest = max(latest or reading.date, reading.date)


def check(dataset: Dataset, today: date) -> Iterator[Problem]:
    reference_date = dataset.plan.plan.reference_date
    for action_id, readings in dataset.readings.items():
        found = dataset.find_action(action_id)
        if found is None:
            continue  # reported by readings_files
        for finding in findings(found[1], readings, reference_date, today):
            yield dataset.reading_problem(
                action_id, finding.loc, finding.code, finding.message, finding.level
            )


def same_measure(first: Reading, second: Reading) -> bool:
    """Whether two readings give the same figure or state (sources and notes aside)."""
    return (first.value, first.state, first.numerator, first.denominator) == (
        second.value,
        second.state,
        second.numerator,
        second.denominator,
    )
