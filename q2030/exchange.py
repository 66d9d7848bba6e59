"""Spreadsheets in and out: the status and the readings as CSV or XLSX, and the sheet of
readings an operator sends, read back row by row.

CSV is written as spreadsheet software expects it in the run's language, UTF-8 with a
byte-order mark: French `;` between cells and decimal commas (what Excel and LibreOffice
read in a French locale), English `,` and decimal points. A number is written whole (the
digits that read back as itself), a share as its figure with its numerator and
denominator in their own columns: `11/12` in a cell is the date 11 December to a French
spreadsheet. XLSX (through openpyxl, the optional `q2030[xlsx]` extra) keeps numbers as
numbers and dates as dates.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from q2030.cell_notes import CellNote, xlsx_notes
from q2030.dataset import Dataset
from q2030.errors import Q2030Error, os_reason
from q2030.escaping import neutralised, restored
from q2030.i18n import ENGLISH, Language, Message
from q2030.ods import OdsPercent, read_ods
from q2030.sheet_layout import fit_row_heights, print_setup
from q2030.values import written_number

XLSX_MISSING = Message("sheet.openpyxl")
READING_COLUMNS = (
    "action",
    "date",
    "value",
    "numerator",
    "denominator",
    "source",
    "note",
    "reference",
    "corrects",
)
REQUIRED = ("action", "date", "value", "source")
HEADER_WORDS = {  # what a person may head a column with, accents and case aside
    "action": ("action", "id", "identifiant"),
    "date": ("date",),
    "value": ("value", "valeur"),
    "numerator": ("numerator", "numerateur"),
    "denominator": ("denominator", "denominateur"),
    "source": ("source",),
    "note": ("note", "commentaire", "comment"),
    "reference": ("reference", "reference comparee", "population generale"),
    "corrects": ("corrects", "corrige"),
    "unusual": ("unusual", "inhabituel", "inhabituelle", "valeur inhabituelle"),
    # a request sheet's columns that inform the operator and are not read back
    "title": ("title", "intitule"),
    "indicator": ("indicator", "indicateur"),
    "unit": ("unit", "unite"),
    "latest": ("latest", "last figure", "dernier chiffre", "derniere valeur"),
    "latest_date": (
        "latest date",
        "last figure's date",
        "date du dernier chiffre",
        "date de la derniere valeur",
    ),
}
WIDE = 6  # columns beyond which a sheet prints in landscape
LONG_TEXT_WIDTH = 30  # a wrapped column of long texts (titles), in characters
SHORT_TEXT_WIDTH = 16  # a wrapped column of short texts (statuses, units)
INFO_COLUMNS = frozenset({"title", "indicator", "unit", "latest", "latest_date"})
REQUEST_SHEET = "q2030"  # a request workbook's hidden sheet: what request it answers


class PercentCell(float):
    """A number read from a cell formatted as a percentage: the spreadsheet shows 16,5 %
    and stores 0.165."""


@dataclass(frozen=True)
class Sheet:
    """A table to write: translated headers and typed cells (numbers, dates, text)."""

    headers: list[str]
    rows: list[list[Any]]
    title: str = ""  # the spreadsheet tab's name
    formats: dict[int, str] = field(default_factory=dict)  # column index: number format
    wrapped: frozenset[int] = frozenset()  # columns whose text wraps
    statuses: dict[str, str] = field(default_factory=dict)  # status as shown: its colour
    status_column: int | None = None
    heading: str = ""  # printed at the top of each page
    footer: str = ""  # printed at the bottom of each page, before the page number
    page_words: str = ""  # the page number, with Excel's codes (see sheet_layout)


def readings_sheet(dataset: Dataset, lang: Language) -> Sheet:
    """Every reading of every action, in the columns `q2030 import` reads back."""
    body = []
    for _, action in dataset.plan.actions():
        for reading in dataset.readings_of(action.id):
            value: Any = reading.state or reading.number(action.unit)
            body.append(
                [
                    action.id,
                    reading.date,
                    value,
                    reading.numerator,
                    reading.denominator,
                    reading.source,
                    reading.note,
                    reading.reference,
                    reading.corrects,
                ]
            )
    return Sheet(
        [lang(f"column.{name}") for name in READING_COLUMNS],
        body,
        wrapped=frozenset(READING_COLUMNS.index(name) for name in ("source", "note")),
        heading=lang("sheet.readings_heading", territory=dataset.plan.plan.place),
        footer=lang("sheet.exported", day=date.today()),
        page_words=page_words(lang),
    )


def page_words(lang: Language) -> str:
    """'page 2 of 5' in a printed footer, in Excel's codes for the numbers."""
    return lang("sheet.page", page="&P", pages="&N")


def _cell_text(value: Any, lang: Language) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return lang.day(value)
    if isinstance(value, float | int) and not isinstance(value, bool):
        written = written_number(float(value))  # every digit: it must read back the same
        return written.replace(".", ",") if lang.code == "fr" else written
    return str(value)


