"""The q2030 command line: registration and the boundary. Each command parses its arguments
into a query of q2030.commands, runs it, renders the result (q2030.render) and prints it;
errors become one line on stderr and an exit code. No domain decision is taken here.

Exit codes: 0 success; 1 a problem in the data or a wrong id (one line on stderr);
2 wrong usage (unknown option, malformed value). Only this module prints or exits.

The run's language is resolved once, from the arguments as typed, before they are parsed
(see words.run_language), and carried in the context object (`Run`); `--lang` is
declared once, on the app, and shared with every command (it may be typed after the
command's name too).
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperCommand, TyperGroup

from q2030 import __version__
from q2030.cli import arguments, words
from q2030.data import datadir
from q2030.domain.choices import (
    DueOrder,
    Forge,
    Grouping,
    ProblemFormat,
    RecordFormat,
    ReportFormat,
    RequestFormat,
    SchemaKind,
    SheetContent,
    SheetFormat,
    SortOrder,
    StatusFormat,
)
from q2030.domain.statuses import Status
from q2030.domain.values import Measure
from q2030.errors import DataError, Q2030Error
from q2030.escaping import one_line
from q2030.i18n import ENGLISH, Language, LanguageChoice, Message, Names

if TYPE_CHECKING:
    from rich.console import Console

    from q2030.commands.import_sheet import Result as Imported
    from q2030.data.dataset import Dataset
    from q2030.domain.models import Action

EXIT_DATA = 1
EXIT_USAGE = 2
NOTE_SHOWN = 80  # characters of a cell note said left out


@dataclass
class Run:
    """What a run carries in its context object: its language, chosen before its arguments
    are parsed (see words.run_language), the error a malformed q2030.toml gave while
    choosing it, and the global --data."""

    language: Language = ENGLISH
    settings_error: Q2030Error | None = None
    data: Path | None = None


def resolve_run(argv: list[str]) -> Run:
    """The run of these arguments (the entry point resolves it once and hands it in)."""
    return Run(*words.run_language(argv))


class OneLineErrors(TyperGroup):
    """Every failure ends in one line on stderr, in the run's language, and a documented
    exit code, never a traceback."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        words.share_option(self, "--lang")  # declared once, on the app: see the module

    def main(self, args: Any = None, *rest: Any, **kwargs: Any) -> Any:
        argv = [str(argument) for argument in (sys.argv[1:] if args is None else args)]
        given = kwargs.pop("obj", None)
        run = given if isinstance(given, Run) else resolve_run(argv)
        if (wrong_language := words.environment_problem(argv)) is not None:
            _fail(run, wrong_language, EXIT_USAGE)
        words.translate_help(self, run.language)
        kwargs["standalone_mode"] = False
        try:
            result = super().main(args, *rest, obj=run, **kwargs)
        except typer.TyperException as error:  # usage errors (exit code 2) among them
            if isinstance(error, arguments.BadValue):
                error.message = run.language.text(error.said)
            context = getattr(error, "ctx", None)
            usage = error.exit_code == EXIT_USAGE and context is not None
            where = (
                Message("cli.see_help", command=context.command_path) if context and usage else ""
            )
            message = words.usage_error(error.format_message(), run.language)
            _fail(run, Message("cli.usage", message=message, where=where), error.exit_code)
        except typer.Abort:
            _fail(run, Message("cli.aborted"), 130)
        except DataError as error:
            for problem in error.problems:
                if problem.level == "error":
                    typer.echo(problem.line_in(run.language), err=True)
            _fail(run, error.message, EXIT_DATA)
        except Q2030Error as error:
            _fail(run, error.message, EXIT_DATA)
        sys.exit(result if isinstance(result, int) else 0)

    def get_help(self, ctx: Any) -> str:
        return words.help_page(super().get_help(ctx), _run(ctx).language)


class Command(TyperCommand):
    """A command whose help page is in the run's language."""

    def get_help(self, ctx: Any) -> str:
        return words.help_page(super().get_help(ctx), _run(ctx).language)


def _run(ctx: Any) -> Run:
    """The run a context carries (its root's object; a bare context: English)."""
    found = ctx.find_root().obj if ctx is not None else None
    return found if isinstance(found, Run) else Run()


def _fail(run: Run, message: Message, code: int) -> None:
    line = run.language("cli.error", message=message)
    typer.echo(one_line(line), err=True)
    sys.exit(code)


