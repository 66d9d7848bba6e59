"""Spreadsheets: exports as French software reads them, imports all or nothing."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from q2030.checks import checked
from tests.conftest import DEMO_DATA, MINIMAL_PLAN, fingerprint, plain, run

AS_OF = "2026-06-30"
BOM = "\ufeff".encode()


def export(*args: str | Path) -> bytes:
    result = run("--data", DEMO_DATA, "export", "--as-of", AS_OF, *args)
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def rows_of(content: bytes, delimiter: str = ";") -> list[list[str]]:
    assert content.startswith(BOM)
    text = content[len(BOM) :].decode("utf-8")
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def by_heading(rows: list[list[str]]) -> dict[str, dict[str, str]]:
    """Each action's row, by its id, as {heading: cell}."""
    return {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}


def test_status_csv_in_english_and_in_french() -> None:
    """French: ';' between cells and decimal commas; English: ',' and decimal points (a
    spreadsheet in each locale reads its own); both UTF-8 with a byte-order mark."""
    english = rows_of(export(), ",")
    assert english[0][:4] == ["Action", "Title", "Operator", "Due"]
    assert len(english) == 64
    snu = by_heading(english)["snu-jeunes-qpv"]
    assert (snu["Due"], snu["Baseline"], snu["Status"]) == (
        "2027-12-31",
        "10",
        "needs acceleration",
    )
    pass_sport = by_heading(english)["pass-sport-qpv"]
    assert (pass_sport["Baseline"], pass_sport["Latest"]) == ("18.8", "19.5")  # decimal points
    french = rows_of(export("--lang", "fr", "--operator", "SDJES"))
    assert french[0][:4] == ["Action", "Intitulé", "Opérateur", "Échéance"]
    assert "Avancement (%)" in french[0]
    pass_sport = by_heading(french)["pass-sport-qpv"]
    assert (pass_sport["Échéance"], pass_sport["Référence"], pass_sport["Dernière valeur"]) == (
        "31/12/2024",
        "18,8",
        "19,5",
    )
    assert pass_sport["Date de la dernière valeur"] == "31/12/2024"
    assert pass_sport["Statut"] == "manqué"
    assert len(french) == 4


def test_the_status_sheet_says_what_its_numbers_are() -> None:
    """The target's kind beside its number, a milestone's state as its latest value, the
    gap in the report's words (never a bare -2.5), and what the stale column means."""
    rows = by_heading(rows_of(export("--lang", "fr")))
    assert rows["snu-jeunes-qpv"]["Type de cible"] == "≥"
    assert plain(rows["snu-jeunes-qpv"]["Écart"]) == "6 pts"
    assert rows["camion-nina-simone"]["Type de cible"] == "≥ chaque année dès 2024"
    assert rows["pco-7-12-ans"]["Type de cible"] == "jalon"
    assert rows["pco-7-12-ans"]["Dernière valeur"] == "en cours"
    assert rows["depistages-organises"]["Type de cible"] == "plus vite que sa référence"
    assert plain(rows["depistages-organises"]["Écart"]) == "dépassé de 2,5 pts"
    assert rows["camion-nina-simone"]["Dernière mesure de plus de 15 mois"] == "oui"
    assert "Ancienne" not in rows["snu-jeunes-qpv"]
    english = by_heading(rows_of(export(), ","))
    assert english["depistages-organises"]["Gap"] == "2.5 pts ahead"
    assert english["pco-7-12-ans"]["Latest"] == "in progress"


def summary(readings: dict[str, list]) -> dict[str, list[tuple]]:
    """What a reading says (a share is kept as numerator/denominator, and its percentage)."""
    return {
        action: [
            (
                r.date,
                round(r.number("percent") or 0, 2),
                r.state,
                r.numerator,
                r.denominator,
                r.reference,
                r.source,
                r.note,
                r.corrects,
            )
            for r in found
        ]
        for action, found in readings.items()
    }


