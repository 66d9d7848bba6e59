"""How figures read for people, in the language asked for: numbers in their unit, targets,
states, statuses (an icon beside the word, for readers without colour) and progress bars.
The words themselves come from the catalogue in q2030.i18n."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from q2030.domain.choices import Grouping
from q2030.domain.figures import (
    EMPTY as EMPTY,  # re-exported: the renderers say figures through text
)
from q2030.domain.figures import measure as measure
from q2030.domain.figures import number as number
from q2030.domain.figures import points_word as points_word
from q2030.domain.models import Action, AtLeast, AtMost, Change, Direction, Outpace
from q2030.domain.progress import Progress, Reason, YearResult
from q2030.domain.statuses import Status
from q2030.i18n import ENGLISH, Language
from q2030.services.overview import Row, count_statuses, counted

if TYPE_CHECKING:
    from q2030.services.history import ActionDiff, Since  # only for types: no git for the status

STATUS_ICONS = {
    Status.ACHIEVED: "✔",
    Status.ON_TRACK: "●",
    Status.NEEDS_ACCELERATION: "▲",
    Status.FIRST_FIGURE: "◇",
    Status.BASELINE_MISSING: "◌",
    Status.OFF_TRACK: "!",
    Status.DETERIORATING: "▼",
    Status.MISSED: "✖",
    Status.UNREPORTED: "○",
    Status.NO_DATA: "?",
    Status.NOT_MEASURABLE: "·",
    Status.WITHDRAWN: "⊘",
}
STATUS_STYLES = {
    Status.ACHIEVED: "bold green",
    Status.ON_TRACK: "green",
    Status.NEEDS_ACCELERATION: "yellow",
    Status.FIRST_FIGURE: "cyan",
    Status.BASELINE_MISSING: "yellow",
    Status.OFF_TRACK: "red",
    Status.DETERIORATING: "bold red",
    Status.MISSED: "red",
    Status.UNREPORTED: "magenta",
    Status.NO_DATA: "dim",
    Status.NOT_MEASURABLE: "dim",
    Status.WITHDRAWN: "dim strike",
}
YEAR_ICONS = {"met": "✔", "missed": "✖", "unreported": "○", "pending": "…"}
NEEDS_BASELINE = frozenset({"change", "direction", "outpace"})


def gap(value: float | None, unit: str | None, lang: Language = ENGLISH) -> str:
    """A gap still to go: '6 pts' for percentages and points, '60' for a count; a figure
    past its target says so in words, never as a bare negative gap: '2.5 pts ahead'
    (French 'dépassé de 2,5 pts')."""
    if value is None:
        return EMPTY
    text = number(abs(value), None, lang)
    if unit in ("percent", "points"):
        text = f"{text}{lang.unit_space}{points_word(value, lang)}"
    return lang("gap.ahead", amount=text) if value < 0 else text


def shortfall(progress: Progress, unit: str | None, lang: Language = ENGLISH) -> str:
    """How far an action stands from its target, for a line of a list: its gap, or a
    milestone's state in words; empty when neither is known (never a bare dash)."""
    if progress.gap is not None:
        return gap(progress.gap, unit, lang)
    if progress.latest is not None and progress.latest.state is not None:
        return measure(progress.latest, unit, lang)
    return ""


def percent(value: float | None, lang: Language = ENGLISH) -> str:
    return EMPTY if value is None else lang.ratio(value)


def target(action: Action, progress: Progress | None = None, lang: Language = ENGLISH) -> str:
    """The target in a few words: '≥ 20 %', '≤ 0 % each year from 2025', 'up', and a change
    as its number once the baseline is known: '≥ 2,520 (+5 % of 2,400)', else
    '+5 % vs baseline'."""
    goal = action.target
    if isinstance(goal, AtLeast | AtMost):
        sign = "≥" if isinstance(goal, AtLeast) else "≤"
        text = f"{sign} {number(goal.value, action.unit, lang)}"
        if goal.each_year_from is not None:
            return lang("target.each_year", target=text, year=goal.each_year_from)
        return text
    if isinstance(goal, Change):
        return _change_target(goal, action.unit, progress, lang)
    if isinstance(goal, Direction):
        return lang(f"target.{goal.direction}")
    if isinstance(goal, Outpace):
        return lang("target.faster_than", reference=goal.reference)
    if goal.kind == "milestone":
        return lang("target.milestone")
    return EMPTY


