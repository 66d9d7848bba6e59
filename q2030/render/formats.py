"""The status rows for machines and documents: JSON, CSV and Markdown, as strings.

JSON keeps raw figures (progress is not capped); dates are ISO strings, absent values null.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from q2030.escaping import markdown_text, neutralised, terminal_safe
from q2030.history import Change
from q2030.i18n import ENGLISH, Language
from q2030.overview import Row, group_rows
from q2030.progress import Progress
from q2030.recording import Outcome
from q2030.render import text
from q2030.render.table import counts_line, group_title
from q2030.repository import display_path

FORMATS = ("table", "json", "csv", "markdown")
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
    "latest",
    "latest_date",
    "latest_state",
    "gap",
    "progress",
    "expected",
    "pace",
    "status",
    "stale",
    "reason",
    "years",
    "source_line",
)


def _iso(day: Any) -> str | None:
    return day.isoformat() if day is not None else None


def row_record(row: Row) -> dict[str, Any]:
    """One action's status as plain data: the JSON object and the CSV line."""
    action, progress = row.action, row.progress
    latest = progress.latest
    target = action.target
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
        "latest": progress.latest_value,
        "latest_date": _iso(latest.date) if latest else None,
        "latest_state": latest.state if latest else None,
        "gap": progress.gap,
        "progress": progress.progress,
        "expected": progress.expected,
        "pace": progress.pace,
        "status": progress.status.value,
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


def to_json(rows: list[Row]) -> str:
    return json.dumps([row_record(row) for row in rows], ensure_ascii=False, indent=2) + "\n"


def to_csv(rows: list[Row]) -> str:
    records = [row_record(row) for row in rows]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=RECORD_FIELDS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        for name, value in record.items():
            if isinstance(value, str):
                record[name] = neutralised(value)
        record["years"] = " ".join(f"{y['year']}:{y['verdict']}" for y in record["years"])
        writer.writerow(record)
    return buffer.getvalue()


def _cell(value: str) -> str:
    return markdown_text(value)


MARKDOWN_COLUMNS = ("action", "due", "baseline", "target", "latest", "gap", "progress", "status")


def markdown_table(rows: list[Row], lang: Language = ENGLISH) -> list[str]:
    """The status rows as a Markdown table's lines."""
    header = "| " + " | ".join(lang(f"column.{name}") for name in MARKDOWN_COLUMNS) + " |"
    lines = [header, "|" + "---|" * len(MARKDOWN_COLUMNS)]
    for row in rows:
        action, progress = row.action, row.progress
        latest = text.latest(progress, action.unit, lang)
        if progress.stale:
            latest += f" ⚠ {lang('stale')}"
        shown = None if progress.progress is None else min(1.0, max(0.0, progress.progress))
        label = f"**{markdown_text(action.id)}** {_cell(text.short_title(action.title, 60))}"
        cells = [
            action.due,
            text.baseline(action, progress, lang, short=True),
            text.target(action, progress, lang),
            latest,
            text.gap(progress.gap, action.unit, lang),
            text.percent(shown, lang),
            text.status(progress, lang),
        ]
        lines.append("| " + " | ".join([label, *(_cell(cell) for cell in cells)]) + " |")
    return lines


def to_markdown(rows: list[Row], by: str, lang: Language = ENGLISH) -> str:
    """A Markdown section per group with its table, then the status counts."""
    lines: list[str] = []
    for key, members in group_rows(rows, by):
        lines += [
            f"## {group_title(key, members, by, lang)}",
            "",
            *markdown_table(members, lang),
            "",
        ]
    lines.append(counts_line(rows, lang))
    return "\n".join(lines) + "\n"


def _figures(progress: Progress) -> dict[str, Any]:
    return {"status": progress.status.value, "gap": progress.gap, "progress": progress.progress}


def outcome_record(outcome: Outcome) -> dict[str, Any]:
    """What `q2030 record` did, for scripts."""
    appended = outcome.appended
    reading = outcome.reading.model_dump(mode="json", exclude_none=True)
    return {
        "action": outcome.action.id,
        "file": display_path(appended.path),
        "written": appended.written,
        "already_recorded_on_line": appended.duplicate_line,
        "reading": reading,
        "before": _figures(outcome.before),
        "after": _figures(outcome.after),
    }


def outcome_text(outcome: Outcome, *, dry_run: bool) -> str:
    """'Recorded in …', the reading, then 'status before -> after, gap before -> after'."""
    appended, action, reading = outcome.appended, outcome.action, outcome.reading
    where = display_path(appended.path)
    if appended.duplicate_line is not None:
        return f"Already recorded in {where}, line {appended.duplicate_line}: nothing written.\n"
    shown = text.measure(reading, action.unit)
    if reading.numerator is not None:
        shown += f" ({reading.numerator:g}/{reading.denominator:g})"
    head = (
        f"Dry run, nothing written: would record in {where}" if dry_run else f"Recorded in {where}"
    )
    corrects = f", correcting {reading.corrects}" if reading.corrects else ""
    before, after = outcome.before, outcome.after
    change = f"{action.id}: {before.status.value} -> {after.status.value}"
    if before.gap is not None or after.gap is not None:
        change += f", gap {text.gap(before.gap, action.unit)} -> {text.gap(after.gap, action.unit)}"
    return f"{head}:\n  {reading.date}  {shown}  (source: {reading.source}){corrects}\n{change}\n"


def changes_markdown(changes: list[Change], base: str, head: str) -> str:
    """What a change to the data did, for a pull-request comment or a job summary."""
    lines = [f"## q2030: data changes from {_ref(base)} to {_ref(head)}", ""]
    if not changes:
        return "\n".join([*lines, "No reading added, no status or gap changed.", ""])
    added = [change for change in changes if change.added]
    if added:
        lines += ["### Readings added", ""]
        for change in added:
            unit = change.action.unit
            for reading in change.added:
                shown = text.measure(reading, unit)
                fix = f", correcting {reading.corrects}" if reading.corrects else ""
                lines.append(
                    f"- **{markdown_text(change.action.id)}** {reading.date}: "
                    f"{markdown_text(shown)} (source: {markdown_text(reading.source)}{fix})"
                )
        lines.append("")
    lines += ["### Status and gap", "", "| Action | Status | Gap |", "|---|---|---|"]
    for change in changes:
        unit = change.action.unit
        before, after = change.before, change.after
        status = f"{_status_word(before)} → {_status_word(after)}"
        gap = (
            f"{text.gap(before.gap if before else None, unit)} → "
            f"{text.gap(after.gap if after else None, unit)}"
        )
        lines.append(f"| {markdown_text(change.action.id)} | {status} | {markdown_text(gap)} |")
    return "\n".join([*lines, ""])


def _ref(name: str) -> str:
    """A git revision named in a heading: in a code span, which shows it verbatim."""
    if name == "the working tree" or "`" in name:
        return markdown_text(name)
    return f"`{terminal_safe(name)}`"


def _status_word(progress: Progress | None) -> str:
    return "(absent)" if progress is None else ENGLISH.status(progress.status)
