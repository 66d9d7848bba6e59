"""Recording a measurement: read what a person typed, check it against the action, and say
what it changes. The write itself is the repository's (`append_reading`)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from q2030.data import loader, store
from q2030.data.dataset import Dataset
from q2030.domain.models import Action, Reading
from q2030.domain.periods import parse_typed_day
from q2030.domain.progress import Progress, evaluate
from q2030.domain.rules import (
    SHARE_TOLERANCE,
    UNUSUAL_FACTOR,
    KnownReadings,
    Unusual,
    date_problem,
    earliest_date,
    identical,
    same_measure,
    unusual,
    value_problem,
)
from q2030.domain.values import Measure, read_measure, read_number
from q2030.errors import Q2030Error
from q2030.i18n import Message, MessageError, Named
from q2030.services.overview import resolve_action
from q2030.services.owed import moves_start_unasked, period_end_of
from q2030.sheets.cell_notes import CellNote
from q2030.sheets.exchange import SEAL, PercentCell, SheetRead, SheetRow, cell_text, request_seal

PERCENT_DECIMALS = 2  # a share given as 42/48 is stored as 87.5 (two decimals at most)


def measure_fields(measure: Measure, action: Action) -> dict[str, Any]:
    """The reading fields a measure gives `action`; Q2030Error where it does not fit."""
    if measure.state is not None:
        return {"state": measure.state}
    if measure.number is not None:
        if measure.percent_sign and action.unit != "percent":
            raise Q2030Error("record.no_percent", text=measure.text, action=action.id)
        return {"value": measure.number}
    if action.unit != "percent":
        raise Q2030Error("record.fraction", text=measure.text, action=action.id)
    numerator, denominator = measure.numerator or 0.0, measure.denominator or 1.0
    share = round(numerator / denominator * 100, PERCENT_DECIMALS)
    return {"value": share, "numerator": numerator, "denominator": denominator}


def parse_measure(text: str, action: Action) -> dict[str, Any]:
    """What a sheet's cell says, as reading fields (see read_measure and measure_fields)."""
    try:
        measure = read_measure(text)
    except MessageError as error:
        raise Q2030Error(error.message) from None
    return measure_fields(measure, action)


def parse_number(text: str, name: str) -> float:
    """A sheet's number cell; Q2030Error naming the column otherwise."""
    try:
        return read_number(text)
    except MessageError as error:
        raise Q2030Error("record.named", name=name, message=error.message) from None


def parse_day(text: str) -> date:
    """A sheet's date cell, as people and spreadsheets write dates (30/09/26 too)."""
    try:
        return parse_typed_day(text)
    except MessageError as error:
        name = Message("sheet.date")
        raise Q2030Error("record.named", name=name, message=error.message) from None


@dataclass(frozen=True)
class Names:
    """What the parts of a reading are called where they were given: options on the command
    line, or columns of a sheet; messages name them so that a person knows what to change."""

    source: str | Message = "--source"
    date: str | Message = "--date"
    correct: str | Message = "--correct"
    unusual: str | Message = "--allow-unusual"


COMMAND_LINE = Names()
SHEET_NAMES = Names(
    Message("sheet.source"),
    Message("sheet.date"),
    Message("sheet.corrects"),
    Message("sheet.unusual"),
)


@dataclass(frozen=True)
class Outcome:
    """A recorded (or dry-run) reading and the action's figures before and after it."""

    action: Action
    reading: Reading
    appended: store.Appended
    before: Progress
    after: Progress