def test_readings_round_trip_through_csv_and_xlsx(tmp_path: Path) -> None:
    expected = checked.load(DEMO_DATA).readings
    for suffix, args in ((".csv", ("--lang", "fr")), (".xlsx", ("--format", "xlsx"))):
        sheet = tmp_path / f"readings{suffix}"
        result = run("--data", DEMO_DATA, "export", "--what", "readings", "--out", sheet, *args)
        assert result.exit_code == 0, result.output
        empty = tmp_path / f"empty{suffix}"
        empty.mkdir()
        shutil.copy(DEMO_DATA / "objectives.yaml", empty / "objectives.yaml")
        imported = run("--data", empty, "import", sheet)
        assert imported.exit_code == 0, imported.output
        assert imported.stdout.startswith("Recorded 29 readings for 16 actions")
        assert summary(checked.load(empty).readings) == summary(expected)


@pytest.mark.parametrize("form", ["csv-fr", "csv-en", "xlsx"])
def test_an_export_imported_back_is_nothing_new_and_changes_no_byte(
    tmp_path: Path, form: str
) -> None:
    """Every reading form of the demo (a share as numerator/denominator only, a corrected
    reading and its correction, a milestone state, a reference series) comes back as
    itself."""
    data = tmp_path / "data"
    shutil.copytree(DEMO_DATA, data)
    sheet = tmp_path / ("readings.xlsx" if form == "xlsx" else "readings.csv")
    options = {"csv-fr": ("--lang", "fr"), "csv-en": ("--lang", "en"), "xlsx": ("-f", "xlsx")}
    exported = run("--data", data, "export", "--what", "readings", "--out", sheet, *options[form])
    assert exported.exit_code == 0, exported.output
    before = fingerprint(data)
    imported = run("--data", data, "import", sheet)
    assert imported.exit_code == 0, imported.output
    assert (
        imported.stdout.startswith("Nothing new in ")
        and "its 29 readings are already" in imported.stdout
    )
    assert fingerprint(data) == before


def test_xlsx_keeps_numbers_and_dates_typed(tmp_path: Path) -> None:
    target = tmp_path / "status.xlsx"
    assert (
        run(
            "--data",
            DEMO_DATA,
            "export",
            "-f",
            "xlsx",
            "--out",
            target,
            "--as-of",
            AS_OF,
            "--lang",
            "fr",
        ).exit_code
        == 0
    )
    page = openpyxl.load_workbook(target).active
    header = [cell.value for cell in page[1]]
    assert header[:3] == ["Action", "Intitulé", "Opérateur"]
    snu = next(
        row for row in page.iter_rows(min_row=2, values_only=True) if row[0] == "snu-jeunes-qpv"
    )
    cells = dict(zip(header, snu, strict=True))
    assert cells["Échéance"].date().isoformat() == "2027-12-31"
    assert (cells["Référence"], cells["Cible"], cells["Dernière valeur"]) == (10, 20, 14)


def test_xlsx_without_its_extra_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    result = run("--data", DEMO_DATA, "export", "-f", "xlsx", "--out", tmp_path / "x.xlsx")
    assert result.exit_code == 1
    assert (
        result.stderr
        == "q2030: error: XLSX needs the openpyxl package: pip install 'q2030[xlsx]'\n"
    )
    assert not (tmp_path / "x.xlsx").exists()
    assert run("--data", DEMO_DATA, "export", "-f", "xlsx").exit_code == 2  # no --out: usage


@pytest.fixture
def data(make_data) -> Path:
    return make_data(
        {
            "objectives.yaml": MINIMAL_PLAN,
            "readings/snu.yaml": "- date: 2024-12-31\n  value: 12\n  source: s\n",
        }
    )


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_import_is_all_or_nothing(data: Path, tmp_path: Path) -> None:
    sheet = write_csv(
        tmp_path / "in.csv",
        "Action;Date;Valeur;Source;Commentaire\n"
        "snu;30/06/2025;14,5;SDJES;first half\n"
        "mediators;2025;42/48;ARS;\n"
        "snu;2024;13;SDJES;\n"
        "nope;2025;1;x;\n"
        "mediators;2025-06-30;140;ARS;\n"
        ";;;;\n"
        "snu;30/06/2025;15;other;\n",
    )
    before = fingerprint(data)
    result = run("--data", data, "import", sheet)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{sheet}: row 4: snu already has a reading for 2024-12-31 that says otherwise: add a "
        "'corrects' cell to record this one as its correction (the old one stays)",
        f"{sheet}: row 5: unknown action 'nope'.",
        f"{sheet}: row 6: mediators: 140 is not a percentage between 0 and 100",
        f"{sheet}: row 8: row 2 gives snu another figure for 2025-06-30",
        "q2030: error: 4 of 6 rows refused: nothing written (--skip-invalid writes the valid rows)",
    ]
    assert fingerprint(data) == before
    skipped = run("--data", data, "import", sheet, "--skip-invalid")
    assert skipped.exit_code == 0
    assert skipped.stdout == f"Recorded 2 readings for 2 actions from {sheet}; 4 rows refused.\n"
    dataset = checked.load(data)
    assert [(r.date.isoformat(), r.value, r.note) for r in dataset.readings_of("snu")] == [
        ("2024-12-31", 12, None),
        ("2025-06-30", 14.5, "first half"),
    ]
    mediators = dataset.readings_of("mediators")[0]
    assert (mediators.value, mediators.numerator, mediators.denominator) == (87.5, 42, 48)


