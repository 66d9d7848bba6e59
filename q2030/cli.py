"""The q2030 command line: one thin function per command. Parses, calls, renders, exits.

Exit codes: 0 success; 1 a problem in the data or a wrong id (one line on stderr);
2 wrong usage (unknown option, malformed value). Only this module prints or exits.
"""

from __future__ import annotations

import contextlib
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

from q2030 import __version__, arguments, cli_words, datadir
from q2030.errors import DataError, Q2030Error
from q2030.escaping import one_line
from q2030.i18n import ENGLISH, Language, LanguageChoice, Message, Named, Names
from q2030.statuses import Status
from q2030.values import Measure

if TYPE_CHECKING:
    from rich.console import Console

    from q2030.dataset import Dataset
    from q2030.exchange import SheetRead, SheetRow
    from q2030.history import ActionDiff
    from q2030.models import Action
    from q2030.owed import Freshness
    from q2030.recording import Checked
    from q2030.render.request import Request

EXIT_DATA = 1
EXIT_USAGE = 2
NOTE_SHOWN = 80  # characters of a cell note said left out


@dataclass
class Run:
    """This run's language, chosen before its arguments are parsed (see cli_words), and the
    error a malformed q2030.toml gave while choosing it."""

    language: Language = ENGLISH
    settings_error: Q2030Error | None = None


RUN = Run()


class OneLineErrors(TyperGroup):
    """Every failure ends in one line on stderr, in the run's language, and a documented
    exit code, never a traceback."""

    def main(self, args: Any = None, *rest: Any, **kwargs: Any) -> Any:
        argv = [str(argument) for argument in (sys.argv[1:] if args is None else args)]
        RUN.language, RUN.settings_error = cli_words.run_language(argv)
        if (wrong_language := cli_words.environment_problem(argv)) is not None:
            _fail(wrong_language, EXIT_USAGE)
        cli_words.translate_help(self, RUN.language)
        kwargs["standalone_mode"] = False
        try:
            result = super().main(args, *rest, **kwargs)
        except typer.TyperException as error:  # usage errors (exit code 2) among them
            if isinstance(error, arguments.BadValue):
                error.message = RUN.language.text(error.said)
            context = getattr(error, "ctx", None)
            usage = error.exit_code == EXIT_USAGE and context is not None
            where = (
                Message("cli.see_help", command=context.command_path) if context and usage else ""
            )
            message = cli_words.usage_error(error.format_message(), RUN.language)
            _fail(Message("cli.usage", message=message, where=where), error.exit_code)
        except typer.Abort:
            _fail(Message("cli.aborted"), 130)
        except DataError as error:
            for problem in error.problems:
                if problem.level == "error":
                    typer.echo(problem.line_in(RUN.language), err=True)
            _fail(error.message, EXIT_DATA)
        except Q2030Error as error:
            _fail(error.message, EXIT_DATA)
        sys.exit(result if isinstance(result, int) else 0)

    def get_help(self, ctx: Any) -> str:
        return cli_words.help_page(super().get_help(ctx), RUN.language)


class Command(TyperCommand):
    """A command whose help page is in the run's language."""

    def get_help(self, ctx: Any) -> str:
        return cli_words.help_page(super().get_help(ctx), RUN.language)


def _fail(message: Message, code: int) -> None:
    line = RUN.language("cli.error", message=message)
    typer.echo(one_line(line), err=True)
    sys.exit(code)


def _say(key: str, **values: object) -> str:
    """A catalogue text in the run's language, safe for a terminal, on one line."""
    return one_line(RUN.language(key, **values))


app = typer.Typer(
    cls=OneLineErrors,
    add_completion=True,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="help.app",
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
            parser=arguments.folder,
            help="help.data",
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="help.version")
    ] = False,
    lang: Annotated[
        LanguageChoice | None,
        typer.Option(
            "--lang",
            metavar="LANG",
            help="help.lang",
            show_default=False,
        ),
    ] = None,
) -> None:
    ctx.obj = Settings(data)