def _say(ctx: typer.Context, key: str, **values: object) -> str:
    """A catalogue text in the run's language, safe for a terminal, on one line."""
    return one_line(_language(ctx)(key, **values))


app = typer.Typer(
    cls=OneLineErrors,
    add_completion=True,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="help.app",
)


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
            parser=arguments.folder,
            help="help.data",
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="help.version")
    ] = False,
    lang: Annotated[  # the one declaration of --lang, shared with every command
        LanguageChoice | None,
        typer.Option(
            "--lang",
            metavar="LANG",
            help="help.lang",
            show_default=False,
        ),
    ] = None,
) -> None:
    """The global options; --lang chose the run's language before parsing (see Run)."""
    _run(ctx).data = data


def _complete(kind: str, incomplete: str) -> list[str]:
    """Shell completion of ids: the plan's, read without loading it (see plan_ids)."""
    return [
        known
        for known in datadir.plan_ids().get(kind, [])
        if known.lower().startswith(incomplete.lower())
    ]


def _choices(kind: type[StrEnum]) -> Callable[[str], list[str]]:
    """Shell completion of a choice: its names, and its French words (see arguments.choice)."""

    def complete(incomplete: str) -> list[str]:
        said = [word for c in kind for word in arguments.choice_words(c.value)]
        return [word for word in said if word.lower().startswith(incomplete.lower())]

    return complete


def _complete_actions(incomplete: str) -> list[str]:
    return _complete("actions", incomplete)


def _complete_operators(incomplete: str) -> list[str]:
    return _complete("operators", incomplete)


def _choice(kind: type[StrEnum], name: str, help_key: str, *flags: str) -> Any:
    """A `--format`-like option taking one of `kind`'s values (English or French)."""
    return typer.Option(
        *flags,
        parser=arguments.choice(kind),
        autocompletion=_choices(kind),
        metavar=name,
        help=help_key,
    )


OperatorOption = Annotated[
    list[str] | None,
    typer.Option(
        "--operator",
        "-o",
        metavar="ID",
        parser=arguments.operator_id,
        autocompletion=_complete_operators,
        help="help.operator",
    ),
]


def _language(ctx: typer.Context) -> Language:
    """The language of this run (see Run); a malformed q2030.toml stops here."""
    run = _run(ctx)
    if run.settings_error is not None:
        raise run.settings_error
    return run.language


ActionArgument = Annotated[
    str,
    typer.Argument(
        metavar="ACTION",
        parser=arguments.action_id,
        autocompletion=_complete_actions,
        help="help.action",
    ),
]
SinceOption = Annotated[
    str | None,
    typer.Option(
        "--since",
        metavar="DATE|REF",
        parser=arguments.since,
        help="help.since",
        show_default=False,
    ),
]
Sort = Annotated[SortOrder, _choice(SortOrder, "ORDER", "help.sort", "--sort")]
AsOf = Annotated[
    date | None,
    typer.Option(
        "--as-of",
        metavar="DATE",
        parser=arguments.day,
        help="help.as_of",
        show_default=False,
    ),
]
OutFile = Annotated[
    arguments.Output | None,
    typer.Option(
        "--out",
        metavar="FILE",
        parser=arguments.output,
        help="help.out",
        show_default=False,
    ),
]


def _data_root(ctx: typer.Context) -> Path:
    """The data folder (--data, $Q2030_DATA, or found from here); a malformed q2030.toml
    stops here, before anything is read or written."""
    _language(ctx)  # raises the settings' error, if any
    return datadir.find_data_dir(_run(ctx).data)


def _reading(ctx: typer.Context) -> Dataset:
    """The data, for a command that only reads it (see commands.for_reading)."""
    from q2030 import commands

    return commands.for_reading(_data_root(ctx))


def _writing(ctx: typer.Context) -> Dataset:
    """The data, for a command that writes, an interrupted write finished first and said
    on one line (see commands.for_writing)."""
    from q2030 import commands

    root = _data_root(ctx)
    dataset, repaired = commands.for_writing(root)
    if repaired is not None:
        path = datadir.display_path(root)
        typer.echo(_say(ctx, "recover.in", message=repaired, path=path), err=True)
    return dataset


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


def _bytes_out(content: bytes) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(content)
    sys.stdout.flush()


