"""One action's chart for the report, as inline SVG that reads on paper: a time axis with
its years, a value axis with its unit, every figure written in the SVG (not in tooltips),
at least 8 pt at print size, and told apart by line style as well as colour (greyscale
printers): the target a thick line labelled with its number, the straight line from the
baseline to the target dotted, the readings a solid line with dots and the last value
written, the projection of the trend dashed, the due date a dash-dot vertical line.

A yearly target is drawn as a bar per year against its target line; a milestone as a
dated step through its states; an action that must outpace a reference series with both
series. An action without a figure gets no chart (the report says so in one line).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

from q2030.dataset import Dataset
from q2030.i18n import Language
from q2030.models import Action, Reading
from q2030.overview import Row
from q2030.progress import Progress, effective_readings
from q2030.render import text

WIDTH, HEIGHT = 600, 190
LEFT, RIGHT, TOP, BOTTOM = 58, 96, 18, 28  # room for the axes' and the lines' labels
FONT = 11  # 600 units print 170 mm wide: 11 units are about 8.8 pt
INK, MUTED, TARGET, READINGS, DUE = "#1f2328", "#57606a", "#0550ae", "#1f2328", "#9a6700"
STATE_LEVELS = {"not_started": 0.0, "in_progress": 1.0, "done": 2.0}


@dataclass(frozen=True)
class Frame:
    """The plot's box: dates across, values up."""

    start: date
    end: date
    low: float
    high: float

    def x(self, day: date) -> float:
        span = max(1, (self.end - self.start).days)
        return LEFT + (WIDTH - LEFT - RIGHT) * (day - self.start).days / span

    def y(self, value: float) -> float:
        span = (self.high - self.low) or 1.0
        return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * (value - self.low) / span


def _shifted(day: date, days: int) -> date:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def _text(x: float, y: float, content: str, css: str, anchor: str = "start") -> str:
    return (
        f'<text class="{css}" x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" '
        f'font-size="{FONT}">{escape(content)}</text>'
    )


def _line(css: str, x1: float, y1: float, x2: float, y2: float, style: str) -> str:
    return f'<line class="{css}" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" {style}/>'


