"""How a written sheet reads and prints, in Excel and in LibreOffice alike.

Neither program grows a row for its wrapped text when it opens a file (LibreOffice keeps
a row one line high and hides the rest behind an arrow), so each row is given the height
its wrapped cells need, reckoned from their text and their column's width. Each sheet
prints one page wide (landscape where wide), its heading rows repeated on every page,
its print area set, a header with its title and a footer with the day it describes and
the page number. `tests/test_libreoffice.py` prints the sheets with LibreOffice and reads
the PDF back.
"""

from __future__ import annotations

import math
import textwrap
from typing import Any

# A column's width counts characters of the default font's digit (Calibri 11 pt); running
# text is narrower on average. Reckon one character per unit less one, wrapping at spaces
# only: LibreOffice with a wide fallback font (DejaVu Sans, where Calibri and Carlito are
# missing) fits about 1.1 a unit, Excel's Calibri more, so that a row is never too short,
# at worst a little tall (measured by tests/test_libreoffice.py).
CHARACTERS_PER_UNIT = 1.0
DEFAULT_SIZE = 11.0  # points
LINE_HEIGHT = 1.4  # a line's height, per point of font size (15 pt for 11 pt text)
ROW_PADDING = 3.0  # points above and below the lines
HEADER_LIMIT = 120  # characters of a printed header's text (Excel allows 255 in all)


def wrapped_lines(text: str, width: float, size: float = DEFAULT_SIZE) -> int:
    """How many lines `text` takes in a column `width` units wide, wrapped at spaces
    (a word longer than the line is cut, as the programs do)."""
    per_line = max(1, math.floor(width * CHARACTERS_PER_UNIT * DEFAULT_SIZE / size) - 1)
    if len(text) <= per_line and "\n" not in text:
        return 1  # most cells: no need to wrap anything
    return sum(
        max(1, len(textwrap.wrap(paragraph, per_line, break_on_hyphens=False)))
        for paragraph in text.split("\n")
    )


def fit_row_heights(page: Any) -> None:
    """Each row as high as its tallest wrapped cell needs (a row of one line keeps the
    program's own height)."""
    from openpyxl.utils import get_column_letter

    widths: dict[int, float] = {}
    for row in page.iter_rows():
        tallest = 0.0
        for cell in row:
            if cell.value is None or not (cell.alignment and cell.alignment.wrap_text):
                continue
            column = cell.column
            if column not in widths:
                widths[column] = page.column_dimensions[get_column_letter(column)].width or 8.43
            size = float(cell.font.sz or DEFAULT_SIZE) if cell.font else DEFAULT_SIZE
            lines = wrapped_lines(str(cell.value), widths[column], size)
            if lines > 1 or size > DEFAULT_SIZE:
                tallest = max(tallest, lines * size * LINE_HEIGHT + 2 * ROW_PADDING)
        if tallest:
            page.row_dimensions[row[0].row].height = round(tallest, 1)


def _header_text(text: str) -> str:
    """Text for a printed header or footer: `&` doubled (alone it starts a code such as
    &P), and short enough for Excel."""
    if len(text) > HEADER_LIMIT:
        text = text[: HEADER_LIMIT - 1] + "…"
    return text.replace("&", "&&")


def print_setup(
    page: Any,
    *,
    title: str,
    footer: str,
    page_words: str,
    landscape: bool,
    heading_rows: int = 0,
) -> None:
    """Print `page` on A4 one page wide (as many pages down as it takes), `landscape` or
    portrait, its first `heading_rows` repeated on each page, its print area its cells,
    `title` in the header, `footer` (the day) and `page_words` (which holds Excel's &P
    and &N codes) in the footer."""
    page.page_setup.paperSize = page.PAPERSIZE_A4
    page.page_setup.orientation = "landscape" if landscape else "portrait"
    page.page_setup.fitToWidth = 1
    page.page_setup.fitToHeight = 0  # as many pages down as the rows need
    page.sheet_properties.pageSetUpPr.fitToPage = True
    page.print_options.horizontalCentered = True
    page.page_margins.left = page.page_margins.right = 0.5
    page.page_margins.top = page.page_margins.bottom = 0.75
    page.page_margins.header = page.page_margins.footer = 0.3
    if heading_rows:
        page.print_title_rows = f"1:{heading_rows}"
    page.print_area = page.dimensions
    page.oddHeader.center.text = _header_text(title)
    page.oddFooter.left.text = _header_text(footer)
    page.oddFooter.right.text = page_words
