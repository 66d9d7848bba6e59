"""The data as a git revision holds it: the append-only rule, and what a change did.

Readings are history: a reading present at the base revision must still be there,
unchanged and in its place, and an action with readings must keep its id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from q2030.checks import checked
from q2030.data import datadir, fsio, git, loader
from q2030.data.datadir import PLAN_FILE, READINGS_DIR, READINGS_SUFFIX
from q2030.data.dataset import Dataset
from q2030.domain.models import (
    COMMITMENT_FIELDS,
    PLAN_ADAPTER,
    READINGS_ADAPTER,
    Action,
    AtLeast,
    AtMost,
    Baseline,
    Change,
    CommitmentChange,
    Plan,
    Reading,
)
from q2030.domain.periods import parse_typed_day
from q2030.domain.progress import Progress
from q2030.errors import Problem, Q2030Error
from q2030.i18n import Message, MessageError
from q2030.services.overview import progress_of
from q2030.services.owed import moves_start_unasked

APPEND_ONLY = "append-only"


def _readings_in(content: bytes) -> list[Reading] | None:
    """The readings a file held, or None when they cannot be read (not comparable)."""
    try:
        document, problems = loader.read_readings(content.decode("utf-8-sig"), "")
    except UnicodeDecodeError:
        return None
    if document is None or problems:
        return None
    if document.data is None:
        return []
    readings, problems = loader.validate(document, READINGS_ADAPTER)
    return readings


def _action_ids_in(content: bytes | None) -> set[str]:
    """The action ids a plan file held, read leniently (its schema may have changed since)."""
    if content is None:
        return set()
    document, _ = loader.parse_yaml(content.decode("utf-8-sig", errors="replace"), "")
    plan: Any = document.data if document else None
    objectives = plan.get("objectives") if isinstance(plan, dict) else None
    ids = set()
    for objective in objectives if isinstance(objectives, list) else []:
        actions = objective.get("actions") if isinstance(objective, dict) else None
        for action in actions if isinstance(actions, list) else []:
            if isinstance(action, dict) and isinstance(action.get("id"), str):
                ids.add(action["id"])
    return ids


def append_only_problems(data_root: Path, dataset: Dataset | None, revision: str) -> list[Problem]:
    """Readings present at `revision` that were changed or removed, and actions with readings
    whose id was removed or renamed."""
    base = git.snapshot(data_root, revision)
    problems: list[Problem] = []
    for relative, content in sorted(base.items()):
        folder, _, name = relative.partition("/")
        if folder != READINGS_DIR or not name.endswith(READINGS_SUFFIX) or "/" in name:
            continue
        action_id = name.removesuffix(READINGS_SUFFIX)
        old = _readings_in(content)
        path = data_root / relative
        display = datadir.display_path(path)
        if old is None or not old:
            continue
        if not path.exists():
            problems.append(
                Problem(
                    display,
                    1,
                    1,
                    "error",
                    APPEND_ONLY,
                    Message.counted("history.deleted", len(old), revision=revision),
                )
            )
            continue
        current = dataset.readings.get(action_id) if dataset else None
        if current is None:
            continue  # unreadable now: the loader reports why
        document = dataset.reading_documents[action_id] if dataset else None
        found = dataset.find_action(action_id) if dataset else None
        problems += _kept_readings(display, document, old, current, revision)
        if found is not None and dataset is not None:
            plan = dataset.info
            problems += _start_moves(
                display, document, found[1], old, current, plan.reference_date, revision
            )
    if dataset is not None:
        base_plan = _plan_in(base.get(PLAN_FILE))
        if base_plan is not None:
            committed = git.commit_date(data_root, revision)
            problems += _commitment_problems(dataset, base_plan, revision, committed)
        removed = _action_ids_in(base.get(PLAN_FILE)) - set(dataset.action_ids())
        with_readings = {
            action_id
            for action_id in removed
            if f"{READINGS_DIR}/{action_id}{READINGS_SUFFIX}" in base
            or action_id in dataset.readings
        }
        for action_id in sorted(with_readings if base_plan is None else set()):
            problems.append(
                dataset.plan_problem(
                    ("objectives",),
                    APPEND_ONLY,
                    Message("history.removed", action=action_id, revision=revision),
                )
            )
    return problems


def _kept_readings(
    display: str,
    document: loader.Document | None,
    old: list[Reading],
    current: Sequence[Reading],
    revision: str,
) -> list[Problem]:
    """The readings of `revision` still there, unchanged and in their order (new ones may
    be inserted between them, at their dates); the first one missing, as a problem."""
    position = 0
    for reading in old:
        start = position
        while position < len(current) and current[position] != reading:
            position += 1
        if position < len(current):
            position += 1
            continue
        if len(current) < len(old):
            message = Message("history.gone", date=reading.date, revision=revision)
            return [Problem(display, 1, 1, "error", APPEND_ONLY, message)]
        index = min(start, len(current) - 1)
        line, column, _ = document.locate((index,)) if document else (1, 1, "")
        message = Message("history.changed", date=reading.date, revision=revision)
        return [Problem(display, line, column, "error", APPEND_ONLY, message)]
    return []


def _start_moves(
    display: str,
    document: loader.Document | None,
    action: Action,
    old: list[Reading],
    current: Sequence[Reading],
    reference_date: date,
    revision: str,
) -> list[Problem]:
    """New readings that would move the action's starting point (the implicit baseline
    every verdict since was measured from) without the plan asking for them: see
    owed.moves_start_unasked. A late figure asked for is welcome; `diff` and the report
    then say the starting point moved, in figures."""
    remaining = list(old)
    problems = []
    for index, reading in enumerate(current):
        if reading in remaining:
            remaining.remove(reading)
            continue
        if moves_start_unasked(action, old, reading, reference_date):
            line, column, _ = document.locate((index, "date")) if document else (1, 1, "")
            message = Message("history.moves_start", date=reading.date, revision=revision)
            problems.append(Problem(display, line, column, "error", APPEND_ONLY, message))
    return problems


COMMITMENT = "commitment-history"


def _plan_in(content: bytes | None) -> Plan | None:
    """The plan a revision held, or None when it does not read with today's contract
    (the guard then falls back to the readings' own checks)."""
    if content is None:
        return None
    try:
        document, problems = loader.parse_yaml(content.decode("utf-8-sig"), "")
    except UnicodeDecodeError:
        return None
    if document is None or problems:
        return None
    plan, problems = loader.validate(document, PLAN_ADAPTER)
    return None if problems else plan


def _described(field: str, value: object, unit: str | None) -> object:
    """A commitment field's value, said briefly: '≥ 20 %', '2027', '10 % (2023-12-31)'."""
    suffix = " %" if unit == "percent" else ""
    if value is None:
        return Message("value.none")
    if isinstance(value, AtLeast | AtMost):
        sign = "≥" if isinstance(value, AtLeast) else "≤"
        return f"{sign} {value.value:g}{suffix}"
    if isinstance(value, Change):
        amount = f"{value.percent:+g} %" if value.percent is not None else f"{value.amount or 0:+g}"
        return amount
    if isinstance(value, Baseline):
        shown = "?" if value.value is None else f"{value.value:g}{suffix}"
        return f"{shown} ({value.date.isoformat()})"
    if hasattr(value, "kind"):
        return str(value.kind)
    return str(value)


BACKDATING_DAYS = 92  # a decision is recorded within a quarter of being taken


def _backdated(
    dataset: Dataset,
    place: tuple[str | int, ...],
    day: date,
    committed: date | None,
    revision: str,
) -> list[Problem]:
    """A new decision dated long before `revision` was committed rewrites the views of the
    COPILs held since, which were shown the commitment as it then stood."""
    if committed is None or (committed - day).days <= BACKDATING_DAYS:
        return []
    message = Message("history.backdated", date=day, revision=revision, committed=committed)
    return [dataset.plan_problem(place, COMMITMENT, message)]


def _commitment_problems(
    dataset: Dataset, base: Plan, revision: str, committed: date | None = None
) -> list[Problem]:
    """What `revision`'s plan promised, kept: each changed commitment field justified by a
    new `changes` entry whose `before` holds the old value; the earlier entries unchanged;
    no action removed (a withdrawn one stays, marked `withdrawn:`); a new decision not
    dated long before `revision` was committed (`committed`)."""
    problems = _plan_dates_kept(dataset, base, revision)
    located = {action.id: loc for loc, action in dataset.action_locations()}
    for _, old in base.actions():
        loc = located.get(old.id)
        found = dataset.find_action(old.id)
        if loc is None or found is None:
            message = Message("history.action_removed", action=old.id, revision=revision)
            problems.append(dataset.plan_problem(("objectives",), COMMITMENT, message))
            continue
        new = found[1]
        kept = new.changes[: len(old.changes)]
        for index, earlier in enumerate(old.changes):
            if index >= len(kept) or kept[index] != earlier:
                place = (*loc, "changes", min(index, max(0, len(new.changes) - 1)))
                message = Message("history.rewritten", revision=revision)
                problems.append(dataset.plan_problem(place, COMMITMENT, message))
                break
        if old.withdrawn is not None and new.withdrawn != old.withdrawn:
            place = (*loc, "withdrawn") if new.withdrawn is not None else loc
            message = Message("history.withdrawal_kept", date=old.withdrawn.date, revision=revision)
            problems.append(dataset.plan_problem(place, COMMITMENT, message))
        added = new.changes[len(old.changes) :]
        problems += _befores_held(dataset, loc, old, added, len(old.changes), revision)
        for offset, change in enumerate(added):
            place = (*loc, "changes", len(old.changes) + offset, "date")
            problems += _backdated(dataset, place, change.date, committed, revision)
        if old.withdrawn is None and new.withdrawn is not None:
            place = (*loc, "withdrawn", "date")
            problems += _backdated(dataset, place, new.withdrawn.date, committed, revision)
        for field in COMMITMENT_FIELDS:
            before, after = getattr(old, field), getattr(new, field)
            if before == after:
                continue
            if any(
                field in change.before.model_fields_set and getattr(change.before, field) == before
                for change in added
            ):
                continue
            message = Message(
                "history.unjustified",
                field=Message(f"field.{field}"),
                before=_described(field, before, old.unit),
                after=_described(field, after, new.unit),
            )
            problems.append(dataset.plan_problem((*loc, field), COMMITMENT, message))
    return problems


def _plan_dates_kept(dataset: Dataset, base: Plan, revision: str) -> list[Problem]:
    """The plan's reference date and end year as `revision` had them: every implicit
    baseline and every yearly verdict hangs on them, and no `changes` entry can say why."""
    problems = []
    for field in ("reference_date", "end_year"):
        before, after = getattr(base.plan, field), getattr(dataset.info, field)
        if before != after:
            message = Message(
                "history.plan_field", field=field, before=before, after=after, revision=revision
            )
            problems.append(dataset.plan_problem(("plan", field), COMMITMENT, message))
    return problems


def _befores_held(
    dataset: Dataset,
    loc: tuple[str | int, ...],
    old: Action,
    added: list[CommitmentChange],
    first_index: int,
    revision: str,
) -> list[Problem]:
    """Each new `changes` entry's `before` holds what the commitment was: the first new
    entry that names a field, the value `revision` had for it (a later one, the value the
    entry before it set, which only the plan's current text can tell: not checked)."""
    problems = []
    named: set[str] = set()
    for offset, change in enumerate(added):
        for field in sorted(change.before.model_fields_set - named):
            held, said = getattr(old, field), getattr(change.before, field)
            if held != said:
                place = (*loc, "changes", first_index + offset, "before", field)
                message = Message(
                    "history.before_unheld",
                    field=Message(f"field.{field}"),
                    said=_described(field, said, old.unit),
                    held=_described(field, held, old.unit),
                    revision=revision,
                )
                problems.append(dataset.plan_problem(place, COMMITMENT, message))
        named |= change.before.model_fields_set
    return problems


@dataclass(frozen=True)
class Correction:
    """A figure replaced by a reading that says it corrects it."""

    replaced: Reading
    by: Reading


@dataclass(frozen=True)
class ActionDiff:
    """One action between two states of the data: the readings added (and which of them
    correct an earlier figure), and its progress before and after."""

    action: Action
    added: list[Reading]
    before: Progress | None
    after: Progress | None
    previous: Action | None = None  # the action as it stood before, where it existed
    corrections: tuple[Correction, ...] = ()

    @property
    def changed_fields(self) -> list[str]:
        """The fields of what was promised that changed: target, due date, baseline..."""
        if self.previous is None:
            return []
        return [
            name
            for name in COMMITMENT_FIELDS
            if name != "due_text" and getattr(self.previous, name) != getattr(self.action, name)
        ]

    @property
    def commitment_changed(self) -> bool:
        """Whether what was promised changed: the target, due date, baseline or unit."""
        return bool(self.changed_fields)


def _corrections(readings: Sequence[Reading], added: list[Reading]) -> tuple[Correction, ...]:
    """Each added reading that corrects a figure, with the figure it replaces: the last one
    for its date before it in `readings` (a file's, in file order)."""
    new = {id(reading) for reading in added}
    found = []
    for index, reading in enumerate(readings):
        if reading.corrects is None or id(reading) not in new:
            continue
        replaced = [r for r in readings[:index] if r.date == reading.corrects]
        if replaced:
            found.append(Correction(replaced[-1], reading))
    return tuple(found)


def _load_snapshot(files: dict[str, bytes], label: str) -> Dataset:
    with fsio.scratch(files) as root:
        dataset, problems = checked.collect(root)
    if dataset is None:
        first = next((p for p in problems if p.level == "error"), None)
        if first is None:
            raise Q2030Error("history.no_load", label=label)
        raise Q2030Error("history.no_load_because", label=label, problem=first.as_message())
    return dataset


def compare(
    data_root: Path,
    base: str,
    head: str | None,
    as_of: date,
    current: Dataset | None = None,
) -> list[ActionDiff]:
    """What changed from `base` to `head` (default: the working tree, `current` where it is
    loaded already), action by action."""
    before = _load_snapshot(git.snapshot(data_root, base), base)
    if head is None:
        after = current or checked.load(data_root)
    else:
        after = _load_snapshot(git.snapshot(data_root, head), head)
    changes = []
    for action_id in dict.fromkeys([*before.action_ids(), *after.action_ids()]):
        old_found, new_found = before.find_action(action_id), after.find_action(action_id)
        old_readings, new_readings = before.readings_of(action_id), after.readings_of(action_id)
        added = [reading for reading in new_readings if reading not in old_readings]
        old = progress_of(before, old_found[1], as_of) if old_found else None
        new = progress_of(after, new_found[1], as_of) if new_found else None
        previous = old_found[1] if old_found else None
        action = (new_found or old_found)[1]  # type: ignore[index]
        fixed = _corrections(new_readings, added)
        change = ActionDiff(action, added, old, new, previous if new_found else None, fixed)
        if added or _standing_changed(old, new) or change.commitment_changed:
            changes.append(change)
    return changes


def _standing_changed(old: Progress | None, new: Progress | None) -> bool:
    """Whether an action's standing changed: its status, its gap or its latest figure."""
    if old is None or new is None:
        return old is not new
    return old.status != new.status or _rounded(old) != _rounded(new) or old.latest != new.latest


def _rounded(progress: Progress | None) -> float | None:
    return None if progress is None or progress.gap is None else round(progress.gap, 2)


@dataclass(frozen=True)
class Since:
    """What moved since the last COPIL. `named` is how it was given (a date, or a git
    revision); `revision` the commit the data is compared with: the revision given, or for
    a date the last commit on or before it. Without one (outside git, or no commit that
    old: `in_git` says which), the figures were chosen by their own dates."""

    named: date | str
    revision: str | None
    committed: date | None  # the compared commit's date, for a date given
    changes: list[ActionDiff]
    in_git: bool = True  # False: the data folder is not in a git work tree


@dataclass(frozen=True)
class Version:
    """A commit that holds an earlier state of the data folder."""

    commit: str
    committed: date


def previous_version(data_root: Path) -> Version | None:
    """The data's previous version, for what a rebuilt site says moved: HEAD when the data
    folder differs from it (changes not committed yet); otherwise the first parent of the
    last commit, on the first-parent line (merges into the branch), that changed the
    folder. None outside git, before a commit changed the folder, or where history is cut
    short (a shallow clone: CI must fetch it whole)."""
    if not git.in_git(data_root):
        return None
    try:
        dirty = git.git(data_root, "status", "--porcelain", "--untracked-files=all", "--", ".")
        if dirty.strip():
            revision = "HEAD"
        else:
            last = git.git(data_root, "log", "-1", "--first-parent", "--format=%H", "--", ".")
            if not last.strip():
                return None
            revision = f"{last.decode().strip()}^1"
        found = git.git(data_root, "log", "-1", "--format=%H %cs", revision, "--")
    except Q2030Error:  # no commit yet, or the parent is not in a shallow clone
        return None
    commit, _, when = found.decode().strip().partition(" ")
    return Version(commit, date.fromisoformat(when)) if commit else None


def changes_since(
    data_root: Path, since: str, as_of: date, current: Dataset | None = None
) -> Since:
    """What moved since the last COPIL, named by its date or by a git revision. A revision
    is compared with the working tree as `diff` does (one computation for both); a date,
    in a git repository, the same way with the last commit on or before it (what was known
    at that COPIL), both judged at `as_of`. Outside git only, a date compares each action's
    figures at that date with those at `as_of`, the readings added being those dated
    after it."""
    in_git = git.in_git(data_root)
    try:
        day = parse_typed_day(since)
    except MessageError:
        if not in_git:  # neither a date nor, outside git, a revision
            raise Q2030Error("since.not_a_date_outside_git", text=since) from None
        try:
            return Since(since, since, None, compare(data_root, since, None, as_of, current))
        except Q2030Error as error:
            if error.message.key == "git.revision":  # nor a revision
                raise Q2030Error("argument.since", text=since) from None
            raise
    found = git.commit_on_or_before(data_root, day) if in_git else None
    if found is not None:
        commit, committed = found
        return Since(day, commit, committed, compare(data_root, commit, None, as_of, current))
    dataset = current or checked.load(data_root)
    changes = []
    for _, action in dataset.plan.actions():
        readings = dataset.readings_of(action.id)
        added = [r for r in readings if day < r.date <= as_of]
        old, new = progress_of(dataset, action, day), progress_of(dataset, action, as_of)
        if added or _standing_changed(old, new):
            fixed = _corrections(readings, added)
            changes.append(ActionDiff(action, added, old, new, corrections=fixed))
    return Since(day, None, None, changes, in_git)
