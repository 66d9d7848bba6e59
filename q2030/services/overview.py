"""The status overview: which actions a command asked for, each with where it stands.

Pure: takes a loaded Dataset and filters, returns rows; the CLI renders them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from q2030.data.dataset import Dataset
from q2030.domain.choices import Grouping, SortOrder
from q2030.domain.models import Action, Objective, Operator
from q2030.domain.progress import Progress, evaluate
from q2030.domain.statuses import Status
from q2030.domain.values import plain_words
from q2030.errors import Q2030Error, closest
from q2030.i18n import Message


@dataclass(frozen=True)
class Row:
    objective: Objective
    action: Action
    operator: Operator
    lead: str
    progress: Progress

    def group_key(self, by: Grouping) -> str:
        match by:
            case Grouping.DUE:
                return str(self.progress.due.year)
            case Grouping.OBJECTIVE:
                return self.objective.title
            case Grouping.OPERATOR:
                return self.operator.id


def _closest(name: str, known: Iterable[str], *, list_all: bool = False) -> Message | str:
    known = list(known)
    close = closest(name, known)
    if close:
        return Message("resolve.did_you_mean", names=", ".join(close))
    return Message("resolve.known", names=", ".join(known)) if list_all else ""


def _operator_called(dataset: Dataset, name: str) -> str | None:
    """The id of the operator `name` names: its id, case aside, else its name or one of its
    aliases (a former name: « Pôle emploi »), accents, case and punctuation aside."""
    by_lower = {operator.id.lower(): operator.id for operator in dataset.plan.operators}
    if name.lower() in by_lower:
        return by_lower[name.lower()]
    wanted = plain_words(name)
    called = [
        operator.id
        for operator in dataset.plan.operators
        if wanted in {plain_words(known) for known in (operator.name, *operator.aliases)}
    ]
    if len(called) > 1:
        raise Q2030Error("resolve.operator_ambiguous", name=name, matches=", ".join(called))
    return called[0] if called else None


def resolve_operator(dataset: Dataset, name: str) -> set[str]:
    """The operator named (by its id, name or an alias) and every operator below it."""
    operator_id = _operator_called(dataset, name)
    if operator_id is None:
        ids = [operator.id for operator in dataset.plan.operators]
        known = _closest(name.upper(), ids, list_all=True)
        raise Q2030Error("resolve.operator", name=name, hint=known)
    family = {operator_id}
    grew = True
    while grew:
        children = {op.id for op in dataset.plan.operators if op.parent in family}
        grew = not children <= family
        family |= children
    return family


def operator_ids(dataset: Dataset, names: Iterable[str]) -> list[str]:
    """The ids of the operators named (by id, name or alias), in the order named."""
    found = []
    for name in names:
        operator_id = _operator_called(dataset, name)
        if operator_id is None:
            resolve_operator(dataset, name)  # raises, naming the operators known
        else:
            found.append(operator_id)
    return found


def resolve_operators(dataset: Dataset, names: Iterable[str]) -> set[str] | None:
    """The operators named and their services; None when none is named (no filter)."""
    names = list(names)
    if not names:
        return None
    return set().union(*(resolve_operator(dataset, name) for name in names))


def resolve_objective(dataset: Dataset, name: str) -> str:
    ids = [objective.id for objective in dataset.plan.objectives]
    if name in ids:
        return name
    raise Q2030Error("resolve.objective", name=name, hint=_closest(name, ids))


def resolve_action(dataset: Dataset, name: str) -> tuple[Objective, Action]:
    """The action with this id or, failing that, the only one whose id starts with it, case
    aside (ids are lower case: Centres-Sociaux-EVS is centres-sociaux-evs); an unknown id
    names the closest ones, and an operator's id says where its actions are."""
    found = dataset.find_action(name) or dataset.find_action(name.lower())
    if found is not None:
        return found
    lowered = name.lower()
    matches = [action_id for action_id in dataset.action_ids() if action_id.startswith(lowered)]
    if len(matches) > 1:
        raise Q2030Error("resolve.ambiguous", name=name, matches=", ".join(matches))
    found = dataset.find_action(matches[0]) if matches else None
    if found is not None:
        return found
    operators = {operator.id.lower(): operator.id for operator in dataset.plan.operators}
    if lowered in operators:
        raise Q2030Error("resolve.is_operator", name=name, operator=operators[lowered])
    hint = _closest(lowered, dataset.action_ids())
    raise Q2030Error("resolve.action", name=name, hint=hint)


