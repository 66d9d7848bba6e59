"""The q2030 command line: one thin function per command. Parses, calls, renders, exits.

Exit codes: 0 success; 1 a problem in the data or a wrong id (one line on stderr);
2 wrong usage (unknown option, malformed value). Only this module prints or exits.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from q2030 import __version__, arguments, datadir
from q2030.errors import DataError, Q2030Error
from q2030.escaping import terminal_safe
from q2030.i18n import LANG_ENV, Language, LanguageChoice, detect
from q2030.periods import PERIOD_FORMS
from q2030.statuses import Status
from q2030.values import Measure

if TYPE_CHECKING:
    from rich.console import Console

    from q2030.dataset import Dataset
    from q2030.models import Action

EXIT_DATA = 1
EXIT_USAGE = 2


class OneLineErrors(TyperGroup):
    """Every failure ends in one line on stderr and a documented exit code, never a traceback."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            result = super().main(*args, **kwargs)
        except typer.TyperException as error:  # usage errors (exit code 2) among them
            context = getattr(error, "ctx", None)
            usage = error.exit_code == EXIT_USAGE and context is not None
            where = f" (see '{context.command_path} --help')" if context and usage else ""
            _fail(f"{error.format_message()}{where}", error.exit_code)
        except typer.Abort:
            _fail("aborted", 130)
        except DataError as error:
            for problem in error.problems:
                if problem.level == "error":
                    typer.echo(str(problem), err=True)
            _fail(str(error), EXIT_DATA)
        except Q2030Error as error:
            _fail(str(error), EXIT_DATA)
        sys.exit(result if isinstance(result, int) else 0)


def _fail(message: str, code: int) -> None:
    typer.echo(f"q2030: error: {terminal_safe(message)}", err=True)
    sys.exit(code)


app = typer.Typer(
    cls=OneLineErrors,
    add_completion=True,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Track the 'Quartiers 2030' commitments of the State in the Nord: where each action "
    "stands, how far from its target, what is due when.\n\n"
    "Exit codes: 0 success, 1 data problem or unknown id, 2 wrong usage.\n\n"
    "Example: q2030 status --operator ARS",
)


class Grouping(StrEnum):
    operator = "operator"
    due = "due"
    objective = "objective"


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"q2030 {__version__}")
        raise typer.Exit()


@app.callback()
def options(
    ctx: typer.Context,
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            metavar="DIR",
            help="The data folder (holding objectives.yaml), or a folder "
            "with a data/ folder. Default: $Q2030_DATA, else the nearest data/ folder "
            "at or above the working directory.",
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
    lang: Annotated[
        LanguageChoice | None,
        typer.Option(
            "--lang",
            metavar="LANG",
            help="en or fr, for every command. Default: $Q2030_LANG, else the data "
            "repository's q2030.toml (lang = \"fr\"), else the locale's, else English.",
            show_default=False,
        ),
    ] = None,
) -> None:
    ctx.obj = Settings(data, lang.value if lang else None)


@dataclass(frozen=True)
class Settings:
    """The global options, for the commands: --data and --lang."""

    data: Path | None
    lang: str | None


def _complete(kind: str, incomplete: str) -> list[str]:
    """Shell completion of ids: the plan's, read without loading it (see plan_ids)."""
    return [
        known
        for known in datadir.plan_ids().get(kind, [])
        if known.lower().startswith(incomplete.lower())
    ]


def _complete_actions(incomplete: str) -> list[str]:
    return _complete("actions", incomplete)


def _complete_operators(incomplete: str) -> list[str]:
    return _complete("operators", incomplete)


OperatorOption = Annotated[
    list[str] | None,
    typer.Option(
        "--operator",
        "-o",
        metavar="ID",
        parser=arguments.operator_id,
        autocompletion=_complete_operators,
        help="Only this operator's actions, and its services' (DSDEN includes SDJES); "
        "repeat for several. Case-insensitive.",
    ),
]
Lang = Annotated[
    LanguageChoice | None,
    typer.Option(
        "--lang",
        metavar="LANG",
        help="en or fr: words, numbers (18,8 %) and dates (31/12/2027) in French with fr. "
        "Default: the locale's (LC_ALL, LC_MESSAGES, LANG), else English.",
        show_default=False,
    ),
]


