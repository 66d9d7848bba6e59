"""The library API (q2030.api): the commands as functions, without Typer, in a process that
never imports it; the same figures as the command line's."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from q2030 import api
from q2030.domain.choices import SchemaKind, SortOrder
from q2030.domain.statuses import Status
from q2030.errors import DataError, Q2030Error
from q2030.render import remind as remind_render
from tests.conftest import DEMO_DATA, REPO, run

AS_OF = date(2026, 11, 26)

WITHOUT_TYPER = """
import sys
from datetime import date
from q2030 import api
from q2030.render.request import to_xlsx

result = api.status(sys.argv[1], operators=["SDJES"], as_of=date(2026, 11, 26))
print([(row.action.id, row.progress.status.value) for row in result.rows])
checked = api.validate(sys.argv[1], as_of=date(2026, 11, 26))
print(checked.failed, len(checked.problems))
outcome = api.record(sys.argv[1], "snu-jeunes-qpv", "15,2", source="SDJES", day=date(2026, 6, 30))
print(outcome.appended.written, outcome.after.status.value)
asked = api.request(sys.argv[1], operators=["CAF"], as_of=date(2026, 11, 26))
from q2030.i18n import Language
sheet = to_xlsx(asked.dataset, asked.requests[0], Language("fr"))
print([(r.operator.id, len(r.figures)) for r in asked.requests], sheet[:2] == b"PK")
print("typer" in sys.modules, "rich" in sys.modules)
"""


def test_status_validate_record_and_request_run_without_typer(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DEMO_DATA, data)
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_TYPER, str(data)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == (
        "[('snu-jeunes-qpv', 'needs_acceleration'), ('colos-apprenantes-qpv', 'on_track'), "
        "('pass-sport-qpv', 'missed')]"
    )
    assert lines[1] == "False 1"  # the demo's one stale warning
    assert lines[2] == "True needs_acceleration"  # written; 15.2 % is still behind its line
    assert lines[3] == "[('CAF', 5)] True"  # as 'q2030 due -o CAF' lists them
    assert lines[4] == "False False"  # neither Typer nor Rich was imported
    recorded = (data / "readings" / "snu-jeunes-qpv.yaml").read_text(encoding="utf-8")
    assert '- date: 2026-06-30\n  value: 15.2\n  source: "SDJES"\n' in recorded


def test_the_api_gives_the_figures_the_command_line_prints() -> None:
    result = api.status(DEMO_DATA, as_of=AS_OF, sort=SortOrder.STATUS)
    printed = json.loads(
        run("--data", DEMO_DATA, "status", "-f", "json", "--sort", "status", "--as-of",
            AS_OF.isoformat()).stdout
    )  # fmt: skip
    assert [
        (row.action.id, row.progress.status.value, row.progress.gap) for row in result.rows
    ] == [(row["id"], row["status"], row["gap"]) for row in printed]
    assert result.freshness  # the demo's figures are not all on time
    due = api.due(DEMO_DATA, as_of=AS_OF, operators=["CAF"])
    assert {figure.action.id for figure in due.figures} >= {"places-creches"}
    assert api.show(DEMO_DATA, "SNU-Jeunes-QPV", as_of=AS_OF).progress.status is (
        Status.NEEDS_ACCELERATION
    )


def test_the_api_raises_what_the_command_line_says_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(Q2030Error, match="unknown action 'nus'"):
        api.show(DEMO_DATA, "nus")
    with pytest.raises(Q2030Error, match="is not a value"):
        api.record(DEMO_DATA, "snu-jeunes-qpv", "quinze", source="s", dry_run=True)
    broken = tmp_path / "data"
    shutil.copytree(DEMO_DATA, broken)
    (broken / "readings" / "dsil-qpv.yaml").write_text("- date: 2025-12-31\n  value: x\n")
    with pytest.raises(DataError) as raised:
        api.status(broken, as_of=AS_OF)
    assert any(problem.path.endswith("dsil-qpv.yaml") for problem in raised.value.problems)
    assert api.validate(broken, as_of=AS_OF).failed


def test_remind_and_schema_give_what_the_command_line_writes(tmp_path: Path) -> None:
    """The drafts `q2030 remind` writes are those api.remind lists (same operators, same
    file names), and api.schema is the schema `q2030 schema` prints."""
    drafts = tmp_path / "drafts"
    done = run("--data", DEMO_DATA, "remind", "--out-dir", drafts, "--as-of", AS_OF.isoformat())
    assert done.exit_code == 0, done.stderr
    result = api.remind(DEMO_DATA, as_of=AS_OF)
    assert result.drafts and all(asked.figures for asked in result.drafts)
    assert sorted(path.name for path in drafts.iterdir()) == sorted(
        remind_render.file_name(asked) for asked in result.drafts
    )
    assert [operator.id for operator in result.without_contacts] == [
        asked.operator.id for asked in result.drafts if not asked.operator.contacts
    ]
    caf = api.remind(DEMO_DATA, operators=["CAF"], as_of=AS_OF)
    assert [asked.operator.id for asked in caf.drafts] == ["CAF"]
    for kind in SchemaKind:
        printed = run("schema", kind.value).stdout
        assert json.loads(printed) == api.schema(kind)
