"""Where an action stands at a date: pure functions from (action, readings, as_of) to Progress.

For a level target with baseline b (date t0), target v (due T) and latest reading x (date t):
gap = v - x (x - v for `at_most`), progress = (x - b) / (v - b), expected = (t - t0) / (T - t0)
capped to 0..1, pace = progress / expected. The status is the first that matches:
achieved > missed (due, a figure that falls short) > unreported (due, no figure since the
baseline) > no_data (no figure at all) > first_figure (one figure: the starting point, its
gap known, its pace not yet) > deteriorating > on_track (pace >= 0.95) > needs_acceleration
(pace >= 0.6) > off_track. A target that applies each year is judged year by year instead.
The other kinds reduce to these rules. A row that shows a figure never reads `no_data`.
No I/O, no printing: the CLI and the renderers call these.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import compress, repeat
from operator import gt, is_not, mul, sub, truediv
from typing import NamedTuple, cast

from q2030.domain.models import Action, AtLeast, AtMost, Change, Direction, Outpace, Reading
from q2030.domain.periods import add_months
from q2030.domain.series import Readings
from q2030.domain.statuses import Status
from q2030.domain.values import STATES  # in order: not started, in progress, done

ON_TRACK_PACE = 0.95  # Open SDG's progress thresholds
ACCELERATION_PACE = 0.6
STALE_AFTER_MONTHS = 15


FINAL = frozenset({Status.ACHIEVED, Status.MISSED, Status.UNREPORTED})  # due: no pace to keep


@dataclass(frozen=True)
class YearResult:
    """One year of a target that applies each year: its figure, whether it met the target
    (None without a figure), and whether the year is over at the as-of date."""

    year: int
    value: float | None
    met: bool | None
    ended: bool


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
    trend: Trend | None = None


DAYS_PER_YEAR = 365.25


@dataclass(frozen=True)
class Trend:
    """Where the figures lead: the least-squares line through the readings after the
    baseline (two at least), its slope per year, the value it reaches at the due date,
    and the pace per year needed from the latest figure to reach the target by then
    (None once the due date is reached)."""

    observed_pace: float
    projected: float
    needed_pace: float | None


def projected_trend(
    series: Sequence[Reading], unit: str | None, after: date, due: date, target: float
) -> Trend | None:
    """The trend of the figures dated after `after` (the baseline's date), or None with
    fewer than two of them or all on one day. Worked a column at a time (see series.py):
    the same operations, in the same order, as a loop over the readings would make."""
    columns = Readings.of(series)
    if columns.in_date_order():  # as the effective readings are: those after, a slice
        first = bisect_right(columns.dates, after)
        days, numbers = columns.dates[first:], columns.numbers(unit)[first:]
    else:
        later = list(map(gt, columns.dates, repeat(after)))
        days = list(compress(columns.dates, later))
        numbers = list(compress(columns.numbers(unit), later))
    if None in numbers:
        known = list(map(is_not, numbers, repeat(None)))
        days, numbers = list(compress(days, known)), list(compress(numbers, known))
    ys = cast("list[float]", numbers)  # None no more
    if len(ys) < 2:
        return None
    origin = days[0].toordinal()  # (day - origin).days, as whole days, then in years
    xs = list(
        map(truediv, map(sub, map(date.toordinal, days), repeat(origin)), repeat(DAYS_PER_YEAR))
    )
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    dx = list(map(sub, xs, repeat(mean_x)))
    spread = sum(map(pow, dx, repeat(2)))
    if spread == 0:
        return None
    slope = sum(map(mul, dx, map(sub, ys, repeat(mean_y)))) / spread
    at_due = (due - days[0]).days / DAYS_PER_YEAR
    projected = mean_y + slope * (at_due - mean_x)
    last_day, last_value = days[-1], ys[-1]
    years_left = (due - last_day).days / DAYS_PER_YEAR
    needed = (target - last_value) / years_left if years_left > 0 else None
    return Trend(slope, projected, needed)


def effective_readings(readings: Sequence[Reading], as_of: date) -> list[Reading]:
    """The readings dated on or before `as_of`, one per date, oldest first.

    Where a date has several readings, the last in the file wins: a correction is always
    appended after the reading it corrects.
    """
    return list(_effective(readings, as_of))


def _effective(readings: Sequence[Reading], as_of: date) -> Readings:
    """`effective_readings` as columns (see series.py), what progress works on. In a file
    in date order (the writers keep it so) they are the readings up to `as_of` but those
    the next one dates alike, found by passes over the dates; in any other order, the last
    of each date, sorted."""
    columns = Readings.of(readings)
    dates = columns.dates
    if columns.in_date_order():
        return columns.last_of_each_date(bisect_right(dates, as_of))
    by_date: dict[date, int] = {}
    for index, day in enumerate(dates):
        if day <= as_of:
            by_date[day] = index
    return columns.take([by_date[day] for day in sorted(by_date)])


def _share(start: date, end: date, at: date) -> float:
    """Where `at` stands between `start` and `end`, capped to 0..1."""
    if end <= start:
        return 1.0
    return min(1.0, max(0.0, (at - start).days / (end - start).days))


def _is_stale(latest: Reading | None, as_of: date) -> bool:
    return latest is not None and add_months(latest.date, STALE_AFTER_MONTHS) < as_of


@dataclass(frozen=True)
class _Baseline:
    """Where progress is measured from: a value (None while unknown) at a date."""

    value: float | None
    date: date
    reference: float | None = None


def _stated_date(action: Action, reference_date: date) -> date:
    """The baseline's date: the plan's for this action, else the plan's reference date."""
    return action.baseline.date if action.baseline else reference_date


def _stated_or_recorded_baseline(
    action: Action, series: Readings, reference_date: date
) -> _Baseline:
    """The stated baseline, its value filled from the last reading dated on or before it."""
    stated = action.baseline
    start = _stated_date(action, reference_date)
    if stated is not None and stated.value is not None:
        return _Baseline(stated.value, start, stated.reference)
    before = bisect_right(series.dates, start)  # the series is in date order
    if before:
        last = series[before - 1]
        return _Baseline(last.number(action.unit), start, last.reference)
    return _Baseline(None, start)


def _starting_point(action: Action, series: Readings, reference_date: date) -> _Baseline:
    """Where progress is measured from: the stated or recorded baseline, else the first
    figure (a first figure is a figure: it stands in for a baseline nobody recorded)."""
    baseline = _stated_or_recorded_baseline(action, series, reference_date)
    if baseline.value is None and series:
        first = series[0]
        return _Baseline(first.number(action.unit), first.date, first.reference)
    return baseline


def starting_point(
    action: Action, readings: Sequence[Reading], reference_date: date
) -> tuple[float | None, date]:
    """Where the action's progress is measured from, with all its readings: the stated or
    recorded baseline, else the first figure (value and date); what a late reading must not
    move."""
    found = _starting_point(action, _effective(readings, date.max), reference_date)
    return found.value, found.date


def _latest(series: Readings) -> Reading | None:
    return series[-1] if series else None


@dataclass(frozen=True)
class _Goal:
    """A level to reach (sign +1) or to stay under (sign -1) by `due`, measured from
    `baseline`; a figure dated after `since` (the stated baseline's date, or the plan's
    reference date) is one reported for this commitment."""

    level: float
    sign: int
    baseline: _Baseline
    since: date
    due: date
    unit: str | None


@dataclass(frozen=True)
class _Line:
    """Where a figure stands on the straight line from the baseline to the target."""

    progress: float
    expected: float
    pace: float


def _line(goal: _Goal, value: float, day: date) -> _Line | None:
    """The progress rate, the share of time gone and the pace; None without a baseline
    value or before any figure later than the baseline. A figure later than the baseline
    makes the share of time gone positive (or 1 where the due date is not after the
    baseline), so the pace is always defined."""
    b = goal.baseline.value
    if b is None or day <= goal.baseline.date:
        return None
    gap = goal.sign * (goal.level - value)
    progress = (value - b) / (goal.level - b) if goal.level != b else float(gap <= 0)
    expected = _share(goal.baseline.date, goal.due, day)
    return _Line(progress, expected, progress / expected)


def _first_figure_reason(
    latest: Reading, value: float | None, baseline: _Baseline, since: date
) -> Reason:
    """Why one figure gives a gap but no pace: only the baseline is known (the latest
    figure is dated on or before the baseline's date, `since`), or the first figure stands
    in for a baseline nobody recorded."""
    if latest.date <= since:
        return why("baseline_only", value=baseline.value, date=baseline.date)
    return why("first_figure", value=value, date=latest.date)


def _pace_status(pace: float) -> Status:
    if pace >= ON_TRACK_PACE:
        return Status.ON_TRACK
    if pace >= ACCELERATION_PACE:
        return Status.NEEDS_ACCELERATION
    return Status.OFF_TRACK


def _level(goal: _Goal, latest: Reading | None, as_of: date) -> Progress:
    """A level target: achieved, missed or unreported once due, else judged on its pace."""
    value = latest.number(goal.unit) if latest else None
    base = Progress(
        Status.NO_DATA,
        why("no_reading"),
        due=goal.due,
        latest=latest,
        latest_value=value,
        baseline_value=goal.baseline.value,
        baseline_date=goal.baseline.date,
        target_value=goal.level,
    )
    if latest is None or value is None:
        if as_of > goal.due:
            return _with(base, Status.UNREPORTED, why("unreported", deadline=goal.due))
        return base
    gap = goal.sign * (goal.level - value)
    line = _line(goal, value, latest.date)
    figures = replace(
        base,
        gap=gap,
        progress=line.progress if line else None,
        expected=line.expected if line else None,
        pace=line.pace if line else None,
    )
    if gap <= 0:
        return _with(figures, Status.ACHIEVED, why("meets", value=value, target=goal.level))
    reported = latest.date > goal.since
    if as_of > goal.due:
        if reported:
            return _with(figures, Status.MISSED, why("missed_short", deadline=goal.due, gap=gap))
        return _with(figures, Status.UNREPORTED, why("unreported", deadline=goal.due))
    stale = _is_stale(latest, as_of)
    b = goal.baseline.value
    if b is None or line is None:  # the figure is the starting point: a gap, no pace yet
        reason = _first_figure_reason(latest, value, goal.baseline, goal.since)
        return _with(figures, Status.FIRST_FIGURE, reason, stale)
    if goal.sign * (value - b) < 0:
        return _with(figures, Status.DETERIORATING, why("worse", value=value, baseline=b), stale)
    reason = why("pace", pace=line.pace, done_ratio=line.progress, expected_ratio=line.expected)
    return _with(figures, _pace_status(line.pace), reason, stale)


def _with(progress: Progress, status: Status, reason: Reason, stale: bool = False) -> Progress:
    """`progress` with its verdict."""
    return replace(progress, status=status, reason=reason, stale=stale)


def _year_results(
    level: float,
    sign: int,
    first_year: int,
    last_year: int,
    series: Readings,
    unit: str | None,
    as_of: date,
) -> tuple[YearResult, ...]:
    """Each year from the first: its figure (its last reading dated in it), met or not."""
    numbers = series.numbers(unit)
    results = []
    for year in range(first_year, last_year + 1):
        last = _last_in_year(series, year)
        value = None if last is None else numbers[last]
        met = None if value is None else sign * (level - value) <= 0
        results.append(YearResult(year, value, met, as_of > date(year, 12, 31)))
    return tuple(results)


def _last_in_year(series: Readings, year: int) -> int | None:
    """The index of the series' last reading dated in `year` (the series is in date order)."""
    index = bisect_right(series.dates, date(year, 12, 31)) - 1
    return index if index >= 0 and series.dates[index].year == year else None


def _yearly_target(
    action: Action,
    target: AtLeast | AtMost,
    first_year: int,
    series: Readings,
    as_of: date,
    reference_date: date,
    end_year: int,
) -> Progress:
    """A level that applies each year, judged year by year: the verdict of the latest year
    that has ended or has a figure. No trajectory: expected and pace do not apply."""
    sign = 1 if isinstance(target, AtLeast) else -1
    stated = action.baseline
    years = _year_results(
        target.value, sign, first_year, min(as_of.year, end_year), series, action.unit, as_of
    )
    judged = next((year for year in reversed(years) if year.ended or year.value is not None), None)
    in_judged = None if judged is None else _last_in_year(series, judged.year)
    # the figure shown: the judged year's, else the last one before it; none while no year
    # of the target is judged (a figure from before its first year does not count)
    latest = series[in_judged] if in_judged is not None else (_latest(series) if judged else None)
    base = Progress(
        Status.NO_DATA,
        why("year_not_begun", year=first_year) if not years else why("year_none_yet"),
        due=action.due_date,
        latest=latest,
        latest_value=latest.number(action.unit) if latest else None,
        baseline_value=stated.value if stated else None,
        baseline_date=stated.date if stated else reference_date,
        target_value=target.value,
        years=years,
    )
    over = judged is not None and judged.ended and judged.year >= end_year
    stale = _is_stale(latest, as_of) and not over
    if judged is None:
        return _with(base, base.status, base.reason, stale)
    if judged.value is None:
        return _with(base, Status.UNREPORTED, why("year_unreported", year=judged.year), stale)
    figures = replace(base, latest_value=judged.value, gap=sign * (target.value - judged.value))
    if judged.met:
        status = Status.ACHIEVED if judged.ended else Status.ON_TRACK
        reason = why("year_met", year=judged.year, value=judged.value, target=target.value)
    else:
        status = Status.MISSED if judged.ended else Status.NEEDS_ACCELERATION
        reason = why("year_short", year=judged.year, value=judged.value, target=target.value)
    return _with(figures, status, reason, stale)


def _level_target(
    action: Action,
    target: AtLeast | AtMost,
    series: Readings,
    as_of: date,
    reference_date: date,
) -> Progress:
    baseline = _starting_point(action, series, reference_date)
    goal = _Goal(
        level=target.value,
        sign=1 if isinstance(target, AtLeast) else -1,
        baseline=baseline,
        since=_stated_date(action, reference_date),
        due=action.due_date,
        unit=action.unit,
    )
    return _level(goal, _latest(series), as_of)


def change_level(target: Change, baseline_value: float) -> tuple[float, int]:
    """The level a change target reaches from a known baseline, and its direction:
    +5 % of 2 400 is (2 520, +1); -10 of 40 is (30, -1)."""
    if target.percent is not None:
        return baseline_value * (1 + target.percent / 100), 1 if target.percent > 0 else -1
    amount = target.amount or 0
    return baseline_value + amount, 1 if amount > 0 else -1


def _change_target(
    action: Action, target: Change, series: Readings, as_of: date, reference_date: date
) -> Progress:
    """A change from the baseline, a level to reach once the baseline is known. A figure
    dated after the baseline's date cannot stand in for it: "+10 from the end of 2023"
    taken from a 2026 count would be another commitment. Until the baseline is recorded
    the target is unknown, said so beside any figure (`baseline_missing`), and once due the
    figure owed was never reported."""
    baseline = _stated_or_recorded_baseline(action, series, reference_date)
    latest = _latest(series)
    if baseline.value is None:
        if as_of > action.due_date:
            status = Status.UNREPORTED
        else:
            status = Status.NO_DATA if latest is None else Status.BASELINE_MISSING
        return Progress(
            status,
            why("baseline_to_record", date=baseline.date),
            due=action.due_date,
            latest=latest,
            latest_value=latest.number(action.unit) if latest else None,
            baseline_date=baseline.date,
            stale=_is_stale(latest, as_of) and status not in FINAL,
        )
    level, sign = change_level(target, baseline.value)
    goal = _Goal(level, sign, baseline, baseline.date, action.due_date, action.unit)
    return _level(goal, latest, as_of)


def _trend_status(
    *,
    growth: float | None,
    deadline: date,
    as_of: date,
    wrong_way: bool,
    what: Reason,
    first: Reason | None,
    single: Reason | None,
) -> tuple[Status, Reason]:
    """Status of a target without a number: `growth` > 0 means the right way; without a
    growth, `first` says why the one figure there is cannot show a direction yet, and
    `single`, once due, that a lone figure standing in for a baseline never judged one."""
    if growth is None:
        if as_of > deadline and single is not None:
            return Status.UNREPORTED, single
        if as_of > deadline:
            return Status.UNREPORTED, why("unreported", deadline=deadline)
        if first is not None:
            return Status.FIRST_FIGURE, first
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
    since: date,
    gap: float | None = None,
) -> Progress:
    """A target without a number, judged by which way its figures moved since the
    baseline's date `since`."""
    value = latest.number(action.unit) if latest else None
    first = None if latest is None else _first_figure_reason(latest, value, baseline, since)
    status, reason = _trend_status(
        growth=growth,
        deadline=action.due_date,
        as_of=as_of,
        wrong_way=wrong_way,
        what=what,
        first=first,
        single=why("unreported_single", deadline=action.due_date, value=value, date=latest.date)
        if latest is not None and latest.date > since
        else None,
    )
    return Progress(
        status,
        reason,
        due=action.due_date,
        latest=latest,
        latest_value=value,
        baseline_value=baseline.value,
        baseline_date=baseline.date,
        gap=gap,
        stale=_is_stale(latest, as_of) and status not in FINAL,
    )


