"""docs/guide.md cannot drift from the tool: every command in it is run, in order, against
a copy of the demo in a French data repository, and its output compared with the one the
guide shows.

In the guide, a ```console block holds commands (`$ q2030 ...`) each followed by what it
prints; a line `...` stands for any number of lines. A ```csv or ```yaml block just after
a comment `<!-- file: NAME -->` is written to NAME first (a sheet that a command then
imports, a data file spoilt by hand).
Outputs are compared with no-break spaces read as spaces and trailing spaces aside.

After a deliberate change of wording, `Q2030_UPDATE_GUIDE=1 pytest tests/test_guide.py`
writes the new outputs into the guide (keeping each `...`-free block whole); read the diff.
"""

from __future__ import annotations

import os
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import REPO, demo_repository, run

GUIDE = REPO / "docs" / "guide.md"
_BLOCK = re.compile(
    r"(<!-- file: (?P<file>\S+) -->\n)?```(?P<kind>console|csv|yaml)\n(?P<body>.*?)```", re.S
)


@dataclass
class Step:
    command: str
    expected: list[str] = field(default_factory=list)


def _steps(body: str) -> list[Step]:
    steps: list[Step] = []
    for line in body.splitlines():
        if line.startswith("$ "):
            steps.append(Step(line[2:]))
        elif steps:
            steps[-1].expected.append(line)
    return steps


def _matches(expected: list[str], actual: list[str]) -> bool:
    """Whether `actual` is `expected`, a line `...` standing for any number of lines."""
    if not expected:
        return not actual
    if expected[0] == "...":
        return any(_matches(expected[1:], actual[i:]) for i in range(len(actual) + 1))
    return bool(actual) and expected[0] == actual[0] and _matches(expected[1:], actual[1:])


def _lines(text: str) -> list[str]:
    return [line.replace("\u00a0", " ").rstrip() for line in text.rstrip("\n").splitlines()]


@pytest.fixture
def french_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo as a French préfecture's data repository, the working directory."""
    top = tmp_path / "quartiers-2030-nord"
    demo_repository(top, settings='lang = "fr"\n', message="COPIL")
    monkeypatch.chdir(top)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "Q2030_LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "80")
    return top


def test_every_command_of_the_guide_prints_what_the_guide_shows(french_repository: Path) -> None:
    text = GUIDE.read_text(encoding="utf-8")
    update = os.environ.get("Q2030_UPDATE_GUIDE") == "1"
    ran, failures, updated = 0, [], text
    for block in _BLOCK.finditer(text):
        if block["kind"] != "console":
            if block["file"]:
                (french_repository / block["file"]).write_text(block["body"], encoding="utf-8")
            continue
        new_body = []
        for step in _steps(block["body"]):
            words = shlex.split(step.command)
            assert words[0] == "q2030", step.command
            result = run(*words[1:])
            ran += 1
            actual = _lines(result.output)
            if not _matches(step.expected, actual):
                failures.append(f"$ {step.command}\n" + "\n".join(actual))
            new_body.append(f"$ {step.command}\n" + "".join(f"{line}\n" for line in actual))
        if update and "..." not in block["body"].splitlines():
            updated = updated.replace(block["body"], "".join(new_body), 1)
    if update:
        GUIDE.write_text(updated, encoding="utf-8")
    assert ran >= 15
    assert not failures, "\n\n".join(failures)


def test_the_readme_links_the_guide_first() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    first_link = re.search(r"\]\(([^)]+)\)", readme)
    assert first_link is not None and first_link[1] == "docs/guide.md"
