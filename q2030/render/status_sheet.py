"""The status as a spreadsheet (`export --what status`): one line per action, its figures as
numbers rounded to what they mean, and the words a reader needs beside them, the same as
the report's: the target's kind (≥, ≤, « chaque année », jalon), a milestone's state as
its latest value, the gap in words (« dépassé de 1,2 pts », never -1.2)."""

from __future__ import annotations

from datetime import date
from typing import Any

from q2030.domain.statuses import TINTS
from q2030.i18n import Language
from q2030.render import text
from q2030.services.overview import Row
from q2030.sheets.exchange import Sheet, page_words

STATUS_COLUMNS = (
    "action",
    "title",
    "operator",
    "due",
    "indicator",
    "unit",
    "baseline",
    "target_kind",
    "target",
    "latest",
    "latest_date",
    "gap",
    "progress",
    "status",
    "stale",
)
# texts that wrap in their cells, so that the sheet prints one page wide at a size to read
WRAPPED_COLUMNS = frozenset({"title", "indicator", "unit", "target_kind", "gap", "status", "stale"})
FIGURE_DECIMALS = 2  # a figure as the plan states it: 18.75 %, never 18.749999999
HEADINGS = {  # the catalogue's key of a heading, where it is not column.<name>
    "stale": "column.stale_long",
    "progress": "column.progress_percent",
}


def _figure(value: float | None) -> float | None:
    return None if value is None else round(value, FIGURE_DECIMALS)


def _latest(row: Row, lang: Language) -> Any:
    """The latest figure, or a milestone's latest state in words (« fait »)."""
    latest = row.progress.latest
    if latest is not None and latest.state is not None:
        return lang(f"state.{latest.state}")
    return _figure(row.progress.latest_value)


def status_sheet(rows: list[Row], lang: Language, as_of: date | None = None) -> Sheet:
    """One line per action, formatted for a spreadsheet (see exchange.to_xlsx); the tab
    named after the as-of date."""
    body = []
    for row in rows:
        action, progress = row.action, row.progress
        latest = progress.latest
        body.append(
            [
                action.id,
                action.title,
                action.operator,
                progress.due,
                action.indicator,
                lang(f"unit.{action.unit}") if action.unit else None,
                _figure(progress.baseline_value),
                text.target_kind(action, progress, lang),
                _figure(progress.target_value),
                _latest(row, lang),
                latest.date if latest else None,
                None if progress.gap is None else text.gap(progress.gap, action.unit, lang),
                None if progress.progress is None else round(progress.progress * 100),
                lang.status(progress.status),
                lang("sheet.yes") if progress.stale else None,
            ]
        )
    headers = [lang(HEADINGS.get(name, f"column.{name}")) for name in STATUS_COLUMNS]
    formats = {STATUS_COLUMNS.index(name): "#,##0.##" for name in ("baseline", "target", "latest")}
    formats[STATUS_COLUMNS.index("progress")] = "0"
    day = as_of or date.today()
    title = lang("sheet.status_title", day=day.isoformat())
    return Sheet(
        headers,
        body,
        title=title,
        formats=formats,
        wrapped=frozenset(STATUS_COLUMNS.index(name) for name in WRAPPED_COLUMNS),
        statuses={lang.status(status): colour.lstrip("#") for status, colour in TINTS.items()},
        status_column=STATUS_COLUMNS.index("status"),
        heading=lang("sheet.status_heading", day=day),
        footer=lang("sheet.as_of", day=day),
        page_words=page_words(lang),
    )
