"""The commitments' own history: a change of target, due date or baseline is dated,
justified and shown; `validate --base` refuses one made silently, a rewritten history and
a removed action; a withdrawn action stays, out of the counts; `--as-of` judges against
the commitment as it stood then. Git repositories are built here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import demo_repository, git, plain, run

AS_OF = "2026-11-26"
ENTRY = """\
        changes:
          - date: 2026-03-12
            decision: "COPIL du 12/03/2026"
            reason: "Le SNU a changé de format en 2026."
            before:
              target: {kind: at_least, value: 20}
"""
WITHDRAWN = """\
        withdrawn:
          date: 2026-03-12
          decision: "COPIL du 12/03/2026"
          reason: "Le dispositif est supprimé."
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return demo_repository(tmp_path / "repo", when="2026-03-01")  # before its decisions


def _edit(root: Path, old: str, new: str, *, after: str = "id: snu-jeunes-qpv") -> None:
    plan = root / "objectives.yaml"
    text = plan.read_text(encoding="utf-8")
    start = text.index(old, text.index(after))
    plan.write_text(text[:start] + new + text[start + len(old) :], encoding="utf-8")


def _lower_the_target(root: Path, *, justified: bool) -> None:
    new = "target: {kind: at_least, value: 15}\n"
    _edit(root, "target: {kind: at_least, value: 20}\n", new + (ENTRY if justified else ""))


def _line_of(root: Path, text: str) -> int:
    lines = (root / "objectives.yaml").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if "id: snu-jeunes-qpv" in line)
    return next(i for i in range(start, len(lines)) if text in lines[i]) + 1


def test_a_lowered_target_without_an_entry_fails_at_its_line(repo: Path) -> None:
    _lower_the_target(repo, justified=False)
    result = run("--data", repo, "validate", "--base", "main", "-f", "json", "--as-of", AS_OF)
    assert result.exit_code == 1
    problems = [p for p in json.loads(result.stdout)["problems"] if p["level"] == "error"]
    assert len(problems) == 1
    problem = problems[0]
    assert problem["code"] == "commitment-history"
    assert problem["line"] == _line_of(repo, "target: {kind: at_least, value: 15}")
    assert problem["message"].startswith(
        "the target changed from ≥ 20 % to ≥ 15 % without a `changes` entry"
    )
    french = run("--data", repo, "--lang", "fr", "validate", "--base", "main", "--as-of", AS_OF)
    assert "changement de la cible de ≥ 20 % à ≥ 15 %" in plain(french.stdout)


def test_with_an_entry_it_passes_and_shows_everywhere(repo: Path) -> None:
    _lower_the_target(repo, justified=True)
    args = ("--data", repo)
    validated = run(*args, "validate", "--base", "main", "--as-of", AS_OF)
    assert validated.exit_code == 0, validated.output
    shown = plain(run(*args, "--lang", "fr", "show", "snu-jeunes-qpv", "--as-of", AS_OF).stdout)
    assert "Modifications de l'engagement" in shown
    assert "COPIL du 12/03/2026" in shown and "≥ 20 % → ≥" in shown
    table = run(*args, "status", "-o", "SDJES", "--as-of", AS_OF).stdout
    assert "≥ 15 % ✎" in table
    rows = json.loads(run(*args, "status", "-f", "json", "--as-of", AS_OF).stdout)
    snu = next(row for row in rows if row["id"] == "snu-jeunes-qpv")
    assert snu["target"] == 15 and snu["original_target"] == "≥ 20 %"
    assert snu["changes"] == [
        {
            "date": "2026-03-12",
            "decision": "COPIL du 12/03/2026",
            "reason": "Le SNU a changé de format en 2026.",
            "before": ["target"],
        }
    ]
    diff = run(*args, "diff", "main", "--as-of", AS_OF).stdout
    assert "### Commitments changed" in diff
    assert "**snu-jeunes-qpv** 2026-03-12, COPIL du 12/03/2026: the target: ≥ 20 % → ≥ 15 %" in (
        diff
    )
    report = run(*args, "--lang", "fr", "report", "--as-of", AS_OF).stdout
    assert "Engagements modifiés" in report and '<tr data-change="snu-jeunes-qpv">' in report
    assert "<td>≥ 20\u00a0%</td><td>≥ 15\u00a0%</td>" in report  # original and current
    since = run(*args, "report", "--as-of", AS_OF, "--since", "main", "-f", "markdown").stdout
    assert "commitment changed" in since


