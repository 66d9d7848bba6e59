"""The sheets and the CSV files as LibreOffice Calc reads, prints and saves them.

LibreOffice runs headless, from Debian's package (.ci/run installs it and requires it:
Q2030_REQUIRE_LIBREOFFICE=1), with a throw-away profile per locale whose settings make it
French (fr-FR) or American (en-US), as a user's own would. A module starts it a few
times, one conversion of many files each, never once per case.

- A CSV export opened and saved again in LibreOffice (its French settings: ';', decimal
  commas, day-first dates, "11/12" read as a date) imports back as nothing new.
- Every sheet the tool writes prints one page wide, its headings on every page, and every
  instruction line and heading whole (pdftotext reads the PDF LibreOffice prints).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.comments import Comment

from q2030.checks import checked
from q2030.i18n import Language
from tests.conftest import DEMO_DATA, MINIMAL_PLAN, fingerprint, plain, required_tool, run

AS_OF = "2026-11-26"
PROFILE = """\
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" \
oor:op="fuse"><value>{locale}</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" \
oor:op="fuse"><value>{locale}</value></prop></item>
</oor:items>
"""
# LibreOffice's CSV filter options: separator (its character code), text delimiter ("),
# character set (76: UTF-8), first line (1)
CSV_OPTIONS = {"fr-FR": "59,34,76,1", "en-US": "44,34,76,1"}


@dataclass
class Office:
    """LibreOffice headless, with a profile per locale under `root`."""

    program: str
    root: Path
    runs: list[float] = field(default_factory=list)

    def _profile(self, locale: str) -> str:
        folder = self.root / f"profile-{locale}"
        settings = folder / "user" / "registrymodifications.xcu"
        if not settings.exists():
            settings.parent.mkdir(parents=True)
            settings.write_text(PROFILE.format(locale=locale), encoding="utf-8")
        return folder.as_uri()

    def convert(
        self, files: list[Path], target: str, *, locale: str, csv_in: bool = False
    ) -> list[Path]:
        """`files` converted to `target` (pdf, xlsx, ods or csv) in a new folder; a CSV is
        read and written with the locale's separator, as a user there opens and saves it."""
        out = self.root / f"out-{len(self.runs)}"
        out.mkdir()
        extension = target
        if target == "csv":
            target = f"csv:Text - txt - csv (StarCalc):{CSV_OPTIONS[locale]}"
        options = [f"--infilter=CSV:{CSV_OPTIONS[locale]}"] if csv_in else []
        started = datetime.now()
        subprocess.run(
            [
                self.program,
                f"-env:UserInstallation={self._profile(locale)}",
                "--headless",
                "--norestore",
                *options,
                "--convert-to",
                target,
                "--outdir",
                str(out),
                *map(str, files),
            ],
            capture_output=True,
            timeout=240,
            check=True,
            env={**os.environ, "HOME": str(self.root)},
        )
        self.runs.append((datetime.now() - started).total_seconds())
        converted = [out / f"{path.stem}.{extension}" for path in files]
        missing = [path.name for path in converted if not path.exists()]
        assert not missing, f"LibreOffice did not convert {missing}"
        return converted


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    program = required_tool("soffice", "Q2030_REQUIRE_LIBREOFFICE")
    return Office(program, tmp_path_factory.mktemp("libreoffice"))


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """The demo, with the forms a round trip could break: a share 11/12 (a date to a French
    spreadsheet), a tiny number, a note with quotes and a semicolon, a formula-like source."""
    root = tmp_path / "data"
    shutil.copytree(DEMO_DATA, root)
    for args in (
        ("centres-sociaux-evs", "11/12", "--source", "CAF; 11/12 des centres"),
        ("snu-jeunes-qpv", "0,00001", "--source", "=SOMME(A1:A2)", "--allow-unusual"),
        (
            "colos-apprenantes-qpv",
            "55,5",
            "--source",
            "SDJES",
            "--note",
            'dit "provisoire"; à revoir',
        ),
    ):
        result = run("--data", root, "record", *args, "--date", "2026-06-30")
        assert result.exit_code == 0, result.output
    return root


def test_libreoffice_reads_in_french_with_the_french_profile(
    office: Office, tmp_path: Path
) -> None:
    """The profile really is French: a bare 11/12 becomes the date 11 December (why an
    export never writes a share so), 14,5 a number."""
    sheet = tmp_path / "bare.csv"
    sheet.write_text("\ufeffpart;valeur\n11/12;14,5\n", encoding="utf-8")
    (converted,) = office.convert([sheet], "xlsx", locale="fr-FR", csv_in=True)
    cells = openpyxl.load_workbook(converted).active
    assert isinstance(cells["A2"].value, datetime)
    assert (cells["A2"].value.month, cells["A2"].value.day) == (12, 11)
    assert cells["B2"].value == 14.5