def draft(
    dataset: Dataset,
    action: Action,
    measure: dict[str, Any],
    day: date,
    source: str,
    note: str | None,
    *,
    correct: bool,
    today: date,
    allow_unusual: bool = False,
    known: KnownReadings | None = None,
    names: Names = COMMAND_LINE,
) -> Reading:
    """The reading to append, checked against the action, its unit, its earlier readings
    and, in `known`, a sheet's rows above this one for the same action (by default, the
    stored readings alone)."""
    if not source.strip():
        raise Q2030Error("record.no_source", name=names.source)
    if known is None:
        known = KnownReadings(action.unit, dataset.readings_of(action.id))
    existing = known.stored_on(day)
    if correct and not known.on(day):
        raise Q2030Error(
            "record.nothing_to_correct", name=names.correct, action=action.id, date=day
        )
    try:
        reading = Reading.model_validate(
            {
                **measure,
                "date": day,
                "source": source,
                "note": note or None,
                "corrects": day if correct else None,
            }
        )
    except ValidationError as error:
        raise Q2030Error(loader.error_message(error.errors()[0])) from None
    if message := value_problem(action, reading):
        raise Q2030Error("record.named", name=action.id, message=message)
    if message := date_problem(day, earliest_date(dataset.info.reference_date), today):
        raise Q2030Error("record.named", name=names.date, message=message)
    if any(identical(earlier, reading, action.unit) for earlier in existing):
        return reading  # written again: the writer finds it there and writes nothing
    if not correct and any(not same_measure(e, reading, action.unit) for e in existing):
        raise Q2030Error("record.conflict", action=action.id, date=day, name=names.correct)
    first = known.first_day()
    stated_day = action.baseline.date if action.baseline else dataset.info.reference_date
    if (
        first is not None
        and (day <= first or day <= stated_day)  # only then can the starting point move
        and moves_start_unasked(action, known.readings(), reading, dataset.info.reference_date)
    ):
        end = period_end_of(action, day, dataset.info.reference_date)
        advice = (
            Message("record.moves_start_end", end=end)
            if end
            else Message("record.moves_start_plan")
        )
        raise Q2030Error("record.moves_start", date=day, action=action.id, advice=advice)
    stated = action.baseline.value if action.baseline else None
    odd = unusual(action, reading, known, stated)
    if odd is not None and not allow_unusual:
        raise Q2030Error(_unusual_message(action, reading, odd, names))
    return reading


def _unusual_message(action: Action, reading: Reading, odd: Unusual, names: Names) -> Message:
    which = (
        Message("unusual.figure_of", date=odd.previous_date)
        if odd.previous_date
        else Message("unusual.baseline")
    )
    return Message(
        "unusual.larger" if odd.larger else "unusual.smaller",
        action=action.id,
        value=reading.number(action.unit),
        factor=UNUSUAL_FACTOR,
        which=which,
        previous=odd.previous,
        meant=odd.meant,
        name=names.unusual,
    )


def record(
    dataset: Dataset, action: Action, reading: Reading, today: date, *, dry_run: bool
) -> Outcome:
    """Append `reading` (unless `dry_run`) and compute the action's figures before and after."""
    plan = dataset.info
    appended = store.append_reading(
        dataset.root, action, reading, plan.reference_date, today, dry_run=dry_run
    )
    before = evaluate(action, appended.before, today, plan.reference_date, plan.end_year)
    after = evaluate(action, appended.after, today, plan.reference_date, plan.end_year)
    return Outcome(action, reading, appended, before, after)


@dataclass(frozen=True)
class Checked:
    """A sheet's rows, each accepted as a reading or refused with its reason."""

    accepted: list[tuple[int, Action, Reading]]
    refused: list[tuple[int, Message]]


def _measure_of_cell(value: object, action: Action) -> dict[str, Any]:
    """A value cell: a number, text as `record` reads it, or a cell formatted as a
    percentage, which a spreadsheet stores as a fraction (16,5 % is 0.165)."""
    if isinstance(value, PercentCell):
        return {"value": _percent_cell(value, action)}
    if isinstance(value, int | float) and not isinstance(value, bool):
        return {"value": float(value)}
    return parse_measure(cell_text(value), action)


def _percent_cell(value: PercentCell, action: Action) -> float:
    """A number a cell shows as a percentage (16,5 % stored as 0.165), in percent; refused
    for an action not measured in percent. Every numeric column reads it so."""
    if action.unit != "percent":
        raise Q2030Error(
            "sheet.percent_cell", action=action.id, unit=Message(f"unit.{action.unit}")
        )
    return round(float(value) * 100, 10)


def _share_of_cells(cells: dict[str, object], action: Action) -> dict[str, Any] | None:
    """A share given in its own columns (numerator, denominator: what an export writes, so
    that no spreadsheet reads 11/12 as a date), or None; a value beside it must be its
    figure, as the export wrote it."""
    numerator = _number_of_cell(cells.get("numerator"), "numerator", action)
    denominator = _number_of_cell(cells.get("denominator"), "denominator", action)
    if numerator is None and denominator is None:
        return None
    if numerator is None or denominator is None:
        raise Q2030Error("sheet.share_pair")
    text = f"{numerator:g}/{denominator:g}"
    measure = measure_fields(Measure(text, numerator=numerator, denominator=denominator), action)
    if cell_text(cells.get("value")) and denominator > 0:
        given = _measure_of_cell(cells.get("value"), action).get("value")
        share = numerator / denominator * 100
        if given is None or abs(given - share) > SHARE_TOLERANCE:
            raise Q2030Error(
                "sheet.share_mismatch", value=cell_text(cells.get("value")), share=text
            )
    return measure


