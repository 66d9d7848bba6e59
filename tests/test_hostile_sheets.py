"""Hostile returned sheets (issue 22): percentages read only where the spreadsheet really
scales (checked against LibreOffice's own display), rows and identifications that are not
the request's, malformed XLSX content, sheets that declare or hold far more than a sheet
of figures, each ending in one line with nothing written."""

from __future__ import annotations

import csv
import io
import re
import resource
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from click.testing import Result

from q2030.sheets import exchange
from q2030.sheets.exchange import SheetBounds, request_seal, scales_by_100
from tests.conftest import DEMO_DATA, MINIMAL_PLAN, REPO, fingerprint, required_tool, run

MakeData = Callable[[dict[str, str]], Path]
AS_OF = "2026-11-26"
HEADER = ["action", "date", "value", "source", "reference"]


def refused(result: Result) -> str:
    """The one line of a refusal: exit 1, no traceback."""
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("q2030: error: ")
    return lines[0]


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    shutil.copytree(DEMO_DATA, root)
    return root


def xlsx(path: Path, rows: list[list[object]], formats: dict[str, str] | None = None) -> Path:
    book = openpyxl.Workbook()
    page = book.active
    for row in rows:
        page.append(row)
    for name, number_format in (formats or {}).items():
        page[name].number_format = number_format
    book.save(path)
    return path


# Percentages: only a format that really scales, in every numeric column.


def test_a_reference_in_a_percent_cell_is_the_percentage_it_shows(
    demo: Path, tmp_path: Path
) -> None:
    sheet = xlsx(
        tmp_path / "in.xlsx",
        [HEADER, ["depistages-organises", "2026-06-30", 0.47, "CPAM", 0.46]],
        {"C2": "0.0%", "E2": "0.0%"},
    )
    result = run("--data", demo, "import", sheet)
    assert result.exit_code == 0, result.output
    text = (demo / "readings/depistages-organises.yaml").read_text()
    assert "value: 47\n" in text and "reference: 46\n" in text


def test_a_percent_cell_in_the_reference_of_a_count_is_refused(
    make_data: MakeData, tmp_path: Path
) -> None:
    plan = MINIMAL_PLAN.replace(
        "        target: {kind: at_least, value: 100}\n",
        "        target: {kind: outpace, reference: general}\n",
    ).replace(
        "        unit: percent\n        target: {kind: outpace",
        "        unit: count\n        target: {kind: outpace",
    )
    root = make_data({"objectives.yaml": plan})
    sheet = xlsx(
        tmp_path / "in.xlsx",
        [HEADER, ["mediators", "2026-06-30", 12, "ARS", 0.46]],
        {"E2": "0%"},
    )
    before = fingerprint(root)
    result = run("--data", root, "import", sheet)
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    assert (
        "in.xlsx: row 2: a figure's cell is formatted as a percentage but mediators is "
        "measured as a count" in result.stderr
    )
    assert fingerprint(root) == before


@pytest.mark.parametrize(
    "number_format", ['0.00" %"', "0.00\\%", '0.00"%"', "0.00_%", "[$%-40C]0.00"]
)
def test_a_literal_percent_sign_does_not_scale(
    minimal_data: Path, tmp_path: Path, number_format: str
) -> None:
    sheet = xlsx(
        tmp_path / "in.xlsx",
        [HEADER[:4], ["snu", "2025-12-31", 0.45, "SDJES"]],
        {"C2": number_format},
    )
    result = run("--data", minimal_data, "import", sheet)
    assert result.exit_code == 0, result.output
    # what the cell shows, "0.45 %", is what is stored: never 45
    assert "value: 0.45\n" in (minimal_data / "readings/snu.yaml").read_text()


FORMATS = [
    "0%",
    "0.0%",
    "0.00%",
    '0.00" %"',
    "0.00\\%",
    '"%"0.00',
    "0.00_%",
    "#,##0.0 %",
    '0.0%;-0.0" %"',
    "General",
    "0.00",
    "[Red]0.0%",
]


def test_the_percent_rule_agrees_with_what_libreoffice_shows(tmp_path: Path) -> None:
    """What LibreOffice displays for each format: a number 100 times the stored value,
    with a % sign, exactly where scales_by_100 says so."""
    soffice = required_tool("soffice")
    values = (0.5, -0.5)  # shown exactly with one decimal or two
    rows = [[number_format, value] for number_format in FORMATS for value in values]
    book = xlsx(tmp_path / "formats.xlsx", rows)
    edited = openpyxl.load_workbook(book)
    for index, (number_format, _) in enumerate(rows, start=1):
        edited.active.cell(row=index, column=2).number_format = number_format
    edited.save(book)
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true",
         "--outdir", str(tmp_path), str(book)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    shown = list(csv.reader(io.StringIO((tmp_path / "formats.csv").read_text("utf-8"))))
    assert len(shown) == len(rows)
    for (number_format, value), (_, text) in zip(rows, shown, strict=True):
        digits = float(re.sub(r"[^0-9.]", "", text))
        scaled = "%" in text and abs(digits - abs(value) * 100) < 0.01
        assert scaled == scales_by_100(number_format, value), (number_format, value, text)
        assert scaled or abs(digits - abs(value)) < 0.01, (number_format, text)


