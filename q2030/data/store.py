"""The data folder's files: the plan and its readings read into a Dataset, and readings
appended (the only writes into the data folder; fsio does the writing itself). A data
folder holds `objectives.yaml` and `readings/<action-id>.yaml` (q2030.data.datadir says
where it is)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from q2030.data import fsio, loader
from q2030.data.datadir import (
    PLAN_FILE,
    READINGS_DIR,
    READINGS_SUFFIX,
    display_path,
    display_paths,
)
from q2030.data.dataset import Dataset
from q2030.domain import insertion
from q2030.domain.models import PLAN_ADAPTER, READINGS_ADAPTER, Action, Plan, Reading
from q2030.domain.rules import findings, identical
from q2030.domain.values import written_number
from q2030.errors import Problem, Q2030Error, os_reason
from q2030.i18n import Message

SCHEMA_LINE = "# yaml-language-server: $schema={path}\n"  # editors complete and check the file
OBJECTIVES_SCHEMA = "schemas/objectives.schema.json"  # relative to the data folder
READINGS_SCHEMA = "../schemas/readings.schema.json"  # relative to its readings/ folder
IGNORED_NAMES = {"README.md"}  # and hidden files (.gitkeep...)


def _special_file_problem(path: Path) -> Problem | None:
    if path.is_symlink():
        key = "data.symlink"
    elif not path.is_file():
        key = "data.not_regular"
    else:
        return None
    return Problem(display_path(path), 1, 1, "error", "not-regular", Message(key))


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
        message = Message("data.readings_folder", folder=READINGS_DIR)
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
                    Message("data.ignored", suffix=READINGS_SUFFIX),
                )
            )
        else:
            files.append(path)
    return files, problems


def _interrupted_write(root: Path) -> list[Problem]:
    """A journal or staged files that an interrupted write left: validate reports them;
    the other commands that read refuse to go on, and those that write (and recover)
    finish or undo the write first (q2030.commands)."""
    journal = root / fsio.JOURNAL
    if journal.exists():
        message = Message("data.interrupted")
        return [Problem(display_path(journal), 1, 1, "error", "interrupted-write", message)]
    if fsio.leftovers(root):
        message = Message("data.staged")
        return [Problem(display_path(root), 1, 1, "warning", "interrupted-write", message)]
    return []


def read(root: Path) -> tuple[Dataset | None, list[Problem]]:
    """Every file of the data folder read and validated against the models, never stopping
    at the first problem; no check across files (q2030.checks.checked does them)."""
    plan, plan_document, problems = _load_plan(root)
    files, file_problems = _readings_files(root)
    problems += file_problems + _interrupted_write(root)
    readings: dict[str, Sequence[Reading]] = {}
    documents: dict[str, loader.Document] = {}
    shown = display_paths(root / READINGS_DIR, [path.name for path in files])  # no links
    for path, display in zip(files, shown, strict=True):
        document, values, found = loader.load_readings(path, display)
        problems += found
        if document is not None and values is not None:
            readings[path.stem] = values
            documents[path.stem] = document
    if plan is None or plan_document is None:
        return None, sorted(problems)
    return Dataset(root, plan, plan_document, readings, documents), problems


# Writing: only this module writes into the data folder, and only by appending readings;
# fsio does the writing itself (lock, staging, journal, atomic replacement).

_YAML_FIELDS = (
    "date",
    "value",
    "numerator",
    "denominator",
    "reference",
    "state",
    "source",
    "note",
    "corrects",
)


@dataclass(frozen=True)
class Appended:
    """What appending a reading did, or would do on a dry run."""

    path: Path
    before: list[Reading]
    after: list[Reading]
    written: bool
    duplicate_line: int | None = None  # the same reading is already there, on this line


def readings_path(root: Path, action_id: str) -> Path:
    return root / READINGS_DIR / f"{action_id}{READINGS_SUFFIX}"


def _yaml_scalar(value: object) -> str:
    if isinstance(value, float):
        return written_number(value)
    if isinstance(value, str) and value in {"not_started", "in_progress", "done"}:
        return value
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted one
    return str(value)  # dates


def reading_entry(reading: Reading, newline: str = "\n") -> str:
    """The YAML list item for one reading, in the order people read it."""
    fields = [(name, getattr(reading, name)) for name in _YAML_FIELDS]
    lines = [f"{name}: {_yaml_scalar(value)}" for name, value in fields if value is not None]
    return newline.join(["- " + lines[0], *("  " + line for line in lines[1:])]) + newline


def _validated(text: str, display: str, refusal: Message) -> tuple[list[Reading], loader.Document]:
    """The readings a text holds; a Q2030Error naming the first problem and `refusal` if any."""
    document, problems = loader.read_readings(text, display)
    readings: list[Reading] | None = []
    if document is not None and document.data is not None:
        readings, problems = loader.validate(document, READINGS_ADAPTER)
    if problems or readings is None or document is None:
        raise Q2030Error("write.refused_problem", problem=problems[0].as_message(), why=refusal)
    return readings, document


def recover(root: Path) -> Message | None:
    """Finish (or undo) a write that was interrupted, under the data folder's lock; say
    what was done, or None when there was nothing to do."""
    return fsio.recover_locked(root)


@dataclass
class _Planned:
    """One readings file's append, checked and ready to write."""

    path: Path
    new: bytes
    appended: Appended


