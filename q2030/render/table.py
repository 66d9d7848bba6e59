"""Rich renderables for people at a terminal: the status table and one action's page.

Returns renderables; printing is the CLI's job. Narrow terminals drop the least needed
columns first, so that the status column always shows.
"""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from q2030.overview import Row, count_statuses, group_rows, group_title
from q2030.progress import Progress
from q2030.render import text
from q2030.repository import Dataset

WIDE = 130  # from this width on, every column shows
MEDIUM = 100  # below it: no progress bar


def _status_text(progress: Progress) -> Text:
    return Text(text.status(progress), style=text.STATUS_STYLES[progress.status])


def counts_line(rows: list[Row]) -> str:
    """'61 actions: 3 achieved · 2 on track · …', with the stale count when there are any."""
    parts = [
        f"{count} {text.STATUS_WORDS[status]}" for status, count in count_statuses(rows).items()
    ]
    stale = sum(row.progress.stale for row in rows)
    if stale:
        parts.append(f"{stale} stale (last reading over 15 months old)")
    noun = "action" if len(rows) == 1 else "actions"
    return f"{len(rows)} {noun}: " + " · ".join(parts) if parts else f"0 {noun}"


def _two_lines(figure: str) -> str:
    """'14 % (2025-12-31)' as the figure above its date, to keep columns narrow."""
    return figure.replace(" (", "\n").rstrip(")")


def _latest_cell(progress: Progress, unit: str | None) -> Text:
    shown = _two_lines(text.latest(progress, unit))
    if progress.stale:
        return Text(shown + "\nstale", style="yellow")
    return Text(shown)


def status_table(rows: list[Row], by: str, width: int) -> RenderableType:
    """A table per group, columns aligned across groups, then the counts per status.

    Every column but the action's has a fixed width, so that the tables line up and a
    narrow terminal squeezes the action's column, never the status.
    """
    wide, medium = width >= WIDE, width >= MEDIUM
    columns: list[tuple[str, int | None]] = [("Action", None)]
    if wide and by != "operator":
        columns.append(("Op.", max((len(row.action.operator) for row in rows), default=3)))
    columns.append(("Due", 7))
    if wide:
        columns.append(("Baseline", 11))
    columns += [("Target", 12 if medium else 9), ("Latest", 10), ("Gap", 8)]
    if medium:
        columns.append(("Progress", 15))
    columns.append(("Status", 20))
    names = [name for name, _ in columns]
    action_width = width - sum(fixed or 0 for _, fixed in columns) - (len(columns) - 1)
    title_limit = 2 * action_width if action_width >= 30 else 0
    tables: list[RenderableType] = []
    for key, members in group_rows(rows, by):
        table = Table(
            title=group_title(key, members, by),
            title_justify="left",
            title_style="bold cyan",
            box=box.SIMPLE_HEAD,
            expand=True,
            padding=0,
            show_edge=False,
            header_style="bold",
        )
        for name, fixed in columns:
            table.add_column(
                name,
                width=fixed,
                ratio=None if fixed else 1,
                justify="right" if name == "Gap" else "left",
                no_wrap=name in {"Status", "Progress"},
                overflow="fold",
            )
        for row in members:
            action, progress = row.action, row.progress
            label = Text(action.id, style="bold")
            if title_limit:
                label.append("\n" + text.short_title(action.title, title_limit), style="dim")
            cells: dict[str, RenderableType] = {
                "Action": label,
                "Op.": action.operator,
                "Due": action.due,
                "Baseline": _two_lines(text.baseline(progress, action.unit)),
                "Target": text.target(action),
                "Latest": _latest_cell(progress, action.unit),
                "Gap": text.gap(progress.gap, action.unit),
                "Progress": text.bar(progress.progress),
                "Status": _status_text(progress),
            }
            table.add_row(*(cells[name] for name in names))
        tables.append(table)
    return Group(*tables, Text(counts_line(rows)))


def action_page(dataset: Dataset, row: Row) -> RenderableType:
    """One action whole: what it is, its readings oldest first, and its figures."""
    action, progress = row.action, row.progress
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold", no_wrap=True)
    facts.add_column()
    facts.add_row("Action", action.id)
    facts.add_row("Title", action.title)
    facts.add_row("Objective", f"{row.objective.title} ({row.objective.id})")
    facts.add_row("Operator", f"{row.operator.id} — {row.operator.name}")
    facts.add_row("Lead", row.lead or text.EMPTY)
    facts.add_row("Indicator", action.indicator or text.EMPTY)
    facts.add_row("Unit", action.unit or text.EMPTY)
    facts.add_row("Baseline", text.baseline(progress, action.unit))
    facts.add_row("Target", text.target(action))
    due = f"{action.due} (by {progress.due.isoformat()})"
    facts.add_row("Due", f'{due}; calendar: "{action.due_text}"' if action.due_text else due)
    facts.add_row("Source", f"{dataset.plan.plan.source}, line {action.source_line}")
    if action.note:
        facts.add_row("Note", action.note)

    readings = Table(title="Readings", title_justify="left", header_style="bold")
    for name in ("Date", "Value", "Source", "Note"):
        readings.add_column(name, overflow="fold")
    for reading in dataset.readings_of(action.id):
        shown = reading.state or text.number(reading.number(action.unit), action.unit)
        if reading.numerator is not None:
            shown += f" ({reading.numerator:g}/{reading.denominator:g})"
        if reading.reference is not None:
            shown += f" vs {text.number(reading.reference, action.unit)}"
        note = reading.note or ""
        if reading.corrects:
            note = f"corrects {reading.corrects}. {note}".strip()
        readings.add_row(reading.date.isoformat(), shown, reading.source, note)

    figures = Table.grid(padding=(0, 2))
    figures.add_column(style="bold", no_wrap=True)
    figures.add_column()
    figures.add_row("Status", _status_text(progress))
    figures.add_row("Why", progress.reason)
    figures.add_row(
        "Latest", text.latest(progress, action.unit) + (" (stale)" if progress.stale else "")
    )
    figures.add_row("Gap", text.gap(progress.gap, action.unit))
    figures.add_row("Progress", text.bar(progress.progress))
    figures.add_row("Expected", text.percent(progress.expected))
    figures.add_row("Pace", text.EMPTY if progress.pace is None else f"{progress.pace:.2f}")
    if progress.years:
        history = ", ".join(
            f"{year.year} {'met' if year.met else 'missed' if year.met is False else 'no figure'}"
            for year in progress.years
        )
        figures.add_row("Years", history)
    return Group(facts, Text(""), readings, Text(""), figures)
