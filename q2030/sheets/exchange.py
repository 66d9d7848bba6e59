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
import hashlib
import io
import json
import math
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from q2030.data.dataset import Dataset
from q2030.domain.models import Action, Reading
from q2030.domain.values import written_number
from q2030.errors import Q2030Error, os_reason
from q2030.escaping import neutralised, restored
from q2030.i18n import ENGLISH, Language, Message
from q2030.sheets.cell_notes import CellNote, xlsx_notes
from q2030.sheets.layout import fit_row_heights, print_setup
from q2030.sheets.ods import OdsPercent, read_ods

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
REQUEST_FORMAT = "q2030-request"
SEAL = "seal"  # the identification's field that holds the digest of the others


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
    page_words: str = ""  # the page number, with Excel's codes (see q2030.sheets.layout)


def readings_sheet(
    dataset: Dataset, readings: Iterable[tuple[Action, Reading]], lang: Language
) -> Sheet:
    """The readings given (each with its action), in the columns `q2030 import` reads
    back."""
    body = []
    for action, reading in readings:
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
        heading=lang("sheet.readings_heading", territory=dataset.info.place),
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
        missed = Message.counted("sheet.missing_columns", len(names), path=where, names=names)
        raise Q2030Error(missed)
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


JSON_FIELDS = (*READING_COLUMNS, "state")  # a readings JSON's fields (the site's download)


def _json_rows(path: Path) -> list[list[object]]:
    """The readings a JSON file lists (what `q2030 site` publishes: a list of objects with
    the fields action, date, value or state, numerator, denominator, source, note,
    reference and corrects), as a sheet's rows under English headers."""
    try:
        content = _decode(path.read_bytes(), path)
    except OSError as error:
        raise Q2030Error("sheet.unreadable", path=str(path), reason=os_reason(error)) from None
    try:
        records = json.loads(content)
    except (ValueError, RecursionError) as error:
        raise Q2030Error("sheet.bad_json", path=str(path), detail=str(error)) from None
    if not isinstance(records, list) or not all(isinstance(item, dict) for item in records):
        raise Q2030Error("sheet.json_shape", path=str(path))
    if not records:
        raise Q2030Error("sheet.empty", path=str(path))
    for item in records:
        unknown = sorted(str(key) for key in item if key not in JSON_FIELDS)
        if unknown:
            raise Q2030Error("sheet.unknown_column", path=str(path), header=unknown[0])
    rows: list[list[object]] = [list(READING_COLUMNS)]
    for item in records:
        cells = {**item, "value": item.get("state") or item.get("value")}
        rows.append([_json_cell(cells.get(name)) for name in READING_COLUMNS])
    return rows


