"""Operator, objective and action ids are unique in the plan; group ids within their objective."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from q2030.errors import Problem
from q2030.i18n import Message

if TYPE_CHECKING:
    from q2030.dataset import Dataset

ID = "duplicate-id"


def _duplicates(
    dataset: Dataset, what: str, items: list[tuple[tuple[Any, ...], str]]
) -> Iterator[Problem]:
    first: dict[str, tuple[Any, ...]] = {}
    for loc, item_id in items:
        if item_id in first:
            line = dataset.plan_line((*first[item_id], "id"))
            yield dataset.plan_problem(
                (*loc, "id"),
                ID,
                Message(f"check.duplicate_{what}", name=item_id, line=line),
            )
        else:
            first[item_id] = loc


def check(dataset: Dataset, today: date) -> Iterator[Problem]:
    plan = dataset.plan
    yield from _duplicates(
        dataset, "operator", [(("operators", i), op.id) for i, op in enumerate(plan.operators)]
    )
    yield from _duplicates(
        dataset, "objective", [(("objectives", i), obj.id) for i, obj in enumerate(plan.objectives)]
    )
    yield from _duplicates(
        dataset, "action", [(loc, action.id) for loc, action in dataset.action_locations()]
    )
    for i, objective in enumerate(plan.objectives):
        groups = [
            (("objectives", i, "groups", j), group.id) for j, group in enumerate(objective.groups)
        ]
        yield from _duplicates(dataset, "group", groups)
