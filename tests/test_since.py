"""'Since the last COPIL' means what arrived since then (issue 19).

A data repository with a git history of two COPILs, dated and tagged: figures that arrived
after the second one, whatever date they describe, are what moved; `--since DATE`,
`--since REF`, `diff` and the report list the same changes, each with its figures.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import demo_repository, git, run

AS_OF = "2026-11-26"
CHANGE = """\
        changes:
          - date: 2026-07-01
            decision: "COPIL du 15/06/2026"
            reason: "Le pass'sport a changé de public en 2026."
            before:
              target: {kind: at_least, value: 20}
"""


def record(root: Path, *args: str) -> None:
    result = run("--data", root, "record", *args)
    assert result.exit_code == 0, result.output


def commit(top: Path, message: str, when: str) -> None:
    git(top, "add", "-A")
    git(top, "commit", "-qm", message, when=when)


@pytest.fixture(scope="module")
def two_copils(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo, presented at a COPIL on 10/12/2025 (tag copil-2025-12), then at one on
    15/06/2026 (copil-2026-06); then, by 01/09/2026, a first figure, a correction, a new
    figure, a milestone done and a target lowered by a decision."""
    top = tmp_path_factory.mktemp("since") / "repo"
    root = demo_repository(top)
    git(top, "commit", "-q", "--amend", "--no-edit", "--reset-author", when="2025-12-10")
    git(top, "tag", "copil-2025-12")
    record(root, "cej-jr-entrees-qpv", "41", "--date", "2025-12-31", "--source", "DDETS")
    commit(top, "CEJ-JR 2025", "2026-03-10")
    record(root, "snu-jeunes-qpv", "15.2", "--date", "2026-03-31", "--source", "SDJES")
    commit(top, "SNU T1 2026", "2026-06-15")
    git(top, "tag", "copil-2026-06")
    # after the second COPIL: figures for dates before it too
    record(
        root, "adultes-relais-mediateurs-sante", "38.5", "--date", "2024-12-31", "--source", "ARS"
    )
    record(root, "snu-jeunes-qpv", "15.5", "--date", "2026-03-31", "--source", "SDJES", "--correct")
    record(root, "snu-jeunes-qpv", "17", "--date", "2026-06-30", "--source", "SDJES")
    record(root, "pco-7-12-ans", "fait", "--date", "2026-06-30", "--source", "ARS")
    plan = root / "objectives.yaml"
    text = plan.read_text(encoding="utf-8")
    block = text.index("id: pass-sport-qpv")
    start = text.index("target: {kind: at_least, value: 20}", block)
    end = text.index("\n", start) + 1
    lowered = "target: {kind: at_least, value: 19}\n" + CHANGE
    plan.write_text(text[:start] + lowered + text[end:], encoding="utf-8")
    commit(top, "After the June COPIL", "2026-09-01")
    return root


def moved_json(root: Path, since: str) -> dict[str, dict[str, object]]:
    result = run("--data", root, "status", "--as-of", AS_OF, "--since", since, "-f", "json")
    assert result.exit_code == 0, result.output
    return {row["id"]: row["since"] for row in json.loads(result.stdout) if row["since"]}


def report_moved(root: Path, since: str) -> list[str]:
    result = run("--data", root, "report", "--as-of", AS_OF, "--since", since, "-f", "markdown")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("### Moved since"))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("### "))
    return [line for line in lines[start + 1 : end] if line.startswith("- ")]


AFTER_JUNE = {
    "adultes-relais-mediateurs-sante": (
        "figure received: 38.5 % (2024-12-31); gap 61.5 pts; ? no data → ◇ first figure"
    ),
    "snu-jeunes-qpv": (
        "15.2 % → 17 % (2026-06-30); corrected: 15.2 % → 15.5 % (2026-03-31); "
        "gap 4.8 pts → 3 pts; ▲ needs acceleration → ● on track"
    ),
    "pco-7-12-ans": "in progress → done (2026-06-30); ● on track → ✔ achieved",
    "pass-sport-qpv": (
        "gap 0.5 pts → 0.5 pts ahead; ✖ missed → ✔ achieved; "
        "commitment changed: the target: ≥ 20 % → ≥ 19 %"
    ),
}


def test_since_a_date_in_git_compares_with_the_data_committed_then(two_copils: Path) -> None:
    by_date = moved_json(two_copils, "15/06/2026")
    by_tag = moved_json(two_copils, "copil-2026-06")
    assert by_date == by_tag
    assert set(by_date) == set(AFTER_JUNE)
    # a first figure dated 2024 arrived after the COPIL: it moved, with its figures
    first = by_date["adultes-relais-mediateurs-sante"]
    assert first["before"] == {
        "status": "no_data",
        "latest": None,
        "latest_date": None,
        "latest_state": None,
        "gap": None,
    }
    assert first["after"]["status"] == "first_figure"
    assert first["after"]["gap"] == pytest.approx(61.5)
    snu = by_date["snu-jeunes-qpv"]
    assert snu["corrections"] == [{"date": "2026-03-31", "before": 15.2, "after": 15.5}]
    assert (snu["before"]["latest"], snu["after"]["latest"]) == (15.2, 17.0)
    assert by_date["pass-sport-qpv"]["changed_fields"] == ["target"]