def row_of(dataset: Dataset, objective: Objective, action: Action, as_of: date) -> Row:
    """One action, as its commitment stood at `as_of` (see Action.at), with its operator,
    lead and progress then."""
    stood = action.at(as_of)
    owner = dataset.operator(stood.operator)
    assert owner is not None  # the references check guarantees it
    return Row(objective, stood, owner, ", ".join(owner.leads), progress_of(dataset, stood, as_of))


def progress_of(dataset: Dataset, action: Action, as_of: date) -> Progress:
    """Where the action stands at `as_of`, judged against its commitment as it stood then."""
    plan = dataset.info
    return evaluate(
        action.at(as_of),
        dataset.readings_of(action.id),
        as_of,
        plan.reference_date,
        plan.end_year,
    )


def build_rows(
    dataset: Dataset,
    as_of: date,
    *,
    operators: Iterable[str] = (),
    due_year: int | None = None,
    statuses: Iterable[Status] = (),
    objective: str | None = None,
) -> list[Row]:
    """Every action that passes the filters, with its progress at `as_of`, in plan order;
    several operators give the actions of any of them."""
    family = resolve_operators(dataset, operators)
    objective_id = resolve_objective(dataset, objective) if objective else None
    wanted = set(statuses)
    rows = []
    for obj, action in dataset.plan.actions():
        if family is not None and action.operator not in family:
            continue
        if objective_id is not None and obj.id != objective_id:
            continue
        if due_year is not None and action.due_date.year != due_year:
            continue
        row = row_of(dataset, obj, action, as_of)
        if not wanted or row.progress.status in wanted:
            rows.append(row)
    return rows


def group_rows(rows: list[Row], by: Grouping) -> list[tuple[str, list[Row]]]:
    """Rows under their group's key: operators and objectives in plan order, years sorted."""
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(row.group_key(by), []).append(row)
    items = list(groups.items())
    return sorted(items) if by is Grouping.DUE else items


def counted(rows: list[Row]) -> list[Row]:
    """The rows that count: a withdrawn commitment is kept out of the counts."""
    return [row for row in rows if row.progress.status is not Status.WITHDRAWN]


def count_statuses(rows: list[Row]) -> dict[Status, int]:
    """How many of the rows that count (see `counted`) have each status."""
    counts = {status: 0 for status in Status}
    for row in counted(rows):
        counts[row.progress.status] += 1
    return {status: count for status, count in counts.items() if count}


# From what a steering committee must see first to what needs nothing from it
SEVERITY = (
    Status.MISSED,
    Status.UNREPORTED,
    Status.OFF_TRACK,
    Status.DETERIORATING,
    Status.NEEDS_ACCELERATION,
    Status.FIRST_FIGURE,
    Status.BASELINE_MISSING,
    Status.NO_DATA,
    Status.ON_TRACK,
    Status.ACHIEVED,
    Status.NOT_MEASURABLE,
    Status.WITHDRAWN,
)


def calendar_lag(progress: Progress) -> float | None:
    """How far behind its calendar an action is, as a share of its way: the expected
    share minus the share done (0.3: 30 % of the way behind); None where it cannot be said."""
    if progress.progress is None or progress.expected is None:
        return None
    return progress.expected - progress.progress


def _behind(row: Row) -> float:
    """The sort key of `gap`: the furthest behind its calendar first, the unknown last."""
    found = calendar_lag(row.progress)
    return float("inf") if found is None else -found


def sort_rows(rows: list[Row], by: SortOrder) -> list[Row]:
    """Rows in the order asked (`plan`: as the plan lists them), stable otherwise:
    `gap` the furthest behind first, `status` the most serious first, `due` soonest first."""
    match by:
        case SortOrder.GAP:
            return sorted(rows, key=_behind)
        case SortOrder.STATUS:
            return sorted(rows, key=lambda row: SEVERITY.index(row.progress.status))
        case SortOrder.DUE:
            return sorted(rows, key=lambda row: row.progress.due)
        case SortOrder.PLAN:
            return list(rows)
