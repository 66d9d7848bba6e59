"""The status table for people at a terminal, laid out here rather than by Rich's Table.

Every column but the action's has a fixed width, so that the groups line up and a narrow
terminal squeezes the action's column, never the status; the least needed columns go
first. An action id is never broken across lines: one too long for its column gets a line
of its own, and the row's other cells follow below it. No line ends in spaces.

Why not Rich's Table: it measures every cell of every group on each render, which cost a
cold `status` about a third of its time on the 63-action plan; this layout wraps each cell
once with textwrap. At a terminal Rich prints the lines with their colours; in a pipe or
a file they are plain text, and Rich is not even imported.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from q2030.domain.choices import Grouping
from q2030.domain.statuses import Status
from q2030.i18n import ENGLISH, Language
from q2030.render import text
from q2030.services.overview import Row, group_rows
from q2030.services.owed import Freshness

if TYPE_CHECKING:
    from rich.text import Text

    from q2030.commands.status import Result
    from q2030.services.history import ActionDiff  # only for a type: no git for the status

Part = tuple[str, str]  # a piece of a line and its Rich style ("" for none)
Line = list[Part]

WIDE = 130  # from this width on, every column shows
MEDIUM = 100  # below it: no progress bar
MIN_ACTION_WIDTH = 12


@dataclass(frozen=True)
class Column:
    name: str
    width: int
    right: bool = False


@dataclass(frozen=True)
class Cell:
    """A cell's text (one or more lines) and its style ('' for none)."""

    text: str
    style: str = ""


def _two_lines(figure: str) -> str:
    """'14 % (2025-12-31)' as the figure above its date, to keep columns narrow."""
    return figure.replace(" (", "\n").rstrip(")")


def _wrapped(value: str, width: int) -> list[str]:
    """Each line of `value` wrapped to `width`, a word too long broken where it must be."""
    lines: list[str] = []
    for line in value.split("\n"):
        lines += textwrap.wrap(line, width, break_on_hyphens=False) or [""]
    return lines


def columns_for(
    rows: list[Row], by: Grouping, width: int, lang: Language, *, since: bool = False
) -> list[Column]:
    wide, medium = width >= WIDE, width >= MEDIUM
    fixed: list[Column] = []
    if wide and by is not Grouping.OPERATOR:
        ids = max((len(row.action.operator) for row in rows), default=3)
        fixed.append(Column("operator_short", ids))
    fixed.append(Column("due", 7 if lang.code == "en" else 9))
    if wide:
        fixed.append(Column("baseline", 11))
    fixed += [Column("target", 12 if medium else 9), Column("latest", 10), Column("gap", 8, True)]
    if medium:
        fixed.append(Column("progress", 15))
    fixed.append(Column("status", max(len(text.status_word(s, lang)) for s in Status)))
    if since:
        fixed.append(Column("since", 8))
    action = max(MIN_ACTION_WIDTH, width - sum(c.width for c in fixed) - len(fixed))
    return [Column("action", action), *fixed]


def _cells(row: Row, lang: Language, since: str = "", fresh: str = "") -> dict[str, Cell]:
    action, progress = row.action, row.progress
    latest = _two_lines(text.latest(progress, action.unit, lang))
    if progress.stale:
        latest += f"\n{lang('latest.stale')}"
    return {
        "operator_short": Cell(action.operator),
        "due": Cell(action.due),
        "baseline": Cell(_two_lines(text.baseline(action, progress, lang, short=True))),
        "target": Cell(text.marked_target(action, progress, lang).replace(" (", "\n(")),
        "latest": Cell(latest, "yellow" if progress.stale else ""),
        "gap": Cell(text.gap(progress.gap, action.unit, lang)),
        "progress": Cell(text.bar(progress.progress, lang)),
        "status": Cell(
            text.status(progress, lang) + (f"\n{fresh}" if fresh else ""),
            text.STATUS_STYLES[progress.status],
        ),
        "since": Cell(since),
    }


def _line(parts: Line) -> Line:
    """One output line from its parts, without trailing spaces."""
    while parts and not parts[-1][0].strip():
        parts = parts[:-1]
    if parts:
        words, style = parts[-1]
        parts = [*parts[:-1], (words.rstrip(), style)]
    return parts