@dataclass(frozen=True)
class Settings:
    """The global options, for the commands: --data (--lang chose the run's language)."""

    data: Path | None


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
        words = [word for c in kind for word in arguments.choice_words(c.value)]
        return [word for word in words if word.lower().startswith(incomplete.lower())]

    return complete


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
        help="help.operator",
    ),
]
Lang = Annotated[
    LanguageChoice | None,
    typer.Option(
        "--lang",
        metavar="LANG",
        help="help.command_lang",
        show_default=False,
    ),
]


def _language() -> Language:
    """The language of this run (a command's --lang was read with the others, before the
    arguments were parsed: see cli_words.run_language); a malformed q2030.toml stops here."""
    if RUN.settings_error is not None:
        raise RUN.settings_error
    return RUN.language


ActionArgument = Annotated[
    str,
    typer.Argument(
        metavar="ACTION",
        parser=arguments.action_id,
        autocompletion=_complete_actions,
        help="help.action",
    ),
]
Since = Annotated[
    str | None,
    typer.Option(
        "--since",
        metavar="DATE|REF",
        parser=arguments.since,
        help="help.since",
        show_default=False,
    ),
]


class SortOrder(StrEnum):
    plan = "plan"
    gap = "gap"
    status = "status"
    due = "due"


Sort = Annotated[
    SortOrder,
    typer.Option(
        "--sort",
        parser=arguments.choice(SortOrder),
        autocompletion=_choices(SortOrder),
        metavar="ORDER",
        help="help.sort",
    ),
]
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


def _data_root(ctx: typer.Context) -> Path:
    """The data folder, with any write that was interrupted there finished (or undone)
    first, and said so on one line; a malformed q2030.toml stops here, before anything is
    read or written."""
    from q2030 import repository

    _language()  # raises the settings' error, if any
    root = datadir.find_data_dir(ctx.obj.data)
    if message := repository.recover(root):
        typer.echo(_say("recover.in", message=message, path=datadir.display_path(root)), err=True)
    return root


def _moved_since(
    ctx: typer.Context, since: str | None, day: date, language: Language
) -> tuple[str, list[ActionDiff]] | None:
    """What moved since the last COPIL (`--since`), with how to name it: its date, or
    the git revision in quotes."""
    if since is None:
        return None
    from q2030 import history
    from q2030.render.text import since_label

    found = history.changes_since(_data_root(ctx), since, day)
    return since_label(found, language), found.changes


def _freshness(dataset: Dataset, day: date) -> dict[str, Freshness]:
    """How fresh each action's figures are (absent: up to date; see owed)."""
    from q2030 import owed

    return owed.freshness(owed.owed(dataset, day))


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
    since: Since = None,
    sort: Sort = SortOrder.plan,
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
        Grouping,
        typer.Option(
            "--by",
            parser=arguments.choice(Grouping),
            autocompletion=_choices(Grouping),
            metavar="GROUPING",
            help="help.status.by",
        ),
    ] = Grouping.operator,
    output: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            parser=arguments.choice(OutputFormat),
            autocompletion=_choices(OutputFormat),
            metavar="FORMAT",
            help="help.status.format",
        ),
    ] = OutputFormat.table,
    as_of: AsOf = None,
    lang: Lang = None,
) -> None:
    """Where every action stands (help: help.status in the catalogue)."""
    from q2030.overview import build_rows, sort_rows

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
    rows = sort_rows(rows, sort)
    moved = _moved_since(ctx, since, day, _language())
    fresh = _freshness(dataset, day)
    changes = {change.action.id: change for change in moved[1]} if moved else None
    if output is OutputFormat.table:
        from q2030.render import text
        from q2030.render.status_table import as_plain, as_rich, moved_lines, status_lines

        language = _language()
        signs = None if changes is None else {key: text.since(c) for key, c in changes.items()}
        console = _console() if _coloured() else None
        width = console.width if console else _plain_width()
        lines = status_lines(rows, by.value, width, language, signs, fresh)
        if moved is not None:
            lines += moved_lines(rows, *moved, width, language)
        if console:
            console.print(as_rich(lines))
        else:
            typer.echo(as_plain(lines), nl=False)
        return
    from q2030.render import status_data

    if output is OutputFormat.json:
        typer.echo(status_data.to_json(rows, changes, fresh), nl=False)
    elif output is OutputFormat.csv:
        typer.echo(status_data.to_csv(rows, fresh), nl=False)
    else:
        typer.echo(status_data.to_markdown(rows, by.value, _language(), moved), nl=False)


