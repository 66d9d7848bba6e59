"""The demo's site in headless Chromium (one browser for the module, driven through
DevTools as the report's tests drive it): axe-core finds no violation of WCAG 2.1 AA on
any page, French or English; every chart has its text alternative; the filter box and the
links are reached with the Tab key; the filter shows only the rows asked for (an operator
with its services, a status, words typed); with JavaScript off every row shows and the
links lead on; a page prints on A4 without its navigation. The module also takes the
screenshots the README and the guide show (docs/site-home.png, docs/site-action.png)."""

from __future__ import annotations

import base64
import io
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import DEMO_DATA, REPO, DevTools, devtools_browser, required_tool
from tests.site_build import ACTION, build_site, demo_site_repository, pages
from tests.test_report_a11y import axe_script

DAY = "2026-11-26"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AUDIT = (
    "axe.run(document, {runOnly: {type: 'tag', values: "
    + json.dumps(WCAG_21_AA)
    + """}, resultTypes: ['violations']})
  .then(result => ({
    version: axe.version,
    violations: result.violations.map(rule => ({
      id: rule.id, impact: rule.impact,
      nodes: rule.nodes.map(node => node.html.slice(0, 200) + ' | ' + node.failureSummary)})),
  }))
"""
)
TABS = 2  # pages audited side by side, each in its own tab
SHOTS = {"site-home.png": "index.html", "site-action.png": f"actions/{ACTION}.html"}
VISIBLE_ROWS = """
[...document.querySelectorAll('#commitments tbody tr')]
  .filter(row => row.getClientRects().length > 0)
  .map(row => row.querySelector('a.id').textContent)
"""


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevTools]:
    with devtools_browser(tmp_path_factory.mktemp("profile")) as opened:
        yield opened


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    top = tmp_path_factory.mktemp("repo") / "top"
    return build_site(demo_site_repository(top), top.parent / "public")


@pytest.fixture(scope="module")
def statuses(site: Path) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = json.loads(
        (site / "donnees" / f"statuses-{DAY}.json").read_text(encoding="utf-8")
    )
    return records


def test_axe_core_finds_no_violation_on_any_page(browser: DevTools, site: Path) -> None:
    """Every page of the site, in both languages, audited in its own load of the page."""
    script = axe_script()
    tabs = [browser.open("about:blank", bypass_csp=True) for _ in range(TABS)]
    for tab in tabs:
        browser.send("Page.addScriptToEvaluateOnNewDocument", tab, source=script)
    every = pages(site)
    found: dict[str, list[Any]] = {}
    audited = 0
    for start in range(0, len(every), TABS):
        batch = list(zip(tabs, every[start : start + TABS], strict=False))
        browser.send_all([("Page.navigate", tab, {"url": page.as_uri()}) for tab, page in batch])
        for tab, _ in batch:
            browser.wait_for_load(tab)
        replies = browser.send_all(
            [
                (
                    "Runtime.evaluate",
                    tab,
                    {"expression": AUDIT, "awaitPromise": True, "returnByValue": True},
                )
                for tab, _ in batch
            ]
        )
        for (_, page), reply in zip(batch, replies, strict=True):
            assert "exceptionDetails" not in reply, (page, reply)
            audit = reply["result"]["value"]
            assert audit["version"].startswith("4.")
            if audit["violations"]:
                found[str(page.relative_to(site))] = audit["violations"]
            audited += 1
    assert audited == len(every) == 2 * (2 + 13 + 63)
    assert found == {}


def test_every_chart_has_a_text_alternative(browser: DevTools, site: Path) -> None:
    """What a screen reader says of each chart: its accessible name, from the browser's
    accessibility tree (not the markup), naming the action, its target and its status."""
    charted = [path for path in pages(site) if b"<svg" in path.read_bytes()]
    assert len(charted) >= 2 * 15
    tab = browser.open("about:blank")
    browser.send("Accessibility.enable", tab)
    for path in charted:
        browser.go(tab, path.as_uri())
        tree = browser.send("Accessibility.getFullAXTree", tab)["nodes"]
        images = [node for node in tree if node.get("role", {}).get("value") == "image"]
        assert images, path
        for image in images:
            name = image.get("name", {}).get("value", "")
            english = path.is_relative_to(site / "en")
            assert name.startswith("Chart of " if english else "Graphique de "), (path, name)
            assert path.stem in name and ("target" if english else "cible") in name, name


