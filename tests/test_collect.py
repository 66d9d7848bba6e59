"""Collecting the figures: who owes what (`due`, freshness), the request sheet an operator
fills without the tool, the reminder drafted as an e-mail, and the answer imported back
as one commit on a new branch, ready for a pull request."""

from __future__ import annotations

import csv
import email
import io
import json
import os
from datetime import date
from email import policy
from pathlib import Path

import pytest

from q2030.checks.checked import load
from q2030.services import owed
from tests.conftest import DEMO_DATA, MINIMAL_PLAN, demo_repository, fingerprint, git, run

AS_OF = "2026-11-26"
CONTACTS = """\
    contacts:
      - name: Claire Martin
        email: claire.martin@assurance-maladie.fr
        role: référente Quartiers 2030
"""
PLAN_CONTACTS = """\
  contacts:
    - name: Équipe politique de la ville
      email: pref-politique-ville@nord.gouv.fr
"""


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo in git, with contacts for the préfecture and the CPAM."""
    top = tmp_path / "repo"
    plan = demo_repository(top) / "objectives.yaml"
    text = plan.read_text(encoding="utf-8")
    text = text.replace("  end_year: 2030\n", "  end_year: 2030\n" + PLAN_CONTACTS, 1)
    cpam = text.index("  - id: CPAM")
    leads = text.index("    leads:", cpam)
    text = text[:leads] + CONTACTS + text[leads:]
    plan.write_text(text, encoding="utf-8")
    git(top, "commit", "-qam", "Contacts")
    for name in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{name}_NAME", "Équipe politique de la ville")
        monkeypatch.setenv(f"GIT_{name}_EMAIL", "pref-politique-ville@nord.gouv.fr")
    monkeypatch.chdir(top)
    return top / "data"


def _owed(root: Path, *args: str) -> list[dict]:
    result = run("--data", root, "due", "-f", "json", "--as-of", AS_OF, *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_due_lists_each_figure_owed_per_period(repository: Path) -> None:
    figures = _owed(repository, "--operator", "CPAM")
    by_action = {(f["action"], f["period_end"]) for f in figures}
    assert ("mt-dents", "2024-12-31") in by_action and ("mt-dents", "2025-12-31") in by_action
    # a reading dated within 2025 answers 2025's figure, not 2024's
    assert ("mon-soutien-psy", "2025-12-31") not in by_action
    assert ("mon-soutien-psy", "2024-12-31") in by_action
    late = next(f for f in figures if f["action"] == "mt-dents" and f["period_end"] == "2025-12-31")
    assert late["deadline"] == "2026-03-31" and late["days_late"] == 240
    assert late["freshness"] == "late" if late["days_late"] <= 90 else "very_late"
    text = run("--data", repository, "--lang", "fr", "due", "-o", "CPAM", "--as-of", AS_OF)
    assert "en retard de 240 jours" in text.stdout
    statuses = json.loads(
        run("--data", repository, "status", "-f", "json", "--as-of", AS_OF).stdout
    )
    freshness = {row["id"]: row["freshness"] for row in statuses}
    assert freshness["mt-dents"] == "very_late"
    assert freshness["snu-jeunes-qpv"] == "up_to_date"
    assert freshness["feuille-de-route-ecoles"] is None  # qualitative: owes nothing


def test_due_as_csv_is_a_sheet_in_the_run_language(repository: Path) -> None:
    """As export writes it: French ';' and decimal commas, English ',' and points, both with
    a byte-order mark, headings and words in the run's language."""
    args = ("--data", repository, "due", "-o", "CPAM", "-f", "csv", "--as-of", AS_OF)
    french = run(*args, "--lang", "fr").stdout_bytes.decode("utf-8")
    english = run(*args, "--lang", "en").stdout_bytes.decode("utf-8")
    assert french.startswith("\ufeff") and english.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(french[1:]), delimiter=";"))
    assert rows[0][:2] == ["Opérateur", "Action"] and "Date limite" in rows[0]
    late = next(row for row in rows if row[1] == "mt-dents" and row[5] == "31/12/2025")
    assert late[6:9] == ["31/03/2026", "240", "chiffre très en retard"]
    rows = list(csv.reader(io.StringIO(english[1:]), delimiter=","))
    assert rows[0][:2] == ["Operator", "Action"] and "Deadline" in rows[0]
    late = next(row for row in rows if row[1] == "mt-dents" and row[5] == "2025-12-31")
    assert late[6:9] == ["2026-03-31", "240", "figure very late"]


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (date(2025, 2, 28), None),  # 31 days before 31/03: not yet listed
        (date(2025, 3, 1), owed.Freshness.DUE_SOON),  # due within 30 days
        (date(2025, 3, 31), owed.Freshness.DUE_SOON),  # due today: not late yet
        (date(2025, 4, 1), owed.Freshness.LATE),
        (date(2025, 6, 29), owed.Freshness.LATE),  # 90 days late
        (date(2025, 6, 30), owed.Freshness.VERY_LATE),  # 91
    ],
)
def test_freshness_thresholds(
    make_data: object, as_of: date, expected: owed.Freshness | None
) -> None:
    root = make_data({"objectives.yaml": MINIMAL_PLAN})  # type: ignore[operator]
    dataset = load(root)
    found = owed.freshness(owed.owed(dataset, as_of))
    assert found.get("snu") == expected


