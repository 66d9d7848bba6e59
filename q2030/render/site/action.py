"""An action's page: the commitment as the source states it (its title verbatim, with its
line in the source), what was promised (indicator, baseline, target, due date), where it
stands at the as-of date and why, where its trend leads, its chart (the report's, with its
text alternative), every figure with its date, source and note, and the commitment's own
history of changes. The same facts as `q2030 show`, for a browser."""

from __future__ import annotations

from html import escape

from q2030.commands.site import Result
from q2030.domain.models import Reading
from q2030.render import text
from q2030.render.chart import chart
from q2030.render.site.frame import Frame, action_page, link, operator_page
from q2030.render.site.parts import badge, freshness_line, table
from q2030.services.overview import Row


def _facts(pairs: list[tuple[str, str]]) -> str:
    """A definition list; each value is HTML already escaped."""
    rows = "".join(f"<dt>{escape(term)}</dt><dd>{value}</dd>" for term, value in pairs)
    return f'<dl class="facts">{rows}</dl>'


def _promise(frame: Frame, here: str, row: Row, result: Result) -> str:
    lang = frame.lang
    action, progress = row.action, row.progress
    operator = link(here, operator_page(row.operator.id).path(lang.code), row.operator.id)
    due = lang("show.due", due=action.due, day=progress.due)
    if action.due_text:
        due += lang("show.calendar", text=action.due_text)
    pairs = [
        (lang("column.objective"), escape(row.objective.title)),
        (lang("column.operator"), f"{operator} — {escape(row.operator.name)}"),
        (lang("column.lead"), escape(row.lead or text.EMPTY)),
        (lang("column.indicator"), escape(action.indicator or text.EMPTY)),
        (lang("column.unit"), escape(lang(f"unit.{action.unit}") if action.unit else text.EMPTY)),
        (lang("column.baseline"), escape(text.baseline(action, progress, lang))),
        (lang("column.target"), escape(text.marked_target(action, progress, lang))),
        (lang("column.due"), escape(due)),
    ]
    if action.note:
        pairs.append((lang("column.note"), escape(action.note)))
    return _facts(pairs)


def _standing(frame: Frame, row: Row, result: Result) -> str:
    lang = frame.lang
    action, progress = row.action, row.progress
    unit = action.unit
    latest = text.latest(progress, unit, lang)
    if progress.stale:
        latest += f" ({lang('latest.stale')})"
    pace = text.EMPTY if progress.pace is None else lang.fixed(progress.pace, 2)
    shown = None if progress.progress is None else min(1.0, max(0.0, progress.progress))
    status = badge(progress.status, lang) + freshness_line(result.freshness.get(action.id), lang)
    pairs = [
        (lang("column.status"), status),
        (lang("column.why"), escape(text.reason(progress.reason, lang, unit))),
        (lang("column.latest"), escape(latest)),
        (lang("column.gap"), escape(text.gap(progress.gap, unit, lang))),
        (lang("column.progress"), escape(text.percent(shown, lang))),
        (lang("column.expected"), escape(text.percent(progress.expected, lang))),
        (lang("column.pace"), escape(pace)),
    ]
    if progress.years:
        pairs.append((lang("column.years"), escape(text.years(progress, unit, lang))))
    return _facts(pairs)


def _value(reading: Reading, unit: str | None, frame: Frame) -> str:
    lang = frame.lang
    shown = text.measure(reading, unit, lang)
    if reading.numerator is not None:
        shown += f" ({lang.decimal(reading.numerator)}/{lang.decimal(reading.denominator or 0)})"
    if reading.reference is not None:
        shown += lang("show.versus", reference=text.number(reading.reference, unit, lang))
    return shown


def _readings(frame: Frame, row: Row, readings: list[Reading]) -> str:
    lang = frame.lang
    heading = f"<h2>{escape(lang('site.readings_heading'))}</h2>"
    if not readings:
        return f"{heading}<p>{escape(lang('site.readings_none'))}</p>"
    lines = []
    for reading in readings:
        note = reading.note or ""
        if reading.corrects:
            note = f"{lang('show.corrects', date=reading.corrects)} {note}".strip()
        lines.append(
            f'<tr><th scope="row" class="date">{escape(lang.day(reading.date))}</th>'
            f"<td>{escape(_value(reading, row.action.unit, frame))}</td>"
            f"<td>{escape(reading.source)}</td><td>{escape(note)}</td></tr>"
        )
    caption = lang("site.readings_caption", action=row.action.id)
    headings = [lang(f"column.{key}") for key in ("date", "value", "source", "note")]
    return heading + table(caption, headings, lines, css="readings")


def _history(frame: Frame, row: Row) -> str:
    lang = frame.lang
    action = row.action
    heading = f"<h2>{escape(lang('show.history'))}</h2>"
    history = text.changes(action, lang)
    if action.withdrawn is not None:
        gone = action.withdrawn
        history.append((gone.date, gone.decision, lang("status.withdrawn"), gone.reason))
    if not history:
        return f"{heading}<p>{escape(lang('site.history_none'))}</p>"
    lines = [
        f'<tr><th scope="row" class="date">{escape(lang.day(day))}</th>'
        f"<td>{escape(decision)}</td><td>{escape(what)}</td><td>{escape(reason)}</td></tr>"
        for day, decision, what, reason in history
    ]
    caption = lang("site.history_caption", action=action.id)
    headings = [lang(f"show.column.{key}") for key in ("date", "decision", "what", "reason")]
    return heading + table(caption, headings, lines, css="changes")


def action(frame: Frame, result: Result, row: Row, readings: list[Reading]) -> bytes:
    """The page of `row`'s action; `readings` are its figures dated on or before the
    as-of date, as recorded (corrections included)."""
    lang = frame.lang
    action, progress = row.action, row.progress
    page = action_page(action.id)
    here = page.path(lang.code)
    plan = result.dataset.info
    source = lang("show.source", source=plan.source, line=action.source_line)
    content = [
        f'<h1><span class="id">{escape(action.id)}</span></h1>',
        f'<blockquote class="commitment"><p>{escape(action.title)}</p></blockquote>',
        f'<p class="muted">{escape(lang("site.source_line", source=source))}</p>',
        f"<h2>{escape(lang('site.commitment_heading'))}</h2>",
        _promise(frame, here, row, result),
        f"<h2>{escape(lang('site.standing_heading', day=result.as_of))}</h2>",
        _standing(frame, row, result),
    ]
    if sentence := text.trend(progress, action, lang):
        content.append(f"<h3>{escape(lang('site.trend_heading'))}</h3>")
        content.append(f'<p class="trend">{escape(sentence)}</p>')
    drawn = chart(result.dataset, row, result.as_of, lang)
    if drawn:
        content.append(f'<div class="chart-frame">{drawn}</div>')
    elif action.measurable or action.target.kind == "milestone":
        since = progress.baseline_date or plan.reference_date
        content.append(f'<p class="muted">{escape(lang("report.no_data", date=since))}</p>')
    content += [_readings(frame, row, readings), _history(frame, row)]
    operator = (row.operator.id, operator_page(row.operator.id))
    crumbs = frame.breadcrumb(here, [operator], action.id)
    return frame.page(page, action.id, "".join(content), before=crumbs)
