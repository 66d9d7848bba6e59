"""Cross-file checks, one module each (an `ID` and a `check()` generator), run in this order."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from q2030.checks import (
    commitments,
    plan_calendar,
    reading_values,
    readings_files,
    references,
    stale_readings,
    unique_ids,
)
from q2030.errors import Problem

if TYPE_CHECKING:
    from q2030.data.dataset import Dataset

CHECKS = (
    unique_ids,
    references,
    plan_calendar,
    commitments,
    readings_files,
    reading_values,
    stale_readings,
)


# The checks whose findings are only ever warnings: a command that stops on errors alone
# need not run them (at national scale the stale check evaluates every action).
ONLY_WARNINGS = (stale_readings,)


def run_checks(
    dataset: Dataset, today: date | None = None, *, warnings: bool = True
) -> list[Problem]:
    """Every check's problems; without the checks that only warn if `warnings` is False."""
    today = today or date.today()
    modules = [m for m in CHECKS if warnings or m not in ONLY_WARNINGS]
    return [problem for module in modules for problem in module.check(dataset, today)]
