"""One action's chart for the report, as inline SVG that reads on paper: a time axis of
years, a value axis with its unit, every figure written in the SVG (not in tooltips), at
least 8 pt at print size, and told apart by line style as well as colour (greyscale
printers): the target a thick line labelled with its number, the straight line from the
baseline to the target dotted, the readings a solid line with dots and the last value
written, the projection of the trend dashed, the due date a dash-dot vertical line.

A yearly target is drawn as a bar per year against its target line, each bar's figure
with its verdict (✔ ✖ ○ …); a milestone as a dated step through its states; an action that
must outpace a reference series with both series. An action without a figure gets no
chart (the report says so in one line).

Time: each year is a span of the axis between two ticks (1 January), its name centred in
it, shaded every other year; a figure dated in a year stands inside that year's span (a
year-end figure at its right end), never above the next year's name.

Values: bars start at zero. A line chart may zoom on its figures; it then writes its
lowest value and breaks its axis with a zigzag, so that it never passes for zero.

Text: every label is placed (Canvas.place) where it overlaps no other text, no data line
or mark, and stays inside the view box, its width measured with the widest common font
(textwidth.py); two labels that would say the same point are merged ("38,5 % (réf.)").
The chart's text alternative (`aria-label`) states the target, the last figure and the
status.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from html import escape

from q2030.data.dataset import Dataset
from q2030.domain.models import Action, Reading
from q2030.domain.progress import Progress, effective_readings
from q2030.i18n import Language
from q2030.render import text, textwidth
from q2030.services.overview import Row

WIDTH, HEIGHT = 600, 200
TOP, BOTTOM = 24, 34  # room for the due date's label above the plot, the years below
FONT = 11  # 600 units print 165 mm wide: 11 units are about 8.6 pt
ASCENT, DESCENT = 0.93, 0.24  # a text's box above and below its baseline, in ems
CLEAR = 2.0  # room kept around every text
INK, MUTED, TARGET, READINGS, DUE = "#1f2328", "#57606a", "#0550ae", "#1f2328", "#9a6700"
BAND = "#f3f5f7"  # every other year's span
STATE_LEVELS = {"not_started": 0.0, "in_progress": 1.0, "done": 2.0}

Segment = tuple[float, float, float, float]
Candidate = tuple[float, float, str]  # a text's x, baseline y and anchor


@dataclass(frozen=True)
class Box:
    """A rectangle of the view box: a text's extent or a data mark's."""

    left: float
    top: float
    right: float
    bottom: float

    def grown(self, by: float) -> Box:
        return Box(self.left - by, self.top - by, self.right + by, self.bottom + by)

    def overlaps(self, other: Box) -> bool:
        return (
            self.left < other.right
            and other.left < self.right
            and self.top < other.bottom
            and other.top < self.bottom
        )

    def within(self, other: Box) -> bool:
        return (
            other.left <= self.left
            and self.right <= other.right
            and other.top <= self.top
            and self.bottom <= other.bottom
        )

    def crosses(self, segment: Segment) -> bool:
        """Whether the segment passes through the box (Liang-Barsky clipping)."""
        x1, y1, x2, y2 = segment
        dx, dy = x2 - x1, y2 - y1
        start, end = 0.0, 1.0
        for p, q in (
            (-dx, x1 - self.left),
            (dx, self.right - x1),
            (-dy, y1 - self.top),
            (dy, self.bottom - y1),
        ):
            if p == 0:
                if q < 0:
                    return False
                continue
            ratio = q / p
            if p < 0:
                start = max(start, ratio)
            else:
                end = min(end, ratio)
            if start > end:
                return False
        return True


VIEW = Box(0, 0, WIDTH, HEIGHT)


def text_box(x: float, y: float, content: str, anchor: str) -> Box:
    """Where a text drawn at (x, baseline y) with `anchor` prints."""
    wide = textwidth.width(content, FONT)
    left = x - wide if anchor == "end" else x - wide / 2 if anchor == "middle" else x
    return Box(left, y - ASCENT * FONT, left + wide, y + DESCENT * FONT)


def _centred(y: float) -> float:
    """The baseline that centres a line of text on `y`."""
    return y + (ASCENT - DESCENT) / 2 * FONT


def around(x: float, y: float) -> list[Candidate]:
    """Places for a point's label, nearest first: beside, above, below, then further out
    in twelve directions, up to a quarter of the chart away."""
    places: list[Candidate] = []
    for reach in (5.0, 10.0, 16.0, 24.0, 34.0, 46.0, 60.0):
        above, below = y - reach - DESCENT * FONT, y + reach + ASCENT * FONT
        places += [
            (x + reach, _centred(y), "start"),
            (x + reach * 0.7, above, "start"),
            (x - reach * 0.7, above, "end"),
            (x, above, "middle"),
            (x + reach * 0.7, below, "start"),
            (x - reach * 0.7, below, "end"),
            (x, below, "middle"),
            (x - reach, _centred(y), "end"),
            (x + reach, _centred(y - reach / 2), "start"),
            (x + reach, _centred(y + reach / 2), "start"),
            (x - reach, _centred(y - reach / 2), "end"),
            (x - reach, _centred(y + reach / 2), "end"),
        ]
    return places


def beside(x: float, y: float) -> list[Candidate]:
    """Places for a line's label to the right of `x`, level with `y` or nudged up or down."""
    return [
        (x, _centred(y + shift), "start")
        for step in range(8)
        for shift in ((0.0,) if step == 0 else (-step * 6.0, step * 6.0))
    ]


