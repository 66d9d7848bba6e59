"""An operator's page: who it is (its name, its description, the operator it belongs to and
its own services), the leads the plan names, its contacts by role (their names and e-mail
addresses only where the plan says they may be published: `publish_contacts`), its
commitments with their statuses, and the figures it owes."""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from q2030.commands.site import Result
from q2030.domain.models import Contact, Operator
from q2030.render import text
from q2030.render.due import how_late, last_figure
from q2030.render.site.frame import Frame, action_page, link, operator_page
from q2030.render.site.parts import actions_table, table


def role_text(contact: Contact, frame: Frame) -> str:
    return contact.role or frame.lang("site.contact_no_role")


def _contact(contact: Contact, published: bool, frame: Frame) -> str:
    """A contact by its role; with its name and address where the plan publishes them."""
    if not published:
        return f"<li>{escape(role_text(contact, frame))}</li>"
    named = escape(
        frame.lang("site.contact_named", role=role_text(contact, frame), name=contact.name)
    )
    mailto = escape(f"mailto:{quote(contact.email, safe='@')}")
    return f'<li>{named}, <a href="{mailto}">{escape(contact.email)}</a></li>'


def _about(frame: Frame, here: str, operator: Operator, result: Result) -> str:
    lang = frame.lang
    facts = []
    if operator.description and operator.description != operator.id:
        facts.append((lang("site.operator_description"), escape(operator.description)))
    if operator.parent is not None:
        target = operator_page(operator.parent).path(lang.code)
        facts.append((lang("site.operator_parent"), link(here, target, operator.parent)))
    services = [op.id for op in result.dataset.plan.operators if op.parent == operator.id]
    if services:
        links = ", ".join(
            link(here, operator_page(service).path(lang.code), service) for service in services
        )
        facts.append((lang("site.operator_services"), links))
    if operator.leads:
        facts.append((lang("site.operator_leads"), escape(", ".join(operator.leads))))
    if operator.contacts:
        published = result.dataset.info.publish_contacts
        items = "".join(_contact(contact, published, frame) for contact in operator.contacts)
        facts.append((lang("site.operator_contacts"), f'<ul class="contacts">{items}</ul>'))
    rows = "".join(f"<dt>{escape(term)}</dt><dd>{value}</dd>" for term, value in facts)
    return f'<dl class="facts">{rows}</dl>' if rows else ""


def _owed(frame: Frame, here: str, operator: Operator, result: Result) -> str:
    """The figures the operator owes: overdue, or due within 30 days."""
    lang = frame.lang
    figures = [figure for figure in result.owed if figure.operator.id == operator.id]
    heading = f"<h2>{escape(lang('site.owed_heading'))}</h2>"
    if not figures:
        return f"{heading}<p>{escape(lang('site.owed_none'))}</p>"
    lines = []
    for figure in figures:
        target = action_page(figure.action.id).path(lang.code)
        lines.append(
            f'<tr><th scope="row">{link(here, target, figure.action.id, css="id")}</th>'
            f'<td class="date">{escape(lang.day(figure.period.end))}</td>'
            f'<td class="date">{escape(lang.day(figure.period.deadline))}</td>'
            f"<td>{escape(how_late(figure, lang))}</td>"
            f"<td>{escape(last_figure(figure, lang))}</td></tr>"
        )
    keys = ("column.action", "due.period", "column.deadline", "due.when", "column.latest")
    return heading + table(lang("site.owed_caption"), [lang(key) for key in keys], lines)


def operator(frame: Frame, result: Result, operator: Operator) -> bytes:
    lang = frame.lang
    page = operator_page(operator.id)
    here = page.path(lang.code)
    rows = [row for row in result.rows if row.operator.id == operator.id]
    title = f"{operator.id} — {operator.name}"
    content = [
        f"<h1>{escape(title)}</h1>",
        _about(frame, here, operator, result),
        f"<h2>{escape(lang('site.operator_commitments'))}</h2>",
        f"<p>{escape(text.counts_line(rows, lang))}</p>",
        actions_table(
            frame,
            here,
            rows,
            result.freshness,
            lang("site.operator_caption"),
            operator_column=False,
        )
        if rows
        else "",
        _owed(frame, here, operator, result),
    ]
    crumbs = frame.breadcrumb(here, [], operator.id)
    return frame.page(page, title, "".join(content), before=crumbs)