@app.command(cls=Command, short_help="help.show.short", help="help.show")
def show(
    ctx: typer.Context,
    action: ActionArgument,
    as_of: AsOf = None,
    lang: Lang = None,
) -> None:
    """One action whole (help: help.show)."""
    from q2030.overview import resolve_action, row_of
    from q2030.render.table import action_page, unglued

    day = as_of or date.today()
    dataset = _dataset(ctx)
    row = row_of(dataset, *resolve_action(dataset, action), day)
    page = action_page(dataset, row, _language())
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


def _to_stdout(out: arguments.Output | None) -> bool:
    """No --out, or --out -, means the standard output."""
    return out is None or out.path is None


def _write_out(out: arguments.Output, content: bytes, example: str) -> None:
    """Write what --out names (a file, never the standard output here); `example` is the
    file name suggested where a folder is named."""
    from q2030 import fsio

    assert out.path is not None
    fsio.write_output(out.path, content, shown=out.typed, folder=out.folder, example=example)


class DueOrder(StrEnum):
    plan = "plan"
    late = "late"
    due = "due"


@app.command(cls=Command, short_help="help.due.short", help="help.due")
def due(
    ctx: typer.Context,
    operator: OperatorOption = None,
    sort: Annotated[
        DueOrder,
        typer.Option(
            "--sort",
            parser=arguments.choice(DueOrder),
            autocompletion=_choices(DueOrder),
            metavar="ORDER",
            help="help.due.sort",
        ),
    ] = DueOrder.plan,
    output: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            parser=arguments.choice(OutputFormat),
            autocompletion=_choices(OutputFormat),
            metavar="FORMAT",
            help="help.status.format",
        ),
    ] = OutputFormat.table,
    as_of: AsOf = None,
    lang: Lang = None,
) -> None:
    """The figures each operator owes (help: help.due)."""
    from q2030 import owed
    from q2030.overview import resolve_operators
    from q2030.render import due as shown

    day = as_of or date.today()
    dataset = _dataset(ctx)
    family = resolve_operators(dataset, operator or ())
    figures = [
        figure
        for figure in owed.owed(dataset, day)
        if family is None or figure.operator.id in family
    ]
    figures = owed.sort_owed(figures, sort.value)
    freshness = owed.freshness(figures)
    if output is OutputFormat.json:
        typer.echo(shown.to_json(figures, freshness), nl=False)
    elif output is OutputFormat.csv:
        sys.stdout.flush()
        sys.stdout.buffer.write(shown.to_csv(figures, freshness, _language()))
        sys.stdout.flush()
    elif output is OutputFormat.markdown:
        typer.echo(shown.to_markdown(figures, _language()), nl=False)
    else:
        typer.echo(shown.to_text(figures, _plain_width(), _language()), nl=False)


class RequestFormat(StrEnum):
    xlsx = "xlsx"
    csv = "csv"


def _requests(
    ctx: typer.Context, operators: list[str] | None, every: bool, period: int | None, day: date
) -> tuple[Dataset, list[Request]]:
    """The requests to make: one per operator named (or, with `every`, per operator that
    owes something), each with its figures owed (see q2030.render.request)."""
    from q2030 import owed
    from q2030.overview import resolve_operators
    from q2030.render import request

    dataset = _dataset(ctx)
    figures = owed.owed(dataset, day)
    if every:
        named = [operator.id for operator in dataset.plan.operators]
    else:
        if not operators:
            raise arguments.BadValue(Message("request.which"))
        family = resolve_operators(dataset, operators) or set()
        named = [o.id for o in dataset.plan.operators if o.id in family]  # in plan order
    made = []
    for operator_id in named:
        operator = dataset.operator(operator_id)
        if operator is None:
            continue
        asked = request.for_operator(figures, operator, period, day)
        if asked.figures or not every:
            made.append(asked)
    return dataset, made


