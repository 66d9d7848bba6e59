"""The steering-committee report: one self-contained HTML page (CSS and SVG charts inline,
no script, no network) that prints whole on A4, or the same content as Markdown.

Its first page can be read in a minute: the statuses per operator (the cells that count
shaded by status), what moved since the last COPIL (with `since`), what falls due in the
next 12 months, the commitments due and not reported, those missed, and the largest gaps,
each line linking to its action's entry. Each operator then starts a new page: its table,
then one entry per action with its chart (chart.py) and where its trend leads.

Printing: A4 landscape. The action table has eight columns of figures and dates that must
not wrap mid-number, beside ids that must never break (31 characters for the longest):
portrait leaves them 186 mm and broke dates and headings; landscape gives them 273 mm.
The charts are entries of their own below the table, not a cramped column beside each
row. The table is laid out in fixed proportions, so that no column outgrows the margins
whatever a target's wording; its header repeats on each page, a row or an entry is never
split, and each page carries its number and the as-of date in its bottom margin, clear of
the paper's last millimetres. Statuses show an icon and a word beside their
colour, for grey printouts and colour-blind readers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from html import escape

from q2030 import __version__
from q2030.dataset import Dataset
from q2030.history import ActionDiff
from q2030.i18n import ENGLISH, Language
from q2030.overview import Row, count_statuses, counted, group_rows, shortfall, sort_rows
from q2030.owed import Freshness
from q2030.periods import add_months
from q2030.progress import effective_readings
from q2030.render import text
from q2030.render.chart import chart
from q2030.render.status_data import markdown_table
from q2030.statuses import TINTS, Status

COLOURS = {
    Status.ACHIEVED: "#1a7f37",
    Status.ON_TRACK: "#2da44e",
    Status.NEEDS_ACCELERATION: "#9a6700",
    Status.FIRST_FIGURE: "#0969da",
    Status.OFF_TRACK: "#cf222e",
    Status.DETERIORATING: "#82071e",
    Status.MISSED: "#a40e26",
    Status.UNREPORTED: "#8250df",
    Status.NO_DATA: "#6e7781",
    Status.NOT_MEASURABLE: "#8c959f",
    Status.WITHDRAWN: "#57606a",
}
LARGEST_GAPS = 5
Detail = Callable[[Row], str]  # what a line of the first page says after the action's id

STYLE = """
body { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328;
       margin: 2rem auto; max-width: 1100px; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .2rem; }
