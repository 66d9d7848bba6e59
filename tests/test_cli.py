"""The command line as people and scripts use it: outputs, filters, errors and exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import typer
from rich.cells import cell_len

from q2030 import __version__
from q2030.cli.app import app
from q2030.domain.statuses import Status
from q2030.i18n import ENGLISH
from q2030.render.status_data import RECORD_FIELDS
from tests.conftest import DEMO_DATA, MINIMAL_PLAN, REPO, SHIPPED_DATA, run

MakeData = Callable[[dict[str, str]], Path]
AS_OF = "2026-06-30"  # the demo's statuses are pinned to this date in these tests


def status_json(*args: str | Path) -> list[dict]:
    result = run("--data", DEMO_DATA, "status", "--format", "json", "--as-of", AS_OF, *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_version() -> None:
    result = run("--version")
    assert (result.exit_code, result.stdout) == (0, f"q2030 {__version__}\n")


def test_status_on_the_shipped_plan_lists_every_action() -> None:
    result = run("--data", SHIPPED_DATA, "status", "--format", "json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert len(rows) == 63
    statuses = {row["status"] for row in rows}
    # nobody has reported anything yet: an action past its due date is "unreported", never
    # "missed", which would accuse an operator of a figure that nobody measured
    assert statuses <= {"no_data", "unreported", "not_measurable"}
    assert "unreported" in statuses


def test_operator_filter_lists_exactly_that_operators_actions() -> None:
    rows = status_json("--operator", "ars")
    assert len(rows) == 11 and {row["operator"] for row in rows} == {"ARS"}
    dsden = status_json("--operator", "DSDEN")
    assert {row["operator"] for row in dsden} == {
        "DSDEN",
        "SDJES",
    }  # a parent includes its children
    assert len(dsden) == 16


def test_other_filters() -> None:
    assert {row["due"] for row in status_json("--due", "2025")} == {"2025-12-31"}
    statuses = {row["status"] for row in status_json("--status", "missed", "--status", "achieved")}
    assert statuses == {"missed", "achieved"}
    assert {row["objective"] for row in status_json("--objective", "emploi")} == {"emploi"}


def test_json_rows_have_the_promised_keys_and_types() -> None:
    rows = status_json()
    promised = {
        "id",
        "title",
        "objective",
        "operator",
        "lead",
        "due",
        "unit",
        "baseline",
        "target",
        "latest",
        "gap",
        "progress",
        "expected",
        "pace",
        "status",
        "stale",
    }
    assert all(promised <= set(row) for row in rows)
    snu = next(row for row in rows if row["id"] == "snu-jeunes-qpv")
    assert snu["due"] == "2027-12-31" and snu["latest_date"] == "2025-12-31"
    assert (snu["baseline"], snu["target"], snu["latest"], snu["gap"]) == (10.0, 20.0, 14.0, 6.0)
    assert snu["progress"] == pytest.approx(0.4)
    assert snu["status"] == "needs_acceleration" and snu["stale"] is False
    assert snu["lead"] == "Patrick Piret, chef du SDJES"
    qualitative = next(row for row in rows if row["id"] == "orientation-active")
    assert (qualitative["latest"], qualitative["gap"], qualitative["status"]) == (
        None,
        None,
        "not_measurable",
    )


def test_the_demo_shows_every_status() -> None:
    statuses = {row["status"] for row in status_json()}
    assert statuses == {
        "achieved",
        "on_track",
        "needs_acceleration",
        "off_track",
        "deteriorating",
        "missed",
        "unreported",
        "no_data",
        "not_measurable",
    }
    # the README's claim, at today's date
    result = run("--data", DEMO_DATA, "status", "--format", "json")
    assert len({row["status"] for row in json.loads(result.stdout)}) >= 5


def test_csv_has_a_header_and_a_line_per_action() -> None:
    result = run("--data", DEMO_DATA, "status", "--format", "csv", "--as-of", AS_OF, "-o", "DDETS")
    lines = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(lines[0]) == RECORD_FIELDS
    assert [line["id"] for line in lines] == [
        "apprentis-qpv",
        "cej-entrees-qpv",
        "cej-jr-entrees-qpv",
        "iae-adultes-qpv",
    ]
    assert lines[3]["years"] == "2024:met 2025:missed 2026:pending"


def test_markdown_has_a_section_per_group_and_the_counts() -> None:
    result = run(
        "--data",
        DEMO_DATA,
        "status",
        "--format",
        "markdown",
        "--as-of",
        AS_OF,
        "--operator",
        "SDJES",
    )
    assert result.stdout.splitlines()[:4] == [
        "## SDJES — Service départemental à la jeunesse, à l'engagement et aux sports",
        "",
        "| Action | Due | Baseline | Target | Latest | Gap | Progress | Status |",
        "|---|---|---|---|---|---|---|---|",
    ]
    assert (
        "| 2027 | 10 % (2023-12-31) | ≥ 20 % | 14 % (2025-12-31) | 6 pts | 40% "
        "| ▲ needs acceleration |" in result.stdout
    )
    assert result.stdout.rstrip().endswith(
        "3 actions: 1 on track · 1 needs acceleration · 1 missed"
    )


@pytest.mark.parametrize("by", ["operator", "due", "objective"])
def test_table_fits_80_columns_with_every_status_shown(
    monkeypatch: pytest.MonkeyPatch, by: str
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    result = run("--data", DEMO_DATA, "status", "--as-of", AS_OF, "--by", by)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(cell_len(line) for line in lines) <= 80
    for row in status_json():
        words = ENGLISH.status(Status(row["status"]))
        # the id whole at the start of a line (never broken), its status on it or just below
        at = [i for i, line in enumerate(lines) if (line + " ").startswith(row["id"] + " ")]
        assert at, row["id"]
        assert any(words in line for line in lines[at[0] : at[0] + 2]), row["id"]
    assert "\x1b[" not in result.stdout  # no colour codes when not a terminal
    assert all(line == line.rstrip() for line in lines)  # no trailing spaces when piped
    assert any(line.startswith("63 actions: 3 achieved · 5 on track") for line in lines)


def test_table_headings_follow_the_grouping(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "140")
    by_due = run("--data", DEMO_DATA, "status", "--as-of", AS_OF, "--by", "due").stdout
    headings = [line.strip() for line in by_due.splitlines() if line.startswith("Due ")]
    assert headings == ["Due 2024", "Due 2025", "Due 2026", "Due 2027", "Due 2030"]
    wide = run("--data", DEMO_DATA, "status", "--as-of", AS_OF, "-o", "SDJES").stdout
    assert "Baseline" in wide and "Progress" in wide and "████░░░░░░  40%" in wide


def test_show_prints_the_action_whole() -> None:
    result = run("--data", DEMO_DATA, "show", "iae-adultes-qpv", "--as-of", AS_OF)
    assert result.exit_code == 0
    out = result.stdout
    for expected in (
        "40 % des adultes bénéficiant d'une IAE",
        "Améliorer le taux d'emploi en QPV",
        "DDETS",
        "Jacques TESTA, Gaetane BERNARD",
        "36 % (2022-12-31)",
        "≥ 40 % each year from 2024",
        "2024-12-31",
        "41 %",
        "Chiffre fictif de démonstration",
        "missed",
        "2024 ✔ 41 %, 2025 ✖ 38.5 %, 2026 …",
        "line 57",
    ):
        assert expected in out, expected
    assert out.index("2024-12-31") < out.index("2025-12-31")


def test_show_takes_a_unique_prefix_as_record_does() -> None:
    assert run("--data", DEMO_DATA, "show", "snu-j").stdout.split()[:2] == [
        "Action",
        "snu-jeunes-qpv",
    ]
    ambiguous = run("--data", DEMO_DATA, "show", "camion")
    assert ambiguous.exit_code == 1
    assert "'camion' starts several action ids: camion-nps-sensibilisation" in ambiguous.stderr


def test_an_unknown_action_names_the_closest_ids() -> None:
    result = run("--data", DEMO_DATA, "show", "snu-jeune-qpv")
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "q2030: error: unknown action 'snu-jeune-qpv'. Did you mean: snu-jeunes-qpv"
    )
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        (("status", "--operator", "ARZ"), 1, "unknown operator 'ARZ'. Did you mean: ARS"),
        (
            ("status", "--objective", "emplois"),
            1,
            "unknown objective 'emplois'. Did you mean: emploi",
        ),
        (("status", "--frmat", "json"), 2, "No such option: --frmat"),
        (("status", "--format", "xml"), 2, "'xml' is not one of"),
        (("status", "--status", "late"), 2, "'late' is not a status: one of"),
        (("status", "--as-of", "2026-02-30"), 2, "'2026-02-30' is not a real date"),
        (
            ("status", "--as-of", "yesterday"),
            2,
            "'yesterday' is not a date (2025-12-31, 31/12/2025, 31/12/25 or 31.12.2025), a year",
        ),
        (("status", "--due", "soon"), 2, "'--due': 'soon' is not a year such as 2027"),
        (("frobnicate",), 2, "No such command 'frobnicate'"),
        (("show",), 2, "Missing argument 'ACTION'. (see 'q2030 show --help')"),
    ],
)
def test_wrong_usage_gives_one_line_and_an_exit_code(
    args: tuple[str, ...], code: int, fragment: str
) -> None:
    result = run("--data", DEMO_DATA, *args)
    assert result.exit_code == code
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("q2030: error: ")
    assert fragment in result.stderr
    assert "Traceback" not in result.output


def test_a_broken_data_file_stops_the_command_with_located_lines(make_data: MakeData) -> None:
    root = make_data(
        {
            "objectives.yaml": MINIMAL_PLAN,
            "readings/snu.yaml": "- date: 2025-12-31\n  value: 14\n  value: 15\n  source: x\n"
            "- date: 2025-06-30\n  value: '12'\n  source: y\n",
        }
    )
    result = run("--data", root, "status")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].endswith(
        "snu.yaml:3:3: [error] duplicate-key: key 'value' appears twice in this "
        "mapping (first on line 2): keep one"
    )
    assert lines[-1] == "q2030: error: 1 error in the data: run 'q2030 validate' to see it"
    assert result.stdout == ""


def test_validate_lists_every_problem(make_data: MakeData) -> None:
    root = make_data(
        {
            "objectives.yaml": MINIMAL_PLAN,
            "readings/snu.yaml": "- date: 2025-12-31\n  value: 140\n  source: x\n",
            "readings/mediators.yaml": "- date: 2025-12-31\n  value: '12'\n  source: y\n",
        }
    )
    result = run("--data", root, "validate")
    assert result.exit_code == 1
    assert [line.split(": [")[0].rsplit("/", 1)[-1] for line in result.stdout.splitlines()] == [
        "mediators.yaml:2:10",
        "snu.yaml:1:3",
    ]
    assert run("--data", DEMO_DATA, "validate").exit_code == 0


def test_the_data_folder_is_found_from_the_environment_or_a_parent(
    minimal_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("Q2030_DATA", str(minimal_data))
    assert len(json.loads(run("status", "-f", "json").stdout)) == 3
    monkeypatch.delenv("Q2030_DATA")
    nested = minimal_data.parent / "some" / "folder"
    nested.mkdir(parents=True)
    monkeypatch.chdir(nested)
    assert len(json.loads(run("status", "-f", "json").stdout)) == 3
    # --data also takes the folder that holds data/
    assert len(json.loads(run("--data", minimal_data.parent, "status", "-f", "json").stdout)) == 3


def test_no_data_folder_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("status")
    assert result.exit_code == 1
    assert "no data/objectives.yaml here or in any parent folder" in result.stderr
    missing = run("--data", tmp_path / "nowhere", "status")
    assert missing.exit_code == 1 and "no objectives.yaml in that folder" in missing.stderr


COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_the_commands_are_the_documented_ones() -> None:
    assert COMMANDS == [
        "diff",
        "due",
        "export",
        "import",
        "init",
        "record",
        "recover",
        "remind",
        "report",
        "request",
        "schema",
        "show",
        "site",
        "status",
        "validate",
    ]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_ending_with_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    description = result.stdout.split("Arguments:")[0].split("Options:")[0].strip()
    last_paragraph = " ".join(description.split("\n\n")[-1].split())
    assert last_paragraph.startswith(f"Example: q2030 {command}")
    assert last_paragraph[len(f"Example: q2030 {command}") :][:1] in ("", " ")


def test_the_main_help_lists_the_commands_and_exit_codes() -> None:
    result = run("--help")
    assert all(
        name in result.stdout for name in ("status", "show", "record", "validate", "Exit codes")
    )


def test_python_dash_m_and_the_console_script_run_from_a_clean_process() -> None:
    env = {**os.environ, "COLUMNS": "80"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "q2030",
            "--data",
            str(DEMO_DATA),
            "status",
            "--format",
            "json",
            "--operator",
            "ARS",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert {row["operator"] for row in json.loads(result.stdout)} == {"ARS"}
    wrong = subprocess.run(
        [sys.executable, "-m", "q2030", "status", "--as-of", "2025-13-01"],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        check=False,
    )
    assert wrong.returncode == 2
    assert wrong.stderr.count("\n") == 1 and "Traceback" not in wrong.stderr


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("columns", ["80", "100", "140"])
def test_an_action_id_is_never_broken_across_lines(
    monkeypatch: pytest.MonkeyPatch, lang: str, columns: str
) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    out = run("--data", DEMO_DATA, "status", "--as-of", AS_OF, "--lang", lang).stdout
    lines = out.splitlines()
    assert max(cell_len(line) for line in lines) <= int(columns)
    for row in status_json():
        assert any((line + " ").startswith(row["id"] + " ") for line in lines), row["id"]


def test_the_command_list_in_help_is_not_cut_short(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    listed = run("--help").stdout.split("Commands:")[1].strip().splitlines()
    assert len(listed) == len(COMMANDS)
    assert all(not line.rstrip().endswith("...") for line in listed), listed


@pytest.mark.parametrize(
    ("lang", "expected"), [("en", "2.5 pts ahead"), ("fr", "dépassé de 2,5\u00a0pts")]
)
def test_a_figure_past_its_target_says_so_in_words(lang: str, expected: str) -> None:
    args = ("show", "depistages-organises", "--as-of", AS_OF, "--lang", lang)
    out = run("--data", DEMO_DATA, *args).stdout
    assert expected in out and "-2.5" not in out and "-2,5" not in out
    rows = json.loads(run("--data", DEMO_DATA, "status", "-f", "json", "--as-of", AS_OF).stdout)
    assert next(r for r in rows if r["id"] == "depistages-organises")["gap"] == -2.5  # raw


def complete(words: str, data: Path = DEMO_DATA) -> list[str]:
    """What bash completion offers for the last of `words` (Typer's protocol)."""
    env = {
        **os.environ,
        "Q2030_DATA": str(data),
        "_Q2030_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
    }
    script = Path(sys.executable).parent / "q2030"  # completion goes by the program's name
    result = subprocess.run([script], capture_output=True, text=True, env=env, cwd=REPO)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_shell_completion_of_commands_operators_and_action_ids() -> None:
    assert complete("q2030 sta") == ["status"]
    assert complete("q2030 show snu") == ["snu-jeunes-qpv"]
    assert complete("q2030 record camion-n") == [
        "camion-nps-sensibilisation",
        "camion-nps-mammographie",
        "camion-nina-simone",
    ]
    assert complete("q2030 status --operator SD") == ["SDJES"]
    assert complete("q2030 status -o SG") == ["SG-PREFECTURE"]
    # as a person at a bash prompt asks for it: Typer finds the shell among the process's
    # parents, so the script runs under bash (not exec'd), whatever runs the tests
    show = subprocess.run(
        ["bash", "-c", '"$0" --show-completion; exit $?', Path(sys.executable).parent / "q2030"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert show.returncode == 0 and "_q2030_completion" in show.stdout


def test_completion_without_a_plan_offers_nothing_and_does_not_fail(tmp_path: Path) -> None:
    assert complete("q2030 show snu", tmp_path) == []


def test_a_folder_where_a_file_is_wanted_says_which_file(tmp_path: Path) -> None:
    """import of a folder, an export's --out folder, a report written to the wrong kind."""
    imported = run("--data", DEMO_DATA, "import", tmp_path)
    assert imported.exit_code == 1
    assert (
        imported.stderr == f"q2030: error: {tmp_path} is a folder: name the sheet to import in it\n"
    )
    exported = run("--data", DEMO_DATA, "export", "--out", f"{tmp_path}/")
    assert exported.exit_code == 1
    assert f"name a file, such as {tmp_path}/status.csv" in exported.stderr
    wrong = run("--data", DEMO_DATA, "report", "--format", "pdf", "--out", tmp_path / "q.html")
    assert wrong.exit_code == 2
    assert "a pdf report is not written to a file with that ending" in wrong.stderr
    assert not (tmp_path / "q.html").exists()


def test_a_reports_dated_name_uses_the_operators_id_whatever_it_was_called() -> None:
    from datetime import date

    from q2030.checks import checked
    from q2030.i18n import Language
    from q2030.render.report import file_name
    from q2030.services.overview import operator_ids

    dataset = checked.load(DEMO_DATA)
    named = operator_ids(dataset, ["Pôle emploi"])
    assert named == ["DDETS"]  # Pôle emploi, now France Travail, is an alias of the DDETS's
    assert file_name(date(2026, 11, 26), named, "pdf", Language("fr")) == (
        "rapport-copil-2026-11-26-ddets.pdf"
    )
