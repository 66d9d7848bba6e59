"""Each reading fits its action: a number in the unit's range or a milestone state, a plausible
date, and no second figure for one date unless it says what it corrects (q2030.domain.rules)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from q2030.domain.rules import ID, findings
from q2030.errors import Problem

if TYPE_CHECKING:
    from q2030.data.dataset import Dataset

__all__ = ["ID", "check"]


def check(dataset: Dataset, today: date) -> Iterator[Problem]:
    reference_date = dataset.info.reference_date
    for action_id, readings in dataset.readings.items():
        found = dataset.find_action(action_id)
        if found is None:
            continue  # reported by readings_files
        for finding in findings(found[1], readings, reference_date, today):
            yield dataset.reading_problem(
                action_id, finding.loc, finding.code, finding.message, finding.level
            )