@app.command(cls=Command, short_help="help.status.short", help="help.status")
def status(
    ctx: typer.Context,
    operator: OperatorOption = None,
    due: Annotated[
        int | None,
        typer.Option("--due", metavar="YEAR", parser=arguments.year, help="help.status.due"),
    ] = None,
    statuses: Annotated[
        list[Status] | None,
        typer.Option(
            "--status",
            "-s",
            metavar="STATUS",
            parser=arguments.status,
            help="help.status.status",
        ),
    ] = None,
    since: SinceOption = None,
    sort: Sort = SortOrder.PLAN,
    objective: Annotated[
        str | None,
        typer.Option(
            "--objective",
            metavar="ID",
            parser=arguments.objective_id,
            help="help.status.objective",
        ),
    ] = None,
    by: Annotated[
        Grouping, _choice(Grouping, "GROUPING", "help.status.by", "--by")
    ] = Grouping.OPERATOR,
    output: Annotated[
        StatusFormat, _choice(StatusFormat, "FORMAT", "help.status.format", "--format", "-f")
    ] = StatusFormat.TABLE,
    as_of: AsOf = None,
) -> None:
    """Where every action stands (help: help.status in the catalogue)."""
    from q2030.commands import status as command

    query = command.Query(
        as_of or date.today(),
        operator or (),
        due,
        statuses or (),
        objective,
        sort,
        since,
    )
    result = command.run(_reading(ctx), query)
    if output is not StatusFormat.TABLE:
        from q2030.render.status_data import as_data

        typer.echo(as_data(result, output, by, _language(ctx)), nl=False)
        return
    from q2030.render.status_table import as_plain, as_rich, table_lines

    console = _console() if _coloured() else None
    width = console.width if console else _plain_width()
    lines = table_lines(result, by, width, _language(ctx))
    if console:
        console.print(as_rich(lines))
    else:
        typer.echo(as_plain(lines), nl=False)


@app.command(cls=Command, short_help="help.show.short", help="help.show")
def show(ctx: typer.Context, action: ActionArgument, as_of: AsOf = None) -> None:
    """One action whole (help: help.show)."""
    from q2030.commands import show as command
    from q2030.render.show_page import action_page, unglued

    dataset = _reading(ctx)
    row = command.run(dataset, command.Query(action, as_of or date.today()))
    page = action_page(dataset, row, _language(ctx))
    if _coloured():
        console = _console()
        with console.capture() as captured:
            console.print(page)
        sys.stdout.write(unglued(captured.get()))
        return
    from rich.console import Console

    buffer = io.StringIO()
    Console(file=buffer, width=_plain_width(), color_system=None, soft_wrap=False).print(page)
    lines = unglued(buffer.getvalue()).splitlines()
    typer.echo("".join(line.rstrip() + "\n" for line in lines), nl=False)


def _write_out(out: arguments.Output, content: bytes, example: str) -> None:
    """Write what --out names (a file, never the standard output here); `example` is the
    file name suggested where a folder is named."""
    from q2030.data import fsio

    assert out.path is not None
    fsio.write_output(out.path, content, shown=out.typed, folder=out.folder, example=example)


@app.command(cls=Command, short_help="help.due.short", help="help.due")
def due(
    ctx: typer.Context,
    operator: OperatorOption = None,
    sort: Annotated[DueOrder, _choice(DueOrder, "ORDER", "help.due.sort", "--sort")] = (
        DueOrder.PLAN
    ),
    output: Annotated[
        StatusFormat, _choice(StatusFormat, "FORMAT", "help.status.format", "--format", "-f")
    ] = StatusFormat.TABLE,
    as_of: AsOf = None,
) -> None:
    """The figures each operator owes (help: help.due)."""
    from q2030.commands import due as command
    from q2030.render import due as shown

    query = command.Query(as_of or date.today(), operator or (), sort)
    result = command.run(_reading(ctx), query)
    figures, freshness, language = result.figures, result.freshness, _language(ctx)
    if output is StatusFormat.JSON:
        typer.echo(shown.to_json(figures, freshness), nl=False)
    elif output is StatusFormat.CSV:
        _bytes_out(shown.to_csv(figures, freshness, language))
    elif output is StatusFormat.MARKDOWN:
        typer.echo(shown.to_markdown(figures, language), nl=False)
    else:
        typer.echo(shown.to_text(figures, _plain_width(), language), nl=False)


Period = Annotated[
    int | None,
    typer.Option("--period", metavar="YEAR", parser=arguments.year, help="help.request.period"),
]


