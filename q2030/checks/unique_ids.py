"""Operator, objective and action ids are unique in the plan; group ids within their objective."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from q2030.domain.values import plain_words
from q2030.errors import Problem
from q2030.i18n import Message

if TYPE_CHECKING:
    from q2030.data.dataset import Dataset

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


def _operator_names(dataset: Dataset) -> Iterator[Problem]:
    """An operator's name or alias may name no other operator (--operator finds operators by
    them, accents and case aside)."""
    owner: dict[str, tuple[str, tuple[Any, ...]]] = {
        operator.id.lower(): (operator.id, ("operators", i, "id"))
        for i, operator in enumerate(dataset.plan.operators)
    }
    for i, operator in enumerate(dataset.plan.operators):
        said = [(("operators", i, "name"), operator.name)] + [
            (("operators", i, "aliases", j), alias) for j, alias in enumerate(operator.aliases)
        ]
        for loc, name in said:
            key = plain_words(name)
            if key in owner and owner[key][0] != operator.id:
                other, where = owner[key]
                line = dataset.plan_line(where)
                message = Message("check.operator_name", name=name, other=other, line=line)
                yield dataset.plan_problem(loc, ID, message)
            owner.setdefault(key, (operator.id, loc))


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
    yield from _operator_names(dataset)
    for i, objective in enumerate(plan.objectives):
        groups = [
            (("objectives", i, "groups", j), group.id) for j, group in enumerate(objective.groups)
        ]
        yield from _duplicates(dataset, "group", groups)