def _row_lines(
    row: Row, columns: list[Column], lang: Language, since: str, fresh: str
) -> list[Line]:
    action_width = columns[0].width
    cells = _cells(row, lang, since, fresh)
    identifier = row.action.id
    out: list[Line] = []
    if len(identifier) > action_width:  # never broken: a line of its own
        out.append(_line([(identifier, "bold")]))
        label: Line = []
    else:
        label = [(identifier, "bold")]
    if action_width >= 30:  # room for the title, on two lines at most
        title = _wrapped(row.action.title, action_width)
        if len(title) > 2:
            title = [title[0], text.short_title(title[1] + " " + title[2], action_width)]
        label += [(line, "dim") for line in title]
    laid = {c.name: _wrapped(cells[c.name].text, c.width) for c in columns[1:]}
    height = max([len(label), *(len(lines) for lines in laid.values())])
    for index in range(height):
        words, style = label[index] if index < len(label) else ("", "")
        parts = [(words.ljust(action_width), style)]
        for column in columns[1:]:
            lines = laid[column.name]
            shown = lines[index] if index < len(lines) else ""
            padded = shown.rjust(column.width) if column.right else shown.ljust(column.width)
            parts += [(" ", ""), (padded, cells[column.name].style if shown else "")]
        out.append(_line(parts))
    return out


def _header(columns: list[Column], lang: Language) -> list[Line]:
    laid = {c.name: _wrapped(lang(f"column.{c.name}"), c.width) for c in columns}
    height = max(len(lines) for lines in laid.values())
    lines = []
    for index in range(height):
        parts: Line = []
        for position, column in enumerate(columns):
            cell = laid[column.name]
            shift = height - len(cell)  # headers sit on the rule, as Rich puts them
            shown = cell[index - shift] if index >= shift else ""
            padded = shown.rjust(column.width) if column.right else shown.ljust(column.width)
            parts += [(" ", "")] if position else []
            parts.append((padded, "bold"))
        lines.append(_line(parts))
    return lines


def status_lines(
    rows: list[Row],
    by: Grouping,
    width: int,
    lang: Language = ENGLISH,
    since: dict[str, str] | None = None,
    freshness: dict[str, Freshness] | None = None,
) -> list[Line]:
    """The rows under their groups' titles, then the counts per status, as styled lines;
    `since` (what moved for each action id, see text.since) adds its column; `freshness`
    puts a late figure under the action's status."""
    columns = columns_for(rows, by, width, lang, since=since is not None)
    total = sum(c.width for c in columns) + len(columns) - 1
    lines: list[Line] = []
    for key, members in group_rows(rows, by):
        title = text.group_title(key, members, by, lang)
        lines += [_line([(line, "bold cyan")]) for line in _wrapped(title, width)]
        lines += _header(columns, lang)
        lines.append([("─" * total, "")])
        for row in members:
            fresh = (freshness or {}).get(row.action.id)
            words = lang(f"freshness.{fresh.value}") if fresh else ""
            lines += _row_lines(row, columns, lang, (since or {}).get(row.action.id, ""), words)
    lines += [[(line, "")] for line in _wrapped(text.counts_line(rows, lang), width)]
    return lines


def moved_lines(
    rows: list[Row], label: str, changes: Sequence[ActionDiff], width: int, lang: Language
) -> list[Line]:
    """What moved since the last COPIL, under the table: a heading, then each shown action
    that moved with its figures, wrapped and indented under its id."""
    shown = {row.action.id for row in rows}
    lines: list[Line] = [[("", "")]]
    lines += [
        _line([(line, "bold cyan")]) for line in _wrapped(lang("report.moved", since=label), width)
    ]
    moved = [change for change in changes if change.action.id in shown]
    for change in moved:
        entry = lang(
            "moved.line",
            action=change.action.id,
            operator=change.action.operator,
            words=text.moved(change, lang),
        )
        wrapped = textwrap.wrap(
            entry, width, subsequent_indent="    ", break_on_hyphens=False, break_long_words=False
        )
        lines += [[(line, "")] for line in wrapped]
    if not moved:
        lines.append([(lang("report.none"), "")])
    return lines


def table_lines(result: Result, by: Grouping, width: int, lang: Language) -> list[Line]:
    """A `status` command's result as the terminal's table: the rows, grouped, with the
    signs of what moved since the last COPIL when asked, and that list under the table."""
    changes = None if result.since is None else result.since.changes
    signs = None if changes is None else {c.action.id: text.since(c) for c in changes}
    lines = status_lines(result.rows, by, width, lang, signs, result.freshness)
    if (moved := text.moved_since(result.since, lang)) is not None:
        lines += moved_lines(result.rows, *moved, width, lang)
    return lines


def as_plain(lines: list[Line]) -> str:
    """The lines as text for a pipe or a file: no colour, nothing to import."""
    return "".join("".join(words for words, _ in line) + "\n" for line in lines)


def as_rich(lines: list[Line]) -> Text:
    """The lines as Rich text, coloured, for a terminal."""
    from rich.text import Text

    result = Text(no_wrap=True)
    for index, line in enumerate(lines):
        if index:
            result.append("\n")
        for words, style in line:
            result.append(words, style=style or None)
    return result
