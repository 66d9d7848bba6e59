"""Problems for people (one line each), for GitHub annotations, and as JSON."""

from __future__ import annotations

import json

from q2030.errors import Problem

PROBLEM_FORMATS = ("auto", "text", "github", "json")


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


def as_json(problems: list[Problem], *, ok: bool) -> str:
    return (
        json.dumps(
            {"ok": ok, "problems": [problem._asdict() for problem in problems]},
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )
