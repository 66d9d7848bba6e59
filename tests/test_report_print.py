"""The report prints whole, proved by printing it with the tool itself: `q2030 report
--format pdf` (headless Chromium, which .ci/run installs) prints the demo's report in both
languages, one operator's, and a plan three times the demo's size. pdftoppm (Debian's
poppler-utils, which .ci/run installs too) rasterises every page: nothing may be drawn in
the right margin or on the paper's last millimetres. pdftotext reads the text layer, page
by page: every action id whole, the page number and the as-of date on every page, the
first page one page (its last words on page 1, none on page 2), each "and N more, page P"
true (page P holds that list, and the pages of the list hold every one of its actions),
no page without an action on it but the first, and the title, the territory and the
as-of date in the PDF's metadata (pdfinfo). On screen, at 1280 and 800 pixels wide, the
page's right edge stays blank (no column runs off it)."""

from __future__ import annotations

import html
import json
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import (
    DEMO_DATA,
    enlarged_demo,
    find_browser,
    required_tool,
    run,
    run_browser,
)

AS_OF = "2026-11-26"
DPI = 50
MM = DPI / 25.4  # pixels per millimetre
RIGHT_MARGIN_MM, BOTTOM_EDGE_MM = 10, 5  # the page's margins are 12 mm and 16 mm
TOP_MARGIN_MM = 10  # of 12


@dataclass(frozen=True)
class Printed:
    data: Path
    html: str  # the same report as HTML
    pdf: Path
    images: list[Path]
    pages: list[str]  # each page's text, laid out


def _ids(data: Path, *args: str) -> list[str]:
    result = run("--data", data, "status", "--format", "json", "--as-of", AS_OF, *args)
    return [row["id"] for row in json.loads(result.stdout)]


def _statuses(data: Path) -> dict[str, str]:
    result = run("--data", data, "status", "--format", "json", "--as-of", AS_OF)
    return {row["id"]: row["status"] for row in json.loads(result.stdout)}


def _print(folder: Path, data: Path, *args: str) -> Printed:
    """The report printed to PDF by the tool, its pages as images and as text."""
    find_browser()  # required where CI requires it, else a skip
    rasteriser, extractor = required_tool("pdftoppm"), required_tool("pdftotext")
    folder.mkdir(parents=True)
    pdf = folder / "report.pdf"
    result = run("--data", data, "report", "--format", "pdf", "--out", pdf, "--as-of", AS_OF, *args)
    assert result.exit_code == 0, result.output
    assert pdf.read_bytes().startswith(b"%PDF-")
    html = run("--data", data, "report", "--as-of", AS_OF, *args).stdout
    subprocess.run([rasteriser, "-r", str(DPI), "-png", str(pdf), str(folder / "page")], check=True)
    images = sorted(folder.glob("page-*.png"))
    pages = [
        subprocess.run(
            [extractor, "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"],
            capture_output=True,
            check=True,
            text=True,
        ).stdout
        for n in range(1, len(images) + 1)
    ]
    return Printed(data, html, pdf, images, pages)


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Printed]]:
    """The prints every test below reads: each made once for the module."""
    folder = tmp_path_factory.mktemp("prints")
    big = enlarged_demo(folder / "big-data", 3)
    yield {
        "fr": _print(folder / "fr", DEMO_DATA, "--lang", "fr"),
        "en": _print(folder / "en", DEMO_DATA, "--since", "2025-06-30"),
        "caf": _print(folder / "caf", DEMO_DATA, "--operator", "CAF"),
        "big": _print(folder / "big", big, "--lang", "fr", "--since", "2025-06-30"),
    }


def _inked(image: object, box: tuple[int, int, int, int]) -> int:
    """How many pixels of `box` are not (nearly) white."""
    region = image.crop(box).convert("L")  # type: ignore[attr-defined]
    histogram = region.histogram()  # pixels per grey level, 0 (black) to 255 (white)
    return sum(histogram[:235])


def _check_margins(images: list[Path]) -> None:
    from PIL import Image

    assert images
    for path in images:
        image = Image.open(path)
        width, height = image.size
        assert width > height, f"{path.name}: A4 landscape expected"
        right = (width - round(RIGHT_MARGIN_MM * MM), 0, width, height)
        bottom = (0, height - round(BOTTOM_EDGE_MM * MM), width, height)
        top = (0, 0, width, round(TOP_MARGIN_MM * MM))
        assert _inked(image, right) == 0, f"{path.name}: something is drawn in the right margin"
        assert _inked(image, bottom) == 0, f"{path.name}: something is drawn at the bottom edge"
        # the browser's own header (its date, the page's title) would print up there
        assert _inked(image, top) == 0, f"{path.name}: something is drawn in the top margin"


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)+|[a-z0-9]+", text))


@pytest.mark.parametrize("name", ["fr", "en", "caf", "big"])
def test_the_report_prints_whole_on_a4(printed: dict[str, Printed], name: str) -> None:
    found = printed[name]
    _check_margins(found.images)
    words = _words("\n".join(found.pages))
    operator = ("--operator", "CAF") if name == "caf" else ()
    for action_id in _ids(found.data, *operator):
        assert action_id in words, f"{action_id} is not whole in the PDF's text"
    as_of = "Au 26/11/2026" if name in ("fr", "big") else "As of 2026-11-26"
    for number, page in enumerate(found.pages, start=1):
        # no header or footer of the browser's: its US date ("12/4/26, 1:30 PM"), the file
        assert not re.search(r"\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2}", page), page
        assert "file://" not in page and "report.html" not in page
        assert re.search(rf"\b{number} ?/ ?{len(found.pages)}\b", page), page[-200:]
        assert as_of in page