CELL = 20.0  # the side of a square of the view box in which Canvas finds its data quickly
_COLUMNS, _ROWS = math.ceil(WIDTH / CELL), math.ceil(HEIGHT / CELL)


def _span(low: float, high: float, count: int) -> range:
    """The squares a stretch from `low` to `high` touches along one side, those beyond the
    view box filed with its edge's."""

    def clamped(value: float) -> int:
        return min(count, max(-1, math.floor(value / CELL)))

    return range(clamped(low), clamped(high) + 1)


def _cells(left: float, top: float, right: float, bottom: float) -> Iterator[tuple[int, int]]:
    """The squares of side CELL that a rectangle touches."""
    for column in _span(left, right, _COLUMNS):
        for row in _span(top, bottom, _ROWS):
            yield column, row


@dataclass
class Canvas:
    """What a chart draws: the shapes, then the texts, each placed clear of the texts
    already placed, of the data lines and marks, and of the view box's edges.

    The data lines and marks are also filed by the squares of the view box they touch, so
    that a text's place is checked against those near it only: the same answers as
    checking them all, at a cost that does not grow with a thousand readings drawn."""

    shapes: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    placed: list[Box] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    marks: list[Box] = field(default_factory=list)
    _near: dict[tuple[int, int], list[int]] = field(default_factory=dict)  # data by square

    def _file(self, index: int, left: float, top: float, right: float, bottom: float) -> None:
        for cell in _cells(left, top, right, bottom):
            self._near.setdefault(cell, []).append(index)

    def draw(self, svg: str, segments: Iterable[Segment] = (), marks: Iterable[Box] = ()) -> None:
        """A shape; its `segments` and `marks` are data, which no text may cover."""
        self.shapes.append(svg)
        for segment in segments:
            x1, y1, x2, y2 = segment
            self._file(len(self.segments), min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))
            self.segments.append(segment)
        for mark in marks:
            self._file(-1 - len(self.marks), mark.left, mark.top, mark.right, mark.bottom)
            self.marks.append(mark)

    def _data_near(self, box: Box) -> tuple[list[Segment], list[Box]]:
        """The data lines and marks filed in the squares `box` touches, each once
        (a segment by its index, a mark by -1 - its index)."""
        found = sorted(
            {
                index
                for cell in _cells(box.left, box.top, box.right, box.bottom)
                for index in self._near.get(cell, ())
            }
        )
        segments = [self.segments[index] for index in found if index >= 0]
        marks = [self.marks[-1 - index] for index in found if index < 0]
        return segments, marks

    def free(self, box: Box) -> bool:
        if not box.grown(1).within(VIEW):
            return False
        padded = box.grown(CLEAR)
        segments, marks = self._data_near(padded)
        return not (
            any(padded.overlaps(other) for other in self.placed)
            or any(padded.overlaps(mark) for mark in marks)
            or any(padded.crosses(segment) for segment in segments)
        )

    def conflicts(self, box: Box) -> int:
        """How many texts, marks and data lines `box` would touch, and whether it leaves
        the view box (counted as many)."""
        padded = box.grown(CLEAR)
        segments, marks = self._data_near(padded)
        return (
            (0 if box.grown(1).within(VIEW) else 100)
            + sum(padded.overlaps(other) for other in self.placed)
            + sum(padded.overlaps(mark) for mark in marks)
            + sum(padded.crosses(segment) for segment in segments)
        )

    def place(self, content: str, css: str, candidates: Sequence[Candidate]) -> None:
        """`content` at the first of `candidates` where it is free; where none is, at the
        one that touches the least (inside the view box first)."""
        chosen = next(
            (c for c in candidates if self.free(text_box(c[0], c[1], content, c[2]))),
            None,
        )
        if chosen is None:
            chosen = min(
                candidates, key=lambda c: self.conflicts(text_box(c[0], c[1], content, c[2]))
            )
        x, y, anchor = chosen
        self.placed.append(text_box(x, y, content, anchor))
        self.texts.append(
            f'<text class="{css}" x="{x:.2f}" y="{y:.2f}" text-anchor="{anchor}" '
            f'font-size="{FONT}">{escape(content)}</text>'
        )

    def svg(self) -> str:
        return "".join(self.shapes + self.texts)


