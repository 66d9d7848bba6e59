"""Progress figures and statuses, against values computed by hand."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import TypeAdapter

from q2030.domain.models import Action, Reading
from q2030.domain.progress import Progress, Status, effective_readings, evaluate
from q2030.render.text import reason

REFERENCE = date(2023, 12, 31)
END_YEAR = 2030


def action(**fields: Any) -> Action:
    base: dict[str, Any] = {
        "id": "a",
        "title": "A",
        "operator": "OP",
        "due": 2027,
        "due_text": "2027",
        "source_line": 1,
        "unit": "percent",
        "target": {"kind": "at_least", "value": 20},
    }
    return TypeAdapter(Action).validate_python({**base, **fields})


def readings(*items: tuple[str, Any] | dict[str, Any]) -> list[Reading]:
    """('2025-12-31', 14) pairs, or whole reading dicts."""
    out = []
    for item in items:
        data = item if isinstance(item, dict) else {"date": item[0], "value": item[1]}
        out.append(Reading.model_validate({"source": "test", **data}))
    return out


def said(result: Progress) -> str:
    return reason(result.reason, unit="percent")


def judge(act: Action, found: list[Reading], as_of: str) -> Progress:
    return evaluate(act, found, date.fromisoformat(as_of), REFERENCE, END_YEAR)


def test_the_snu_example_of_the_issue() -> None:
    snu = action(baseline={"value": 10, "date": "2023-12-31"})
    result = judge(snu, readings(("2025-12-31", 14)), "2026-01-15")
    assert result.gap == pytest.approx(6.0)
    assert result.progress == pytest.approx(0.4)
    assert result.expected == pytest.approx(731 / 1461)  # 2 years of 4, leap days counted
    assert result.pace == pytest.approx(0.4 / (731 / 1461))
    assert round(result.pace, 2) == 0.80
    assert result.status is Status.NEEDS_ACCELERATION
    assert result.stale is False


# A ten-day line from 0 on 2025-01-01 to 100 on 2025-01-11: on 2025-01-06, half the time is gone.
LINE = {
    "due": "2025-01-11",
    "baseline": {"value": 0, "date": "2025-01-01"},
    "target": {"kind": "at_least", "value": 100},
}


@pytest.mark.parametrize(
    ("value", "status"),
    [
        (100, Status.ACHIEVED),
        (47.5, Status.ON_TRACK),  # pace 0.95 exactly
        (47.4, Status.NEEDS_ACCELERATION),
        (30, Status.NEEDS_ACCELERATION),  # pace 0.6 exactly
        (29.9, Status.OFF_TRACK),
        (0, Status.OFF_TRACK),  # no movement is not deterioration
        (-1, Status.DETERIORATING),
    ],
)
def test_status_boundaries_of_a_level_target(value: float, status: Status) -> None:
    act = action(unit="count", **LINE)
    result = judge(act, readings(("2025-01-06", value)), "2025-01-07")
    assert result.expected == 0.5
    assert result.progress == pytest.approx(value / 100)
    assert result.status is status


def test_a_level_not_met_by_its_due_date_is_missed() -> None:
    act = action(unit="count", **LINE)
    assert (
        judge(act, readings(("2025-01-10", 99)), "2025-01-11").status is Status.ON_TRACK
    )  # pace 1.1
    missed = judge(act, readings(("2025-01-10", 99)), "2025-01-12")
    assert missed.status is Status.MISSED
    assert missed.gap == 1
    assert judge(act, readings(("2025-01-10", 100)), "2026-01-12").status is Status.ACHIEVED


def test_no_figure_after_the_baseline_is_no_data_then_unreported_never_missed() -> None:
    act = action(baseline={"value": 10, "date": "2023-12-31"})
    assert judge(act, [], "2026-01-01").status is Status.NO_DATA
    unreported = judge(act, [], "2028-01-01")
    assert unreported.status is Status.UNREPORTED
    assert "no figure reported since the baseline" in reason(unreported.reason)
    only_baseline = judge(act, readings(("2023-12-31", 10)), "2026-01-01")
    assert only_baseline.status is Status.FIRST_FIGURE  # a figure is never "no data"
    assert only_baseline.gap == 10
    assert said(only_baseline) == (
        "only the baseline is known (10 %, 2023-12-31): the pace will show with the next figure"
    )
    assert judge(act, readings(("2023-12-31", 10)), "2028-01-01").status is Status.UNREPORTED
    # a figure that falls short, once due, is missed: someone measured it
    short = judge(act, readings(("2027-12-31", 15)), "2028-01-01")
    assert (short.status, short.gap) == (Status.MISSED, 5)


def test_a_level_without_a_stated_baseline_reports_its_only_figure_as_missed() -> None:
    act = action(due=2025, target={"kind": "at_least", "value": 100})
    result = judge(act, readings(("2025-06-30", 80)), "2026-01-01")
    assert result.status is Status.MISSED  # a figure exists: not "unreported"


def test_an_at_most_target_counts_its_gap_downwards() -> None:
    act = action(unit="count", due=2030, target={"kind": "at_most", "value": 0})
    # no stated baseline: the first reading serves as one
    result = judge(act, readings(("2023-12-31", 10), ("2025-12-31", 4)), "2026-01-01")
    assert result.baseline_value == 10
    assert result.gap == 4
    assert result.progress == pytest.approx(0.6)
    assert result.expected == pytest.approx(731 / 2557)
    assert result.status is Status.ON_TRACK
    worse = judge(act, readings(("2023-12-31", 10), ("2025-12-31", 12)), "2026-01-01")
    assert worse.status is Status.DETERIORATING
    assert (
        judge(act, readings(("2023-12-31", 10), ("2025-12-31", 0)), "2026-01-01").status
        is Status.ACHIEVED
    )


YEARLY = {"due": 2030, "target": {"kind": "at_least", "value": 50, "each_year_from": 2024}}


def history(result: Progress) -> list[tuple[int, float | None, bool | None, bool]]:
    return [(year.year, year.value, year.met, year.ended) for year in result.years]


def test_a_yearly_target_is_judged_year_by_year_without_a_trajectory() -> None:
    act = action(**YEARLY)
    result = judge(act, readings(("2024-12-31", 52), ("2025-12-31", 45)), "2026-03-01")
    assert history(result) == [
        (2024, 52, True, True),
        (2025, 45, False, True),
        (2026, None, None, False),
    ]
    assert result.status is Status.MISSED  # 2025 is over and fell short
    assert (result.gap, result.latest_value, result.target_value) == (5, 45, 50)
    assert (result.progress, result.expected, result.pace) == (None, None, None)
    assert result.baseline_value is None  # no first reading taken as a baseline
    met = judge(act, readings(("2024-12-31", 40), ("2025-12-31", 51)), "2026-03-01")
    assert met.status is Status.ACHIEVED
    assert said(met) == "2025: 51 % meets the target 50 %"


def test_a_yearly_target_ended_year_without_a_figure_is_unreported() -> None:
    act = action(**YEARLY)
    result = judge(act, readings(("2024-12-31", 51)), "2026-03-01")
    assert result.status is Status.UNREPORTED
    assert reason(result.reason) == "2025 is over and no figure was reported for it"
    assert result.gap is None
    # a yearly target met long ago still wants this year's figure
    assert judge(act, readings(("2024-12-31", 51)), "2026-06-01").stale is True


@pytest.mark.parametrize(
    ("this_year", "status"), [(55, Status.ON_TRACK), (45, Status.NEEDS_ACCELERATION)]
)
def test_the_current_year_with_a_figure_is_on_track_or_needs_acceleration(
    this_year: float, status: Status
) -> None:
    act = action(**YEARLY)
    found = readings(("2024-12-31", 52), ("2026-06-30", this_year))
    result = judge(act, found, "2026-09-01")
    assert result.status is status
    assert history(result)[-1] == (2026, this_year, this_year >= 50, False)


def test_a_yearly_target_before_and_during_its_first_year_has_no_data() -> None:
    act = action(**YEARLY)
    before = judge(act, [], "2023-06-01")
    assert (before.status, before.years) == (Status.NO_DATA, ())
    during = judge(act, [], "2024-06-01")
    assert during.status is Status.NO_DATA
    assert history(during) == [(2024, None, None, False)]
    assert judge(act, [], "2025-01-01").status is Status.UNREPORTED


def test_a_years_figure_is_its_last_reading_dated_in_it() -> None:
    act = action(**YEARLY)
    found = readings(("2025-06-30", 60), ("2025-12-31", 45))
    result = judge(act, found, "2026-01-15")
    assert history(result)[1] == (2025, 45, False, True)
    assert result.status is Status.MISSED


def test_after_the_plans_end_the_last_year_decides_and_nothing_is_stale() -> None:
    act = action(**YEARLY)
    found = readings(*((f"{year}-12-31", 55) for year in range(2024, 2031)))
    result = judge(act, found, "2033-01-01")
    assert result.status is Status.ACHIEVED
    assert [year.year for year in result.years][-1] == 2030
    assert result.stale is False


def test_a_yearly_target_with_a_baseline_keeps_it_for_display_only() -> None:
    act = action(
        due=2030,
        baseline={"value": 36, "date": "2022-12-31"},
        target={"kind": "at_least", "value": 40, "each_year_from": 2024},
    )
    result = judge(act, readings(("2025-12-31", 39)), "2026-03-01")
    assert (result.baseline_value, result.baseline_date) == (36, date(2022, 12, 31))
    assert (result.progress, result.expected, result.pace) == (None, None, None)
    assert result.status is Status.MISSED  # 2025: 39 < 40


def test_a_change_becomes_a_level_once_the_baseline_is_known() -> None:
    act = action(unit="count", target={"kind": "change", "percent": 5})
    # no baseline: a later figure cannot set "+5 % of the end of 2023"; the target is
    # unknown, said beside the figure, never "no data"
    unknown = judge(act, readings(("2025-12-31", 205)), "2026-01-01")
    assert unknown.status is Status.BASELINE_MISSING
    assert (unknown.target_value, unknown.gap, unknown.latest_value) == (None, None, 205)
    assert reason(unknown.reason) == (
        "the target is set from the baseline of 2023-12-31, still to record: the figure for "
        "that date (or an earlier one)"
    )
    assert judge(act, readings(("2025-12-31", 205)), "2028-01-15").status is Status.UNREPORTED
    nothing = judge(act, [], "2026-01-01")
    assert (nothing.status, nothing.latest) == (Status.NO_DATA, None)
    known = judge(act, readings(("2023-12-31", 200), ("2025-12-31", 205)), "2026-01-01")
    assert known.target_value == pytest.approx(210)
    assert known.gap == pytest.approx(5)
    assert known.progress == pytest.approx(0.5)
    assert known.status is Status.ON_TRACK
    more = action(unit="count", due=2030, target={"kind": "change", "amount": 10})
    result = judge(more, readings(("2023-06-30", 30), ("2025-12-31", 41)), "2026-01-01")
    assert (result.target_value, result.status) == (40, Status.ACHIEVED)


@pytest.mark.parametrize(
    ("later", "as_of", "status"),
    [
        (1.9, "2026-01-01", Status.ON_TRACK),
        (1.2, "2026-01-01", Status.OFF_TRACK),
        (1.0, "2026-01-01", Status.DETERIORATING),
        (1.9, "2031-01-01", Status.ACHIEVED),
        (1.0, "2031-01-01", Status.MISSED),
        (None, "2031-01-01", Status.UNREPORTED),
    ],
)
def test_a_direction_is_on_track_while_it_moves_the_right_way(
    later: float | None, as_of: str, status: Status
) -> None:
    act = action(
        due=2030, target={"kind": "direction", "direction": "up"}, baseline={"date": "2023-12-31"}
    )
    found = [("2023-12-31", 1.2)] + ([("2025-12-31", later)] if later is not None else [])
    result = judge(act, readings(*found), as_of)
    assert result.baseline_value == 1.2
    assert result.status is status


def test_a_direction_down_and_without_a_baseline_figure() -> None:
    act = action(due=2030, target={"kind": "direction", "direction": "down"})
    assert judge(act, [], "2026-01-01").status is Status.NO_DATA
    assert judge(act, readings(("2025-12-31", 3)), "2026-01-01").status is Status.FIRST_FIGURE
    found = readings(("2023-12-31", 5), ("2025-12-31", 3))
    assert judge(act, found, "2026-01-01").status is Status.ON_TRACK
    # two figures after the baseline's date, none before: the first is the starting point
    later = readings(("2024-12-31", 5), ("2025-12-31", 3))
    assert judge(act, later, "2026-01-01").status is Status.ON_TRACK


@pytest.mark.parametrize(
    ("own", "reference", "gap", "status"),
    [
        (41.5, 46.0, -2.5, Status.ON_TRACK),  # +3.5 points against +1
        (38.5, 46.0, 0.5, Status.OFF_TRACK),  # +0.5 against +1
        (37.0, 46.0, 2.0, Status.DETERIORATING),  # falling
    ],
)
def test_outpace_compares_growths_in_points(
    own: float, reference: float, gap: float, status: Status
) -> None:
    act = action(due=2030, target={"kind": "outpace", "reference": "population générale"})
    found = readings(
        {"date": "2023-12-31", "value": 38.0, "reference": 45.0},
        {"date": "2025-12-31", "value": own, "reference": reference},
    )
    result = judge(act, found, "2026-01-01")
    assert result.gap == pytest.approx(gap)
    assert result.status is status


@pytest.mark.parametrize(
    ("state", "as_of", "status"),
    [
        (None, "2024-10-01", Status.NO_DATA),
        ("not_started", "2024-10-01", Status.NEEDS_ACCELERATION),
        ("in_progress", "2024-10-01", Status.ON_TRACK),
        ("done", "2024-10-01", Status.ACHIEVED),
        ("in_progress", "2025-01-01", Status.MISSED),
        ("done", "2026-01-01", Status.ACHIEVED),
        (None, "2025-01-01", Status.UNREPORTED),
    ],
)
def test_milestones(state: str | None, as_of: str, status: Status) -> None:
    act = action(unit=None, due="2024-H2", target={"kind": "milestone"})
    found = readings({"date": "2024-09-30", "state": state}) if state else []
    assert judge(act, found, as_of).status is status


def test_qualitative_actions_are_not_measurable_unless_a_state_is_recorded() -> None:
    act = action(unit=None, due=2030, target={"kind": "none"})
    assert judge(act, [], "2026-01-01").status is Status.NOT_MEASURABLE
    started = readings({"date": "2025-06-30", "state": "in_progress"})
    assert judge(act, started, "2026-01-01").status is Status.ON_TRACK


def test_a_reading_older_than_fifteen_months_is_stale() -> None:
    act = action(due=2030, baseline={"value": 10, "date": "2023-12-31"})
    found = readings(("2024-06-30", 12))
    assert judge(act, found, "2025-09-30").stale is False
    assert judge(act, found, "2025-10-01").stale is True
    assert judge(act, readings(("2024-06-30", 20)), "2026-10-01").stale is False  # achieved


def test_as_of_reproduces_a_past_view_and_corrections_replace_what_they_correct() -> None:
    act = action(baseline={"value": 10, "date": "2023-12-31"})
    found = readings(
        ("2024-12-31", 12),
        ("2025-12-31", 14),
        {"date": "2025-12-31", "value": 15, "corrects": "2025-12-31"},
    )
    assert judge(act, found, "2025-06-30").latest_value == 12
    assert judge(act, found, "2026-01-01").latest_value == 15
    assert [r.value for r in effective_readings(found, date(2026, 1, 1))] == [12, 15]


def test_a_fraction_is_read_as_a_share() -> None:
    act = action(due=2025, target={"kind": "at_least", "value": 100})
    result = judge(
        act, readings({"date": "2025-06-30", "numerator": 42, "denominator": 48}), "2025-07-01"
    )
    assert result.latest_value == pytest.approx(87.5)
    assert result.gap == pytest.approx(12.5)


def test_a_first_figure_without_baseline_gives_its_gap_not_a_pace() -> None:
    """Issue 19: 38,5 % against a target of 100 % is 61,5 pts to go, not "no data"."""
    act = action(due=2030, target={"kind": "at_least", "value": 100})
    first = judge(act, readings(("2024-12-31", 38.5)), "2025-06-30")
    assert first.status is Status.FIRST_FIGURE
    assert first.gap == pytest.approx(61.5)
    assert (first.progress, first.expected, first.pace) == (None, None, None)
    assert said(first) == (
        "first figure (38.5 %, 2024-12-31), taken as the starting point: the pace will show "
        "with the next figure"
    )
    second = judge(act, readings(("2024-12-31", 38.5), ("2025-12-31", 45)), "2026-01-15")
    assert second.status is not Status.FIRST_FIGURE
    assert second.pace is not None
    # once due, a first figure is judged as any figure: missed (someone measured it)
    due = judge(
        action(due=2025, target={"kind": "at_least", "value": 100}),
        readings(("2024-12-31", 38.5)),
        "2026-01-15",
    )
    assert (due.status, due.gap) == (Status.MISSED, pytest.approx(61.5))


def test_a_change_never_takes_a_later_figure_as_its_reference() -> None:
    """'+10 LAEP from the end of 2023' measured from a 2026 count would be another
    commitment (and could never be met by a single figure)."""
    act = action(
        unit="count",
        due=2030,
        baseline={"date": "2023-12-31"},
        target={"kind": "change", "amount": 10},
    )
    later = judge(act, readings(("2026-06-30", 12)), "2027-01-01")
    assert (later.status, later.target_value, later.gap) == (Status.BASELINE_MISSING, None, None)
    assert judge(act, readings(("2026-06-30", 12)), "2031-02-01").status is Status.UNREPORTED
    recorded = judge(act, readings(("2023-06-30", 8), ("2026-06-30", 12)), "2027-01-01")
    assert (recorded.baseline_value, recorded.target_value, recorded.gap) == (8, 18, 6)


def test_a_direction_with_one_figure_is_a_first_figure_then_judged() -> None:
    act = action(due=2027, target={"kind": "direction", "direction": "up"})
    one = judge(act, readings(("2024-12-31", 1.9)), "2025-06-30")
    assert one.status is Status.FIRST_FIGURE
    two = judge(act, readings(("2024-12-31", 1.9), ("2025-12-31", 2.4)), "2026-01-15")
    assert two.status is Status.ON_TRACK
    late = judge(act, readings(("2024-12-31", 1.9)), "2028-01-15")
    assert late.status is Status.UNREPORTED
    assert "a single figure (1.9 %, 2024-12-31) cannot show which way it moved" in said(late)


def test_a_milestone_follows_its_latest_dated_state_and_says_a_regression() -> None:
    act = action(unit=None, due=2030, target={"kind": "milestone"})
    done_late = readings(
        {"date": "2025-06-30", "state": "in_progress"}, {"date": "2024-12-31", "state": "done"}
    )
    # a state for an earlier date, arrived later, does not override the later-dated one ...
    result = judge(act, done_late, "2026-01-01")
    assert result.latest is not None and result.latest.state == "in_progress"
    # ... and a later state that goes back is a regression, in words
    assert result.status is Status.DETERIORATING
    assert (
        reason(result.reason) == 'gone back: in progress on 2025-06-30, after "done" on 2024-12-31'
    )
    forward = readings(
        {"date": "2024-12-31", "state": "in_progress"}, {"date": "2025-06-30", "state": "done"}
    )
    assert judge(act, forward, "2026-01-01").status is Status.ACHIEVED


def test_no_projection_once_the_due_date_has_passed() -> None:
    act = action(
        due=2025,
        baseline={"value": 80, "date": "2023-12-31"},
        target={"kind": "at_least", "value": 100},
    )
    series = readings(("2024-12-31", 83.3), ("2025-12-31", 91.7))
    assert judge(act, series, "2025-12-31").trend is not None
    assert judge(act, series, "2026-01-15").trend is None