@app.command(cls=Command, short_help="help.request.short", help="help.request")
def request(
    ctx: typer.Context,
    operator: OperatorOption = None,
    every: Annotated[bool, typer.Option("--all", help="help.request.all")] = False,
    period: Annotated[
        int | None,
        typer.Option("--period", metavar="YEAR", parser=arguments.year, help="help.request.period"),
    ] = None,
    output: Annotated[
        RequestFormat,
        typer.Option(
            "--format",
            "-f",
            parser=arguments.choice(RequestFormat),
            autocompletion=_choices(RequestFormat),
            metavar="FORMAT",
            help="help.request.format",
        ),
    ] = RequestFormat.xlsx,
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
    lang: Lang = None,
) -> None:
    """The request sheet an operator fills (help: help.request)."""
    from q2030 import fsio
    from q2030.render import request as requests

    day = as_of or date.today()
    language = _language()
    if (out is None) == (out_dir is None):
        raise arguments.BadValue(Message("request.where"))
    dataset, made = _requests(ctx, operator, every, period, day)
    if out is not None and len(made) != 1:
        raise arguments.BadValue(Message("request.one_file"))
    for asked in made:
        if output is RequestFormat.xlsx:
            content = requests.to_xlsx(dataset, asked, language)
        else:
            content = requests.to_csv_bytes(asked, language)
        name = f"{asked.operator.id.lower()}-{asked.period or day.isoformat()}.{output.value}"
        if out is not None and out.path is None:  # --out -: the standard output
            sys.stdout.flush()
            sys.stdout.buffer.write(content)
            sys.stdout.flush()
            continue
        if out is not None:
            _write_out(out, content, name)
            shown = out.typed
        else:
            target = fsio.output_folder(out_dir) / name
            fsio.write_output(target, content)
            shown = datadir.display_path(target)
        typer.echo(
            _say(
                "request.wrote",
                path=shown,
                operator=asked.operator.id,
                figures=language.counted("due.figures", len(asked.figures)),
            ),
            err=True,
        )
    if not made:
        typer.echo(_say("due.nothing"), err=True)


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
    period: Annotated[
        int | None,
        typer.Option("--period", metavar="YEAR", parser=arguments.year, help="help.request.period"),
    ] = None,
    as_of: AsOf = None,
    lang: Lang = None,
) -> None:
    """Draft one e-mail per operator that owes figures (help: help.remind)."""
    from q2030 import fsio
    from q2030.render import remind as reminders

    day = as_of or date.today()
    language = _language()
    dataset, made = _requests(ctx, operator, not operator, period, day)
    folder = fsio.output_folder(out_dir)
    without: list[Named] = []
    for asked in made:
        if not asked.figures:
            continue
        mail = reminders.message(dataset, asked, language)
        target = folder / f"{asked.operator.id.lower()}.eml"
        fsio.write_output(target, reminders.draft_bytes(mail))
        shown = datadir.display_path(target)
        typer.echo(_say("remind.wrote", path=shown, operator=asked.operator.id))
        if not asked.operator.contacts:
            without.append(asked.operator.short)
    if without:
        named = Names(without)
        typer.echo(_say("remind.no_contacts", operators=named, count=len(without)), err=True)


class ReportFormat(StrEnum):
    html = "html"
    pdf = "pdf"
    markdown = "markdown"


REPORT_SUFFIXES = {
    ReportFormat.html: (".html", ".htm"),
    ReportFormat.pdf: (".pdf",),
    ReportFormat.markdown: (".md", ".markdown", ".txt"),
}