@dataclass(frozen=True)
class Scale:
    """The value axis: from `low` to `high`, its ticks, and whether it leaves zero out."""

    low: float
    high: float
    ticks: tuple[float, ...]
    broken: bool


def _step(raw: float) -> float:
    magnitude: float = 10.0 ** math.floor(math.log10(raw))
    return next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw * (1 - 1e-9))


def scale(values: Sequence[float], unit: str | None, *, from_zero: bool) -> Scale:
    """Round bounds and about five ticks around `values`. The axis takes zero in when
    `from_zero` (bars) or when the figures would still fill half its height; otherwise it
    zooms on them and is `broken`."""
    low, high = min(values), max(values)
    if high - low < 1e-9:
        spread = max(abs(high) * 0.1, 1.0)
        low, high = (max(0.0, low - spread) if low >= 0 else low - spread), high + spread
    zero = from_zero or (low >= 0 and low <= 0.5 * high) or (high <= 0 and high >= 0.5 * low)
    if zero:
        low, high = min(low, 0.0), max(high, 0.0)
    pad = 0.08 * (high - low)
    step = _step((high - low) / 4)
    while True:
        bottom = low if zero and low == 0 else math.floor((low - pad) / step + 1e-9) * step
        if low >= 0 > bottom:
            bottom = 0.0
        top = high if zero and high == 0 else math.ceil((high + pad) / step - 1e-9) * step
        if unit == "percent" and high <= 100 < top:
            top = 100.0
        count = round((top - bottom) / step) + 1
        if count <= 6:
            break
        step = _step(step * 1.01)
    ticks = tuple(round(bottom + index * step, 10) for index in range(count))
    ticks = tuple(tick for tick in ticks if tick <= top + 1e-9)
    return Scale(bottom, top, ticks, bottom > 0 or top < 0)


@dataclass(frozen=True)
class Frame:
    """The plot's box: whole years across (from 1 January of the first to 1 January after
    the last), values up, between a left gutter (the value axis's labels) and a right one
    (the lines' labels)."""

    start: date
    end: date
    low: float
    high: float
    left: float
    right: float
    foot: float = 0.0  # room between the lowest value and the time axis, for a zigzag

    def x(self, day: date) -> float:
        span = max(1, (self.end - self.start).days)
        return self.left + (self.right - self.left) * (day - self.start).days / span

    def y(self, value: float) -> float:
        span = (self.high - self.low) or 1.0
        tall = HEIGHT - TOP - BOTTOM - self.foot
        return HEIGHT - BOTTOM - self.foot - tall * (value - self.low) / span

    @property
    def bottom(self) -> float:
        return HEIGHT - BOTTOM