def _language(ctx: typer.Context, choice: LanguageChoice | None = None) -> Language:
    """The language of this run: the command's --lang, the global one, $Q2030_LANG, the
    data repository's q2030.toml, the locale, English (see i18n.detect)."""
    from q2030.settings import configured_language

    settings: Settings = ctx.obj
    option = choice.value if choice else settings.lang
    configured = None
    if option is None and not os.environ.get(LANG_ENV):
        try:
            root = datadir.find_data_dir(settings.data)
        except Q2030Error:
            root = None  # the command itself says what is wrong with the data folder
        configured = configured_language(root) if root is not None else None
    return Language(detect(option, configured))


ActionArgument = Annotated[
    str,
    typer.Argument(
        metavar="ACTION",
        parser=arguments.action_id,
        autocompletion=_complete_actions,
        help="The action's id (as 'q2030 status' shows it), or a unique prefix of it.",
    ),
]
AsOf = Annotated[
    date | None,
    typer.Option(
        "--as-of",
        metavar="DATE",
        parser=arguments.day,
        help=f"Compute every figure as at this day: {PERIOD_FORMS}. Default: today.",
        show_default=False,
    ),
]


def _data_root(ctx: typer.Context) -> Path:
    """The data folder, with any write that was interrupted there finished (or undone)
    first, and said so on one line."""
    from q2030 import repository

    root = datadir.find_data_dir(ctx.obj.data)
    if message := repository.recover(root):
        typer.echo(f"q2030: {message} in {datadir.display_path(root)}", err=True)
    return root


def _dataset(ctx: typer.Context) -> Dataset:
    from q2030 import repository

    return repository.load(_data_root(ctx))


def _coloured() -> bool:
    """Whether Rich should print (colours at a terminal, or FORCE_COLOR); else plain text."""
    return sys.stdout.isatty() or bool(os.environ.get("FORCE_COLOR"))


def _plain_width() -> int:
    """The width of plain output, as Rich reckons it off a terminal: COLUMNS, else 80."""
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) > 0 else 80


def _console() -> Console:
    from rich.console import Console

    return Console()


@app.command(short_help="Where every action stands, with its status.")
def status(
    ctx: typer.Context,
    operator: OperatorOption = None,
    due: Annotated[
        int | None, typer.Option("--due", metavar="YEAR", help="Only actions due this year.")
    ] = None,
    statuses: Annotated[
        list[Status] | None,
        typer.Option(
            "--status",
            "-s",
            metavar="STATUS",
            parser=arguments.status,
            help="Only actions with this status; repeat for several: "
            + ", ".join(status.value for status in Status)
            + " (or as the table shows it, in English or French: 'échue', 'manqué').",
        ),
    ] = None,
    objective: Annotated[
        str | None,
        typer.Option(
            "--objective",
            metavar="ID",
            parser=arguments.objective_id,
            help="Only this objective's actions (its id).",
        ),
    ] = None,
    by: Annotated[
        Grouping,
        typer.Option(
            "--by", metavar="GROUPING", help="Group the table by operator, due year or objective."
        ),
    ] = Grouping.operator,
    output: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="table for people; json, csv or markdown for machines and documents.",
        ),
    ] = OutputFormat.table,
    as_of: AsOf = None,
    lang: Lang = None,
) -> None:
    """Where every action stands: target, latest reading, gap, progress and status.

    Statuses, first match wins: achieved, missed (due date passed), no_data,
    deteriorating, on_track (pace >= 0.95), needs_acceleration (pace >= 0.6), off_track;
    not_measurable for qualitative actions.

    Example: q2030 status --operator ARS --by due
    """
    from q2030.overview import build_rows

    day = as_of or date.today()
    dataset = _dataset(ctx)
    rows = build_rows(
        dataset,
        day,
        operators=operator or (),
        due_year=due,
        statuses=statuses or (),
        objective=objective,
    )
    if output is OutputFormat.table:
        from q2030.render.status_table import as_plain, as_rich, status_lines

        language = _language(ctx, lang)
        if _coloured():
            console = _console()
            console.print(as_rich(status_lines(rows, by.value, console.width, language)))
        else:
            typer.echo(as_plain(status_lines(rows, by.value, _plain_width(), language)), nl=False)
        return
    from q2030.render import status_data

    if output is OutputFormat.json:
        typer.echo(status_data.to_json(rows), nl=False)
    elif output is OutputFormat.csv:
        typer.echo(status_data.to_csv(rows), nl=False)
    else:
        typer.echo(status_data.to_markdown(rows, by.value, _language(ctx, lang)), nl=False)