h2 { font-size: 1.2rem; margin: 1.6rem 0 .5rem; border-bottom: 2px solid #d0d7de; }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
a { color: inherit; }
.as-of { color: #57606a; margin: 0 0 .8rem; }
table { border-collapse: collapse; width: 100%; margin: .3rem 0 .8rem; table-layout: fixed; }
th, td { border-bottom: 1px solid #d0d7de; padding: .25rem .3rem; text-align: left;
         vertical-align: top; overflow-wrap: break-word; }
th { background: #f6f8fa; font-weight: 600; }
.number { text-align: right; }
.id { font-weight: 700; white-space: nowrap; overflow-wrap: normal; font-size: .92em; }
.title { color: #57606a; font-size: .82rem; display: block; }
.when { color: #57606a; font-size: .78rem; display: block; }
.stale { color: #9a6700; font-size: .78rem; display: block; }
.years { color: #57606a; font-size: .78rem; display: block; }
.status { display: inline-block; border-radius: .4rem; padding: 0 .35rem; color: #fff;
          font-weight: 600; font-size: .8rem; }
table.counts th, table.counts td { text-align: center; font-size: .85rem; }
table.counts th:first-child, table.counts td:first-child { text-align: left; width: 16%; }
table.counts td.zero { color: #8c959f; }
table.counts td.hit { font-weight: 700; }
table.counts .status { font-size: .72rem; }
th.c-action { width: 29%; } th.c-due { width: 8%; } th.c-baseline { width: 11%; }
th.c-target { width: 13%; } th.c-latest { width: 11%; } th.c-gap { width: 7%; }
th.c-progress { width: 10%; } th.c-status { width: 11%; }
@media screen and (max-width: 900px) {
  body { font-size: 13px; }
  .c-baseline, .c-progress { display: none; }
  th.c-action { width: 34%; } th.c-due { width: 12%; } th.c-target { width: 15%; }
  th.c-latest { width: 13%; } th.c-gap { width: 9%; } th.c-status { width: 17%; }
}
.date { white-space: nowrap; }
ul.lines { margin: .2rem 0 .6rem; padding-left: 1.1rem; columns: 2 22rem; column-gap: 2rem; }
ul.lines li { margin: 0 0 .15rem; break-inside: avoid; }
article.entry { border-top: 1px solid #d0d7de; padding: .4rem 0 .2rem; display: flex;
                flex-wrap: wrap; gap: .3rem 1.2rem; align-items: flex-start; }
article.entry .about { flex: 1 1 16rem; }
article.entry h3 { margin: .2rem 0; font-size: .95rem; }
svg.chart { display: block; flex: 0 1 165mm; width: 165mm; max-width: 100%; height: auto; }
svg.chart text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
                 fill: #1f2328; }
.trend, .no-data { margin: .2rem 0; font-size: .88rem; }
.no-data { color: #57606a; }
.legend { color: #57606a; font-size: .82rem; }
footer { margin-top: 1.5rem; color: #57606a; font-size: .78rem; }
@media print {
  @page { size: A4 landscape; margin: 12mm 12mm 16mm 12mm;
          @bottom-left { content: FOOTER; font: 8pt system-ui, sans-serif; color: #57606a;
                         vertical-align: middle; }
          @bottom-right { content: counter(page) " / " counter(pages);
                          font: 8pt system-ui, sans-serif; color: #57606a;
                          vertical-align: middle; } }
  body { margin: 0; padding: 0; max-width: none; font-size: 9pt; }
  section.operator { break-before: page; }
  tr, article.entry, svg, li { break-inside: avoid; }
  thead { display: table-header-group; }
  h2, h3 { break-after: avoid; }
  .status { border: 1px solid #000; }
}
"""


def _css_string(value: str) -> str:
    """`value` as a CSS string literal (for the page's margin boxes)."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{escaped}"'


def _badge(status: Status, lang: Language) -> str:
    word = text.status_word(status, lang)
    return (
        f'<span class="status" data-status="{status.value}" '
        f'style="background:{COLOURS[status]}">{escape(word)}</span>'
    )


def _link(row: Row) -> str:
    """The action's id, linking to its row of its operator's table."""
    action_id = escape(row.action.id)
    return f'<a class="id" href="#action-{action_id}">{action_id}</a>'


def due_soon(rows: list[Row], as_of: date) -> list[Row]:
    """The actions due within 12 months after `as_of`, soonest first."""
    horizon = add_months(as_of, 12)
    return sorted(
        (row for row in rows if as_of <= row.progress.due <= horizon),
        key=lambda row: (row.progress.due, row.action.id),
    )


def largest_gaps(rows: list[Row]) -> list[Row]:
    """The actions furthest behind their calendar (see overview.shortfall), at most five."""
    behind = [row for row in rows if (shortfall(row.progress) or 0) > 0]
    return sort_rows(behind, "gap")[:LARGEST_GAPS]


def _counts_table(rows: list[Row], lang: Language) -> str:
    statuses = [status for status in Status if status is not Status.WITHDRAWN]
    head = "".join(f"<th>{_badge(status, lang)}</th>" for status in statuses)
    lines = [
        f'<table class="counts"><thead><tr><th>{escape(lang("column.operator"))}</th>{head}'
        f"<th>{escape(lang('report.total'))}</th></tr></thead><tbody>"
    ]
    groups = [("ALL", lang("report.overall"), rows)] + [
        (members[0].operator.id, members[0].operator.id, members)
        for _, members in group_rows(rows, "operator")
    ]
    for key, label, members in groups:
        counts = count_statuses(members)
        cells = []
        for status in statuses:
            count = counts.get(status, 0)
            if count:
                cells.append(
                    f'<td class="hit" data-status="{status.value}" '
                    f'style="background:{TINTS[status]}">{count}</td>'
                )
            else:
                cells.append(f'<td class="zero" data-status="{status.value}">·</td>')
        target = f'<a href="#operator-{escape(key)}">{escape(label)}</a>' if key != "ALL" else label
        lines.append(
            f'<tr data-operator="{escape(key)}"><th>{target}</th>{"".join(cells)}'
            f'<td data-status="total">{len(counted(members))}</td></tr>'
        )
    lines.append("</tbody></table>")
    return "".join(lines)


def _line_of(row: Row, lang: Language, detail: str = "") -> str:
    title = escape(text.short_title(row.action.title, 70))
    extra = f" — {escape(detail)}" if detail else ""
    return (
        f'<li data-action="{escape(row.action.id)}">{_link(row)} ({escape(row.action.operator)})'
        f'{extra}<span class="title">{title}</span></li>'
    )


def _list(heading: str, rows: list[Row], lang: Language, detail: Detail | None = None) -> str:
    """A heading and its lines; the heading and 'none' when there is nothing to list."""
    if not rows:
        return f"<h3>{escape(heading)}</h3><p>{escape(lang('report.none'))}</p>"
    items = "".join(_line_of(row, lang, detail(row) if detail else "") for row in rows)
    return f'<h3>{escape(heading)}</h3><ul class="lines">{items}</ul>'


def _moved(changes: Sequence[ActionDiff], rows: list[Row], lang: Language) -> str:
    """What moved since the last COPIL: readings added, statuses and commitments changed."""
    by_id = {row.action.id: row for row in rows}
    lines = []
    for change in changes:
        row = by_id.get(change.action.id)
        if row is None:
            continue
        lines.append(_line_of(row, lang, text.moved(change, lang)))
    if not lines:
        return f"<p>{escape(lang('report.none'))}</p>"
    return f'<ul class="lines">{"".join(lines)}</ul>'


def _figure(shown: str) -> str:
    """'14 % (31/12/2025)' as the figure above its date, to keep the columns narrow."""
    value, _, when = shown.partition(" (")
    if not when:
        return escape(value)
    return f'{escape(value)}<span class="when">{escape(when.rstrip(")"))}</span>'


def _years(row: Row, lang: Language) -> str:
    if not row.progress.years:
        return ""
    return f'<span class="years">{escape(text.years(row.progress, row.action.unit, lang))}</span>'


COLUMNS = ("action", "due", "baseline", "target", "latest", "gap", "progress", "status")


def _classes(column: str) -> str:
    """A column's cells' classes: its name (for its width, and to hide it on a narrow
    screen), and `number` for the right-aligned figures."""
    number = " number" if column in ("gap", "progress") else ""
    return f' class="c-{column}{number}"'


def _freshness_line(action_id: str, freshness: dict[str, Freshness], lang: Language) -> str:
    fresh = freshness.get(action_id)
    if fresh is None:
        return ""
    words = escape(lang(f"freshness.{fresh.value}"))
    return f'<span class="stale" data-freshness="{fresh.value}">{words}</span>'


def _actions_table(rows: list[Row], lang: Language, freshness: dict[str, Freshness]) -> str:
    head = "".join(f"<th{_classes(name)}>{escape(lang(f'column.{name}'))}</th>" for name in COLUMNS)
    lines = [f'<table class="actions"><thead><tr>{head}</tr></thead><tbody>']
    for row in rows:
        action, progress = row.action, row.progress
        stale = f'<span class="stale">{escape(lang("stale"))}</span>' if progress.stale else ""
        shown = None if progress.progress is None else min(1.0, max(0.0, progress.progress))
        cells = [
            f'<span class="id">{escape(action.id)}</span>'
            f'<span class="title">{escape(text.short_title(action.title, 110))}</span>',
            f'<span class="date">{escape(lang.day(progress.due))}</span>',
            _figure(text.baseline(action, progress, lang, short=True)),
            escape(text.marked_target(action, progress, lang)),
            _figure(text.latest(progress, action.unit, lang)) + stale + _years(row, lang),
            escape(text.gap(progress.gap, action.unit, lang)),
            escape(text.percent(shown, lang)),
            _badge(progress.status, lang) + _freshness_line(action.id, freshness, lang),
        ]
        body = "".join(
            f"<td{_classes(name)}>{cell}</td>" for name, cell in zip(COLUMNS, cells, strict=True)
        )
        gap = "" if progress.gap is None else f"{progress.gap:.6g}"
        lines.append(
            f'<tr id="action-{escape(action.id)}" data-action="{escape(action.id)}" '
            f'data-status="{progress.status.value}" data-gap="{gap}">{body}</tr>'
        )
    lines.append("</tbody></table>")
    return "".join(lines)


def _changed_commitments(rows: list[Row], lang: Language) -> str:
    """The page 'Changed commitments': every change since the plan's start, each action's
    original and current target side by side; empty when nothing changed."""
    changed = [row for row in rows if row.action.changes or row.action.withdrawn]
    if not changed:
        return ""
    head = "".join(
        f"<th>{escape(lang(key))}</th>"
        for key in (
            "column.action",
            "report.original_target",
            "report.current_target",
            "show.column.date",
            "show.column.decision",
            "show.column.what",
            "show.column.reason",
        )
    )
    lines = [
        f'<section class="operator" id="changes"><h2>{escape(lang("report.changes"))}</h2>'
        f'<table class="changes"><thead><tr>{head}</tr></thead><tbody>'
    ]
    for row in changed:
        action = row.action
        history = text.changes(action, lang)
        if action.withdrawn is not None:
            gone = action.withdrawn
            history.append((gone.date, gone.decision, lang("withdrawn"), gone.reason))
        for day, decision, what, reason in history:
            cells = [
                f'<a class="id" href="#action-{escape(action.id)}">{escape(action.id)}</a>',
                escape(text.target(text.original(action), None, lang)),
                escape(text.target(action, row.progress, lang)),
                f'<span class="date">{escape(lang.day(day))}</span>',
                escape(decision),
                escape(what),
                escape(reason),
            ]
            lines.append(
                f'<tr data-change="{escape(action.id)}">'
                + "".join(f"<td>{cell}</td>" for cell in cells)
                + "</tr>"
            )
    lines.append("</tbody></table></section>")
    return "".join(lines)


def _entry(dataset: Dataset, row: Row, as_of: date, lang: Language) -> str:
    """A measurable action's (or a milestone's) entry below its operator's table: its id,
    title and status, where its trend leads, and its chart, or one line saying there is
    no figure to draw. A qualitative action has its row only."""
    action, progress = row.action, row.progress
    if not action.measurable and action.target.kind != "milestone":
        return ""
    about = [
        f'<h3><span class="id">{escape(action.id)}</span> {_badge(progress.status, lang)}</h3>',
        f'<span class="title">{escape(action.title)}</span>',
    ]
    if sentence := text.trend(progress, action, lang):
        about.append(f'<p class="trend">{escape(sentence)}</p>')
    drawn = chart(dataset, row, as_of, lang)
    if not drawn:
        since = progress.baseline_date or dataset.plan.plan.reference_date
        about.append(f'<p class="no-data">{escape(lang("report.no_data", date=since))}</p>')
    return (
        f'<article class="entry" id="chart-{escape(action.id)}" data-action="{escape(action.id)}">'
        f'<div class="about">{"".join(about)}</div>{drawn}</article>'
    )


def to_html(
    dataset: Dataset,
    rows: list[Row],
    as_of: date,
    lang: Language = ENGLISH,
    *,
    since: tuple[str, Sequence[ActionDiff]] | None = None,
    sort: str = "plan",
    freshness: dict[str, Freshness] | None = None,
) -> str:
    """The report; `since` (the last COPIL as its date or git revision, and what moved
    since) adds what moved; `sort` orders each operator's actions (overview.sort_rows);
    `freshness` marks the actions whose figures are late (owed.freshness)."""
    plan = dataset.plan.plan
    title = lang("report.title")
    as_of_text = lang("report.as_of", day=as_of)
    footer = _css_string(f"{title} — {plan.territory} — {as_of_text}")
    parts = [
        f'<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)} — {escape(plan.territory)}</title>"
        f"<style>{STYLE.replace('FOOTER', footer)}</style></head>"
        f"<body><header><h1>{escape(title)} — {escape(plan.territory)}</h1>"
        f'<p class="as-of">{escape(as_of_text)} · {escape(text.counts_line(rows, lang))}</p>'
        "</header>",
        f'<section id="summary"><h2>{escape(lang("report.summary"))}</h2>',
        _counts_table(rows, lang),
    ]
    if since is not None:
        label, changes = since
        parts.append(f"<h3>{escape(lang('report.moved', since=label))}</h3>")
        parts.append(_moved(changes, rows, lang))
    due = due_soon(rows, as_of)
    parts.append(_list(lang("report.due_soon"), due, lang, lambda row: lang.day(row.progress.due)))
    unreported = [row for row in rows if row.progress.status is Status.UNREPORTED]
    parts.append(_list(lang("report.unreported"), unreported, lang))
    missed = [row for row in rows if row.progress.status is Status.MISSED]
    parts.append(
        _list(
            lang("report.missed"),
            missed,
            lang,
            lambda row: text.shortfall(row.progress, row.action.unit, lang),
        )
    )
    parts.append(
        _list(
            lang("report.largest_gaps"),
            largest_gaps(rows),
            lang,
            lambda row: lang(
                "report.behind",
                gap=text.gap(row.progress.gap, row.action.unit, lang),
                share=text.percent(shortfall(row.progress), lang),
            ),
        )
    )
    legend = f"{lang('report.legend')} {lang('report.years', legend=text.years_legend(lang))}"
    parts.append(f'<p class="legend">{escape(legend)}</p></section>')
    parts.append(_changed_commitments(rows, lang))
    for _, members in group_rows(rows, "operator"):
        operator = members[0].operator
        ordered = sort_rows(members, sort)
        parts.append(
            f'<section class="operator" id="operator-{escape(operator.id)}" '
            f'data-operator="{escape(operator.id)}"><h2>{escape(operator.id)} — '
            f"{escape(operator.name)}</h2>"
        )
        parts.append(_actions_table(ordered, lang, freshness or {}))
        parts.extend(_entry(dataset, row, as_of, lang) for row in ordered)
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
    line = (
        f"- **{action.id}**: {start} → {text.target(action, progress, lang)} "
        f"({lang.day(progress.due)}); {lang('column.readings').lower()}: {shown}"
        + (f"; {text.years(progress, action.unit, lang)}" if progress.years else "")
    )
    if sentence := text.trend(progress, action, lang):
        line += f". {sentence}"
    return line


def _markdown_lines(
    heading: str, rows: list[Row], lang: Language, detail: Detail | None = None
) -> list[str]:
    lines = ["", f"### {heading}", ""]
    if not rows:
        return [*lines, lang("report.none")]
    for row in rows:
        said = detail(row) if detail else ""
        extra = f" — {said}" if said else ""
        lines.append(f"- **{row.action.id}** ({row.action.operator}){extra}")
    return lines


def to_markdown(
    dataset: Dataset,
    rows: list[Row],
    as_of: date,
    lang: Language = ENGLISH,
    *,
    since: tuple[str, Sequence[ActionDiff]] | None = None,
    sort: str = "plan",
) -> str:
    plan = dataset.plan.plan
    statuses = [status for status in Status if status is not Status.WITHDRAWN]
    lines = [
        f"# {lang('report.title')} — {plan.territory}",
        "",
        f"{lang('report.as_of', day=as_of)} · {text.counts_line(rows, lang)}",
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
        cells = [f"**{counts[s]}**" if counts.get(s) else "·" for s in statuses]
        lines.append("| " + " | ".join([label, *cells, str(len(counted(members)))]) + " |")
    if since is not None:
        label, changes = since
        moved = {change.action.id: change for change in changes}
        lines += _markdown_lines(
            lang("report.moved", since=label),
            [row for row in rows if row.action.id in moved],
            lang,
            lambda row: text.moved(moved[row.action.id], lang),
        )
    lines += _markdown_lines(
        lang("report.due_soon"),
        due_soon(rows, as_of),
        lang,
        lambda row: f"{lang.day(row.progress.due)}, {text.status(row.progress, lang)}",
    )
    lines += _markdown_lines(
        lang("report.unreported"),
        [row for row in rows if row.progress.status is Status.UNREPORTED],
        lang,
    )
    lines += _markdown_lines(
        lang("report.missed"),
        [row for row in rows if row.progress.status is Status.MISSED],
        lang,
        lambda row: text.shortfall(row.progress, row.action.unit, lang),
    )
    lines += _markdown_lines(
        lang("report.largest_gaps"),
        largest_gaps(rows),
        lang,
        lambda row: text.gap(row.progress.gap, row.action.unit, lang),
    )
    for _, members in group_rows(rows, "operator"):
        operator = members[0].operator
        ordered = sort_rows(members, sort)
        lines += [
            "",
            f"## {operator.id} — {operator.name}",
            "",
            *markdown_table(ordered, lang),
            "",
            f"**{lang('report.trend')}**",
            "",
        ]
        lines += [
            _trend_line(dataset, row, as_of, lang) for row in ordered if row.action.measurable
        ]
    lines += ["", lang("report.source", source=plan.source, version=__version__), ""]
    return "\n".join(lines)
