"""Problems for people (one line each), for GitHub annotations, for GitLab's code-quality
report and as JSON, their messages in the run's language (codes stay English identifiers,
to search for and to filter on)."""

from __future__ import annotations

import hashlib
import json

from q2030.domain.choices import ProblemFormat
from q2030.errors import Problem
from q2030.escaping import one_line
from q2030.i18n import ENGLISH, Language


def summary(where: str, problems: list[Problem], lang: Language = ENGLISH) -> str:
    errors = sum(problem.level == "error" for problem in problems)
    said = lang(
        "validate.summary",
        errors=lang.counted("count.errors", errors),
        where=where,
        warnings=lang.counted("count.warnings", len(problems) - errors),
    )
    return said


def as_text(problems: list[Problem], lang: Language = ENGLISH) -> str:
    return "".join(f"{problem.line_in(lang)}\n" for problem in problems)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def as_github(problems: list[Problem], lang: Language = ENGLISH) -> str:
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
        message = one_line(_escape_data(lang.text(problem.message)))
        lines.append(f"::{problem.level} {properties}::{message}\n")
    return "".join(lines)


def as_gitlab(problems: list[Problem], lang: Language = ENGLISH) -> str:
    """GitLab's code-quality report (the Code Climate format GitLab reads), so that each
    problem shows on its line in the merge request. A fingerprint identifies a problem
    from one pipeline to the next: its file, code and English message, not its line (nor
    the language of the run)."""
    issues = [
        {
            "description": f"{problem.code}: {one_line(lang.text(problem.message))}",
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


def as_json(problems: list[Problem], lang: Language = ENGLISH, *, ok: bool) -> str:
    entries = [
        {**problem._asdict(), "message": one_line(lang.text(problem.message))}
        for problem in problems
    ]
    return json.dumps({"ok": ok, "problems": entries}, ensure_ascii=False, indent=2) + "\n"


def as_format(
    problems: list[Problem], style: ProblemFormat, lang: Language = ENGLISH, *, ok: bool
) -> str:
    """The problems in `style` (`auto` already decided by the caller: it is `text` here)."""
    match style:
        case ProblemFormat.JSON:
            return as_json(problems, lang, ok=ok)
        case ProblemFormat.GITHUB:
            return as_github(problems, lang)
        case ProblemFormat.GITLAB:
            return as_gitlab(problems, lang)
        case ProblemFormat.TEXT | ProblemFormat.AUTO:
            return as_text(problems, lang)
