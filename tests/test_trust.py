"""Figures a steering committee can trust: every value that could be silently wrong is
refused with its place and what was probably meant, and no date or number makes a command
crash (issue 9)."""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import DEMO_DATA, MINIMAL_PLAN, SHIPPED_DATA, fingerprint, plain, run

MakeData = Callable[[dict[str, str]], Path]
SNU = "readings/snu.yaml"
SNU_READING = "- date: 2024-12-31\n  value: 97.9\n  source: report 2024\n"
COUNT_PLAN = MINIMAL_PLAN.replace(
    "        unit: percent\n        target: {kind: at_least, value: 100}",
    "        unit: count\n        target: {kind: at_least, value: 200}",
)


def line_of(text: str, fragment: str) -> int:
    return text[: text.index(fragment)].count("\n") + 1


def validate(root: Path, *args: str) -> tuple[int, list[tuple[int, int, str, str]]]:
    result = run("--data", root, "validate", "--format", "json", "--as-of", "2026-01-01", *args)
    report = json.loads(result.stdout)
    found = [(p["line"], p["column"], p["code"], p["message"]) for p in report["problems"]]
    return result.exit_code, found


# Plausibility: a figure about 100 times its predecessor is refused, with what was meant.


@pytest.mark.parametrize(
    ("plan", "earlier", "typed", "meant", "size"),
    [
        (MINIMAL_PLAN, "97.9", "0,985", "98.5", "smaller"),
        (COUNT_PLAN, "98", "9800", "98", "larger"),
    ],
)
def test_record_refuses_a_figure_about_100_times_off_and_says_what_was_meant(
    make_data: MakeData, plan: str, earlier: str, typed: str, meant: str, size: str
) -> None:
    readings = f"- date: 2024-12-31\n  value: {earlier}\n  source: s\n"
    root = make_data({"objectives.yaml": plan, "readings/mediators.yaml": readings})
    before = fingerprint(root)
    args = ("record", "mediators", typed, "--date", "2025", "--source", "s")
    refused = run("--data", root, *args)
    assert refused.exit_code == 1
    assert refused.stderr.count("\n") == 1
    assert f"about 100 times {size} than the figure of 2024-12-31 ({earlier})" in refused.stderr
    assert f"did you mean {meant}?" in refused.stderr and "--allow-unusual" in refused.stderr
    assert fingerprint(root) == before
    accepted = run("--data", root, *args, "--allow-unusual")
    assert accepted.exit_code == 0, accepted.output
    assert run("--data", root, "validate").exit_code == 0


def test_the_plans_baseline_serves_when_there_is_no_earlier_figure(minimal_data: Path) -> None:
    result = run("--data", minimal_data, "record", "snu", "0.15", "--date", "2025", "--source", "s")
    assert result.exit_code == 1
    assert "than the plan's baseline (10): did you mean 15?" in result.stderr


def test_ordinary_changes_and_corrections_of_the_odd_figure_pass(make_data: MakeData) -> None:
    odd = SNU_READING + "- date: 2025-06-30\n  value: 0.985\n  source: s\n"
    root = make_data({"objectives.yaml": MINIMAL_PLAN, SNU: SNU_READING})
    args = ("--date", "2025-06-30", "--source", "s")
    assert run("--data", root, "record", "snu", "60", *args).exit_code == 0  # 97.9 -> 60
    root = make_data({"objectives.yaml": MINIMAL_PLAN, SNU: odd})
    corrected = run("--data", root, "record", "snu", "98,5", *args, "--correct")
    assert corrected.exit_code == 0, corrected.output


def test_import_refuses_the_odd_row_unless_its_unusual_column_says_yes(
    make_data: MakeData, tmp_path: Path
) -> None:
    root = make_data({"objectives.yaml": MINIMAL_PLAN, SNU: SNU_READING})
    sheet = tmp_path / "in.csv"
    sheet.write_text("action;date;valeur;source;inhabituel\nsnu;2025;0,985;s;\n")
    before = fingerprint(root)
    refused = run("--data", root, "import", sheet)
    assert refused.exit_code == 1
    assert f"{sheet}: row 2: snu: 0.985 is about 100 times smaller" in refused.stderr
    assert "did you mean 98.5? If 0.985 is right, add 'yes' in an 'unusual' column" in (
        refused.stderr
    )
    assert fingerprint(root) == before
    sheet.write_text("action;date;valeur;source;inhabituel\nsnu;2025;0,985;s;oui\n")
    assert run("--data", root, "import", sheet).exit_code == 0


