"""What a log can carry (issue 22): a line break from the data (a file's name, a YAML
key) never starts a new line in anything printed, whatever the format, so that nothing
can forge a CI workflow command; Q2030_LANG takes the locale forms and refuses the rest."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEMO_DATA, MINIMAL_PLAN, REPO, demo_repository, git

FORGED = "a\n::warning::forged.yaml"


def q2030(*args: str | Path, cwd: Path = REPO, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "q2030", *map(str, args)],
        capture_output=True,
        encoding="utf-8",
        cwd=cwd,
        env={**os.environ, **env},
        check=False,
        timeout=120,
    )


def no_forged_line(text: str) -> None:
    for line in text.splitlines():
        assert not line.startswith("::warning::forged"), text
        assert "forged.yaml" not in line or "a\\n::warning::forged.yaml" in line, line


def test_a_file_named_with_a_line_break_cannot_forge_a_workflow_command(tmp_path: Path) -> None:
    top = tmp_path / "repo"
    data = demo_repository(top)
    (data / "readings" / FORGED).write_text("- date: 2025-12-31\n  value: [\n")
    git(top, "add", "-A")
    git(top, "commit", "-qm", "forged")
    for args in (("diff", "HEAD~1"), ("status",), ("validate", "-f", "text")):
        result = q2030(*args, cwd=top)
        assert result.returncode == 1, (args, result.stderr)
        assert "Traceback" not in result.stderr
        no_forged_line(result.stdout)
        no_forged_line(result.stderr)
        assert "a\\n::warning::forged.yaml" in result.stdout + result.stderr, args
    github = q2030("validate", "-f", "github", cwd=top)
    assert all(line.startswith("::") for line in github.stdout.splitlines()), github.stdout


KEYED = '- date: 2025-12-31\n  value: 14\n  source: s\n  "bad\\nkey\\u2028x": 1\n'


@pytest.mark.parametrize("style", ["text", "github", "gitlab", "json"])
def test_a_key_with_a_line_break_stays_on_one_line_in_every_format(
    tmp_path: Path, style: str
) -> None:
    root = tmp_path / "data"
    (root / "readings").mkdir(parents=True)
    (root / "objectives.yaml").write_text(MINIMAL_PLAN)
    (root / "readings" / "snu.yaml").write_text(KEYED)
    result = q2030("--data", root, "validate", "-f", style)
    assert result.returncode == 1, result.stderr
    if style == "text":
        lines = result.stdout.splitlines()
        place = str(root / "readings/snu.yaml")
        assert lines and all(line.startswith(place) for line in lines), lines
        assert any("bad\\nkey\\u2028x" in line for line in lines), lines
    elif style == "github":
        lines = result.stdout.splitlines()
        assert all(line.startswith("::error ") for line in lines), lines
        assert any("bad%0Akey\\u2028x" in line for line in lines), lines  # the toolkit's escape
    else:
        found = json.loads(result.stdout)
        entries = found["problems"] if style == "json" else found
        said = [entry["message" if style == "json" else "description"] for entry in entries]
        assert said and not any("\n" in text or "\u2028" in text for text in said), said
        assert any("bad\\nkey\\u2028x" in text for text in said), said


@pytest.mark.parametrize("value", ["FR", "fr_FR", "fr_FR.UTF-8", "fr-FR"])
def test_q2030_lang_takes_the_locale_forms(value: str) -> None:
    result = q2030("--data", DEMO_DATA, "due", "-o", "CAF", Q2030_LANG=value)
    assert result.returncode == 0, result.stderr
    assert "en retard de" in result.stdout


@pytest.mark.parametrize("value", ["de", "klingon", "e"])
def test_q2030_lang_refuses_another_language_in_one_line(value: str) -> None:
    result = q2030("--data", DEMO_DATA, "status", Q2030_LANG=value)
    assert result.returncode == 2, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, lines
    assert lines[0] == (
        f"q2030: error: Q2030_LANG='{value}': the languages are fr and en (fr_FR, FR and "
        "en_GB say them too): change or unset Q2030_LANG"
    )
    chosen = q2030("--data", DEMO_DATA, "due", "--lang", "fr", Q2030_LANG=value)
    assert chosen.returncode == 0 and "en retard de" in chosen.stdout  # --lang decides