def target_kind(action: Action, progress: Progress | None, lang: Language = ENGLISH) -> str:
    """What kind of target a sheet's bare number is: '≥', '≤', '≥ each year', 'milestone',
    'up', 'faster than the reference'; a change is the level it sets (≥ or ≤)."""
    goal = action.target
    if isinstance(goal, AtLeast | AtMost):
        sign = "≥" if isinstance(goal, AtLeast) else "≤"
        if goal.each_year_from is not None:
            return lang("target.kind_each_year", sign=sign, year=goal.each_year_from)
        return sign
    if isinstance(goal, Change):
        return "≥" if (goal.percent if goal.percent is not None else goal.amount or 0) > 0 else "≤"
    if isinstance(goal, Direction):
        return lang(f"target.{goal.direction}")
    if isinstance(goal, Outpace):
        return lang("target.kind_outpace")
    if goal.kind == "milestone":
        return lang("target.milestone")
    return lang("target.kind_none")


CHANGED = "✎"  # beside a target that a decision changed (see `show` for the history)


def marked_target(action: Action, progress: Progress | None, lang: Language = ENGLISH) -> str:
    """The target, with a sign when a decision changed the commitment."""
    shown = target(action, progress, lang)
    return f"{shown} {CHANGED}" if action.changes else shown


def original(action: Action) -> Action:
    """The commitment as the plan first stated it (every change undone)."""
    return action.at(date.min)


def _change_target(
    goal: Change, unit: str | None, progress: Progress | None, lang: Language
) -> str:
    if goal.percent is not None:
        change = f"{'+' if goal.percent > 0 else ''}{lang.decimal(goal.percent)}{lang.unit_space}%"
        key = "target.percent_of"
    else:
        amount = goal.amount or 0
        change = f"{'+' if amount > 0 else ''}{number(amount, unit, lang)}"
        key = "target.amount_from"
    if progress is None or progress.baseline_value is None or progress.target_value is None:
        return f"{change} {lang('target.vs_baseline')}"
    rising = (goal.percent if goal.percent is not None else goal.amount or 0) > 0
    level = f"{'≥' if rising else '≤'} {number(progress.target_value, unit, lang)}"
    start = number(progress.baseline_value, unit, lang)
    return lang(key, level=level, change=change, baseline=start)


def latest(progress: Progress, unit: str | None, lang: Language = ENGLISH) -> str:
    """The latest reading and its date: '14 % (2025-12-31)', or its milestone state."""
    reading = progress.latest
    if reading is None:
        return EMPTY
    return f"{measure(reading, unit, lang)} ({lang.day(reading.date)})"


def baseline(
    action: Action, progress: Progress, lang: Language = ENGLISH, *, short: bool = False
) -> str:
    """The baseline and its date; where the plan needs one whose value nobody has sent yet,
    which figure is owed: 'the value on 2023-12-31, to be recorded' (`short`, for table
    cells: 'to be recorded (2023-12-31)')."""
    unit = action.unit
    if progress.baseline_value is None:
        needed = action.baseline is not None or action.target.kind in NEEDS_BASELINE
        if needed and progress.baseline_date is not None:
            key = "baseline.to_record_short" if short else "baseline.to_record"
            return lang(key, date=lang.day(progress.baseline_date))
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
    return status_word(progress.status, lang)


def status_word(value: Status, lang: Language = ENGLISH) -> str:
    """A status as shown: its icon, then its word ('▲ needs acceleration')."""
    return f"{STATUS_ICONS[value]} {lang.status(value)}"


