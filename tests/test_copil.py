"""What a COPIL needs beyond the statuses: charts that carry their evidence on paper,
where each trend leads, what moved since the last COPIL (a date or a git revision, in a
history built here), and orders that put the serious first."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from q2030.domain.models import Reading
from q2030.domain.progress import projected_trend
from tests.conftest import DEMO_DATA, demo_repository, git, plain, run

AS_OF = "2026-11-26"


def _svgs(html: str) -> dict[str, str]:
    return dict(re.findall(r'<svg class="chart"[^>]*data-action="([^"]+)">(.*?)</svg>', html))


def test_every_chart_has_axes_with_text_and_a_labelled_target() -> None:
    html = run("--data", DEMO_DATA, "report", "--as-of", AS_OF, "--lang", "fr").stdout
    rows = {
        row["id"]: row
        for row in json.loads(
            run("--data", DEMO_DATA, "status", "-f", "json", "--as-of", AS_OF).stdout
        )
    }
    charts = _svgs(html)
    assert len(charts) >= 15
    for action_id, svg in charts.items():
        axis = re.findall(r'<text class="axis"[^>]*>([^<]+)</text>', svg)
        years = re.findall(r'<text class="year"[^>]*>(\d{4})</text>', svg)
        assert years, f"{action_id}: no year on the time axis"
        assert axis, f"{action_id}: no value on the value axis"
        assert 'font-size="11"' in svg  # 600 units print 165 mm wide: 11 units ≥ 8 pt
        assert "<title>" not in svg.split("</title>", 1)[1]  # no value hidden in a tooltip
        row = rows[action_id]
        if row["target"] is not None and row["target_kind"] in ("at_least", "at_most", "change"):
            label = re.search(r'<text class="target-label"[^>]*>([^<]+)</text>', svg)
            assert label is not None, f"{action_id}: the target is not labelled"
            assert label[1].startswith("cible "), label[1]
            assert re.search(r"\d", label[1]), f"{action_id}: the target's label has no number"
        if row["latest"] is not None and not row["years"]:
            assert 'class="value-label"' in svg, f"{action_id}: the last value is not written"
    snu = charts["snu-jeunes-qpv"]
    assert ">cible 20\u00a0%<" in snu and ">réf. 10\u00a0%<" in snu
    assert 'class="trajectory"' in snu and 'class="projection"' in snu and 'class="due"' in snu
    assert 'stroke-dasharray="6 4"' in snu  # the projection dashed: no colour needed
    assert 'class="year"' in charts["iae-adultes-qpv"]  # a yearly target: bars per year


def test_an_action_without_data_has_one_line_and_no_empty_chart() -> None:
    html = run("--data", DEMO_DATA, "report", "--as-of", AS_OF, "--lang", "fr").stdout
    entry = re.search(r'<article class="entry" id="chart-creches-avip".*?</article>', html)
    assert entry is not None
    assert "<svg" not in entry[0]
    assert "aucune donnée depuis la référence du 31/12/2023" in plain(entry[0])


def test_the_trend_is_a_least_squares_line_and_is_said_everywhere() -> None:
    from datetime import date

    readings = [
        Reading(date=date(2024, 12, 31), value=12, source="s"),
        Reading(date=date(2025, 12, 31), value=14, source="s"),
        Reading(date=date(2026, 12, 31), value=15, source="s"),
    ]
    trend = projected_trend(readings, "percent", date(2023, 12, 31), date(2027, 12, 31), 20)
    assert trend is not None
    assert trend.observed_pace == pytest.approx(1.5, abs=0.01)  # (15 - 12) / 2 years
    assert trend.projected == pytest.approx(16.67, abs=0.02)  # 13.67 + 1.5 x 2 years
    assert trend.needed_pace == pytest.approx(5.0, abs=0.02)  # 5 points in one year
    one = projected_trend(readings[:1], "percent", date(2023, 12, 31), date(2027, 12, 31), 20)
    assert one is None  # one figure is no trend
    rows = json.loads(run("--data", DEMO_DATA, "status", "-f", "json", "--as-of", AS_OF).stdout)
    snu = next(row for row in rows if row["id"] == "snu-jeunes-qpv")
    assert snu["observed_pace"] == pytest.approx(1.5, abs=0.01)
    assert snu["projected"] == pytest.approx(17.0, abs=0.01)
    assert snu["needed_pace"] == pytest.approx(3.0, abs=0.01)
    shown = run("--data", DEMO_DATA, "--lang", "fr", "show", "snu-jeunes-qpv", "--as-of", AS_OF)
    assert (
        "Au rythme observé (+1,5 pt/an), 17 % au 31/12/2027 pour une cible de 20 % : il faut "
        "+3 pts/an." in " ".join(plain(shown.stdout).split())
    )


@pytest.fixture
def history(tmp_path: Path) -> Path:
    """The demo in git: the last COPIL tagged, then a reading added and a target lowered."""
    top = tmp_path / "repo"
    root = demo_repository(top, message="COPIL of December")
    git(top, "tag", "copil-2025-12")
    assert (
        run(
            "--data", root, "record", "colos", "58", "--date", "2026-06-30", "--source", "SDJES"
        ).exit_code
        == 0
    )
    plan = root / "objectives.yaml"
    text = plan.read_text(encoding="utf-8")
    block = text.index("id: pass-sport-qpv")
    start = text.index("value: 20", block)
    plan.write_text(text[:start] + "value: 19" + text[start + len("value: 20") :], encoding="utf-8")
    git(top, "commit", "-qam", "A reading, and a target lowered")
    return root


def test_since_a_revision_lists_readings_statuses_and_commitments_that_moved(
    history: Path,
) -> None:
    args = ("--data", history, "--as-of", AS_OF)
    markdown = run(*args[:2], "report", *args[2:], "--since", "copil-2025-12", "-f", "markdown")
    assert markdown.exit_code == 0, markdown.output
    lines = markdown.stdout.splitlines()
    heading = lines.index("### Moved since 'copil-2025-12'")
    moved = lines[heading + 2 : lines.index("### Due in the next 12 months")]
    # what moved carries its figures, not counts
    assert (
        "- **colos-apprenantes-qpv** (SDJES) — 53 % → 58 % (2026-06-30); gap 7 pts → 2 pts" in moved
    )
    assert (
        "- **pass-sport-qpv** (SDJES) — gap 0.5 pts → 0.5 pts ahead; ✖ missed → ✔ achieved; "
        "commitment changed: the target: ≥ 20 % → ≥ 19 %" in moved
    ), moved
    html = run(*args[:2], "report", *args[2:], "--since", "copil-2025-12").stdout
    assert "Moved since &#x27;copil-2025-12&#x27;" in html
    assert '<li data-action="pass-sport-qpv"><a class="id" href="#action-pass-sport-qpv">' in html
    table = run(*args[:2], "status", *args[2:], "--since", "copil-2025-12", "-o", "SDJES")
    assert "Since" in table.stdout

    def first_line_of(action_id: str) -> str:
        """The line holding a row's cells (an id too long for its column has its own)."""
        after = table.stdout.split(action_id, 1)[1].splitlines()
        return after[0] if after[0].strip() else after[1]

    assert first_line_of("pass-sport-qpv").rstrip().endswith("✖→✔ ≠")
    assert first_line_of("colos-apprenantes-qpv").rstrip().endswith("+1")
    records = json.loads(
        run(*args[:2], "status", *args[2:], "--since", "copil-2025-12", "-f", "json").stdout
    )
    by_id = {record["id"]: record for record in records}
    pass_sport = by_id["pass-sport-qpv"]["since"]
    assert pass_sport["before"] == {
        "status": "missed",
        "latest": 19.5,
        "latest_date": "2024-12-31",
        "latest_state": None,
        "gap": pytest.approx(0.5),
    }
    assert (pass_sport["after"]["status"], pass_sport["after"]["gap"]) == (
        "achieved",
        pytest.approx(-0.5),
    )
    assert pass_sport["status_before"] == "missed"
    assert (pass_sport["readings_added"], pass_sport["added"]) == (0, [])
    assert (pass_sport["commitment_changed"], pass_sport["changed_fields"]) == (True, ["target"])
    colos = by_id["colos-apprenantes-qpv"]["since"]
    assert colos["added"] == [
        {"date": "2026-06-30", "value": 58.0, "state": None, "source": "SDJES", "corrects": None}
    ]
    assert (colos["before"]["latest"], colos["after"]["latest"]) == (53.0, 58.0)
    assert by_id["snu-jeunes-qpv"]["since"] is None
    # diff and --since share one computation
    diff = run("--data", history, "diff", "copil-2025-12", "--as-of", AS_OF).stdout
    assert "colos-apprenantes-qpv" in diff and "pass-sport-qpv" in diff