@app.command(short_help="One action whole: its readings and figures.")
def show(
    ctx: typer.Context,
    action: ActionArgument,
    as_of: AsOf = None,
    lang: Lang = None,
) -> None:
    """One action whole: what it is, its readings oldest first, and its figures.

    Example: q2030 show snu-jeunes-qpv
    """
    from q2030.overview import resolve_action, row_of
    from q2030.render.table import action_page

    day = as_of or date.today()
    dataset = _dataset(ctx)
    row = row_of(dataset, *resolve_action(dataset, action), day)
    _console().print(action_page(dataset, row, _language(ctx, lang)))


def _to_stdout(out: Path | None) -> bool:
    """No --out, or --out -, means the standard output."""
    return out is None or str(out) == "-"


class ReportFormat(StrEnum):
    html = "html"
    markdown = "markdown"


@app.command(short_help="The steering committee's report (HTML or Markdown).")
def report(
    ctx: typer.Context,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            metavar="FILE",
            help="Where to write it; - or nothing: the standard output. A symbolic link or a "
            "folder is refused; a FIFO or a device is written through.",
            show_default=False,
        ),
    ] = None,
    operator: OperatorOption = None,
    output: Annotated[
        ReportFormat,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="html (one self-contained page with charts) or markdown.",
        ),
    ] = ReportFormat.html,
    as_of: AsOf = None,
    lang: Lang = None,
) -> None:
    """The steering committee's report: a summary, then each operator's actions with a chart.

    One self-contained HTML file (CSS and SVG inline, no script, no network) that prints
    on A4, or the same content as Markdown for a wiki or a pull request.

    Example: q2030 report --out copil.html --lang fr
    """
    from q2030 import fsio
    from q2030.overview import build_rows
    from q2030.render import report as rendering

    day = as_of or date.today()
    language = _language(ctx, lang)
    dataset = _dataset(ctx)
    rows = build_rows(dataset, day, operators=operator or ())
    if output is ReportFormat.markdown:
        content = rendering.to_markdown(dataset, rows, day, language)
    else:
        content = rendering.to_html(dataset, rows, day, language)
    if _to_stdout(out):
        typer.echo(content, nl=False)
    else:
        assert out is not None
        fsio.write_output(out, content.encode("utf-8"))
        typer.echo(f"Wrote {out}: {len(rows)} actions, as of {language.day(day)}.", err=True)


class SheetFormat(StrEnum):
    csv = "csv"
    xlsx = "xlsx"


class SheetContent(StrEnum):
    status = "status"
    readings = "readings"


@app.command(short_help="The status or the readings as a spreadsheet.")
def export(
    ctx: typer.Context,
    output: Annotated[
        SheetFormat,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="csv (';', UTF-8 with BOM) or xlsx (needs the q2030[xlsx] extra).",
        ),
    ] = SheetFormat.csv,
    what: Annotated[
        SheetContent,
        typer.Option(
            "--what",
            metavar="WHAT",
            help="status (one line per action) or readings "
            "(every measurement, in the columns 'q2030 import' reads).",
        ),
    ] = SheetContent.status,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            metavar="FILE",
            help="Where to write it; - or nothing: the standard output (XLSX only with -). A "
            "symbolic link or a folder is refused; a FIFO or a device is written through.",
            show_default=False,
        ),
    ] = None,
    operator: OperatorOption = None,
    as_of: AsOf = None,
    lang: Lang = None,
) -> None:
    """A spreadsheet of the status or of the readings, as French spreadsheet software expects.

    Example: q2030 export --format xlsx --what readings --out mesures.xlsx --lang fr
    """
    from q2030 import exchange, fsio
    from q2030.overview import build_rows, resolve_operators

    day = as_of or date.today()
    language = _language(ctx, lang)
    dataset = _dataset(ctx)
    if what is SheetContent.status:
        sheet = exchange.status_sheet(build_rows(dataset, day, operators=operator or ()), language)
    else:
        sheet = exchange.readings_sheet(dataset, language)
        family = resolve_operators(dataset, operator or ())
        if family is not None:
            ids = {action.id for _, action in dataset.plan.actions() if action.operator in family}
            sheet = exchange.Sheet(sheet.headers, [row for row in sheet.rows if row[0] in ids])
    if output is SheetFormat.xlsx:
        if out is None:  # "-" says it on purpose
            raise typer.BadParameter(
                "an XLSX file is not for the terminal: name it with --out FILE (or --out -)",
                param_hint="--format xlsx",
            )
        content = exchange.to_xlsx(sheet, what.value)
    else:
        content = exchange.to_csv(sheet, language)
    if _to_stdout(out):
        sys.stdout.flush()
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
    else:
        assert out is not None
        fsio.write_output(out, content)
        typer.echo(f"Wrote {out}: {len(sheet.rows)} rows.", err=True)


