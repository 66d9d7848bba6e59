"""Problems for people (one line each), for GitHub annotations, and as JSON."""

from __future__ import annotations

import hashlib
import json

from q2030.errors import Problem

PROBLEM_FORMATS = ("auto", "text", "github", "gitlab", "json")


def summary(where: str, problems: list[Problem]) -> str:
    errors = sum(problem.level == "error" for problem in problems)
    return f"{where}: {errors} error(s), {len(problems) - errors} warning(s)"


def as_text(problems: list[Problem]) -> str:
    return "".join(f"{problem}\n" for problem in problems)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def as_github(problems: list[Problem]) -> str:
    """GitHub workflow commands, so that each problem shows on its line in the pull request."""
    lines = []
    for problem in problems:
        properties = ",".join(
            f"{name}={_escape_property(str(value))}"
            for name, value in (
                ("file", problem.path),
                ("line", problem.line),
                ("col", problem.column),
                ("title", f"q2030 {problem.code}"),
            )
        )
        lines.append(f"::{problem.level} {properties}::{_escape_data(problem.message)}\n")
    return "".join(lines)


def as_gitlab(problems: list[Problem]) -> str:
    """GitLab's code-quality report (the Code Climate format GitLab reads), so that each
    problem shows on its line in the merge request. A fingerprint identifies a problem
    from one pipeline to the next: its file, code and message, not its line."""
    issues = [
        {
            "description": f"{problem.code}: {problem.message}",
            "check_name": f"q2030 {problem.code}",
            "fingerprint": hashlib.sha256(
                f"{problem.path}\0{problem.code}\0{problem.message}".encode()
            ).hexdigest(),
            "severity": "major" if problem.level == "error" else "minor",
            "location": {"path": problem.path, "lines": {"begin": problem.line}},
        }
        for problem in problems
    ]
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"


def as_json(problems: list[Problem], *, ok: bool) -> str:
    return (
        json.dumps(
            {"ok": ok, "problems": [problem._asdict() for problem in problems]},
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )
