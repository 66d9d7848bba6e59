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
    from q2030.dataset import Dataset

CHECKS = (
    unique_ids,
    references,
    plan_calendar,
    commitments,
    readings_files,
    reading_values,
    stale_readings,
)


def run_checks(dataset: Dataset, today: date | None = None) -> list[Problem]:
    today = today or date.today()
    return [problem for module in CHECKS for problem in module.check(dataset, today)]
