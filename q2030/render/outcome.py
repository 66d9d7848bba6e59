"""What `q2030 record` did (the reading written, or that would be on a dry run, and the
action's status and gap before and after it, for people and for scripts), and what `q2030
import` did, line by line."""

from __future__ import annotations

from typing import Any

from q2030.commands.import_sheet import Result as Imported
from q2030.data.datadir import display_path
from q2030.domain.progress import Progress
from q2030.i18n import ENGLISH, Language
from q2030.render import text
from q2030.services.recording import Outcome
from q2030.sheets.exchange import cell_text


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


def outcome_text(outcome: Outcome, lang: Language = ENGLISH, *, dry_run: bool) -> str:
    """'Recorded in …', the reading, then 'status before → after, gap before → after'."""
    appended, action, reading = outcome.appended, outcome.action, outcome.reading
    where = display_path(appended.path)
    if appended.duplicate_line is not None:
        return lang("outcome.already", where=where, line=appended.duplicate_line) + "\n"
    shown = text.measure(reading, action.unit, lang)
    if reading.numerator is not None and reading.denominator is not None:
        shown += f" ({lang.decimal(reading.numerator)}/{lang.decimal(reading.denominator)})"
    head = lang("outcome.dry_run" if dry_run else "outcome.recorded", where=where)
    line = lang("outcome.reading", date=lang.day(reading.date), shown=shown, source=reading.source)
    if reading.corrects:
        line += lang("outcome.correcting", date=lang.day(reading.corrects))
    before, after = outcome.before, outcome.after
    if before.status == after.status:
        change = lang("outcome.same", action=action.id, status=lang.status(after.status))
    else:
        change = lang(
            "outcome.change",
            action=action.id,
            before=lang.status(before.status),
            after=lang.status(after.status),
        )
    if before.gap is None and after.gap is not None:
        change += lang("outcome.first_gap", gap=text.gap(after.gap, action.unit, lang))
    elif before.gap is not None or after.gap is not None:
        change += lang(
            "outcome.gap",
            before=text.gap(before.gap, action.unit, lang),
            after=text.gap(after.gap, action.unit, lang),
        )
    separator = " :" if lang.code == "fr" else ":"
    return f"{head}{separator}\n  {line}\n{change}\n"


NOTE_SHOWN = 80  # characters of a cell note said left out


def import_lines(result: Imported, lang: Language = ENGLISH) -> list[tuple[str, bool]]:
    """What an import says, each line with whether it goes to stderr: whose request the
    sheet answers, the rows left empty, the notes left out, the rows refused, then (unless
    the import stopped) what it wrote or committed."""
    file = result.sheet_path
    lines: list[tuple[str, bool]] = []
    if result.answering is not None:
        lines.append((lang("import.answers", operator=result.answering, made=result.made), True))
    for number, cells in result.empty:
        action = cell_text(cells.get("action"))
        lines.append((lang("import.not_provided", file=file, row=number, action=action), True))
    for note in result.notes_left_out:
        shown = text.short_title(" ".join(note.text.split()), NOTE_SHOWN)
        lines.append((lang("import.note_left_out", file=file, cell=note.cell, text=shown), True))
    for number, reason in result.refused:
        lines.append((lang("import.row", file=file, row=number, reason=reason), True))
    if result.stopped is not None:
        return lines
    if result.committed is not None:
        for cleaned in result.cleaned:
            lines.append((lang("recover.in", message=cleaned, path=result.data_path), True))
        readings = lang.counted("import.readings", result.committed.written)
        lines.append(
            (lang("commit.done", readings=readings, branch=result.committed.branch), False)
        )
        return lines
    assert result.counts is not None
    counts = result.counts
    if counts.written == 0 and counts.already:  # nothing new: not "0 readings for 16 actions"
        summary = lang.counted("import.nothing_new", counts.already, file=file)
    else:
        actions = lang.counted("count.actions", counts.actions)
        summary = lang.counted(
            "import.would" if result.dry_run else "import.recorded",
            counts.written,
            actions=actions,
            file=file,
        )
        if counts.already:
            summary += lang.counted("import.already", counts.already)
    if result.refused:
        summary += lang.counted("import.skipped", len(result.refused))
    lines.append((f"{summary}.", False))
    return lines
