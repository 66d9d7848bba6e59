"""Rich renderables for people at a terminal: the status table and one action's page.

Returns renderables; printing is the CLI's job. Narrow terminals drop the least needed
columns first, so that the status column always shows.
"""

from __future__ import annotations

from rich import box
from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from q2030.dataset import Dataset
from q2030.i18n import ENGLISH, Language
from q2030.overview import Row, group_rows
from q2030.progress import Progress
from q2030.render import text
from q2030.statuses import Status

WIDE = 130  # from this width on, every column shows
MEDIUM = 100  # below it: no progress bar


def _status_text(progress: Progress, lang: Language) -> Text:
    return Text(text.status(progress, lang), style=text.STATUS_STYLES[progress.status])


def _two_lines(figure: str) -> str:
    """'14 % (2025-12-31)' as the figure above its date, to keep columns narrow."""
    return figure.replace(" (", "\n").rstrip(")")


def _latest_cell(progress: Progress, unit: str | None, lang: Language) -> Text:
    shown = _two_lines(text.latest(progress, unit, lang))
    if progress.stale:
        return Text(f"{shown}\n{lang('stale')}", style="yellow")
    return Text(shown)


def status_table(rows: list[Row], by: str, width: int, lang: Language = ENGLISH) -> RenderableType:
    """A table per group, columns aligned across groups, then the counts per status.

    Every column but the action's has a fixed width, so that the tables line up and a
    narrow terminal squeezes the action's column, never the status.
    """
    wide, medium = width >= WIDE, width >= MEDIUM
    columns: list[tuple[str, int | None]] = [("action", None)]
    if wide and by != "operator":
        width_of_ids = max((len(row.action.operator) for row in rows), default=3)
        columns.append(("operator_short", width_of_ids))
    columns.append(("due", 7 if lang.code == "en" else 9))
    if wide:
        columns.append(("baseline", 11))
    columns += [("target", 12 if medium else 9), ("latest", 10), ("gap", 8)]
    if medium:
        columns.append(("progress", 15))
    columns.append(("status", max(cell_len(text.status_word(s, lang)) for s in Status)))
    names = [name for name, _ in columns]
    action_width = width - sum(fixed or 0 for _, fixed in columns) - (len(columns) - 1)
    title_limit = 2 * action_width if action_width >= 30 else 0
    tables: list[RenderableType] = []
    for key, members in group_rows(rows, by):
        table = Table(
            title=text.group_title(key, members, by, lang),
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
                lang(f"column.{name}"),
                width=fixed,
                ratio=None if fixed else 1,
                justify="right" if name == "gap" else "left",
                no_wrap=name in {"status", "progress"},
                overflow="fold",
            )
        for row in members:
            action, progress = row.action, row.progress
            label = Text(action.id, style="bold")
            if title_limit:
                label.append("\n" + text.short_title(action.title, title_limit), style="dim")
            cells: dict[str, RenderableType] = {
                "action": label,
                "operator_short": action.operator,
                "due": action.due,
                "baseline": _two_lines(text.baseline(action, progress, lang, short=True)),
                "target": text.target(action, progress, lang).replace(" (", "\n("),
                "latest": _latest_cell(progress, action.unit, lang),
                "gap": text.gap(progress.gap, action.unit, lang),
                "progress": text.bar(progress.progress, lang),
                "status": _status_text(progress, lang),
            }
            table.add_row(*(cells[name] for name in names))
        tables.append(table)
    return Group(*tables, Text(text.counts_line(rows, lang)))


def _grid() -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    return grid


def action_page(dataset: Dataset, row: Row, lang: Language = ENGLISH) -> RenderableType:
    """One action whole: what it is, its readings oldest first, and its figures."""
    action, progress = row.action, row.progress
    unit = action.unit
    facts = _grid()
    facts.add_row(lang("column.action"), action.id)
    facts.add_row(lang("column.title"), action.title)
    facts.add_row(lang("column.objective"), f"{row.objective.title} ({row.objective.id})")
    facts.add_row(lang("column.operator"), f"{row.operator.id} — {row.operator.name}")
    facts.add_row(lang("column.lead"), row.lead or text.EMPTY)
    facts.add_row(lang("column.indicator"), action.indicator or text.EMPTY)
    facts.add_row(lang("column.unit"), lang(f"unit.{unit}") if unit else text.EMPTY)
    facts.add_row(lang("column.baseline"), text.baseline(action, progress, lang))
    facts.add_row(lang("column.target"), text.target(action, progress, lang))
    due = f"{action.due} ({lang('by')} {lang.day(progress.due)})"
    if action.due_text:
        due += f'; {lang("calendar")}: "{action.due_text}"'
    facts.add_row(lang("column.due"), due)
    source = f"{dataset.plan.plan.source}, {lang('line')} {action.source_line}"
    facts.add_row(lang("column.source"), source)
    if action.note:
        facts.add_row(lang("column.note"), action.note)

    readings = Table(title=lang("column.readings"), title_justify="left", header_style="bold")
    for key in ("date", "value", "source", "note"):
        readings.add_column(lang(f"column.{key}"), overflow="fold")
    for reading in dataset.readings_of(action.id):
        shown = text.measure(reading, unit, lang)
        if reading.numerator is not None:
            shown += (
                f" ({lang.decimal(reading.numerator)}/{lang.decimal(reading.denominator or 0)})"
            )
        if reading.reference is not None:
            shown += f" vs {text.number(reading.reference, unit, lang)}"
        note = reading.note or ""
        if reading.corrects:
            note = f"{lang('column.corrects')} {lang.day(reading.corrects)}. {note}".strip()
        readings.add_row(lang.day(reading.date), shown, reading.source, note)

    figures = _grid()
    figures.add_row(lang("column.status"), _status_text(progress, lang))
    figures.add_row(lang("column.why"), text.reason(progress.reason, lang, unit))
    stale = f" ({lang('stale')})" if progress.stale else ""
    figures.add_row(lang("column.latest"), text.latest(progress, unit, lang) + stale)
    figures.add_row(lang("column.gap"), text.gap(progress.gap, unit, lang))
    figures.add_row(lang("column.progress"), text.bar(progress.progress, lang))
    figures.add_row(lang("column.expected"), text.percent(progress.expected, lang))
    pace = text.EMPTY if progress.pace is None else lang.fixed(progress.pace, 2)
    figures.add_row(lang("column.pace"), pace)
    if progress.years:
        figures.add_row(lang("column.years"), text.years(progress, unit, lang))
    return Group(facts, Text(""), readings, Text(""), figures)