def frame_of(
    days: Iterable[date],
    low: float,
    high: float,
    marks: Iterable[str],
    right: Iterable[str],
    *,
    broken: bool = False,
) -> Frame:
    """A frame for `days` (whole years), from `low` to `high`, with gutters wide enough for
    the value axis's `marks` and the labels drawn to the `right` of the plot, and room at
    the axis's foot for its zigzag when it is `broken`."""
    years = [day.year for day in days]
    first, last = min(years), min(max(years), 9998)
    left = max(30.0, max((textwidth.width(m, FONT) for m in marks), default=0.0) + 10)
    needed = max((textwidth.width(label, FONT) for label in right), default=0.0)
    return Frame(
        date(first, 1, 1),
        date(last + 1, 1, 1),
        low,
        high,
        left,
        WIDTH - max(12.0, needed + 10),
        14.0 if broken else 0.0,
    )


def _line(css: str, x1: float, y1: float, x2: float, y2: float, style: str) -> str:
    return f'<line class="{css}" x1="{x1:.2f}" y1="{y1:.2f}" x2="{x2:.2f}" y2="{y2:.2f}" {style}/>'


def _time_axis(canvas: Canvas, frame: Frame) -> None:
    """The years as spans: a tick at each 1 January, every other year shaded, each year's
    name centred in its span (every second or third name when they would not fit)."""
    bottom = frame.bottom
    years = list(range(frame.start.year, frame.end.year))
    span = frame.x(date(years[0] + 1, 1, 1)) - frame.x(date(years[0], 1, 1))
    widest = max(textwidth.width(str(year), FONT) for year in years) + 6
    every = max(1, math.ceil(widest / max(span, 1.0)))
    for index, year in enumerate(years):
        x1, x2 = frame.x(date(year, 1, 1)), frame.x(date(year + 1, 1, 1))
        if index % 2:
            canvas.draw(
                f'<rect class="year-band" x="{x1:.2f}" y="{TOP}" width="{x2 - x1:.2f}" '
                f'height="{bottom - TOP}" fill="{BAND}"/>'
            )
        if index % every == 0:
            canvas.place(str(year), "year", [((x1 + x2) / 2, bottom + 6 + ASCENT * FONT, "middle")])
    for year in [*years, years[-1] + 1]:
        x = frame.x(date(year, 1, 1))
        canvas.draw(
            f'<line class="year-tick" data-day="{year}-01-01" x1="{x:.2f}" y1="{bottom:.2f}" '
            f'x2="{x:.2f}" y2="{bottom + 6:.2f}" stroke="{MUTED}"/>'
        )
    canvas.draw(_line("axis", frame.left, bottom, frame.right, bottom, f'stroke="{MUTED}"'))


def _value_axis(canvas: Canvas, frame: Frame, marks: dict[float, str], broken: bool) -> None:
    """The value axis, its grid and its labels; a zigzag at its foot when it does not
    start at zero."""
    bottom = frame.bottom
    for value in marks:
        y = frame.y(value)
        canvas.draw(
            _line("grid", frame.left, y, frame.right, y, 'stroke="#d0d7de" stroke-width="0.6"')
        )
    canvas.draw(_line("axis", frame.left, TOP, frame.left, bottom, f'stroke="{MUTED}"'))
    if broken:
        x, y = frame.left, bottom - frame.foot / 2
        canvas.draw(
            f'<g class="axis-break"><rect x="{x - 6:.2f}" y="{y - 3:.2f}" width="12" height="6" '
            f'fill="#fff"/><path d="M{x - 6:.2f} {y - 1:.2f} l4 -3 l4 6 l4 -3 M{x - 6:.2f} '
            f'{y + 3:.2f} l4 -3 l4 6 l4 -3" fill="none" stroke="{MUTED}"/></g>'
        )
    for value, label in marks.items():
        canvas.place(label, "axis", [(frame.left - 6, _centred(frame.y(value)), "end")])


def _due(canvas: Canvas, frame: Frame, due: date, lang: Language) -> None:
    x = frame.x(due)
    canvas.draw(
        f'<line class="due" data-day="{due.isoformat()}" x1="{x:.2f}" y1="{TOP}" x2="{x:.2f}" '
        f'y2="{frame.bottom:.2f}" stroke="{DUE}" stroke-width="1.2" stroke-dasharray="6 3 1 3"/>',
        [(x, TOP, x, frame.bottom)],
    )
    y = TOP - 6 - DESCENT * FONT
    canvas.place(
        lang("chart.due", day=due),
        "due-label",
        [(x, y, "middle"), (x + 3, y, "end"), (x - 3, y, "start")],
    )