def _focused(browser: DevTools, tab: str) -> str:
    return str(
        browser.evaluate(
            tab,
            "(el => el.id ? '#' + el.id : (el.getAttribute('href') || el.tagName))"
            "(document.activeElement)",
        )
    )


def _press(browser: DevTools, tab: str, key: str, code: int) -> None:
    for kind in ("keyDown", "keyUp"):
        browser.send(
            "Input.dispatchKeyEvent", tab, type=kind, key=key, code=key, windowsVirtualKeyCode=code
        )


def test_the_filter_and_the_links_are_reached_with_the_tab_key(
    browser: DevTools, site: Path
) -> None:
    tab = browser.open((site / "index.html").as_uri())
    browser.send("Emulation.setFocusEmulationEnabled", tab, enabled=True)
    reached: list[str] = []
    while "#filter-words" not in reached[:-2] and len(reached) < 100:
        _press(browser, tab, "Tab", 9)
        reached.append(_focused(browser, tab))
    assert reached[0] == "#content"  # the skip link first
    assert "telechargements.html" in reached and "en/index.html" in reached
    assert "operateurs/dsden.html" in reached
    controls = ["#filter-operator", "#filter-status", "#filter-due", "#filter-words"]
    positions = [reached.index(control) for control in controls]
    assert positions == sorted(positions) and positions[-1] - positions[0] == 3
    after = reached[positions[-1] + 1 :]
    assert after[:2] == ["actions/cites-educatives-2024.html", "operateurs/dsden.html"]
    # the skip link leads the keyboard into the content
    browser.go(tab, (site / "index.html").as_uri())
    _press(browser, tab, "Tab", 9)
    _press(browser, tab, "Enter", 13)
    assert _focused(browser, tab) == "#content"


def _choose(browser: DevTools, tab: str, name: str, value: str) -> None:
    """Choose an option as a person does: the value, then the `change` event it fires."""
    browser.evaluate(
        tab,
        f"(s => {{ s.value = {json.dumps(value)}; "
        "s.dispatchEvent(new Event('change', {bubbles: true})); return true; })"
        f"(document.getElementById('filter-{name}'))",
    )


def test_the_filter_shows_only_the_rows_asked_for(
    browser: DevTools, site: Path, statuses: list[dict[str, Any]]
) -> None:
    plan = yaml.safe_load((DEMO_DATA / "objectives.yaml").read_text(encoding="utf-8"))
    services = {op["id"] for op in plan["operators"] if op.get("parent") == "DSDEN"}
    assert services == {"SDJES"}
    tab = browser.open((site / "index.html").as_uri())
    assert browser.evaluate(tab, "document.getElementById('filter').hidden") is False
    assert len(browser.evaluate(tab, VISIBLE_ROWS)) == len(statuses) == 63
    # an operator typed on the keyboard into its list, as a person picks it
    browser.evaluate(tab, "document.getElementById('filter-operator').focus() || true")
    for letter in "SDJES":
        browser.send("Input.dispatchKeyEvent", tab, type="keyDown", key=letter, text=letter)
        browser.send("Input.dispatchKeyEvent", tab, type="keyUp", key=letter)
    assert browser.evaluate(tab, "document.getElementById('filter-operator').value") == "SDJES"
    shown = browser.evaluate(tab, VISIBLE_ROWS)
    assert shown == [row["id"] for row in statuses if row["operator"] == "SDJES"]
    count = browser.evaluate(tab, "document.getElementById('filter-count').textContent")
    assert count == f"{len(shown)} engagements affichés"
    _choose(browser, tab, "operator", "DSDEN")  # with its services
    shown = browser.evaluate(tab, VISIBLE_ROWS)
    assert shown == [row["id"] for row in statuses if row["operator"] in {"DSDEN", "SDJES"}]
    _choose(browser, tab, "operator", "")
    _choose(browser, tab, "status", "missed")
    assert browser.evaluate(tab, VISIBLE_ROWS) == [
        row["id"] for row in statuses if row["status"] == "missed"
    ]
    _choose(browser, tab, "status", "")
    _choose(browser, tab, "due", "2027")
    assert browser.evaluate(tab, VISIBLE_ROWS) == [
        row["id"] for row in statuses if row["due"].startswith("2027")
    ]
    _choose(browser, tab, "due", "")
    # words typed in the box, as a keyboard types them, accents and case aside
    browser.evaluate(tab, "document.getElementById('filter-words').focus() || true")
    browser.send("Input.insertText", tab, text="Creches")
    wanted = [row["id"] for row in statuses if "crèches" in f"{row['id']} {row['title']}".lower()]
    assert wanted and browser.evaluate(tab, VISIBLE_ROWS) == wanted
    count = browser.evaluate(tab, "document.getElementById('filter-count').textContent")
    assert count.startswith(f"{len(wanted)} engagement")