def csv_delimiter(lang: Language) -> str:
    """What separates cells where `lang` is spoken: `;` in French (the comma is the decimal
    mark), `,` in English; a spreadsheet opened in that locale reads them so."""
    return ";" if lang.code == "fr" else ","


def to_csv(sheet: Sheet, lang: Language) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=csv_delimiter(lang), lineterminator="\r\n")
    writer.writerow(sheet.headers)
    for row in sheet.rows:
        writer.writerow(
            [neutralised(v) if isinstance(v, str) else _cell_text(v, lang) for v in row]
        )
    return buffer.getvalue().encode("utf-8-sig")


def load_openpyxl() -> Any:
    """openpyxl, or a Q2030Error saying how to install it (the xlsx extra)."""
    try:
        import openpyxl
    except ImportError:
        raise Q2030Error(XLSX_MISSING) from None
    return openpyxl


def _width(header: str, values: list[Any], wrapped: bool) -> float:
    """A column's width in characters: its longest text, within bounds, the heading (which
    wraps) by its longest word; a wrapped column narrower, its text running over several
    lines (a long text, such as a title, less narrow), so that the sheet prints one page
    wide at a size one can read."""
    longest = max((len(_cell_text(value, ENGLISH)) for value in values), default=8)
    heading = max((len(word) for word in header.split()), default=0)
    if wrapped:
        limit = LONG_TEXT_WIDTH if longest > 2 * LONG_TEXT_WIDTH else SHORT_TEXT_WIDTH
    else:
        limit = 40
    return float(min(limit, max(10, longest + 2, heading + 2)))