def _direction_target(
    action: Action, target: Direction, series: Readings, as_of: date, reference_date: date
) -> Progress:
    """Up or down from the baseline, no number: on track while it moves the right way."""
    baseline = _starting_point(action, series, reference_date)
    latest = _latest(series)
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
        since=_stated_date(action, reference_date),
    )


def _outpace_target(
    action: Action, target: Outpace, series: Readings, as_of: date, reference_date: date
) -> Progress:
    """Compare growths in points since the baseline: gap = reference growth - own growth."""
    baseline = _starting_point(action, series, reference_date)
    latest = _latest(series)
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
        since=_stated_date(action, reference_date),
        gap=gap,
    )


def _milestone(action: Action, series: Readings, as_of: date) -> Progress:
    """A milestone stands at its latest-dated state; a later state that goes back (done,
    then in progress) is a regression, said as such."""
    states = series.states or []
    with_state = series.indices_with(series.states)
    latest = series[with_state[-1]] if with_state else None
    deadline = action.due_date
    # the first reading of the furthest state reached
    best = next((series[states.index(s)] for s in reversed(STATES) if s in states), None)
    regressed = (
        latest is not None
        and best is not None
        and STATES.index(str(best.state)) > STATES.index(str(latest.state))
    )
    if latest is None:
        status, reason = (
            (Status.UNREPORTED, why("unreported", deadline=deadline))
            if as_of > deadline
            else (Status.NO_DATA, why("no_state"))
        )
    elif latest.state == "done":
        status, reason = Status.ACHIEVED, why("done", date=latest.date)
    elif as_of > deadline:
        reason = why("milestone_missed", deadline=deadline, state=latest.state)
        status = Status.MISSED
    elif regressed and best is not None:
        reason = why(
            "regressed", state=latest.state, date=latest.date, earlier=best.state, on=best.date
        )
        status = Status.DETERIORATING
    elif latest.state == "in_progress":
        status, reason = Status.ON_TRACK, why("in_progress")
    else:
        status, reason = Status.NEEDS_ACCELERATION, why("not_started")
    return Progress(
        status,
        reason,
        due=deadline,
        latest=latest,
        progress=1.0 if status is Status.ACHIEVED else None,
        stale=_is_stale(latest, as_of) and status not in FINAL,
    )