def test_without_javascript_every_row_shows_and_the_links_lead_on(
    browser: DevTools, site: Path
) -> None:
    target = browser.send("Target.createTarget", url="about:blank")["targetId"]
    tab = str(browser.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"])
    browser.send("Page.enable", tab)
    browser.send("Emulation.setScriptExecutionDisabled", tab, value=True)
    browser.go(tab, (site / "en" / "index.html").as_uri())
    assert browser.evaluate(tab, "document.getElementById('filter-count').textContent") == ""
    assert browser.evaluate(tab, "document.getElementById('filter').getClientRects().length") == 0
    assert len(browser.evaluate(tab, VISIBLE_ROWS)) == 63
    box = browser.evaluate(
        tab,
        f"(a => {{ a.scrollIntoView(); const r = a.getBoundingClientRect(); "
        "return [r.x + r.width / 2, r.y + r.height / 2]; })"
        f"(document.querySelector('#commitments a[href=\"actions/{ACTION}.html\"]'))",
    )
    for kind in ("mousePressed", "mouseReleased"):
        browser.send(
            "Input.dispatchMouseEvent",
            tab,
            type=kind,
            x=box[0],
            y=box[1],
            button="left",
            clickCount=1,
        )
    browser.wait_for_load(tab)
    assert (
        browser.evaluate(tab, "location.href")
        == (site / "en" / "actions" / f"{ACTION}.html").as_uri()
    )
    assert browser.evaluate(tab, "document.querySelector('h1').textContent") == ACTION


def test_an_action_page_prints_on_a4_without_its_navigation(
    browser: DevTools, site: Path, tmp_path: Path
) -> None:
    extractor, counter = required_tool("pdftotext"), required_tool("pdfinfo")
    tab = browser.open((site / "actions" / f"{ACTION}.html").as_uri())
    printed = browser.send("Page.printToPDF", tab, preferCSSPageSize=True)
    pdf = tmp_path / "action.pdf"
    pdf.write_bytes(base64.b64decode(printed["data"]))
    info = subprocess.run([counter, str(pdf)], capture_output=True, text=True, check=True).stdout
    sheets = int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])
    assert "pts (A4)" in info
    assert sheets <= 2
    text = subprocess.run(
        [extractor, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Atteindre un objectif de 20% de jeunes" in text
    words = " ".join(text.split())
    assert "31/12/2024 12,5 %" in words and "Corrige le 31/12/2024." in words
    assert "English" not in text and "Aller au contenu" not in text  # no switch, no skip link


def test_the_screenshots_of_the_guide_and_the_readme(browser: DevTools, site: Path) -> None:
    """docs/site-home.png and docs/site-action.png, taken here in Chromium at 1200 pixels
    wide: rewritten when the site's look changed (the README and the guide show them)."""
    from PIL import Image

    for name, page in SHOTS.items():
        tab = browser.open("about:blank")
        browser.send(
            "Emulation.setDeviceMetricsOverride",
            tab,
            width=1200,
            height=1500,
            deviceScaleFactor=1,
            mobile=False,
        )
        browser.go(tab, (site / page).as_uri())
        browser.evaluate(tab, "document.fonts.ready.then(() => true)")
        shot = browser.send(
            "Page.captureScreenshot",
            tab,
            format="png",
            clip={"x": 0, "y": 0, "width": 1200, "height": 1500, "scale": 1},
        )
        data = base64.b64decode(shot["data"])
        image = Image.open(io.BytesIO(data))
        assert image.size == (1200, 1500)
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20) or []
        assert len(colours) > 50  # a page drawn, not a blank
        path = REPO / "docs" / name
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