def to_xlsx(sheet: Sheet, title: str) -> bytes:
    """The sheet as Excel expects it: the header row frozen and bold, filters on, columns
    sized (long texts wrapped), dates and numbers formatted, statuses coloured by
    conditional formatting; text cells stay text (never a formula)."""
    openpyxl = load_openpyxl()
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Alignment, Font, PatternFill

    book = openpyxl.Workbook()
    page = book.active
    page.title = (sheet.title or title)[:31]
    book.properties.title = sheet.title or title
    page.append(sheet.headers)
    for row in sheet.rows:
        page.append(row)
    for cells in page.iter_rows():
        for cell in cells:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text stays text: "=HYPERLINK(...)" is never a formula
    for cell in page[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, header in enumerate(sheet.headers):
        letter = openpyxl.utils.get_column_letter(index + 1)
        values = [row[index] for row in sheet.rows]
        page.column_dimensions[letter].width = _width(header, values, index in sheet.wrapped)
    for cells in page.iter_rows(min_row=2):
        for index, cell in enumerate(cells):
            if isinstance(cell.value, date | datetime):
                cell.number_format = "DD/MM/YYYY"
            elif index in sheet.formats and isinstance(cell.value, int | float):
                cell.number_format = sheet.formats[index]
            cell.alignment = Alignment(wrap_text=index in sheet.wrapped, vertical="top")
    if sheet.status_column is not None and sheet.rows:
        letter = openpyxl.utils.get_column_letter(sheet.status_column + 1)
        cells = f"{letter}2:{letter}{len(sheet.rows) + 1}"
        for word, colour in sheet.statuses.items():
            quoted = '"' + word.replace('"', '""') + '"'
            fill = PatternFill(start_color=colour, end_color=colour, fill_type="solid")
            page.conditional_formatting.add(
                cells,
                CellIsRule(operator="equal", formula=[quoted], fill=fill),  # type: ignore[no-untyped-call]
            )
    page.freeze_panes = "A2"
    page.auto_filter.ref = page.dimensions
    fit_row_heights(page)
    print_setup(
        page,
        title=sheet.heading or sheet.title or title,
        footer=sheet.footer,
        page_words=sheet.page_words,
        landscape=len(sheet.headers) > WIDE,
        heading_rows=1,
    )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# Reading a sheet back


def _plain(header: object) -> str:
    words = unicodedata.normalize("NFKD", str(header or "")).encode("ascii", "ignore").decode()
    return " ".join(words.lower().replace("_", " ").split())


def _columns(headers: list[object], where: str) -> dict[str, int]:
    known = {word: name for name, words in HEADER_WORDS.items() for word in words}
    columns: dict[str, int] = {}
    for index, header in enumerate(headers):
        if not _plain(header):
            continue
        name = known.get(_plain(header))
        if name is None:
            raise Q2030Error("sheet.unknown_column", path=where, header=str(header))
        columns[name] = index
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        names = tuple(Message(f"column.{name}") for name in missing)
        raise Q2030Error("sheet.missing_columns", path=where, names=names, count=len(names))
    return columns


def _decode(raw: bytes, path: Path) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")  # what Excel on Windows saves as "CSV"
    except UnicodeDecodeError:
        raise Q2030Error("sheet.encoding", path=str(path)) from None


def _csv_rows(path: Path) -> list[list[object]]:
    try:
        content = _decode(path.read_bytes(), path)
    except OSError as error:
        raise Q2030Error("sheet.unreadable", path=str(path), reason=os_reason(error)) from None
    first = content.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    try:
        return [
            [restored(cell) for cell in row]
            for row in csv.reader(io.StringIO(content), delimiter=delimiter)
        ]
    except csv.Error as error:
        raise Q2030Error("sheet.bad_csv", path=str(path), detail=str(error)) from None


def _xlsx_rows(path: Path) -> tuple[list[list[object]], dict[str, str] | None]:
    """The rows of the sheet to read, and a request's identification when the workbook is
    a request (its hidden sheet names the sheet to read, whichever tab was left open)."""
    openpyxl = load_openpyxl()
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds of error on a bad file
        raise Q2030Error("sheet.bad_xlsx", path=str(path), detail=str(error)) from None
    request = None
    page = book.active
    if REQUEST_SHEET in book.sheetnames:
        pairs = book[REQUEST_SHEET].iter_rows(values_only=True)
        request = {str(row[0]): cell_text(row[1]) for row in pairs if row and row[0]}
        page = book[request.get("sheet", "")] if request.get("sheet") in book.sheetnames else page
    rows = [[_xlsx_value(cell) for cell in row] for row in page.iter_rows()]
    book.close()
    return rows, request


def _xlsx_value(cell: Any) -> object:
    """A cell's value; a number shown as a percentage is marked as one (see PercentCell)."""
    value = getattr(cell, "value", None)
    number_format = getattr(cell, "number_format", "") or ""
    if isinstance(value, int | float) and not isinstance(value, bool) and "%" in number_format:
        return PercentCell(value)
    return value


def _ods_rows(path: Path) -> tuple[list[list[object]], dict[str, str] | None, list[CellNote]]:
    """An .ods sheet's rows, request and cell notes, as _xlsx_rows reads an .xlsx one: the
    sheet a request's hidden identification names, else the one it was left on, else the
    first one shown."""
    tables, active = read_ods(path)
    by_name = {table.name: table for table in tables}
    request = None
    shown = [table for table in tables if table.shown] or tables
    if not shown:
        raise Q2030Error("sheet.empty", path=str(path))
    page = by_name.get(active or "", shown[0])
    if REQUEST_SHEET in by_name:
        pairs = by_name[REQUEST_SHEET].rows
        request = {
            str(row[0]): cell_text(row[1] if len(row) > 1 else None)
            for row in pairs
            if row and row[0]
        }
        page = by_name.get(request.get("sheet", ""), page)
    rows = [
        [PercentCell(value) if isinstance(value, OdsPercent) else value for value in row]
        for row in page.rows
    ]
    return rows, request, page.notes


SheetRow = tuple[int, dict[str, object]]  # a row's number in the sheet, and its cells


@dataclass(frozen=True)
class SheetRead:
    """A sheet's rows: (row number as the spreadsheet shows it, {column: cell}) for each
    non-empty row; `request` the request it answers (its hidden identification), if any;
    `is_request` whether it is a request's sheet (identified, or with its columns)."""

    rows: list[SheetRow]
    request: dict[str, str] | None
    is_request: bool
    notes: tuple[CellNote, ...] = ()  # the notes a person added to its cells


def read_sheet(path: Path) -> SheetRead:
    """A sheet an operator sends back (see SheetRead)."""
    if not path.is_file():
        raise Q2030Error("sheet.no_file", path=str(path))
    suffix = path.suffix.lower()
    request = None
    notes: list[CellNote] = []
    if suffix == ".xlsx":
        rows, request = _xlsx_rows(path)
        notes = xlsx_notes(path, (request or {}).get("sheet"))
    elif suffix == ".ods":
        rows, request, notes = _ods_rows(path)
    elif suffix in (".csv", ".txt"):
        rows = _csv_rows(path)
    else:
        raise Q2030Error("sheet.kind", path=str(path))
    if not rows:
        raise Q2030Error("sheet.empty", path=str(path))
    columns = _columns(rows[0], str(path))
    found = []
    for number, cells in enumerate(rows[1:], start=2):
        if all(cell is None or str(cell).strip() == "" for cell in cells):
            continue
        found.append(
            (
                number,
                {
                    name: cells[index] if index < len(cells) else None
                    for name, index in columns.items()
                    if name not in INFO_COLUMNS
                },
            )
        )
    is_request = request is not None or bool(INFO_COLUMNS & set(columns))
    return SheetRead(found, request, is_request, tuple(notes))


def cell_text(value: object) -> str:
    """A cell as text, as a person typed it (numbers without a trailing .0)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()
