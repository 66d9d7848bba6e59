"""The request sheet: what an operator owes, as a spreadsheet it fills without the tool.

XLSX: a first sheet of instructions in the run's language (what to fill, in which unit,
an example, whom to send it back to); the data sheet, one row per figure owed (the
action, its title, indicator and unit, the period's end date, the last figure and its
date, an empty value cell, a source prefilled "CAF, relevé 2025" that the operator may
change, a note), every cell locked but the value, the source and the note, the value
checked as it is typed (0-100 for a percentage, a whole number for a count, a list of
states for a milestone) and a percentage's cell formatted as one, so that what Excel
stores is read back right; and a hidden sheet that identifies the plan and the request,
so that `import` recognises an answer, and one to another plan's request. CSV: the data
sheet's columns, for those without a spreadsheet program.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from q2030.commands.request import Request
from q2030.data.dataset import Dataset
from q2030.i18n import Language
from q2030.render import text
from q2030.services.owed import Owed
from q2030.sheets.exchange import (
    REQUEST_FORMAT,
    REQUEST_SHEET,
    SEAL,
    Sheet,
    load_openpyxl,
    page_words,
    request_seal,
    to_csv,
)
from q2030.sheets.layout import fit_row_heights, print_setup

FORMAT_VERSION = "2"  # 2: the actions asked, and a seal over the identification
COLUMNS = (
    "action",
    "title",
    "indicator",
    "unit",
    "date",
    "latest",
    "latest_date",
    "value",
    "reference",
    "source",
    "note",
)
TO_FILL = ("value", "source", "note")  # and the reference series, for an `outpace` action


def _source(request: Request, figure: Owed, lang: Language) -> str:
    return lang("request.source", operator=request.operator.id, year=figure.period.end.year)


def _rows(request: Request, lang: Language) -> list[list[Any]]:
    rows = []
    for figure in request.figures:
        action = figure.action
        latest = figure.latest
        rows.append(
            [
                action.id,
                action.title,
                action.indicator,
                lang(f"unit.{action.unit}") if action.unit else lang("ask.milestone"),
                figure.period.end,
                None if latest is None else text.measure(latest, action.unit, lang),
                latest.date if latest else None,
                None,
                None,
                _source(request, figure, lang),
                None,
            ]
        )
    return rows


def _headers(lang: Language) -> list[str]:
    """The sheet's headings: the readings sheet's (which import reads), and the last figure
    said as a request says it."""
    own = {"latest": "request.column.latest", "latest_date": "request.column.latest_date"}
    return [lang(own.get(name, f"column.{name}")) for name in COLUMNS]


def to_csv_bytes(request: Request, lang: Language) -> bytes:
    return to_csv(Sheet(_headers(lang), _rows(request, lang)), lang)


def _validation(figure: Owed, lang: Language) -> Any:
    from openpyxl.worksheet.datavalidation import DataValidation

    unit = figure.action.unit
    if unit is None:
        words = ",".join(lang(f"state.{state}") for state in ("done", "in_progress", "not_started"))
        rule = DataValidation(type="list", formula1=f'"{words}"', allow_blank=True)
    elif unit == "percent":  # the cell is a percentage: Excel stores 16,5 % as 0.165
        rule = DataValidation(
            type="decimal", operator="between", formula1="0", formula2="1", allow_blank=True
        )
    elif unit == "points":
        rule = DataValidation(
            type="decimal", operator="between", formula1="-100", formula2="100", allow_blank=True
        )
    else:
        rule = DataValidation(
            type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True
        )
    rule.error = lang(f"request.invalid.{unit or 'milestone'}")
    rule.errorTitle = lang("request.invalid_title")
    rule.showErrorMessage = True
    return rule


def _instructions(dataset: Dataset, request: Request, lang: Language) -> list[str]:
    contacts = dataset.info.contacts
    send_to = (
        ", ".join(f"{contact.name} <{contact.email}>" for contact in contacts)
        if contacts
        else lang("request.to_prefecture")
    )
    return [
        lang("request.heading", territory=dataset.info.place, operator=request.operator.called),
        "",
        lang.counted("request.what", len(request.figures), day=request.made),
        lang("request.how"),
        lang("request.units"),
        lang("request.example"),
        lang("request.source_note"),
        lang("request.empty"),
        "",
        lang("request.send_to", contacts=send_to),
        lang("request.formats"),
    ]


def _identification(dataset: Dataset, request: Request, sheet: str) -> dict[str, str]:
    """What the hidden sheet says: the plan, the operator, the actions asked, when, which
    sheet to read; and a seal over them (see exchange.request_seal)."""
    fields = {
        "format": REQUEST_FORMAT,
        "version": FORMAT_VERSION,
        "plan": dataset.info.title,
        "territory": dataset.info.territory,
        "operator": request.operator.id,
        "period": str(request.period or ""),
        "made": request.made.isoformat(),
        "sheet": sheet,
        "actions": " ".join(figure.action.id for figure in request.figures),
    }
    return {**fields, SEAL: request_seal(fields)}


def to_xlsx(dataset: Dataset, request: Request, lang: Language) -> bytes:
    openpyxl = load_openpyxl()
    from openpyxl.styles import Alignment, Font, PatternFill, Protection

    book = openpyxl.Workbook()
    guide = book.active
    guide.title = lang("request.sheet.instructions")
    for line in _instructions(dataset, request, lang):
        guide.append([line])
    guide["A1"].font = Font(bold=True, size=13)
    guide.column_dimensions["A"].width = 75  # within a portrait A4 page, unscaled (see below)
    for row in guide.iter_rows():
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(row[0].value, str):
            row[0].data_type = "s"
    guide.protection.sheet = True

    data = book.create_sheet(lang("request.sheet.data"))
    data.append(_headers(lang))
    for row in _rows(request, lang):
        data.append(row)
    fill = PatternFill(start_color="FFF8C5", end_color="FFF8C5", fill_type="solid")
    for cell in data[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    widths = {
        "action": 28,
        "title": 50,
        "indicator": 40,
        "unit": 14,
        "date": 12,
        "latest": 14,
        "latest_date": 12,
        "value": 14,
        "reference": 14,
        "source": 28,
        "note": 30,
    }
    for index, name in enumerate(COLUMNS, start=1):
        data.column_dimensions[openpyxl.utils.get_column_letter(index)].width = widths[name]
    value_column = COLUMNS.index("value") + 1
    for number, figure in enumerate(request.figures, start=2):
        for index, name in enumerate(COLUMNS, start=1):
            cell = data.cell(row=number, column=index)
            if isinstance(cell.value, str):
                cell.data_type = "s"
            if isinstance(cell.value, date):
                cell.number_format = "DD/MM/YYYY"
            cell.alignment = Alignment(wrap_text=name in ("title", "indicator"), vertical="top")
            outpace = name == "reference" and figure.action.target.kind == "outpace"
            if name in TO_FILL or outpace:
                cell.protection = Protection(locked=False)
                cell.fill = fill
        value = data.cell(row=number, column=value_column)
        if figure.action.unit == "percent":
            value.number_format = "0.0%"
        rule = _validation(figure, lang)
        data.add_data_validation(rule)
        rule.add(value)
    data.freeze_panes = "B2"
    heading = _instructions(dataset, request, lang)[0]
    footer = lang("sheet.requested", day=request.made)
    for page, landscape, heading_rows in ((guide, False, 0), (data, True, 1)):
        fit_row_heights(page)
        print_setup(
            page,
            title=heading,
            footer=footer,
            page_words=page_words(lang),
            landscape=landscape,
            heading_rows=heading_rows,
        )
    data.protection.sheet = True
    data.protection.formatRows = False
    data.protection.formatColumns = False

    identity = book.create_sheet(REQUEST_SHEET)
    for key, value in _identification(dataset, request, data.title).items():
        identity.append([key, value])
        identity.cell(row=identity.max_row, column=2).data_type = "s"
    identity.sheet_state = "hidden"
    identity.protection.sheet = True
    book.active = 1
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def file_name(request: Request, made: date, extension: str) -> str:
    """A request's file: 'caf-2026-11-26.xlsx', or with its period 'caf-2025.xlsx'."""
    return f"{request.operator.id.lower()}-{request.period or made.isoformat()}.{extension}"