@app.command(cls=Command, short_help="help.report.short", help="help.report")
def report(
    ctx: typer.Context,
    out: Annotated[
        arguments.Output | None,
        typer.Option(
            "--out",
            metavar="FILE",
            parser=arguments.output,
            help="help.out",
            show_default=False,
        ),
    ] = None,
    operator: OperatorOption = None,
    output: Annotated[
        ReportFormat,
        typer.Option(
            "--format",
            "-f",
            parser=arguments.choice(ReportFormat),
            autocompletion=_choices(ReportFormat),
            metavar="FORMAT",
            help="help.report.format",
        ),
    ] = ReportFormat.html,
    since: Since = None,
    sort: Sort = SortOrder.plan,
    as_of: AsOf = None,
    lang: Lang = None,
) -> None:
    """The steering committee's report (help: help.report)."""
    from q2030 import fsio
    from q2030.overview import build_rows, operator_ids
    from q2030.render import report as rendering

    day = as_of or date.today()
    language = _language()
    if output is ReportFormat.pdf and out is not None and out.path is None and sys.stdout.isatty():
        _fail(Message("report.pdf_to_terminal"), EXIT_USAGE)
    dataset = _dataset(ctx)
    rows = build_rows(dataset, day, operators=operator or ())
    named = operator_ids(dataset, operator or ())
    example = rendering.file_name(day, named, output.value, language)
    if out is not None and out.path is not None:  # refused now, not after printing a PDF
        suffix = out.path.suffix.lower()
        if suffix and suffix not in REPORT_SUFFIXES[output] and not out.folder:
            raise arguments.BadValue(
                Message("report.wrong_suffix", path=out.typed, format=output.value)
            )
        fsio.check_output(out.path, shown=out.typed, folder=out.folder, example=example)
    moved = _moved_since(ctx, since, day, language)
    if output is ReportFormat.markdown:
        content = rendering.to_markdown(dataset, rows, day, language, since=moved, sort=sort)
    else:
        fresh = _freshness(dataset, day)
        content = rendering.to_html(
            dataset, rows, day, language, since=moved, sort=sort, freshness=fresh
        )
    data = content.encode("utf-8")
    if output is ReportFormat.pdf:
        from q2030 import printing

        information = rendering.pdf_information(dataset, day, language)
        data = printing.print_pdf(content, information)
    if out is None and output is not ReportFormat.markdown and sys.stdout.isatty():
        # a page or a PDF is no reading for a terminal: a dated file in the current folder
        out = arguments.output(example)
    if _to_stdout(out):
        typer.echo(data if output is ReportFormat.pdf else content, nl=False)
    else:
        assert out is not None
        _write_out(out, data, example)
        typer.echo(_say("wrote.report", path=out.typed, count=len(rows), day=day), err=True)


class SheetFormat(StrEnum):
    csv = "csv"
    xlsx = "xlsx"


class SheetContent(StrEnum):
    status = "status"
    readings = "readings"


@app.command(cls=Command, short_help="help.export.short", help="help.export")
def export(
    ctx: typer.Context,
    output: Annotated[
        SheetFormat,
        typer.Option(
            "--format",
            "-f",
            parser=arguments.choice(SheetFormat),
            autocompletion=_choices(SheetFormat),
            metavar="FORMAT",
            help="help.export.format",
        ),
    ] = SheetFormat.csv,
    what: Annotated[
        SheetContent,
        typer.Option(
            "--what",
            parser=arguments.choice(SheetContent),
            autocompletion=_choices(SheetContent),
            metavar="WHAT",
            help="help.export.what",
        ),
    ] = SheetContent.status,
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
    lang: Lang = None,
) -> None:
    """A spreadsheet of the status or of the readings (help: help.export)."""
    from q2030 import exchange
    from q2030.overview import build_rows, resolve_operators
    from q2030.render.status_sheet import status_sheet

    day = as_of or date.today()
    language = _language()
    dataset = _dataset(ctx)
    if what is SheetContent.status:
        rows = build_rows(dataset, day, operators=operator or ())
        sheet = status_sheet(rows, language, day)
    else:
        sheet = exchange.readings_sheet(dataset, language)
        family = resolve_operators(dataset, operator or ())
        if family is not None:
            ids = {action.id for _, action in dataset.plan.actions() if action.operator in family}
            sheet = exchange.Sheet(sheet.headers, [row for row in sheet.rows if row[0] in ids])
    if output is SheetFormat.xlsx:
        if out is None:  # "-" says it on purpose
            raise arguments.BadValue(Message("export.xlsx_terminal"))
        content = exchange.to_xlsx(sheet, what.value)
    else:
        content = exchange.to_csv(sheet, language)
    if _to_stdout(out):
        sys.stdout.flush()
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
    else:
        assert out is not None
        _write_out(out, content, f"{what.value}.{output.value}")
        typer.echo(_say("wrote.sheet", path=out.typed, count=len(sheet.rows)), err=True)