def test_a_sheets_rows_are_compared_with_the_rows_above_them(
    minimal_data: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "in.csv"
    sheet.write_text("action;date;value;source\nsnu;2024;97,9;s\nsnu;2025;0,979;s\n")
    result = run("--data", minimal_data, "import", sheet)
    assert result.exit_code == 1
    assert "row 3: snu: 0.979 is about 100 times smaller than the figure of 2024-12-31" in (
        result.stderr
    )


def test_a_share_is_never_more_than_its_whole(minimal_data: Path) -> None:
    args = ("record", "mediators", "50/48", "--date", "2025", "--source", "s")
    result = run("--data", minimal_data, *args)
    assert result.exit_code == 1
    assert "the numerator 50 exceeds the denominator 48" in result.stderr


def test_a_share_in_a_readings_file_is_checked_too(make_data: MakeData) -> None:
    share = "- date: 2025-06-30\n  numerator: 50\n  denominator: 48\n  source: s\n"
    root = make_data({"objectives.yaml": MINIMAL_PLAN, "readings/mediators.yaml": share})
    code, found = validate(root)
    assert code == 1
    assert found[0][:3] == (1, 3, "reading-value") and "exceeds the denominator" in found[0][3]


# A spreadsheet's percent cell holds a fraction.


def write_xlsx(path: Path, rows: list[list[object]], percent_cells: tuple[str, ...] = ()) -> None:
    book = openpyxl.Workbook()
    page = book.active
    for row in rows:
        page.append(row)
    for name in percent_cells:
        page[name].number_format = "0.0%"
    book.save(path)


def test_a_percent_formatted_cell_is_read_as_the_percentage_it_shows(
    minimal_data: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "in.xlsx"
    header = ["action", "date", "value", "source"]
    write_xlsx(sheet, [header, ["snu", "2025-12-31", 0.165, "SDJES"]], ("C2",))
    result = run("--data", minimal_data, "import", sheet)
    assert result.exit_code == 0, result.output
    assert "value: 16.5\n" in (minimal_data / SNU).read_text()
    shown = run("--data", minimal_data, "show", "snu", "--as-of", "2026-01-01")
    assert "16.5 %" in shown.stdout


def test_a_percent_formatted_cell_for_a_count_is_refused(
    make_data: MakeData, tmp_path: Path
) -> None:
    root = make_data({"objectives.yaml": COUNT_PLAN})
    sheet = tmp_path / "in.xlsx"
    write_xlsx(
        sheet, [["action", "date", "value", "source"], ["mediators", 2025, 0.5, "s"]], ("C2",)
    )
    result = run("--data", root, "import", sheet)
    assert result.exit_code == 1
    assert (
        "row 2: a figure's cell is formatted as a percentage but mediators is measured as a count"
        in (result.stderr)
    )


# The 'corrects' column says yes, or the row's own date, or nothing.


@pytest.mark.parametrize("cell", ["non", "0", "2023-12-31", "peut-être"])
def test_a_corrects_cell_that_is_not_a_clear_yes_refuses_the_row(
    make_data: MakeData, tmp_path: Path, cell: str
) -> None:
    root = make_data({"objectives.yaml": MINIMAL_PLAN, SNU: SNU_READING})
    sheet = tmp_path / "in.csv"
    sheet.write_text(f"action;date;value;source;corrige\nsnu;2024-12-31;98;s;{cell}\n")
    before = fingerprint(root)
    result = run("--data", root, "import", sheet)
    assert result.exit_code == 1
    assert f"{sheet}: row 2: 'corrects' says '{cell}': leave it empty, or write 'oui'" in (
        result.stderr
    )
    assert fingerprint(root) == before


@pytest.mark.parametrize("cell", ["oui", "x", "yes", "TRUE", "31/12/2024", "2024-12-31"])
def test_a_corrects_cell_with_yes_or_the_rows_date_corrects(
    make_data: MakeData, tmp_path: Path, cell: str
) -> None:
    root = make_data({"objectives.yaml": MINIMAL_PLAN, SNU: SNU_READING})
    sheet = tmp_path / "in.csv"
    sheet.write_text(f"action;date;value;source;corrige\nsnu;2024-12-31;98;s;{cell}\n")
    result = run("--data", root, "import", sheet)
    assert result.exit_code == 0, result.output
    assert (root / SNU).read_text().endswith("corrects: 2024-12-31\n")


# The plan's own numbers: finite, in their unit's range.


@pytest.mark.parametrize(
    ("old", "new", "fragment"),
    [
        ("baseline: {value: 10,", "baseline: {value: .nan,", "finite number"),
        (
            "baseline: {value: 10,",
            "baseline: {value: 120,",
            "the baseline (120) is not a percentage",
        ),
        ("{kind: at_least, value: 20}", "{kind: at_least, value: .inf}", "finite number"),
        ("{kind: at_least, value: 20}", "{kind: at_least, value: -.inf}", "finite number"),
        ("{kind: at_least, value: 20}", "{kind: change, percent: .nan}", "finite number"),
        (
            "{kind: at_least, value: 20}",
            "{kind: change, percent: 2000}",
            "must be at most 1000",
        ),
        (
            "{kind: at_least, value: 20}",
            "{kind: change, percent: 950}",
            "the level this change reaches (105) is not a percentage",
        ),
        ("{kind: at_least, value: 20}", "{kind: at_least, value: 1.0e+300}", "must be at most"),
    ],
)
def test_the_plans_numbers_are_finite_and_in_range(
    make_data: MakeData, old: str, new: str, fragment: str
) -> None:
    assert old in MINIMAL_PLAN
    plan = MINIMAL_PLAN.replace(old, new, 1)
    root = make_data({"objectives.yaml": plan})
    code, found = validate(root)
    assert code == 1
    assert len(found) == 1
    # a figure is located at itself, a figure out of its unit's range at its action
    assert found[0][0] in (line_of(plan, new), line_of(plan, "- id: snu"))
    assert fragment in found[0][3], found
    status = run("--data", root, "status", "--format", "json")
    assert status.exit_code == 1 and "NaN" not in status.stdout


@pytest.mark.parametrize("reference", ["nan", "inf", "-inf", "1e999", "120"])
def test_a_reference_figure_is_a_finite_percentage(make_data: MakeData, reference: str) -> None:
    plan = MINIMAL_PLAN.replace(
        "target: {kind: at_least, value: 100}", "target: {kind: outpace, reference: all}"
    )
    root = make_data({"objectives.yaml": plan})
    args = ("mediators", "40", "--reference", reference, "--date", "2025", "--source", "s")
    result = run("--data", root, "record", *args)
    assert result.exit_code == (1 if reference == "120" else 2)  # 2: not a number at all
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not (root / "readings").exists()


def test_a_reading_of_nan_or_infinity_is_located(make_data: MakeData) -> None:
    bad = "- date: 2025-06-30\n  value: .nan\n  source: s\n- date: 2025-09-30\n  value: .inf\n"
    root = make_data({"objectives.yaml": MINIMAL_PLAN, SNU: bad + "  source: s\n"})
    code, found = validate(root)
    assert code == 1
    assert [(line, column) for line, column, *_ in found] == [(2, 10), (5, 10)]


# YAML 1.1 number forms that are not what a person meant.


@pytest.mark.parametrize(
    ("written", "fragment"),
    [
        ("1:30", "base-60"),
        ("0x10", "hexadecimal"),
        ("0b11", "binary"),
        ("1_000", "write 1000 without '_'"),
        ("1_0.5", "write 10.5 without '_'"),
        ("010", "octal"),
        ("9" * 5000, "a number of 5000 characters"),
        ("1." + "5" * 40, "a number of 42 characters"),
    ],
)
def test_yaml_number_forms_are_refused_with_their_place(
    make_data: MakeData, written: str, fragment: str
) -> None:
    readings = f"- date: 2025-06-30\n  value: {written}\n  source: s\n"
    root = make_data({"objectives.yaml": MINIMAL_PLAN, SNU: readings})
    started = time.monotonic()
    code, found = validate(root)
    assert time.monotonic() - started < 30  # no runaway parse (not a timing test: a guard)
    assert code == 1
    assert found == [(2, 10, "ambiguous-number", found[0][3])]
    assert fragment in found[0][3] and "quote it if it is text" in found[0][3]


def test_the_same_forms_in_the_plan_are_refused(make_data: MakeData) -> None:
    plan = MINIMAL_PLAN.replace("{kind: at_least, value: 20}", "{kind: at_least, value: 1:30}")
    root = make_data({"objectives.yaml": plan})
    code, found = validate(root)
    assert code == 1
    assert [(line, code_) for line, _, code_, _ in found] == [
        (line_of(plan, "value: 1:30"), "ambiguous-number")
    ]


# The calendar's bounds.


@pytest.mark.parametrize("first_year", ["-200000000", "0", "10000", "2022", "2031"])
def test_each_year_from_lies_within_the_plans_years(make_data: MakeData, first_year: str) -> None:
    plan = MINIMAL_PLAN.replace(
        "{kind: at_least, value: 20}",
        f"{{kind: at_least, value: 20, each_year_from: {first_year}}}",
    )
    root = make_data({"objectives.yaml": plan})
    started = time.monotonic()
    code, found = validate(root)
    assert code == 1 and len(found) == 1
    assert found[0][0] == line_of(plan, "each_year_from")
    status = run("--data", root, "status")
    assert status.exit_code == 1
    assert status.stderr.splitlines()[-1].startswith("q2030: error: 1 error in the data")
    assert time.monotonic() - started < 30  # minutes and gigabytes before: a guard, not a timing


def test_a_leap_day_reference_date_works_in_every_command(make_data: MakeData) -> None:
    plan = MINIMAL_PLAN.replace("reference_date: 2023-12-31", "reference_date: 2024-02-29")
    plan = plan.replace(
        "baseline: {value: 10, date: 2023-12-31}", "baseline: {value: 10, date: 2024-02-29}"
    )
    root = make_data(
        {"objectives.yaml": plan, SNU: "- date: 2014-02-28\n  value: 9\n  source: s\n"}
    )
    assert run("--data", root, "validate").exit_code == 0
    assert run("--data", root, "status").exit_code == 0
    assert run("--data", root, "show", "snu").exit_code == 0
    recorded = run("--data", root, "record", "snu", "12", "--date", "2025", "--source", "s")
    assert recorded.exit_code == 0, recorded.output


AS_OF_COMMANDS = [
    ("status",),
    ("status", "--format", "json"),
    ("status", "--format", "csv"),
    ("status", "--format", "markdown"),
    ("show", "snu"),
    ("report",),
    ("report", "--format", "markdown"),
    ("export",),
    ("export", "--what", "readings"),
    ("validate",),
    ("diff", "HEAD"),
]


@pytest.fixture
def repository_with_readings(make_data: MakeData) -> Path:
    root = make_data(
        {
            "objectives.yaml": MINIMAL_PLAN.replace(
                "{kind: at_least, value: 20}", "{kind: at_least, value: 20, each_year_from: 2024}"
            ),
            SNU: SNU_READING.replace("97.9", "14"),
            "readings/mediators.yaml": "- date: 2025-06-30\n  numerator: 40\n  denominator: 48\n"
            "  source: s\n",
        }
    )
    for args in (("init", "-q"), ("add", "-A"), ("commit", "-qm", "base")):
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@e", "-C", str(root.parent), *args],
            check=True,
        )
    return root


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1", "9999"])
@pytest.mark.parametrize("command", AS_OF_COMMANDS, ids=" ".join)
def test_as_of_at_the_calendars_ends_answers_or_says_why(
    repository_with_readings: Path, command: tuple[str, ...], day: str
) -> None:
    result = run("--data", repository_with_readings, *command, "--as-of", day)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1, 2)
    if result.exit_code:
        assert len(result.stderr.strip().splitlines()) >= 1
        last = result.stderr.splitlines()[-1]
        assert last.startswith("q2030: error:") or last.endswith("warnings"), last
    if "json" in command and result.exit_code == 0:
        assert "NaN" not in result.stdout and "Infinity" not in result.stdout