def test_a_share_is_exported_as_its_figure_with_its_fraction_apart(
    data: Path, tmp_path: Path
) -> None:
    """'11/12' in a cell is the date 11 December to a French spreadsheet: the value column
    holds the figure, the numerator and the denominator their own columns."""
    shared = run("--data", data, "record", "mediators", "11/12", "--date", "2025", "--source", "s")
    assert shared.exit_code == 0, shared.output
    exported = tmp_path / "out.csv"
    args = ("export", "--what", "readings", "--out", exported)
    assert run("--data", data, *args, "--lang", "fr").exit_code == 0
    rows = rows_of(exported.read_bytes())
    assert rows[0][:5] == ["Action", "Date", "Valeur", "Numérateur", "Dénominateur"]
    assert rows[-1][:5] == ["mediators", "31/12/2025", "91,67", "11", "12"]
    assert "11/12" not in exported.read_text(encoding="utf-8-sig")
    imported = run("--data", data, "import", exported)
    assert "its 2 readings are already recorded" in imported.stdout
    for value, numerator, denominator, refused in (
        ("50", "11", "12", "the value 50 is not the share 11/12"),
        ("91,67", "11", "", "a share needs both its numerator and its denominator"),
    ):
        sheet = write_csv(
            tmp_path / "bad.csv",
            "action;date;valeur;numérateur;dénominateur;source\n"
            f"mediators;2026-06-30;{value};{numerator};{denominator};s\n",
        )
        result = run("--data", data, "import", sheet)
        assert result.exit_code == 1 and refused in result.stderr, result.output
    fraction_only = write_csv(
        tmp_path / "share.csv",
        "action;date;valeur;numérateur;dénominateur;source\nmediators;2026-06-30;;45;48;s\n",
    )
    assert run("--data", data, "import", fraction_only).exit_code == 0
    latest = checked.load(data).readings_of("mediators")[-1]
    assert (latest.value, latest.numerator, latest.denominator) == (93.75, 45, 48)


def test_import_reads_what_spreadsheets_write(data: Path, tmp_path: Path) -> None:
    windows = write_csv(
        tmp_path / "excel.csv",
        "action,date,value,source,note\r\nsnu,31/12/2025,14,Rapport élèves,été\r\n",
        encoding="cp1252",
    )
    assert run("--data", data, "import", windows).exit_code == 0
    assert checked.load(data).readings_of("snu")[-1].source == "Rapport élèves"
    again = run("--data", data, "import", windows)
    assert again.stdout == f"Nothing new in {windows}: its reading is already recorded.\n"
    correction = write_csv(
        tmp_path / "fix.csv", "action;date;value;source;corrige\nsnu;31/12/2025;15;erratum;oui\n"
    )
    assert run("--data", data, "import", correction).exit_code == 0
    assert checked.load(data).readings_of("snu")[-1].corrects.isoformat() == "2025-12-31"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("action;when;value;source\n", "unknown column 'when'"),
        ("action;date;value\n", "a column is missing: Source"),
        ("", "the sheet is empty"),
    ],
)
def test_import_refuses_sheets_it_cannot_read(
    data: Path, tmp_path: Path, content: str, message: str
) -> None:
    result = run("--data", data, "import", write_csv(tmp_path / "in.csv", content))
    assert result.exit_code == 1 and message in result.stderr
    assert result.stderr.count("\n") == 1
    missing = run("--data", data, "import", tmp_path / "none.csv")
    assert missing.exit_code == 1 and "no such file" in missing.stderr
    other = run("--data", data, "import", write_csv(tmp_path / "in.numbers", "x"))
    assert other.exit_code == 1 and "a .csv, .xlsx, .ods or .json file is expected" in other.stderr
    assert "save the sheet in Excel's format (.xlsx)" in other.stderr
    broken = run("--data", data, "import", write_csv(tmp_path / "in.ods", "x"))
    assert broken.exit_code == 1 and "not a readable OpenDocument sheet" in broken.stderr
    assert broken.stderr.count("\n") == 1


