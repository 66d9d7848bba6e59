"""The plan's calendar holds together: the reference date lies before the plan's end, and a
target that applies each year starts between the reference date's year and the end year."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from q2030.domain.models import AtLeast, AtMost
from q2030.errors import Problem
from q2030.i18n import Message

if TYPE_CHECKING:
    from q2030.data.dataset import Dataset

ID = "plan-calendar"


def check(dataset: Dataset, today: date) -> Iterator[Problem]:
    plan = dataset.info
    first, last = plan.reference_date.year, plan.end_year
    if first > last:
        yield dataset.plan_problem(
            ("plan", "reference_date"),
            ID,
            Message("check.reference_after_end", date=plan.reference_date, last=last),
        )
        return
    for loc, action in dataset.action_locations():
        target = action.target
        if not isinstance(target, AtLeast | AtMost) or target.each_year_from is None:
            continue
        if not first <= target.each_year_from <= last:
            yield dataset.plan_problem(
                (*loc, "target", "each_year_from"),
                ID,
                Message("check.each_year_from", year=target.each_year_from, first=first, last=last),
            )