# Statuses, yearly histories and change targets, wherever the status is shown.

DEMO_AS_OF = "2026-06-30"


def test_unreported_is_a_status_filters_counts_and_exports_know(tmp_path: Path) -> None:
    shipped = run("--data", SHIPPED_DATA, "status", "--status", "unreported", "-f", "json")
    rows = json.loads(shipped.stdout)
    assert rows and {row["status"] for row in rows} == {"unreported"}
    assert "missed" not in run("--data", SHIPPED_DATA, "status", "-f", "csv").stdout.split(",")
    table = run("--data", DEMO_DATA, "status", "--as-of", DEMO_AS_OF, "--lang", "fr").stdout
    assert "○ échue, non renseignée" in table and "échues, non renseignées" in table
    html = run("--data", DEMO_DATA, "report", "--as-of", DEMO_AS_OF).stdout
    assert 'data-status="unreported"' in html and "due, not reported" in html
    sheet = tmp_path / "status.csv"
    run("--data", DEMO_DATA, "export", "--as-of", DEMO_AS_OF, "--lang", "fr", "--out", sheet)
    assert "échue, non renseignée" in sheet.read_text(encoding="utf-8-sig")


def test_a_yearly_history_is_shown_in_show_the_report_and_json() -> None:
    args = ("--data", DEMO_DATA)
    shown = run(*args, "show", "camion-nina-simone", "--as-of", DEMO_AS_OF, "--lang", "fr")
    assert "≥ 50 % chaque année dès 2024" in plain(shown.stdout)
    assert "2024 ✖ 44 %, 2025 ○, 2026 …" in plain(shown.stdout)
    assert "/an" not in shown.stdout
    html = run(*args, "report", "--as-of", DEMO_AS_OF).stdout
    assert "2024 ✖ 44 %, 2025 ○, 2026 …" in html
    markdown = run(*args, "report", "-f", "markdown", "--as-of", DEMO_AS_OF).stdout
    assert "2024 ✖ 44 %, 2025 ○, 2026 …" in markdown
    rows = json.loads(run(*args, "status", "-f", "json", "--as-of", DEMO_AS_OF).stdout)
    nina = next(row for row in rows if row["id"] == "camion-nina-simone")
    assert (nina["status"], nina["pace"], nina["expected"]) == ("unreported", None, None)
    assert [y["verdict"] for y in nina["years"]] == ["missed", "unreported", "pending"]