def test_import_from_xlsx_with_typed_cells(data: Path, tmp_path: Path) -> None:
    from datetime import datetime

    book = openpyxl.Workbook()
    page = book.active
    page.append(["Action", "Date", "Valeur", "Source", "Note"])
    page.append(["mediators", datetime(2025, 6, 30), 62.5, "ARS", None])
    page.append(["snu", "2025-H2", "15,5 %", "SDJES", "second half"])
    target = tmp_path / "in.xlsx"
    book.save(target)
    result = run("--data", data, "import", target, "--dry-run")
    assert result.stdout.startswith("Would record 2 readings for 2 actions")
    assert run("--data", data, "import", target).exit_code == 0
    dataset = checked.load(data)
    assert dataset.readings_of("mediators")[0].value == 62.5
    assert dataset.readings_of("snu")[-1].date.isoformat() == "2025-12-31"
    shown = json.loads(run("--data", data, "status", "-f", "json", "--as-of", "2026-01-01").stdout)
    assert {row["id"]: row["latest"] for row in shown}["snu"] == 15.5


# OpenDocument sheets, read with the standard library (q2030.sheets.ods): what LibreOffice writes,
# and what a hostile file may hold.

ODS_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0">'
    "<office:body><office:spreadsheet>"
)
ODS_TAIL = "</office:spreadsheet></office:body></office:document-content>"


def _cell(value: str, kind: str = "string") -> str:
    if kind == "string":
        paragraph = f"<text:p>{value}</text:p>"
        return f'<table:table-cell office:value-type="string">{paragraph}</table:table-cell>'
    attribute = "date-value" if kind == "date" else "value"
    return f'<table:table-cell office:value-type="{kind}" office:{attribute}="{value}"/>'


def _row(*cells: str, repeated: int = 1) -> str:
    opening = f'<table:table-row table:number-rows-repeated="{repeated}">'
    return f"{opening}{''.join(cells)}</table:table-row>"


def write_ods(path: Path, rows: str, head: str = ODS_HEAD) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr(
            "content.xml", f'{head}<table:table table:name="S">{rows}</table:table>{ODS_TAIL}'
        )
    return path


HEADINGS_ROW = _row(*(_cell(name) for name in ("action", "date", "valeur", "source", "note")))
EMPTY_TAIL = (
    '<table:table-row table:number-rows-repeated="1048570">'
    '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
)


def test_an_ods_sheet_reads_its_types_and_keeps_its_row_numbers(data: Path, tmp_path: Path) -> None:
    """A percentage cell is the percentage shown, a date a date; the million empty rows and
    16,384 empty columns LibreOffice declares are never spread out, and a row's number is
    the one the spreadsheet shows (after three empty rows)."""
    rows = (
        HEADINGS_ROW
        + _row(
            _cell("mediators"),
            _cell("2025-12-31", "date"),
            _cell("0.875", "percentage"),
            _cell("ARS"),
            '<table:table-cell table:number-columns-repeated="3"/>',
        )
        + '<table:table-row table:number-rows-repeated="3"><table:table-cell/></table:table-row>'
        + _row(_cell("snu"), _cell("2025-12-31", "date"), _cell("1000", "float"), _cell("SDJES"))
        + EMPTY_TAIL
    )
    sheet = write_ods(tmp_path / "in.ods", rows)
    result = run("--data", data, "import", sheet)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{sheet}: row 6: snu: 1000 is not a percentage"), result.stderr
    skipped = run("--data", data, "import", sheet, "--skip-invalid")
    assert skipped.exit_code == 0, skipped.output
    assert checked.load(data).readings_of("mediators")[-1].value == 87.5


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (
            _row(
                _cell("snu"),
                _cell("2025", "float"),
                _cell("14", "float"),
                _cell("s"),
                repeated=1_000_000,
            ),
            "declares or holds 1000001 rows by 4 columns; at most 200000 rows",
        ),
        (
            _row(
                '<table:table-cell office:value-type="float" office:value="1" '
                'table:number-columns-repeated="5000"/>'
            ),
            "declares or holds 2 rows by 5000 columns; at most 200000 rows and 256 columns",
        ),
    ],
    ids=["a row repeated a million times", "a cell repeated 5000 times"],
)
def test_an_ods_sheet_that_declares_too_much_is_refused_in_one_line(
    data: Path, tmp_path: Path, content: str, said: str
) -> None:
    sheet = write_ods(tmp_path / "in.ods", HEADINGS_ROW + content)
    before = fingerprint(data)
    result = run("--data", data, "import", sheet)
    assert result.exit_code == 1 and said in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1 and fingerprint(data) == before


