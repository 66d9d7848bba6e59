"""French input, accepted wherever a French user would type it (issue 12, in part):
statuses and milestone states in either language, French date and period forms, French
numbers, ids whatever their case."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from q2030.checks import checked
from q2030.domain.periods import parse_typed_day
from tests.conftest import DEMO_DATA, MINIMAL_PLAN, plain, run

MakeData = Callable[[dict[str, str]], Path]
AS_OF = "2026-06-30"


def statuses(*options: str) -> set[str]:
    args = ("--data", DEMO_DATA, "status", "-f", "json", "--as-of", AS_OF, *options)
    result = run(*args)
    assert result.exit_code == 0, result.output
    return {row["status"] for row in json.loads(result.stdout)}


@pytest.mark.parametrize(
    ("typed", "status"),
    [
        ("manqué", "missed"),
        ("MANQUE", "missed"),
        ("échue", "unreported"),
        ("échue, non renseignée", "unreported"),
        ("due, not reported", "unreported"),
        ("en bonne voie", "on_track"),
        ("à accélérer", "needs_acceleration"),
        ("needs acceleration", "needs_acceleration"),
        ("needs_acceleration", "needs_acceleration"),
        ("sans donnée", "no_data"),
    ],
)
def test_a_status_in_either_language(typed: str, status: str) -> None:
    assert statuses("--status", typed) == {status}


def test_an_ambiguous_or_unknown_status_is_a_usage_error() -> None:
    for typed in ("en", "late"):
        result = run("--data", DEMO_DATA, "status", "--status", typed)
        assert result.exit_code == 2 and "is not a status" in result.stderr


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("2025-S1", date(2025, 6, 30)),
        ("2025-s2", date(2025, 12, 31)),
        ("31.12.2025", date(2025, 12, 31)),
        ("31-12-2025", date(2025, 12, 31)),
        ("1.7.2025", date(2025, 7, 1)),
    ],
)
def test_french_date_and_period_forms(typed: str, day: date) -> None:
    assert parse_typed_day(typed) == day


DAY_FORMS = {
    "2025-12-31": date(2025, 12, 31),
    "31/12/2025": date(2025, 12, 31),
    "31/12/25": date(2025, 12, 31),  # as a spreadsheet writes it
    "31.12.25": date(2025, 12, 31),
    "31.12.2025": date(2025, 12, 31),
    "31-12-2025": date(2025, 12, 31),
    "30/6/25": date(2025, 6, 30),
    "2025": date(2025, 12, 31),
    "2025-H1": date(2025, 6, 30),
    "2025-S1": date(2025, 6, 30),
}
NOT_DAYS = ("25-12-31", "31/12/025", "2025/12/31", "31/12", "32/12/25")


def test_the_same_date_forms_are_read_on_the_command_line_and_in_a_sheet(
    make_data: MakeData, tmp_path: Path
) -> None:
    """import read 31/12/25 and record --date refused it: one rule for both (the guide
    says it), a two-digit year being of this century, never with dashes (25-12-31 reads
    both ways)."""
    for typed, day in DAY_FORMS.items():
        root = make_data({"objectives.yaml": MINIMAL_PLAN})
        for path in (root / "readings").glob("*.yaml"):
            path.unlink()
        by_hand = run("--data", root, "record", "snu", "12", "--date", typed, "--source", "s")
        assert by_hand.exit_code == 0, (typed, by_hand.output)
        assert checked.load(root).readings_of("snu")[-1].date == day, typed
        sheet = tmp_path / "sheet.csv"
        sheet.write_text(f"action;date;value;source\nsnu;{typed};12;s\n", encoding="utf-8")
        imported = run("--data", root, "import", sheet, "--dry-run")
        assert imported.exit_code == 0, (typed, imported.output)
        assert "its reading is already recorded" in imported.stdout, typed  # the same day
    for typed in NOT_DAYS:
        assert run("status", "--as-of", typed).exit_code == 2, typed
        root = make_data({"objectives.yaml": MINIMAL_PLAN})
        sheet = tmp_path / "sheet.csv"
        sheet.write_text(f"action;date;value;source\nsnu;{typed};12;s\n", encoding="utf-8")
        assert run("--data", root, "import", sheet, "--dry-run").exit_code == 1, typed


@pytest.mark.parametrize(
    ("typed", "state"),
    [("fait", "done"), ("en cours", "in_progress"), ("non commencé", "not_started")],
)
def test_milestone_states_in_french(make_data: MakeData, typed: str, state: str) -> None:
    plan = MINIMAL_PLAN.replace(
        "unit: percent\n        target: {kind: at_least, value: 100}", "target: {kind: milestone}"
    )
    root = make_data({"objectives.yaml": plan})
    result = run("--data", root, "record", "mediators", typed, "--date", "2025-S1", "--source", "s")
    assert result.exit_code == 0, result.output
    reading = checked.load(root).readings_of("mediators")[0]
    assert (reading.state, reading.date) == (state, date(2025, 6, 30))


def test_french_numbers_on_the_command_line(make_data: MakeData) -> None:
    plan = MINIMAL_PLAN.replace(
        "unit: percent\n        target: {kind: at_least, value: 100}",
        "unit: count\n        target: {kind: at_least, value: 5000}",
    )
    root = make_data({"objectives.yaml": plan})
    args = ("--date", "31.12.2025", "--source", "s")
    assert run("--data", root, "record", "snu", "14,2 %", *args).exit_code == 0
    assert run("--data", root, "record", "mediators", "2 455", *args).exit_code == 0
    dataset = checked.load(root)
    assert dataset.readings_of("snu")[0].value == 14.2
    assert dataset.readings_of("mediators")[0].value == 2455


def test_a_sheet_in_french_forms(minimal_data: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "retour.csv"
    sheet.write_text(
        "Action;Date;Valeur;Source\nSNU;30/09/26;14,5 %;SDJES\nMediators;2025-S2;42/48;ARS\n",
        encoding="utf-8",
    )
    result = run("--data", minimal_data, "import", sheet)
    assert result.exit_code == 0, result.output
    dataset = checked.load(minimal_data)
    assert [(r.date, r.value) for r in dataset.readings_of("snu")] == [(date(2026, 9, 30), 14.5)]
    assert dataset.readings_of("mediators")[0].date == date(2025, 12, 31)


def test_ids_whatever_their_case_and_an_operator_named_for_an_action() -> None:
    shown = run("--data", DEMO_DATA, "show", "Centres-Sociaux-EVS", "--as-of", AS_OF)
    assert shown.exit_code == 0 and "centres-sociaux-evs" in shown.stdout
    operator = run("--data", DEMO_DATA, "show", "caf")
    assert operator.exit_code == 1
    assert "'caf' is an operator, not an action" in operator.stderr
    assert "q2030 status --operator CAF" in operator.stderr


def test_what_record_and_import_did_in_french(minimal_data: Path, tmp_path: Path) -> None:
    args = ("--lang", "fr", "--data", minimal_data, "record", "snu", "14,5")
    recorded = run(*args, "--date", "31.12.2025", "--source", "SDJES")
    assert recorded.exit_code == 0, recorded.output
    assert plain(recorded.stdout).splitlines()[1:] == [
        "  31/12/2025  14,5 %  (source : SDJES)",
        "snu : sans donnée → à accélérer, écart 5,5 pts",
    ]
    assert recorded.stdout.startswith("Enregistré dans ")
    sheet = tmp_path / "retour.csv"
    sheet.write_text("action;date;valeur;source\nsnu;2025-S1;12;s\nsnu;2025;14,5;SDJES\n")
    imported = run("--lang", "fr", "--data", minimal_data, "import", sheet)
    assert imported.exit_code == 0, imported.output
    assert plain(imported.stdout) == (
        f"1 relevé enregistré pour 1 action depuis {sheet} ; 1 déjà enregistré.\n"
    )
    english = run("--lang", "en", "--data", minimal_data, "import", sheet)
    assert english.stdout == f"Nothing new in {sheet}: its 2 readings are already recorded.\n"


def test_diff_in_french(minimal_data: Path) -> None:
    import subprocess

    top = minimal_data.parent
    for args in (("init", "-q", "-b", "main"), ("add", "-A"), ("commit", "-qm", "base")):
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@e", "-C", str(top), *args],
            check=True,
        )
    (minimal_data / "readings").mkdir()
    (minimal_data / "readings" / "snu.yaml").write_text(
        "- date: 2025-12-31\n  value: 14.5\n  source: SDJES\n"
    )
    out = plain(
        run("--lang", "fr", "--data", minimal_data, "diff", "main", "--as-of", AS_OF).stdout
    )
    lines = out.splitlines()
    assert lines[0] == "## q2030 : changements des données de `main` à l'arbre de travail"
    assert "### Relevés ajoutés" in lines and "### Ce qui a bougé" in lines
    assert "- **snu** 31/12/2025 : 14,5 % (source : SDJES)" in lines
    assert (
        "- **snu** (SDJES) — chiffre reçu : 14,5 % (31/12/2025) ; écart 5,5 pts ; "
        "? sans donnée → ▲ à accélérer" in lines
    )
