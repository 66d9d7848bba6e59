"""How figures read for people: numbers in their unit, targets, status words, progress bars."""

from __future__ import annotations

from q2030.models import Action, AtLeast, AtMost, Change, Direction, Outpace
from q2030.progress import Progress, Status

STATUS_WORDS = {
    Status.ACHIEVED: "achieved",
    Status.ON_TRACK: "on track",
    Status.NEEDS_ACCELERATION: "needs acceleration",
    Status.OFF_TRACK: "off track",
    Status.DETERIORATING: "deteriorating",
    Status.MISSED: "missed",
    Status.NO_DATA: "no data",
    Status.NOT_MEASURABLE: "not measurable",
}
STATUS_ICONS = {
    Status.ACHIEVED: "✔",
    Status.ON_TRACK: "●",
    Status.NEEDS_ACCELERATION: "▲",
    Status.OFF_TRACK: "✖",
    Status.DETERIORATING: "▼",
    Status.MISSED: "✖",
    Status.NO_DATA: "?",
    Status.NOT_MEASURABLE: "·",
}
STATUS_STYLES = {
    Status.ACHIEVED: "bold green",
    Status.ON_TRACK: "green",
    Status.NEEDS_ACCELERATION: "yellow",
    Status.OFF_TRACK: "red",
    Status.DETERIORATING: "bold red",
    Status.MISSED: "red",
    Status.NO_DATA: "dim",
    Status.NOT_MEASURABLE: "dim",
}
EMPTY = "—"


def number(value: float | None, unit: str | None = None) -> str:
    """18.8 -> '18.8 %' for a percentage, 15.0 -> '15' for a count; None -> '—'."""
    if value is None:
        return EMPTY
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    return f"{text} %" if unit == "percent" else text


def gap(value: float | None, unit: str | None) -> str:
    """A gap still to go: '6 pts' for percentages, '+3' beyond the target reads '-3'."""
    if value is None:
        return EMPTY
    text = number(value)
    return f"{text} pts" if unit == "percent" else text


def percent(value: float | None) -> str:
    return EMPTY if value is None else f"{value:.0%}"


def target(action: Action) -> str:
    """The target in a few characters: '≥ 20 %', '≤ 0 %/yr from 2025', '+5 % vs baseline', 'up'."""
    goal = action.target
    if isinstance(goal, AtLeast | AtMost):
        sign = "≥" if isinstance(goal, AtLeast) else "≤"
        text = f"{sign} {number(goal.value, action.unit)}"
        return f"{text}/yr from {goal.each_year_from}" if goal.each_year_from else text
    if isinstance(goal, Change):
        if goal.percent is not None:
            return f"{goal.percent:+g} % vs baseline"
        return f"{goal.amount:+g} vs baseline"
    if isinstance(goal, Direction):
        return "up" if goal.direction == "up" else "down"
    if isinstance(goal, Outpace):
        return f"faster than {goal.reference}"
    if goal.kind == "milestone":
        return "milestone"
    return EMPTY


def latest(progress: Progress, unit: str | None) -> str:
    """The latest reading and its date: '14 % (2025-12-31)', or its milestone state."""
    reading = progress.latest
    if reading is None:
        return EMPTY
    shown = (
        reading.state.replace("_", " ") if reading.state else number(progress.latest_value, unit)
    )
    return f"{shown} ({reading.date.isoformat()})"


def baseline(progress: Progress, unit: str | None) -> str:
    if progress.baseline_value is None:
        return EMPTY
    day = progress.baseline_date
    when = "" if day is None else f" ({day.isoformat()})"
    return f"{number(progress.baseline_value, unit)}{when}"


def bar(progress: float | None, width: int = 10) -> str:
    """A progress rate as a bar capped to 0-100 %: '████░░░░░░  40%'."""
    if progress is None:
        return EMPTY
    shown = min(1.0, max(0.0, progress))
    filled = round(shown * width)
    return "█" * filled + "░" * (width - filled) + f" {shown:4.0%}"


def status(progress: Progress) -> str:
    return f"{STATUS_ICONS[progress.status]} {STATUS_WORDS[progress.status]}"


def short_title(title: str, limit: int) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"
