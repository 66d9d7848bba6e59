"""`q2030 init` publishes the site: GitLab's `pages` job and GitHub's Pages workflow build it
with `q2030 site` on the default branch only, install q2030 as the validate job does, pass
their vendors' CI schemas (check-jsonschema's vendored copies, read offline), and their
command lines, run in a shell on a repository that `init` made, write the site's home page."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import MINIMAL_PLAN, git, plain, run

GITLAB = ".gitlab-ci.yml"
VALIDATE = ".github/workflows/validate-data.yml"
PAGES = ".github/workflows/publish-site.yml"
READING = "- date: 2026-06-30\n  value: 14\n  source: SDJES\n"


def tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def created(folder: Path, *args: str) -> Path:
    result = run("init", folder, "--territory", "Nord", "--article", "le", *args)
    assert result.exit_code == 0, result.output
    return folder


def loaded(path: Path) -> dict[Any, Any]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(document, dict), path
    return document


def schema_check(schema: str, path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [tool("check-jsonschema"), "--builtin-schema", schema, str(path)],
        capture_output=True,
        text=True,
    )


def site_folder(command: str) -> str:
    """The folder a `q2030 site --out DIR` line writes to."""
    words = shlex.split(command)
    assert words[:2] == ["q2030", "site"], command
    return words[words.index("--out") + 1]


# The files: valid YAML, the vendors' schemas, the default branch only, one way to install.


def test_gitlabs_pipeline_has_a_pages_job_that_its_schema_accepts(tmp_path: Path) -> None:
    repo = created(tmp_path / "gl", "--ci", "gitlab", "--install", "q2030>=0.2")
    pipeline = loaded(repo / GITLAB)
    assert sorted(pipeline) == ["pages", "validate-data"]  # GitLab publishes the job `pages`
    checked = schema_check("vendor.gitlab-ci", repo / GITLAB)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    pages, validate = pipeline["pages"], pipeline["validate-data"]
    assert pages["rules"] == [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]
    assert pages["stage"] == "deploy"
    assert pages["image"] == validate["image"]
    assert pages["variables"] == {"GIT_DEPTH": "0"}  # what moved needs the previous version
    install, build = pages["script"]
    assert install == validate["script"][0] == "python -m pip install 'q2030>=0.2'"
    assert pages["artifacts"] == {"paths": [site_folder(build)]}
    assert site_folder(build) == "public"  # the only folder every GitLab version publishes


def test_githubs_pages_workflow_follows_the_starter_and_its_schema(tmp_path: Path) -> None:
    repo = created(tmp_path / "gh", "--install", "q2030>=0.2")
    assert not (repo / GITLAB).exists()
    for path in (VALIDATE, PAGES):
        checked = schema_check("vendor.github-workflows", repo / path)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    workflow, validate = loaded(repo / PAGES), loaded(repo / VALIDATE)
    # YAML 1.1 reads the key `on` as True, as PyYAML does.
    assert workflow[True] == {"push": {"branches": ["**"]}, "workflow_dispatch": None}
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    ((name, job),) = workflow["jobs"].items()
    assert name == "pages"
    # Runs on the default branch only; a push elsewhere (or a tag) skips the job.
    assert job["if"] == (
        "github.ref == format('refs/heads/{0}', github.event.repository.default_branch)"
    )
    assert job["environment"] == {
        "name": "github-pages",
        "url": "${{ steps.deployment.outputs.page_url }}",
    }
    steps = job["steps"]
    uses = [step["uses"].split("@")[0] for step in steps if "uses" in step]
    assert uses == [
        "actions/checkout",
        "actions/setup-python",
        "actions/configure-pages",
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
    ]
    assert steps[0]["with"] == {"fetch-depth": 0}  # what moved needs the previous version
    validating = validate["jobs"]["validate"]["steps"]
    assert steps[1:3] == validating[1:3]  # the same Python, q2030 installed the same way
    assert steps[2]["run"] == "python -m pip install 'q2030>=0.2'"
    build = steps[3]["run"]
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-pages-"))
    assert upload["with"] == {"path": site_folder(build)}
    assert steps[-1]["id"] == "deployment"


def test_the_schema_checks_refuse_a_spoilt_pages_job(tmp_path: Path) -> None:
    """The checks above can fail: the same files, each with one mistake, are refused."""
    for path, schema, right, wrong in (
        (
            created(tmp_path / "gl", "--ci", "gitlab") / GITLAB,
            "vendor.gitlab-ci",
            "    paths:\n      - public\n",  # a list of paths
            "    paths: public\n",
        ),
        (created(tmp_path / "gh") / PAGES, "vendor.github-workflows", "pages: write", "pages: all"),
    ):
        text = path.read_text()
        assert text.count(right) == 1
        path.write_text(text.replace(right, wrong))
        assert schema_check(schema, path).returncode == 1, schema


def test_the_readme_and_the_help_say_where_the_site_is_published(tmp_path: Path) -> None:
    gitlab = plain((created(tmp_path / "gl", "--ci", "gitlab") / "README.md").read_text())
    assert "`.gitlab-ci.yml` construit aussi le site (`q2030 site --out public`)" in gitlab
    assert "GitLab Pages le publie après chaque fusion" in gitlab
    github = plain((created(tmp_path / "gh") / "README.md").read_text())
    assert f"`{PAGES}` construit le site" in github
    assert "la source « GitHub Actions » dans Settings > Pages" in github
    assert "publishes the site with GitLab Pages" in run("init", "--help").stdout
    assert "publie le site avec GitLab" in plain(run("init", "--help", "--lang", "fr").stdout)


# The command lines themselves, run as the runner runs them.


def shell(lines: list[str], cwd: Path) -> None:
    """`lines` run by bash as GitLab's runner and GitHub's `run:` steps do (stop at the first
    failure), with this environment's q2030 on the PATH; pip may not reach an index, so the
    install line succeeds only because q2030 is installed already (it changes nothing)."""
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("Q2030_")},
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "PIP_NO_INDEX": "1",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    done = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", "\n".join(lines)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def checked_out(repo: Path, tmp_path: Path) -> Path:
    """The repository as CI checks it out: its history whole, a reading merged after init."""
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "q2030 init", when="2026-01-05")
    (repo / "data" / "objectives.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    (repo / "data" / "readings" / "snu.yaml").write_text(READING, encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "The plan and a first reading", when="2026-07-01")
    clone = tmp_path / "runner"
    subprocess.run(["git", "clone", "-q", str(repo), str(clone)], check=True)
    return clone


@pytest.mark.parametrize("forge", ["gitlab", "github"])
def test_the_pages_lines_build_the_site_in_a_new_repository(tmp_path: Path, forge: str) -> None:
    repo = created(tmp_path / "repo", "--ci", forge)
    if forge == "gitlab":
        script = loaded(repo / GITLAB)["pages"]["script"]
        published = loaded(repo / GITLAB)["pages"]["artifacts"]["paths"][0]
        clone = checked_out(repo, tmp_path)
        shell(script, clone)  # one script, as GitLab's runner joins it
    else:
        steps = loaded(repo / PAGES)["jobs"]["pages"]["steps"]
        script = [step["run"] for step in steps if "run" in step]
        upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-pages-"))
        published = upload["with"]["path"]
        clone = checked_out(repo, tmp_path)
        for line in script:  # each `run:` step in a shell of its own
            shell([line], clone)
    assert len(script) == 2 and "pip install" in script[0] and site_folder(script[1])
    home = clone / published / "index.html"
    assert home.is_file()
    page = home.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "SNU participants from QPV" in page
    assert not subprocess.run(  # the build leaves the data as it found it
        ["git", "-C", str(clone), "status", "--porcelain", "--", "data"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