def _json_cell(value: object) -> object:
    """A JSON value as a cell: numbers and text as they are, null as empty; anything else
    (a list, an object, true) as its text, which the row's check then refuses."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return json.dumps(value)


def _xlsx_rows(path: Path) -> tuple[list[list[object]], dict[str, str] | None]:
    """The rows of the sheet to read, and a request's identification when the workbook is
    a request (its hidden sheet names the sheet to read, whichever tab was left open).

    The archive's size is bounded before it is opened and the sheet's before its rows
    are read (see SheetBounds); every cell is parsed here, inside one guard, so that a
    malformed file (a cell that is not what its type says, an index past a table,
    truncated XML, a chart where a table should be) is one located line, never a
    traceback raised later."""
    openpyxl = load_openpyxl()
    _check_archive(path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds of error on a bad file
        raise Q2030Error("sheet.bad_xlsx", path=str(path), detail=_detail(error)) from None
    try:
        return _read_book(book, path)
    finally:
        book.close()


def _detail(error: BaseException) -> str:
    """What a library said about a malformed file, on one line and not too long."""
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 120 else text[:119] + "…"


@dataclass(frozen=True)
class SheetBounds:
    """What a returned sheet may declare and hold. A few kilobytes of XLSX can declare a
    million rows by 16,384 columns, or unzip to gigabytes: beyond these bounds the file is
    refused in one line before anything is allocated for it. A sheet of figures owed holds
    a few hundred rows of about twelve columns; the bounds leave room for far more."""

    file_bytes: int = 64 * 1024 * 1024
    members: int = 10_000
    uncompressed_bytes: int = 256 * 1024 * 1024
    ratio: int = 200  # a member's uncompressed size over its compressed one
    ratio_from: int = 1024 * 1024  # ... checked for members larger than this
    rows: int = 200_000
    columns: int = 256


BOUNDS = SheetBounds()


def _check_archive(path: Path, bounds: SheetBounds = BOUNDS) -> None:
    """Refuse an XLSX whose archive is too large, or unzips to too much, before reading."""
    import zipfile

    where = str(path)
    try:
        if path.stat().st_size > bounds.file_bytes:
            raise Q2030Error("sheet.too_large", path=where, limit=_megabytes(bounds.file_bytes))
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (OSError, zipfile.BadZipFile, ValueError) as error:
        raise Q2030Error("sheet.bad_xlsx", path=where, detail=_detail(error)) from None
    if len(members) > bounds.members:
        raise Q2030Error("sheet.too_many_parts", path=where, count=len(members))
    total = sum(member.file_size for member in members)
    if total > bounds.uncompressed_bytes:
        raise Q2030Error("sheet.unzips_to", path=where, limit=_megabytes(bounds.uncompressed_bytes))
    for member in members:
        compressed = max(member.compress_size, 1)
        if member.file_size > bounds.ratio_from and member.file_size / compressed > bounds.ratio:
            raise Q2030Error("sheet.compression", path=where, part=member.filename)


def _megabytes(size: int) -> str:
    return f"{size // (1024 * 1024)} MB"


def _read_book(book: Any, path: Path) -> tuple[list[list[object]], dict[str, str] | None]:
    """The rows and identification of an open workbook (see _xlsx_rows)."""
    request = None
    page = book.active
    tab = getattr(page, "title", "?")
    try:
        if REQUEST_SHEET in book.sheetnames:
            tab = REQUEST_SHEET
            request = _identification(book[REQUEST_SHEET])
            if request.get("sheet") in book.sheetnames:
                page = book[request["sheet"]]
        tab = getattr(page, "title", "?")
        if not hasattr(page, "iter_rows"):  # a chart sheet left open
            raise Q2030Error("sheet.not_a_table", path=str(path), sheet=tab)
        rows = _bounded_rows(page, path, BOUNDS)
    except Q2030Error:
        raise
    except Exception as error:  # a cell, a style or the XML itself is malformed
        raise Q2030Error(
            "sheet.bad_xlsx_at", path=str(path), sheet=tab, detail=_detail(error)
        ) from None
    return rows, request


def request_seal(identification: dict[str, str]) -> str:
    """A digest of a request's identification (every field but the seal itself), written
    beside it when the request is made. An edit of the hidden sheet (another operator,
    other actions) that does not write the digest again is seen on import. It keeps out
    a mistake or a quick edit, not a forger who reads this code: the import then still
    says whose request the sheet answers, and refuses a row that request did not ask."""
    fields = sorted((key, value) for key, value in identification.items() if key != SEAL)
    text = "\n".join(f"{key}={value}" for key, value in fields)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _identification(page: Any) -> dict[str, str]:
    """A request's hidden identification: key and value on each row (a row missing its
    value counts as empty, and the check of the seal says it was edited)."""
    found: dict[str, str] = {}
    for row in page.iter_rows(max_row=100, max_col=2, values_only=True):
        if row and row[0]:
            found[str(row[0])] = cell_text(row[1] if len(row) > 1 else None)
    return found


def _bounded_rows(page: Any, path: Path, bounds: SheetBounds) -> list[list[object]]:
    """Every row of a worksheet, refusing one that declares or holds more rows or columns
    than `bounds` before it is read or as soon as it is seen. The declared dimension is
    then forgotten: a sheet that declares less than it holds is read whole."""
    declared_rows, declared_columns = page.max_row or 0, page.max_column or 0
    if declared_rows > bounds.rows + 1 or declared_columns > bounds.columns:
        raise Q2030Error(
            "sheet.too_big",
            path=str(path),
            sheet=page.title,
            rows=declared_rows,
            columns=declared_columns,
            max_rows=bounds.rows,
            max_columns=bounds.columns,
        )
    page.reset_dimensions()
    rows: list[list[object]] = []
    for number, row in enumerate(page.iter_rows(), start=1):
        if number > bounds.rows + 1 or len(row) > bounds.columns:
            raise Q2030Error(
                "sheet.too_big",
                path=str(path),
                sheet=page.title,
                rows=number,
                columns=len(row),
                max_rows=bounds.rows,
                max_columns=bounds.columns,
            )
        try:
            rows.append([_xlsx_value(cell) for cell in row])
        except Q2030Error:
            raise
        except Exception as error:
            raise Q2030Error(
                "sheet.bad_row",
                path=str(path),
                sheet=page.title,
                row=number,
                detail=_detail(error),
            ) from None
    return rows


def _xlsx_value(cell: Any) -> object:
    """A cell's value; a number shown as a percentage is marked as one (see PercentCell).
    A number that is not finite (NaN, infinity) is not a figure: ValueError."""
    value = getattr(cell, "value", None)
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{getattr(cell, 'coordinate', '?')}: {value}")
    if not isinstance(value, int | float) or isinstance(value, bool):
        return value
    if scales_by_100(getattr(cell, "number_format", "") or "", value):
        return PercentCell(value)
    return value


def _format_sections(number_format: str) -> list[str]:
    """A number format's sections (positive;negative;zero;text), split on the `;` that
    are not quoted, escaped or bracketed."""
    sections: list[str] = []
    current: list[str] = []
    quoted = bracketed = escaped = False
    for character in number_format:
        if escaped:
            escaped = False
        elif character == "\\" and not quoted:
            escaped = True
        elif character == '"' and not bracketed:
            quoted = not quoted
        elif character == "[" and not quoted:
            bracketed = True
        elif character == "]" and not quoted:
            bracketed = False
        elif character == ";" and not quoted and not bracketed:
            sections.append("".join(current))
            current = []
            continue
        current.append(character)
    sections.append("".join(current))
    return sections


def scales_by_100(number_format: str, value: float) -> bool:
    """Whether a spreadsheet shows `value` multiplied by 100 in this number format: only
    an unquoted, unescaped `%` in the section that applies to the value does. A percent
    sign in quotes (`0.00" %"`), escaped (`0.00\\%`), in brackets, or after `_` or `*`
    (spacing and fill) is shown as it is and scales nothing."""
    sections = _format_sections(number_format)
    if value < 0 and len(sections) > 1:
        section = sections[1]
    elif value == 0 and len(sections) > 2:
        section = sections[2]
    else:
        section = sections[0]
    quoted = bracketed = False
    skip = False
    for character in section:
        if skip:
            skip = False
        elif quoted:
            quoted = character != '"'
        elif bracketed:
            bracketed = character != "]"
        elif character == '"':
            quoted = True
        elif character == "[":
            bracketed = True
        elif character in "\\_*":
            skip = True
        elif character == "%":
            return True
    return False


def _ods_rows(path: Path) -> tuple[list[list[object]], dict[str, str] | None, list[CellNote]]:
    """An .ods sheet's rows, request and cell notes, as _xlsx_rows reads an .xlsx one: the
    sheet a request's hidden identification names, else the one it was left on, else the
    first one shown."""
    tables, active = read_ods(path, BOUNDS.rows, BOUNDS.columns)
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
    if path.is_dir():
        raise Q2030Error("sheet.is_folder", path=str(path))
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
    elif suffix == ".json":
        rows = _json_rows(path)
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