@app.command("import", cls=Command, short_help="help.import.short", help="help.import")
def import_sheet(
    ctx: typer.Context,
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE",
            help="help.import.file",
        ),
    ],
    skip_invalid: Annotated[
        bool,
        typer.Option(
            "--skip-invalid",
            help="help.import.skip_invalid",
        ),
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
    lang_option: Lang = None,
) -> None:
    """Record the readings of a sheet, all or nothing (help: help.import)."""
    from q2030 import exchange, recording, repository

    today = date.today()
    root = _data_root(ctx)
    dataset, problems = repository.collect(root)
    if dataset is None:
        raise DataError(problems)
    sheet = exchange.read_sheet(file)
    lang = _language()
    rows = _answered_rows(dataset, sheet, file, lang, require_all=require_all)
    checked = recording.check_rows(dataset, rows, today)
    for number, reason in checked.refused:
        line = lang("import.row", file=file, row=number, reason=reason)
        typer.echo(one_line(line), err=True)
    if checked.refused and not skip_invalid:
        raise Q2030Error("import.refused", count=len(checked.refused), rows=len(rows))
    if commit and not dry_run:
        accepted = {number for number, _, _ in checked.accepted}
        kept = [(number, cells) for number, cells in rows if number in accepted]
        _commit(dataset, kept, checked, sheet, file, branch, today, lang)
        return
    results = recording.import_readings(dataset, checked, today, dry_run=dry_run)
    written = sum(len(r.after) - len(r.before) for r in results)
    already = len(checked.accepted) - written
    if written == 0 and already:  # nothing new: say so, not "0 readings for 16 actions"
        summary = lang.counted("import.nothing_new", already, file=file)
    else:
        touched = sum(len(r.after) > len(r.before) for r in results)
        actions = lang.counted("count.actions", touched)
        summary = lang.counted(
            "import.would" if dry_run else "import.recorded", written, actions=actions, file=file
        )
        if already:
            summary += lang.counted("import.already", already)
    if checked.refused:
        summary += lang.counted("import.skipped", len(checked.refused))
    typer.echo(one_line(f"{summary}."))


def _answered_rows(
    dataset: Dataset, sheet: SheetRead, file: Path, lang: Language, *, require_all: bool
) -> list[SheetRow]:
    """The rows to import (see recording.answered_rows), saying which request a sheet
    answers, which of its rows were left empty ("not provided", refused with
    --require-all), and which notes on its cells were left out (each other one joins its
    row's note)."""
    from q2030.exchange import cell_text
    from q2030.recording import answered_rows, with_cell_notes
    from q2030.render import text

    filled, empty = answered_rows(dataset, sheet, file)
    filled, left_out = with_cell_notes(filled, sheet.notes)
    if (request := sheet.request) is not None:
        made: object = request.get("made", "?")
        with contextlib.suppress(ValueError):
            made = date.fromisoformat(str(made))
        answering = dataset.operator(request.get("operator", ""))
        who = answering.short if answering else Named(request.get("operator", "?"), None)
        typer.echo(_say("import.answers", operator=who, made=made), err=True)
    for number, cells in empty:
        line = lang(
            "import.not_provided", file=file, row=number, action=cell_text(cells.get("action"))
        )
        typer.echo(one_line(line), err=True)
    for note in left_out:
        shown = text.short_title(" ".join(note.text.split()), NOTE_SHOWN)
        line = lang("import.note_left_out", file=file, cell=note.cell, text=shown)
        typer.echo(one_line(line), err=True)
    if empty and require_all:
        raise Q2030Error("import.require_all", count=len(empty))
    return filled