def _dots(canvas: Canvas, frame: Frame, points: Sequence[tuple[date, float]], css: str) -> None:
    """A series as a line through its dots, each dot dated (`data-day`)."""
    if not points:
        return
    xy = [(frame.x(day), frame.y(value)) for day, value in points]
    coordinates = " ".join(f"{x:.2f},{y:.2f}" for x, y in xy)
    segments = [(*xy[i], *xy[i + 1]) for i in range(len(xy) - 1)]
    dashes = ' stroke-dasharray="6 4"' if css == "reference" else ""
    colour = MUTED if css == "reference" else READINGS
    canvas.draw(
        f'<polyline class="{css}-line" points="{coordinates}" fill="none" stroke="{colour}" '
        f'stroke-width="1.8"{dashes}/>',
        segments,
    )
    for (day, _), (x, y) in zip(points, xy, strict=True):
        shape = (
            f'<rect class="{css}" data-day="{day.isoformat()}" x="{x - 3:.2f}" y="{y - 3:.2f}" '
            f'width="6" height="6" fill="#fff" stroke="{MUTED}" stroke-width="1.5"/>'
            if css == "reference"
            else f'<circle class="{css}" data-day="{day.isoformat()}" cx="{x:.2f}" cy="{y:.2f}" '
            f'r="3.2" fill="{READINGS}"/>'
        )
        canvas.draw(shape, marks=[Box(x - 3.5, y - 3.5, x + 3.5, y + 3.5)])


def _target_line(canvas: Canvas, frame: Frame, value: float, label: str) -> None:
    y = frame.y(value)
    canvas.draw(
        _line("target", frame.left, y, frame.right, y, f'stroke="{TARGET}" stroke-width="2.5"'),
        [(frame.left, y, frame.right, y)],
    )
    canvas.place(label, "target-label", beside(frame.right + 4, y))


def _series(readings: list[Reading], unit: str | None) -> list[tuple[date, float]]:
    return [(r.date, value) for r in readings if (value := r.number(unit)) is not None]


def _number_marks(ticks: Sequence[float], unit: str | None, lang: Language) -> dict[float, str]:
    return {value: text.number(value, unit, lang) for value in ticks}


def _level_chart(
    action: Action,
    progress: Progress,
    points: list[tuple[date, float]],
    as_of: date,
    lang: Language,
) -> str:
    unit, target, trend = action.unit, progress.target_value, progress.trend
    start = None
    if progress.baseline_date is not None and progress.baseline_value is not None:
        start = (progress.baseline_date, progress.baseline_value)
    last_day, last_value = points[-1]
    projecting = trend is not None and progress.due > last_day
    days = [day for day, _ in points] + [progress.due, min(as_of, progress.due)]
    values = [value for _, value in points]
    if start is not None:
        days.append(start[0])
        values.append(start[1])
    if target is not None:
        values.append(target)
    if trend is not None and projecting:
        values.append(trend.projected)
    axis = scale(values, unit, from_zero=False)
    marks = _number_marks(axis.ticks, unit, lang)
    target_label = (
        "" if target is None else lang("chart.target", value=text.number(target, unit, lang))
    )
    projected_label = (
        lang("chart.projected", value=text.amount(trend.projected, unit, lang))
        if trend is not None and projecting
        else ""
    )
    frame = frame_of(
        days,
        axis.low,
        axis.high,
        marks.values(),
        [label for label in (target_label, projected_label) if label],
        broken=axis.broken,
    )
    canvas = Canvas()
    _time_axis(canvas, frame)
    _value_axis(canvas, frame, marks, axis.broken)
    _due(canvas, frame, progress.due, lang)
    if target is not None and start is not None:
        x1, y1, x2, y2 = (
            frame.x(start[0]),
            frame.y(start[1]),
            frame.x(progress.due),
            frame.y(target),
        )
        canvas.draw(
            _line("trajectory", x1, y1, x2, y2, f'stroke="{MUTED}" stroke-dasharray="1.5 3"'),
            [(x1, y1, x2, y2)],
        )
    end = (frame.x(last_day), frame.y(last_value))
    if trend is not None and projecting:
        x2, y2 = frame.x(progress.due), frame.y(trend.projected)
        canvas.draw(
            _line(
                "projection",
                *end,
                x2,
                y2,
                f'stroke="{INK}" stroke-width="1.3" stroke-dasharray="6 4"',
            ),
            [(*end, x2, y2)],
        )
    if start is not None:
        x, y = frame.x(start[0]), frame.y(start[1])
        canvas.draw(
            f'<rect class="baseline" data-day="{start[0].isoformat()}" x="{x - 3.5:.2f}" '
            f'y="{y - 3.5:.2f}" width="7" height="7" fill="#fff" stroke="{INK}" '
            'stroke-width="1.5"/>',
            marks=[Box(x - 4, y - 4, x + 4, y + 4)],
        )
    _dots(canvas, frame, points, "reading")
    if target is not None:
        _target_line(canvas, frame, target, target_label)
    last_text = text.number(last_value, unit, lang)
    at_start = start is not None and start[0] == last_day and start[1] == last_value
    if at_start:
        last_text = lang("chart.value_baseline", value=last_text)
    canvas.place(last_text, "value-label", around(*end))
    if start is not None and not at_start:
        label = lang("chart.baseline", value=text.number(start[1], unit, lang))
        canvas.place(label, "baseline-label", around(frame.x(start[0]), frame.y(start[1])))
    if trend is not None and projecting:
        x2, y2 = frame.x(progress.due), frame.y(trend.projected)
        canvas.place(projected_label, "projection-label", beside(x2 + 4, y2) + around(x2, y2))
    return canvas.svg()