@app.command(cls=Command, short_help="help.request.short", help="help.request")
def request(
    ctx: typer.Context,
    operator: OperatorOption = None,
    every: Annotated[bool, typer.Option("--all", help="help.request.all")] = False,
    period: Period = None,
    output: Annotated[
        RequestFormat, _choice(RequestFormat, "FORMAT", "help.request.format", "--format", "-f")
    ] = RequestFormat.XLSX,
    out: Annotated[
        arguments.Output | None,
        typer.Option(
            "--out",
            metavar="FILE",
            parser=arguments.output,
            help="help.request.out",
            show_default=False,
        ),
    ] = None,
    out_dir: Annotated[
        Path | None,
        typer.Option(
            "--out-dir",
            metavar="DIR",
            parser=arguments.folder,
            help="help.request.out_dir",
            show_default=False,
        ),
    ] = None,
    as_of: AsOf = None,
) -> None:
    """The request sheet an operator fills (help: help.request)."""
    from q2030.data import fsio
    from q2030.render import request as requests

    day = as_of or date.today()
    language = _language(ctx)
    if (out is None) == (out_dir is None):
        raise arguments.BadValue(Message("request.where"))
    from q2030.commands import request as command

    if not every and not operator:
        raise arguments.BadValue(Message("request.which"))
    asked_for = command.Query(day, operator or (), every, period)
    result = command.run(_reading(ctx), asked_for)
    dataset, made = result.dataset, result.requests
    if out is not None and len(made) != 1:
        raise arguments.BadValue(Message("request.one_file"))
    for asked in made:
        if output is RequestFormat.XLSX:
            content = requests.to_xlsx(dataset, asked, language)
        else:
            content = requests.to_csv_bytes(asked, language)
        name = requests.file_name(asked, day, output.value)
        if out is not None and out.path is None:  # --out -: the standard output
            _bytes_out(content)
            continue
        if out is not None:
            _write_out(out, content, name)
            shown = out.typed
        else:
            target = fsio.output_folder(out_dir) / name
            fsio.write_output(target, content)
            shown = datadir.display_path(target)
        figures = language.counted("due.figures", len(asked.figures))
        message = _say(
            ctx, "request.wrote", path=shown, operator=asked.operator.id, figures=figures
        )
        typer.echo(message, err=True)
    if not made:
        typer.echo(_say(ctx, "due.nothing"), err=True)


@app.command(cls=Command, short_help="help.remind.short", help="help.remind")
def remind(
    ctx: typer.Context,
    operator: OperatorOption = None,
    out_dir: Annotated[
        Path,
        typer.Option(
            "--out-dir", metavar="DIR", parser=arguments.folder, help="help.remind.out_dir"
        ),
    ] = Path("relances"),
    period: Period = None,
    as_of: AsOf = None,
) -> None:
    """Draft one e-mail per operator that owes figures (help: help.remind)."""
    from q2030.commands import remind as command
    from q2030.data import fsio
    from q2030.render import remind as reminders

    language = _language(ctx)
    query = command.Query(as_of or date.today(), operator or (), period)
    result = command.run(_reading(ctx), query)
    folder = fsio.output_folder(out_dir)
    for asked in result.drafts:
        mail = reminders.message(result.dataset, asked, language)
        target = folder / reminders.file_name(asked)
        fsio.write_output(target, reminders.draft_bytes(mail))
        shown = datadir.display_path(target)
        typer.echo(_say(ctx, "remind.wrote", path=shown, operator=asked.operator.id))
    if without := [operator.short for operator in result.without_contacts]:
        named = Names(without)
        said = language.counted("remind.no_contacts", len(without), operators=named)
        typer.echo(one_line(said), err=True)


