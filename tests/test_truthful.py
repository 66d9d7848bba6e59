"""Every status and every sentence that explains it agrees with the figures printed beside
it (issue 19), for every action of the demo and of generated plans with each target kind,
at several as-of dates; request sheets and writes keep a readings file in date order."""

from __future__ import annotations

import itertools
import json
import random
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter

from q2030.checks import checked
from q2030.domain.models import Action, Reading
from q2030.domain.progress import Progress, evaluate
from q2030.domain.statuses import Status
from q2030.i18n import Language
from q2030.render import text
from tests.conftest import DEMO_DATA, MINIMAL_PLAN, run

REFERENCE = date(2023, 12, 31)
END_YEAR = 2030
ENGLISH, FRENCH = Language("en"), Language("fr")
# the reasons that say there is no figure: never beside one
NO_FIGURE_REASONS = {
    "reason.no_reading",
    "reason.trend_no_data",
    "reason.no_state",
    "reason.year_none_yet",
    "reason.year_not_begun",
}
NO_FIGURE_WORDS = ("no data", "sans donnée", "no reading", "pas encore de mesure")
LEVEL_KINDS = ("at_least", "at_most", "change")
AS_OF_DATES = [date(2024, 3, 1), date(2024, 12, 31), date(2025, 7, 1), date(2026, 1, 15),
               date(2026, 11, 26), date(2028, 1, 15), date(2031, 2, 1)]  # fmt: skip


def check_agrees(action: Action, progress: Progress, as_of: date) -> None:
    """The properties a row must have whatever the figures: raise AssertionError if not."""
    where = f"{action.id} at {as_of}: {progress.status} {progress.reason}"
    shown = text.latest(progress, action.unit)
    if shown != text.EMPTY:
        assert progress.status is not Status.NO_DATA, where
        assert progress.reason.key not in NO_FIGURE_REASONS, where
        for lang in (ENGLISH, FRENCH):
            words = (
                f"{text.status(progress, lang)} {text.reason(progress.reason, lang, action.unit)}"
            )
            assert not any(w in words for w in NO_FIGURE_WORDS), (where, words)
    if progress.status is Status.NO_DATA:
        assert progress.latest is None and progress.latest_value is None, where
    gap = progress.gap
    yearly = getattr(action.target, "each_year_from", None) is not None
    if yearly and gap is not None:  # the current year: on track once its figure meets it
        if progress.status in (Status.ACHIEVED, Status.ON_TRACK):
            assert gap <= 1e-9, where
        if progress.status in (Status.MISSED, Status.NEEDS_ACCELERATION):
            assert gap > 0, where
    elif action.target.kind in LEVEL_KINDS and gap is not None:
        if progress.status is Status.ACHIEVED:
            assert gap <= 1e-9, where
        if progress.status in (
            Status.MISSED,
            Status.ON_TRACK,
            Status.NEEDS_ACCELERATION,
            Status.OFF_TRACK,
            Status.DETERIORATING,
            Status.FIRST_FIGURE,
        ):
            assert gap > 0, where
    if progress.status is Status.BASELINE_MISSING:
        assert action.target.kind == "change" and gap is None, where
        assert progress.target_value is None, where
    if progress.status is Status.FIRST_FIGURE and action.target.kind in LEVEL_KINDS:
        assert gap is not None and progress.pace is None, where
    named = dict(progress.reason.values)
    if "value" in named and progress.reason.key not in ("reason.baseline_only",):
        assert named["value"] == pytest.approx(progress.latest_value), where
    if as_of > progress.due:
        assert progress.trend is None, where  # the figure at the due date is what counts
    if progress.trend is not None and progress.trend.needed_pace is not None:
        assert gap is not None and gap > 0, where  # no pace "needed" for a target met
    if progress.status is Status.ACHIEVED and action.target.kind == "milestone":
        assert progress.latest is not None and progress.latest.state == "done", where