@app.command("import", short_help="Record the readings of a sheet, all or nothing.")
def import_sheet(
    ctx: typer.Context,
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE",
            help="A .csv or .xlsx file with the "
            "columns action, date, value, source and note "
            "(English or French headers).",
        ),
    ],
    skip_invalid: Annotated[
        bool,
        typer.Option(
            "--skip-invalid",
            help="Write the valid rows and list the others. "
            "Default: nothing is written unless every row is valid.",
        ),
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check every row; write nothing.")
    ] = False,
) -> None:
    """Record readings in bulk from the sheet an operator sends, all or nothing.

    Every row is checked as 'q2030 record' checks one reading; every refused row is listed
    with its number and reason. The files are written as 'record' writes them.

    Example: q2030 import mesures-caf-2025.xlsx --dry-run
    """
    from q2030 import exchange, recording, repository

    today = date.today()
    dataset, problems = repository.collect(_data_root(ctx))
    if dataset is None:
        raise DataError(problems)
    rows = exchange.read_sheet(file)
    checked = recording.check_rows(dataset, rows, today)
    lang = _language(ctx)
    for number, reason in checked.refused:
        line = lang("import.row", file=file, row=number, reason=reason)
        typer.echo(terminal_safe(line), err=True)
    if checked.refused and not skip_invalid:
        raise Q2030Error(lang("import.refused", refused=len(checked.refused), rows=len(rows)))
    results = recording.import_readings(dataset, checked, today, dry_run=dry_run)
    written = sum(len(r.after) - len(r.before) for r in results)
    actions = lang("count.action" if len(results) == 1 else "count.actions", count=len(results))
    summary = lang.counted(
        "import.would" if dry_run else "import.recorded", written, actions=actions, file=file
    )
    already = len(checked.accepted) - written
    if already:
        summary += lang.counted("import.already", already)
    if checked.refused:
        summary += lang.counted("import.skipped", len(checked.refused))
    typer.echo(f"{summary}.")


class RecordFormat(StrEnum):
    text = "text"
    json = "json"


def _interactive() -> bool:
    return sys.stdin.isatty()


def _ask(
    dataset: Dataset, action: Action, value: Measure | None, source: str | None
) -> tuple[Measure, str]:
    """Ask a person at a terminal for what the command line left out; refuse anywhere else."""
    if not _interactive():
        missing = "VALUE" if value is None else "--source"
        raise Q2030Error(
            f"{missing} is missing and there is no terminal to ask for it: give it on the "
            "command line"
        )
    from q2030.render import text

    readings = dataset.readings_of(action.id)
    last = "none yet"
    if readings:
        latest = readings[-1]
        shown = text.measure(latest, action.unit)
        last = f"{shown} on {latest.date} ({latest.source})"
    typer.echo(f"{action.id}: {action.title}")
    typer.echo(f"Unit: {action.unit or 'a milestone state'}. Last reading: {last}.")
    if value is None:
        value = arguments.measure(typer.prompt("Value"))
    if source is None:
        source = arguments.text(typer.prompt("Source (where the figure comes from)"))
    return value, source