def year_verdict(year: YearResult) -> str:
    """One year of a yearly target: met, missed, unreported (over, no figure) or pending
    (the current year, not met yet)."""
    if year.met:
        return "met"
    if not year.ended:
        return "pending"
    return "missed" if year.met is False else "unreported"


def years(progress: Progress, unit: str | None, lang: Language = ENGLISH) -> str:
    """A yearly target's history: '2024 ✔ 52 %, 2025 ✖ 41 %, 2026 …'."""
    parts = []
    for year in progress.years:
        verdict = year_verdict(year)
        figure = "" if year.value is None else f" {number(year.value, unit, lang)}"
        parts.append(f"{year.year} {YEAR_ICONS[verdict]}{figure}")
    return ", ".join(parts)


def years_legend(lang: Language = ENGLISH) -> str:
    """What the years' icons mean: '✔ met, ✖ missed, ○ not reported, … under way'."""
    return ", ".join(f"{icon} {lang(f'year.{name}')}" for name, icon in YEAR_ICONS.items())


def counts(
    rows_statuses: dict[Status, int], total: int, stale: int, lang: Language = ENGLISH
) -> str:
    """'61 actions: 3 achieved · 2 on track · …', with the stale count when there are any."""
    parts = [
        lang.counted(f"counted.{status.value}", count) for status, count in rows_statuses.items()
    ]
    if stale:
        parts.append(lang("count.stale", count=stale))
    head = lang.counted("count.actions", total)
    return lang("count.line", head=head, parts=" · ".join(parts)) if parts else head


FIGURES = frozenset({"value", "target", "baseline"})  # reason values in the action's unit


def reason(why: Reason, lang: Language = ENGLISH, unit: str | None = None) -> str:
    """Why a status, in words: the catalogue's sentence with its values written out, the
    figures in the action's unit."""
    values: dict[str, str] = {}
    for name, value in why.values:
        if isinstance(value, Reason):
            values[name] = reason(value, lang, unit)
        elif name in FIGURES and isinstance(value, float | int):
            values[name] = number(value, unit, lang)
        elif name == "gap" and isinstance(value, float | int):
            values[name] = gap(value, unit, lang)
        elif isinstance(value, date):
            values[name] = lang.day(value)
        elif name.endswith("_ratio") and isinstance(value, float):
            values[name] = lang.ratio(value)
        elif name == "pace" and isinstance(value, float):
            values[name] = lang.fixed(value, 2)
        elif isinstance(value, float | int):
            values[name] = lang.decimal(value, 2)
        elif name in ("state", "earlier"):
            values[name] = lang(f"state.{value}")
        else:
            values[name] = str(value)
    return lang(why.key, **values)


def _counted(text: str, unit: str | None, label: str | None, lang: Language) -> str:
    """A count's number followed by what it counts, where the plan names it."""
    return f"{text}{lang.unit_space}{label}" if unit == "count" and label else text


def amount(
    value: float, unit: str | None, lang: Language = ENGLISH, label: str | None = None
) -> str:
    """A computed figure (a projection) in its unit and precision: a count is whole and
    says what it counts ('2,601 places'), a percentage has one decimal ('17.2 %')."""
    if unit == "count":
        return _counted(lang.decimal(round(value), 0, grouped=True), unit, label, lang)
    return number(value, unit, lang)


def signed(
    value: float, unit: str | None, lang: Language = ENGLISH, label: str | None = None
) -> str:
    """A change with its sign and unit: '+1.5 pts' (percentages move in points), '-60', a
    count whole and with what it counts: '+71 places'."""
    if unit == "count":
        value = round(value)
    sign = "+" if value > 0 else ("-" if value < 0 else "")
    shown = lang.decimal(abs(value), grouped=True)
    if unit in ("percent", "points"):
        return f"{sign}{shown}{lang.unit_space}{points_word(value, lang)}"
    return _counted(f"{sign}{shown}", unit, label, lang)


