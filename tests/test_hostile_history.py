"""The history guard (issue 22, "The history guard"): `validate --base` refuses a change
that alters past or present verdicts without saying so. Each case here passed `validate
--base main` with exit 0 before the fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import demo_repository, git, run

AS_OF = "2026-11-26"
WITHDRAWN = """\
        withdrawn:
          date: 2026-03-12
          decision: "COPIL du 12/03/2026"
          reason: "Dispositif national arrêté."
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The demo in git with apprentis-qpv withdrawn, committed on main."""
    top = tmp_path / "repo"
    root = demo_repository(top, when="2026-03-01")
    edit(root / "objectives.yaml", "id: apprentis-qpv", "target: {kind: at_least, value: 15}\n",
         "target: {kind: at_least, value: 15}\n" + WITHDRAWN)  # fmt: skip
    git(top, "commit", "-qam", "apprentis-qpv withdrawn", when="2026-03-12")
    return root


def edit(path: Path, anchor: str, old: str, new: str) -> None:
    """Replace the first `old` after `anchor` in `path`."""
    text = path.read_text(encoding="utf-8")
    start = text.index(old, text.index(anchor))
    path.write_text(text[:start] + new + text[start + len(old) :], encoding="utf-8")


def plant(path: Path, day: str, value: str) -> None:
    """A reading written by hand first in the file, as a pull request could."""
    text = path.read_text(encoding="utf-8")
    start = text.index("- date:")
    entry = f'- date: {day}\n  value: {value}\n  source: "by hand"\n'
    path.write_text(text[:start] + entry + text[start:], encoding="utf-8")


def guard(root: Path) -> tuple[int, list[dict[str, object]]]:
    """validate --base main: its exit code and its problems (the demo's own stale warning
    aside)."""
    result = run("--data", root, "validate", "--base", "main", "-f", "json", "--as-of", AS_OF)
    problems = json.loads(result.stdout)["problems"]
    return result.exit_code, [p for p in problems if p["code"] != "stale-reading"]


def errors(problems: list[dict[str, object]]) -> list[tuple[str, str]]:
    return [(str(p["code"]), str(p["message"])) for p in problems if p["level"] == "error"]


def test_moving_the_plans_reference_date_is_refused(repo: Path) -> None:
    status = json.loads(run("--data", repo, "status", "-f", "json", "--as-of", AS_OF).stdout)
    before = {row["id"]: (row["baseline"], row["baseline_date"], row["gap"]) for row in status}
    edit(
        repo / "objectives.yaml",
        "plan:",
        "reference_date: 2023-12-31",
        "reference_date: 2024-12-31",
    )
    code, problems = guard(repo)
    assert code == 1
    found = [p for p in problems if p["level"] == "error"]
    plan_lines = (repo / "objectives.yaml").read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(plan_lines, 1) if "reference_date:" in text)
    assert [(p["code"], p["line"]) for p in found] == [("commitment-history", line)]
    assert "plan.reference_date changed from 2023-12-31 to 2024-12-31" in str(found[0]["message"])
    after = json.loads(run("--data", repo, "status", "-f", "json", "--as-of", AS_OF).stdout)
    moved = [
        row["id"]
        for row in after
        if before[row["id"]] != (row["baseline"], row["baseline_date"], row["gap"])
    ]
    assert "passoires-thermiques" in moved  # why it matters: its baseline was 5 200 at 2023


def test_deleting_a_withdrawal_is_refused(repo: Path) -> None:
    text = (repo / "objectives.yaml").read_text(encoding="utf-8")
    (repo / "objectives.yaml").write_text(text.replace(WITHDRAWN, ""), encoding="utf-8")
    code, problems = guard(repo)
    assert code == 1
    assert any(
        code == "commitment-history" and "withdrawal of 2026-03-12" in message
        for code, message in errors(problems)
    ), problems


def test_back_dating_a_withdrawal_is_refused(repo: Path) -> None:
    edit(repo / "objectives.yaml", "withdrawn:", "date: 2026-03-12", "date: 2024-01-01")
    code, problems = guard(repo)
    assert code == 1
    assert any("withdrawal of 2026-03-12" in message for _, message in errors(problems))


def test_a_change_whose_before_the_plan_never_held_is_refused(repo: Path) -> None:
    change = """\
        changes:
          - date: 2026-03-12
            decision: "COPIL du 12/03/2026"
            reason: "Le SNU a changé de format."
            before:
              target: {kind: at_least, value: 20}
              due: 2025