def _yearly_chart(action: Action, progress: Progress, lang: Language) -> str:
    unit, target = action.unit, progress.target_value
    years = progress.years
    values = [year.value for year in years if year.value is not None]
    values += [target] if target is not None else []
    axis = scale(values or [0.0], unit, from_zero=True)
    marks = _number_marks(axis.ticks, unit, lang)
    target_label = (
        ""
        if target is None
        else lang("chart.target_each_year", value=text.number(target, unit, lang))
    )
    days = [date(years[0].year, 1, 1), date(years[-1].year, 12, 31), progress.due]
    frame = frame_of(
        days, axis.low, axis.high, marks.values(), [target_label] if target_label else []
    )
    canvas = Canvas()
    _time_axis(canvas, frame)
    _value_axis(canvas, frame, marks, axis.broken)
    labels: list[tuple[str, float, float]] = []
    for year in years:
        x1, x2 = frame.x(date(year.year, 2, 15)), frame.x(date(year.year, 11, 15))
        icon = text.YEAR_ICONS[text.year_verdict(year)]
        if year.value is None:
            labels.append((icon, (x1 + x2) / 2, frame.bottom))
            continue
        y, base = frame.y(year.value), frame.y(max(axis.low, 0.0))
        top, height = min(y, base), max(0.5, abs(base - y))
        fill = "#6e7781" if year.met else "#fff"
        canvas.draw(
            f'<rect class="year" data-year="{year.year}" x="{x1:.2f}" y="{top:.2f}" '
            f'width="{x2 - x1:.2f}" height="{height:.2f}" fill="{fill}" stroke="{INK}"/>',
            marks=[Box(x1, top, x2, top + height)],
        )
        labels.append((f"{text.number(year.value, unit, lang)} {icon}", (x1 + x2) / 2, top))
    if target is not None:
        _target_line(canvas, frame, target, target_label)
    for content, x, y in labels:
        above = [(x, y - 4 - DESCENT * FONT - shift, "middle") for shift in (0.0, 8.0, 16.0)]
        canvas.place(content, "value-label", above + around(x, y))
    return canvas.svg()


