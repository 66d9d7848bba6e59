"""The loaded plan and readings that checks, services and renderers share, with the
documents that locate each item (for problems on a file's line and column)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from q2030.data import loader
from q2030.domain.models import Action, Objective, Operator, Plan, PlanInfo, Reading
from q2030.errors import Level, Problem
from q2030.i18n import Message


@dataclass
class Dataset:
    """Everything a data folder holds, validated, with the documents that locate each item."""

    root: Path
    plan: Plan
    plan_document: loader.Document
    readings: dict[str, Sequence[Reading]]
    reading_documents: dict[str, loader.Document]
    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._actions = {
            action.id: (objective, action) for objective, action in self.plan.actions()
        }
        self._operators = {operator.id: operator for operator in self.plan.operators}

    @property
    def info(self) -> PlanInfo:
        """The plan's own description (title, territory, dates, contacts): the `plan:`
        block of objectives.yaml, named `plan` in the model as in the file."""
        return self.plan.plan

    def find_action(self, action_id: str) -> tuple[Objective, Action] | None:
        return self._actions.get(action_id)

    def action_ids(self) -> list[str]:
        return list(self._actions)

    def operator(self, operator_id: str) -> Operator | None:
        return self._operators.get(operator_id)

    def readings_of(self, action_id: str) -> Sequence[Reading]:
        """The action's readings, in file order: models, or columns (series.Readings)."""
        return self.readings.get(action_id, [])

    def action_locations(self) -> Iterator[tuple[tuple[Any, ...], Action]]:
        """Each action with its location in the plan, as a Pydantic-style path."""
        for i, objective in enumerate(self.plan.objectives):
            for j, action in enumerate(objective.actions):
                yield ("objectives", i, "actions", j), action

    def plan_line(self, loc: tuple[Any, ...]) -> int:
        return self.plan_document.locate(loc)[0]

    def plan_problem(
        self, loc: tuple[Any, ...], code: str, message: Message, level: Level = "error"
    ) -> Problem:
        line, column, _ = self.plan_document.locate(loc)
        return Problem(self.plan_document.display, line, column, level, code, message)

    def reading_problem(
        self,
        action_id: str,
        loc: tuple[Any, ...],
        code: str,
        message: Message,
        level: Level = "error",
    ) -> Problem:
        document = self.reading_documents[action_id]
        line, column, _ = document.locate(loc)
        return Problem(document.display, line, column, level, code, message)
