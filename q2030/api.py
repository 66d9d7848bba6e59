"""The library API: each command of the tool as a function, for a notebook, a script or
another front end. Each returns the command's result as data (q2030.commands), prints
nothing and raises q2030.errors.Q2030Error (a DataError listing located problems where the
data holds errors) where the command line would say one line and exit 1.

    from q2030 import api

    result = api.status("examples/demo", operators=["ARS"], as_of=date(2026, 11, 26))
    for row in result.rows:
        print(row.action.id, row.progress.status, row.progress.gap)

The data folder is named as `--data` names it (a folder holding objectives.yaml, or one
holding data/objectives.yaml), else found from the working directory or $Q2030_DATA.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from q2030 import commands
from q2030.commands import diff as diff_command
from q2030.commands import due as due_command
from q2030.commands import export as export_command
from q2030.commands import import_sheet as import_command
from q2030.commands import init as init_command
from q2030.commands import record as record_command
from q2030.commands import recover as recover_command
from q2030.commands import remind as remind_command
from q2030.commands import report as report_command
from q2030.commands import request as request_command
from q2030.commands import show as show_command
from q2030.commands import site as site_command
from q2030.commands import status as status_command
from q2030.commands import validate as validate_command
from q2030.data import datadir
from q2030.domain.choices import DueOrder, Forge, SchemaKind, SheetContent, SortOrder
from q2030.domain.models import json_schema
from q2030.domain.statuses import Status
from q2030.domain.values import Measure, read_measure
from q2030.errors import Q2030Error
from q2030.i18n import ENGLISH, Language, Message, MessageError
from q2030.services.history import ActionDiff
from q2030.services.overview import Row
from q2030.services.recording import Outcome

Folder = Path | str | None


def data_folder(data: Folder = None) -> Path:
    """The data folder `data` names (see the module's docstring)."""
    return datadir.find_data_dir(None if data is None else Path(data))


def status(
    data: Folder = None,
    *,
    as_of: date | None = None,
    operators: Sequence[str] = (),
    due_year: int | None = None,
    statuses: Sequence[Status] = (),
    objective: str | None = None,
    sort: SortOrder = SortOrder.PLAN,
    since: str | None = None,
) -> status_command.Result:
    """Where every action stands (`q2030 status`)."""
    query = status_command.Query(
        as_of or date.today(), operators, due_year, statuses, objective, sort, since
    )
    return status_command.run(commands.for_reading(data_folder(data)), query)


def show(data: Folder, action: str, *, as_of: date | None = None) -> Row:
    """One action whole (`q2030 show`)."""
    dataset = commands.for_reading(data_folder(data))
    return show_command.run(dataset, show_command.Query(action, as_of or date.today()))


def due(
    data: Folder = None,
    *,
    as_of: date | None = None,
    operators: Sequence[str] = (),
    sort: DueOrder = DueOrder.PLAN,
) -> due_command.Result:
    """The figures each operator owes (`q2030 due`)."""
    query = due_command.Query(as_of or date.today(), operators, sort)
    return due_command.run(commands.for_reading(data_folder(data)), query)


def request(
    data: Folder = None,
    *,
    operators: Sequence[str] = (),
    every: bool = False,
    period: int | None = None,
    as_of: date | None = None,
) -> request_command.Result:
    """What each operator is asked for (`q2030 request`), with the data it was made from;
    q2030.render.request makes the sheets (`to_xlsx(result.dataset, request, lang)`,
    `to_csv_bytes`)."""
    query = request_command.Query(as_of or date.today(), operators, every, period)
    return request_command.run(commands.for_reading(data_folder(data)), query)


def remind(
    data: Folder = None,
    *,
    operators: Sequence[str] = (),
    period: int | None = None,
    as_of: date | None = None,
) -> remind_command.Result:
    """The reminders to draft (`q2030 remind`): one per operator that owes figures, and
    those without a contact; q2030.render.remind writes each draft (`message`,
    `draft_bytes`, `file_name`)."""
    query = remind_command.Query(as_of or date.today(), operators, period)
    return remind_command.run(commands.for_reading(data_folder(data)), query)


def report(
    data: Folder = None,
    *,
    as_of: date | None = None,
    operators: Sequence[str] = (),
    since: str | None = None,
    sort: SortOrder = SortOrder.PLAN,
) -> report_command.Result:
    """The COPIL's pack as data (`q2030 report`); q2030.render.report lays it out."""
    query = report_command.Query(as_of or date.today(), operators, since, sort)
    return report_command.run(commands.for_reading(data_folder(data)), query)


def export(
    data: Folder = None,
    *,
    what: SheetContent = SheetContent.STATUS,
    operators: Sequence[str] = (),
    as_of: date | None = None,
) -> export_command.Result:
    """What `q2030 export` puts in its sheet: the rows, or the readings."""
    query = export_command.Query(as_of or date.today(), what, operators)
    return export_command.run(commands.for_reading(data_folder(data)), query)


def record(
    data: Folder,
    action: str,
    value: str | Measure,
    *,
    source: str,
    day: date | None = None,
    note: str | None = None,
    reference: float | None = None,
    correct: bool = False,
    allow_unusual: bool = False,
    dry_run: bool = False,
) -> Outcome:
    """Add a measurement (`q2030 record`): `value` as a person writes it ("14,2", "42/48",
    "fait") or read already."""
    try:
        measure = read_measure(value) if isinstance(value, str) else value
    except MessageError as error:
        raise Q2030Error(error.message) from None
    dataset, _ = commands.for_writing(data_folder(data))
    query = record_command.Query(
        action,
        measure,
        source,
        date.today(),
        day,
        note,
        reference,
        correct,
        allow_unusual,
        dry_run,
    )
    return record_command.run(dataset, query)


def import_sheet(
    data: Folder,
    file: Path | str,
    *,
    skip_invalid: bool = False,
    dry_run: bool = False,
    require_all: bool = False,
    commit: bool = False,
    branch: str | None = None,
    lang: Language = ENGLISH,
) -> import_command.Result:
    """Record a filled sheet's readings, all or nothing (`q2030 import`); `lang` writes the
    commit's message with `commit`. Where it stops, `stopped` says why and nothing is
    written."""
    dataset, _ = commands.for_writing(data_folder(data))
    query = import_command.Query(
        Path(file), date.today(), skip_invalid, dry_run, require_all, commit, branch
    )
    return import_command.run(dataset, query, lang)


def validate(
    data: Folder = None,
    *,
    as_of: date | None = None,
    base: str | None = None,
    strict: bool = False,
) -> validate_command.Result:
    """Every problem of the data folder, located (`q2030 validate`)."""
    query = validate_command.Query(as_of or date.today(), base, strict)
    return validate_command.run(data_folder(data), query)


def diff(
    data: Folder, base: str, head: str | None = None, *, as_of: date | None = None
) -> list[ActionDiff]:
    """What a change to the data did (`q2030 diff`)."""
    dataset = commands.for_reading(data_folder(data))
    return diff_command.run(dataset, diff_command.Query(base, as_of or date.today(), head))


def recover(data: Folder = None) -> list[Message]:
    """Finish or undo an interrupted write (`q2030 recover`): what was done."""
    return recover_command.run(data_folder(data))


def init(
    folder: Path | str,
    *,
    territory: str | None = None,
    install: str = "q2030",
    article: str | None = None,
    ci: Forge = Forge.GITHUB,
) -> Path:
    """A new data repository (`q2030 init`): its plan's path."""
    return init_command.run(init_command.Query(Path(folder), territory, install, article, ci))


def schema(kind: SchemaKind) -> dict[str, object]:
    """The JSON Schema of one kind of data file (`q2030 schema`), for editors and
    independent validators."""
    return json_schema(kind)


def site(
    data: Folder = None,
    *,
    as_of: date | None = None,
    since: str | None = None,
) -> site_command.Result:
    """What the published site holds (`q2030 site`): q2030.render.site.build makes its
    files (by path), q2030.data.fsio.replace_tree writes them."""
    query = site_command.Query(as_of or date.today(), since)
    return site_command.run(commands.for_reading(data_folder(data)), query)