def _commit(
    dataset: Dataset,
    rows: list[SheetRow],
    checked: Checked,
    sheet: SheetRead,
    file: Path,
    branch: str | None,
    today: date,
    lang: Language,
) -> None:
    """The readings on a new branch as one commit listing them (see q2030.branch)."""
    from q2030 import branch as branches
    from q2030.render import text

    operators = {action.operator for _, action, _ in checked.accepted}
    if sheet.request is not None and sheet.request.get("operator"):
        operators = {sheet.request["operator"]}
    name = branch or branches.default_branch(operators, today)
    lines = [
        lang(
            "commit.line",
            action=action.id,
            date=reading.date,
            shown=text.measure(reading, action.unit, lang),
            source=reading.source,
        )
        for _, action, reading in checked.accepted
    ]
    named = [
        known.short if (known := dataset.operator(operator)) else Named(operator, None)
        for operator in sorted(operators)
    ]
    title = lang("commit.title", operators=Names(named), file=file.name)
    message = "\n".join([title, "", *lines, "", lang("commit.from", file=file.name)]) + "\n"
    root = dataset.root
    done = branches.commit_rows(root, rows, name, message, today)
    for cleaned in done.cleaned:
        typer.echo(_say("recover.in", message=cleaned, path=datadir.display_path(root)), err=True)
    typer.echo(
        _say(
            "commit.done",
            readings=lang.counted("import.readings", done.written),
            branch=done.branch,
        )
    )


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
        missing = Message("metavar.VALUE") if value is None else "--source"
        raise Q2030Error("record.no_terminal", missing=missing)
    from q2030.render import text

    lang = _language()
    readings = dataset.readings_of(action.id)
    last = lang("ask.none_yet")
    if readings:
        latest = readings[-1]
        shown = text.measure(latest, action.unit, lang)
        last = lang("ask.last", shown=shown, date=latest.date, source=latest.source)
    unit = lang(f"unit.{action.unit}") if action.unit else lang("ask.milestone")
    typer.echo(one_line(f"{action.id}: {action.title}"))
    typer.echo(_say("ask.about", unit=unit, last=last))
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
    correct: Annotated[
        bool,
        typer.Option(
            "--correct",
            help="help.record.correct",
        ),
    ] = False,
    allow_unusual: Annotated[
        bool,
        typer.Option(
            "--allow-unusual",
            help="help.record.allow_unusual",
        ),
    ] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="help.record.dry_run")] = False,
    output: Annotated[
        RecordFormat,
        typer.Option(
            "--format",
            "-f",
            parser=arguments.choice(RecordFormat),
            autocompletion=_choices(RecordFormat),
            metavar="FORMAT",
            help="help.record.format",
        ),
    ] = RecordFormat.text,
    lang: Lang = None,
) -> None:
    """Add a measurement, and say what it changes (help: help.record)."""
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
        typer.echo(shown.outcome_text(outcome, _language(), dry_run=dry_run), nl=False)


class Forge(StrEnum):
    github = "github"
    gitlab = "gitlab"


class ProblemFormat(StrEnum):
    auto = "auto"
    text = "text"
    github = "github"
    gitlab = "gitlab"
    json = "json"


