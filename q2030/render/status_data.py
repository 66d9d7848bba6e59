"""The status rows for machines and documents: JSON, CSV and Markdown, as strings.

JSON keeps raw figures (progress is not capped); dates are ISO strings, absent values null.
No Rich here: `status --format json` imports only what computing the rows needs.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from q2030.domain.choices import Grouping, StatusFormat
from q2030.domain.models import Reading
from q2030.domain.progress import Progress
from q2030.escaping import markdown_text, neutralised
from q2030.i18n import ENGLISH, Language
from q2030.render import text
from q2030.services.overview import Row, group_rows
from q2030.services.owed import Freshness

if TYPE_CHECKING:
    from q2030.commands.status import Result
    from q2030.services.history import ActionDiff  # only for a type: no git for the status

RECORD_FIELDS = (
    "id",
    "title",
    "objective",
    "objective_title",
    "operator",
    "lead",
    "due",
    "due_text",
    "indicator",
    "unit",
    "baseline",
    "baseline_date",
    "target_kind",
    "target",
    "target_text",
    "original_target",
    "latest",
    "latest_date",
    "latest_state",
    "gap",
    "progress",
    "expected",
    "pace",
    "observed_pace",
    "projected",
    "needed_pace",
    "status",
    "freshness",
    "stale",
    "reason",
    "years",
    "source_line",
)


def _iso(day: Any) -> str | None:
    return day.isoformat() if day is not None else None


def row_record(row: Row, freshness: dict[str, Freshness] | None = None) -> dict[str, Any]:
    """One action's status as plain data: the JSON object and the CSV line; `freshness`
    (see owed.freshness) says how fresh each action's figures are (null: owes none)."""
    action, progress = row.action, row.progress
    latest = progress.latest
    target = action.target
    trend = progress.trend
    return {
        "id": action.id,
        "title": action.title,
        "objective": row.objective.id,
        "objective_title": row.objective.title,
        "operator": action.operator,
        "lead": row.lead or None,
        "due": _iso(progress.due),
        "due_text": action.due_text,
        "indicator": action.indicator,
        "unit": action.unit,
        "baseline": progress.baseline_value,
        "baseline_date": _iso(progress.baseline_date),
        "target_kind": target.kind,
        "target": progress.target_value
        if progress.target_value is not None
        else getattr(target, "value", None),
        "target_text": text.target(action, progress),
        "original_target": text.target(text.original(action)) if action.changes else None,
        "changes": [
            {
                "date": change.date.isoformat(),
                "decision": change.decision,
                "reason": change.reason,
                "before": sorted(change.before.model_fields_set),
            }
            for change in action.changes
        ],
        "withdrawn": None
        if action.withdrawn is None
        else {
            "date": action.withdrawn.date.isoformat(),
            "decision": action.withdrawn.decision,
            "reason": action.withdrawn.reason,
        },
        "latest": progress.latest_value,
        "latest_date": _iso(latest.date) if latest else None,
        "latest_state": latest.state if latest else None,
        "gap": progress.gap,
        "progress": progress.progress,
        "expected": progress.expected,
        "pace": progress.pace,
        "observed_pace": trend.observed_pace if trend else None,
        "projected": trend.projected if trend else None,
        "needed_pace": trend.needed_pace if trend else None,
        "status": progress.status.value,
        "freshness": _freshness(row, freshness),
        "stale": progress.stale,
        "reason": text.reason(progress.reason, unit=action.unit),
        "years": [
            {
                "year": y.year,
                "value": y.value,
                "met": y.met,
                "ended": y.ended,
                "verdict": text.year_verdict(y),
            }
            for y in progress.years
        ],
        "source_line": action.source_line,
    }


def _freshness(row: Row, freshness: dict[str, Freshness] | None) -> str | None:
    if freshness is None or not (row.action.measurable or row.action.target.kind == "milestone"):
        return None
    return freshness.get(row.action.id, Freshness.UP_TO_DATE).value


def to_json(
    rows: list[Row],
    since: dict[str, ActionDiff] | None = None,
    freshness: dict[str, Freshness] | None = None,
) -> str:
    """The rows as a JSON list; with `since` (what moved since the last COPIL, by action
    id), each row says it in `since`: status before, readings added, commitment changed."""
    records = [row_record(row, freshness) for row in rows]
    if since is not None:
        for record in records:
            change = since.get(record["id"])
            record["since"] = None if change is None else since_record(change)
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def _standing(progress: Progress | None) -> dict[str, Any] | None:
    """Where an action stood, as `since.before` and `since.after` say it."""
    if progress is None:
        return None
    latest = progress.latest
    return {
        "status": progress.status.value,
        "latest": progress.latest_value,
        "latest_date": _iso(latest.date) if latest else None,
        "latest_state": latest.state if latest else None,
        "gap": progress.gap,
    }


