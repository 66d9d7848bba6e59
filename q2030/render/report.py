"""The steering-committee report: one self-contained HTML page (CSS and SVG charts inline,
no script, no network, a Content-Security-Policy that lets none run) that prints whole on
A4, or the same content as Markdown.

Its first page can be read in a minute and prints as one page (summary.py): the statuses
per operator (the cells that count shaded by status), what moved since the last COPIL
(with `since`), what falls due in the next 12 months, the commitments due and not
reported, those missed, and the largest gaps, each line linking to its action's entry,
each list shortened to what fits, then given whole on the next pages. Each operator then
starts a new page: its table, then one entry per action with its chart (chart.py) and
where its trend leads.

Printing: A4 landscape. The action table has eight columns of figures and dates that must
not wrap mid-number, beside ids that must never break (31 characters for the longest):
portrait leaves them 186 mm and broke dates and headings; landscape gives them 273 mm.
The charts are entries of their own below the table, 165 mm wide whatever the page's
other content (their text stays above 8 pt). The table is laid out in fixed proportions,
so that no column outgrows the margins whatever a target's wording; its header repeats on
each page, a row or an entry is never split, and each page carries its number and the
as-of date in its bottom margin, clear of the paper's last millimetres. Statuses show an
icon and a word beside their colour, for grey printouts and colour-blind readers.

Every text from the data is escaped for where it lands: HTML text and attributes
(html.escape), the CSS string of the page's margin boxes (every character that is not a
letter, a digit or a space as a CSS escape, so that no `</style>` can close the style
sheet), Markdown (escaping.markdown_text).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape
from pathlib import Path

from q2030 import __version__
from q2030.commands.report import Result
from q2030.data.dataset import Dataset
from q2030.domain.choices import Grouping, ReportFormat, SortOrder
from q2030.domain.periods import add_months
from q2030.domain.progress import FINAL, effective_readings
from q2030.domain.statuses import Status
from q2030.escaping import markdown_text
from q2030.i18n import ENGLISH, Language
from q2030.render import text
from q2030.render.badges import badge
from q2030.render.chart import chart
from q2030.render.status_data import markdown_table
from q2030.render.summary import PRINT_STYLE, Line, Listing, first_page
from q2030.services.history import ActionDiff
from q2030.services.overview import (
    Row,
    calendar_lag,
    count_statuses,
    counted,
    group_rows,
    sort_rows,
)
from q2030.services.owed import Freshness

LARGEST_GAPS = 5
# No script may run, nothing may be fetched: the page holds its styles and images inline.
CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

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
.counts-frame { overflow-x: auto; }  /* on a narrow screen the table scrolls, whole */
table.counts { min-width: 62rem; }
table.counts th, table.counts td { text-align: center; font-size: .85rem; }
table.counts th:first-child, table.counts td:first-child { text-align: left; width: 13%; }
table.counts th:last-child { width: 6%; }
table.counts thead th { padding-left: .1rem; padding-right: .1rem; }
table.counts thead .status { padding: 0 .15rem; font-size: .64rem; overflow-wrap: anywhere; }
table.counts td.zero { color: #6e7781; }
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
ul.lines { margin: .2rem 0 .6rem; padding-left: 1.1rem; }
ul.lines li { margin: 0 0 .15rem; break-inside: avoid; }
.lists { display: grid; grid-template-columns: repeat(auto-fit, minmax(24rem, 1fr));
         column-gap: 2rem; align-items: start; }
.lists h3:first-child { margin-top: 0; }
.summary-foot { color: #57606a; font-size: .82rem; margin-top: .8rem; }
.summary-foot p { margin: 0 0 .3rem; }
td.title-cell { color: #57606a; }
article.entry { border-top: 1px solid #d0d7de; padding: .4rem 0 .2rem; display: flex;
                flex-wrap: wrap; gap: .3rem 1.2rem; align-items: flex-start; }
article.entry .about { flex: 1 1 16rem; }
article.entry h3 { margin: .2rem 0; font-size: .95rem; }
svg.chart { display: block; flex: 0 1 165mm; width: 165mm; max-width: 100%; height: auto; }
svg.chart text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
                 fill: #1f2328; paint-order: stroke; stroke: #fff; stroke-width: 3px;
                 stroke-linejoin: round; }
.trend, .no-data { margin: .2rem 0; font-size: .88rem; }
.no-data { color: #57606a; }
@media print {
  @page { size: A4 landscape; margin: 12mm 12mm 16mm 12mm;
          @bottom-left { content: FOOTER; font: 8pt system-ui, sans-serif; color: #57606a;
                         vertical-align: middle; }
          @bottom-right { content: counter(page) " / " counter(pages);
                          font: 8pt system-ui, sans-serif; color: #57606a;
                          vertical-align: middle; } }
  body { margin: 0; padding: 0; max-width: none; font-size: 9pt; }
  section.operator { break-before: page; }
  article.entry .about { flex: 1 1 0; min-width: 0; }
  svg.chart { flex: 0 0 165mm; width: 165mm; }
  tr, article.entry, svg, li { break-inside: avoid; }
  thead { display: table-header-group; }
  h2, h3 { break-after: avoid; }
  .status { border: 1px solid #000; }
}
"""