@app.command(cls=Command, short_help="help.report.short", help="help.report")
def report(
    ctx: typer.Context,
    out: OutFile = None,
    operator: OperatorOption = None,
    output: Annotated[
        ReportFormat, _choice(ReportFormat, "FORMAT", "help.report.format", "--format", "-f")
    ] = ReportFormat.HTML,
    since: SinceOption = None,
    sort: Sort = SortOrder.PLAN,
    as_of: AsOf = None,
) -> None:
    """The steering committee's report (help: help.report)."""
    from q2030.commands import report as command
    from q2030.data import fsio
    from q2030.render import report as rendering

    day = as_of or date.today()
    language = _language(ctx)
    if output is ReportFormat.PDF and out is not None and out.path is None and sys.stdout.isatty():
        raise arguments.BadValue(Message("report.pdf_to_terminal"))
    result = command.run(_reading(ctx), command.Query(day, operator or (), since, sort))
    example = rendering.file_name(day, result.operators, output.value, language)
    if out is not None and out.path is not None:  # refused now, not after printing a PDF
        if not out.folder and not rendering.fits_suffix(out.path, output):
            raise arguments.BadValue(
                Message("report.wrong_suffix", path=out.typed, format=output.value)
            )
        fsio.check_output(out.path, shown=out.typed, folder=out.folder, example=example)
    content = rendering.render(result, output, language)
    data = content.encode("utf-8")
    if output is ReportFormat.PDF:
        from q2030.render import printing

        information = rendering.pdf_information(result.dataset, day, language)
        data = printing.print_pdf(content, information)
    if out is None and output is not ReportFormat.MARKDOWN and sys.stdout.isatty():
        # a page or a PDF is no reading for a terminal: a dated file in the current folder
        out = arguments.output(example)
    if out is None or out.path is None:
        if output is ReportFormat.PDF:
            _bytes_out(data)
        else:
            typer.echo(content, nl=False)
        return
    _write_out(out, data, example)
    said = _language(ctx).counted("wrote.report", len(result.rows), path=out.typed, day=day)
    typer.echo(one_line(said), err=True)


@app.command(cls=Command, short_help="help.export.short", help="help.export")
def export(
    ctx: typer.Context,
    output: Annotated[
        SheetFormat, _choice(SheetFormat, "FORMAT", "help.export.format", "--format", "-f")
    ] = SheetFormat.CSV,
    what: Annotated[
        SheetContent, _choice(SheetContent, "WHAT", "help.export.what", "--what")
    ] = SheetContent.STATUS,
    out: Annotated[
        arguments.Output | None,
        typer.Option(
            "--out",
            metavar="FILE",
            parser=arguments.output,
            help="help.export.out",
            show_default=False,
        ),
    ] = None,
    operator: OperatorOption = None,
    as_of: AsOf = None,
) -> None:
    """A spreadsheet of the status or of the readings (help: help.export)."""
    from q2030.commands import export as command
    from q2030.render.status_sheet import status_sheet
    from q2030.sheets import exchange

    day = as_of or date.today()
    language = _language(ctx)
    if output is SheetFormat.XLSX and out is None:  # "-" says it on purpose
        raise arguments.BadValue(Message("export.xlsx_terminal"))
    dataset = _reading(ctx)
    result = command.run(dataset, command.Query(day, what, operator or ()))
    if what is SheetContent.STATUS:
        sheet = status_sheet(result.rows, language, day)
    else:
        sheet = exchange.readings_sheet(dataset, result.readings, language)
    if output is SheetFormat.XLSX:
        content = exchange.to_xlsx(sheet, what.value)
    else:
        content = exchange.to_csv(sheet, language)
    if out is None or out.path is None:
        _bytes_out(content)
        return
    _write_out(out, content, f"{what.value}.{output.value}")
    said = _language(ctx).counted("wrote.sheet", len(sheet.rows), path=out.typed)
    typer.echo(one_line(said), err=True)


@app.command("import", cls=Command, short_help="help.import.short", help="help.import")
def import_sheet(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(metavar="FILE", help="help.import.file")],
    skip_invalid: Annotated[
        bool, typer.Option("--skip-invalid", help="help.import.skip_invalid")
    ] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="help.import.dry_run")] = False,
    require_all: Annotated[
        bool, typer.Option("--require-all", help="help.import.require_all")
    ] = False,
    commit: Annotated[bool, typer.Option("--commit", help="help.import.commit")] = False,
    branch: Annotated[
        str | None,
        typer.Option("--branch", metavar="NAME", parser=arguments.text, help="help.import.branch"),
    ] = None,
) -> None:
    """Record the readings of a sheet, all or nothing (help: help.import)."""
    from q2030.commands import import_sheet as command

    if branch is not None and not commit:
        raise arguments.BadValue(Message("import.branch_alone"))
    language = _language(ctx)
    query = command.Query(file, date.today(), skip_invalid, dry_run, require_all, commit, branch)
    result = command.run(_writing(ctx), query, language)
    _say_import(ctx, result, language)


