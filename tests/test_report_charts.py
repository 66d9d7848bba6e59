"""The report's charts as a browser draws them: the demo's report, in English and in French
(and the demo's plan with readings drawn at random, for shapes the demo lacks), is loaded
in headless Chromium (one browser for the module, driven through DevTools), and
every chart is asked for each text's box (`getBBox`, once the fonts are loaded) and for the
geometry of its data. No text may leave the SVG's view box, overlap another text, or cross
a data line or mark; every dated point stands above its own year's name, between the ticks
of that year; bars start at zero, and a value axis that does not is marked and labelled at
its foot."""

from __future__ import annotations

import random
import re
import shutil
from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from q2030.checks import checked
from tests.conftest import DEMO_DATA, MINIMAL_PLAN, DevTools, devtools_browser, run

AS_OF = ("2026-11-26", "2026-06-30")
LANGUAGES = ("en", "fr")
SEEDS = (3, 11)  # drawn readings whose labels a first placement could not keep apart

MEASURE = """
[...document.querySelectorAll('svg.chart')].map(svg => {
  const box = element => { const b = element.getBBox();
                           return [b.x, b.y, b.x + b.width, b.y + b.height]; };
  const number = (element, name) => element[name].baseVal.value;
  const all = selector => [...svg.querySelectorAll(selector)];
  return {
    action: svg.dataset.action,
    label: svg.getAttribute('aria-label'),
    view: [svg.viewBox.baseVal.x, svg.viewBox.baseVal.y,
           svg.viewBox.baseVal.width, svg.viewBox.baseVal.height],
    texts: all('text').map(t => ({text: t.textContent, css: t.getAttribute('class'),
                                  box: box(t)})),
    lines: all('line.target, line.trajectory, line.projection, line.due').map(l =>
      [[number(l, 'x1'), number(l, 'y1')], [number(l, 'x2'), number(l, 'y2')]]),
    polylines: all('polyline').map(p => [...p.points].map(point => [point.x, point.y])),
    marks: all('circle, rect.year, rect.baseline, rect.reference').map(box),
    dated: all('[data-day]:not(.year-tick), rect.year').map(e => {
      const b = e.getBBox();
      return {day: e.dataset.day || (e.dataset.year + '-07-01'), css: e.getAttribute('class'),
              x: b.x + b.width / 2};
    }),
    ticks: all('line.year-tick').map(l => number(l, 'x1')),
    bars: all('rect.year').map(r => [number(r, 'y'), number(r, 'height')]),
    axisBottom: Math.max(...all('line.axis').map(l => Math.max(number(l, 'y1'),
                                                               number(l, 'y2')))),
    broken: all('.axis-break').length,
    axisLabels: all('text.axis').map(t => ({text: t.textContent, box: box(t)})),
  };
})
"""


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevTools]:
    with devtools_browser(tmp_path_factory.mktemp("profile")) as opened:
        yield opened