def trend(progress: Progress, action: Action, lang: Language = ENGLISH) -> str:
    """Where the figures lead, in one sentence, in the indicator's unit and precision
    (empty without a trend, as once the due date has passed): 'At the observed pace
    (+71 places/year), 2,601 places by 2027-12-31 for a target of 2,520 places.'"""
    found = progress.trend
    if found is None or progress.target_value is None:
        return ""
    unit, label = action.unit, action.unit_label
    values = {
        "observed": signed(found.observed_pace, unit, lang, label),
        "projected": amount(found.projected, unit, lang, label),
        "due": progress.due,
        "target": _counted(number(progress.target_value, unit, lang), unit, label, lang),
    }
    if found.needed_pace is None:
        return lang("trend.at_due", **values)
    needed = signed(found.needed_pace, unit, lang, label)
    return lang("trend.sentence", needed=needed, **values)


def short_title(title: str, limit: int) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def counts_line(rows: list[Row], lang: Language = ENGLISH) -> str:
    """'61 actions: 3 achieved · 2 on track · …', with the stale count when there are any."""
    stale = sum(row.progress.stale for row in rows)
    total = len(counted(rows))
    line = counts(count_statuses(rows), total, stale, lang)
    withdrawn = len(rows) - total
    if withdrawn:
        line += lang.counted("count.withdrawn", withdrawn)
    return line


def group_title(key: str, rows: list[Row], by: Grouping, lang: Language = ENGLISH) -> str:
    """A group's heading: the operator's name, the objective's title and id, or the due year."""
    if by is Grouping.OPERATOR:
        operator = rows[0].operator
        return f"{operator.id} — {operator.name}"
    if by is Grouping.OBJECTIVE:
        return f"{key} ({rows[0].objective.id})"
    return lang("group.due_year", year=key)


def since(change: ActionDiff) -> str:
    """What moved for one action, in a few signs for a table's column: its status icon
    before and after ('▲→●') when it changed, the readings added ('+2'), and '≠' when its
    commitment changed."""
    parts = []
    before = change.before.status if change.before else None
    after = change.after.status if change.after else None
    if before != after:
        shown = [STATUS_ICONS[status] if status else EMPTY for status in (before, after)]
        parts.append("→".join(shown))
    if change.added:
        parts.append(f"+{len(change.added)}")
    if change.commitment_changed:
        parts.append("≠")
    return " ".join(parts)


def _figure(progress: Progress | None, unit: str | None, lang: Language) -> str:
    reading = None if progress is None else progress.latest
    return EMPTY if reading is None else measure(reading, unit, lang)