def make_action(kind: str, baseline_kind: str, **extra: Any) -> Action:
    targets: dict[str, dict[str, Any]] = {
        "at_least": {"kind": "at_least", "value": 60},
        "at_most": {"kind": "at_most", "value": 10},
        "change": {"kind": "change", "percent": 10},
        "each_year": {"kind": "at_least", "value": 50, "each_year_from": 2024},
        "direction": {"kind": "direction", "direction": "up"},
        "outpace": {"kind": "outpace", "reference": "tout le département"},
        "milestone": {"kind": "milestone"},
    }
    fields: dict[str, Any] = {
        "id": f"{kind}-{baseline_kind}".replace("_", "-"),
        "title": "T",
        "operator": "OP",
        "due": 2027,
        "due_text": "2027",
        "source_line": 1,
        "unit": None if kind == "milestone" else "percent",
        "target": targets[kind],
    }
    if kind != "milestone":
        if baseline_kind == "stated":
            fields["baseline"] = {"value": 40, "date": "2023-12-31"}
        elif baseline_kind == "date":
            fields["baseline"] = {"date": "2023-12-31"}
    return TypeAdapter(Action).validate_python({**fields, **extra})


def series_for(kind: str) -> list[list[Reading]]:
    """Reading sets that stress the rules: none, one on the baseline date, one after it,
    several (with a correction), a fall."""
    dates = ["2023-12-31", "2024-12-31", "2025-06-30", "2025-12-31", "2026-06-30"]

    def reading(day: str, value: float, **more: Any) -> Reading:
        if kind == "milestone":
            states = ["not_started", "in_progress", "done"]
            return Reading(date=date.fromisoformat(day), state=states[int(value) % 3], source="s")
        fields: dict[str, Any] = {"date": day, "value": value, "source": "s", **more}
        if kind == "outpace":
            fields["reference"] = 45 + value / 10
        return Reading.model_validate(fields)

    values = [38.5, 45, 52, 47, 64] if kind != "milestone" else [0, 1, 2, 1, 1]
    sets = [[]]
    sets += [[reading(day, value)] for day, value in zip(dates, values, strict=True)]
    sets.append([reading(d, v) for d, v in zip(dates[1:], values[1:], strict=True)])
    sets.append([reading(dates[1], 45), reading(dates[3], 30)])
    if kind != "milestone":
        sets.append(
            [reading(dates[1], 45), reading(dates[1], 47, corrects=dates[1]), reading(dates[3], 55)]
        )
    return sets


KINDS = ("at_least", "at_most", "change", "each_year", "direction", "outpace", "milestone")


CASES = [
    (kind, baseline)
    for kind, baseline in itertools.product(KINDS, ("stated", "date", "none"))
    if kind != "milestone" or baseline == "none"  # a milestone takes no baseline
]


@pytest.mark.parametrize(("kind", "baseline"), CASES)
def test_generated_plans_statuses_agree_with_their_figures(kind: str, baseline: str) -> None:
    action = make_action(kind, baseline)
    counted = 0
    for readings in series_for(kind):
        for as_of in AS_OF_DATES:
            check_agrees(action, evaluate(action, readings, as_of, REFERENCE, END_YEAR), as_of)
            counted += 1
    assert counted >= 40


def test_every_action_of_the_demo_agrees_at_every_date() -> None:
    dataset = checked.load(DEMO_DATA)
    plan = dataset.info
    counted = 0
    for _, action in dataset.plan.actions():
        for as_of in AS_OF_DATES:
            stood = action.at(as_of)
            progress = evaluate(
                stood, dataset.readings_of(action.id), as_of, plan.reference_date, plan.end_year
            )
            check_agrees(stood, progress, as_of)
            counted += 1
    assert counted == 63 * len(AS_OF_DATES)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_row_of_status_or_validate_shows_a_figure_with_no_data(
    lang: str, tmp_path: Path
) -> None:
    """The demo with first figures added (38,5 %, 60 %, 9 crèches) at several dates, as the
    table, JSON and validate print it."""
    import shutil

    root = tmp_path / "demo"
    shutil.copytree(DEMO_DATA, root)
    for action_id, value in (
        ("adultes-relais-mediateurs-sante", "38.5"),
        ("cls-alimentation-activite", "60"),
        ("creches-avip", "9"),
    ):
        result = run("--data", root, "record", action_id, value, "--date", "2024-12-31",
                     "--source", "test")  # fmt: skip
        assert result.exit_code == 0, result.output
    for as_of in ("2025-01-15", "2026-11-26", "2031-01-15"):
        rows = json.loads(run("--data", root, "status", "-f", "json", "--as-of", as_of).stdout)
        for row in rows:
            if row["latest"] is not None or row["latest_state"] is not None:
                assert row["status"] != "no_data", (as_of, row["id"])
        first = next(row for row in rows if row["id"] == "adultes-relais-mediateurs-sante")
        assert (first["status"], first["gap"]) == (
            ("first_figure", pytest.approx(61.5))
            if as_of < "2031"
            else ("missed", pytest.approx(61.5))
        )
        table = run("--data", root, "--lang", lang, "status", "--as-of", as_of).stdout
        blocks = row_blocks(table, [row["id"] for row in rows])
        assert len(blocks) == len(rows)
        for row in rows:
            if row["latest"] is not None or row["latest_state"] is not None:
                block = blocks[row["id"]]
                assert "no data" not in block and "sans donnée" not in block, block
        output = run("--data", root, "--lang", lang, "validate", "--as-of", as_of).stdout
        for line in output.splitlines():
            assert "no data" not in line and "sans donnée" not in line, line