def test_a_change_target_is_shown_as_its_number_everywhere(tmp_path: Path) -> None:
    args = ("--data", DEMO_DATA)
    rows = json.loads(run(*args, "status", "-f", "json", "--as-of", DEMO_AS_OF).stdout)
    places = next(row for row in rows if row["id"] == "places-creches")
    assert places["target"] == pytest.approx(2520)
    assert places["target_text"] == "≥ 2,520 (+5 % of 2,400)"
    shown = run(*args, "show", "places-creches", "--as-of", DEMO_AS_OF, "--lang", "fr").stdout
    assert "≥ 2\u00a0520 (+5\u00a0% de 2\u00a0400)" in shown
    html = run(*args, "report", "--as-of", DEMO_AS_OF, "--lang", "fr").stdout
    assert "≥ 2\u00a0520 (+5\u00a0% de 2\u00a0400)" in html
    sheet = tmp_path / "status.xlsx"
    run(*args, "export", "-f", "xlsx", "--as-of", DEMO_AS_OF, "--out", sheet)
    book = openpyxl.load_workbook(sheet)
    page = book.active
    headers = [cell.value for cell in page[1]]
    by_id = {row[0]: row for row in page.iter_rows(min_row=2, values_only=True)}
    assert by_id["places-creches"][headers.index("Target")] == pytest.approx(2520)
    # before the baseline is known, the change itself
    unknown = run(*args, "show", "laep-supplementaires", "--as-of", DEMO_AS_OF).stdout
    assert "+10 vs baseline" in unknown


def test_show_names_the_baseline_figure_an_operator_owes() -> None:
    shown = run("--data", SHIPPED_DATA, "show", "entretiens-perinataux", "--lang", "fr").stdout
    assert "la valeur au 31/12/2023, à renseigner" in shown
    english = run("--data", SHIPPED_DATA, "show", "entretiens-perinataux", "--lang", "en").stdout
    assert "the value on 2023-12-31, to be recorded" in english
    # a level target without a stated baseline owes none
    assert "to be recorded" not in run("--data", SHIPPED_DATA, "show", "dsil-qpv").stdout
