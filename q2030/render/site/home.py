"""The site's home page: the plan, the as-of date and the counts; the statuses per
operator; what moved since the data's previous version (or the date or revision given);
the report's first-page lists (what falls due in the next 12 months, what is due and not
reported, what was missed, the furthest behind); then every commitment in one table,
with a filter box (operator, status, due year, words of the title) that the page's script
shows and runs. Without the script the table lists every commitment, and each operator's
page lists its own."""

from __future__ import annotations

from html import escape

from q2030.commands.site import Result
from q2030.domain.statuses import Status
from q2030.render import text
from q2030.render.report import listings
from q2030.render.site.frame import HOME, Frame, Page, link, operator_page
from q2030.render.site.parts import actions_table, badge, listing
from q2030.services.overview import Row, count_statuses, counted


def moved_label(result: Result, frame: Frame) -> str | None:
    """How what moved is named: the data's previous version (its commit and date), or
    the date or revision given; None when nothing is compared."""
    if result.since is None:
        return None
    if result.previous is not None:
        return frame.lang(
            "site.previous",
            commit=result.previous.commit[:7],
            day=result.previous.committed,
        )
    return text.since_label(result.since, frame.lang)


def _counts(frame: Frame, here: str, result: Result) -> str:
    """The statuses per operator: a row for all, then one per operator of the plan (its
    own actions), a column per status that some action has."""
    lang = frame.lang
    shown = [status for status in Status if status in count_statuses(result.rows)]
    head = "".join(f'<th scope="col">{badge(status, lang)}</th>' for status in shown)
    lines = [
        '<div class="scroll"><table class="counts">'
        f"<caption>{escape(lang('site.counts_caption'))}</caption>"
        f'<thead><tr><th scope="col">{escape(lang("column.operator"))}</th>{head}'
        f'<th scope="col">{escape(lang("report.total"))}</th></tr></thead><tbody>'
    ]
    groups: list[tuple[str, list[Row]]] = [(escape(lang("report.overall")), result.rows)]
    for operator in result.dataset.plan.operators:
        target = operator_page(operator.id).path(lang.code)
        members = [row for row in result.rows if row.operator.id == operator.id]
        groups.append((link(here, target, operator.id), members))
    for label, members in groups:
        counts = count_statuses(members)
        cells = "".join(
            f'<td class="hit s-{status.value}">{counts[status]}</td>'
            if counts.get(status)
            else '<td class="zero">0</td>'
            for status in shown
        )
        total = len(counted(members))
        lines.append(f'<tr><th scope="row">{label}</th>{cells}<td>{total}</td></tr>')
    lines.append("</tbody></table></div>")
    return "".join(lines)


def _moved(frame: Frame, here: str, result: Result) -> str:
    """What moved, or why nothing is compared."""
    lang = frame.lang
    if result.since is not None:
        return ""  # said by the first of the lists
    key = "site.no_previous" if result.in_git else "site.outside_git"
    return f"<h2>{escape(lang('site.moved_heading'))}</h2><p>{escape(lang(key))}</p>"


def _filter(frame: Frame, result: Result) -> str:
    """The filter box, hidden until the script shows it."""
    lang = frame.lang
    everyone = escape(lang("site.filter.all"))

    def select(name: str, label: str, options: list[tuple[str, str]]) -> str:
        choices = "".join(
            f'<option value="{escape(value)}">{escape(words)}</option>' for value, words in options
        )
        return (
            f'<div><label for="filter-{name}">{escape(label)}</label>'
            f'<select id="filter-{name}" name="{name}"><option value="">{everyone}</option>'
            f"{choices}</select></div>"
        )

    operators = [
        (op.id, f"{op.id} — {text.short_title(op.name, 50)}")
        for op in result.dataset.plan.operators
    ]
    present = {row.progress.status for row in result.rows}
    statuses = [(s.value, text.status_word(s, lang)) for s in Status if s in present]
    years = sorted({row.progress.due.year for row in result.rows})
    return (
        f'<form class="filter" id="filter" hidden role="search" '
        f'aria-label="{escape(lang("site.filter.label"))}" '
        f'data-one="{escape(lang("site.filter.one", count="{count}"))}" '
        f'data-many="{escape(lang("site.filter.many", count="{count}"))}">'
        + select("operator", lang("column.operator"), operators)
        + select("status", lang("column.status"), statuses)
        + select("due", lang("site.filter.due"), [(str(y), str(y)) for y in years])
        + '<div><label for="filter-words">'
        + escape(lang("site.filter.words"))
        + '</label><input type="search" id="filter-words" name="words"></div>'
        + '<p id="filter-count" role="status" aria-live="polite"></p></form>'
    )


def home(frame: Frame, result: Result) -> bytes:
    lang = frame.lang
    page = Page(HOME)
    here = page.path(lang.code)
    plan = result.dataset.info
    label = moved_label(result, frame)
    lists = listings(
        result.rows,
        result.as_of,
        lang,
        None if label is None or result.since is None else (label, result.since.changes),
    )
    content = [
        f"<h1>{escape(frame.site_name)}</h1>",
        f'<p class="lead">{escape(plan.title)}</p>',
        f'<p class="as-of">{escape(lang("report.as_of", day=result.as_of))} · '
        f"{escape(text.counts_line(result.rows, lang))}</p>",
        f"<h2>{escape(lang('site.counts_heading'))}</h2>",
        _counts(frame, here, result),
        _moved(frame, here, result),
        *(listing(frame, here, found, 2) for found in lists),
        f'<h2 id="all">{escape(lang("site.all_heading"))}</h2>',
        f"<p>{escape(lang('site.all_intro'))}</p>",
        _filter(frame, result),
        actions_table(
            frame,
            here,
            result.rows,
            result.freshness,
            lang("site.all_caption"),
            ident="commitments",
            operators={op.id: op for op in result.dataset.plan.operators},
        ),
    ]
    return frame.page(page, lang("site.nav.home"), "".join(content), script=True)