def _reading_record(reading: Reading) -> dict[str, Any]:
    return {
        "date": reading.date.isoformat(),
        "value": reading.value,
        "state": reading.state,
        "source": reading.source,
        "corrects": _iso(reading.corrects),
    }


def since_record(change: ActionDiff) -> dict[str, Any]:
    """What moved for one action, as data: where it stood before and after (status,
    latest figure, gap), the readings added, the corrections with the figure each
    replaced, and the commitment's fields that changed."""
    return {
        "before": _standing(change.before),
        "after": _standing(change.after),
        "status_before": change.before.status.value if change.before else None,
        "readings_added": len(change.added),
        "added": [_reading_record(reading) for reading in change.added],
        "corrections": [
            {
                "date": correction.by.date.isoformat(),
                "before": correction.replaced.value,
                "after": correction.by.value,
            }
            for correction in change.corrections
        ],
        "commitment_changed": change.commitment_changed,
        "changed_fields": change.changed_fields,
    }


def to_csv(rows: list[Row], freshness: dict[str, Freshness] | None = None) -> str:
    records = [row_record(row, freshness) for row in rows]
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer, fieldnames=RECORD_FIELDS, lineterminator="\n", extrasaction="ignore"
    )  # the history of changes is in JSON
    writer.writeheader()
    for record in records:
        for name, value in record.items():
            if isinstance(value, str):
                record[name] = neutralised(value)
        record["years"] = " ".join(f"{y['year']}:{y['verdict']}" for y in record["years"])
        writer.writerow(record)
    return buffer.getvalue()


MARKDOWN_COLUMNS = ("action", "due", "baseline", "target", "latest", "gap", "progress", "status")


def markdown_table(rows: list[Row], lang: Language = ENGLISH) -> list[str]:
    """The status rows as a Markdown table's lines."""
    header = "| " + " | ".join(lang(f"column.{name}") for name in MARKDOWN_COLUMNS) + " |"
    lines = [header, "|" + "---|" * len(MARKDOWN_COLUMNS)]
    for row in rows:
        action, progress = row.action, row.progress
        latest = text.latest(progress, action.unit, lang)
        if progress.stale:
            latest += f" ⚠ {lang('latest.stale')}"
        shown = None if progress.progress is None else min(1.0, max(0.0, progress.progress))
        label = (
            f"**{markdown_text(action.id)}** {markdown_text(text.short_title(action.title, 60))}"
        )
        cells = [
            action.due,
            text.baseline(action, progress, lang, short=True),
            text.target(action, progress, lang),
            latest,
            text.gap(progress.gap, action.unit, lang),
            text.percent(shown, lang),
            text.status(progress, lang),
        ]
        lines.append("| " + " | ".join([label, *(markdown_text(cell) for cell in cells)]) + " |")
    return lines


def to_markdown(
    rows: list[Row],
    by: Grouping,
    lang: Language = ENGLISH,
    since: tuple[str, Sequence[ActionDiff]] | None = None,
) -> str:
    """A Markdown section per group with its table, then the status counts; `since` (the
    last COPIL's label and what moved since) adds a section with the figures that moved."""
    lines: list[str] = []
    for key, members in group_rows(rows, by):
        lines += [
            f"## {markdown_text(text.group_title(key, members, by, lang))}",
            "",
            *markdown_table(members, lang),
            "",
        ]
    lines.append(text.counts_line(rows, lang))
    if since is not None:
        lines += ["", *moved_markdown(rows, *since, lang)]
    return "\n".join(lines) + "\n"


def moved_markdown(
    rows: list[Row], label: str, changes: Sequence[ActionDiff], lang: Language = ENGLISH
) -> list[str]:
    """'## Moved since …' and a line per action of `rows` that moved, with its figures."""
    shown = {row.action.id for row in rows}
    lines = [f"## {markdown_text(lang('report.moved', since=label))}", ""]
    moved = [change for change in changes if change.action.id in shown]
    for change in moved:
        action = change.action
        lines.append(
            f"- **{markdown_text(action.id)}** ({markdown_text(action.operator)}) — "
            f"{markdown_text(text.moved(change, lang))}"
        )
    return lines if moved else [*lines, lang("report.none")]


def as_data(result: Result, output: StatusFormat, by: Grouping, lang: Language) -> str:
    """A `status` command's result as JSON, CSV or Markdown (the table is
    q2030.render.status_table's)."""
    if output is StatusFormat.JSON:
        since = result.since
        changes = None if since is None else {change.action.id: change for change in since.changes}
        return to_json(result.rows, changes, result.freshness)
    if output is StatusFormat.CSV:
        return to_csv(result.rows, result.freshness)
    return to_markdown(result.rows, by, lang, text.moved_since(result.since, lang))