@app.command(cls=Command, short_help="help.validate.short", help="help.validate")
def validate(
    ctx: typer.Context,
    output: Annotated[
        ProblemFormat,
        typer.Option(
            "--format",
            "-f",
            parser=arguments.choice(ProblemFormat),
            autocompletion=_choices(ProblemFormat),
            metavar="FORMAT",
            help="help.validate.format",
        ),
    ] = ProblemFormat.auto,
    strict: Annotated[bool, typer.Option("--strict", help="help.validate.strict")] = False,
    base: Annotated[
        str | None,
        typer.Option(
            "--base",
            metavar="REF",
            help="help.validate.base",
        ),
    ] = None,
    as_of: AsOf = None,
    lang: Lang = None,
) -> None:
    """Check every data file; report every problem (help: help.validate)."""
    from q2030 import history, repository
    from q2030.render import problems as shown

    day = as_of or date.today()
    root = datadir.find_data_dir(ctx.obj.data)
    language = _language()
    dataset, problems = repository.collect(root, day)
    if base is not None:
        problems = sorted(problems + history.append_only_problems(root, dataset, base))
    failed = any(p.level == "error" or strict for p in problems)
    style = output.value
    if style == "auto":
        style = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    if style == "json":
        typer.echo(shown.as_json(problems, language, ok=not failed), nl=False)
    elif style == "github":
        typer.echo(shown.as_github(problems, language), nl=False)
    elif style == "gitlab":
        typer.echo(shown.as_gitlab(problems, language), nl=False)
    else:
        typer.echo(shown.as_text(problems, language), nl=False)
    typer.echo(one_line(shown.summary(datadir.display_path(root), problems, language)), err=True)
    if failed:
        raise typer.Exit(EXIT_DATA)


@app.command(cls=Command, short_help="help.diff.short", help="help.diff")
def diff(
    ctx: typer.Context,
    base: Annotated[str, typer.Argument(metavar="REF", help="help.diff.base")],
    head: Annotated[
        str | None,
        typer.Argument(
            metavar="[REF2]",
            help="help.diff.head",
            show_default=False,
        ),
    ] = None,
    as_of: AsOf = None,
    lang: Lang = None,
) -> None:
    """What a change to the data did, in Markdown (help: help.diff)."""
    from q2030 import history
    from q2030.render import diff as rendering

    day = as_of or date.today()
    root = _data_root(ctx)
    changes = history.compare(root, base, head, day)
    typer.echo(rendering.changes_markdown(changes, base, head, _language()), nl=False)


@app.command(cls=Command, short_help="help.recover.short", help="help.recover")
def recover(ctx: typer.Context, lang: Lang = None) -> None:
    """Finish or undo an interrupted write (help: help.recover)."""
    from q2030 import branch, repository

    root = datadir.find_data_dir(ctx.obj.data)
    message = repository.recover(root) or Message("recover.nothing")
    typer.echo(_say("recover.done", path=datadir.display_path(root), message=message))
    for cleaned in branch.clean_after_imports(root):
        typer.echo(_say("recover.done", path=datadir.display_path(root), message=cleaned))


class SchemaKind(StrEnum):
    objectives = "objectives"
    readings = "readings"


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
    ] = SchemaKind.objectives,
    lang: Lang = None,
) -> None:
    """Print the JSON Schema of a data file kind (help: help.schema)."""
    from q2030.scaffold import schema_text

    typer.echo(schema_text(kind.value), nl=False)


@app.command(cls=Command, short_help="help.init.short", help="help.init")
def init(
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
    ci: Annotated[
        Forge,
        typer.Option(
            "--ci",
            parser=arguments.choice(Forge),
            autocompletion=_choices(Forge),
            metavar="FORGE",
            help="help.init.ci",
        ),
    ] = Forge.github,
    lang: Lang = None,
) -> None:
    """Create a data repository for another territory (help: help.init)."""
    from q2030 import repository
    from q2030.scaffold import data_repository

    name = territory or folder.resolve().name
    repository.create_files(folder, data_repository(name, install, ci.value, article=article))
    plan = folder / "data" / "objectives.yaml"
    typer.echo(_say("init.created", folder=str(folder), plan=str(plan)))
