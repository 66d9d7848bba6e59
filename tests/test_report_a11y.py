"""The report is accessible (RGAA, which takes up WCAG 2.1 AA), checked by an independent
tool: axe-core (the npm package, which .ci/run installs) runs in headless Chromium on the
demo's report in English and in French, and finds no violation. Its rules cover, among
others, contrast, landmarks, headings, tables, links and the text alternative of every
image (each chart is `role="img"` with a label stating its target, last figure and
status: tests/test_report_charts.py checks the words).

Where axe cannot decide a contrast (the texts drawn inside a chart, which it takes for an
image), the test measures it itself from the colours the browser computed."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DEMO_DATA, REPO, DevTools, devtools_browser, run

AS_OF = "2026-11-26"
AXE_VARIABLE = "Q2030_AXE_CORE"  # the path of axe.min.js
AXE_DEFAULT = REPO / ".ci" / "cache" / "node_modules" / "axe-core" / "axe.min.js"

AUDIT = """
axe.run(document, {resultTypes: ['violations', 'incomplete']}).then(result => ({
  version: axe.version,
  violations: result.violations.map(rule => ({
    id: rule.id, impact: rule.impact,
    nodes: rule.nodes.map(node => node.html.slice(0, 200) + ' | ' + node.failureSummary)})),
  incomplete: result.incomplete.map(rule => ({
    id: rule.id,
    nodes: rule.nodes.map(node => ({
      html: node.html.slice(0, 200),
      inChart: document.querySelector(node.target[0]).closest('svg.chart') !== null}))})),
}))
"""

CHART_TEXTS = """
[...document.querySelectorAll('svg.chart text')].map(text => getComputedStyle(text).fill)
"""


def axe_script() -> str:
    """axe-core's script; required where CI requires the browser tests."""
    path = Path(os.environ.get(AXE_VARIABLE) or AXE_DEFAULT)
    if not path.is_file():
        if os.environ.get("Q2030_REQUIRE_CHROMIUM") == "1":
            pytest.fail(f"axe-core is required here but {path} is missing: .ci/run installs it")
        pytest.skip(f"no axe-core at {path}: .ci/run installs it (npm install axe-core@4)")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevTools]:
    with devtools_browser(tmp_path_factory.mktemp("profile")) as opened:
        yield opened


def _luminance(colour: tuple[int, int, int]) -> float:
    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(channel) for channel in colour)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: tuple[int, int, int], second: tuple[int, int, int]) -> float:
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _rgb(css: str) -> tuple[int, int, int]:
    red, green, blue = (int(part) for part in css.removeprefix("rgb(").rstrip(")").split(",")[:3])
    return red, green, blue


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_axe_core_finds_no_violation(browser: DevTools, tmp_path: Path, lang: str) -> None:
    script = axe_script()
    page = tmp_path / "report.html"
    result = run("--data", DEMO_DATA, "--lang", lang, "report", "--as-of", AS_OF, "--out", page)
    assert result.exit_code == 0, result.output
    # the report's policy forbids scripts: the test's own is let in through DevTools
    session = browser.open(page.as_uri(), bypass_csp=True)
    browser.evaluate(session, script + ";true")
    audit: dict[str, Any] = browser.evaluate(session, AUDIT)
    assert audit["version"].startswith("4.")
    assert audit["violations"] == []
    # axe leaves undecided only the texts inside the charts (images to it) ...
    undecided = [node for rule in audit["incomplete"] for node in rule["nodes"]]
    assert {rule["id"] for rule in audit["incomplete"]} <= {"color-contrast"}
    assert all(node["inChart"] for node in undecided), undecided
    # ... whose contrast is measured here: dark ink on white or on the years' light band
    for fill in set(browser.evaluate(session, CHART_TEXTS)):
        for background in ((255, 255, 255), (0xF3, 0xF5, 0xF7)):
            assert contrast(_rgb(fill), background) >= 4.5, fill
