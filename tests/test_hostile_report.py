"""What a page can carry (issue 22): text from the data lands in the report escaped for the
context it lands in (HTML text and attributes, the CSS string of the page's margin boxes,
Markdown headings and lines), and the page's Content-Security-Policy forbids any script
the report did not put there, proved in headless Chromium with a script slipped in."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import MINIMAL_PLAN, DevTools, devtools_browser, run

MakeData = Callable[[dict[str, str]], Path]
CLOSING = "Nord</style><script>alert(5)</script><style>"
QUOTES = 'Nord"; } body { display: none } @page { x: "\\'
IMAGE = "<img src=x onerror=alert(1)>"
AS_OF = "2026-06-30"
READING = "- date: 2024-12-31\n  value: 12\n  source: report 2024\n"


def _plan(territory: str, operator: str = "Health", objective: str = "Youth") -> str:
    quoted = territory.replace("\\", "\\\\").replace('"', '\\"')
    return (
        MINIMAL_PLAN.replace("territory: Nord", f'territory: "{quoted}"')
        .replace("name: Health", f'name: "{operator}"')
        .replace("title: Youth", f'title: "{objective}"')
    )


class Elements(HTMLParser):
    """The elements a browser's parser would make, and the text of each style sheet."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._in_style = tag == "style"
        if self._in_style:
            self.styles.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles[-1] += data


def _report(data: Path, *args: str) -> str:
    result = run("--data", data, "report", "--as-of", AS_OF, *args)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("territory", [CLOSING, QUOTES])
def test_a_territory_stays_inside_the_css_string_of_the_margins(
    make_data: MakeData, territory: str
) -> None:
    data = make_data({"objectives.yaml": _plan(territory), "readings/snu.yaml": READING})
    page = _report(data)
    parsed = Elements()
    parsed.feed(page)
    assert "script" not in parsed.tags
    assert parsed.tags.count("style") == 1
    (sheet,) = parsed.styles
    assert "@media print" in sheet and "@page" in sheet  # the sheet whole
    # the footer is one CSS string, every quote and backslash in it escaped
    footer = re.search(r'@bottom-left \{ content: ("(?:[^"\\]|\\.)*"); font: 8pt', sheet)
    assert footer is not None, sheet[sheet.index("@bottom-left") :][:300]
    assert "<" not in footer[1]
    # and the territory is still said, as text, in the title and the heading
    assert page.count("Nord&lt;/style&gt;") >= 2 or page.count("Nord&quot;;") >= 2


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevTools]:
    with devtools_browser(tmp_path_factory.mktemp("profile")) as opened:
        yield opened


def test_in_a_browser_the_margins_say_the_territory_and_no_script_runs(
    make_data: MakeData, tmp_path: Path, browser: DevTools
) -> None:
    data = make_data({"objectives.yaml": _plan(CLOSING), "readings/snu.yaml": READING})
    page = tmp_path / "report.html"
    page.write_text(_report(data), encoding="utf-8")
    session = browser.open(page.as_uri())
    assert browser.dialogs == []  # no alert(5)
    found = browser.evaluate(
        session,
        "({scripts: document.scripts.length, sheets: document.styleSheets.length,"
        " title: document.title, shown: getComputedStyle(document.body).display})",
    )
    assert found == {
        "scripts": 0,
        "sheets": 1,
        "title": found["title"],
        "shown": "block",
    }
    assert CLOSING in found["title"]  # said as text


def test_the_policy_forbids_a_script_that_slipped_in(
    make_data: MakeData, tmp_path: Path, browser: DevTools
) -> None:
    """Were a text ever left unescaped, what it carries would not run: a script and an
    event handler put into the page by hand stay inert."""
    data = make_data({"objectives.yaml": MINIMAL_PLAN, "readings/snu.yaml": READING})
    slipped = (
        "<script>document.title = 'pwned by a script'</script>"
        "<img src=x onerror=\"document.title = 'pwned by a handler'\">"
        "<svg onload=\"document.title = 'pwned by svg'\"></svg>"
    )
    page = tmp_path / "report.html"
    page.write_text(_report(data).replace("<main>", "<main>" + slipped), encoding="utf-8")
    session = browser.open(page.as_uri())
    title = browser.evaluate(session, "new Promise(r => setTimeout(() => r(document.title), 300))")
    assert "pwned" not in title
    # the same page without the policy would have run it: the test proves the policy
    bare = tmp_path / "bare.html"
    bare.write_text(
        re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page.read_text()),
        encoding="utf-8",
    )
    session = browser.open(bare.as_uri())
    title = browser.evaluate(session, "new Promise(r => setTimeout(() => r(document.title), 300))")
    assert "pwned" in title


@pytest.mark.parametrize(
    ("command", "heading"),
    [
        (("report", "--format", "markdown", "--as-of", AS_OF), "# "),
        (("status", "--format", "markdown", "--as-of", AS_OF), "## "),
        (("status", "--format", "markdown", "--by", "objective", "--as-of", AS_OF), "## "),
    ],
)
def test_plan_text_reaches_markdown_headings_escaped(
    make_data: MakeData, command: tuple[str, ...], heading: str
) -> None:
    hostile = f"{IMAGE} [click](javascript:alert(2)) *bold*"
    data = make_data(
        {
            "objectives.yaml": _plan(hostile, operator=hostile, objective=hostile),
            "readings/snu.yaml": READING,
        }
    )
    result = run("--data", data, *command)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "<img" not in result.stdout
    assert not re.search(r"(?<!\\)\]\(javascript:", result.stdout)  # no link made
    said = [line for line in lines if line.startswith(heading) and "img" in line]
    assert said, result.stdout[:500]
    for line in said:
        assert "&lt;img src=x onerror=alert(1)&gt;" in line
        assert "\\[click\\]" in line and "\\*bold\\*" in line
