"""Who owes which figure, and how fresh each action's figures are.

Each measurable action (and each milestone) owes a figure for every reporting period
(`reporting`: yearly, half-yearly or quarterly) that ends after the plan's reference date
and no later than the action's due date: the figure describing the period's last day,
due `reporting_delay_months` after it (a yearly figure for 31/12 by 31/03 with the default
3). A reading dated within the period answers it. A figure is owed once its deadline has
come; the last period's stays owed after the action's due date until it is in.

A milestone's state is a snapshot, not a series: a state dated at a period's end or after
it answers it, nothing is owed once it is done, and only its latest period owed is asked
for (its state at an earlier period tells nothing the latest one does not).

Freshness, per action, from its oldest figure still owed:
`up_to_date` nothing owed; `due_soon` a figure falls due within DUE_SOON_DAYS;
`late` a figure overdue by up to VERY_LATE_DAYS; `very_late` overdue by more.

Pure: takes a Dataset and a day, returns plain data.
"""

from __future__ import annotations

import bisect
import calendar
import functools
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from q2030.data.dataset import Dataset
from q2030.domain.choices import DueOrder
from q2030.domain.models import Action, Operator, Reading
from q2030.domain.periods import add_months
from q2030.domain.progress import starting_point
from q2030.domain.series import dates_of, dates_until

DUE_SOON_DAYS = 30
VERY_LATE_DAYS = 90
MONTHS = {"yearly": 12, "half-yearly": 6, "quarterly": 3}


class Freshness(StrEnum):
    UP_TO_DATE = "up_to_date"
    DUE_SOON = "due_soon"
    LATE = "late"
    VERY_LATE = "very_late"


@dataclass(frozen=True)
class Period:
    """A reporting period: (start, end], its figure due by `deadline`."""

    start: date
    end: date
    deadline: date


@dataclass(frozen=True)
class Owed:
    """One figure an action owes: the period it describes, and how late it is."""

    action: Action
    operator: Operator
    period: Period
    latest: Reading | None
    days_late: int  # negative: due in that many days


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def periods(action: Action, reference_date: date) -> list[Period]:
    """The action's reporting periods, from the first ending after the reference date to
    the one holding its due date."""
    return list(
        _periods(action.reporting, action.due_date, action.reporting_delay_months, reference_date)
    )


@functools.cache
def _periods(reporting: str, due: date, delay: int, reference_date: date) -> tuple[Period, ...]:
    """`periods`, worked out once per calendar: a national plan repeats a few calendars
    over thousands of actions."""
    length = MONTHS[reporting]
    found: list[Period] = []
    year, month = reference_date.year, 0
    while True:  # period ends: the last day of month `length`, 2*`length`... of each year
        month += length
        if month > 12:
            year, month = year + 1, length
        end = _month_end(year, month)
        if end <= reference_date:
            continue
        start = add_months(end, -length)
        found.append(Period(start, end, add_months(end, delay)))
        if end >= due:
            return tuple(found)


def owed(dataset: Dataset, as_of: date, *, horizon_days: int = DUE_SOON_DAYS) -> list[Owed]:
    """Every figure owed at `as_of` (deadline passed) or falling due within
    `horizon_days`, unanswered by a reading, in plan order then period order."""
    reference_date = dataset.info.reference_date
    found = []
    for _, action in dataset.plan.actions():
        if not action.measurable and action.target.kind != "milestone":
            continue
        operator = dataset.operator(action.operator)
        if operator is None:
            continue
        readings = dataset.readings_of(action.id)
        dates = dates_until(readings, as_of)
        # the first reading of the latest date (as max() would pick it), found by its date
        latest = readings[dates_of(readings).index(dates[-1])] if dates else None
        milestone = action.target.kind == "milestone"
        if milestone and latest is not None and latest.state == "done":
            continue
        owing = []
        for period in periods(action, reference_date):
            days = (as_of - period.deadline).days
            first_after = bisect.bisect_right(dates, period.start)
            if milestone:  # a state at the period's end or after it answers it
                answered = bisect.bisect_left(dates, period.end) < len(dates)
            else:
                answered = first_after < len(dates) and dates[first_after] <= period.end
            if days < -horizon_days or answered:
                continue
            owing.append(Owed(action, operator, period, latest, days))
        found += owing[-1:] if milestone else owing
    return found


def freshness(owed_figures: list[Owed]) -> dict[str, Freshness]:
    """Each action's freshness from the figures it owes (absent: up to date)."""
    worst: dict[str, int] = {}
    for figure in owed_figures:
        worst[figure.action.id] = max(worst.get(figure.action.id, -(10**6)), figure.days_late)
    return {action_id: _freshness(days) for action_id, days in worst.items()}


def _freshness(days_late: int) -> Freshness:
    if days_late > VERY_LATE_DAYS:
        return Freshness.VERY_LATE
    if days_late > 0:
        return Freshness.LATE
    return Freshness.DUE_SOON


def sort_owed(figures: list[Owed], by: DueOrder) -> list[Owed]:
    """`plan` as the plan lists them; `late` the latest first; `due` soonest deadline."""
    match by:
        case DueOrder.LATE:
            return sorted(figures, key=lambda figure: -figure.days_late)
        case DueOrder.DUE:
            return sorted(figures, key=lambda figure: figure.period.deadline)
        case DueOrder.PLAN:
            return list(figures)


def period_end_of(action: Action, day: date, reference_date: date) -> date | None:
    """The end of the reporting period holding `day` (None before the first one)."""
    return next((p.end for p in periods(action, reference_date) if p.start < day <= p.end), None)


def moves_start_unasked(
    action: Action, known: list[Reading], reading: Reading, reference_date: date
) -> bool:
    """Whether a new reading would move the action's starting point (a figure dated before
    those it is measured from, where the plan states no baseline value) without the plan
    asking for it: it is dated at the end of none of the action's reporting periods, and
    corrects nothing. A yearly target is judged year by year, from no starting point."""
    if not known or reading.corrects is not None or not action.measurable:
        return False
    if getattr(action.target, "each_year_from", None) is not None:
        return False
    if reading.date in {period.end for period in periods(action, reference_date)}:
        return False
    before = starting_point(action, known, reference_date)
    return starting_point(action, [*known, reading], reference_date) != before
