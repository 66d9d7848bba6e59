"""The steering-committee report: structure and figures checked against `status --format json`,
self-contained, printable, and rendered by a real browser."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from html.parser import HTMLParser
from pathlib import Path

from tests.conftest import DEMO_DATA, find_browser, run, run_browser

AS_OF = "2026-06-30"


class ReportParser(HTMLParser):
    """Collects the report's action rows, summary counts, charts and every attribute."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[str, dict[str, str]] = {}
        self.counts: dict[str, dict[str, int]] = defaultdict(dict)
        self.sections: list[str] = []
        self.charts: Counter[str] = Counter()
        self.tags: Counter[str] = Counter()
        self.attributes: list[tuple[str, str]] = []
        self._row: str | None = None
        self._operator: str | None = None
        self._cell: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self.tags[tag] += 1
        self.attributes += list(values.items())
        if tag == "tr" and "data-action" in values and "data-gap" in values:
            self._row = values["data-action"]
            self.rows[self._row] = {"status": values["data-status"], "gap": values["data-gap"]}
        if tag == "tr" and "data-operator" in values:
            self._operator = values["data-operator"]
        if tag == "td" and self._operator and "data-status" in values:
            self._cell, self._text = values["data-status"], []
        if tag == "section" and "data-operator" in values:
            self.sections.append(values["data-operator"])
        if tag == "svg" and "data-action" in values:
            self.charts[values["data-action"]] += 1

    def handle_data(self, data: str) -> None:
        self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._cell and self._operator:
            shown = "".join(self._text).strip()
            self.counts[self._operator][self._cell] = 0 if shown == "·" else int(shown)
            self._cell = None
        if tag == "tr":
            self._row = self._operator = None


def report(*args: str) -> tuple[str, ReportParser]:
    result = run("--data", DEMO_DATA, "report", "--as-of", AS_OF, *args)
    assert result.exit_code == 0, result.output
    parser = ReportParser()
    parser.feed(result.stdout)
    return result.stdout, parser


def status_rows(*args: str) -> list[dict]:
    result = run("--data", DEMO_DATA, "status", "--as-of", AS_OF, "--format", "json", *args)
    return json.loads(result.stdout)


def test_rows_and_figures_match_status_json() -> None:
    _, parsed = report()
    rows = status_rows()
    assert list(parsed.rows) == [row["id"] for row in rows]
    for row in rows:
        shown = parsed.rows[row["id"]]
        assert shown["status"] == row["status"]
        expected_gap = "" if row["gap"] is None else f"{row['gap']:.6g}"
        assert shown["gap"] == expected_gap, row["id"]


def test_the_summary_counts_statuses_overall_and_per_operator() -> None:
    _, parsed = report()
    rows = status_rows()
    overall = Counter(row["status"] for row in rows)
    assert parsed.counts["ALL"] == {
        **{s: overall.get(s, 0) for s in parsed.counts["ALL"] if s != "total"},
        "total": len(rows),
    }
    for operator in {row["operator"] for row in rows}:
        mine = Counter(row["status"] for row in rows if row["operator"] == operator)
        assert parsed.counts[operator]["total"] == sum(mine.values())
        assert all(parsed.counts[operator][s] == n for s, n in mine.items())


def test_due_soon_and_sections_and_charts() -> None:
    html, parsed = report()
    rows = status_rows()
    assert parsed.sections == list(dict.fromkeys(row["operator"] for row in rows))
    due_soon = [row["id"] for row in rows if "2026-06-30" <= row["due"] <= "2027-06-30"]
    assert due_soon and all(f'<li data-action="{action}">' in html for action in due_soon)
    # a chart for every action with a figure to draw (a reading), none for the others
    drawable = {row["id"] for row in rows if row["latest"] is not None or row["latest_state"]}
    assert set(parsed.charts) == drawable
    assert len(drawable) >= 15
    assert all(count == 1 for count in parsed.charts.values())
    assert 'class="reading"' in html and 'class="trajectory"' in html and 'class="due"' in html
    # the measurable actions without a figure get one line instead
    without = [r for r in rows if r["latest"] is None and r["target_kind"] not in ("none",)]
    assert without and all(
        f'id="chart-{r["id"]}"' in html and html.count("no figure since the baseline") >= 1
        for r in without
    )


def test_self_contained_printable_and_readable_without_colour() -> None:
    html, parsed = report()
    assert parsed.tags["script"] == 0 and parsed.tags["link"] == 0 and parsed.tags["img"] == 0
    assert not [value for name, value in parsed.attributes if name == "src"]
    links = [value for name, value in parsed.attributes if name == "href"]
    assert links and all(link.startswith("#") for link in links)  # within the page
    assert "http:" not in html and "https:" not in html and "url(" not in html
    # and were anything to slip in, the page's policy lets no script run, nothing load
    assert "Content-Security-Policy\" content=\"default-src 'none';" in html
    assert "@media print" in html and "break-inside: avoid" in html and "size: A4" in html
    assert "▲ needs acceleration</span>" in html and "✖ missed</span>" in html


def test_operator_filter_and_french() -> None:
    html, parsed = report("--operator", "dsden", "--lang", "fr")
    assert parsed.sections == ["DSDEN", "SDJES"]
    assert '<html lang="fr">' in html and "Synthèse" in html and "à accélérer" in html
    assert "31/12/2027" in html and "18,8\u00a0%" in html


def test_markdown_report() -> None:
    result = run(
        "--data",
        DEMO_DATA,
        "report",
        "--format",
        "markdown",
        "--as-of",
        AS_OF,
        "--operator",
        "SDJES",
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "# Quartiers 2030: where the commitments stand — Nord"
    assert "## Summary" in lines and "### Due in the next 12 months" in lines
    assert "| SDJES | · | **1** | **1** | · | · | · | · | **1** | · | · | · | 3 |" in lines
    assert (
        "- **snu-jeunes-qpv**: 10 % (2023-12-31) → ≥ 20 % (2027-12-31); readings: "
        "12.5 % (2024-12-31), 14 % (2025-12-31). At the observed pace (+1.5 pts/year), 17 % "
        "by 2027-12-31 for a target of 20 %: +3 pts/year is needed."
    ) in lines


def test_report_written_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "copil.html"
    result = run("--data", DEMO_DATA, "report", "--out", target, "--as-of", AS_OF)
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    missing = run("--data", DEMO_DATA, "report", "--out", tmp_path / "nowhere" / "r.html")
    assert missing.exit_code == 1 and "does not exist" in missing.stderr


def test_a_browser_renders_the_report(tmp_path: Path) -> None:
    chromium = find_browser()
    from PIL import Image

    page = tmp_path / "report.html"
    assert run("--data", DEMO_DATA, "report", "--out", page, "--as-of", AS_OF).exit_code == 0
    shot = tmp_path / "report.png"
    run_browser(
        chromium,
        tmp_path / "profile",
        "--window-size=1280,1600",
        f"--screenshot={shot}",
        page.as_uri(),
    )
    image = Image.open(shot).convert("RGB")
    assert image.size == (1280, 1600)
    total = image.size[0] * image.size[1]
    colours = image.getcolors(total) or []
    not_white = sum(count for count, colour in colours if min(colour) < 235)
    assert not_white > 0.02 * total, "the page rendered (nearly) blank"
    assert len(colours) > 50, "the page has too few colours to hold text, badges and charts"
