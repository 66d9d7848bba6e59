"""Shared fixtures: a data folder built from a {path: text} dict, and the CLI driven in-process."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from q2030.cli import app

REPO = Path(__file__).resolve().parent.parent
SHIPPED_DATA = REPO / "data"
DEMO_DATA = REPO / "examples" / "demo"

MINIMAL_PLAN = """\
plan:
  title: Test plan
  territory: Nord
  reference_date: 2023-12-31
  end_year: 2030
  source: test.txt
operators:
  - id: DSDEN
    name: Education
  - id: SDJES
    name: Youth and sports
    parent: DSDEN
  - id: ARS
    name: Health
    leads: [Jane Doe]
objectives:
  - id: youth
    title: Youth
    actions:
      - id: snu
        title: SNU participants from QPV
        operator: SDJES
        due: 2027
        due_text: "2027"
        source_line: 20
        unit: percent
        baseline: {value: 10, date: 2023-12-31}
        target: {kind: at_least, value: 20}
      - id: schools
        title: Schools roadmap
        operator: DSDEN
        due: 2030
        due_text: "2030"
        source_line: 12
        target: {kind: none}
  - id: health
    title: Health
    actions:
      - id: mediators
        title: Health mediators in every QPV
        operator: ARS
        due: 2030
        due_text: "2030"
        source_line: 30
        unit: percent
        target: {kind: at_least, value: 100}
"""


@pytest.fixture(autouse=True)
def _pinned_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Same output everywhere: a fixed width, no colour, no data folder from the environment."""
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("TERM", "dumb")
    for name in (
        "FORCE_COLOR",
        "NO_COLOR",
        "Q2030_DATA",
        "GITHUB_ACTIONS",
        "Q2030_FAST_READER",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def make_data(tmp_path: Path) -> Callable[[dict[str, str]], Path]:
    """Write files (paths relative to a new data folder) and return the folder."""

    def make(files: dict[str, str]) -> Path:
        root = tmp_path / "data"
        for relative, text in files.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text), encoding="utf-8")
        return root

    return make


@pytest.fixture
def minimal_data(make_data: Callable[[dict[str, str]], Path]) -> Path:
    return make_data({"objectives.yaml": MINIMAL_PLAN})


def fingerprint(root: Path) -> dict[str, str]:
    """Every file below `root` with the hash of its bytes: what "nothing written" compares."""
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def run(*args: str | Path) -> Result:
    """Run the CLI in-process, as a user would type it."""
    return CliRunner().invoke(app, [str(arg) for arg in args], prog_name="q2030")


def plain(text: str) -> str:
    """French output with its no-break spaces (before ':' and '%', inside « ») as spaces,
    for tests about the words; tests/test_i18n.py checks the spaces themselves."""
    return text.replace("\u00a0", " ")


def required_tool(name: str) -> str:
    """A program the browser tests need: its path; a failure where CI requires it
    (Q2030_REQUIRE_CHROMIUM=1), else a skip."""
    found = shutil.which(name)
    if found is None:
        if os.environ.get("Q2030_REQUIRE_CHROMIUM") == "1":
            pytest.fail(f"{name} is required here (Q2030_REQUIRE_CHROMIUM=1) but not installed")
        pytest.skip(f"no {name} on this machine: .ci/run installs it")
    return found


def find_browser() -> str:
    """Chromium (or Chrome), found under one of its names."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return required_tool(name)
    return required_tool("chromium")


def run_browser(program: str, profile: Path, *args: str) -> None:
    """Headless Chromium with a throw-away profile and no network of its own."""
    subprocess.run(
        [
            program,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            *args,
        ],
        capture_output=True,
        timeout=180,
        check=True,
    )


def git(top: Path, *args: str, when: str | None = None) -> str:
    """git in `top`, committing as a test author (the machine's identity is not needed);
    `when` (an ISO date) dates the commit made, as a COPIL's would be."""
    env = None
    if when is not None:
        stamp = f"{when}T12:00:00"
        env = {**os.environ, "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp}
    return subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@e", "-C", str(top), *args],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stdout


def demo_repository(top: Path, *, settings: str | None = None, message: str = "The plan") -> Path:
    """The demo's data in a new git repository at `top`, committed on `main` (with a
    q2030.toml holding `settings`, if given); returns its data folder."""
    shutil.copytree(DEMO_DATA, top / "data")
    if settings is not None:
        (top / "q2030.toml").write_text(settings, encoding="utf-8")
    git(top, "init", "-q", "-b", "main")
    git(top, "add", "-A")
    git(top, "commit", "-qm", message)
    return top / "data"
