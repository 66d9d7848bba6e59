"""`q2030 import FILE`: a filled sheet's readings recorded all or nothing, or committed on a
new branch as one commit that lists them (a pull request ready to open).

A request's answer gives its filled rows only (the empty ones are "not provided", refused
with `require_all`); the notes a person put on its cells join their rows' notes. Every row
is checked as `record` checks one reading: one refused row refuses the whole sheet, unless
`skip_invalid` keeps the others. The result says all of it, for the CLI to print; nothing
is written when the import stops (`stopped`)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from q2030.data.datadir import display_path
from q2030.data.dataset import Dataset
from q2030.domain.figures import measure
from q2030.i18n import Language, Message, Named, Names
from q2030.services import branch, recording
from q2030.services.recording import Imported
from q2030.sheets import exchange
from q2030.sheets.cell_notes import CellNote
from q2030.sheets.exchange import SheetRead, SheetRow


@dataclass(frozen=True)
class Query:
    file: Path
    today: date
    skip_invalid: bool = False
    dry_run: bool = False
    require_all: bool = False
    commit: bool = False
    branch: str | None = None  # the new branch's name, with `commit`


@dataclass(frozen=True)
class Result:
    sheet_path: Path
    data_path: str  # the data folder, as the messages show it
    dry_run: bool
    sheet: SheetRead
    answering: Named | None  # the operator whose request the sheet answers, if one
    made: date | str | None  # the day that request was made
    empty: list[SheetRow]  # a request's rows left empty: not provided
    notes_left_out: list[CellNote]
    refused: list[tuple[int, Message]]  # rows refused, by their row number
    rows: int  # the rows read to import
    stopped: Message | None = None  # why nothing was written, when so
    counts: Imported | None = None  # what was written (or would be, on a dry run)
    committed: branch.Committed | None = None
    cleaned: list[Message] = field(default_factory=list)


def run(dataset: Dataset, query: Query, lang: Language) -> Result:
    """Import `query.file`; `lang` writes the commit message, in the repository's language
    (the only text an import leaves behind)."""
    sheet = exchange.read_sheet(query.file)
    filled, empty = recording.answered_rows(dataset, sheet, query.file)
    filled, left_out = recording.with_cell_notes(filled, sheet.notes)
    answering, made = _answering(dataset, sheet)
    shown = display_path(dataset.root)
    partial = Result(
        query.file, shown, query.dry_run, sheet, answering, made, empty, left_out, [], len(filled)
    )
    if empty and query.require_all:
        return _stopped(partial, Message.counted("import.require_all", len(empty)))
    checked = recording.check_rows(dataset, filled, query.today)
    partial = _with(partial, refused=checked.refused)
    if checked.refused and not query.skip_invalid:
        stop = Message.counted("import.refused", len(checked.refused), rows=len(filled))
        return _stopped(partial, stop)
    if query.commit and not query.dry_run:
        accepted = {number for number, _, _ in checked.accepted}
        kept = [(number, cells) for number, cells in filled if number in accepted]
        name, message = commit_words(dataset, checked, sheet, query, lang)
        done = branch.commit_rows(dataset.root, kept, name, message, query.today)
        return _with(partial, committed=done, cleaned=done.cleaned)
    results = recording.import_readings(dataset, checked, query.today, dry_run=query.dry_run)
    return _with(partial, counts=recording.imported(checked, results))


def _answering(dataset: Dataset, sheet: SheetRead) -> tuple[Named | None, date | str | None]:
    """Whose request the sheet answers, and when it was made (its hidden identification)."""
    request = sheet.request
    if request is None:
        return None, None
    made: date | str = request.get("made", "?")
    with contextlib.suppress(ValueError):
        made = date.fromisoformat(str(made))
    operator = dataset.operator(request.get("operator", ""))
    return (operator.short if operator else Named(request.get("operator", "?"), None)), made


def commit_words(
    dataset: Dataset, checked: recording.Checked, sheet: SheetRead, query: Query, lang: Language
) -> tuple[str, str]:
    """The new branch's name and the commit's message: a title naming the operators (the
    one whose request it answers) and the sheet's file name, a line per reading."""
    operators = {action.operator for _, action, _ in checked.accepted}
    if sheet.request is not None and sheet.request.get("operator"):
        operators = {sheet.request["operator"]}
    name = query.branch or branch.default_branch(operators, query.today)
    lines = [
        lang(
            "commit.line",
            action=action.id,
            date=reading.date,
            shown=measure(reading, action.unit, lang),
            source=reading.source,
        )
        for _, action, reading in checked.accepted
    ]
    named = [
        known.short if (known := dataset.operator(operator)) else Named(operator, None)
        for operator in sorted(operators)
    ]
    file = query.file.name  # never the local path: the message is shared with the repository
    title = lang("commit.title", operators=Names(named), file=file)
    message = "\n".join([title, "", *lines, "", lang("commit.from", file=file)]) + "\n"
    return name, message


def _with(result: Result, **changes: Any) -> Result:
    return replace(result, **changes)


def _stopped(result: Result, why: Message) -> Result:
    return _with(result, stopped=why)