def varied_readings(folder: Path, seed: int) -> Path:
    """The demo's plan in `folder` with other readings, drawn at random (from `seed`, so
    the same each run) for every action with a target: one to five figures at dates from
    2023 to 2025, shares from 0 to 100 %, points from -20 to 20, counts around 3 to 52,000,
    milestones' states in order, a reference series beside: charts of shapes the demo
    lacks (a baseline at zero, a milestone due before its first state, negative values)."""
    shutil.copytree(DEMO_DATA, folder)
    for readings in (folder / "readings").glob("*.yaml"):
        readings.unlink()
    draw = random.Random(seed)
    days = ["2023-12-31", "2024-06-30", "2024-12-31", "2025-03-31", "2025-06-30", "2025-12-31"]
    states = ["not_started", "in_progress", "done"]
    for objective in checked.load(folder).plan.objectives:
        for action in objective.actions:
            kind, unit = action.target.kind, action.unit
            if kind == "none":
                continue
            dated = sorted(draw.sample(days, draw.randint(1, 5)))
            lines = []
            if kind == "milestone":
                drawn = sorted(draw.choices(states, k=len(dated)), key=states.index)
                pairs = zip(dated, drawn, strict=True)
                lines = [f"- date: {day}\n  state: {state}\n" for day, state in pairs]
            else:
                base = draw.choice([3, 40, 2400, 52000])
                for day in dated:
                    if unit == "points":
                        value: float = round(draw.uniform(-20, 20), 1)
                    elif unit == "percent":
                        value = round(min(100.0, max(0.0, draw.uniform(-10, 110))), 1)
                    else:
                        value = round(base * draw.uniform(0.85, 1.15))
                    extra = ""
                    if kind == "outpace":
                        beside = min(100.0, max(0.0, value + draw.uniform(-9, 9)))
                        extra = f"\n  reference: {round(beside, 1)}"
                    lines.append(f"- date: {day}\n  value: {value}{extra}\n")
            text = "".join(line + "  source: drawn at random\n" for line in lines)
            (folder / "readings" / f"{action.id}.yaml").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def charts(browser: DevTools, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Every chart of the demo's report, per (language, as-of date), and of the demo's
    plan with readings drawn at random."""
    folder = tmp_path_factory.mktemp("reports")
    sources = [(DEMO_DATA, "demo")]
    for seed in SEEDS:
        varied = varied_readings(folder / f"varied-{seed}", seed)
        checked = run("--data", varied, "validate")
        assert checked.exit_code == 0, checked.output
        sources.append((varied, f"varied-{seed}"))
    measured: dict[str, Any] = {}
    for data, name in sources:
        for lang in LANGUAGES:
            for day in AS_OF:
                page = folder / f"report-{name}-{lang}-{day}.html"
                result = run(
                    "--data", data, "--lang", lang, "report", "--as-of", day, "--out", page
                )
                assert result.exit_code == 0, result.output
                session = browser.open(page.as_uri())
                measured[f"{name} {lang} {day}"] = browser.evaluate(session, MEASURE)
    return measured


def _every_chart(charts: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for key, found in charts.items():
        assert len(found) >= 15, key
        for chart in found:
            yield f"{key} {chart['action']}", chart


def _overlap(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _crosses(box: list[float], start: list[float], end: list[float]) -> bool:
    """Whether the segment from `start` to `end` passes through `box` (clipping)."""
    (x1, y1), (x2, y2) = start, end
    dx, dy = x2 - x1, y2 - y1
    low, high = 0.0, 1.0
    for p, q in ((-dx, x1 - box[0]), (dx, box[2] - x1), (-dy, y1 - box[1]), (dy, box[3] - y1)):
        if p == 0:
            if q < 0:
                return False
            continue
        ratio = q / p
        if p < 0:
            low = max(low, ratio)
        else:
            high = min(high, ratio)
        if low > high:
            return False
    return True


def text_faults(where: str, chart: dict[str, Any]) -> list[str]:
    """Each text of a measured chart that leaves its view box, overlaps another text, or
    is crossed by a data line or covers a data mark."""
    faults = []
    x, y, width, height = chart["view"]
    texts = chart["texts"]
    segments = list(chart["lines"])
    for points in chart["polylines"]:
        segments += [[points[i], points[i + 1]] for i in range(len(points) - 1)]
    for index, text in enumerate(texts):
        box, name = text["box"], f"{where}: {text['text']!r}"
        if not (x <= box[0] and box[2] <= x + width and y <= box[1] and box[3] <= y + height):
            faults.append(f"{name} runs out of the view box {box}")
        for other in texts[index + 1 :]:
            if _overlap(box, other["box"]):
                faults.append(f"{name} overlaps {other['text']!r}")
        if any(_crosses(box, start, end) for start, end in segments):
            faults.append(f"{name} is crossed by a data line")
        if any(_overlap(box, mark) for mark in chart["marks"]):
            faults.append(f"{name} covers a data mark")
    return faults


def year_faults(where: str, chart: dict[str, Any]) -> tuple[list[str], int]:
    """Each dated point of a measured chart that does not stand between the ticks of its
    own year's name; and how many points were checked."""
    faults = []
    ticks = sorted(chart["ticks"])
    years = [
        (text["text"], (text["box"][0] + text["box"][2]) / 2)
        for text in chart["texts"]
        if text["css"] == "year"
    ]
    for point in chart["dated"]:
        year, x = point["day"][:4], point["x"]
        span = next(((left, right) for left, right in pairwise(ticks) if left <= x < right), None)
        names = [] if span is None else [n for n, c in years if span[0] < c < span[1]]
        if names != [year]:
            faults.append(f"{where}: {point['css']} of {point['day']} stands above {names}")
    return faults, len(chart["dated"])


def test_no_text_leaves_the_chart_or_covers_another_or_a_data_line(charts: dict[str, Any]) -> None:
    faults = []
    for where, chart in _every_chart(charts):
        assert chart["texts"], where
        faults += text_faults(where, chart)
    assert faults == []


def test_every_point_stands_above_its_own_years_name(charts: dict[str, Any]) -> None:
    faults, checked = [], 0
    for where, chart in _every_chart(charts):
        found, count = year_faults(where, chart)
        faults += found
        checked += count
    assert checked > 100
    assert faults == []


def _figure(label: str) -> float | None:
    """An axis label's number ('2 350', '18,5 %', '40 %'), or None for a word."""
    digits = label.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").rstrip("%")
    try:
        return float(digits.replace(",", "."))
    except ValueError:
        return None


def test_bars_start_at_zero_and_a_zoomed_axis_says_so(charts: dict[str, Any]) -> None:
    zoomed = 0
    for where, chart in _every_chart(charts):
        lowest = _figure(max(chart["axisLabels"], key=lambda label: label["box"][3])["text"])
        if lowest is None:  # a milestone's states
            continue
        if chart["bars"]:
            assert lowest == 0, f"{where}: bars drawn from {lowest}"
            bottom = chart["axisBottom"]
            assert all(abs(top + height - bottom) < 0.6 for top, height in chart["bars"]), where
        elif chart["broken"]:
            zoomed += 1
            assert lowest != 0, where
        else:
            assert lowest <= 0, f"{where}: the axis starts at {lowest} with no break"
    assert zoomed >= 3


def test_every_chart_says_its_target_last_figure_and_status(charts: dict[str, Any]) -> None:
    for where, chart in _every_chart(charts):
        label = chart["label"]
        assert chart["action"] in label
        if " fr " in where:
            assert "cible" in label and "dernier chiffre" in label and "statut" in label, label
        else:
            assert "target" in label and "latest figure" in label and "status" in label, label


def test_a_baseline_that_is_the_last_figure_is_written_once(
    make_data: Callable[[dict[str, str]], Path],
) -> None:
    """Without a baseline in the plan, the first figure is the baseline: with one figure,
    its two labels would say the same point, and are merged ('38,5 % (réf.)')."""
    data = make_data(
        {
            "objectives.yaml": MINIMAL_PLAN,
            "readings/mediators.yaml": "- date: 2025-12-31\n  value: 38.5\n  source: ARS\n",
        }
    )
    result = run("--data", data, "--lang", "fr", "report", "--as-of", "2026-06-30")
    assert result.exit_code == 0, result.output
    svg = re.search(r'<svg class="chart"[^>]*data-action="mediators">(.*?)</svg>', result.stdout)
    assert svg is not None
    labels = re.findall(r"<text [^>]*>([^<]*)</text>", svg[1])
    assert "38,5\u00a0% (réf.)" in labels
    assert not [label for label in labels if label.startswith("réf.")]
    assert sum("38,5" in label for label in labels) == 1