def _fill(path: Path, values: dict[str, object], out: Path) -> None:
    """Fill a request sheet as an operator would, in Excel: by the action's row."""
    import openpyxl

    book = openpyxl.load_workbook(path)
    data = book["Relevés"]
    headers = [cell.value for cell in data[1]]
    value = headers.index("Valeur") + 1
    for row in range(2, data.max_row + 1):
        action = data.cell(row=row, column=1).value
        if action in values:
            data.cell(row=row, column=value).value = values[action]
    book.active = 0  # left on the instructions, as people do
    book.save(out)


def test_a_request_filled_and_imported_as_a_commit(repository: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    top = repository.parent
    sheet = top / "cpam-2025.xlsx"
    made = run(
        "--lang",
        "fr",
        "request",
        "--operator",
        "CPAM",
        "--period",
        "2025",
        "--out",
        sheet,
        "--as-of",
        AS_OF,
    )
    assert made.exit_code == 0, made.output
    book = openpyxl.load_workbook(sheet)
    assert book.sheetnames == ["Mode d'emploi", "Relevés", "q2030"]
    assert book["q2030"].sheet_state == "hidden"
    data = book["Relevés"]
    headers = [cell.value for cell in data[1]]
    rows = {row[0]: row for row in data.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == {
        f["action"]
        for f in _owed(repository, "--operator", "CPAM")
        if f["period_end"].startswith("2025")
    }
    assert rows["mt-dents"][headers.index("Source")] == "CPAM, relevé 2025"
    assert data.protection.sheet
    value = headers.index("Valeur") + 1
    for row in range(2, data.max_row + 1):
        assert not data.cell(row=row, column=value).protection.locked
        assert data.cell(row=row, column=1).protection.locked
    percent_row = next(
        r
        for r in range(2, data.max_row + 1)
        if data.cell(row=r, column=1).value == "partenariat-acces-droits"
    )
    assert data.cell(row=percent_row, column=value).number_format == "0.0%"
    kinds = {rule.type for rule in data.data_validations.dataValidation}
    assert {"decimal", "whole"} <= kinds
    instructions = " ".join(str(c.value) for c in book["Mode d'emploi"]["A"] if c.value)
    assert "pref-politique-ville@nord.gouv.fr" in instructions and "16,5" in instructions

    git_before = git(top, "rev-parse", "HEAD")
    answer = top / "cpam-rempli.xlsx"
    values = {
        "partenariat-acces-droits": 0.452,  # typed 45,2 % in a percent cell: Excel stores this
        "eps-foyers-reloges": "12,5",  # a French decimal typed as text
        "entretiens-perinataux": "1 234",
        "mt-dents": -3,  # out of range for a count
        "ald-sans-medecin-traitant": 0.085,  # 8,5 % as Excel stores it
        "sans-medecin-traitant-qpv": 0.11,
        "action-environnement-sante": 0.2,
        # msp-parcours-mrtc left empty
    }
    _fill(sheet, values, answer)
    before = fingerprint(repository)
    refused = run("--lang", "fr", "import", answer, "--commit")
    assert refused.exit_code == 1
    mt_row = next(
        r for r in range(2, data.max_row + 1) if data.cell(row=r, column=1).value == "mt-dents"
    )
    assert f"ligne {mt_row} : mt-dents" in refused.stderr.replace("\u00a0", " ")
    assert "msp-parcours-mrtc : non fourni" in refused.stderr.replace("\u00a0", " ")
    assert fingerprint(repository) == before
    assert "releves/" not in git(top, "branch", "--list")
    assert git(top, "rev-parse", "HEAD") == git_before

    values["mt-dents"] = 30
    _fill(sheet, values, answer)
    done = run("--lang", "fr", "import", answer, "--commit")
    assert done.exit_code == 0, done.output
    branch = f"releves/cpam-{date.today().isoformat()}"
    assert branch in done.stdout
    assert fingerprint(repository) == before  # the working tree is untouched
    assert git(top, "rev-parse", "HEAD") == git_before  # and so is its branch
    log = git(top, "log", "--format=%B", "-1", branch)
    assert "- partenariat-acces-droits, 31/12/2025 : 45,2 % (CPAM, relevé 2025)" in log.replace(
        "\u00a0", " "
    )
    assert "cpam-rempli.xlsx" in log
    assert str(top) not in log  # the file's name, not where it lies on this machine
    assert git(top, "rev-list", "--count", f"main..{branch}").strip() == "1"
    changed = git(top, "diff", "--name-only", "main", branch).split()
    assert all(name.startswith("data/readings/") for name in changed) and len(changed) == 7
    assert len(git(top, "worktree", "list").splitlines()) == 1

    checkout = top.parent / "review"
    git(top, "worktree", "add", "-q", str(checkout), branch)
    reviewed = checkout / "data"
    validated = run("--data", reviewed, "validate", "--base", "main", "--as-of", AS_OF)
    assert validated.exit_code == 0, validated.output
    still = {(f["action"], f["period_end"]) for f in _owed(reviewed, "--operator", "CPAM")}
    assert ("mt-dents", "2025-12-31") not in still
    assert ("msp-parcours-mrtc", "2025-12-31") in still  # left empty: still owed

    again = run("import", answer, "--commit")
    assert again.exit_code == 1 and "already exists" in again.stderr
    (repository / "readings" / "mt-dents.yaml").write_text("[]\n")
    dirty = run("import", answer, "--commit", "--branch", "releves/autre")
    assert dirty.exit_code == 1 and "not committed" in dirty.stderr


def test_an_answer_to_another_plans_request_is_recognised(repository: Path, tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    sheet = tmp_path / "cpam.xlsx"
    assert run("request", "-o", "CPAM", "--out", sheet, "--as-of", AS_OF).exit_code == 0
    plan = repository / "objectives.yaml"
    plan.write_text(plan.read_text().replace("territory: Nord", "territory: Pas-de-Calais"))
    result = run("import", sheet)
    assert result.exit_code == 1 and "another plan (Nord)" in result.stderr
    required = run("--data", DEMO_DATA, "import", sheet, "--require-all")
    assert required.exit_code == 1 and "left empty" in required.stderr


def test_request_all_and_csv(repository: Path, tmp_path: Path) -> None:
    folder = tmp_path / "requetes"
    result = run("request", "--all", "--out-dir", folder, "--format", "csv", "--as-of", AS_OF)
    assert result.exit_code == 0, result.output
    owing = {f["operator"] for f in _owed(repository)}
    written = {path.name.split("-")[0].upper() for path in folder.iterdir()}
    assert {name.split("-")[0] for name in owing} <= written
    text = (folder / f"cpam-{AS_OF}.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Action,Title,Indicator,Unit,Date")  # English: ","
    assert run("request", "--out", tmp_path / "x.xlsx").exit_code == 2  # which operator?
    assert run("request", "-o", "CAF").exit_code == 2  # where?


def test_the_reminders_are_e_mails_with_the_sheet(repository: Path, tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    folder = tmp_path / "relances"
    result = run("--lang", "fr", "remind", "--out-dir", folder, "--as-of", AS_OF)
    assert result.exit_code == 0, result.output
    assert "Aucun contact pour la DSDEN, la DRAC" in result.stderr.replace("\u00a0", " ")
    assert "l'ADEME et le SG-PREFECTURE :" in result.stderr.replace("\u00a0", " ")
    assert "CPAM" not in result.stderr.split("Aucun contact pour", 1)[1]
    raw = (folder / "cpam.eml").read_bytes()
    mail = email.message_from_bytes(raw, policy=policy.default)
    assert "claire.martin@assurance-maladie.fr" in mail["To"]
    assert "pref-politique-ville@nord.gouv.fr" in mail["Reply-To"]
    assert mail["Subject"] == "Quartiers 2030 dans le Nord\u00a0: les chiffres attendus de la CPAM"
    body = mail.get_body(preferencelist=("plain",)).get_content()
    assert "mt-dents" in body and "31/03/2026" in body
    attachments = list(mail.iter_attachments())
    assert [a.get_filename() for a in attachments] == [f"cpam-{AS_OF}.xlsx"]
    sheet = tmp_path / "joint.xlsx"
    sheet.write_bytes(attachments[0].get_content())
    import openpyxl

    assert "q2030" in openpyxl.load_workbook(sheet).sheetnames
    assert not (folder / "snu.eml").exists()
    assert os.listdir(folder)  # one per operator that owes something


def test_request_and_remind_write_only_where_they_should(repository: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    linked = tmp_path / "linked"
    linked.symlink_to(elsewhere, target_is_directory=True)
    for command in (
        ("request", "--all", "--out-dir", linked, "--format", "csv"),
        ("remind", "--out-dir", linked),
    ):
        result = run(*command, "--as-of", AS_OF)
        assert result.exit_code == 1, result.output
        assert len(result.stderr.splitlines()) == 1 and "symbolic link" in result.stderr
    assert not list(elsewhere.iterdir())
    folder = tmp_path / "requetes"
    folder.mkdir()
    target = tmp_path / "target.csv"
    target.write_text("keep me")
    (folder / f"cpam-{AS_OF}.csv").symlink_to(target)
    refused = run("request", "-o", "CPAM", "--out-dir", folder, "-f", "csv", "--as-of", AS_OF)
    assert refused.exit_code == 1 and target.read_text() == "keep me"
    plain_file = tmp_path / "a-file"
    plain_file.write_text("")
    result = run("remind", "--out-dir", plain_file, "--as-of", AS_OF)
    assert result.exit_code == 1 and "not a folder" in result.stderr
