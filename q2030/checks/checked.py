"""The data folder read and checked: what every command starts from. `collect` gives the
dataset with every problem found (validate shows them all); `load` gives the dataset or
raises when any file holds an error."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from q2030.checks import run_checks
from q2030.data import store
from q2030.data.dataset import Dataset
from q2030.errors import DataError, Problem


@contextlib.contextmanager
def _without_cycle_collector() -> Iterator[None]:
    """Loading makes hundreds of thousands of objects and no reference cycle; Python's cycle
    collector, triggered by the allocations alone, would walk them again and again (a
    third of the time at 100,000 readings, and growing faster than the data). The objects
    loaded are then frozen (gc.freeze): the first collection after loading would
    otherwise walk them all once more (0.2 s at 100,000 readings)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def collect(
    root: Path, today: date | None = None, *, warnings: bool = True
) -> tuple[Dataset | None, list[Problem]]:
    """Load and check every file of the data folder; never stops at the first problem.

    `today` is what "in the future" and "stale" are judged against (default: today);
    `warnings=False` spares the checks that can only warn.
    """
    with _without_cycle_collector():
        dataset, problems = store.read(root)
        if dataset is None:
            return None, problems
        problems += run_checks(dataset, today, warnings=warnings)
        dataset.problems = sorted(problems)
        return dataset, dataset.problems


def load(root: Path) -> Dataset:
    """The data folder's content; raises DataError when any file holds an error (the
    problems it carries are what stops a command: warnings are left to validate)."""
    dataset, problems = collect(root, warnings=False)
    if dataset is None or any(problem.level == "error" for problem in problems):
        raise DataError(problems)
    return dataset
