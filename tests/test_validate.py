"""`q2030 validate` for pull requests: every problem located, formats, exit codes, history."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from q2030.errors import Problem
from q2030.render.problems import as_github
from tests.conftest import DEMO_DATA, MINIMAL_PLAN, REPO, SHIPPED_DATA, run

MakeData = Callable[[dict[str, str]], Path]
TODAY = "2026-11-26"  # what "in the future" and "stale" are judged against in these tests
GOOD = "- date: 2026-06-30\n  value: 12\n  source: s\n"
BASE_READINGS = (
    "- date: 2025-06-30\n  value: 12\n  source: s\n- date: 2025-12-31\n  value: 14\n  source: s\n"
)


def problems_json(root: Path, *args: str) -> tuple[int, dict]:
    result = run("--data", root, "validate", "--format", "json", "--as-of", TODAY, *args)
    return result.exit_code, json.loads(result.stdout)


def located(report: dict) -> list[tuple[str, int, int, str, str]]:
    return [
        (Path(p["path"]).name, p["line"], p["column"], p["level"], p["code"])
        for p in report["problems"]
    ]


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {"readings/snu.yaml": "- date: 2026-06-30\n  value: [12\n"},
            ("snu.yaml", 3, 1, "error", "yaml-syntax"),
        ),
        (
            {"readings/snu.yaml": "- date: 2026-06-30\n  value: 1\n  value: 2\n  source: s\n"},
            ("snu.yaml", 3, 3, "error", "duplicate-key"),
        ),
        (
            {"readings/snu.yaml": "- &a\n  date: 2026-06-30\n  value: 1\n  source: s\n- *a\n"},
            ("snu.yaml", 1, 3, "error", "alias"),
        ),
        (
            {"readings/snu.yaml": "- date: 2026-06-30\n\tvalue: 1\n"},
            ("snu.yaml", 2, 1, "error", "yaml-syntax"),
        ),
        (
            {"readings/snu.yaml": "- date: 2026-06-30\n  value: 010\n  source: s\n"},
            ("snu.yaml", 2, 10, "error", "ambiguous-number"),
        ),
        (
            {"readings/snu.yaml": "- date: 2026-06-30\n  value: no\n  source: s\n"},
            ("snu.yaml", 2, 10, "error", "schema"),
        ),
        (
            {"readings/snu.yaml": "- date: 2026-06-30\n  value: 1\n  source: 1.10\n"},
            ("snu.yaml", 3, 11, "error", "schema"),
        ),
        (
            {"readings/snu.yaml": GOOD + "  note: 2024-01-01\n"},
            ("snu.yaml", 4, 9, "error", "schema"),  # an unquoted date where text is expected
        ),
        (
            {"readings/snu.yaml": "- date: 2026-06-30\n  valeur: 1\n  source: s\n"},
            ("snu.yaml", 2, 3, "error", "schema"),
        ),
        (
            {"readings/snu.yaml": "- date: 2026-06-30\n  value: 1\n"},
            ("snu.yaml", 1, 3, "error", "schema"),
        ),
        ({"readings/sun.yaml": GOOD}, ("sun.yaml", 1, 1, "error", "orphan-readings")),
        (
            {"readings/snu.yaml": "- date: 2026-06-30\n  value: 120\n  source: s\n"},
            ("snu.yaml", 1, 3, "error", "reading-value"),
        ),
        (
            {"readings/snu.yaml": "- date: 2026-06-30\n  state: done\n  source: s\n"},
            ("snu.yaml", 1, 3, "error", "reading-value"),
        ),
        (
            {"readings/snu.yaml": "- date: 2099-06-30\n  value: 1\n  source: s\n"},
            ("snu.yaml", 1, 9, "error", "reading-date"),
        ),
        (
            {"readings/snu.yaml": "- date: 1999-06-30\n  value: 1\n  source: s\n"},
            ("snu.yaml", 1, 9, "error", "reading-date"),
        ),
        (
            {"readings/snu.yaml": GOOD + GOOD.replace("12", "13")},
            ("snu.yaml", 4, 9, "error", "reading-conflict"),
        ),
        (
            {"readings/snu.yaml": GOOD.replace("06", "07") + GOOD},
            ("snu.yaml", 4, 9, "warning", "reading-order"),
        ),
        (
            {"readings/snu.yaml": "- date: 2023-06-30\n  value: 11\n  source: s\n"},
            ("snu.yaml", 1, 9, "warning", "stale-reading"),
        ),
        ({"readings/snu.yml": GOOD}, ("snu.yml", 1, 1, "warning", "not-readings")),
    ],
)
def test_each_finding_is_located(
    make_data: MakeData, files: dict[str, str], expected: tuple[str, int, int, str, str]
) -> None:
    root = make_data({"objectives.yaml": MINIMAL_PLAN, **files})
    code, report = problems_json(root)
    found = located(report)
    if expected[4] == "reading-date" and expected[1:3] == (1, 9) and "1999" in str(files):
        # a figure too old to count is also the action's last, and stale
        assert found[1] == ("snu.yaml", 1, 9, "warning", "stale-reading")
        found = found[:1]
    assert found == [expected]
    assert code == (1 if expected[3] == "error" else 0)
    assert report["ok"] is (expected[3] != "error")


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("- id: mediators", "- id: snu", ("objectives.yaml", 39, 13, "error", "duplicate-id")),
        (
            "operator: ARS",
            "operator: ARZ",
            ("objectives.yaml", 41, 19, "error", "unknown-reference"),
        ),
        (
            "name: Youth and sports\n    parent: DSDEN",
            "name: Youth and sports\n    parent: DSDN",
            ("objectives.yaml", 12, 13, "error", "unknown-reference"),
        ),
        (
            "target: {kind: none}",
            "target: {kind: none, value: 3}",
            ("objectives.yaml", 35, 30, "error", "schema"),
        ),
        ("title: Youth\n", "title: no\n", ("objectives.yaml", 18, 12, "error", "schema")),
        ("due: 2027", "due: 2027-13", ("objectives.yaml", 23, 14, "error", "schema")),
    ],
)
def test_plan_findings_are_located(
    make_data: MakeData, old: str, new: str, expected: tuple[str, int, int, str, str]
) -> None:
    assert old in MINIMAL_PLAN
    root = make_data({"objectives.yaml": MINIMAL_PLAN.replace(old, new, 1)})
    code, report = problems_json(root)
    assert located(report) == [expected]
    assert code == 1


def test_unknown_fields_suggest_the_closest_name(make_data: MakeData) -> None:
    root = make_data(
        {
            "objectives.yaml": MINIMAL_PLAN,
            "readings/snu.yaml": "- date: 2026-06-30\n  valeur: 1\n  source: s\n",
        }
    )
    report = problems_json(root)[1]
    assert report["problems"][0]["message"] == "unknown field 'valeur' (did you mean 'value'?)"


def test_not_utf8_and_links_outside_the_folder(make_data: MakeData, tmp_path: Path) -> None:
    root = make_data({"objectives.yaml": MINIMAL_PLAN, "readings/.keep": ""})
    (root / "readings" / "snu.yaml").write_bytes(b"- date: 2026-06-30\n  source: \xff\n")
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text(GOOD)
    (root / "readings" / "mediators.yaml").symlink_to(outside)
    code, report = problems_json(root)
    assert located(report) == [
        ("mediators.yaml", 1, 1, "error", "not-regular"),
        ("snu.yaml", 2, 11, "error", "encoding"),
    ]
    assert code == 1


def test_a_linked_readings_folder_is_not_followed(make_data: MakeData, tmp_path: Path) -> None:
    root = make_data({"objectives.yaml": MINIMAL_PLAN})
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "snu.yaml").write_text(GOOD)
    (root / "readings").symlink_to(elsewhere, target_is_directory=True)
    assert located(problems_json(root)[1]) == [("readings", 1, 1, "error", "not-regular")]


def test_all_problems_are_reported_and_text_format_has_one_line_each(make_data: MakeData) -> None:
    root = make_data(
        {
            "objectives.yaml": MINIMAL_PLAN,
            "readings/snu.yaml": "- date: 2026-06-30\n  value: 120\n  source: s\n",
            "readings/mediators.yaml": "- date: 2026-06-30\n  value: no\n  source: s\n",
            "readings/sun.yaml": GOOD,
        }
    )
    result = run("--data", root, "validate", "--format", "text")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert all(line.count(": [error] ") == 1 for line in lines)
    assert result.stderr.endswith(": 3 errors, 0 warnings\n")


def test_strict_fails_on_warnings(make_data: MakeData) -> None:
    root = make_data(
        {
            "objectives.yaml": MINIMAL_PLAN,
            "readings/snu.yaml": "- date: 2023-06-30\n  value: 11\n  source: s\n",
        }
    )
    assert run("--data", root, "validate").exit_code == 0
    code, report = problems_json(root, "--strict")
    assert (code, report["ok"]) == (1, False)
    assert run("--data", root, "validate", "--format", "yaml").exit_code == 2


def test_github_format_escapes_as_the_toolkit_does() -> None:
    problem = Problem("data/a,b:c.yaml", 3, 9, "error", "schema", "50% wrong\r\nsee: here, there")
    assert as_github([problem]) == (
        "::error file=data/a%2Cb%3Ac.yaml,line=3,col=9,title=q2030 schema::"
        "50%25 wrong%0D%0Asee: here, there\n"
    )


def test_auto_picks_github_on_github_actions(
    make_data: MakeData, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_data(
        {
            "objectives.yaml": MINIMAL_PLAN,
            "readings/snu.yaml": "- date: 2026-06-30\n  value: 120\n  source: s\n",
        }
    )
    text = run("--data", root, "validate").stdout
    assert ":1:3: [error] reading-value: " in text and "::error" not in text
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    out = run("--data", root, "validate").stdout
    assert out.startswith("::error file=") and ",line=1,col=3,title=q2030 reading-value::" in out


def test_the_shipped_data_and_the_demo_validate() -> None:
    assert run("--data", SHIPPED_DATA, "validate", "--strict").exit_code == 0
    assert run("--data", DEMO_DATA, "validate").exit_code == 0  # a stale warning, on purpose


# History: a git repository whose data is edited after a first commit.


def git(folder: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-C", str(folder), *args], capture_output=True, text=True, check=True
    )
    return result.stdout


@pytest.fixture
def repo(make_data: MakeData) -> Path:
    root = make_data({"objectives.yaml": MINIMAL_PLAN, "readings/snu.yaml": BASE_READINGS})
    top = root.parent
    git(top, "init", "-q", "-b", "main")
    git(top, "-c", "user.name=t", "-c", "user.email=t@e", "add", "-A")
    git(top, "-c", "user.name=t", "-c", "user.email=t@e", "commit", "-qm", "base")
    return root


def test_appending_is_allowed(repo: Path) -> None:
    (repo / "readings" / "snu.yaml").write_text(
        (repo / "readings" / "snu.yaml").read_text()
        + "- date: 2026-01-31\n  value: 15\n  source: s\n"
    )
    code, report = problems_json(repo, "--base", "main")
    assert (code, report["problems"]) == (0, [])


def test_changing_a_reading_is_refused(repo: Path) -> None:
    path = repo / "readings" / "snu.yaml"
    path.write_text(path.read_text().replace("value: 14", "value: 15"))
    code, report = problems_json(repo, "--base", "main")
    assert code == 1
    assert located(report) == [("snu.yaml", 4, 3, "error", "append-only")]
    assert "record a correction instead" in report["problems"][0]["message"]


def test_deleting_readings_or_their_file_is_refused(repo: Path) -> None:
    path = repo / "readings" / "snu.yaml"
    path.write_text(BASE_READINGS.split("- date: 2025-12-31")[0])
    assert [p for p in located(problems_json(repo, "--base", "main")[1]) if p[3] == "error"] == [
        ("snu.yaml", 1, 1, "error", "append-only")
    ]
    path.unlink()
    assert located(problems_json(repo, "--base", "main")[1]) == [
        ("snu.yaml", 1, 1, "error", "append-only")
    ]


def test_renaming_an_action_with_readings_is_refused(repo: Path) -> None:
    (repo / "objectives.yaml").write_text(MINIMAL_PLAN.replace("- id: snu", "- id: snu-qpv"))
    (repo / "readings" / "snu.yaml").rename(repo / "readings" / "snu-qpv.yaml")
    code, report = problems_json(repo, "--base", "main")
    assert code == 1
    assert ("objectives.yaml", 17, 3, "error", "commitment-history") in located(report)
    assert any("action 'snu' was removed or renamed" in p["message"] for p in report["problems"])


def test_an_unknown_revision_is_a_clear_error(repo: Path) -> None:
    result = run("--data", repo, "validate", "--base", "no-such-branch")
    assert result.exit_code == 1
    assert "'no-such-branch' is not a git revision" in result.stderr
    assert result.stderr.count("\n") == 1


def test_diff_lists_added_readings_and_status_changes(repo: Path) -> None:
    path = repo / "readings" / "snu.yaml"
    path.write_text(path.read_text() + '- date: 2026-01-31\n  value: 18\n  source: "SDJES"\n')
    result = run("--data", repo, "diff", "main", "--as-of", "2026-02-01")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "## q2030: data changes from `main` to the working tree\n\n"
        "### Readings added\n\n"
        "- **snu** 2026-01-31: 18 % (source: SDJES)\n\n"
        "### What moved\n\n"
        "- **snu** (SDJES) — 14 % → 18 % (2026-01-31); gap 6 pts → 2 pts; "
        "▲ needs acceleration → ● on track\n"
    )
    git(repo.parent, "-c", "user.name=t", "-c", "user.email=t@e", "commit", "-qam", "more")
    between = run("--data", repo, "diff", "main~1", "main", "--as-of", "2026-02-01").stdout
    assert between.startswith("## q2030: data changes from `main~1` to `main`\n")
    assert "- **snu** 2026-01-31: 18 %" in between
    unchanged = run("--data", repo, "diff", "main", "--as-of", "2026-02-01").stdout
    assert unchanged.endswith("No reading added, no status or gap changed.\n")


# Schemas, workflow and pre-commit, checked by independent tools.


def tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def test_schema_prints_what_the_data_folders_ship() -> None:
    for folder in (SHIPPED_DATA, DEMO_DATA):
        for kind in ("objectives", "readings"):
            shipped = (folder / "schemas" / f"{kind}.schema.json").read_text()
            assert run("schema", kind).stdout == shipped


def test_data_files_name_their_schema_and_validate_against_it() -> None:
    for folder in (SHIPPED_DATA, DEMO_DATA):
        plan = folder / "objectives.yaml"
        assert plan.read_text().startswith(
            "# yaml-language-server: $schema=schemas/objectives.schema.json\n"
        )
        subprocess.run(
            [
                tool("check-jsonschema"),
                "--schemafile",
                str(folder / "schemas" / "objectives.schema.json"),
                str(plan),
            ],
            check=True,
            capture_output=True,
        )
        readings = sorted((folder / "readings").glob("*.yaml"))
        for path in readings:
            assert path.read_text().startswith(
                "# yaml-language-server: $schema=../schemas/readings.schema.json\n"
            )
        if readings:
            subprocess.run(
                [
                    tool("check-jsonschema"),
                    "--schemafile",
                    str(folder / "schemas" / "readings.schema.json"),
                    *map(str, readings),
                ],
                check=True,
                capture_output=True,
            )


def test_the_schema_catches_what_the_models_refuse(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("- date: 2026-06-30\n  valeur: 1\n  source: s\n")
    result = subprocess.run(
        [
            tool("check-jsonschema"),
            "--schemafile",
            str(SHIPPED_DATA / "schemas" / "readings.schema.json"),
            str(bad),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1


def test_the_workflows_validate_against_githubs_schema(tmp_path: Path) -> None:
    assert run("init", tmp_path / "new").exit_code == 0
    for workflow in (
        REPO / ".github" / "workflows" / "validate-data.yml",
        tmp_path / "new" / ".github" / "workflows" / "validate-data.yml",
    ):
        result = subprocess.run(
            [
                tool("check-jsonschema"),
                "--builtin-schema",
                "vendor.github-workflows",
                str(workflow),
            ],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_init_creates_a_repository_that_validates_at_once(tmp_path: Path) -> None:
    target = tmp_path / "quartiers-2030-pas-de-calais"
    result = run("init", target, "--territory", "Pas-de-Calais")
    assert result.exit_code == 0, result.output
    assert sorted(str(p.relative_to(target)) for p in target.rglob("*") if p.is_file()) == [
        ".github/workflows/publish-site.yml",
        ".github/workflows/validate-data.yml",
        ".gitignore",
        ".pre-commit-config.yaml",
        "README.md",
        "data/objectives.yaml",
        "data/readings/.gitkeep",
        "data/schemas/objectives.schema.json",
        "data/schemas/readings.schema.json",
        "q2030.toml",
    ]
    assert run("--data", target, "validate", "--strict").exit_code == 0
    assert 'territory: "Pas-de-Calais"' in (target / "data" / "objectives.yaml").read_text()
    again = run("init", target)
    assert again.exit_code == 1 and "already exists and is not empty" in again.stderr


def test_the_pre_commit_hook_runs_through_try_repo(make_data: MakeData, tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.fail("git is needed for this test")
    sample = make_data({"objectives.yaml": MINIMAL_PLAN, "readings/snu.yaml": GOOD}).parent
    git(sample, "init", "-q", "-b", "main")
    git(sample, "-c", "user.name=t", "-c", "user.email=t@e", "add", "-A")
    git(sample, "-c", "user.name=t", "-c", "user.email=t@e", "commit", "-qm", "data")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}

    def try_repo() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [tool("pre-commit"), "try-repo", str(REPO), "q2030-validate", "--all-files"],
            cwd=sample,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
        )

    passed = try_repo()
    assert passed.returncode == 0, passed.stdout + passed.stderr
    (sample / "data" / "readings" / "snu.yaml").write_text(GOOD.replace("12", "120"))
    failed = try_repo()
    assert failed.returncode == 1
    assert "snu.yaml:1:3: [error] reading-value" in failed.stdout


# GitLab, which most State forges run.


def test_init_for_gitlab_writes_a_pipeline_that_gitlabs_schema_accepts(tmp_path: Path) -> None:
    target = tmp_path / "gl"
    result = run("init", target, "--ci", "gitlab", "--install", "q2030>=0.2")
    assert result.exit_code == 0, result.output
    pipeline = target / ".gitlab-ci.yml"
    assert not (target / ".github").exists()
    text = pipeline.read_text()
    assert "python -m pip install 'q2030>=0.2'" in text
    assert "--format gitlab > gl-code-quality-report.json" in text
    assert "codequality: gl-code-quality-report.json" in text
    checked = subprocess.run(
        [tool("check-jsonschema"), "--builtin-schema", "vendor.gitlab-ci", str(pipeline)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert ".gitlab-ci.yml" in (target / "README.md").read_text()
    assert run("--data", target, "validate", "--strict").exit_code == 0


def test_the_gitlab_format_is_a_code_quality_report(make_data: MakeData) -> None:
    root = make_data(
        {
            "objectives.yaml": MINIMAL_PLAN,
            "readings/snu.yaml": GOOD + GOOD.replace("12", "13"),
            "readings/nope.yaml": GOOD,
        }
    )
    result = run("--data", root, "validate", "--format", "gitlab", "--as-of", TODAY)
    assert result.exit_code == 1
    issues = json.loads(result.stdout)
    assert {issue["check_name"] for issue in issues} == {
        "q2030 reading-conflict",
        "q2030 orphan-readings",
    }
    for issue in issues:
        assert set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in ("major", "minor")
        assert issue["location"]["path"].endswith(".yaml")
        assert issue["location"]["lines"]["begin"] >= 1
        assert len(issue["fingerprint"]) == 64
    assert len({issue["fingerprint"] for issue in issues}) == len(issues)
    again = run("--data", root, "validate", "--format", "gitlab", "--as-of", TODAY)
    assert again.stdout == result.stdout  # fingerprints are stable between pipelines
