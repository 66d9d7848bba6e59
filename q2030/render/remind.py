"""The reminder: one e-mail per operator that owes figures, drafted as a standard `.eml`
file for the team to review and send from its own mail client. The tool never sends mail.

To: the operator's contacts (none: the message is written all the same, and the command
says which operators have none); From and Reply-To: the plan's contacts (the préfecture's
team); a subject and a body in the run's language listing what is owed and by when; the
request sheet attached (XLSX, or CSV without the xlsx extra); `X-Unsent: 1`, which makes
Outlook open the file as a message to send, not as one received.

Every address header is built from `Address` objects, never from strings put together: a
name such as "Dupont, Hélène" then stays one recipient for every parser (on Python 3.11,
`formataddr` strings re-read by the default policy lose the quotes around the comma:
CPython gh-121284). Names reach here checked (models.Name: no line break, no encoded
word). The draft is written with folding only past RFC 5322's hard limit of 998
characters a line: Python folds a long non-ASCII name into two encoded words, which its
own default parser then reads back with a space inside the word.
"""

from __future__ import annotations

from collections.abc import Iterable
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from q2030.commands.request import Request
from q2030.data.dataset import Dataset
from q2030.domain.models import Contact
from q2030.errors import Q2030Error
from q2030.i18n import Language
from q2030.render.due import how_late
from q2030.render.request import to_csv_bytes, to_xlsx

XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DRAFT_POLICY = policy.default.clone(max_line_length=998)  # see the module's docstring


def addresses(contacts: Iterable[Contact]) -> list[Address]:
    """The contacts as the address header's objects: name and address kept apart."""
    return [Address(display_name=contact.name, addr_spec=contact.email) for contact in contacts]


def attachment(dataset: Dataset, request: Request, lang: Language) -> tuple[bytes, str, str]:
    """The request sheet: its bytes, its file name and its MIME type (as 'main/sub')."""
    base = f"{request.operator.id.lower()}-{request.period or request.made.isoformat()}"
    try:
        return to_xlsx(dataset, request, lang), f"{base}.xlsx", "/".join(XLSX_TYPE)
    except Q2030Error:  # no openpyxl: the CSV says the same
        return to_csv_bytes(request, lang), f"{base}.csv", "text/csv"


def message(dataset: Dataset, request: Request, lang: Language) -> EmailMessage:
    plan = dataset.info
    operator = request.operator
    mail = EmailMessage()
    mail["Subject"] = lang("remind.subject", territory=plan.place, operator=operator.short)
    if operator.contacts:
        mail["To"] = addresses(operator.contacts)
    if plan.contacts:
        mail["From"] = addresses(plan.contacts[:1])
        mail["Reply-To"] = addresses(plan.contacts)
    mail["Date"] = formatdate(localtime=True)
    mail["Message-ID"] = make_msgid(domain="q2030.invalid")
    mail["X-Unsent"] = "1"  # Outlook: a draft to send, not a message received
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


def draft_bytes(mail: EmailMessage) -> bytes:
    """The `.eml` file's bytes (see DRAFT_POLICY)."""
    return mail.as_bytes(policy=DRAFT_POLICY)


def file_name(request: Request) -> str:
    """The draft's file name: the operator's id, which a mail client opens as a draft."""
    return f"{request.operator.id.lower()}.eml"
