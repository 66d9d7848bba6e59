"""Where an action stands at a date: pure functions from (action, readings, as_of) to Progress.

For a level target with baseline b (date t0), target v (due T) and latest reading x (date t):
gap = v - x (x - v for `at_most`), progress = (x - b) / (v - b), expected = (t - t0) / (T - t0)
capped to 0..1, pace = progress / expected. The status is the first that matches:
achieved > missed > no_data > deteriorating > on_track (pace >= 0.95) >
needs_acceleration (pace >= 0.6) > off_track. The other kinds reduce to these rules.
No I/O, no printing: the CLI and the renderers call these.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import NamedTuple

from q2030.models import Action, AtLeast, AtMost, Change, Direction, Outpace, Reading
from q2030.periods import add_months
from q2030.statuses import Status

ON_TRACK_PACE = 0.95  # Open SDG's progress thresholds
ACCELERATION_PACE = 0.6
STALE_AFTER_MONTHS = 15


FINAL = frozenset({Status.ACHIEVED, Status.MISSED})  # no fresher figure can change these


@dataclass(frozen=True)
class YearResult:
    """One year of a target that applies each year: its figure and whether it met the target."""

    year: int
    value: float | None
    met: bool | None


class Reason(NamedTuple):
    """Why a status: a key of the catalogue (q2030.i18n) and the values it names."""

    key: str
    values: tuple[tuple[str, object], ...] = ()


def why(key: str, **values: object) -> Reason:
    return Reason(f"reason.{key}", tuple(values.items()))


@dataclass(frozen=True)
class Progress:
    status: Status
    reason: Reason
    due: date
    latest: Reading | None = None
    latest_value: float | None = None
    baseline_value: float | None = None
    baseline_date: date | None = None
    target_value: float | None = None
    gap: float | None = None
    progress: float | None = None
    expected: float | None = None
    pace: float | None = None
    stale: bool = False
    years: tuple[YearResult, ...] = ()


def effective_readings(readings: Sequence[Reading], as_of: date) -> list[Reading]:
    """The readings dated on or before `as_of`, one per date, oldest first.

    Where a date has several readings, the last in the file wins: a correction is always
    appended after the reading it corrects.
    """
    by_date: dict[date, Reading] = {}
    for reading in readings:
        if reading.date <= as_of:
            by_date[reading.date] = reading
    return [by_date[day] for day in sorted(by_date)]


def _share(start: date, end: date, at: date) -> float:
    """Where `at` stands between `start` and `end`, capped to 0..1."""
    if end <= start:
        return 1.0
    return min(1.0, max(0.0, (at - start).days / (end - start).days))


def _is_stale(latest: Reading | None, as_of: date) -> bool:
    return latest is not None and add_months(latest.date, STALE_AFTER_MONTHS) < as_of


@dataclass(frozen=True)
class _Baseline:
    value: float | None
    date: date
    reference: float | None = None


def _stated_or_recorded_baseline(
    action: Action, series: list[Reading], reference_date: date
) -> _Baseline:
    """The stated baseline, its value filled from the last reading dated on or before it."""
    stated = action.baseline
    start = stated.date if stated else reference_date
    if stated is not None and stated.value is not None:
        return _Baseline(stated.value, start, stated.reference)
    before = [reading for reading in series if reading.date <= start]
    if before:
        return _Baseline(before[-1].number(action.unit), start, before[-1].reference)
    return _Baseline(None, start)


def _level(
    *,
    target: float,
    sign: int,
    baseline: _Baseline,
    latest: Reading | None,
    unit: str | None,
    line_end: date,
    deadline: date,
    as_of: date,
) -> Progress:
    """A level to reach (sign +1) or stay under (sign -1) by `line_end`; missed after `deadline`."""
    x = latest.number(unit) if latest else None
    known = {
        "due": deadline,
        "latest": latest,
        "latest_value": x,
        "baseline_value": baseline.value,
        "baseline_date": baseline.date,
        "target_value": target,
    }
    if x is None or latest is None:
        if as_of > deadline:
            return Progress(Status.MISSED, why("missed_no_reading", deadline=deadline), **known)
        return Progress(Status.NO_DATA, why("no_reading"), **known)
    known["gap"] = gap = sign * (target - x)
    b = baseline.value
    has_line = b is not None and latest.date > baseline.date
    if b is not None and has_line:
        progress = (x - b) / (target - b) if target != b else float(gap <= 0)
        expected = _share(baseline.date, line_end, latest.date)
        pace = progress / expected if expected > 0 else None
        known.update(progress=progress, expected=expected, pace=pace)
    if gap <= 0:
        return Progress(Status.ACHIEVED, why("meets", value=x, target=target), **known)
    if as_of > deadline:
        return Progress(Status.MISSED, why("missed_short", deadline=deadline, gap=gap), **known)
    stale = _is_stale(latest, as_of)
    if b is None or not has_line:
        reason = (
            why("none_after_baseline", date=baseline.date)
            if b is not None
            else why("baseline_unknown")
        )
        return Progress(Status.NO_DATA, reason, stale=stale, **known)
    if sign * (x - b) < 0:
        reason = why("worse", value=x, baseline=b)
        return Progress(Status.DETERIORATING, reason, stale=stale, **known)
    pace = known["pace"]
    if pace is None:
        return Progress(Status.NO_DATA, why("no_time"), stale=stale, **known)
    done, expected = known["progress"], known["expected"]
    reason = why("pace", pace=pace, done_ratio=done, expected_ratio=expected)
    if pace >= ON_TRACK_PACE:
        status = Status.ON_TRACK
    elif pace >= ACCELERATION_PACE:
        status = Status.NEEDS_ACCELERATION
    else:
        status = Status.OFF_TRACK
    return Progress(status, reason, stale=stale, **known)


def _year_history(
    target: float,
    sign: int,
    first_year: int,
    last_year: int,
    series: list[Reading],
    unit: str | None,
) -> tuple[YearResult, ...]:
    by_year = {reading.date.year: reading.number(unit) for reading in series}
    results = []
    for year in range(first_year, last_year + 1):
        value = by_year.get(year)
        met = None if value is None else sign * (target - value) <= 0
        results.append(YearResult(year, value, met))
    return tuple(results)


def _level_target(
    action: Action,
    target: AtLeast | AtMost,
    series: list[Reading],
    as_of: date,
    reference_date: date,
    end_year: int,
) -> Progress:
    sign = 1 if isinstance(target, AtLeast) else -1
    baseline = _stated_or_recorded_baseline(action, series, reference_date)
    if baseline.value is None and series:  # no stated baseline: the first reading serves as one
        baseline = _Baseline(series[0].number(action.unit), series[0].date)
    latest = series[-1] if series else None
    deadline = action.due_date
    first_year = target.each_year_from
    # A target for each year: the latest year with a figure is judged against the full target;
    # before any such year, the line runs from the baseline to the end of the first year.
    judged = None
    if first_year is not None and latest is not None and latest.date.year >= first_year:
        judged = latest
    line_end = deadline
    if first_year is not None:
        line_end = judged.date if judged else date(first_year, 12, 31)
    result = _level(
        target=target.value,
        sign=sign,
        baseline=baseline,
        latest=latest,
        unit=action.unit,
        line_end=line_end,
        deadline=deadline,
        as_of=as_of,
    )
    if first_year is None:
        return result
    years = _year_history(
        target.value, sign, first_year, min(as_of.year, end_year), series, action.unit
    )
    # unlike a one-off target, a yearly one met last year still needs this year's figure
    stale = _is_stale(latest, as_of) and result.status != Status.MISSED
    reason = (
        result.reason if judged is None else why("year", year=judged.date.year, inner=result.reason)
    )
    return replace(result, years=years, stale=stale, reason=reason)


def _change_target(
    action: Action, target: Change, series: list[Reading], as_of: date, reference_date: date
) -> Progress:
    baseline = _stated_or_recorded_baseline(action, series, reference_date)
    deadline = action.due_date
    latest = series[-1] if series else None
    if baseline.value is None:
        status = Status.MISSED if as_of > deadline else Status.NO_DATA
        reason = why("baseline_to_record", date=baseline.date)
        return Progress(
            status,
            reason,
            due=deadline,
            latest=latest,
            latest_value=latest.number(action.unit) if latest else None,
            baseline_date=baseline.date,
            stale=_is_stale(latest, as_of) and status not in FINAL,
        )
    if target.percent is not None:
        level = baseline.value * (1 + target.percent / 100)
        sign = 1 if target.percent > 0 else -1
    else:
        level = baseline.value + (target.amount or 0)
        sign = 1 if (target.amount or 0) > 0 else -1
    return _level(
        target=level,
        sign=sign,
        baseline=baseline,
        latest=latest,
        unit=action.unit,
        line_end=deadline,
        deadline=deadline,
        as_of=as_of,
    )


def _trend_status(
    *, growth: float | None, deadline: date, as_of: date, wrong_way: bool, what: Reason
) -> tuple[Status, Reason]:
    """Status of a target without a number: `growth` > 0 means the right way."""
    if growth is None:
        if as_of > deadline:
            return Status.MISSED, why("missed_no_reading", deadline=deadline)
        return Status.NO_DATA, why("trend_no_data", what=what)
    if as_of > deadline:
        if growth > 0:
            return Status.ACHIEVED, why("trend_done", what=what, deadline=deadline)
        return Status.MISSED, why("trend_not_done", what=what, deadline=deadline)
    if growth > 0:
        return Status.ON_TRACK, why("trend_so_far", what=what)
    if wrong_way:
        return Status.DETERIORATING, why("trend_wrong_way", what=what)
    return Status.OFF_TRACK, why("trend_not_yet", what=what)


def _trend(
    action: Action,
    baseline: _Baseline,
    latest: Reading | None,
    *,
    growth: float | None,
    wrong_way: bool,
    what: Reason,
    as_of: date,
    gap: float | None = None,
) -> Progress:
    status, reason = _trend_status(
        growth=growth, deadline=action.due_date, as_of=as_of, wrong_way=wrong_way, what=what
    )
    return Progress(
        status,
        reason,
        due=action.due_date,
        latest=latest,
        latest_value=latest.number(action.unit) if latest else None,
        baseline_value=baseline.value,
        baseline_date=baseline.date,
        gap=gap,
        stale=_is_stale(latest, as_of) and status not in FINAL,
    )


def _direction_target(
    action: Action, target: Direction, series: list[Reading], as_of: date, reference_date: date
) -> Progress:
    """Up or down from the baseline, no number: on track while it moves the right way."""
    baseline = _stated_or_recorded_baseline(action, series, reference_date)
    latest = series[-1] if series else None
    x = latest.number(action.unit) if latest else None
    sign = 1 if target.direction == "up" else -1
    growth = None
    if (
        latest is not None
        and latest.date > baseline.date
        and x is not None
        and baseline.value is not None
    ):
        growth = sign * (x - baseline.value)
    return _trend(
        action,
        baseline,
        latest,
        growth=growth,
        wrong_way=growth is not None and growth < 0,
        what=why("up" if sign > 0 else "down"),
        as_of=as_of,
    )


def _outpace_target(
    action: Action, target: Outpace, series: list[Reading], as_of: date, reference_date: date
) -> Progress:
    """Compare growths in points since the baseline: gap = reference growth - own growth."""
    baseline = _stated_or_recorded_baseline(action, series, reference_date)
    latest = series[-1] if series else None
    x = latest.number(action.unit) if latest else None
    gap = own = None
    if (
        latest is not None
        and latest.date > baseline.date
        and x is not None
        and latest.reference is not None
        and baseline.value is not None
        and baseline.reference is not None
    ):
        own = x - baseline.value
        gap = (latest.reference - baseline.reference) - own
    return _trend(
        action,
        baseline,
        latest,
        growth=None if gap is None else -gap,
        wrong_way=own is not None and own < 0,
        what=why("faster", reference=target.reference),
        as_of=as_of,
        gap=gap,
    )


def _milestone(action: Action, series: list[Reading], as_of: date) -> Progress:
    states = [reading for reading in series if reading.state is not None]
    latest = states[-1] if states else None
    deadline = action.due_date
    state = latest.state if latest else None
    if state == "done":
        status, reason = Status.ACHIEVED, why("done", date=latest.date)  # type: ignore[union-attr]
    elif as_of > deadline:
        status, reason = (
            Status.MISSED,
            why("milestone_missed", deadline=deadline, state=state or "unknown"),
        )
    elif state is None:
        status, reason = Status.NO_DATA, why("no_state")
    elif state == "in_progress":
        status, reason = Status.ON_TRACK, why("in_progress")
    else:
        status, reason = Status.NEEDS_ACCELERATION, why("not_started")
    return Progress(
        status,
        reason,
        due=deadline,
        latest=latest,
        progress=1.0 if state == "done" else None,
        stale=_is_stale(latest, as_of) and status not in FINAL,
    )


def evaluate(
    action: Action, readings: Sequence[Reading], as_of: date, reference_date: date, end_year: int
) -> Progress:
    """Where `action` stands at `as_of`, from its readings (in file order)."""
    series = effective_readings(readings, as_of)
    target = action.target
    if isinstance(target, AtLeast | AtMost):
        return _level_target(action, target, series, as_of, reference_date, end_year)
    if isinstance(target, Change):
        return _change_target(action, target, series, as_of, reference_date)
    if isinstance(target, Direction):
        return _direction_target(action, target, series, as_of, reference_date)
    if isinstance(target, Outpace):
        return _outpace_target(action, target, series, as_of, reference_date)
    if target.kind == "milestone" or any(reading.state for reading in series):
        return _milestone(action, series, as_of)
    return Progress(Status.NOT_MEASURABLE, why("qualitative"), due=action.due_date)
