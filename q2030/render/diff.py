"""What a change to the data did, as Markdown for a pull-request comment or a job summary:
the readings added, and each action whose status or gap moved. Every text from the data
is escaped, so that a source or a note cannot inject HTML, a link or an image."""

from __future__ import annotations

from q2030.escaping import markdown_text, terminal_safe
from q2030.i18n import ENGLISH, Language
from q2030.render import text
from q2030.services.history import ActionDiff


def changes_markdown(
    changes: list[ActionDiff], base: str, head: str | None, lang: Language = ENGLISH
) -> str:
    """What a change to the data did, for a pull-request comment or a job summary;
    `head` None is the working tree."""
    shown_head = _ref(head) if head is not None else lang("diff.working_tree")
    lines = [lang("diff.title", base=_ref(base), head=shown_head), ""]
    if not changes:
        return "\n".join([*lines, lang("diff.nothing"), ""])
    added = [change for change in changes if change.added]
    if added:
        lines += [f"### {lang('diff.added')}", ""]
        for change in added:
            unit = change.action.unit
            for reading in change.added:
                shown = text.measure(reading, unit, lang)
                source = markdown_text(reading.source)
                if reading.corrects:
                    source += lang("outcome.correcting", date=lang.day(reading.corrects))
                entry = lang(
                    "diff.reading",
                    date=lang.day(reading.date),
                    shown=markdown_text(shown),
                    source=source,
                )
                lines.append(f"- **{markdown_text(change.action.id)}** {entry}")
        lines.append("")
    changed = [change for change in changes if change.commitment_changed]
    if changed:
        lines += [f"### {lang('diff.commitments')}", ""]
        for change in changed:
            old = change.previous.changes if change.previous else []
            for day, decision, what, reason in text.changes(change.action, lang)[len(old) :]:
                entry = lang(
                    "diff.commitment",
                    date=lang.day(day),
                    decision=decision,
                    what=what,
                    reason=reason,
                )
                lines.append(f"- **{markdown_text(change.action.id)}** {markdown_text(entry)}")
            if len(change.action.changes) == len(old):  # changed without an entry
                lines.append(f"- **{markdown_text(change.action.id)}** {lang('diff.unjustified')}")
        lines.append("")
    lines += [f"### {lang('diff.moved')}", ""]
    for change in changes:
        action = change.action
        lines.append(
            f"- **{markdown_text(action.id)}** ({markdown_text(action.operator)}) — "
            f"{markdown_text(text.moved(change, lang))}"
        )
    return "\n".join([*lines, ""])


def _ref(name: str) -> str:
    """A git revision named in a heading: in a code span, which shows it verbatim."""
    if "`" in name:
        return markdown_text(name)
    return f"`{terminal_safe(name)}`"