def _ticks(low: float, high: float) -> list[float]:
    """About four round values from `low` to `high`."""
    span = high - low
    if span <= 0:
        return [low]
    raw = span / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = -(-low // step) * step
    ticks, value = [], first
    while value <= high + step * 1e-9:
        ticks.append(round(value, 10))
        value += step
    return ticks


def _axes(frame: Frame, unit: str | None, lang: Language, labels: dict[float, str] | None) -> str:
    """The value axis with its ticks (or `labels`, for a milestone's states) and the time
    axis with its years."""
    bottom, right = HEIGHT - BOTTOM, WIDTH - RIGHT
    parts = [
        _line("axis", LEFT, TOP, LEFT, bottom, f'stroke="{MUTED}"'),
        _line("axis", LEFT, bottom, right, bottom, f'stroke="{MUTED}"'),
    ]
    marks = labels or {
        value: text.number(value, unit, lang) for value in _ticks(frame.low, frame.high)
    }
    for value, label in marks.items():
        y = frame.y(value)
        parts.append(_line("grid", LEFT, y, right, y, 'stroke="#d8dee4" stroke-width="0.5"'))
        parts.append(_text(LEFT - 4, y + FONT / 3, label, "axis", "end"))
    years = range(frame.start.year + 1, frame.end.year + 1)
    step = 1 if len(years) <= 10 else 2
    for year in years[::step]:
        x = frame.x(date(year, 1, 1))
        parts.append(_line("axis", x, bottom, x, bottom + 3, f'stroke="{MUTED}"'))
        parts.append(_text(x, bottom + FONT + 4, str(year), "axis", "middle"))
    return "".join(parts)


def _series(readings: list[Reading], unit: str | None) -> list[tuple[date, float]]:
    return [(r.date, value) for r in readings if (value := r.number(unit)) is not None]


def _frame(days: list[date], values: list[float]) -> Frame:
    low, high = min(values), max(values)
    pad = (high - low) * 0.12 or max(1.0, abs(high) * 0.1)
    floor = 0.0 if 0 <= low < pad else low - pad  # a share near 0 starts at 0
    return Frame(_shifted(min(days), -45), _shifted(max(days), 45), floor, high + pad)


def _svg(action: Action, label: str, body: str) -> str:
    return (
        f'<svg class="chart" role="img" aria-label="{escape(label)}" viewBox="0 0 {WIDTH} '
        f'{HEIGHT}" preserveAspectRatio="xMinYMin meet" data-action="{escape(action.id)}">'
        f"<title>{escape(label)}</title>{body}</svg>"
    )


def _due(frame: Frame, progress: Progress, lang: Language) -> str:
    x = frame.x(progress.due)
    return _line(
        "due", x, TOP, x, HEIGHT - BOTTOM, f'stroke="{DUE}" stroke-dasharray="6 3 1 3"'
    ) + _text(x, TOP - 5, lang("chart.due", day=progress.due), "due-label", "middle")


def _readings_path(frame: Frame, points: list[tuple[date, float]], style: str, css: str) -> str:
    if not points:
        return ""
    coordinates = " ".join(f"{frame.x(day):.1f},{frame.y(value):.1f}" for day, value in points)
    dots = "".join(
        f'<circle class="{css}" cx="{frame.x(day):.1f}" cy="{frame.y(value):.1f}" r="3.2" '
        f'fill="{READINGS}"/>'
        for day, value in points
    )
    return f'<polyline class="{css}-line" points="{coordinates}" fill="none" {style}/>' + dots


def _level_chart(
    action: Action,
    progress: Progress,
    points: list[tuple[date, float]],
    as_of: date,
    lang: Language,
) -> str:
    unit, target = action.unit, progress.target_value
    baseline = (progress.baseline_date, progress.baseline_value)
    days = [day for day, _ in points] + [progress.due, min(as_of, progress.due)]
    values = [value for _, value in points]
    if baseline[0] is not None and baseline[1] is not None:
        days.append(baseline[0])
        values.append(baseline[1])
    trend = progress.trend
    if target is not None:
        values.append(target)
    if trend is not None:
        values.append(trend.projected)
    frame = _frame(days, values)
    parts = [_axes(frame, unit, lang, None), _due(frame, progress, lang)]
    right = WIDTH - RIGHT
    target_y = None if target is None else frame.y(target)
    if target is not None:
        y = frame.y(target)
        parts.append(_line("target", LEFT, y, right, y, f'stroke="{TARGET}" stroke-width="2.5"'))
        parts.append(
            _text(
                right + 4,
                y + FONT / 3,
                lang("chart.target", value=text.number(target, unit, lang)),
                "target-label",
            )
        )
        if baseline[0] is not None and baseline[1] is not None:
            parts.append(
                _line(
                    "trajectory",
                    frame.x(baseline[0]),
                    frame.y(baseline[1]),
                    frame.x(progress.due),
                    y,
                    f'stroke="{MUTED}" stroke-dasharray="1.5 3"',
                )
            )
    if baseline[0] is not None and baseline[1] is not None:
        x, y = frame.x(baseline[0]), frame.y(baseline[1])
        parts.append(
            f'<rect class="baseline" x="{x - 3.5:.1f}" y="{y - 3.5:.1f}" width="7" '
            f'height="7" fill="#fff" stroke="{INK}" stroke-width="1.5"/>'
        )
        parts.append(
            _text(
                x + 6,
                y + FONT + 2,
                lang("chart.baseline", value=text.number(baseline[1], unit, lang)),
                "baseline-label",
            )
        )
    parts.append(
        _readings_path(frame, points, f'stroke="{READINGS}" stroke-width="1.8"', "reading")
    )
    if points:
        day, value = points[-1]
        parts.append(
            _text(
                frame.x(day) + 6, frame.y(value) - 6, text.number(value, unit, lang), "value-label"
            )
        )
    if trend is not None and points:
        day, value = points[-1]
        x2, y2 = frame.x(progress.due), frame.y(trend.projected)
        parts.append(
            _line(
                "projection",
                frame.x(day),
                frame.y(value),
                x2,
                y2,
                f'stroke="{INK}" stroke-width="1.3" stroke-dasharray="6 4"',
            )
        )
        label_y = y2 + FONT / 3
        if target_y is not None and abs(y2 - target_y) < FONT * 1.3:
            # clear of the target's label: below it when the trend ends lower, else above
            label_y = target_y + FONT / 3 + (FONT * 1.3 if y2 >= target_y else -FONT * 1.3)
        parts.append(
            _text(
                x2 + 4,
                label_y,
                lang("chart.projected", value=text.amount(trend.projected, unit, lang)),
                "projection-label",
            )
        )
    return "".join(parts)


def _yearly_chart(action: Action, progress: Progress, lang: Language) -> str:
    unit, target = action.unit, progress.target_value
    years = progress.years
    values = [year.value for year in years if year.value is not None]
    values += [target] if target is not None else []
    days = [date(years[0].year, 1, 1), date(years[-1].year, 12, 31), progress.due]
    frame = _frame(days, values or [0.0])
    parts = [_axes(frame, unit, lang, None)]
    for year in years:
        x1, x2 = frame.x(date(year.year, 2, 15)), frame.x(date(year.year, 11, 15))
        if year.value is None:
            parts.append(_text((x1 + x2) / 2, HEIGHT - BOTTOM - 4, "—", "value-label", "middle"))
            continue
        y, base = frame.y(year.value), frame.y(frame.low)
        fill = "#6e7781" if year.met else "#fff"
        parts.append(
            f'<rect class="year" x="{x1:.1f}" y="{y:.1f}" width="{x2 - x1:.1f}" '
            f'height="{max(0.5, base - y):.1f}" fill="{fill}" stroke="{INK}"/>'
        )
        parts.append(
            _text(
                (x1 + x2) / 2, y - 4, text.number(year.value, unit, lang), "value-label", "middle"
            )
        )
    if target is not None:
        y = frame.y(target)
        parts.append(
            _line("target", LEFT, y, WIDTH - RIGHT, y, f'stroke="{TARGET}" stroke-width="2.5"')
        )
        parts.append(
            _text(
                WIDTH - RIGHT + 4,
                y + FONT / 3,
                lang("chart.target_each_year", value=text.number(target, unit, lang)),
                "target-label",
            )
        )
    return "".join(parts)


def _milestone_chart(
    action: Action, progress: Progress, readings: list[Reading], as_of: date, lang: Language
) -> str:
    states = [(r.date, STATE_LEVELS[r.state]) for r in readings if r.state is not None]
    end = max(as_of, progress.due)
    frame = _frame([states[0][0], end], [0.0, 2.0])
    frame = Frame(frame.start, frame.end, -0.3, 2.3)
    labels = {level: lang(f"state.{state}") for state, level in STATE_LEVELS.items()}
    parts = [_axes(frame, None, lang, labels), _due(frame, progress, lang)]
    steps = []
    for index, (day, level) in enumerate(states):
        until = states[index + 1][0] if index + 1 < len(states) else min(as_of, end)
        steps.append(
            f"{frame.x(day):.1f},{frame.y(level):.1f} {frame.x(until):.1f},{frame.y(level):.1f}"
        )
    parts.append(
        f'<polyline class="step" points="{" ".join(steps)}" fill="none" '
        f'stroke="{READINGS}" stroke-width="2.5"/>'
    )
    y = frame.y(STATE_LEVELS["done"])
    parts.append(_text(WIDTH - RIGHT + 4, y + FONT / 3, lang("chart.target_done"), "target-label"))
    return "".join(parts)


def _outpace_chart(
    action: Action, progress: Progress, readings: list[Reading], as_of: date, lang: Language
) -> str:
    unit = action.unit
    own = _series(readings, unit)
    reference = [(r.date, r.reference) for r in readings if r.reference is not None]
    days = [day for day, _ in own + reference] + [progress.due]
    frame = _frame(days, [value for _, value in own + reference])
    parts = [_axes(frame, unit, lang, None), _due(frame, progress, lang)]
    parts.append(_readings_path(frame, own, f'stroke="{READINGS}" stroke-width="1.8"', "reading"))
    if reference:
        coordinates = " ".join(f"{frame.x(d):.1f},{frame.y(v):.1f}" for d, v in reference)
        parts.append(
            f'<polyline class="reference-line" points="{coordinates}" fill="none" '
            f'stroke="{MUTED}" stroke-width="1.5" stroke-dasharray="6 4"/>'
        )
        day, value = reference[-1]
        parts.append(
            _text(
                frame.x(day) + 6,
                frame.y(value) + FONT + 2,
                lang("chart.reference", value=text.number(value, unit, lang)),
                "target-label",
            )
        )
    if own:
        day, value = own[-1]
        parts.append(
            _text(
                frame.x(day) + 6,
                frame.y(value) - 6,
                lang("chart.own", value=text.number(value, unit, lang)),
                "value-label",
            )
        )
    return "".join(parts)


def chart(dataset: Dataset, row: Row, as_of: date, lang: Language) -> str:
    """The action's chart as inline SVG, or "" when it has no figure to draw."""
    action, progress = row.action, row.progress
    readings = effective_readings(dataset.readings_of(action.id), as_of)
    kind = action.target.kind
    points = _series(readings, action.unit)
    label = lang("report.chart_alt", action=action.id, count=len(readings))
    if kind == "milestone" and any(r.state for r in readings):
        return _svg(action, label, _milestone_chart(action, progress, readings, as_of, lang))
    if not action.measurable or not points:
        return ""
    if progress.years:
        return _svg(action, label, _yearly_chart(action, progress, lang))
    if kind == "outpace":
        return _svg(action, label, _outpace_chart(action, progress, readings, as_of, lang))
    return _svg(action, label, _level_chart(action, progress, points, as_of, lang))