def _with_trend(progress: Progress, series: Readings, unit: str | None, as_of: date) -> Progress:
    """A level's progress with where its figures lead (see projected_trend); none once the
    due date has passed, when the figure at the due date is what counts; no pace needed
    once the target is met."""
    if progress.target_value is None or progress.baseline_date is None or as_of > progress.due:
        return progress
    trend = projected_trend(
        series, unit, progress.baseline_date, progress.due, progress.target_value
    )
    if trend is not None and progress.gap is not None and progress.gap <= 0:
        trend = replace(trend, needed_pace=None)
    return replace(progress, trend=trend)


def evaluate(
    action: Action,
    readings: Sequence[Reading],
    as_of: date,
    reference_date: date,
    end_year: int,
    *,
    trend: bool = True,
) -> Progress:
    """Where `action` stands at `as_of`, from its readings (in file order); a commitment
    withdrawn by then stands withdrawn. `trend=False` spares the projection of the trend
    (`trend` stays None) where only the status is wanted: it reads every figure."""
    if action.withdrawn is not None and action.withdrawn.date <= as_of:
        gone = action.withdrawn
        reason = why("withdrawn", date=gone.date, decision=gone.decision, why=gone.reason)
        return Progress(Status.WITHDRAWN, reason, due=action.due_date)
    series = _effective(readings, as_of)
    target = action.target
    if isinstance(target, AtLeast | AtMost):
        if target.each_year_from is not None:
            first_year = target.each_year_from
            return _yearly_target(
                action, target, first_year, series, as_of, reference_date, end_year
            )
        progress = _level_target(action, target, series, as_of, reference_date)
        return _with_trend(progress, series, action.unit, as_of) if trend else progress
    if isinstance(target, Change):
        progress = _change_target(action, target, series, as_of, reference_date)
        return _with_trend(progress, series, action.unit, as_of) if trend else progress
    if isinstance(target, Direction):
        return _direction_target(action, target, series, as_of, reference_date)
    if isinstance(target, Outpace):
        return _outpace_target(action, target, series, as_of, reference_date)
    if target.kind == "milestone" or any(series.states or ()):
        return _milestone(action, series, as_of)
    return Progress(Status.NOT_MEASURABLE, why("qualitative"), due=action.due_date)
