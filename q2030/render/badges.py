"""The report's small HTML pieces shared by its pages: a status as a badge (its icon and
word on its colour, never the colour alone) and an action's id linking to its row.

Each colour carries white bold text at a contrast of 4.5:1 or more (WCAG 2.1 AA, which
the RGAA takes up), checked by axe-core on the demo's report (tests/test_report_a11y.py).
"""

from __future__ import annotations

from html import escape

from q2030.domain.statuses import Status
from q2030.i18n import Language
from q2030.render import text
from q2030.services.overview import Row

COLOURS = {
    Status.ACHIEVED: "#116329",
    Status.ON_TRACK: "#1a7f37",
    Status.NEEDS_ACCELERATION: "#9a6700",
    Status.FIRST_FIGURE: "#0969da",
    Status.BASELINE_MISSING: "#7d4e00",
    Status.OFF_TRACK: "#cf222e",
    Status.DETERIORATING: "#82071e",
    Status.MISSED: "#a40e26",
    Status.UNREPORTED: "#8250df",
    Status.NO_DATA: "#6e7781",
    Status.NOT_MEASURABLE: "#57606a",
    Status.WITHDRAWN: "#424a53",
}
FALLBACK = "#424a53"  # a status without a colour of its own still reads


def badge(status: Status, lang: Language) -> str:
    word = text.status_word(status, lang)
    colour = COLOURS.get(status, FALLBACK)
    return (
        f'<span class="status" data-status="{status.value}" '
        f'style="background:{colour}">{escape(word)}</span>'
    )


def link(row: Row) -> str:
    """The action's id, linking to its row of its operator's table."""
    action_id = escape(row.action.id)
    return f'<a class="id" href="#action-{action_id}">{action_id}</a>'
