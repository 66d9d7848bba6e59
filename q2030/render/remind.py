"""The reminder: one e-mail per operator that owes figures, drafted as a standard `.eml`
file for the team to review and send from its own mail client. The tool never sends mail.

To: the operator's contacts (none: the message is written all the same, and the command
says which operators have none); From and Reply-To: the plan's contacts (the préfecture's
team); a subject and a body in the run's language listing what is owed and by when; the
request sheet attached (XLSX, or CSV without the xlsx extra).
"""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid

from q2030.dataset import Dataset
from q2030.errors import Q2030Error
from q2030.i18n import Language
from q2030.render.due import how_late
from q2030.render.request import Request, to_csv_bytes, to_xlsx

XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def attachment(dataset: Dataset, request: Request, lang: Language) -> tuple[bytes, str, str]:
    """The request sheet: its bytes, its file name and its MIME type (as 'main/sub')."""
    base = f"{request.operator.id.lower()}-{request.period or request.made.isoformat()}"
    try:
        return to_xlsx(dataset, request, lang), f"{base}.xlsx", "/".join(XLSX_TYPE)
    except Q2030Error:  # no openpyxl: the CSV says the same
        return to_csv_bytes(request, lang), f"{base}.csv", "text/csv"


def message(dataset: Dataset, request: Request, lang: Language) -> EmailMessage:
    plan = dataset.plan.plan
    operator = request.operator
    mail = EmailMessage()
    mail["Subject"] = lang("remind.subject", territory=plan.place, operator=operator.short)
    if operator.contacts:
        mail["To"] = ", ".join(formataddr((c.name, c.email)) for c in operator.contacts)
    if plan.contacts:
        sender = plan.contacts[0]
        mail["From"] = formataddr((sender.name, sender.email))
        mail["Reply-To"] = ", ".join(formataddr((c.name, c.email)) for c in plan.contacts)
    mail["Date"] = formatdate(localtime=True)
    mail["Message-ID"] = make_msgid(domain="q2030.invalid")
    lines = [
        lang("remind.greeting"),
        "",
        lang("remind.intro", territory=plan.place, operator=operator.called),
        "",
    ]
    for figure in request.figures:
        lines.append(
            lang(
                "remind.line",
                action=figure.action.id,
                title=figure.action.indicator or figure.action.title,
                day=figure.period.end,
                deadline=figure.period.deadline,
                late=how_late(figure, lang),
            )
        )
    lines += ["", lang("remind.how"), "", lang("remind.thanks")]
    mail.set_content("\n".join(lines) + "\n")
    content, name, kind = attachment(dataset, request, lang)
    main, sub = kind.split("/")
    mail.add_attachment(content, maintype=main, subtype=sub, filename=name)
    return mail