@pytest.mark.parametrize(("lang", "locale"), [("fr", "fr-FR"), ("en", "en-US")])
def test_a_readings_export_saved_again_by_libreoffice_imports_as_nothing_new(
    office: Office, data: Path, tmp_path: Path, lang: str, locale: str
) -> None:
    exported = tmp_path / f"releves-{lang}.csv"
    result = run("--data", data, "export", "--what", "readings", "--lang", lang, "--out", exported)
    assert result.exit_code == 0, result.output
    (saved,) = office.convert([exported], "csv", locale=locale, csv_in=True)
    text = saved.read_text(encoding="utf-8")
    assert text != exported.read_text(encoding="utf-8-sig")  # LibreOffice wrote it its way
    if lang == "fr":
        assert ";31/12/25;" in text  # French dates, as LibreOffice shows them
        assert ";91,67;11;12;" in text  # the share: its figure, then its fraction apart
    before = fingerprint(data)
    imported = run("--data", data, "import", saved, "--dry-run")
    assert imported.exit_code == 0, imported.output
    count = len(list(csv_rows(exported))) - 1
    assert imported.stdout.startswith("Nothing new in "), imported.stdout
    assert f"its {count} readings are already recorded." in imported.stdout, imported.stdout
    assert fingerprint(data) == before


