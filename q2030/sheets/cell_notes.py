"""The notes a person adds to the cells of a returned sheet (Excel's comments, LibreOffice's
notes), so that none is dropped in silence: `import` puts each into its row's note, or
says it was left out. openpyxl's reading mode skips them; they are read here from the
XLSX archive itself, with the standard library (an ODS sheet's come with its cells: see
q2030.sheets.ods).

A returned sheet comes from outside: every part is read within a size bound, and an XML
part that declares a document type (where entity tricks live) is refused.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from xml.etree import ElementTree

from q2030.errors import Q2030Error

PART_LIMIT = 50_000_000  # bytes of one XML part, uncompressed
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
OFFICE_RELATIONSHIP = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
THREADED = "{http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments}"
_REFERENCE = re.compile(r"^([A-Z]{1,3})([0-9]{1,7})$")
# What reading a damaged or unusual archive may raise: each is a sheet that is not readable
READ_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    KeyError,
    ElementTree.ParseError,
    OSError,
    EOFError,
    ValueError,
    NotImplementedError,  # a compression method Python lacks
    RuntimeError,  # an encrypted member
)


@dataclass(frozen=True)
class CellNote:
    """A note on one cell: its row and column as the spreadsheet numbers them (from 1)."""

    row: int
    column: int
    text: str

    @property
    def cell(self) -> str:
        """The cell as the spreadsheet names it: H2."""
        letters, number = "", self.column
        while number:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("A") + rest) + letters
        return f"{letters}{self.row}"


def opened_part(archive: zipfile.ZipFile, name: str, path: Path) -> IO[bytes]:
    """A part of a spreadsheet archive to parse: refused (one located line) when it is
    larger than PART_LIMIT once inflated, or declares a document type."""
    info = archive.getinfo(name)
    if info.file_size > PART_LIMIT:
        raise Q2030Error("sheet.part_too_large", path=str(path), part=name)
    stream = archive.open(info)
    head = stream.peek(4096)[:4096] if hasattr(stream, "peek") else b""
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise Q2030Error("sheet.doctype", path=str(path), part=name)
    return stream


def _tree(archive: zipfile.ZipFile, name: str, path: Path) -> ElementTree.Element:
    with opened_part(archive, name, path) as stream:
        return ElementTree.parse(stream).getroot()


def _relations(archive: zipfile.ZipFile, part: str, path: Path) -> dict[str, tuple[str, str]]:
    """A part's relationships: id -> (type, the target part's name in the archive)."""
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", f"{name}.rels")
    if rels not in archive.namelist():
        return {}
    found = {}
    for relation in _tree(archive, rels, path).iter(f"{RELATIONSHIPS}Relationship"):
        target = relation.get("Target", "")
        if target.startswith("/"):
            target = target.lstrip("/")
        else:
            target = posixpath.normpath(posixpath.join(folder, target))
        found[relation.get("Id", "")] = (relation.get("Type", ""), target)
    return found


def _cell(reference: str) -> tuple[int, int] | None:
    found = _REFERENCE.match(reference.upper())
    if found is None:
        return None
    column = 0
    for letter in found[1]:
        column = column * 26 + ord(letter) - ord("A") + 1
    return int(found[2]), column


def _text(element: ElementTree.Element) -> str:
    return "".join(element.itertext()).strip()


def xlsx_notes(path: Path, sheet: str | None) -> list[CellNote]:
    """The notes on the cells of the sheet named `sheet` (else of the one the workbook was
    left on, as openpyxl's `active`): legacy comments, and Excel's threaded comments (a
    thread in one note, which replaces the legacy copy Excel keeps of it); a malformed
    archive is the same one-line error as a sheet openpyxl cannot read."""
    try:
        with zipfile.ZipFile(path) as archive:
            return _notes_of(archive, path, sheet)
    except READ_ERRORS as error:
        raise Q2030Error("sheet.bad_xlsx", path=str(path), detail=str(error)) from None


def _notes_of(archive: zipfile.ZipFile, path: Path, sheet: str | None) -> list[CellNote]:
    book = "xl/workbook.xml"
    relations = _relations(archive, book, path)
    workbook = _tree(archive, book, path)
    entries = list(workbook.iter(f"{MAIN}sheet"))
    chosen = [entry for entry in entries if entry.get("name") == sheet]
    if not chosen:
        view = next(workbook.iter(f"{MAIN}workbookView"), None)
        active = view.get("activeTab", "0") if view is not None else "0"
        index = int(active) if active.isdigit() else 0
        chosen = entries[index : index + 1]
    if not chosen:
        return []
    part = relations.get(chosen[0].get(OFFICE_RELATIONSHIP, ""), ("", ""))[1]
    if part not in archive.namelist():
        return []
    notes: dict[tuple[int, int], list[str]] = {}
    threaded: dict[tuple[int, int], list[str]] = {}
    for kind, target in _relations(archive, part, path).values():
        if target not in archive.namelist():
            continue
        if kind.endswith("/comments"):
            for comment in _tree(archive, target, path).iter(f"{MAIN}comment"):
                where = _cell(comment.get("ref", ""))
                text = _text(comment)
                if where and text:
                    notes.setdefault(where, []).append(text)
        elif kind.endswith("/threadedComment"):
            for comment in _tree(archive, target, path).iter(f"{THREADED}threadedComment"):
                where = _cell(comment.get("ref", ""))
                text = _text(comment)
                if where and text:
                    threaded.setdefault(where, []).append(text)
    notes.update(threaded)
    return [
        CellNote(row, column, "\n".join(texts)) for (row, column), texts in sorted(notes.items())
    ]