def row_blocks(table: str, ids: list[str]) -> dict[str, str]:
    """Each action's lines in the status table: from its id to the next id or heading."""
    blocks: dict[str, str] = {}
    current: str | None = None
    for line in table.splitlines():
        word = line.split(" ", 1)[0]
        if word in ids:
            current = word
            blocks[current] = ""
        elif line[:1].strip():  # a heading, the column titles, a rule or the counts
            current = None if word not in ("", "─") else current
        if current is not None:
            blocks[current] += line + "\n"
    return blocks


def test_a_projection_says_its_unit_and_precision() -> None:
    action = make_action("at_least", "stated", unit="count", unit_label="places",
                         target={"kind": "at_least", "value": 2700},
                         baseline={"value": 2400, "date": "2023-12-31"})  # fmt: skip
    readings = [
        Reading(date=date(2024, 12, 31), value=2460, source="s"),
        Reading(date=date(2025, 12, 31), value=2531.2, source="s"),
    ]
    progress = evaluate(action, readings, date(2026, 1, 15), REFERENCE, END_YEAR)
    sentence = text.trend(progress, action, FRENCH).replace("\u00a0", " ")
    assert sentence == (
        "Au rythme observé (+71 places/an), 2 674 places au 31/12/2027 pour une cible de "
        "2 700 places : il faut +84 places/an."
    )
    assert not re.search(r"\d,\d", sentence)  # whole places, never 2 601,2


def test_a_missed_milestone_says_its_state_not_an_empty_gap() -> None:
    result = run("--data", DEMO_DATA, "report", "-f", "markdown", "--as-of", "2026-11-26")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert "- **appel-projets-commun** (SG-PREFECTURE) — in progress" in lines
    assert not [line for line in lines if line.rstrip().endswith("— —")]
    html = run("--data", DEMO_DATA, "report", "--as-of", "2026-11-26").stdout
    assert "— —" not in html and "— —" not in html


# Milestones and request sheets keep time in order


def test_a_request_asks_a_milestone_only_for_its_latest_period() -> None:
    rows = json.loads(run("--data", DEMO_DATA, "due", "-f", "json", "--as-of", "2026-11-26").stdout)
    asked = [row["period_end"] for row in rows if row["action"] == "pco-7-12-ans"]
    # 'en cours' at 30/06/2025 answers 2024 (it is later), not 2025: its state at the end of
    # 2025 is owed, and only that one
    assert asked == ["2025-12-31"], asked
    late = json.loads(run("--data", DEMO_DATA, "due", "-f", "json", "--as-of", "2027-06-01").stdout)
    periods = [row["period_end"] for row in late if row["action"] == "pco-7-12-ans"]
    assert periods == ["2026-12-31"]


def fresh_data(factory: pytest.TempPathFactory, plan: str = MINIMAL_PLAN) -> Path:
    """A new data folder holding `plan` (hypothesis runs a test many times: one each)."""
    root = factory.mktemp("data")
    (root / "objectives.yaml").write_text(plan, encoding="utf-8")
    return root