def csv_rows(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8-sig").splitlines() if line]


def _squeezed(text: str) -> str:
    """Text without any space or line break: a line wrapped at a hyphen or a space by
    LibreOffice reads the same as the sentence whole."""
    return "".join(text.split())


def _pages(pdf: Path) -> list[str]:
    count = int(
        next(
            line.split()[-1]
            for line in subprocess.run(
                ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True
            ).stdout.splitlines()
            if line.startswith("Pages:")
        )
    )
    return [
        subprocess.run(
            ["pdftotext", "-raw", "-f", str(page), "-l", str(page), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for page in range(1, count + 1)
    ]


def _headings_and_rows(sheet: Path, tab: str | None = None) -> tuple[list[str], list[str]]:
    book = openpyxl.load_workbook(sheet)
    page = book[tab] if tab else book.active
    headings = [str(cell.value) for cell in page[1]]
    ids = [str(row[0]) for row in page.iter_rows(min_row=2, values_only=True) if row[0]]
    return headings, ids


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_sheet_prints_one_page_wide_with_every_line_whole(
    office: Office, tmp_path: Path, lang: str
) -> None:
    """The request (instructions, then the figures), the status and the readings exports,
    printed by LibreOffice: every page carries the first and the last heading (one page
    wide, headings repeated), its header and its footer; every instruction line, heading
    and action id is there whole (a row one line high hides the rest of its text)."""
    pdftotext = required_tool("pdftotext", "Q2030_REQUIRE_LIBREOFFICE")
    assert pdftotext
    words = Language(lang)
    made = {
        "request": ("request", "-o", "CAF", "--out", tmp_path / "request.xlsx"),
        "wide-request": ("request", "-o", "ARS", "--out", tmp_path / "wide-request.xlsx"),
        "status": ("export", "-f", "xlsx", "--out", tmp_path / "status.xlsx"),
        "readings": (
            "export",
            "-f",
            "xlsx",
            "--what",
            "readings",
            "--out",
            tmp_path / "readings.xlsx",
        ),
    }
    for args in made.values():
        result = run("--data", DEMO_DATA, *args, "--as-of", AS_OF, "--lang", lang)
        assert result.exit_code == 0, result.output
    sheets = [tmp_path / f"{name}.xlsx" for name in made]
    locale = {"fr": "fr-FR", "en": "en-US"}[lang]
    pdfs = dict(zip(made, office.convert(sheets, "pdf", locale=locale), strict=True))
    for name, pdf in pdfs.items():
        pages = _pages(pdf)
        sheet = tmp_path / f"{name}.xlsx"
        if name.endswith("request"):
            book = openpyxl.load_workbook(sheet)
            guide = book[words("request.sheet.instructions")]
            lines = [str(cell.value) for cell in guide["A"] if cell.value]
            text = _squeezed(pages[0])
            for line in lines:
                assert _squeezed(line) in text, (name, line)
            heading, data_pages = lines[0], pages[1:]
            headings, ids = _headings_and_rows(sheet, words("request.sheet.data"))
        else:
            heading = None
            data_pages = pages
            headings, ids = _headings_and_rows(sheet)
        assert data_pages, name
        for number, page in enumerate(pages, start=1):
            said = plain(words("sheet.page", page=number, pages=len(pages)))
            assert said in plain(page), (name, number)
            if heading:
                assert _squeezed(heading) in _squeezed(page), (name, number)
        whole = _squeezed("".join(data_pages))
        for page in data_pages:
            squeezed = _squeezed(page)
            assert _squeezed(headings[0]) in squeezed and _squeezed(headings[-1]) in squeezed
        for text in [*headings, *ids]:
            assert _squeezed(text) in whole, (name, text)
    assert len(_pages(pdfs["request"])) == 2  # the instructions, then five rows on a page


def test_a_request_saved_by_libreoffice_as_ods_or_xlsx_imports_with_its_cell_notes(
    office: Office, tmp_path: Path
) -> None:
    """A request filled, then saved by LibreOffice in its own format (.ods) and as .xlsx:
    both import the same readings (a percentage as the percentage shown), a note on a
    row's cell joins its reading's note, and the notes on no row imported (a heading, a row
    left empty) are said to be left out, never dropped in silence."""
    data = tmp_path / "data"
    shutil.copytree(DEMO_DATA, data)
    request = tmp_path / "cpam.xlsx"
    args = ("request", "-o", "CPAM", "--period", "2025", "--out", request, "--as-of", AS_OF)
    assert run("--data", data, "--lang", "fr", *args).exit_code == 0
    book = openpyxl.load_workbook(request)
    page = book["Relevés"]
    headings = [cell.value for cell in page[1]]
    value = headings.index("Valeur") + 1
    rows = {page.cell(row=r, column=1).value: r for r in range(2, page.max_row + 1)}
    filled = {"partenariat-acces-droits": 0.452, "entretiens-perinataux": 1234, "mt-dents": 30}
    for action, typed in filled.items():
        page.cell(row=rows[action], column=value).value = typed
    page.cell(row=rows["partenariat-acces-droits"], column=value).comment = Comment(
        "Chiffre provisoire, à confirmer en mars", "Hélène"
    )
    page["A1"].comment = Comment("Une note sur l'en-tête", "Hélène")
    page.cell(row=rows["msp-parcours-mrtc"], column=value).comment = Comment(
        "Pas encore de chiffre", "Hélène"
    )
    answer = tmp_path / "cpam-rempli.xlsx"
    book.save(answer)
    (ods,) = office.convert([answer], "ods", locale="fr-FR")
    (xlsx,) = office.convert([answer], "xlsx", locale="fr-FR")
    outputs = {}
    for sheet in (ods, xlsx):
        result = run("--data", data, "--lang", "fr", "import", sheet, "--dry-run")
        assert result.exit_code == 0, result.output
        said = plain(result.stderr)
        assert "A1 : la note de cette cellule est laissée de côté" in said, said
        assert "« Une note sur l'en-tête »" in said and "« Pas encore de chiffre »" in said
        outputs[sheet.suffix] = result.stdout.replace(str(sheet), "FILE")
    assert outputs[".ods"] == outputs[".xlsx"]
    assert outputs[".ods"] == "3 relevés seraient enregistrés pour 3 actions depuis FILE.\n"
    done = run("--data", data, "import", ods)
    assert done.exit_code == 0, done.output
    reading = checked.load(data).readings_of("partenariat-acces-droits")[-1]
    assert reading.value == 45.2  # the percentage LibreOffice shows, not 0.452
    assert reading.note == "Chiffre provisoire, à confirmer en mars"


def test_a_name_with_ampersands_prints_as_written_in_the_page_header(
    office: Office, make_data: Callable[[dict[str, str]], Path], tmp_path: Path
) -> None:
    """'&' starts a code in a printed header (&P is the page number): a name holding one
    is printed as it is written, never as a code."""
    plan = MINIMAL_PLAN.replace("    name: Health\n", '    name: "Recherche & Santé &P &N"\n')
    root = make_data({"objectives.yaml": plan})
    sheet = tmp_path / "ars.xlsx"
    result = run("--data", root, "request", "-o", "ARS", "--out", sheet, "--as-of", "2026-06-30")
    assert result.exit_code == 0, result.output
    (pdf,) = office.convert([sheet], "pdf", locale="en-US")
    for page in _pages(pdf):
        assert "figures asked of Recherche & Santé &P &N" in page.splitlines()[0], page
