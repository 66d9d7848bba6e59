"""A measurable action not yet achieved whose last reading is over 15 months old (a warning)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from q2030.domain.progress import STALE_AFTER_MONTHS, evaluate
from q2030.domain.series import dates_of
from q2030.errors import Problem
from q2030.i18n import Message

if TYPE_CHECKING:
    from q2030.data.dataset import Dataset

ID = "stale-reading"


def check(dataset: Dataset, today: date) -> Iterator[Problem]:
    plan = dataset.info
    for action_id, readings in dataset.readings.items():
        found = dataset.find_action(action_id)
        if found is None or not found[1].measurable or not readings:
            continue
        progress = evaluate(
            found[1], readings, today, plan.reference_date, plan.end_year, trend=False
        )
        if progress.stale and progress.latest is not None:
            latest = progress.latest.date
            index = max(i for i, day in enumerate(dates_of(readings)) if day == latest)
            yield dataset.reading_problem(
                action_id,
                (index, "date"),
                ID,
                Message(
                    "check.stale",
                    date=progress.latest.date,
                    months=STALE_AFTER_MONTHS,
                    status=Message(f"status.{progress.status.value}"),
                ),
                level="warning",
            )