def _say_import(ctx: typer.Context, result: Imported, language: Language) -> None:
    """What an import read, refused, left out and did, one line each."""
    from q2030.render.outcome import import_lines

    for line, to_error in import_lines(result, language):
        typer.echo(one_line(line), err=to_error)
    if result.stopped is not None:
        raise Q2030Error(result.stopped)


def _interactive() -> bool:
    return sys.stdin.isatty()


def _ask(
    ctx: typer.Context, dataset: Dataset, action: Action, value: Measure | None, source: str | None
) -> tuple[Measure, str]:
    """Ask a person at a terminal for what the command line left out; anywhere else, a
    usage error saying what to give."""
    if not _interactive():
        missing = Message("metavar.VALUE") if value is None else "--source"
        raise arguments.BadValue(Message("record.no_terminal", missing=missing))
    from q2030.render import text

    lang = _language(ctx)
    readings = dataset.readings_of(action.id)
    last = lang("ask.none_yet")
    if readings:
        latest = readings[-1]
        shown = text.measure(latest, action.unit, lang)
        last = lang("ask.last", shown=shown, date=latest.date, source=latest.source)
    unit = lang(f"unit.{action.unit}") if action.unit else lang("ask.milestone")
    typer.echo(one_line(f"{action.id}: {action.title}"))
    typer.echo(_say(ctx, "ask.about", unit=unit, last=last))
    if value is None:
        value = arguments.measure(typer.prompt(lang("ask.value")))
    if source is None:
        source = arguments.text(typer.prompt(lang("ask.source")))
    return value, source


@app.command(cls=Command, short_help="help.record.short", help="help.record")
def record(
    ctx: typer.Context,
    action: ActionArgument,
    value: Annotated[
        Measure | None,
        typer.Argument(
            metavar="VALUE",
            parser=arguments.measure,
            help="help.record.value",
            show_default=False,
        ),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option(
            "--source",
            metavar="TEXT",
            parser=arguments.text,
            help="help.record.source",
        ),
    ] = None,
    day: Annotated[
        date | None,
        typer.Option(
            "--date",
            metavar="DATE",
            parser=arguments.day,
            help="help.record.date",
            show_default=False,
        ),
    ] = None,
    note: Annotated[
        str | None,
        typer.Option("--note", metavar="TEXT", parser=arguments.text, help="help.record.note"),
    ] = None,
    reference: Annotated[
        float | None,
        typer.Option(
            "--reference",
            metavar="NUMBER",
            parser=arguments.number,
            help="help.record.reference",
        ),
    ] = None,
    correct: Annotated[bool, typer.Option("--correct", help="help.record.correct")] = False,
    allow_unusual: Annotated[
        bool, typer.Option("--allow-unusual", help="help.record.allow_unusual")
    ] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="help.record.dry_run")] = False,
    output: Annotated[
        RecordFormat, _choice(RecordFormat, "FORMAT", "help.record.format", "--format", "-f")
    ] = RecordFormat.TEXT,
) -> None:
    """Add a measurement, and say what it changes (help: help.record)."""
    from q2030.commands import record as command
    from q2030.render import outcome as shown

    dataset = _writing(ctx)
    if value is None or source is None:
        value, source = _ask(ctx, dataset, command.action_of(dataset, action), value, source)
    query = command.Query(
        action,
        value,
        source,
        date.today(),
        day,
        note,
        reference,
        correct,
        allow_unusual,
        dry_run,
    )
    outcome = command.run(dataset, query)
    if output is RecordFormat.JSON:
        typer.echo(json.dumps(shown.outcome_record(outcome), ensure_ascii=False, indent=2))
    else:
        typer.echo(shown.outcome_text(outcome, _language(ctx), dry_run=dry_run), nl=False)


@app.command(cls=Command, short_help="help.validate.short", help="help.validate")
def validate(
    ctx: typer.Context,
    output: Annotated[
        ProblemFormat,
        _choice(ProblemFormat, "FORMAT", "help.validate.format", "--format", "-f"),
    ] = ProblemFormat.AUTO,
    strict: Annotated[bool, typer.Option("--strict", help="help.validate.strict")] = False,
    base: Annotated[
        str | None,
        typer.Option("--base", metavar="REF", help="help.validate.base"),
    ] = None,
    as_of: AsOf = None,
) -> None:
    """Check every data file; report every problem (help: help.validate)."""
    from q2030.commands import validate as command
    from q2030.render import problems as shown

    result = command.run(_data_root(ctx), command.Query(as_of or date.today(), base, strict))
    language = _language(ctx)
    style = output
    if style is ProblemFormat.AUTO:
        github = os.environ.get("GITHUB_ACTIONS") == "true"
        style = ProblemFormat.GITHUB if github else ProblemFormat.TEXT
    typer.echo(shown.as_format(result.problems, style, language, ok=not result.failed), nl=False)
    summary = shown.summary(datadir.display_path(result.root), result.problems, language)
    typer.echo(one_line(summary), err=True)
    if result.failed:
        raise typer.Exit(EXIT_DATA)


