"""Every operator, parent and group an item names is declared; no operator is its own ancestor."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from q2030.errors import Problem, closest

if TYPE_CHECKING:
    from q2030.dataset import Dataset

ID = "unknown-reference"


def _unknown(kind: str, name: str, known: list[str]) -> str:
    close = closest(name, known, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else f": declare it under {kind}s"
    return f"{kind} '{name}' is not declared{hint}"


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
                ("operators", i, "parent"), ID, f"operator '{operator.id}' is its own ancestor"
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
                    _unknown("group", action.group, groups) + f" in objective '{objective.id}'",
                )