"""
    edit(repo / "objectives.yaml", "id: snu-jeunes-qpv", "target: {kind: at_least, value: 20}\n",
         "target: {kind: at_least, value: 15}\n" + change)  # fmt: skip
    code, problems = guard(repo)
    assert code == 1
    said = errors(problems)
    assert said == [
        (
            "commitment-history",
            "this change says the due date was 2025, but at main it was 2027: `before` holds "
            "the value the commitment had",
        )
    ], said
    # the same change with a true `before` passes
    edit(repo / "objectives.yaml", "id: snu-jeunes-qpv", "              due: 2025\n", "")
    assert guard(repo)[0] == 0


def test_a_reading_before_the_first_one_moves_the_starting_point_and_is_refused(
    repo: Path,
) -> None:
    """centres-sociaux-evs has no baseline in the plan: its first figure (2024-12-31) is its
    starting point, from which every verdict since was measured."""
    before = run("--data", repo, "show", "centres-sociaux-evs", "--as-of", AS_OF).stdout
    # record refuses it (see the next test); a pull request can write it by hand
    early = run("--data", repo, "record", "centres-sociaux-evs", "70", "--date", "2024-06-30",
                "--source", "CAF")  # fmt: skip
    assert early.exit_code == 1 and "would move its starting point" in early.stderr
    plant(repo / "readings" / "centres-sociaux-evs.yaml", "2024-06-30", "70")
    after = run("--data", repo, "show", "centres-sociaux-evs", "--as-of", AS_OF).stdout
    assert before != after  # the baseline moved from 83.3 % to 70 %
    code, problems = guard(repo)
    assert code == 1
    assert [(p["code"], p["line"]) for p in problems if p["level"] == "error"] == [
        ("append-only", 3)
    ]
    assert "would move its starting point" in str(problems[0]["message"])


def test_a_late_figure_the_plan_owes_is_welcome_and_said_in_figures(repo: Path) -> None:
    """A figure for an owed period (31/12/2023 here, the reference date's period end is
    not one; 31/12/2024 is) may arrive late, even before the first one: the request sheets
    ask for it. It moves the starting point, which `diff` says in figures."""
    plant(repo / "readings" / "dsil-qpv.yaml", "2023-12-31", "10")
    code, problems = guard(repo)
    assert code == 1 and "would move its starting point" in str(problems[0]["message"])
    (repo / "readings" / "dsil-qpv.yaml").write_text(
        (repo / "readings" / "dsil-qpv.yaml")
        .read_text()
        .replace('- date: 2023-12-31\n  value: 10\n  source: "by hand"\n', "")
    )
    assert guard(repo) == (0, [])
    between = run("--data", repo, "record", "snu-jeunes-qpv", "13", "--date", "2025-06-30",
                  "--source", "SDJES")  # fmt: skip
    assert between.exit_code == 0, between.output
    assert guard(repo) == (0, [])  # between others: no starting point moves
    fixed = run("--data", repo, "record", "centres-sociaux-evs", "30/48", "--date", "2024-12-31",
                "--source", "CAF", "--correct")  # fmt: skip
    assert fixed.exit_code == 0, fixed.output
    assert guard(repo) == (0, [])  # a stated correction of the first figure
    diff = run("--data", repo, "diff", "main", "--as-of", AS_OF).stdout
    assert "starting point 83.3 % (2024-12-31) → 62.5 % (2024-12-31)" in diff, diff
    # a first figure, then the figure of an earlier period owed: welcome, and said
    git(repo.parent, "commit", "-qam", "late figures")
    for value, day in (("60", "2025-12-31"), ("38.5", "2024-12-31")):
        assert run("--data", repo, "record", "adultes-relais-mediateurs-sante", value,
                   "--date", day, "--source", "ARS").exit_code == 0  # fmt: skip
        if day == "2025-12-31":
            git(repo.parent, "add", "-A")
            git(repo.parent, "commit", "-qm", "a first figure")
    assert guard(repo) == (0, [])
    diff = run("--data", repo, "diff", "main", "--as-of", AS_OF).stdout
    assert "starting point 60 % (2025-12-31) → 38.5 % (2024-12-31)" in diff, diff


def test_a_reading_the_tool_inserted_at_its_date_keeps_the_old_ones(repo: Path) -> None:
    """Writers insert at the date: the old readings are all there, in their order."""
    assert run("--data", repo, "record", "dsil-qpv", "16.5", "--date", "2026-06-30",
               "--source", "SGAR").exit_code == 0  # fmt: skip
    assert guard(repo) == (0, [])
    path = repo / "readings" / "dsil-qpv.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("value: 16.2", "value: 16.3"))
    code, problems = guard(repo)
    assert code == 1 and [p["code"] for p in problems] == ["append-only"]


def test_record_and_import_refuse_what_the_guard_would_refuse(repo: Path) -> None:
    """What the tool writes, CI accepts: a figure that would move a starting point for no
    period the plan asks for is refused when it is typed or imported, not only in CI."""
    before = (repo / "readings" / "centres-sociaux-evs.yaml").read_bytes()
    typed = run("--data", repo, "--lang", "fr", "record", "centres-sociaux-evs", "35/48",
                "--date", "30/06/2024", "--source", "CAF")  # fmt: skip
    assert typed.exit_code == 1
    assert typed.stderr.replace("\u00a0", " ").strip() == (
        "q2030 : erreur : un chiffre du 30/06/2024 précède ceux dont part centres-sociaux-evs "
        "et déplacerait son point de départ (et tous les verdicts depuis), pour aucune "
        "période que demande le plan : donnez le chiffre de la fin de sa période (31/12/2024), "
        "ou inscrivez la référence dans le plan"
    )
    sheet = repo.parent / "rows.csv"
    sheet.write_text(
        "action,date,value,source\ncentres-sociaux-evs,2024-06-30,35/48,CAF\n", encoding="utf-8"
    )
    imported = run("--data", repo, "import", sheet)
    assert imported.exit_code == 1 and "would move its starting point" in imported.output
    assert (repo / "readings" / "centres-sociaux-evs.yaml").read_bytes() == before
    assert guard(repo) == (0, [])


def test_a_decision_dated_long_before_the_base_was_committed_is_refused(repo: Path) -> None:
    """A change dated 2024-02-01, added to a plan committed 2026-03-12, rewrites what the
    plan said to every COPIL in between (show --as-of 2025-06-30 would show another
    target)."""
    change = """\
        changes:
          - date: 2024-02-01
            decision: "COPIL du 01/02/2024"
            reason: "Recalée."
            before:
              target: {kind: change, percent: 5}
"""
    edit(repo / "objectives.yaml", "id: places-creches", "target: {kind: change, percent: 5}\n",
         "target: {kind: change, percent: 3}\n" + change)  # fmt: skip
    code, problems = guard(repo)
    assert code == 1
    assert errors(problems) == [
        (
            "commitment-history",
            "this decision is dated 2024-02-01, more than three months before main was "
            "committed (2026-03-12): it would change what the plan said at the COPILs held "
            "since; date it the day it was taken, and record it within three months",
        )
    ]
    edit(repo / "objectives.yaml", "id: places-creches", "date: 2024-02-01", "date: 2026-02-01")
    assert guard(repo) == (0, [])  # within three months of the base: a decision just recorded
