"""The report's first page, which prints as one A4 landscape page whatever the size of the
plan, and the complete lists it points to.

Chromium cannot number the page an element lands on (no CSS `target-counter`), so the
page is laid out by budget instead: every block of it has a height set in millimetres by
PRINT_STYLE, each text's lines are counted with the widest common font (textwidth.py),
and what does not fit is left out in a way the reader is told. The counts table keeps
the operators that need the most attention (the others in one row of their own sums);
each list keeps its most important lines (the worst gaps, the nearest due dates, the
oldest unreported) and ends with "and 12 more, page 2"; the lists run in two columns, each
list whole in one, so that each column's height is known (a browser's balanced columns
are not). The pages right after the first hold each shortened list whole, laid out by the
same budget in page-sized blocks that each start a new page, so that the page a list
starts on is known when the first page is written.
tests/test_report_print.py prints the demo and a plan three times its size and checks
that the first page is one page and that each "page N" holds its list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from q2030.domain.choices import Grouping
from q2030.domain.statuses import TINTS, Status
from q2030.i18n import Language
from q2030.render import textwidth
from q2030.render.badges import badge, link
from q2030.services.overview import Row, count_statuses, counted, group_rows

MM_PER_PT = 25.4 / 72
ID_SCALE = 0.92  # an action's id is bold at 0.92 of the text's size (report.STYLE, .id)
PAGE_WIDTH, PAGE_HEIGHT = 273.0, 182.0  # A4 landscape within the margins (12, 12, 16, 12 mm)
SLACK = 5.0  # left free at the foot of each page laid out by budget
TITLE_PT, TITLE_LINE = 15.0, 8.0
AS_OF_PT, AS_OF_LINE, AS_OF_AFTER = 8.0, 4.0, 2.0
HEADING_PT, HEADING_LINE, HEADING_AFTER = 11.0, 6.0, 2.0  # "Summary", "Complete lists"
COUNTS_PT, COUNTS_HEAD, COUNTS_ROW, COUNTS_LINE = 7.5, 9.0, 3.9, 3.4
OPERATOR_SHARE = 0.14  # of the counts table's width
TABLE_SHARE = 0.6  # at most, of the height between the headings and the foot
COLUMN_GAP = 8.0  # the lists run in two columns below the table
LISTS_WIDTH = (PAGE_WIDTH - COLUMN_GAP) / 2
LIST_HEAD_PT, LIST_HEAD = 9.0, 7.0  # a list's heading: its line and margins
ITEM_PT, ITEM_LINE, ITEM_AFTER, ITEM_INDENT = 8.0, 3.7, 0.4, 5.0
FOOT_PT, FOOT_LINE, FOOT_BEFORE = 6.5, 3.0, 2.0
ANNEX_COLUMNS = {"id": 62.0, "operator": 30.0, "detail": 72.0}  # the title takes the rest
ANNEX_PT, ANNEX_LINE, ANNEX_PAD, ANNEX_HEAD = 8.0, 3.8, 1.4, 6.0
ATTENTION = (
    Status.MISSED,
    Status.UNREPORTED,
    Status.OFF_TRACK,
    Status.DETERIORATING,
    Status.NEEDS_ACCELERATION,
)

COLUMN_WIDTHS = " ".join(
    f"th.a-{name} {{ width: {width}mm; }}" for name, width in ANNEX_COLUMNS.items()
)
PRINT_STYLE = f"""
@media print {{
  header h1 {{ font-size: {TITLE_PT}pt; line-height: {TITLE_LINE}mm; margin: 0; }}
  header .as-of {{ font-size: {AS_OF_PT}pt; line-height: {AS_OF_LINE}mm;
                  margin: 0 0 {AS_OF_AFTER}mm; }}
  #summary {{ break-after: page; }}
  #summary h2, .annex h2 {{ font-size: {HEADING_PT}pt; line-height: {HEADING_LINE}mm;
                           margin: 0 0 {HEADING_AFTER - 0.6}mm; border-bottom-width: 0.6mm; }}
  table.counts {{ margin: 0 0 1mm; }}
  table.counts th:first-child {{ width: {OPERATOR_SHARE * 100:.0f}%; }}
  table.counts th, table.counts td {{ font-size: {COUNTS_PT}pt; line-height: {COUNTS_LINE}mm;
                                     padding: 0 0.8mm; height: {COUNTS_ROW - 0.3}mm; }}
  table.counts thead th {{ height: {COUNTS_HEAD - 0.3}mm; vertical-align: bottom;
                          padding-bottom: 0.5mm; }}
  table.counts .status, table.counts thead .status {{ font-size: 7pt; line-height: 3.1mm; }}
  .lists {{ grid-template-columns: {LISTS_WIDTH}mm {LISTS_WIDTH}mm; column-gap: {COLUMN_GAP}mm; }}
  .lists h3 {{ font-size: {LIST_HEAD_PT}pt; line-height: 5mm; margin: 1.5mm 0 0.5mm; }}
  .lists ul.lines {{ margin: 0; padding-left: {ITEM_INDENT}mm; }}
  .lists li, .lists p {{ font-size: {ITEM_PT}pt; line-height: {ITEM_LINE}mm;
                        margin: 0 0 {ITEM_AFTER}mm; }}
  .summary-foot {{ font-size: {FOOT_PT}pt; line-height: {FOOT_LINE}mm;
                  margin: {FOOT_BEFORE}mm 0 0; }}
  .summary-foot p {{ margin: 0; }}
  .annex-page {{ break-before: page; }}
  .annex h3 {{ font-size: {LIST_HEAD_PT}pt; line-height: 5mm; margin: 1.5mm 0 0.5mm; }}
  table.annex-list {{ margin: 0; }}
  table.annex-list th, table.annex-list td {{ font-size: {ANNEX_PT}pt;
      line-height: {ANNEX_LINE}mm; padding: {ANNEX_PAD / 2}mm 0.8mm; }}
  table.annex-list th {{ height: {ANNEX_HEAD - ANNEX_PAD}mm; }}
  {COLUMN_WIDTHS}
}}
"""


def lines_of(content: str, width: float, size: float, *, bold: bool = False, lead: str = "") -> int:
    """How many lines `content` takes in `width` mm at `size` pt, broken at spaces, after
    `lead` (an action's id, in bold at 0.92 of the size, never broken): an upper bound of
    what a browser shows, the widths being the widest font's."""
    room = width / MM_PER_PT
    space = textwidth.width(" ", size, bold=bold)
    widths = [textwidth.width(lead, size * ID_SCALE, bold=True)] if lead else []
    widths += [textwidth.width(word, size, bold=bold) for word in content.split()]
    count, used = 1, 0.0
    for wide in widths:
        if used and used + space + wide > room:
            count, used = count + 1, wide
        else:
            used = used + space + wide if used else wide
        while used > room:  # a word wider than the line is broken (overflow-wrap)
            count, used = count + 1, used - room
    return count


def fitted(title: str, width: float, size: float) -> str:
    """`title` shortened (with '…') to one line of `width` mm at `size` pt."""
    room = width / MM_PER_PT
    if textwidth.width(title, size) <= room:
        return title
    words, kept = title.split(), ""
    for word in words:
        longer = f"{kept} {word}" if kept else word
        if textwidth.width(longer + "…", size) > room:
            break
        kept = longer
    return (kept or title[: max(1, int(room / size))]).rstrip(" ,;:") + "…"


@dataclass(frozen=True)
class Line:
    """One line of a list: an action and what is said of it after its id."""

    row: Row
    detail: str = ""


@dataclass(frozen=True)
class Listing:
    """A list of the first page: its anchor name, its heading and its lines, the most
    important first."""

    name: str
    heading: str
    lines: Sequence[Line]


def _item_height(line: Line) -> float:
    after = f"({line.row.action.operator})" + (f" — {line.detail}" if line.detail else "")
    lines = lines_of(after, LISTS_WIDTH - ITEM_INDENT, ITEM_PT, lead=line.row.action.id)
    return lines * ITEM_LINE + ITEM_AFTER


def shown_lines(listings: Sequence[Listing], room: float) -> list[int]:
    """How many lines of each list one column `room` mm high shows: one more at a time to
    the list that shows the fewest, as long as the whole fits (a shortened list takes one
    more line, its "and N more")."""
    heights = [[_item_height(line) for line in listing.lines] for listing in listings]
    shown = [0] * len(listings)
    full = [not listing.lines for listing in listings]

    def used(counts: list[int]) -> float:
        total = 0.0
        for count, sizes in zip(counts, heights, strict=True):
            total += LIST_HEAD + sum(sizes[:count])
            if count < len(sizes) or not sizes:
                total += ITEM_LINE + ITEM_AFTER  # "and N more", or "None."
        return total

    while not all(full):
        index = min((i for i in range(len(shown)) if not full[i]), key=lambda i: shown[i])
        trial = [*shown]
        trial[index] += 1
        if used(trial) <= room:
            shown = trial
            full[index] = shown[index] == len(heights[index])
        else:
            full[index] = True
    return shown


def two_columns(listings: Sequence[Listing], room: float) -> tuple[int, list[int]]:
    """The lists in two columns `room` mm high, each list whole in one of them: where the
    second column starts and how many lines of each list are shown. The split chosen is
    the fairest (the list showing the fewest lines shows the most it can), then the one
    that shows the most lines."""

    def fairness(shown: list[int]) -> tuple[list[int], int]:
        counts = [count for count, listing in zip(shown, listings, strict=True) if listing.lines]
        return sorted(counts), sum(counts)

    splits = [
        (split, shown_lines(listings[:split], room) + shown_lines(listings[split:], room))
        for split in range(1, len(listings) + 1)
    ]
    return max(splits, key=lambda found: fairness(found[1]))


def _operator_height(label: str) -> float:
    width = PAGE_WIDTH * OPERATOR_SHARE - 1.6
    return max(COUNTS_ROW, lines_of(label, width, COUNTS_PT, bold=True) * COUNTS_LINE + 0.8)


def counted_groups(rows: list[Row], room: float) -> tuple[list[tuple[str, list[Row]]], list[Row]]:
    """The operators the counts table lists in `room` mm (after its head and the overall
    row), in the plan's order, and the rows of those it leaves to a row of their own: the
    operators with the most actions needing attention are kept."""
    groups = [
        (members[0].operator.id, members) for _, members in group_rows(rows, Grouping.OPERATOR)
    ]
    heights = [_operator_height(key) for key, _ in groups]
    if sum(heights) <= room:
        return groups, []

    def attention(index: int) -> tuple[int, int]:
        counts = count_statuses(groups[index][1])
        return (-sum(counts.get(status, 0) for status in ATTENTION), index)

    kept: set[int] = set()
    used = COUNTS_ROW  # the row of the others
    for index in sorted(range(len(groups)), key=attention):
        if used + heights[index] > room:
            break
        kept.add(index)
        used += heights[index]
    others = [
        row for index, (_, members) in enumerate(groups) if index not in kept for row in members
    ]
    return [group for index, group in enumerate(groups) if index in kept], others


def _counts_row(key: str, label: str, members: list[Row], statuses: Sequence[Status]) -> str:
    counts = count_statuses(members)
    cells = []
    for status in statuses:
        count = counts.get(status, 0)
        if count:
            cells.append(
                f'<td class="hit" data-status="{status.value}" '
                f'style="background:{TINTS.get(status, "#f6f8fa")}">{count}</td>'
            )
        else:
            cells.append(f'<td class="zero" data-status="{status.value}">·</td>')
    return (
        f'<tr data-operator="{escape(key)}"><th scope="row">{label}</th>{"".join(cells)}'
        f'<td data-status="total">{len(counted(members))}</td></tr>'
    )


def counts_table(rows: list[Row], lang: Language, room: float) -> tuple[str, float]:
    """Statuses per operator, in `room` mm at most, and the height it takes: the overall
    row, the operators (the cells that count shaded by status), and the operators left
    out in one row."""
    statuses = [status for status in Status if status is not Status.WITHDRAWN]
    head = "".join(f'<th scope="col">{badge(status, lang)}</th>' for status in statuses)
    groups, others = counted_groups(rows, room - COUNTS_HEAD - COUNTS_ROW)
    height = COUNTS_HEAD + COUNTS_ROW * (1 + bool(others))
    height += sum(_operator_height(key) for key, _ in groups)
    lines = [
        f'<div class="counts-frame"><table class="counts"><thead><tr>'
        f'<th scope="col">{escape(lang("column.operator"))}'
        f'</th>{head}<th scope="col">{escape(lang("report.total"))}</th></tr></thead><tbody>',
        _counts_row("ALL", escape(lang("report.overall")), rows, statuses),
    ]
    for key, members in groups:
        label = f'<a href="#operator-{escape(key)}">{escape(key)}</a>'
        lines.append(_counts_row(key, label, members, statuses))
    if others:
        operators = len({row.operator.id for row in others})
        label = escape(lang.counted("report.other_operators", operators))
        lines.append(_counts_row("OTHERS", label, others, statuses))
    lines.append("</tbody></table></div>")
    return "".join(lines), height + 1.0


def _list_html(listing: Listing, count: int, page: int | None, lang: Language) -> str:
    heading = f'<h3 id="summary-{listing.name}">{escape(listing.heading)}</h3>'
    if not listing.lines:
        return f"{heading}<p>{escape(lang('report.none'))}</p>"
    items = []
    for line in listing.lines[:count]:
        detail = f" — {escape(line.detail)}" if line.detail else ""
        items.append(
            f'<li data-action="{escape(line.row.action.id)}">{link(line.row)} '
            f"({escape(line.row.action.operator)}){detail}</li>"
        )
    rest = len(listing.lines) - count
    if rest:
        more = lang.counted("report.more", rest, page=page)
        items.append(f'<li class="more"><a href="#list-{listing.name}">{escape(more)}</a></li>')
    return f'{heading}<ul class="lines">{"".join(items)}</ul>'


def _annex_row(line: Line, detail: bool) -> tuple[str, float]:
    """A list's line as a table row, the title shortened to one line; and its height."""
    action = line.row.action
    widths = ANNEX_COLUMNS
    lines = max(
        lines_of(action.id, widths["id"], ANNEX_PT, bold=True),
        lines_of(action.operator, widths["operator"], ANNEX_PT),
        lines_of(line.detail, widths["detail"], ANNEX_PT) if detail else 1,
    )
    # a column's width is its content's; each cell adds its padding (0.8 mm a side)
    others = [name for name in ("id", "operator", "detail") if detail or name != "detail"]
    room = PAGE_WIDTH - sum(widths[name] + 1.6 for name in others) - 1.6 - 2.0
    cells = [f"<td>{link(line.row)}</td>", f"<td>{escape(action.operator)}</td>"]
    cells += [f"<td>{escape(line.detail)}</td>"] if detail else []
    cells.append(f'<td class="title-cell">{escape(fitted(action.title, room, ANNEX_PT))}</td>')
    return (
        f'<tr data-action="{escape(action.id)}">{"".join(cells)}</tr>',
        lines * ANNEX_LINE + ANNEX_PAD + 0.3,
    )


def _annex(listings: Sequence[Listing], lang: Language) -> tuple[list[str], list[int]]:
    """Each list whole, on pages of their own after the first, laid out by budget: a list
    starts on the page where its heading, its table's head and its first line still fit,
    and goes on to the next page under its heading again, "(continued)". Returns the pages
    and the page (from 0) each list starts on."""
    if not listings:
        return [], []
    pages: list[list[str]] = [[f"<h2>{escape(lang('report.complete_lists'))}</h2>"]]
    room = PAGE_HEIGHT - SLACK
    used = HEADING_LINE + HEADING_AFTER
    starts: list[int] = []
    for listing in listings:
        detail = any(line.detail for line in listing.lines)
        names = ["id", "operator", *(["detail"] if detail else []), "title"]
        keys = {"id": "column.action", "operator": "column.operator", "detail": "report.detail"}
        head = "".join(
            f'<th scope="col" class="a-{name}">{escape(lang(keys.get(name, "column.title")))}</th>'
            for name in names
        )
        rows = [_annex_row(line, detail) for line in listing.lines]
        first = True
        while rows:
            if used + LIST_HEAD + ANNEX_HEAD + rows[0][1] > room:
                pages.append([])
                used = 0.0
            used += LIST_HEAD + ANNEX_HEAD
            taken: list[str] = []
            while rows and (not taken or used + rows[0][1] <= room):
                row, height = rows.pop(0)
                taken.append(row)
                used += height
            heading = (
                listing.heading if first else lang("report.continued", heading=listing.heading)
            )
            anchor = f' id="list-{listing.name}"' if first else ""
            if first:
                starts.append(len(pages) - 1)
            pages[-1].append(
                f'<div class="annex-part"{anchor}><h3>{escape(heading)}</h3>'
                f'<table class="annex-list"><thead><tr>{head}</tr></thead>'
                f"<tbody>{''.join(taken)}</tbody></table></div>"
            )
            first = False
    return [f'<div class="annex-page">{"".join(page)}</div>' for page in pages], starts


@dataclass(frozen=True)
class FirstPage:
    header: str  # the title and the as-of line
    summary: str  # the one page: counts, lists, legend and source
    annex: str  # the shortened lists whole, from page 2 ("" when none is shortened)


def first_page(
    title: str,
    as_of_line: str,
    rows: list[Row],
    listings: Sequence[Listing],
    foot: Sequence[str],
    lang: Language,
) -> FirstPage:
    """The report's first page and the pages of the lists it shortens; `foot` are the
    paragraphs at its foot (the legend, the source)."""
    header = f'<header><h1>{escape(title)}</h1><p class="as-of">{escape(as_of_line)}</p></header>'
    top = (
        lines_of(title, PAGE_WIDTH, TITLE_PT, bold=True) * TITLE_LINE
        + lines_of(as_of_line, PAGE_WIDTH, AS_OF_PT) * AS_OF_LINE
        + AS_OF_AFTER
        + HEADING_LINE
        + HEADING_AFTER
    )
    bottom = FOOT_BEFORE + sum(lines_of(p, PAGE_WIDTH, FOOT_PT) * FOOT_LINE for p in foot)
    room = PAGE_HEIGHT - SLACK - top - bottom
    table, height = counts_table(rows, lang, TABLE_SHARE * room)
    split, shown = two_columns(listings, room - height)
    shortened = [
        listing
        for listing, count in zip(listings, shown, strict=True)
        if count < len(listing.lines)
    ]
    blocks, starts = _annex(shortened, lang)
    pages = {listing.name: 2 + start for listing, start in zip(shortened, starts, strict=True)}
    parts = [
        _list_html(listing, count, pages.get(listing.name), lang)
        for listing, count in zip(listings, shown, strict=True)
    ]
    lists = f"<div>{''.join(parts[:split])}</div><div>{''.join(parts[split:])}</div>"
    summary = (
        f'<section id="summary" aria-labelledby="summary-title">'
        f'<h2 id="summary-title">{escape(lang("report.summary"))}</h2>'
        f'{table}<div class="lists">{lists}</div><div class="summary-foot">'
        + "".join(f"<p>{escape(paragraph)}</p>" for paragraph in foot)
        + "</div></section>"
    )
    annex = ""
    if blocks:
        annex = f'<section class="annex" id="lists">{"".join(blocks)}</section>'
    return FirstPage(header, summary, annex)