def test_sort_orders_each_operators_actions() -> None:
    def order(*args: str) -> list[str]:
        rows = run("--data", DEMO_DATA, "status", "-f", "json", "--as-of", AS_OF, *args)
        return [row["id"] for row in json.loads(rows.stdout)]

    by_status = order("--sort", "status")
    statuses = {
        row["id"]: row["status"]
        for row in json.loads(
            run("--data", DEMO_DATA, "status", "-f", "json", "--as-of", AS_OF).stdout
        )
    }
    assert statuses[by_status[0]] == "missed"
    by_due = order("--sort", "due")
    dues = {
        row["id"]: row["due"]
        for row in json.loads(
            run("--data", DEMO_DATA, "status", "-f", "json", "--as-of", AS_OF).stdout
        )
    }
    assert [dues[i] for i in by_due] == sorted(dues[i] for i in by_due)
    by_gap = order("--sort", "gap")
    assert by_gap[0] == "apprentis-qpv"  # 70 % of its way behind
    html = run("--data", DEMO_DATA, "report", "--as-of", AS_OF, "--sort", "gap", "-o", "CAF").stdout
    rows = re.findall(r'<tr id="action-([^"]+)"', html)
    assert rows[0] == "centres-sociaux-evs"
    several = run("--data", DEMO_DATA, "report", "--as-of", AS_OF, "-o", "CAF", "-o", "ARS").stdout
    assert re.findall(r'<section class="operator" id="operator-([^"]+)"', several) == ["CAF", "ARS"]


