"""OpenDocument spreadsheets (`.ods`, LibreOffice's own format), read with the standard
library: a ZIP archive whose `content.xml` holds every table, row and cell.

Why no package: odfpy (the reader behind pandas' .ods support) builds the whole document
as objects and was last released in 2020; pyexcel-ods3 brings lxml and pyexcel's layers;
python-calamine reads values fast but says neither which cell is a percentage nor what
notes the cells carry. The format states both: a cell's `office:value-type` is
`percentage` when it shows one (0.452 shown 45,2 %), and its note is an
`office:annotation` inside it. Reading it takes a page of code, streamed (iterparse), so
that memory follows the rows that hold something, not the million a sheet may declare.

Rows and cells repeated (`number-rows-repeated`, `number-columns-repeated`, which
LibreOffice writes for runs of empty ones, up to the sheet's end) keep their numbering and
are never spread out when empty; a sheet holding more rows or columns of content than the
caller's bounds (exchange.SheetBounds, as for an .xlsx) is refused in one line.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from xml.etree import ElementTree

from q2030.errors import Q2030Error
from q2030.sheets.cell_notes import READ_ERRORS, CellNote, opened_part

TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
CONFIG = "{urn:oasis:names:tc:opendocument:xmlns:config:1.0}"


class OdsPercent(float):
    """A number the sheet shows as a percentage (stored 0.452, shown 45,2 %)."""


@dataclass
class Table:
    """One table: its rows of cell values (None for an empty cell), its cells' notes, and
    whether it is shown."""

    name: str
    rows: list[list[object]]
    notes: list[CellNote]
    shown: bool = True


def _repeat(element: ElementTree.Element, attribute: str) -> int:
    try:
        return max(1, int(element.get(f"{TABLE}{attribute}", "1")))
    except ValueError:
        return 1


def _paragraph(element: ElementTree.Element) -> str:
    """A text:p's text, with its spaces (text:s), tabs and line breaks as written."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == f"{TEXT}s":
            parts.append(" " * _count(child))
        elif child.tag == f"{TEXT}tab":
            parts.append("\t")
        elif child.tag == f"{TEXT}line-break":
            parts.append("\n")
        elif child.tag != f"{OFFICE}annotation":
            parts.append(_paragraph(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _count(element: ElementTree.Element) -> int:
    try:
        return max(1, int(element.get(f"{TEXT}c", "1")))
    except ValueError:
        return 1


def _value(cell: ElementTree.Element) -> object:
    """A cell's value as the sheet types it: a number, a percentage, a date, text."""
    kind = cell.get(f"{OFFICE}value-type")
    try:
        if kind in ("float", "currency"):
            return float(cell.get(f"{OFFICE}value", ""))
        if kind == "percentage":
            return OdsPercent(cell.get(f"{OFFICE}value", ""))
        if kind == "date":
            written = cell.get(f"{OFFICE}date-value", "")
            return (
                datetime.fromisoformat(written) if "T" in written else date.fromisoformat(written)
            )
        if kind == "boolean":
            return cell.get(f"{OFFICE}boolean-value") == "true"
    except ValueError:
        pass  # a malformed typed value: what the cell shows is what it holds
    paragraphs = [_paragraph(p) for p in cell.findall(f"{TEXT}p")]
    return "\n".join(paragraphs) if paragraphs else None


def _note(cell: ElementTree.Element) -> str:
    """A cell's note (its annotation's paragraphs; its author and date aside)."""
    return "\n".join(
        _paragraph(p)
        for annotation in cell.findall(f"{OFFICE}annotation")
        for p in annotation.findall(f"{TEXT}p")
    ).strip()


def _hidden_styles(root_styles: ElementTree.Element | None) -> set[str]:
    if root_styles is None:
        return set()
    return {
        style.get(f"{STYLE}name", "")
        for style in root_styles.iter(f"{STYLE}style")
        if any(p.get(f"{TABLE}display") == "false" for p in style.iter(f"{STYLE}table-properties"))
    }


class _Reader:
    """Builds the tables as content.xml streams by (see read_ods)."""

    def __init__(self, path: Path, max_rows: int, max_columns: int) -> None:
        self.path = path
        self.max_rows, self.max_columns = max_rows, max_columns
        self.tables: list[Table] = []
        self.hidden: set[str] = set()

    def table(self, element: ElementTree.Element) -> None:
        name = element.get(f"{TABLE}name", "")
        shown = element.get(f"{TABLE}style-name", "") not in self.hidden
        self.tables.append(Table(name, [], [], shown))
        self.row_number = 0
        self.pending_rows = 0  # empty rows not yet spread out (maybe never)

    def row(self, element: ElementTree.Element) -> None:
        table = self.tables[-1]
        cells: list[object] = []
        notes: list[tuple[int, str]] = []
        pending = 0
        for cell in element:
            if cell.tag not in (f"{TABLE}table-cell", f"{TABLE}covered-table-cell"):
                continue
            repeated = _repeat(cell, "number-columns-repeated")
            value = _value(cell) if cell.tag == f"{TABLE}table-cell" else None
            note = _note(cell)
            if value is None and not note:
                pending += repeated
                continue
            if len(cells) + pending + repeated > self.max_columns:
                self._too_big(self.row_number + 1, len(cells) + pending + repeated)
            cells.extend([None] * pending)
            pending = 0
            if note:
                notes.append((len(cells) + 1, note))
            cells.extend([value] * repeated)
        repeated = _repeat(element, "number-rows-repeated")
        if not cells and not notes:
            self.pending_rows += repeated
            self.row_number += repeated
            return
        if len(table.rows) + self.pending_rows + repeated > self.max_rows:
            self._too_big(len(table.rows) + self.pending_rows + repeated, len(cells))
        table.rows.extend([] for _ in range(self.pending_rows))
        self.pending_rows = 0
        for copy in range(repeated):
            self.row_number += 1
            table.rows.append(list(cells))
            if copy == 0:
                table.notes += [CellNote(self.row_number, column, t) for column, t in notes]

    def _too_big(self, rows: int, columns: int) -> None:
        raise Q2030Error(
            "sheet.too_big",
            path=str(self.path),
            sheet=self.tables[-1].name,
            rows=rows,
            columns=columns,
            max_rows=self.max_rows,
            max_columns=self.max_columns,
        )


def _active(archive: zipfile.ZipFile, path: Path) -> str | None:
    """The table the sheet was left on (its view settings), if it says."""
    if "settings.xml" not in archive.namelist():
        return None
    with opened_part(archive, "settings.xml", path) as stream:
        for item in ElementTree.parse(stream).getroot().iter(f"{CONFIG}config-item"):
            if item.get(f"{CONFIG}name") == "ActiveTable":
                return item.text
    return None


def read_ods(path: Path, max_rows: int, max_columns: int) -> tuple[list[Table], str | None]:
    """Every table of an .ods file, and the one it was left on (None if it does not say);
    a file that is not a readable spreadsheet, or holds more than `max_rows` rows or
    `max_columns` columns of content, is one located line (Q2030Error)."""
    try:
        with zipfile.ZipFile(path) as archive:
            reader = _Reader(path, max_rows, max_columns)
            with opened_part(archive, "content.xml", path) as stream:
                for event, element in ElementTree.iterparse(stream, events=("start", "end")):
                    if event == "start":
                        if element.tag == f"{TABLE}table":
                            reader.table(element)
                        continue
                    if element.tag == f"{OFFICE}automatic-styles":
                        reader.hidden = _hidden_styles(element)
                    elif element.tag == f"{TABLE}table-row":
                        reader.row(element)
                        element.clear()
            return reader.tables, _active(archive, path)
    except READ_ERRORS as error:
        raise Q2030Error("sheet.bad_ods", path=str(path), detail=str(error)) from None
