"""What a change to the data did, as Markdown for a pull-request comment or a job summary:
the readings added, and each action whose status or gap moved. Every text from the data
is escaped, so that a source or a note cannot inject HTML, a link or an image."""

from __future__ import annotations

from q2030.escaping import markdown_text, terminal_safe
from q2030.history import ActionDiff
from q2030.i18n import ENGLISH
from q2030.progress import Progress
from q2030.render import text


def changes_markdown(changes: list[ActionDiff], base: str, head: str) -> str:
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
