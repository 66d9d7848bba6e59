"""The steering-committee report: one self-contained HTML page (CSS and SVG charts inline,
no script, no network), or the same content as Markdown.

It opens with a summary (counts per status, overall and per operator, and the actions due
in the next 12 months), then a section per operator: its table, and for each measurable
action a small chart of the straight line from the baseline to the target, the readings,
the as-of date and the target. Statuses show an icon and a word beside their colour, for
grey printouts and colour-blind readers; rows never split across A4 pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

from q2030 import __version__
from q2030.dataset import Dataset
from q2030.i18n import ENGLISH, Language
from q2030.overview import Row, count_statuses, group_rows
from q2030.periods import add_months
from q2030.progress import effective_readings
from q2030.render import text
from q2030.render.status_data import markdown_table
from q2030.statuses import Status

COLOURS = {
    Status.ACHIEVED: "#1a7f37",
    Status.ON_TRACK: "#2da44e",
    Status.NEEDS_ACCELERATION: "#bf8700",
    Status.OFF_TRACK: "#cf222e",
    Status.DETERIORATING: "#82071e",
    Status.MISSED: "#a40e26",
    Status.UNREPORTED: "#8250df",
    Status.NO_DATA: "#6e7781",
    Status.NOT_MEASURABLE: "#8c959f",
}
CHART_WIDTH, CHART_HEIGHT, MARGIN = 200, 80, 6

STYLE = """
body { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328;
       margin: 2rem auto; max-width: 1180px; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .2rem; } h2 { font-size: 1.25rem; margin: 2rem 0 .6rem;
  border-bottom: 2px solid #d0d7de; padding-bottom: .2rem; } h3 { font-size: 1.05rem; }
.as-of { color: #57606a; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
th, td { border-bottom: 1px solid #d0d7de; padding: .35rem .45rem; text-align: left;
         vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
td.number, th.number { text-align: right; white-space: nowrap; }
.title { color: #57606a; font-size: .85rem; display: block; }
.status { display: inline-block; white-space: nowrap; border-radius: 1rem; padding: .05rem .55rem;
          color: #fff; font-weight: 600; font-size: .85rem; }
table.counts .status { white-space: normal; border-radius: .4rem; font-size: .78rem; }
table.counts th, table.counts td { width: 9%; } table.counts th:first-child { width: auto; }
table.actions td:first-child { min-width: 12rem; }
table.actions td:nth-child(n+2):nth-child(-n+8) { white-space: nowrap; }
.when { color: #57606a; font-size: .8rem; display: block; }
.stale { color: #9a6700; font-size: .8rem; display: block; }
.years { color: #57606a; font-size: .8rem; display: block; white-space: normal; }
svg.chart { display: block; }
.legend { color: #57606a; font-size: .85rem; }
footer { margin-top: 2rem; color: #57606a; font-size: .8rem; }
@media print {
  @page { size: A4; margin: 12mm; }
  body { margin: 0; max-width: none; font-size: 10pt; }
  tr, figure, svg { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .status { border: 1px solid #000; }
}
"""


@dataclass(frozen=True)
class _Frame:
    """Maps dates and values into the chart's box."""

    start: date
    end: date
    low: float
    high: float

    def x(self, day: date) -> float:
        span = max(1, (self.end - self.start).days)
        return MARGIN + (CHART_WIDTH - 2 * MARGIN) * (day - self.start).days / span

    def y(self, value: float) -> float:
        span = (self.high - self.low) or 1.0
        return CHART_HEIGHT - MARGIN - (CHART_HEIGHT - 2 * MARGIN) * (value - self.low) / span


def _line(kind: str, x1: float, y1: float, x2: float, y2: float, style: str) -> str:
    return f'<line class="{kind}" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" {style}/>'


def chart(dataset: Dataset, row: Row, as_of: date, lang: Language) -> str:
    """A small SVG: baseline-to-target line (dashed), target (line), readings (dots),
    the as-of date (vertical line); empty when there is nothing to draw."""
    action, progress = row.action, row.progress
    readings = [
        (r.date, r.number(action.unit))
        for r in effective_readings(dataset.readings_of(action.id), as_of)
    ]
    points = [(day, value) for day, value in readings if value is not None]
    baseline = (progress.baseline_date, progress.baseline_value)
    target = progress.target_value
    if not points and baseline[1] is None and target is None:
        return ""
    days = [day for day, _ in points] + [as_of, progress.due]
    values = [value for _, value in points]
    if baseline[0] is not None and baseline[1] is not None:
        days.append(baseline[0])
        values.append(baseline[1])
    if target is not None:
        values.append(target)
    low, high = min(values), max(values)
    pad = (high - low) * 0.1 or 1.0
    frame = _Frame(_shifted(min(days), -30), _shifted(max(days), 30), low - pad, high + pad)
    parts = [
        f'<rect x="0" y="0" width="{CHART_WIDTH}" height="{CHART_HEIGHT}" fill="#fff" '
        'stroke="#d0d7de"/>'
    ]
    if target is not None:
        first_year = getattr(action.target, "each_year_from", None)
        # a yearly target holds from its first year, and is judged year by year: no line
        start = max(frame.start, date(first_year, 1, 1)) if first_year else frame.start
        parts.append(
            _line(
                "target",
                frame.x(start),
                frame.y(target),
                frame.x(frame.end),
                frame.y(target),
                'stroke="#0969da" stroke-width="1.5"',
            )
        )
        if baseline[0] is not None and baseline[1] is not None and not first_year:
            parts.append(
                _line(
                    "trajectory",
                    frame.x(baseline[0]),
                    frame.y(baseline[1]),
                    frame.x(progress.due),
                    frame.y(target),
                    'stroke="#57606a" stroke-dasharray="4 3"',
                )
            )
    x = frame.x(as_of)
    parts.append(_line("as-of", x, MARGIN, x, CHART_HEIGHT - MARGIN, 'stroke="#bf8700"'))
    for day, value in points:
        parts.append(
            f'<circle class="reading" cx="{frame.x(day):.1f}" cy="{frame.y(value):.1f}" '
            f'r="3" fill="#1f2328"><title>{escape(lang.day(day))}: '
            f"{escape(text.number(value, action.unit, lang))}</title></circle>"
        )
    label = lang("report.chart_alt", action=action.id, count=len(points))
    return (
        f'<svg class="chart" role="img" aria-label="{escape(label)}" width="{CHART_WIDTH}" '
        f'height="{CHART_HEIGHT}" viewBox="0 0 {CHART_WIDTH} {CHART_HEIGHT}">'
        f"<title>{escape(label)}</title>{''.join(parts)}</svg>"
    )


def _shifted(day: date, days: int) -> date:
    """`day` moved by some days, kept within the calendar (a report as of 9999-12-31)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def _years(row: Row, lang: Language) -> str:
    """A yearly target's history under its latest figure: '2024 ✔ 52 %, 2025 ✖ 41 %'."""
    if not row.progress.years:
        return ""
    shown = text.years(row.progress, row.action.unit, lang)
    return f'<span class="years" title="{escape(text.years_legend(lang))}">{escape(shown)}</span>'


def _badge(status: Status, lang: Language) -> str:
    word = text.status_word(status, lang)
    return (
        f'<span class="status" data-status="{status.value}" '
        f'style="background:{COLOURS[status]}">{escape(word)}</span>'
    )


def due_soon(rows: list[Row], as_of: date) -> list[Row]:
    """The actions due within 12 months after `as_of`, soonest first."""
    horizon = add_months(as_of, 12)
    return sorted(
        (row for row in rows if as_of <= row.progress.due <= horizon),
        key=lambda row: (row.progress.due, row.action.id),
    )


def _counts_table(rows: list[Row], lang: Language) -> str:
    statuses = list(Status)
    head = "".join(f'<th class="number">{_badge(status, lang)}</th>' for status in statuses)
    lines = [
        f'<table class="counts"><thead><tr><th>{escape(lang("column.operator"))}</th>{head}'
        f'<th class="number">{escape(lang("report.total"))}</th></tr></thead><tbody>'
    ]
    groups = [("ALL", lang("report.overall"), rows)] + [
        (members[0].operator.id, members[0].operator.id, members)
        for _, members in group_rows(rows, "operator")
    ]
    for key, label, members in groups:
        counts = count_statuses(members)
        cells = "".join(
            f'<td class="number" data-status="{status.value}">{counts.get(status, 0)}</td>'
            for status in statuses
        )
        lines.append(
            f'<tr data-operator="{escape(key)}"><th>{escape(label)}</th>{cells}'
            f'<td class="number" data-status="total">{len(members)}</td></tr>'
        )
    lines.append("</tbody></table>")
    return "".join(lines)


def _figure(shown: str) -> str:
    """'14 % (2025-12-31)' as the figure above its date, to keep the columns narrow."""
    value, _, when = shown.partition(" (")
    if not when:
        return escape(value)
    return f'{escape(value)}<span class="when">{escape(when.rstrip(")"))}</span>'


def _due_soon_table(soon: list[Row], lang: Language) -> str:
    lines = ['<table class="due-soon"><tbody>']
    for row in soon:
        action = row.action
        lines.append(
            f'<tr data-action="{escape(action.id)}"><td>{escape(lang.day(row.progress.due))}</td>'
            f"<td><strong>{escape(action.id)}</strong> ({escape(action.operator)})"
            f'<span class="title">{escape(text.short_title(action.title, 110))}</span></td>'
            f"<td>{_badge(row.progress.status, lang)}</td></tr>"
        )
    lines.append("</tbody></table>")
    return "".join(lines)


def _actions_table(dataset: Dataset, rows: list[Row], as_of: date, lang: Language) -> str:
    columns = ["action", "due", "baseline", "target", "latest", "gap", "progress", "status"]
    head = "".join(
        f"<th{' class=number' if name in ('gap', 'progress') else ''}>"
        f"{escape(lang(f'column.{name}'))}</th>"
        for name in columns
    )
    lines = [
        f'<table class="actions"><thead><tr>{head}<th>{escape(lang("report.trend"))}</th>'
        "</tr></thead><tbody>"
    ]
    for row in rows:
        action, progress = row.action, row.progress
        stale = f'<span class="stale">{escape(lang("stale"))}</span>' if progress.stale else ""
        shown = None if progress.progress is None else min(1.0, max(0.0, progress.progress))
        cells = [
            f'<strong>{escape(action.id)}</strong><span class="title">'
            f"{escape(text.short_title(action.title, 110))}</span>",
            escape(lang.day(progress.due)),
            _figure(text.baseline(action, progress, lang, short=True)),
            escape(text.target(action, progress, lang)),
            _figure(text.latest(progress, action.unit, lang)) + stale + _years(row, lang),
            escape(text.gap(progress.gap, action.unit, lang)),
            escape(text.percent(shown, lang)),
            _badge(progress.status, lang),
            chart(dataset, row, as_of, lang) if action.measurable else "",
        ]
        classes = ["", "", "", "", "", ' class="number"', ' class="number"', "", ""]
        body = "".join(f"<td{cls}>{cell}</td>" for cls, cell in zip(classes, cells, strict=True))
        lines.append(
            f'<tr data-action="{escape(action.id)}" data-status="{progress.status.value}"'
            f' data-gap="{"" if progress.gap is None else f"{progress.gap:.6g}"}">'
            f"{body}</tr>"
        )
    lines.append("</tbody></table>")
    return "".join(lines)


def to_html(dataset: Dataset, rows: list[Row], as_of: date, lang: Language = ENGLISH) -> str:
    plan = dataset.plan.plan
    title = lang("report.title")
    soon = due_soon(rows, as_of)
    parts = [
        f'<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)} — {escape(plan.territory)}</title><style>{STYLE}</style></head>"
        f"<body><header><h1>{escape(title)} — {escape(plan.territory)}</h1>"
        f'<p class="as-of">{escape(lang("report.as_of", day=lang.day(as_of)))} · '
        f"{escape(text.counts_line(rows, lang))}</p></header>",
        f'<section id="summary"><h2>{escape(lang("report.summary"))}</h2>',
        _counts_table(rows, lang),
        f"<h3>{escape(lang('report.due_soon'))}</h3>",
    ]
    if soon:
        parts.append(_due_soon_table(soon, lang))
    else:
        parts.append(f"<p>{escape(lang('report.none_due'))}</p>")
    legend = f"{lang('report.legend')} {lang('report.years', legend=text.years_legend(lang))}"
    parts.append(f'<p class="legend">{escape(legend)}</p></section>')
    for _, members in group_rows(rows, "operator"):
        operator = members[0].operator
        parts.append(
            f'<section class="operator" id="operator-{escape(operator.id)}" '
            f'data-operator="{escape(operator.id)}"><h2>{escape(operator.id)} — '
            f"{escape(operator.name)}</h2>"
        )
        parts.append(_actions_table(dataset, members, as_of, lang))
        parts.append("</section>")
    source = lang("report.source", source=plan.source, version=__version__)
    parts.append(f"<footer>{escape(plan.title)}<br>{escape(source)}</footer></body></html>\n")
    return "".join(parts)


def _trend_line(dataset: Dataset, row: Row, as_of: date, lang: Language) -> str:
    """A chart's content in words, for the Markdown report."""
    action, progress = row.action, row.progress
    readings = effective_readings(dataset.readings_of(action.id), as_of)
    shown = (
        ", ".join(f"{text.measure(r, action.unit, lang)} ({lang.day(r.date)})" for r in readings)
        or text.EMPTY
    )
    start = text.baseline(action, progress, lang)
    return (
        f"- **{action.id}**: {start} → {text.target(action, progress, lang)} "
        f"({lang.day(progress.due)}); {lang('column.readings').lower()}: {shown}"
        + (f"; {text.years(progress, action.unit, lang)}" if progress.years else "")
    )


def to_markdown(dataset: Dataset, rows: list[Row], as_of: date, lang: Language = ENGLISH) -> str:
    plan = dataset.plan.plan
    statuses = list(Status)
    lines = [
        f"# {lang('report.title')} — {plan.territory}",
        "",
        f"{lang('report.as_of', day=lang.day(as_of))} · {text.counts_line(rows, lang)}",
        "",
        f"## {lang('report.summary')}",
        "",
        "| "
        + " | ".join(
            [
                lang("column.operator"),
                *(text.status_word(s, lang) for s in statuses),
                lang("report.total"),
            ]
        )
        + " |",
        "|---|" + "---:|" * (len(statuses) + 1),
    ]
    groups = [(lang("report.overall"), rows)] + [
        (members[0].operator.id, members) for _, members in group_rows(rows, "operator")
    ]
    for label, members in groups:
        counts = count_statuses(members)
        lines.append(
            "| "
            + " | ".join([label, *(str(counts.get(s, 0)) for s in statuses), str(len(members))])
            + " |"
        )
    lines += ["", f"### {lang('report.due_soon')}", ""]
    soon = due_soon(rows, as_of)
    lines += [
        f"- {lang.day(row.progress.due)}: **{row.action.id}** ({row.action.operator}) "
        f"{text.status(row.progress, lang)}"
        for row in soon
    ] or [lang("report.none_due")]
    for _, members in group_rows(rows, "operator"):
        operator = members[0].operator
        lines += [
            "",
            f"## {operator.id} — {operator.name}",
            "",
            *markdown_table(members, lang),
            "",
            f"**{lang('report.trend')}**",
            "",
        ]
        lines += [
            _trend_line(dataset, row, as_of, lang) for row in members if row.action.measurable
        ]
    lines += ["", lang("report.source", source=plan.source, version=__version__), ""]
    return "\n".join(lines)