def test_since_date_ref_diff_and_report_say_the_same_changes_with_figures(
    two_copils: Path,
) -> None:
    expected = [f"- **{key}** ({owner}) — {words}" for key, owner, words in _owned(AFTER_JUNE)]
    assert sorted(report_moved(two_copils, "15/06/2026")) == sorted(expected)
    assert sorted(report_moved(two_copils, "copil-2026-06")) == sorted(expected)
    diff = run("--data", two_copils, "diff", "copil-2026-06", "--as-of", AS_OF).stdout
    moved = diff.split("### What moved\n\n", 1)[1].splitlines()
    assert sorted(line for line in moved if line) == sorted(expected)
    status = run("--data", two_copils, "status", "--as-of", AS_OF, "--since", "15/06/2026")
    said = " ".join(status.stdout.split("Moved since 2026-06-15", 1)[1].split())
    for key, owner, words in _owned(AFTER_JUNE):
        assert f"{key} ({owner}): {words}" in said
    markdown = run(
        "--data",
        two_copils,
        "status",
        "--as-of",
        AS_OF,
        "--since",
        "copil-2026-06",
        "-f",
        "markdown",
    ).stdout
    assert "## Moved since 'copil-2026-06'" in markdown
    assert all(line in markdown for line in expected)


def _owned(moved: dict[str, str]) -> list[tuple[str, str, str]]:
    owners = {
        "adultes-relais-mediateurs-sante": "ARS",
        "snu-jeunes-qpv": "SDJES",
        "pco-7-12-ans": "ARS",
        "pass-sport-qpv": "SDJES",
        "cej-jr-entrees-qpv": "DDETS",
    }
    return [(key, owners[key], words) for key, words in moved.items()]


def test_the_label_says_which_data_a_date_was_compared_with(two_copils: Path) -> None:
    heading = report_heading(two_copils, "15/06/2026")
    assert heading.startswith("### Moved since 2026-06-15 (the data as committed on 2026-06-15, ")
    french = run(
        "--data",
        two_copils,
        "--lang",
        "fr",
        "report",
        "--as-of",
        AS_OF,
        "--since",
        "15/06/2026",
        "-f",
        "markdown",
    ).stdout.replace("\u00a0", " ")
    assert (
        "### Ce qui a bougé depuis le 15/06/2026 (les données telles que validées le 15/06/2026, "
        in french
    )
    assert "corrigé : 15,2 % → 15,5 % (31/03/2026)" in french
    assert "? sans donnée → ◇ première mesure" in french
    too_old = report_heading(two_copils, "01/01/2025")
    assert too_old == (
        "### Moved since 2025-01-01 (no commit that old: figures chosen by the dates they describe)"
    )


def report_heading(root: Path, since: str) -> str:
    result = run("--data", root, "report", "--as-of", AS_OF, "--since", since, "-f", "markdown")
    return next(line for line in result.stdout.splitlines() if line.startswith("### Moved"))


def test_since_the_first_copil_lists_what_arrived_across_both(two_copils: Path) -> None:
    moved = moved_json(two_copils, "10/12/2025")
    assert set(moved) == {*AFTER_JUNE, "cej-jr-entrees-qpv"}
    cej = moved["cej-jr-entrees-qpv"]
    assert (cej["before"]["status"], cej["after"]["status"]) == ("unreported", "achieved")


def test_outside_git_a_date_selects_figures_by_their_own_dates_and_says_so(
    two_copils: Path, tmp_path: Path
) -> None:
    loose = tmp_path / "copy"
    shutil.copytree(two_copils, loose)
    assert report_heading(loose, "15/06/2026") == (
        "### Moved since 2026-06-15 (outside git: figures chosen by the dates they describe)"
    )
    moved = moved_json(loose, "15/06/2026")
    # only the figures dated after the COPIL: the 2024 first figure cannot be seen as new
    assert "adultes-relais-mediateurs-sante" not in moved
    assert {"snu-jeunes-qpv", "pco-7-12-ans"} <= set(moved)


def test_a_since_that_is_neither_a_date_nor_a_revision_is_one_line(
    two_copils: Path, tmp_path: Path
) -> None:
    for since in ("no-such-tag", "31/13/2026"):
        bad = run("--data", two_copils, "report", "--since", since, "-f", "markdown")
        assert bad.exit_code == 1
        assert bad.stderr == (
            f"q2030: error: '{since}' is neither a date nor a git revision (such as 31/12/2025 "
            "or copil-2025-12)\n"
        )
    loose = tmp_path / "copy"
    shutil.copytree(two_copils, loose)
    outside = run("--data", loose, "--lang", "fr", "status", "--since", "copil")
    assert outside.exit_code == 1
    assert outside.stderr.replace("\u00a0", " ") == (
        "q2030 : erreur : « copil » n'est pas une date (comme 31/12/2025), et hors d'un dépôt "
        "git il n'y a pas de révision à comparer\n"
    )