@app.command(short_help="Add a measurement, and say what it changes.")
def record(
    ctx: typer.Context,
    action: ActionArgument,
    value: Annotated[
        Measure | None,
        typer.Argument(
            metavar="VALUE",
            parser=arguments.measure,
            help="14.2, 14,2 or 14.2%; 42/48 for a share; not_started, in_progress or done "
            "for a milestone. Asked for when missing at a terminal.",
            show_default=False,
        ),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option(
            "--source",
            metavar="TEXT",
            parser=arguments.text,
            help="Where the figure comes from (required).",
        ),
    ] = None,
    day: Annotated[
        date | None,
        typer.Option(
            "--date",
            metavar="DATE",
            parser=arguments.day,
            help=f"The date the figure describes: {PERIOD_FORMS}. Default: today.",
            show_default=False,
        ),
    ] = None,
    note: Annotated[
        str | None, typer.Option("--note", metavar="TEXT", parser=arguments.text, help="A note.")
    ] = None,
    reference: Annotated[
        float | None,
        typer.Option(
            "--reference",
            metavar="NUMBER",
            parser=arguments.number,
            help="For an action that must grow faster than a reference series (such as the "
            "general population's rate): that series' figure for the same date.",
        ),
    ] = None,
    correct: Annotated[
        bool,
        typer.Option(
            "--correct",
            help="Record a correction of the reading of the same date "
            "(the old one stays, the new one says what it corrects).",
        ),
    ] = False,
    allow_unusual: Annotated[
        bool,
        typer.Option(
            "--allow-unusual",
            help="Accept a figure about 100 times smaller or larger than the action's "
            "previous one (refused by default: 0,985 typed for 98,5 %).",
        ),
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check and show what would change; write nothing.")
    ] = False,
    output: Annotated[
        RecordFormat, typer.Option("--format", "-f", metavar="FORMAT", help="text or json.")
    ] = RecordFormat.text,
) -> None:
    """Add a measurement to an action's readings file, and say what it changes.

    The file is only ever appended to, under a lock, and replaced atomically once the new
    text has been checked as a whole. Anything wrong is refused and nothing is written.

    Example: q2030 record snu-jeunes-qpv 14,2 --date 2025 --source "SDJES, rapport 2025"
    """
    from q2030 import recording, repository
    from q2030.overview import resolve_action
    from q2030.render import outcome as shown

    today = date.today()
    dataset, problems = repository.collect(_data_root(ctx))
    if dataset is None:
        raise DataError(problems)
    _, found = resolve_action(dataset, action)
    if value is None or source is None:
        value, source = _ask(dataset, found, value, source)
    measure = recording.measure_fields(value, found)
    if reference is not None:
        measure["reference"] = reference
    reading = recording.draft(
        dataset,
        found,
        measure,
        day or today,
        source,
        note,
        correct=correct,
        today=today,
        allow_unusual=allow_unusual,
    )
    outcome = recording.record(dataset, found, reading, today, dry_run=dry_run)
    if output is RecordFormat.json:
        typer.echo(json.dumps(shown.outcome_record(outcome), ensure_ascii=False, indent=2))
    else:
        typer.echo(shown.outcome_text(outcome, _language(ctx), dry_run=dry_run), nl=False)


class Forge(StrEnum):
    github = "github"
    gitlab = "gitlab"


class ProblemFormat(StrEnum):
    auto = "auto"
    text = "text"
    github = "github"
    gitlab = "gitlab"
    json = "json"


@app.command(short_help="Check every data file; report every problem.")
def validate(
    ctx: typer.Context,
    output: Annotated[
        ProblemFormat,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="text: path:line:col: [level] code: message; github: workflow annotations; "
            "gitlab: the code-quality report a merge request shows; json: {ok, problems}; "
            "auto: github when GITHUB_ACTIONS is set, else text.",
        ),
    ] = ProblemFormat.auto,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
    base: Annotated[
        str | None,
        typer.Option(
            "--base",
            metavar="REF",
            help="A git revision (the pull request's target branch): its readings must still "
            "be there, unchanged, and its actions with readings must keep their ids.",
        ),
    ] = None,
    as_of: AsOf = None,
) -> None:
    """Check every data file and report every problem, each on its file, line and column.

    Exit codes: 0 no problem (warnings allowed unless --strict); 1 errors, or warnings
    with --strict; 2 wrong usage.

    Example: q2030 validate --base origin/main --strict
    """
    from q2030 import history, repository
    from q2030.render import problems as shown

    day = as_of or date.today()
    root = datadir.find_data_dir(ctx.obj.data)
    dataset, problems = repository.collect(root, day)
    if base is not None:
        problems = sorted(problems + history.append_only_problems(root, dataset, base))
    failed = any(p.level == "error" or strict for p in problems)
    style = output.value
    if style == "auto":
        style = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    if style == "json":
        typer.echo(shown.as_json(problems, ok=not failed), nl=False)
    elif style == "github":
        typer.echo(shown.as_github(problems), nl=False)
    elif style == "gitlab":
        typer.echo(shown.as_gitlab(problems), nl=False)
    else:
        typer.echo(shown.as_text(problems), nl=False)
    typer.echo(shown.summary(datadir.display_path(root), problems), err=True)
    if failed:
        raise typer.Exit(EXIT_DATA)