def test_the_status_spreadsheet_is_fit_for_the_meeting(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    sheet = tmp_path / "etat.xlsx"
    args = ("--data", DEMO_DATA, "--lang", "fr", "export", "-f", "xlsx", "--as-of", AS_OF)
    assert run(*args, "--out", sheet).exit_code == 0
    book = openpyxl.load_workbook(sheet)
    page = book.active
    assert page.title == "État au 2026-11-26"
    assert page.freeze_panes == "A2" and page.auto_filter.ref == page.dimensions
    headers = [cell.value for cell in page[1]]
    assert {"Indicateur", "Unité", "Cible"} <= set(headers) and page["A1"].font.bold
    column = {header: index for index, header in enumerate(headers)}
    title = openpyxl.utils.get_column_letter(column["Intitulé"] + 1)
    assert page.column_dimensions[title].width >= 30
    assert page[f"{title}2"].alignment.wrap_text
    rows = list(page.iter_rows(min_row=2, values_only=True))
    figures = [
        value
        for row in rows
        for name in ("Référence", "Cible", "Dernière valeur", "Écart", "Avancement (%)")
        if isinstance(value := row[column[name]], float)
    ]
    assert figures and all(round(value, 2) == value for value in figures)
    places = next(row for row in rows if row[0] == "places-creches")
    assert places[column["Cible"]] == 2520  # the computed target, not "+5 %"
    assert places[column["Unité"]] == "nombre"
    target = openpyxl.utils.get_column_letter(column["Cible"] + 1)
    assert page[f"{target}{rows.index(places) + 2}"].number_format == "#,##0.##"
    rules = [rule.formula[0] for ranges in page.conditional_formatting for rule in ranges.rules]
    assert '"manqué"' in rules and '"échue, non renseignée"' in rules