def test_one_operators_pack_holds_its_actions_only(printed: dict[str, Printed]) -> None:
    text = "\n".join(printed["caf"].pages)
    assert "places-creches" in text
    assert "snu-jeunes-qpv" not in text  # another operator's


@pytest.mark.parametrize("name", ["fr", "en", "caf", "big"])
def test_the_first_page_is_one_page(printed: dict[str, Printed], name: str) -> None:
    """The summary ends on page 1 (its foot, the source, is there) and page 2 starts with
    something else: the lists whole, the changed commitments or an operator."""
    found = printed[name]
    first, second = found.pages[0], found.pages[1]
    assert "Source" in first and "q2030" in first.split("Source")[-1]
    summary = ("Synthèse", "Summary", "Source :", "Source:")
    assert not any(word in second for word in summary), second[:400]


def test_the_first_page_of_a_large_plan_keeps_the_worst(printed: dict[str, Printed]) -> None:
    first = printed["big"].pages[0]
    assert "autres opérateurs" in first  # the counts table keeps those needing attention
    assert re.search(r"et \d+ autres, page \d+", first)
    statuses = _statuses(printed["big"].data)
    missed_first = [w for w in first.split() if statuses.get(w) == "missed"]
    assert missed_first, "the first page names missed actions"


@dataclass
class Shortened:
    """A list the first page shortens, as the HTML says it: its heading, the lines shown,
    the page its "and N more, page P" names, and every action of the list whole."""

    heading: str
    shown: list[str]
    more: int
    page: int
    whole: list[str]


def _shortened(html: str) -> dict[str, Shortened]:
    found = {}
    summary = html.split('<section class="annex"')[0]
    for name, heading, body in re.findall(
        r'<h3 id="summary-([\w-]+)">([^<]*)</h3><ul class="lines">(.*?)</ul>', summary
    ):
        more = re.search(r'href="#list-[\w-]+">\D*(\d+)\D+(\d+)</a>', body)
        if more:
            shown = re.findall(r'<li data-action="([^"]+)"', body)
            found[name] = Shortened(heading, shown, int(more[1]), int(more[2]), [])
    current = None
    for block in html.split('<div class="annex-part"')[1:]:
        anchor = re.match(r' id="list-([\w-]+)"', block)
        if anchor:
            current = anchor[1]
        assert current in found
        found[current].whole.extend(re.findall(r'<tr data-action="([^"]+)"', block))
    return found


@pytest.mark.parametrize("name", ["fr", "en", "big"])
def test_each_shortened_list_is_whole_on_the_pages_it_names(
    printed: dict[str, Printed], name: str
) -> None:
    found = printed[name]
    shortened = _shortened(found.html)
    if name == "big":
        assert len(shortened) >= 2
    starts = sorted(item.page for item in shortened.values())
    for item in shortened.values():
        assert len(item.whole) == len(item.shown) + item.more
        assert item.whole[: len(item.shown)] == item.shown  # the most important first
        following = [page for page in starts if page > item.page]
        # from its page to the one where the next list starts (it may end there)
        pages = found.pages[item.page - 1 : following[0] if following else None]
        heading = " ".join(html.unescape(item.heading).split())
        assert heading in " ".join(pages[0].split()), f"page {item.page}"
        assert set(item.whole) <= _words("\n".join(pages))
    # a list whole is the list: every action due and not reported, none else
    if "unreported" in shortened:
        statuses = _statuses(found.data)
        unreported = {action for action, status in statuses.items() if status == "unreported"}
        assert set(shortened["unreported"].whole) == unreported


def test_no_page_is_printed_empty(printed: dict[str, Printed]) -> None:
    """Every page but the first holds at least one action: no page of a footer alone."""
    for name, found in printed.items():
        ids = set(_ids(found.data))
        for number, page in enumerate(found.pages[1:], start=2):
            assert _words(page) & ids, f"{name}: page {number} holds no action"


def test_the_pdfs_metadata_names_the_report_the_territory_and_the_day(
    printed: dict[str, Printed],
) -> None:
    reader = required_tool("pdfinfo")
    for name, day in (("fr", "26/11/2026"), ("en", "2026-11-26")):
        info = subprocess.run(
            [reader, str(printed[name].pdf)], capture_output=True, check=True, text=True
        ).stdout
        fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
        assert "Quartiers 2030" in fields["Title"] and "Nord" in fields["Title"]
        assert day in fields["Title"]
        assert "Nord" in fields["Subject"] and day in fields["Subject"]
        assert "Nord" in fields["Keywords"] and "2026-11-26" in fields["Keywords"]
        assert fields["Creator"].strip().startswith("q2030 ")
        assert fields["Pages"].strip() == str(len(printed[name].pages))


def _report(tmp_path: Path, *args: str) -> Path:
    page = tmp_path / "report.html"
    result = run("--data", DEMO_DATA, "report", "--out", page, "--as-of", AS_OF, *args)
    assert result.exit_code == 0, result.output
    return page


@pytest.mark.parametrize("width", [1280, 800])
def test_on_screen_nothing_runs_off_the_right_edge(tmp_path: Path, width: int) -> None:
    from PIL import Image

    browser = find_browser()
    page = _report(tmp_path, "--lang", "fr")
    shot = tmp_path / "screen.png"
    run_browser(
        browser,
        tmp_path / "profile",
        f"--window-size={width},3000",
        f"--screenshot={shot}",
        page.as_uri(),
    )
    image = Image.open(shot)
    assert image.size[0] == width
    assert _inked(image, (width - 8, 0, width, image.size[1])) == 0
    assert _inked(image, (0, 0, width, image.size[1])) > 0.02 * width * image.size[1]