YES = frozenset({"oui", "o", "yes", "y", "x", "true", "vrai", "1"})
NO = frozenset({"non", "n", "no", "false", "faux", "0"})


def _corrects_cell(value: object, day: date, today: date) -> bool:
    """A 'corrects' cell: empty, the row's own date or an explicit yes. Anything else (no,
    0, another date) is refused: a correction must not be made by accident."""
    text = cell_text(value)
    if text == "":
        return False
    if text.lower() in YES - {"1"}:
        return True
    try:
        named = _day_of_cell(value, today)
    except Q2030Error:
        named = None
    if named == day:
        return True
    raise Q2030Error("sheet.corrects_cell", text=text, date=day)


def _unusual_cell(value: object) -> bool:
    """An 'unusual' cell: empty or no, else an explicit yes that accepts an unusual figure."""
    text = cell_text(value).lower()
    if text in ("", *NO):
        return False
    if text in YES:
        return True
    raise Q2030Error("sheet.unusual_cell", text=cell_text(value))


def _day_of_cell(value: object, today: date) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value)
    if not text:
        raise Q2030Error("sheet.no_date")
    return parse_day(text)


def _number_of_cell(value: object, name: str, action: Action) -> float | None:
    if value is None or cell_text(value) == "":
        return None
    if isinstance(value, PercentCell):
        return _percent_cell(value, action)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return parse_number(cell_text(value), name)


def check_rows(dataset: Dataset, rows: list[tuple[int, dict[str, object]]], today: date) -> Checked:
    """Check every row of a sheet as `q2030 record` checks one reading, and against the
    sheet's other rows: two rows may not give one action two figures for one date."""
    accepted: list[tuple[int, Action, Reading]] = []
    refused: list[tuple[int, Message]] = []
    first_row: dict[tuple[str, date], tuple[int, Reading]] = {}
    known: dict[str, KnownReadings] = {}
    for number, cells in rows:
        try:
            _, action = resolve_action(dataset, cell_text(cells.get("action")))
            measure = _share_of_cells(cells, action) or _measure_of_cell(cells.get("value"), action)
            reference = _number_of_cell(cells.get("reference"), "reference", action)
            if reference is not None:
                measure["reference"] = reference
            day = _day_of_cell(cells.get("date"), today)
            if action.id not in known:
                known[action.id] = KnownReadings(action.unit, dataset.readings_of(action.id))
            reading = draft(
                dataset,
                action,
                measure,
                day,
                cell_text(cells.get("source")),
                cell_text(cells.get("note")) or None,
                correct=_corrects_cell(cells.get("corrects"), day, today),
                today=today,
                allow_unusual=_unusual_cell(cells.get("unusual")),
                known=known[action.id],
                names=SHEET_NAMES,
            )
            earlier = first_row.get((action.id, day))
            if (
                earlier is not None
                and reading.corrects is None
                and not same_measure(earlier[1], reading, action.unit)
            ):
                raise Q2030Error("sheet.twice", row=earlier[0], action=action.id, date=day)
            first_row.setdefault((action.id, day), (number, reading))
            known[action.id].add(reading)
            accepted.append((number, action, reading))
        except Q2030Error as error:
            refused.append((number, error.message))
    return Checked(accepted, refused)


def answered_rows(
    dataset: Dataset, sheet: SheetRead, file: Path
) -> tuple[list[SheetRow], list[SheetRow]]:
    """A sheet's rows to import, and those left empty: a request's answer (its hidden
    identification, or its columns) gives only its filled rows, and must answer a request
    of this plan; any other sheet gives every row."""
    if sheet.request is not None:
        _check_identification(dataset, sheet.request, file)
    if not sheet.is_request:
        return list(sheet.rows), []
    _check_rows_asked(dataset, sheet, file)
    filled: list[SheetRow] = []
    empty: list[SheetRow] = []
    for number, cells in sheet.rows:
        (filled if cell_text(cells.get("value")) else empty).append((number, cells))
    return filled, empty


NOTE_JOINER = " — "  # between a row's note and the notes on its cells