def test_an_ods_sheet_with_entities_or_too_large_is_refused_before_it_is_parsed(
    data: Path, tmp_path: Path
) -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )
    entities = write_ods(
        tmp_path / "laughs.ods", HEADINGS_ROW, head=laughs + ODS_HEAD[ODS_HEAD.index("<office") :]
    )
    result = run("--data", data, "import", entities)
    assert result.exit_code == 1 and "declares a document type" in result.stderr
    bomb = tmp_path / "bomb.ods"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("content.xml", ODS_HEAD + " " * 60_000_000 + ODS_TAIL)
    assert bomb.stat().st_size < 1_000_000
    result = run("--data", data, "import", bomb)
    assert result.exit_code == 1 and "too large to be a sheet of figures" in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_damaged_ods_sheet_is_one_line_and_nothing_written(data: Path, tmp_path: Path) -> None:
    whole = write_ods(
        tmp_path / "whole.ods",
        HEADINGS_ROW + _row(_cell("snu"), _cell("2025", "float"), _cell("14", "float"), _cell("s")),
    )
    content = whole.read_bytes()
    middle = len(content) // 2
    damaged = {
        "truncated": content[:middle],
        "flipped": content[:middle]
        + bytes(b ^ 0xFF for b in content[middle : middle + 40])
        + content[middle + 40 :],
        "not xml": b"",
    }
    before = fingerprint(data)
    for name, broken in damaged.items():
        sheet = tmp_path / f"{name}.ods"
        if name == "not xml":
            write_ods(sheet, "<table:table-row>")  # never closed
        else:
            sheet.write_bytes(broken)
        result = run("--data", data, "import", sheet)
        assert result.exit_code == 1, (name, result.output)
        assert "not a readable OpenDocument sheet" in result.stderr, (name, result.stderr)
        assert result.stderr.count("\n") == 1, (name, result.stderr)
    assert fingerprint(data) == before


def test_import_reads_the_readings_json_the_site_publishes(data: Path, tmp_path: Path) -> None:
    records = [
        {"action": "snu", "date": "2025-12-31", "value": 14.5, "state": None,
         "numerator": None, "denominator": None, "reference": None,
         "source": "Rapport", "note": "fin d'année", "corrects": None},
    ]  # fmt: skip
    sheet = tmp_path / "readings.json"
    sheet.write_text(json.dumps(records), encoding="utf-8")
    assert run("--data", data, "import", sheet).exit_code == 0
    written = checked.load(data).readings_of("snu")[-1]
    assert (written.value, written.source, written.note) == (14.5, "Rapport", "fin d'année")
    again = run("--data", data, "import", sheet, "--dry-run")
    assert again.stdout == f"Nothing new in {sheet}: its reading is already recorded.\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[1, 2", "not a readable JSON file"),
        ('{"action": "snu"}', "a JSON file of readings is a list of objects"),
        ('[{"action": "snu", "when": "2025-12-31"}]', "unknown column 'when'"),
        ("[]", "the sheet is empty"),
    ],
)
def test_a_json_it_cannot_read_is_one_line(
    data: Path, tmp_path: Path, content: str, message: str
) -> None:
    sheet = tmp_path / "readings.json"
    sheet.write_text(content, encoding="utf-8")
    before = fingerprint(data)
    result = run("--data", data, "import", sheet)
    assert result.exit_code == 1 and message in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1
    assert fingerprint(data) == before