# Another operator's rows; an edited identification.


@pytest.fixture
def caf_request(demo: Path, tmp_path: Path) -> Path:
    sheet = tmp_path / "caf.xlsx"
    made = run("--data", demo, "request", "-o", "CAF", "--out", sheet, "--as-of", AS_OF)
    assert made.exit_code == 0, made.output
    return sheet


def _fill(sheet: Path, extra: list[object] | None = None, operator: str | None = None,
          reseal: bool = False) -> None:  # fmt: skip
    """Fill the request's value cells as the operator would; add a row (the sheet
    unlocked) and edit the hidden identification as a hostile hand would."""
    book = openpyxl.load_workbook(sheet)
    data = book[book.sheetnames[1]]
    headers = [cell.value for cell in data[1]]
    for row in range(2, data.max_row + 1):
        data.cell(row=row, column=headers.index("Value") + 1).value = 2500
    if extra is not None:
        data.protection.sheet = False
        data.append(extra)
    if operator is not None:
        identity = book["q2030"]
        fields = {str(r[0].value): str(r[1].value or "") for r in identity.iter_rows()}
        for row in identity.iter_rows():
            if row[0].value == "operator":
                row[1].value = operator
            if reseal and row[0].value == "seal":
                row[1].value = request_seal({**fields, "operator": operator})
    book.save(sheet)


def _row(action: str) -> list[object]:
    return [action, "t", "i", "u", "30/06/2026", None, None, 40, None, "x", None]


def test_a_row_for_another_operators_action_is_refused(demo: Path, caf_request: Path) -> None:
    _fill(caf_request, extra=_row("dsil-qpv"))
    before = fingerprint(demo)
    line = refused(run("--data", demo, "import", caf_request))
    assert "answers the request made to CAF on 2026-11-26" in line
    assert "row 7 gives dsil-qpv (an action of SG-PREFECTURE)" in line, line
    assert "nothing imported" in line
    assert fingerprint(demo) == before


def test_an_edited_identification_is_refused(demo: Path, caf_request: Path) -> None:
    _fill(caf_request, extra=_row("dsil-qpv"), operator="SG-PREFECTURE")
    before = fingerprint(demo)
    line = refused(run("--data", demo, "import", caf_request))
    assert "hidden identification of this request sheet was edited" in line
    assert "it now names SG-PREFECTURE" in line
    assert fingerprint(demo) == before


def test_a_resealed_identification_still_says_whose_sheet_and_refuses(
    demo: Path, caf_request: Path
) -> None:
    _fill(caf_request, extra=_row("dsil-qpv"), operator="SG-PREFECTURE", reseal=True)
    before = fingerprint(demo)
    line = refused(run("--data", demo, "import", caf_request))
    assert "answers the request made to SG-PREFECTURE" in line
    assert "(an action of CAF) that it did not ask for" in line
    assert fingerprint(demo) == before


