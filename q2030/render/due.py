"""The figures owed, per operator: as text for a terminal, JSON (for machines, in
English), CSV (for a spreadsheet, in the run's language) or Markdown."""

from __future__ import annotations

import json
import textwrap
from typing import Any

from q2030.escaping import markdown_text, terminal_safe
from q2030.i18n import ENGLISH, Language
from q2030.render import text
from q2030.services.owed import Freshness, Owed
from q2030.sheets import exchange

FIELDS = (
    "operator",
    "action",
    "title",
    "indicator",
    "unit",
    "period_end",
    "deadline",
    "days_late",
    "freshness",
    "latest",
    "latest_date",
)


def _latest(figure: Owed) -> float | str | None:
    reading = figure.latest
    if reading is None:
        return None
    return reading.state or reading.number(figure.action.unit)


def record(figure: Owed, freshness: Freshness) -> dict[str, Any]:
    return {
        "operator": figure.operator.id,
        "action": figure.action.id,
        "title": figure.action.title,
        "indicator": figure.action.indicator,
        "unit": figure.action.unit,
        "period_end": figure.period.end.isoformat(),
        "deadline": figure.period.deadline.isoformat(),
        "days_late": figure.days_late,
        "freshness": freshness.value,
        "latest": _latest(figure),
        "latest_date": figure.latest.date.isoformat() if figure.latest else None,
    }


def how_late(figure: Owed, lang: Language = ENGLISH) -> str:
    """'240 days late' or 'due in 12 days' (French: 'en retard de 240 j', 'dû dans 12 j')."""
    if figure.days_late > 0:
        return lang.counted("due.late", figure.days_late)
    return lang.counted("due.in", -figure.days_late)


def last_figure(figure: Owed, lang: Language = ENGLISH) -> str:
    reading = figure.latest
    if reading is None:
        return lang("due.none_yet")
    return f"{text.measure(reading, figure.action.unit, lang)} ({lang.day(reading.date)})"


def to_json(figures: list[Owed], freshness: dict[str, Freshness]) -> str:
    records = [record(figure, freshness[figure.action.id]) for figure in figures]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


HEADINGS = {  # the CSV's headings, by field: the catalogue's keys
    **{name: f"column.{name}" for name in FIELDS},
    "period_end": "due.period",
}


def to_csv(figures: list[Owed], freshness: dict[str, Freshness], lang: Language) -> bytes:
    """The figures owed as a sheet for a spreadsheet in the run's language, as `export`
    writes it (see exchange.to_csv): headings, units, states and freshness in words,
    dates and numbers as that language writes them."""
    rows = []
    for figure in figures:
        action, latest = figure.action, figure.latest
        shown = _latest(figure)
        rows.append(
            [
                figure.operator.id,
                action.id,
                action.title,
                action.indicator,
                lang(f"unit.{action.unit}") if action.unit else lang("ask.milestone"),
                figure.period.end,
                figure.period.deadline,
                figure.days_late,
                lang(f"freshness.{freshness[action.id].value}"),
                lang(f"state.{shown}") if isinstance(shown, str) else shown,
                latest.date if latest else None,
            ]
        )
    headings = [lang(HEADINGS[name]) for name in FIELDS]
    return exchange.to_csv(exchange.Sheet(headings, rows), lang)


def _groups(figures: list[Owed]) -> list[tuple[str, list[Owed]]]:
    groups: dict[str, list[Owed]] = {}
    for figure in figures:
        groups.setdefault(figure.operator.id, []).append(figure)
    return list(groups.items())


def to_markdown(figures: list[Owed], lang: Language = ENGLISH) -> str:
    lines = [f"# {lang('due.title')}", ""]
    if not figures:
        return "\n".join([*lines, lang("due.nothing"), ""])
    header = ["column.action", "due.period", "column.indicator", "column.latest", "due.when"]
    for operator_id, members in _groups(figures):
        lines += [f"## {markdown_text(operator_id)} — {markdown_text(members[0].operator.name)}"]
        lines += [
            "",
            "| " + " | ".join(lang(key) for key in header) + " |",
            "|---|---|---|---|---|",
        ]
        for figure in members:
            cells = [
                figure.action.id,
                lang.day(figure.period.end),
                figure.action.indicator or text.EMPTY,
                last_figure(figure, lang),
                how_late(figure, lang),
            ]
            lines.append("| " + " | ".join(markdown_text(cell) for cell in cells) + " |")
        lines.append("")
    return "\n".join(lines)


def to_text(figures: list[Owed], width: int, lang: Language = ENGLISH) -> str:
    """Per operator, one line per figure owed: the action, the period's end, the last
    figure and how late; the indicator below, indented. No line ends in spaces."""
    if not figures:
        return lang("due.nothing") + "\n"
    out: list[str] = []
    for operator_id, members in _groups(figures):
        out += textwrap.wrap(f"{operator_id} — {members[0].operator.name}", width) or [""]
        for figure in members:
            head = f"  {figure.action.id}  {lang.day(figure.period.end)}  {how_late(figure, lang)}"
            out.append(head)
            detail = lang("due.last", figure=last_figure(figure, lang))
            if figure.action.indicator:
                detail += f" · {figure.action.indicator}"
            out += textwrap.wrap(detail, width, initial_indent="      ", subsequent_indent="      ")
    count = len({figure.action.id for figure in figures})
    out.append(
        lang(
            "due.summary",
            figures=lang.counted("due.figures", len(figures)),
            actions=lang.counted("count.actions", count),
        )
    )
    return "".join(terminal_safe(line.rstrip()) + "\n" for line in out)
