"""The data folder: where it is, loading the plan and its readings, and (only here) writing.

A data folder holds `objectives.yaml` and `readings/<action-id>.yaml`. It is named by
`--data DIR`, else by the `Q2030_DATA` variable, else found as the `data/` folder of the
nearest directory at or above the working directory.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from q2030 import loader
from q2030.errors import DataError, Level, Problem, Q2030Error
from q2030.models import PLAN_ADAPTER, READINGS_ADAPTER, Action, Objective, Operator, Plan, Reading

DATA_ENV = "Q2030_DATA"
PLAN_FILE = "objectives.yaml"
READINGS_DIR = "readings"
READINGS_SUFFIX = ".yaml"
IGNORED_NAMES = {"README.md"}  # and hidden files (.gitkeep...)


def find_data_dir(explicit: Path | None = None, cwd: Path | None = None) -> Path:
    """The data folder to use; raises Q2030Error saying how to name one when none is found."""
    if explicit is None and os.environ.get(DATA_ENV):
        explicit = Path(os.environ[DATA_ENV])
        origin = f"{DATA_ENV}={explicit}"
    else:
        origin = f"--data {explicit}"
    if explicit is not None:
        for candidate in (explicit, explicit / "data"):
            if (candidate / PLAN_FILE).is_file():
                return candidate
        raise Q2030Error(f"{origin}: no {PLAN_FILE} in that folder or in its data/ folder")
    here = (cwd or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "data" / PLAN_FILE).is_file():
            return folder / "data"
    raise Q2030Error(
        f"no data/{PLAN_FILE} here or in any parent folder: "
        f"run from the repository, or name the folder with --data DIR or {DATA_ENV}"
    )


def display_path(path: Path) -> str:
    """A path as problems show it: relative to the working directory when below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


@dataclass
class Dataset:
    """Everything a data folder holds, validated, with the documents that locate each item."""

    root: Path
    plan: Plan
    plan_document: loader.Document
    readings: dict[str, list[Reading]]
    reading_documents: dict[str, loader.Document]
    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._actions = {
            action.id: (objective, action) for objective, action in self.plan.actions()
        }
        self._operators = {operator.id: operator for operator in self.plan.operators}

    def find_action(self, action_id: str) -> tuple[Objective, Action] | None:
        return self._actions.get(action_id)

    def action_ids(self) -> list[str]:
        return list(self._actions)

    def operator(self, operator_id: str) -> Operator | None:
        return self._operators.get(operator_id)

    def readings_of(self, action_id: str) -> list[Reading]:
        return self.readings.get(action_id, [])

    def action_locations(self) -> Iterator[tuple[tuple[Any, ...], Action]]:
        """Each action with its location in the plan, as a Pydantic-style path."""
        for i, objective in enumerate(self.plan.objectives):
            for j, action in enumerate(objective.actions):
                yield ("objectives", i, "actions", j), action

    def plan_line(self, loc: tuple[Any, ...]) -> int:
        return loader.locate(self.plan_document.root, loc)[0]

    def plan_problem(
        self, loc: tuple[Any, ...], code: str, message: str, level: Level = "error"
    ) -> Problem:
        line, column, _ = loader.locate(self.plan_document.root, loc)
        return Problem(self.plan_document.display, line, column, level, code, message)

    def reading_problem(
        self, action_id: str, loc: tuple[Any, ...], code: str, message: str, level: Level = "error"
    ) -> Problem:
        document = self.reading_documents[action_id]
        line, column, _ = loader.locate(document.root, loc)
        return Problem(document.display, line, column, level, code, message)


def _special_file_problem(path: Path) -> Problem | None:
    if path.is_symlink():
        reason = "is a symbolic link"
    elif not path.is_file():
        reason = "is not a regular file"
    else:
        return None
    return Problem(
        display_path(path),
        1,
        1,
        "error",
        "not-regular",
        f"{reason}: data files must be plain files inside the data folder (not followed)",
    )


def _load_plan(root: Path) -> tuple[Plan | None, loader.Document | None, list[Problem]]:
    path = root / PLAN_FILE
    if problem := _special_file_problem(path):
        return None, None, [problem]
    document, problems = loader.read_document(path, display_path(path))
    if document is None:
        return None, None, problems
    plan, problems = loader.validate(document, PLAN_ADAPTER)
    return plan, document, problems


def _readings_files(root: Path) -> tuple[list[Path], list[Problem]]:
    folder = root / READINGS_DIR
    if not folder.exists():
        return [], []
    if folder.is_symlink() or not folder.is_dir():
        message = f"{READINGS_DIR}/ must be a plain folder inside the data folder (not followed)"
        return [], [Problem(display_path(folder), 1, 1, "error", "not-regular", message)]
    files, problems = [], []
    for path in sorted(folder.iterdir()):
        if path.name in IGNORED_NAMES or path.name.startswith("."):
            continue
        if problem := _special_file_problem(path):
            problems.append(problem)
        elif path.suffix != READINGS_SUFFIX:
            problems.append(
                Problem(
                    display_path(path),
                    1,
                    1,
                    "warning",
                    "not-readings",
                    f"ignored: readings files are named <action-id>{READINGS_SUFFIX}",
                )
            )
        else:
            files.append(path)
    return files, problems


def collect(root: Path) -> tuple[Dataset | None, list[Problem]]:
    """Load and check every file of the data folder; never stops at the first problem."""
    from q2030.checks import run_checks  # checks depend on Dataset, defined above

    plan, plan_document, problems = _load_plan(root)
    files, file_problems = _readings_files(root)
    problems += file_problems
    readings: dict[str, list[Reading]] = {}
    documents: dict[str, loader.Document] = {}
    for path in files:
        document, found = loader.read_document(path, display_path(path))
        problems += found
        if document is None:
            continue
        if document.data is None:  # an empty file: no readings yet
            values: list[Reading] | None = []
        else:
            values, found = loader.validate(document, READINGS_ADAPTER)
            problems += found
        if values is not None:
            readings[path.stem] = values
            documents[path.stem] = document
    if plan is None or plan_document is None:
        return None, sorted(problems)
    dataset = Dataset(root, plan, plan_document, readings, documents)
    problems += run_checks(dataset)
    dataset.problems = sorted(problems)
    return dataset, dataset.problems


def load(root: Path) -> Dataset:
    """The data folder's content; raises DataError when any file holds an error."""
    dataset, problems = collect(root)
    if dataset is None or any(problem.level == "error" for problem in problems):
        raise DataError(problems)
    return dataset