SNU_ROWS = [
    ("2024-06-30", "12"),
    ("2024-12-31", "12.4"),
    ("2025-06-30", "13.1"),
    ("2025-12-31", "14"),
    ("2026-06-30", "15.2"),
]


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(order=st.permutations(range(len(SNU_ROWS))))
def test_records_in_any_order_leave_the_file_in_date_order(
    order: list[int], tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = fresh_data(tmp_path_factory)
    for index in order:
        day, value = SNU_ROWS[index]
        result = run("--data", root, "record", "snu", value, "--date", day, "--source", "x",
                     "--allow-unusual")  # fmt: skip
        assert result.exit_code == 0, result.output
    written = yaml.safe_load((root / "readings" / "snu.yaml").read_text())
    assert [str(r["date"]) for r in written] == sorted(day for day, _ in SNU_ROWS)
    validated = run("--data", root, "validate", "--as-of", "2026-11-26")
    assert "reading-order" not in validated.stdout and "warning" not in validated.stdout


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 10**6))
def test_an_import_in_any_order_leaves_each_file_in_date_order(
    seed: int, tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = fresh_data(tmp_path_factory)
    rng = random.Random(seed)
    first = rng.sample(SNU_ROWS, 2)  # already there, recorded earlier
    for day, value in first:
        assert run("--data", root, "record", "snu", value, "--date", day, "--source", "x",
                   "--allow-unusual").exit_code == 0  # fmt: skip
    rest = [row for row in SNU_ROWS if row not in first]
    rng.shuffle(rest)
    sheet = root.parent / "sheet.csv"
    lines = ["action;date;value;source;unusual"]
    lines += [f"snu;{day};{value.replace('.', ',')};x;oui" for day, value in rest]
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    imported = run("--data", root, "import", sheet)
    assert imported.exit_code == 0, imported.output
    written = yaml.safe_load((root / "readings" / "snu.yaml").read_text())
    assert [str(r["date"]) for r in written] == sorted(day for day, _ in SNU_ROWS)


def test_a_state_that_arrives_for_an_earlier_date_keeps_the_file_in_order(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    plan = MINIMAL_PLAN.replace("target: {kind: none}", "target: {kind: milestone}", 1)
    root = fresh_data(tmp_path_factory, plan)
    for day, state in (("2025-06-30", "en cours"), ("2024-12-31", "fait")):
        assert run("--data", root, "record", "schools", state, "--date", day,
                   "--source", "x").exit_code == 0  # fmt: skip
    written = yaml.safe_load((root / "readings" / "schools.yaml").read_text())
    assert [r["state"] for r in written] == ["done", "in_progress"]
    shown = run("--data", root, "show", "schools", "--as-of", "2026-01-01").stdout
    assert 'gone back: in progress on 2025-06-30, after "done" on 2024-12-31' in " ".join(
        shown.split()
    )
    assert "warning" not in run("--data", root, "validate", "--as-of", "2026-01-01").stdout


def test_a_correction_lands_after_the_figure_it_corrects(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    root = fresh_data(tmp_path_factory)
    for args in (("14", "--date", "2025-12-31"), ("12", "--date", "2024-12-31"),
                 ("12.5", "--date", "2024-12-31", "--correct")):  # fmt: skip
        assert run("--data", root, "record", "snu", *args, "--source", "x").exit_code == 0
    written = yaml.safe_load((root / "readings" / "snu.yaml").read_text())
    assert [(str(r["date"]), r["value"]) for r in written] == [
        ("2024-12-31", 12),
        ("2024-12-31", 12.5),
        ("2025-12-31", 14),
    ]
    assert written[1]["corrects"] == date(2024, 12, 31)


def test_a_target_met_asks_for_no_pace(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "demo"
    shutil.copytree(DEMO_DATA, root)
    result = run("--data", root, "record", "places-creches", "2600", "--date", "2026-06-30",
                 "--source", "CAF")  # fmt: skip
    assert result.exit_code == 0, result.output
    shown = " ".join(
        run("--data", root, "--lang", "fr", "show", "places-creches", "--as-of", "2026-11-26")
        .stdout.replace("\u00a0", " ")
        .split()
    )
    assert "✔ atteint" in shown
    assert "il faut" not in shown and "Au rythme observé" in shown