def css_string(value: str) -> str:
    """`value` as a CSS string literal (for the page's margin boxes): every character but
    a letter, a digit or a space written as a CSS escape (`<` as `\\3c `), so that nothing
    in it can end the string or close the style sheet (`</style>`)."""
    escaped = "".join(
        character
        if character == " " or (character.isalnum() and character.isprintable())
        else f"\\{ord(character):x} "
        for character in value
    )
    return f'"{escaped}"'


def due_soon(rows: list[Row], as_of: date) -> list[Row]:
    """The actions due within 12 months after `as_of`, soonest first."""
    horizon = add_months(as_of, 12)
    return sorted(
        (row for row in rows if as_of <= row.progress.due <= horizon),
        key=lambda row: (row.progress.due, row.action.id),
    )


def largest_gaps(rows: list[Row]) -> list[Row]:
    """The actions furthest behind their calendar (see overview.calendar_lag), at most five;
    not those already due (the list of missed ones says them)."""
    behind = [
        row
        for row in rows
        if (calendar_lag(row.progress) or 0) > 0 and row.progress.status not in FINAL
    ]
    return sort_rows(behind, SortOrder.GAP)[:LARGEST_GAPS]


def _behind(row: Row, lang: Language) -> str:
    """How far an action is behind its calendar: '6 pts to go, 10 % of the way behind'."""
    return lang(
        "report.behind",
        gap=text.gap(row.progress.gap, row.action.unit, lang),
        share=text.percent(calendar_lag(row.progress), lang),
    )


def _moved_lines(changes: Sequence[ActionDiff], rows: list[Row], lang: Language) -> list[Line]:
    """What moved since the last COPIL, the changes of status first: readings added,
    statuses and commitments changed."""
    by_id = {row.action.id: row for row in rows}
    lines = [
        (
            change.before is None
            or change.after is None
            or change.before.status != change.after.status,
            Line(by_id[change.action.id], text.moved(change, lang)),
        )
        for change in changes
        if change.action.id in by_id
    ]
    return [line for moved, line in lines if moved] + [line for moved, line in lines if not moved]