def moved(change: ActionDiff, lang: Language = ENGLISH) -> str:
    """What moved for one action, with its figures: 'snu: 15.2 % → 17 % (2025-12-31);
    gap 4.8 pts → 3 pts; ▲ needs acceleration → ● on track', a correction as 'corrected:
    14.2 % → 14.5 % (2025-12-31)', a new state as 'in progress → done (2024-11-15)', a
    changed commitment as 'commitment changed: target ≥ 20 % → ≥ 19 %'."""
    unit = change.action.unit
    before, after = change.before, change.after
    said = []
    added = {id(reading) for reading in change.added}
    # corrections of figures known before; a figure both added and corrected since was
    # never shown, so only its corrected value counts
    known = [c for c in change.corrections if id(c.replaced) not in added]
    superseded = {id(c.replaced) for c in change.corrections}
    latest = None if after is None else after.latest
    old_latest = None if before is None else before.latest
    if latest != old_latest and not any(c.by is latest for c in known):
        shown = _figure(after, unit, lang)
        if latest is not None:
            shown += f" ({lang.day(latest.date)})"
        if old_latest is None:
            said.append(lang("moved.first", figure=shown))
        else:
            said.append(f"{_figure(before, unit, lang)} → {shown}")
    for correction in known:
        said.append(
            lang(
                "moved.corrected",
                before=measure(correction.replaced, unit, lang),
                after=measure(correction.by, unit, lang),
                date=correction.by.date,
            )
        )
    said_already = {id(c.by) for c in known} | superseded | {id(latest)}
    others = [reading for reading in change.added if id(reading) not in said_already]
    if others:
        figures = ", ".join(f"{measure(r, unit, lang)} ({lang.day(r.date)})" for r in others)
        said.append(lang("moved.also", figures=figures))
    if (
        before is not None
        and after is not None
        and before.baseline_value is not None
        and after.baseline_value is not None
        and (before.baseline_value, before.baseline_date)
        != (after.baseline_value, after.baseline_date)
    ):
        starts = [
            f"{number(p.baseline_value, unit, lang)} ({lang.day(p.baseline_date)})"
            if p.baseline_date
            else number(p.baseline_value, unit, lang)
            for p in (before, after)
        ]
        said.append(lang("moved.start", before=starts[0], after=starts[1]))
    old_gap, new_gap = (None if p is None else p.gap for p in (before, after))
    if old_gap is None and new_gap is not None:
        said.append(lang("moved.first_gap", gap=gap(new_gap, unit, lang)))
    elif (old_gap is not None or new_gap is not None) and _rounded(old_gap) != _rounded(new_gap):
        said.append(
            lang("moved.gap", before=gap(old_gap, unit, lang), after=gap(new_gap, unit, lang))
        )
    if before is None or after is None or before.status != after.status:
        old = lang("diff.absent") if before is None else status(before, lang)
        new = lang("diff.absent") if after is None else status(after, lang)
        said.append(f"{old} → {new}")
    if change.previous is not None and change.changed_fields:
        what = lang("moved.separator").join(
            lang(
                "show.changed",
                field=lang(f"field.{name}"),
                before=commitment_value(change.previous, name, lang),
                after=commitment_value(change.action, name, lang),
            )
            for name in change.changed_fields
        )
        said.append(lang("moved.commitment", what=what))
    return lang("moved.separator").join(said)


def moved_since(since: Since | None, lang: Language) -> tuple[str, list[ActionDiff]] | None:
    """What moved since the last COPIL, named for a heading (see since_label), or None
    when it was not asked."""
    return None if since is None else (since_label(since, lang), since.changes)


def since_label(since: Since, lang: Language = ENGLISH) -> str:
    """How the last COPIL is named, and what it was compared with: a revision in quotes;
    a date with the commit that stood then; outside git, a date said to select figures by
    their own dates."""
    if isinstance(since.named, str):
        return lang("since.revision", name=since.named)
    if since.revision is None or since.committed is None:
        key = "since.no_commit" if since.in_git else "since.by_figure_dates"
        return lang(key, day=since.named)
    return lang(
        "since.commit", day=since.named, committed=since.committed, commit=since.revision[:7]
    )


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def commitment_value(action: Action, field: str, lang: Language = ENGLISH) -> str:
    """One field of a commitment, as a reader says it: '≥ 20 %', '2027', '10 % (31/12/2023)'."""
    if field == "target":
        return target(action, None, lang)
    if field == "baseline":
        base = action.baseline
        if base is None:
            return EMPTY
        shown = lang("baseline.to_record_short", date=lang.day(base.date))
        if base.value is not None:
            shown = f"{number(base.value, action.unit, lang)} ({lang.day(base.date)})"
        return shown
    if field == "unit":
        return lang(f"unit.{action.unit}") if action.unit else EMPTY
    value = getattr(action, field)
    return EMPTY if value is None else str(value)


def changes(action: Action, lang: Language = ENGLISH) -> list[tuple[date, str, str, str]]:
    """Each change of the commitment, oldest first: its date, decision, what it changed
    ('target: ≥ 20 % → ≥ 15 %', each field before and after it) and reason."""
    found = []
    for change in action.changes:
        after = action.at(change.date)
        before = after.model_copy(
            update={name: getattr(change.before, name) for name in change.before.model_fields_set}
        )
        what = "; ".join(
            lang(
                "show.changed",
                field=lang(f"field.{name}"),
                before=commitment_value(before, name, lang),
                after=commitment_value(after, name, lang),
            )
            for name in sorted(change.before.model_fields_set)
        )
        found.append((change.date, change.decision, what, change.reason))
    return found