def _plan_append(
    path: Path, action: Action, readings: list[Reading], reference_date: date, today: date
) -> _Planned:
    """Check one file's append (under the folder's lock, the path already refused if it is
    not a plain file in a plain folder); raise Q2030Error to refuse.

    The file as it is must be valid; readings it already holds are left out; the new text
    (the old bytes, untouched, then the new entries in the file's own line endings) is
    parsed and checked as a whole.
    """
    display = display_path(path)
    try:
        old = path.read_bytes() if path.exists() else b""
    except OSError as error:
        raise Q2030Error("write.unreadable", path=display, reason=os_reason(error)) from None
    try:
        old_text = old.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Q2030Error("write.not_utf8", path=display) from None
    already_invalid = Message("write.already_invalid")
    before, old_document = _validated(old_text, display, already_invalid)
    for finding in findings(action, before, reference_date, today):
        if finding.level == "error":
            line, column, _ = old_document.locate(finding.loc)
            raise Q2030Error(
                "write.refused_problem",
                problem=Message(
                    "problem.at", place=f"{display}:{line}:{column}", message=finding.message
                ),
                why=already_invalid,
            )
    fresh: list[Reading] = []
    duplicate_line = None
    # by date, so that finding a reading given again costs the same at any size
    stored: dict[date, list[tuple[int, Reading]]] = {}
    for index, earlier in enumerate(before):
        stored.setdefault(earlier.date, []).append((index, earlier))
    given: dict[date, list[Reading]] = {}
    for reading in readings:
        if any(identical(earlier, reading, action.unit) for earlier in given.get(reading.date, [])):
            continue  # given twice in one import
        twin = next(
            (
                index
                for index, earlier in stored.get(reading.date, [])
                if identical(earlier, reading, action.unit)
            ),
            None,
        )
        if twin is None:
            fresh.append(reading)
            given.setdefault(reading.date, []).append(reading)
        elif duplicate_line is None:
            duplicate_line = old_document.locate((twin,))[0]
    if not fresh:
        return _Planned(path, old, Appended(path, before, before, False, duplicate_line))
    newline = "\r\n" if b"\r\n" in old else "\n"
    new = _new_text(old, old_text, old_document, action, before, fresh, newline)
    after, _ = _validated(new.decode("utf-8-sig"), display, Message("write.new_reading"))
    for finding in findings(action, after, reference_date, today):
        if finding.level == "error":
            raise Q2030Error("write.refused", message=finding.message)
    return _Planned(path, new, Appended(path, before, after, True, duplicate_line))


def _new_text(
    old: bytes,
    old_text: str,
    document: loader.Document,
    action: Action,
    before: list[Reading],
    fresh: list[Reading],
    newline: str,
) -> bytes:
    """The file with the new readings inserted at their dates (see q2030.domain.insertion), the old
    bytes otherwise untouched; appended where the file's layout leaves no place between
    its readings, or where inserting would not give the readings in the order expected."""
    if not old:
        return (
            _header(action, newline) + "".join(reading_entry(r, newline) for r in fresh)
        ).encode()
    inserted = insertion.insert_entries(
        old_text,
        before,
        fresh,
        lambda index: document.locate((index,))[0],
        lambda reading: reading_entry(reading, newline),
        newline,
    )
    if inserted is not None:
        readings, _ = loader.read_readings(inserted, "")
        found = loader.validate(readings, READINGS_ADAPTER)[0] if readings else None
        if found == insertion.merged(before, fresh):
            bom = "\ufeff" if old.startswith(b"\xef\xbb\xbf") else ""
            return (bom + inserted).encode()
    if not old.endswith(b"\n"):
        old += newline.encode()
    return old + "".join(reading_entry(reading, newline) for reading in fresh).encode()


def append_readings(
    root: Path,
    batches: list[tuple[Action, list[Reading]]],
    reference_date: date,
    today: date,
    *,
    dry_run: bool = False,
) -> list[Appended]:
    """Append readings to the files of several actions, all or nothing.

    Under the data folder's lock, an interrupted earlier write is finished first; every
    file is then checked, and the new contents are written as one transaction (fsio): a
    process killed at any moment leaves either every file as it was or every file new.
    A readings folder that is a symbolic link, or a file that is not plain, is refused.
    """
    planned: list[_Planned] = []
    with fsio.folder_lock(root):
        fsio.recover(root)
        for action, readings in sorted(batches, key=lambda batch: batch[0].id):
            path = readings_path(root, action.id)
            fsio.refuse_links(root, path)
            planned.append(_plan_append(path, action, readings, reference_date, today))
        changes = [(plan.path, plan.new) for plan in planned if plan.appended.written]
        if changes and not dry_run:
            fsio.apply_all(root, changes)
    order = {action.id: index for index, (action, _) in enumerate(batches)}
    results = sorted(planned, key=lambda plan: order[plan.path.stem])
    if dry_run:
        return [replace(plan.appended, written=False) for plan in results]
    return [plan.appended for plan in results]


def append_reading(
    root: Path,
    action: Action,
    reading: Reading,
    reference_date: date,
    today: date,
    *,
    dry_run: bool = False,
) -> Appended:
    """Append one reading to the action's readings file, or refuse and write nothing."""
    return append_readings(root, [(action, [reading])], reference_date, today, dry_run=dry_run)[0]


def _header(action: Action, newline: str) -> str:
    return (
        SCHEMA_LINE.format(path=READINGS_SCHEMA).replace("\n", newline)
        + f"# Readings of {action.id}, oldest first. Append only: a correction is a new "
        f"reading that says what it corrects (q2030 record --correct).{newline}"
    )
