"""A commitment's history is dated in the past, oldest first, and its withdrawal too."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from q2030.errors import Problem
from q2030.i18n import Message

if TYPE_CHECKING:
    from q2030.data.dataset import Dataset

ID = "commitment-history"


def check(dataset: Dataset, today: date) -> Iterator[Problem]:
    for loc, action in dataset.action_locations():
        latest = None
        for index, change in enumerate(action.changes):
            place = (*loc, "changes", index, "date")
            if change.date > today:
                yield dataset.plan_problem(
                    place, ID, Message("check.change_future", date=change.date)
                )
            if latest is not None and change.date < latest:
                yield dataset.plan_problem(
                    place, ID, Message("check.change_order", date=change.date, latest=latest)
                )
            latest = max(latest or change.date, change.date)
        if action.withdrawn is not None and action.withdrawn.date > today:
            place = (*loc, "withdrawn", "date")
            yield dataset.plan_problem(
                place, ID, Message("check.change_future", date=action.withdrawn.date)
            )
