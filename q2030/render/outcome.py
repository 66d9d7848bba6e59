"""What `q2030 record` did: the reading written (or that would be, on a dry run), and the
action's status and gap before and after it, for people and for scripts."""

from __future__ import annotations

from typing import Any

from q2030.datadir import display_path
from q2030.progress import Progress
from q2030.recording import Outcome
from q2030.render import text


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
