"""Each readings file is named after an action of the plan."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from q2030.errors import Problem, closest
from q2030.i18n import Message

if TYPE_CHECKING:
    from q2030.data.dataset import Dataset

ID = "orphan-readings"


def check(dataset: Dataset, today: date) -> Iterator[Problem]:
    known = dataset.action_ids()
    for action_id in dataset.readings:
        if dataset.find_action(action_id) is None:
            close = closest(action_id, known, n=1)
            if close:
                message = Message("check.orphan_hint", action=action_id, hint=close[0])
            else:
                message = Message("check.orphan", action=action_id)
            yield dataset.reading_problem(action_id, (), ID, message)