@app.command(short_help="What a change to the data did, in Markdown.")
def diff(
    ctx: typer.Context,
    base: Annotated[str, typer.Argument(metavar="REF", help="The git revision to compare from.")],
    head: Annotated[
        str | None,
        typer.Argument(
            metavar="[REF2]",
            help="The revision to compare to. Default: the working tree.",
            show_default=False,
        ),
    ] = None,
    as_of: AsOf = None,
) -> None:
    """Markdown: the readings added per action, and each action whose status or gap changed.

    Made to be pasted into a pull-request comment or appended to $GITHUB_STEP_SUMMARY.

    Example: q2030 diff origin/main >> "$GITHUB_STEP_SUMMARY"
    """
    from q2030 import history
    from q2030.render import diff as rendering

    day = as_of or date.today()
    root = _data_root(ctx)
    changes = history.compare(root, base, head, day)
    typer.echo(rendering.changes_markdown(changes, base, head, _language(ctx)), nl=False)


@app.command(short_help="Finish or undo an interrupted write.")
def recover(ctx: typer.Context) -> None:
    """Finish a write that was interrupted (a killed import, a power cut), or undo one that
    had not begun to replace files, so that every file is either as it was or new.

    Every command that reads or writes the data does this first; validate only reports it.

    Example: q2030 recover
    """
    from q2030 import repository

    root = datadir.find_data_dir(ctx.obj.data)
    message = repository.recover(root) or "nothing to recover"
    typer.echo(f"{datadir.display_path(root)}: {message}.")


class SchemaKind(StrEnum):
    objectives = "objectives"
    readings = "readings"


@app.command(short_help="Print the JSON Schema of a data file kind.")
def schema(
    kind: Annotated[
        SchemaKind, typer.Argument(metavar="KIND", help="objectives or readings.")
    ] = SchemaKind.objectives,
) -> None:
    """Print the JSON Schema of a data file kind, generated from the models.

    Editors use it to complete and check the files as people type (the files' first line
    names it for the YAML language server); other validators can check the data with it.

    Example: q2030 schema readings > data/schemas/readings.schema.json
    """
    from q2030.scaffold import schema_text

    typer.echo(schema_text(kind.value), nl=False)


@app.command(short_help="Create a data repository for another territory.")
def init(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="The new repository's folder.")],
    territory: Annotated[
        str | None,
        typer.Option(
            "--territory",
            metavar="NAME",
            help="The département or territory. Default: the folder's name.",
            show_default=False,
        ),
    ] = None,
    install: Annotated[
        str,
        typer.Option(
            "--install",
            metavar="REQUIREMENT",
            parser=arguments.pip_requirement,
            help="How CI installs q2030 (a pip requirement, such as a git URL).",
        ),
    ] = "q2030",
    ci: Annotated[
        Forge,
        typer.Option(
            "--ci",
            metavar="FORGE",
            help="github (a workflow for pull requests) or gitlab (a .gitlab-ci.yml for "
            "merge requests, with the code-quality report on the changed lines).",
        ),
    ] = Forge.github,
) -> None:
    """Create a data repository for another territory: an empty plan with comments, readings/,
    the JSON Schemas, the pull-request (or merge-request) pipeline, a pre-commit
    configuration and a README.

    'q2030 validate' passes on it at once.

    Example: q2030 init quartiers-2030-pas-de-calais --territory Pas-de-Calais --ci gitlab
    """
    from q2030 import repository
    from q2030.scaffold import data_repository

    name = territory or folder.resolve().name
    repository.create_files(folder, data_repository(name, install, ci.value))
    typer.echo(
        f"Created {folder}: edit {folder / 'data' / 'objectives.yaml'}, then run "
        f"'q2030 validate' there."
    )