def with_cell_notes(
    rows: list[SheetRow], notes: tuple[CellNote, ...]
) -> tuple[list[SheetRow], list[CellNote]]:
    """The rows to import, each with the notes a person put on its cells added to its note
    (one line each: a note cell holds one), and the notes that are on no such row (the
    headings, an empty row, a row left unfilled), for the import to say they were left."""
    on_row: dict[int, list[CellNote]] = {}
    for note in notes:
        on_row.setdefault(note.row, []).append(note)
    noted: list[SheetRow] = []
    for number, cells in rows:
        added = [" ".join(note.text.split()) for note in on_row.pop(number, [])]
        if added:
            written = cell_text(cells.get("note"))
            cells = {**cells, "note": NOTE_JOINER.join([written, *added] if written else added)}
        noted.append((number, cells))
    return noted, [note for found in on_row.values() for note in found]


LEGACY_VERSIONS = frozenset({"1"})  # request sheets made before the seal: still read


def _check_identification(dataset: Dataset, request: dict[str, str], file: Path) -> None:
    """A request's hidden identification as the tool wrote it: its seal agrees with what
    it says (see exchange.request_seal), it answers a request of this plan, and it names
    an operator of the plan."""
    operator = request.get("operator", "")
    sealed = request.get("version") not in LEGACY_VERSIONS or SEAL in request
    if sealed and request.get(SEAL) != request_seal(request):
        raise Q2030Error("import.edited", file=str(file), operator=_named(dataset, operator))
    plan = dataset.info
    if (request.get("plan"), request.get("territory")) != (plan.title, plan.territory):
        raise Q2030Error(
            "import.other_plan",
            file=str(file),
            territory=Named(request.get("territory", "?"), None, "territory"),
        )
    if dataset.operator(operator) is None:
        raise Q2030Error("import.edited", file=str(file), operator=_named(dataset, operator))


def _named(dataset: Dataset, operator_id: str | None) -> Named:
    """An operator's id as a sentence names it (« la CAF »); one the plan does not know,
    or none, by what it is (« l'opérateur X »)."""
    known = dataset.operator(operator_id or "")
    return known.short if known else Named(operator_id or "?", None)


def _check_rows_asked(dataset: Dataset, sheet: SheetRead, file: Path) -> None:
    """A request's answer holds rows of the actions it asked of its operator, no other:
    a row added for another operator's action (the sheet unlocked) is refused with the
    whole sheet, saying whose request it answers. A sheet with a request's columns and no
    identification (CSV) must hold the actions of one operator."""
    request = sheet.request or {}
    asked = set(request["actions"].split()) if "actions" in request else None
    operator = request.get("operator")
    made: object = request.get("made", "?")
    with contextlib.suppress(ValueError, TypeError):
        made = date.fromisoformat(str(made))
    for number, cells in sheet.rows:
        action_id = cell_text(cells.get("action"))
        found = dataset.find_action(action_id)
        owner = found[1].operator if found else None
        if operator is None:
            operator = owner
        foreign = owner is not None and owner != operator
        if sheet.request is None and foreign:
            raise Q2030Error(
                "import.one_operator",
                file=str(file),
                row=number,
                action=action_id,
                owner=_named(dataset, owner),
                operator=_named(dataset, operator),
            )
        if (asked is not None and action_id not in asked) or foreign:
            raise Q2030Error(
                "import.not_asked",
                file=str(file),
                row=number,
                action=action_id,
                owner=_named(dataset, owner),
                operator=_named(dataset, operator),
                made=made,
            )


@dataclass(frozen=True)
class Imported:
    """What an import wrote (or would): the new readings and the actions they went to, and
    the rows accepted that were already recorded."""

    written: int
    actions: int
    already: int


def imported(checked: Checked, results: list[store.Appended]) -> Imported:
    """The counts of an import, from what each file's append did."""
    written = sum(len(result.after) - len(result.before) for result in results)
    actions = sum(len(result.after) > len(result.before) for result in results)
    return Imported(written, actions, len(checked.accepted) - written)


def import_readings(
    dataset: Dataset, checked: Checked, today: date, *, dry_run: bool
) -> list[store.Appended]:
    """Append the accepted rows, every file under its lock, all or nothing."""
    batches: dict[str, tuple[Action, list[Reading]]] = {}
    for _, action, reading in checked.accepted:
        batches.setdefault(action.id, (action, []))[1].append(reading)
    plan = dataset.info
    return store.append_readings(
        dataset.root, list(batches.values()), plan.reference_date, today, dry_run=dry_run
    )
