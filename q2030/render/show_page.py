"""One action's page for people at a terminal, as Rich renderables (printing is the CLI's
job); the status table is laid out in status_table.py."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from q2030.data.dataset import Dataset
from q2030.domain.progress import Progress
from q2030.i18n import ENGLISH, NO_BREAK, Language
from q2030.render import text
from q2030.services.overview import Row


def _status_text(progress: Progress, lang: Language) -> Text:
    return Text(text.status(progress, lang), style=text.STATUS_STYLES[progress.status])


GLUE = "\ue000"  # stands for a no-break space while Rich wraps (Rich breaks at U+00A0)


def unglued(rendered: str) -> str:
    """Rendered text with its no-break spaces back (see _row)."""
    return rendered.replace(GLUE, NO_BREAK)


def _row(table: Table, *cells: str | Text) -> None:
    """A table row whose no-break spaces ("18,8 %") Rich will not break at."""
    table.add_row(
        *(cell.replace(NO_BREAK, GLUE) if isinstance(cell, str) else cell for cell in cells)
    )


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
    _row(facts, lang("column.action"), action.id)
    _row(facts, lang("column.title"), action.title)
    _row(facts, lang("column.objective"), f"{row.objective.title} ({row.objective.id})")
    _row(facts, lang("column.operator"), f"{row.operator.id} — {row.operator.name}")
    _row(facts, lang("column.lead"), row.lead or text.EMPTY)
    _row(facts, lang("column.indicator"), action.indicator or text.EMPTY)
    _row(facts, lang("column.unit"), lang(f"unit.{unit}") if unit else text.EMPTY)
    _row(facts, lang("column.baseline"), text.baseline(action, progress, lang))
    _row(facts, lang("column.target"), text.target(action, progress, lang))
    due = lang("show.due", due=action.due, day=progress.due)
    if action.due_text:
        due += lang("show.calendar", text=action.due_text)
    _row(facts, lang("column.due"), due)
    source = lang("show.source", source=dataset.info.source, line=action.source_line)
    _row(facts, lang("column.source"), source)
    if action.note:
        _row(facts, lang("column.note"), action.note)

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
            shown += lang("show.versus", reference=text.number(reading.reference, unit, lang))
        note = reading.note or ""
        if reading.corrects:
            note = f"{lang('show.corrects', date=reading.corrects)} {note}".strip()
        _row(readings, lang.day(reading.date), shown, reading.source, note)

    figures = _grid()
    _row(figures, lang("column.status"), _status_text(progress, lang))
    _row(figures, lang("column.why"), text.reason(progress.reason, lang, unit))
    stale = f" ({lang('latest.stale')})" if progress.stale else ""
    _row(figures, lang("column.latest"), text.latest(progress, unit, lang) + stale)
    _row(figures, lang("column.gap"), text.gap(progress.gap, unit, lang))
    _row(figures, lang("column.progress"), text.bar(progress.progress, lang))
    _row(figures, lang("column.expected"), text.percent(progress.expected, lang))
    pace = text.EMPTY if progress.pace is None else lang.fixed(progress.pace, 2)
    _row(figures, lang("column.pace"), pace)
    if progress.years:
        _row(figures, lang("column.years"), text.years(progress, unit, lang))
    if sentence := text.trend(progress, row.action, lang):
        _row(figures, lang("column.trend"), sentence)
    parts: list[RenderableType] = [facts, Text(""), readings, Text(""), figures]
    history = text.changes(action, lang)
    if history or action.withdrawn is not None:
        changed = Table(title=lang("show.history"), title_justify="left", header_style="bold")
        for key in ("date", "decision", "what", "reason"):
            changed.add_column(lang(f"show.column.{key}"), overflow="fold")
        for day, decision, what, reason in history:
            _row(changed, lang.day(day), decision, what, reason)
        if action.withdrawn is not None:
            gone = action.withdrawn
            _row(changed, lang.day(gone.date), gone.decision, lang("status.withdrawn"), gone.reason)
        parts += [Text(""), changed]
    return Group(*parts)