def listings(
    rows: list[Row],
    as_of: date,
    lang: Language,
    since: tuple[str, Sequence[ActionDiff]] | None,
) -> list[Listing]:
    """The first page's lists, each with its most important lines first."""
    found = []
    if since is not None:
        label, changes = since
        found.append(
            Listing("moved", lang("report.moved", since=label), _moved_lines(changes, rows, lang))
        )
    found.append(
        Listing(
            "due-soon",
            lang("report.due_soon"),
            [Line(row, lang.day(row.progress.due)) for row in due_soon(rows, as_of)],
        )
    )
    unreported = [row for row in rows if row.progress.status is Status.UNREPORTED]
    found.append(
        Listing(
            "unreported",
            lang("report.unreported"),
            [Line(row) for row in sorted(unreported, key=lambda row: row.progress.due)],
        )
    )
    missed = [row for row in rows if row.progress.status is Status.MISSED]
    found.append(
        Listing(
            "missed",
            lang("report.missed"),
            [
                Line(row, text.shortfall(row.progress, row.action.unit, lang))
                for row in sort_rows(missed, SortOrder.GAP)
            ],
        )
    )
    found.append(
        Listing(
            "behind",
            lang("report.largest_gaps"),
            [
                Line(
                    row,
                    _behind(row, lang),
                )
                for row in largest_gaps(rows)
            ],
        )
    )
    return found


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
        stale = ""
        if progress.stale:
            stale = f'<span class="stale">{escape(lang("latest.stale"))}</span>'
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
            badge(progress.status, lang) + _freshness_line(action.id, freshness, lang),
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
            history.append((gone.date, gone.decision, lang("status.withdrawn"), gone.reason))
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
        f'<h3><span class="id">{escape(action.id)}</span> {badge(progress.status, lang)}</h3>',
        f'<span class="title">{escape(action.title)}</span>',
    ]
    if sentence := text.trend(progress, action, lang):
        about.append(f'<p class="trend">{escape(sentence)}</p>')
    drawn = chart(dataset, row, as_of, lang)
    if not drawn:
        since = progress.baseline_date or dataset.info.reference_date
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
    sort: SortOrder = SortOrder.PLAN,
    freshness: dict[str, Freshness] | None = None,
) -> str:
    """The report; `since` (the last COPIL as its date or git revision, and what moved
    since) adds what moved; `sort` orders each operator's actions (overview.sort_rows);
    `freshness` marks the actions whose figures are late (owed.freshness)."""
    plan = dataset.info
    title = f"{lang('report.title')} — {plan.territory}"
    as_of_text = lang("report.as_of", day=as_of)
    legend = f"{lang('report.legend')} {lang('report.years', legend=text.years_legend(lang))}"
    source = lang("report.source", source=plan.source, version=__version__)
    page = first_page(
        title,
        f"{as_of_text} · {text.counts_line(rows, lang)}",
        rows,
        listings(rows, as_of, lang, since),
        [legend, f"{plan.title}. {source}"],
        lang,
    )
    style = STYLE.replace("FOOTER", css_string(f"{title} — {as_of_text}")) + PRINT_STYLE
    parts = [
        f'<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)} — {escape(as_of_text)}</title>"
        f'<meta name="description" content="{escape(title)} — {escape(as_of_text)}">'
        f"<style>{style}</style></head><body>",
        page.header,
        "<main>",
        page.summary,
        page.annex,
        _changed_commitments(rows, lang),
    ]
    for _, members in group_rows(rows, Grouping.OPERATOR):
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
    parts.append("</main></body></html>\n")
    return "".join(parts)


SUFFIXES = {
    ReportFormat.HTML: (".html", ".htm"),
    ReportFormat.PDF: (".pdf",),
    ReportFormat.MARKDOWN: (".md", ".markdown", ".txt"),
}


def fits_suffix(path: Path, output: ReportFormat) -> bool:
    """Whether a file named `path` may hold a report in `output` (no ending: any)."""
    return not path.suffix or path.suffix.lower() in SUFFIXES[output]


def render(result: Result, output: ReportFormat, lang: Language) -> str:
    """The report of a `report` command's result: HTML (for a PDF too: see
    q2030.render.printing) or Markdown, with what moved since the last COPIL when asked."""
    since = text.moved_since(result.since, lang)
    if output is ReportFormat.MARKDOWN:
        return to_markdown(
            result.dataset, result.rows, result.as_of, lang, since=since, sort=result.sort
        )
    return to_html(
        result.dataset,
        result.rows,
        result.as_of,
        lang,
        since=since,
        sort=result.sort,
        freshness=result.freshness,
    )