def test_a_request_csv_holds_one_operators_actions(demo: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "caf.csv"
    made = run("--data", demo, "request", "-o", "CAF", "-f", "csv", "--out", sheet)
    assert made.exit_code == 0, made.output
    lines = sheet.read_text("utf-8-sig").splitlines()
    lines.append("dsil-qpv,t,i,u,2026-06-30,,,40,,x,")  # English: "," between cells
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    line = refused(run("--data", demo, "import", sheet))
    assert (
        "holds the actions of one operator" in line
        and "dsil-qpv, an action of SG-PREFECTURE" in line
    )


def test_the_unedited_answer_imports(demo: Path, caf_request: Path) -> None:
    _fill(caf_request)
    result = run("--data", demo, "import", caf_request, "--skip-invalid")
    assert "The answer of CAF" in result.stderr, result.output


# Malformed XLSX content: one located line, nothing written.


def rewritten(source: Path, target: Path, member: str, change: Callable[[bytes], bytes]) -> Path:
    """A copy of the XLSX `source` with one member's bytes changed."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            content = old.read(item.filename)
            new.writestr(item, change(content) if item.filename == member else content)
    return target


SHEET_XML = "xl/worksheets/sheet1.xml"


@pytest.fixture
def plain_sheet(tmp_path: Path) -> Path:
    return xlsx(tmp_path / "plain.xlsx", [HEADER[:4], ["snu", "2025-12-31", 14, "SDJES"]])


def _cell(xml: bytes, reference: str, replacement: str) -> bytes:
    """`xml` with the cell `reference` replaced by `replacement`."""
    pattern = re.compile(rf'<c r="{reference}"[^>]*?(/>|>.*?</c>)'.encode())
    assert pattern.search(xml), xml
    return pattern.sub(replacement.encode(), xml, count=1)


MALFORMED = {
    "abc-in-a-number": lambda x: _cell(x, "C2", '<c r="C2" t="n"><v>abc</v></c>'),
    "nan-in-a-number": lambda x: _cell(x, "C2", '<c r="C2"><v>nan</v></c>'),
    "shared-string-past-the-table": lambda x: _cell(x, "A2", '<c r="A2" t="s"><v>999</v></c>'),
    "style-999": lambda x: _cell(x, "C2", '<c r="C2" s="999"><v>14</v></c>'),
    "date-T25:99": lambda x: _cell(x, "B2", '<c r="B2" t="d"><v>T25:99</v></c>'),
    "truncated-xml": lambda x: x[: len(x) // 2],
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_malformed_xlsx_content_is_one_located_line(
    minimal_data: Path, plain_sheet: Path, tmp_path: Path, case: str
) -> None:
    sheet = rewritten(plain_sheet, tmp_path / "bad.xlsx", SHEET_XML, MALFORMED[case])
    before = fingerprint(minimal_data)
    line = refused(run("--data", minimal_data, "import", sheet))
    assert "bad.xlsx" in line and "not a readable XLSX" in line and "nothing imported" in line
    assert fingerprint(minimal_data) == before


def test_an_active_chart_sheet_is_one_line(minimal_data: Path, tmp_path: Path) -> None:
    from openpyxl.chart import BarChart, Reference

    book = openpyxl.Workbook()
    book.active.append(HEADER[:4])
    book.active.append(["snu", "2025-12-31", 14, "SDJES"])
    chart = BarChart()
    chart.add_data(Reference(book.active, min_col=3, min_row=1, max_row=2))
    chart_sheet = book.create_chartsheet("Chart")
    chart_sheet.add_chart(chart)
    book.active = book.sheetnames.index(chart_sheet.title)
    book.save(tmp_path / "chart.xlsx")
    line = refused(run("--data", minimal_data, "import", tmp_path / "chart.xlsx"))
    assert "'Chart', is a chart, not a table" in line


def test_a_hidden_identification_with_a_column_deleted_is_one_line(
    demo: Path, caf_request: Path
) -> None:
    _fill(caf_request)
    book = openpyxl.load_workbook(caf_request)
    book["q2030"].delete_cols(2)
    book.save(caf_request)
    before = fingerprint(demo)
    line = refused(run("--data", demo, "import", caf_request))
    assert "hidden identification of this request sheet was edited" in line
    assert fingerprint(demo) == before


# Bounds on what a sheet may declare and hold, before allocating.


def _huge_declaration(source: Path, target: Path, dimension: str) -> Path:
    def change(xml: bytes) -> bytes:
        xml = re.sub(rb'<dimension ref="[^"]*"/>', f'<dimension ref="{dimension}"/>'.encode(), xml)
        last = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
        return xml.replace(b"</sheetData>", last + b"</sheetData>")

    return rewritten(source, target, SHEET_XML, change)


def _limited_memory() -> None:
    limit = 1024**3  # 1 GiB: the import used 3.8 GB before
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


@pytest.mark.parametrize("dimension", ["A1:XFD1048576", "A1:D2"], ids=["declared", "hidden"])
def test_a_sheet_declaring_or_holding_a_million_rows_is_refused_before_allocating(
    minimal_data: Path, plain_sheet: Path, tmp_path: Path, dimension: str
) -> None:
    sheet = _huge_declaration(plain_sheet, tmp_path / "huge.xlsx", dimension)
    assert sheet.stat().st_size < 10_000
    result = subprocess.run(
        [sys.executable, "-m", "q2030", "--data", str(minimal_data), "import", str(sheet)],
        capture_output=True, text=True, cwd=REPO, timeout=120, preexec_fn=_limited_memory,
        check=False,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr[-2000:]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert "at most 200000 rows and 256 columns are read" in lines[0]


def test_a_zip_bomb_member_is_refused(
    minimal_data: Path, plain_sheet: Path, tmp_path: Path
) -> None:
    padding = b"<!--" + b" " * 5_000_000 + b"-->"
    sheet = rewritten(
        plain_sheet,
        tmp_path / "bomb.xlsx",
        SHEET_XML,
        lambda x: x.replace(b"<sheetData>", padding + b"<sheetData>"),
    )
    line = refused(run("--data", minimal_data, "import", sheet))
    assert "compressed far more than a sheet is" in line


def test_the_bounds_on_rows_columns_and_size(
    minimal_data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        exchange, "BOUNDS", SheetBounds(rows=3, columns=5, uncompressed_bytes=10**6)
    )
    rows = [HEADER[:4]] + [["snu", f"2025-0{m}-01", 14, "s"] for m in range(1, 6)]
    line = refused(run("--data", minimal_data, "import", xlsx(tmp_path / "rows.xlsx", rows)))
    assert "declares or holds 6 rows by 4 columns" in line, line
    wide = [[*HEADER[:4], "a", "b"]]
    line = refused(run("--data", minimal_data, "import", xlsx(tmp_path / "wide.xlsx", wide)))
    assert "by 6 columns" in line
