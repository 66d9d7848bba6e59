"""Every operator, parent and group an item names is declared; no operator is its own ancestor."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from q2030.errors import Problem, closest
from q2030.i18n import Message

if TYPE_CHECKING:
    from q2030.data.dataset import Dataset

ID = "unknown-reference"


def _unknown(kind: str, name: str, known: list[str], objective: str = "") -> Message:
    """`kind` is operator or group (a group is declared in its objective)."""
    close = closest(name, known, n=1)
    if close:
        return Message(f"check.unknown_{kind}_hint", name=name, hint=close[0], objective=objective)
    return Message(f"check.unknown_{kind}", name=name, objective=objective)


def check(dataset: Dataset, today: date) -> Iterator[Problem]:
    operators = {operator.id: operator for operator in dataset.plan.operators}
    known = list(operators)
    for i, operator in enumerate(dataset.plan.operators):
        if operator.parent is not None and operator.parent not in operators:
            yield dataset.plan_problem(
                ("operators", i, "parent"), ID, _unknown("operator", operator.parent, known)
            )
        ancestor, visited = operator.parent, {operator.id}
        while ancestor in operators and ancestor not in visited:
            visited.add(ancestor)
            ancestor = operators[ancestor].parent
        if ancestor == operator.id:
            yield dataset.plan_problem(
                ("operators", i, "parent"), ID, Message("check.own_ancestor", name=operator.id)
            )
    for i, objective in enumerate(dataset.plan.objectives):
        groups = [group.id for group in objective.groups]
        for j, action in enumerate(objective.actions):
            loc = ("objectives", i, "actions", j)
            if action.operator not in operators:
                yield dataset.plan_problem(
                    (*loc, "operator"), ID, _unknown("operator", action.operator, known)
                )
            if action.group is not None and action.group not in groups:
                yield dataset.plan_problem(
                    (*loc, "group"),
                    ID,
                    _unknown("group", action.group, groups, objective.id),
                )
