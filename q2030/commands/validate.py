"""`q2030 validate`: every file of the data folder checked, every problem located; with a
base revision, what the change did to history (the append-only readings, the justified
commitments). It never repairs: an interrupted write is one of the problems it reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from q2030.checks import checked
from q2030.errors import Problem
from q2030.services import history


@dataclass(frozen=True)
class Query:
    as_of: date
    base: str | None = None  # a git revision to compare with
    strict: bool = False  # warnings fail too


@dataclass(frozen=True)
class Result:
    root: Path
    problems: list[Problem]
    failed: bool  # an error, or with `strict` a warning: the exit code CI reads


def run(root: Path, query: Query) -> Result:
    dataset, problems = checked.collect(root, query.as_of)
    if query.base is not None:
        problems = sorted(problems + history.append_only_problems(root, dataset, query.base))
    failed = any(problem.level == "error" or query.strict for problem in problems)
    return Result(root, problems, failed)
