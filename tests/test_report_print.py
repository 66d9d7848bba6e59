"""The report prints whole, proved by printing it: headless Chromium prints the demo's
report (and one operator's) to PDF; pdftoppm (Debian's poppler-utils, which .ci/run
installs) rasterises every page, and nothing may be drawn in the right margin or on the
paper's last millimetres; pdftotext reads the text layer, which must hold every action id
whole. On screen, at 1280 and 800 pixels wide, the page's right edge stays blank (no
column runs off it)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import DEMO_DATA, find_browser, required_tool, run, run_browser

AS_OF = "2026-11-26"
DPI = 50
MM = DPI / 25.4  # pixels per millimetre
RIGHT_MARGIN_MM, BOTTOM_EDGE_MM = 10, 5  # the page's margins are 12 mm and 16 mm


def _report(tmp_path: Path, *args: str) -> Path:
    page = tmp_path / "report.html"
    result = run("--data", DEMO_DATA, "report", "--out", page, "--as-of", AS_OF, *args)
    assert result.exit_code == 0, result.output
    return page


def _printed(tmp_path: Path, *args: str) -> tuple[Path, list[Path]]:
    """The report printed to PDF, and its pages as images."""
    browser, rasteriser = find_browser(), required_tool("pdftoppm")
    page = _report(tmp_path, *args)
    pdf = tmp_path / "report.pdf"
    run_browser(
        browser,
        tmp_path / "profile",
        "--no-pdf-header-footer",
        f"--print-to-pdf={pdf}",
        page.as_uri(),
    )
    subprocess.run(
        [rasteriser, "-r", str(DPI), "-png", str(pdf), str(tmp_path / "page")], check=True
    )
    return pdf, sorted(tmp_path.glob("page-*.png"))


def _inked(image: object, box: tuple[int, int, int, int]) -> int:
    """How many pixels of `box` are not (nearly) white."""
    region = image.crop(box).convert("L")  # type: ignore[attr-defined]
    histogram = region.histogram()  # pixels per grey level, 0 (black) to 255 (white)
    return sum(histogram[:235])


def _check_pages(pages: list[Path]) -> None:
    from PIL import Image

    assert pages
    for path in pages:
        image = Image.open(path)
        width, height = image.size
        assert width > height, f"{path.name}: A4 landscape expected"
        right = (width - round(RIGHT_MARGIN_MM * MM), 0, width, height)
        bottom = (0, height - round(BOTTOM_EDGE_MM * MM), width, height)
        assert _inked(image, right) == 0, f"{path.name}: something is drawn in the right margin"
        assert _inked(image, bottom) == 0, f"{path.name}: something is drawn at the bottom edge"
        assert _inked(image, (0, 0, width, height)) > 0, f"{path.name}: a blank page"


def _text_layer(pdf: Path) -> str:
    extractor = required_tool("pdftotext")
    return subprocess.run(
        [extractor, "-layout", str(pdf), "-"], capture_output=True, check=True, text=True
    ).stdout


def _ids(*args: str) -> list[str]:
    result = run("--data", DEMO_DATA, "status", "--format", "json", "--as-of", AS_OF, *args)
    return [row["id"] for row in json.loads(result.stdout)]


def test_the_demo_report_prints_whole_on_a4(tmp_path: Path) -> None:
    pdf, pages = _printed(tmp_path, "--lang", "fr")
    _check_pages(pages)
    text = _text_layer(pdf)
    words = set(re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)+|[a-z0-9]+", text))
    for action_id in _ids():
        assert action_id in words, f"{action_id} is not whole in the PDF's text"
    # the page number and the as-of date on every page
    for number in range(1, len(pages) + 1):
        assert f"{number} / {len(pages)}" in text
    assert text.count("Au 26/11/2026") >= len(pages)


def test_one_operators_pack_prints_whole_and_holds_its_actions(tmp_path: Path) -> None:
    pdf, pages = _printed(tmp_path, "--operator", "CAF")
    _check_pages(pages)
    text = _text_layer(pdf)
    for action_id in _ids("--operator", "CAF"):
        assert action_id in text
    assert "snu-jeunes-qpv" not in text  # another operator's


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