def _milestone_chart(
    action: Action, progress: Progress, readings: list[Reading], as_of: date, lang: Language
) -> str:
    states = [(r.date, STATE_LEVELS[r.state]) for r in readings if r.state is not None]
    until = max(as_of, progress.due)
    marks = {level: lang(f"state.{state}") for state, level in STATE_LEVELS.items()}
    target_label = lang("chart.target_done")
    days = [states[0][0], until, progress.due]
    frame = frame_of(days, -0.4, 2.4, marks.values(), [target_label])
    canvas = Canvas()
    _time_axis(canvas, frame)
    _value_axis(canvas, frame, marks, broken=False)
    _due(canvas, frame, progress.due, lang)
    corners: list[tuple[float, float]] = []
    for index, (day, level) in enumerate(states):
        end = states[index + 1][0] if index + 1 < len(states) else min(as_of, until)
        corners += [(frame.x(day), frame.y(level)), (frame.x(end), frame.y(level))]
    canvas.draw(
        f'<polyline class="step" points="{" ".join(f"{x:.2f},{y:.2f}" for x, y in corners)}" '
        f'fill="none" stroke="{READINGS}" stroke-width="2.5"/>',
        [(*corners[i], *corners[i + 1]) for i in range(len(corners) - 1)],
    )
    for day, level in states:
        x, y = frame.x(day), frame.y(level)
        canvas.draw(
            f'<circle class="state" data-day="{day.isoformat()}" cx="{x:.2f}" cy="{y:.2f}" '
            f'r="3.2" fill="{READINGS}"/>',
            marks=[Box(x - 3.5, y - 3.5, x + 3.5, y + 3.5)],
        )
    canvas.place(
        target_label, "target-label", beside(frame.right + 4, frame.y(STATE_LEVELS["done"]))
    )
    return canvas.svg()


def _outpace_chart(
    action: Action, progress: Progress, readings: list[Reading], lang: Language
) -> str:
    unit = action.unit
    own = _series(readings, unit)
    reference = [(r.date, r.reference) for r in readings if r.reference is not None]
    axis = scale([value for _, value in own + reference], unit, from_zero=False)
    marks = _number_marks(axis.ticks, unit, lang)
    days = [day for day, _ in own + reference] + [progress.due]
    frame = frame_of(days, axis.low, axis.high, marks.values(), [], broken=axis.broken)
    canvas = Canvas()
    _time_axis(canvas, frame)
    _value_axis(canvas, frame, marks, axis.broken)
    _due(canvas, frame, progress.due, lang)
    _dots(canvas, frame, own, "reading")
    _dots(canvas, frame, reference, "reference")
    if own:
        day, value = own[-1]
        label = lang("chart.own", value=text.number(value, unit, lang))
        canvas.place(label, "value-label", around(frame.x(day), frame.y(value)))
    if reference:
        day, value = reference[-1]
        label = lang("chart.reference", value=text.number(value, unit, lang))
        canvas.place(label, "reference-label", around(frame.x(day), frame.y(value)))
    return canvas.svg()


def description(action: Action, progress: Progress, lang: Language) -> str:
    """The chart in words, its text alternative: the target, the last figure, the status."""
    return lang(
        "chart.alt",
        action=action.id,
        target=text.target(action, progress, lang),
        latest=text.latest(progress, action.unit, lang),
        status=text.status(progress, lang),
    )


def _svg(action: Action, progress: Progress, lang: Language, body: str) -> str:
    label = escape(description(action, progress, lang))
    return (
        f'<svg class="chart" role="img" aria-label="{label}" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'preserveAspectRatio="xMinYMin meet" data-action="{escape(action.id)}">'
        f"<title>{label}</title>{body}</svg>"
    )


def chart(dataset: Dataset, row: Row, as_of: date, lang: Language) -> str:
    """The action's chart as inline SVG, or "" when it has no figure to draw."""
    action, progress = row.action, row.progress
    readings = effective_readings(dataset.readings_of(action.id), as_of)
    kind = action.target.kind
    points = _series(readings, action.unit)
    if kind == "milestone" and any(r.state for r in readings):
        return _svg(
            action, progress, lang, _milestone_chart(action, progress, readings, as_of, lang)
        )
    if not action.measurable or not points:
        return ""
    if progress.years:
        return _svg(action, progress, lang, _yearly_chart(action, progress, lang))
    if kind == "outpace":
        return _svg(action, progress, lang, _outpace_chart(action, progress, readings, lang))
    return _svg(action, progress, lang, _level_chart(action, progress, points, as_of, lang))
