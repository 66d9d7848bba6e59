"""How figures read for people, in the language asked for: numbers in their unit, targets,
states, statuses (an icon beside the word, for readers without colour) and progress bars.
The words themselves come from the catalogue in q2030.i18n."""

from __future__ import annotations

from datetime import date

from q2030.i18n import ENGLISH, Language
from q2030.models import Action, AtLeast, AtMost, Change, Direction, Outpace, Reading
from q2030.progress import Progress, Reason
from q2030.statuses import Status

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


def number(value: float | None, unit: str | None = None, lang: Language = ENGLISH) -> str:
    """18.8 -> '18.8 %' (French: '18,8 %') for a percentage, 15.0 -> '15' for a count."""
    if value is None:
        return EMPTY
    text = lang.decimal(value)
    return f"{text} %" if unit == "percent" else text


def gap(value: float | None, unit: str | None, lang: Language = ENGLISH) -> str:
    """A gap still to go: '6 pts' for percentages; one beyond the target reads '-3'."""
    if value is None:
        return EMPTY
    text = number(value, None, lang)
    return f"{text} {lang('points')}" if unit == "percent" else text


def percent(value: float | None, lang: Language = ENGLISH) -> str:
    return EMPTY if value is None else lang.ratio(value)


def target(action: Action, lang: Language = ENGLISH) -> str:
    """The target in a few words: '≥ 20 %', '≤ 0 %/yr from 2025', '+5 % vs baseline', 'up'."""
    goal = action.target
    if isinstance(goal, AtLeast | AtMost):
        sign = "≥" if isinstance(goal, AtLeast) else "≤"
        text = f"{sign} {number(goal.value, action.unit, lang)}"
        if goal.each_year_from:
            return lang("target.each_year", target=text, year=goal.each_year_from)
        return text
    if isinstance(goal, Change):
        if goal.percent is not None:
            return f"{'+' if goal.percent > 0 else ''}{lang.decimal(goal.percent)} % " + lang(
                "target.vs_baseline"
            )
        amount = goal.amount or 0
        return f"{'+' if amount > 0 else ''}{lang.decimal(amount)} {lang('target.vs_baseline')}"
    if isinstance(goal, Direction):
        return lang(f"target.{goal.direction}")
    if isinstance(goal, Outpace):
        return lang("target.faster_than", reference=goal.reference)
    if goal.kind == "milestone":
        return lang("target.milestone")
    return EMPTY


def measure(reading: Reading, unit: str | None, lang: Language = ENGLISH) -> str:
    """What a reading says: '14 %', '2460', or a milestone state."""
    if reading.state:
        return lang(f"state.{reading.state}")
    return number(reading.number(unit), unit, lang)


def latest(progress: Progress, unit: str | None, lang: Language = ENGLISH) -> str:
    """The latest reading and its date: '14 % (2025-12-31)', or its milestone state."""
    reading = progress.latest
    if reading is None:
        return EMPTY
    return f"{measure(reading, unit, lang)} ({lang.day(reading.date)})"


def baseline(progress: Progress, unit: str | None, lang: Language = ENGLISH) -> str:
    if progress.baseline_value is None:
        return EMPTY
    day = progress.baseline_date
    when = "" if day is None else f" ({lang.day(day)})"
    return f"{number(progress.baseline_value, unit, lang)}{when}"


def bar(progress: float | None, lang: Language = ENGLISH, width: int = 10) -> str:
    """A progress rate as a bar capped to 0-100 %: '████░░░░░░  40%'."""
    if progress is None:
        return EMPTY
    shown = min(1.0, max(0.0, progress))
    filled = round(shown * width)
    return "█" * filled + "░" * (width - filled) + f" {lang.ratio(shown):>4}"


def status(progress: Progress, lang: Language = ENGLISH) -> str:
    return f"{STATUS_ICONS[progress.status]} {lang.status(progress.status)}"


def years(progress: Progress, lang: Language = ENGLISH) -> str:
    """A yearly target's history: '2024 met, 2025 missed, 2026 no figure'."""
    words = {True: lang("year.met"), False: lang("year.missed"), None: lang("year.none")}
    return ", ".join(f"{year.year} {words[year.met]}" for year in progress.years)


def counts(
    rows_statuses: dict[Status, int], total: int, stale: int, lang: Language = ENGLISH
) -> str:
    """'61 actions: 3 achieved · 2 on track · …', with the stale count when there are any."""
    plural = {count: "s" if count > 1 else "" for count in [*rows_statuses.values(), stale]}
    parts = [
        lang(f"counted.{status.value}", count=count, s=plural[count])
        for status, count in rows_statuses.items()
    ]
    if stale:
        parts.append(lang("count.stale", count=stale, s=plural[stale]))
    head = lang("count.action" if total == 1 else "count.actions", count=total)
    return lang("count.line", head=head, parts=" · ".join(parts)) if parts else head


def reason(why: Reason, lang: Language = ENGLISH) -> str:
    """Why a status, in words: the catalogue's sentence with its values written out."""
    values: dict[str, str] = {}
    for name, value in why.values:
        if isinstance(value, Reason):
            values[name] = reason(value, lang)
        elif isinstance(value, date):
            values[name] = lang.day(value)
        elif name.endswith("_ratio") and isinstance(value, float):
            values[name] = lang.ratio(value)
        elif name == "pace" and isinstance(value, float):
            values[name] = lang.fixed(value, 2)
        elif isinstance(value, float | int):
            values[name] = lang.decimal(value, 2)
        elif name == "state":
            values[name] = lang(f"state.{value}")
        else:
            values[name] = str(value)
    return lang(why.key, **values)


def short_title(title: str, limit: int) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"
