"""The small pieces the site's pages share: a status as a badge, an action's figure with
its date, the table of actions (the home page's, filterable, and each operator's), and a
list of the report's first page (what moved, what falls due...) with each action linked.

Every text from the data is escaped where it lands (html.escape, attributes quoted)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from q2030.domain.models import Operator
from q2030.domain.statuses import Status
from q2030.i18n import Language
from q2030.render import text
from q2030.render.site.frame import Frame, action_page, link, operator_page
from q2030.render.summary import Listing
from q2030.services.overview import Row
from q2030.services.owed import Freshness


def badge(status: Status, lang: Language) -> str:
    """A status: its icon and word on its colour (the stylesheet's `.s-<status>`)."""
    word = escape(text.status_word(status, lang))
    return f'<span class="status s-{status.value}">{word}</span>'


def figure(shown: str) -> str:
    """'14 % (31/12/2025)' as the figure above its date."""
    value, _, when = shown.partition(" (")
    if not when:
        return escape(value)
    return f'{escape(value)}<span class="when">{escape(when.rstrip(")"))}</span>'


def freshness_line(freshness: Freshness | None, lang: Language) -> str:
    if freshness is None or freshness is Freshness.UP_TO_DATE:
        return ""
    return f'<span class="when">{escape(lang(f"freshness.{freshness.value}"))}</span>'


def family(operator: Operator, operators: dict[str, Operator]) -> list[str]:
    """The operator's id and those of the operators above it (the SDJES is the DSDEN's):
    choosing the DSDEN in the filter shows its services' actions too."""
    found = [operator.id]
    parent = operator.parent
    while parent is not None and parent not in found and parent in operators:
        found.append(parent)
        parent = operators[parent].parent
    return found


def action_cell(here: str, row: Row, lang: Language) -> str:
    action = row.action
    target = action_page(action.id).path(lang.code)
    return (
        f'<th scope="row">{link(here, target, action.id, css="id")}'
        f'<span class="title">{escape(action.title)}</span></th>'
    )


def table(caption: str, headings: Sequence[str], rows: Iterable[str], *, css: str = "") -> str:
    """A table that scrolls on a narrow screen: its caption and column headings (texts,
    escaped here), then its rows, already marked up (`<tr>`, a row heading first)."""
    head = "".join(f'<th scope="col">{escape(heading)}</th>' for heading in headings)
    css_attribute = f' class="{css}"' if css else ""
    return (
        f'<div class="scroll"><table{css_attribute}><caption>{escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def actions_table(
    frame: Frame,
    here: str,
    rows: list[Row],
    freshness: dict[str, Freshness],
    caption: str,
    *,
    ident: str = "",
    operators: dict[str, Operator] | None = None,
    operator_column: bool = True,
) -> str:
    """The actions' table: action (linked, with its title), operator (unless the page is
    the operator's own), due date, status, latest figure and gap. With `operators`, each
    row carries what the home page's filter reads (its operators, status and due year)."""
    lang = frame.lang
    heads = ["action", "operator", "due", "status", "latest", "gap"]
    if not operator_column:
        heads.remove("operator")
    head = "".join(
        f'<th scope="col" class="c-{name}{" number" if name == "gap" else ""}">'
        f"{escape(lang(f'column.{name}'))}</th>"
        for name in heads
    )
    ident_attribute = f' id="{ident}"' if ident else ""
    lines = [
        f'<div class="scroll"><table{ident_attribute}><caption>{escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>"
    ]
    for row in rows:
        action, progress = row.action, row.progress
        data = ""
        if operators is not None:
            ids = " ".join(family(row.operator, operators))
            data = (
                f' data-family="{escape(ids)}" data-status="{progress.status.value}" '
                f'data-due="{progress.due.year}"'
            )
        operator = link(here, operator_page(row.operator.id).path(lang.code), row.operator.id)
        operator_cell = f'<td class="c-operator">{operator}</td>' if operator_column else ""
        latest = text.latest(progress, action.unit, lang)
        lines.append(
            f"<tr{data}>{action_cell(here, row, lang)}{operator_cell}"
            f'<td class="c-due"><span class="date">{escape(lang.day(progress.due))}</span></td>'
            f'<td class="c-status">{badge(progress.status, lang)}'
            f"{freshness_line(freshness.get(action.id), lang)}</td>"
            f'<td class="c-latest">{figure(latest)}</td>'
            f'<td class="c-gap number">{escape(text.gap(progress.gap, action.unit, lang))}</td>'
            "</tr>"
        )
    lines.append("</tbody></table></div>")
    return "".join(lines)


def listing(frame: Frame, here: str, found: Listing, level: int = 3) -> str:
    """A list of the report's first page: its heading, then each action linked, with its
    operator and what is said of it; 'None.' when it is empty."""
    lang = frame.lang
    heading = f"<h{level}>{escape(found.heading)}</h{level}>"
    if not found.lines:
        return f"{heading}<p>{escape(lang('report.none'))}</p>"
    items = []
    for line in found.lines:
        action = line.row.action
        target = action_page(action.id).path(lang.code)
        detail = f" — {escape(line.detail)}" if line.detail else ""
        items.append(
            f"<li>{link(here, target, action.id, css='id')} ({escape(action.operator)})"
            f"{detail}</li>"
        )
    return f'{heading}<ul class="{escape(found.name)}">{"".join(items)}</ul>'