@app.command(cls=Command, short_help="help.diff.short", help="help.diff")
def diff(
    ctx: typer.Context,
    base: Annotated[str, typer.Argument(metavar="REF", help="help.diff.base")],
    head: Annotated[
        str | None,
        typer.Argument(metavar="REF2", help="help.diff.head", show_default=False),
    ] = None,
    as_of: AsOf = None,
) -> None:
    """What a change to the data did, in Markdown (help: help.diff)."""
    from q2030.commands import diff as command
    from q2030.render import diff as rendering

    changes = command.run(_reading(ctx), command.Query(base, as_of or date.today(), head))
    typer.echo(rendering.changes_markdown(changes, base, head, _language(ctx)), nl=False)


@app.command(cls=Command, short_help="help.recover.short", help="help.recover")
def recover(ctx: typer.Context) -> None:
    """Finish or undo an interrupted write (help: help.recover)."""
    from q2030.commands import recover as command

    root = _data_root(ctx)
    for done in command.run(root):
        typer.echo(_say(ctx, "recover.done", path=datadir.display_path(root), message=done))


@app.command(cls=Command, short_help="help.schema.short", help="help.schema")
def schema(
    kind: Annotated[
        SchemaKind,
        typer.Argument(
            parser=arguments.choice(SchemaKind),
            autocompletion=_choices(SchemaKind),
            metavar="KIND",
            help="help.schema.kind",
        ),
    ] = SchemaKind.OBJECTIVES,
) -> None:
    """Print the JSON Schema of a data file kind (help: help.schema)."""
    from q2030.services.scaffold import schema_text

    typer.echo(schema_text(kind), nl=False)


@app.command(cls=Command, short_help="help.init.short", help="help.init")
def init(
    ctx: typer.Context,
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="help.init.folder")],
    territory: Annotated[
        str | None,
        typer.Option(
            "--territory",
            metavar="NAME",
            help="help.init.territory",
            show_default=False,
        ),
    ] = None,
    install: Annotated[
        str,
        typer.Option(
            "--install",
            metavar="REQUIREMENT",
            parser=arguments.pip_requirement,
            help="help.init.install",
        ),
    ] = "q2030",
    article: Annotated[
        str | None,
        typer.Option(
            "--article",
            metavar="ARTICLE",
            parser=arguments.article,
            help="help.init.article",
            show_default=False,
        ),
    ] = None,
    ci: Annotated[Forge, _choice(Forge, "FORGE", "help.init.ci", "--ci")] = Forge.GITHUB,
) -> None:
    """Create a data repository for another territory (help: help.init)."""
    from q2030.commands import init as command

    plan = command.run(command.Query(folder, territory, install, article, ci))
    typer.echo(_say(ctx, "init.created", folder=str(folder), plan=str(plan)))


@app.command(cls=Command, short_help="help.site.short", help="help.site")
def site(
    ctx: typer.Context,
    out: Annotated[
        Path,
        typer.Option("--out", metavar="DIR", parser=arguments.folder, help="help.site.out"),
    ] = Path("public"),
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            metavar="DATE|REF",
            parser=arguments.since,
            help="help.site.since",
            show_default=False,
        ),
    ] = None,
    as_of: AsOf = None,
) -> None:
    """The published site: a page per commitment, the data downloadable (help: help.site)."""
    from q2030.commands import site as command
    from q2030.data import fsio
    from q2030.render import site as rendering

    day = as_of or date.today()
    result = command.run(_reading(ctx), command.Query(day, since))
    files = rendering.build(result)
    fsio.replace_tree(out, files, rendering.MARKER)
    said = _language(ctx).counted(
        "site.wrote", len(files) + 1, path=datadir.display_path(out), day=day
    )
    typer.echo(one_line(said), err=True)