def pdf_information(dataset: Dataset, as_of: date, lang: Language) -> dict[str, str]:
    """The printed report's metadata: its title, the territory and the as-of date."""
    plan = dataset.info
    title = f"{lang('report.title')} — {plan.territory}"
    return {
        "Title": f"{title} — {lang('report.as_of', day=as_of)}",
        "Subject": lang("report.pdf_subject", territory=plan.place, day=as_of),
        "Keywords": f"Quartiers 2030, COPIL, {plan.territory}, {as_of.isoformat()}",
        "Creator": f"q2030 {__version__}",
    }


def file_name(as_of: date, operators: Sequence[str], extension: str, lang: Language) -> str:
    """The dated name of a report written without --out: 'rapport-copil-2026-11-26.pdf',
    with the operators asked for ('rapport-copil-2026-11-26-caf.pdf')."""
    words = [lang("report.file_name", day=as_of.isoformat())]
    words += [
        "".join(c for c in name.lower() if c.isascii() and (c.isalnum() or c == "-"))
        for name in operators
    ]
    return "-".join(word for word in words if word) + f".{extension}"


def _trend_line(dataset: Dataset, row: Row, as_of: date, lang: Language) -> str:
    """A chart's content in words, for the Markdown report."""
    action, progress = row.action, row.progress
    readings = effective_readings(dataset.readings_of(action.id), as_of)
    shown = (
        ", ".join(f"{text.measure(r, action.unit, lang)} ({lang.day(r.date)})" for r in readings)
        or text.EMPTY
    )
    start = text.baseline(action, progress, lang)
    words = (
        f"{start} → {text.target(action, progress, lang)} "
        f"({lang.day(progress.due)}); {lang('column.readings').lower()}: {shown}"
        + (f"; {text.years(progress, action.unit, lang)}" if progress.years else "")
    )
    if sentence := text.trend(progress, action, lang):
        words += f". {sentence}"
    return f"- **{markdown_text(action.id)}**: {markdown_text(words)}"


def _markdown_listing(listing: Listing, lang: Language) -> list[str]:
    """A list of the first page in Markdown: its heading, a line per action, or 'none'."""
    lines = ["", f"### {markdown_text(listing.heading)}", ""]
    if not listing.lines:
        return [*lines, lang("report.none")]
    for line in listing.lines:
        action = line.row.action
        extra = f" — {markdown_text(line.detail)}" if line.detail else ""
        lines.append(f"- **{markdown_text(action.id)}** ({markdown_text(action.operator)}){extra}")
    return lines


def to_markdown(
    dataset: Dataset,
    rows: list[Row],
    as_of: date,
    lang: Language = ENGLISH,
    *,
    since: tuple[str, Sequence[ActionDiff]] | None = None,
    sort: SortOrder = SortOrder.PLAN,
) -> str:
    plan = dataset.info
    statuses = [status for status in Status if status is not Status.WITHDRAWN]
    lines = [
        f"# {lang('report.title')} — {markdown_text(plan.territory)}",
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
        (members[0].operator.id, members) for _, members in group_rows(rows, Grouping.OPERATOR)
    ]
    for label, members in groups:
        counts = count_statuses(members)
        cells = [f"**{counts[s]}**" if counts.get(s) else "·" for s in statuses]
        cells = [markdown_text(label), *cells, str(len(counted(members)))]
        lines.append("| " + " | ".join(cells) + " |")
    for listing in listings(rows, as_of, lang, since):  # the same lists as the page's
        lines += _markdown_listing(listing, lang)
    for _, members in group_rows(rows, Grouping.OPERATOR):
        operator = members[0].operator
        ordered = sort_rows(members, sort)
        lines += [
            "",
            f"## {markdown_text(operator.id)} — {markdown_text(operator.name)}",
            "",
            *markdown_table(ordered, lang),
            "",
            f"**{lang('report.trend')}**",
            "",
        ]
        lines += [
            _trend_line(dataset, row, as_of, lang) for row in ordered if row.action.measurable
        ]
    source = lang("report.source", source=plan.source, version=__version__)
    lines += ["", markdown_text(source), ""]
    return "\n".join(lines)