def test_as_of_before_the_change_judges_against_the_old_target(repo: Path) -> None:
    _lower_the_target(repo, justified=True)

    def snu(day: str) -> dict:
        rows = json.loads(run("--data", repo, "status", "-f", "json", "--as-of", day).stdout)
        return next(row for row in rows if row["id"] == "snu-jeunes-qpv")

    before, after = snu("2026-01-31"), snu(AS_OF)
    assert (before["target"], before["status"], before["changes"]) == (
        20,
        "needs_acceleration",
        [],
    )
    assert (after["target"], after["status"]) == (15, "on_track")


def test_a_rewritten_earlier_entry_fails(repo: Path) -> None:
    _lower_the_target(repo, justified=True)
    top = repo.parent
    git(top, "commit", "-qam", "The COPIL lowered the SNU's target", when="2026-03-15")
    _edit(repo, "Le SNU a changé de format en 2026.", "Une autre raison.")
    result = run("--data", repo, "validate", "--base", "main", "-f", "json", "--as-of", AS_OF)
    assert result.exit_code == 1
    codes = [p for p in json.loads(result.stdout)["problems"] if p["level"] == "error"]
    assert [p["code"] for p in codes] == ["commitment-history"]
    assert "rewritten" in codes[0]["message"]


def test_a_removed_action_fails_and_a_withdrawn_one_passes_out_of_the_counts(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "400")  # the counts on one line
    plan = repo / "objectives.yaml"
    text = plan.read_text(encoding="utf-8")
    start = text.index("  - id: pass-sport\n")  # its objective, which holds it alone
    end = text.index("\n  - id:", start)  # the next objective
    plan.write_text(text[:start] + text[end + 1 :], encoding="utf-8")
    (repo / "readings" / "pass-sport-qpv.yaml").unlink()
    removed = run("--data", repo, "validate", "--base", "main", "--as-of", AS_OF)
    assert removed.exit_code == 1
    assert "action 'pass-sport-qpv' was removed or renamed since main" in removed.stdout
    plan.write_text(text, encoding="utf-8")
    git(repo.parent, "checkout", "--", "data")
    before = run("--data", repo, "status", "--as-of", AS_OF).stdout.splitlines()[-1]
    _edit(
        repo,
        "target: {kind: at_least, value: 20}\n",
        "target: {kind: at_least, value: 20}\n" + WITHDRAWN,
        after="id: pass-sport-qpv",
    )
    withdrawn = run("--data", repo, "validate", "--base", "main", "--as-of", AS_OF)
    assert withdrawn.exit_code == 0, withdrawn.output
    rows = json.loads(run("--data", repo, "status", "-f", "json", "--as-of", AS_OF).stdout)
    assert next(r for r in rows if r["id"] == "pass-sport-qpv")["status"] == "withdrawn"
    after = run("--data", repo, "status", "--as-of", AS_OF).stdout.splitlines()[-1]
    assert before.startswith("63 actions") and after.startswith("62 actions")
    assert "· 4 missed ·" in before and "· 3 missed ·" in after  # pass-sport-qpv out
    assert after.endswith("(1 withdrawn, not counted)")
    early = run("--data", repo, "status", "-f", "json", "--as-of", "2026-01-31").stdout
    assert next(r for r in json.loads(early) if r["id"] == "pass-sport-qpv")["status"] == "missed"


def test_the_history_is_checked_like_the_rest(repo: Path) -> None:
    _lower_the_target(repo, justified=True)
    _edit(repo, "date: 2026-03-12", "date: 2027-03-12")
    future = run("--data", repo, "validate", "-f", "json", "--as-of", AS_OF)
    problems = json.loads(future.stdout)["problems"]
    assert any(
        p["code"] == "commitment-history"
        and "in the future" in p["message"]
        and p["line"] == _line_of(repo, "date: 2027-03-12")
        for p in problems
    )
    _edit(repo, "date: 2027-03-12", "date: 2026-03-12")
    _edit(
        repo,
        "              target: {kind: at_least, value: 20}\n",
        "              target: {kind: at_least, value: 20}\n              colour: red\n",
    )
    unknown = run("--data", repo, "validate", "-f", "json", "--as-of", AS_OF)
    assert any(
        "unknown field 'colour'" in p["message"] for p in json.loads(unknown.stdout)["problems"]
    )
