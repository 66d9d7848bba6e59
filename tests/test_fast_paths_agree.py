"""Every figure and every problem the fast paths give is the one the reference path gives.

The fast paths: readings files read whole into columns (bulk_reader), checked and
evaluated a column at a time (rules, progress). The reference path: every file read by
PyYAML and validated reading by reading (`Q2030_FAST_READER=0`), checked by the loop over
the models. Compared on generated data holding every kind of reading, valid and spoiled,
and on readings built to hit the column passes' edges.
"""

from __future__ import annotations

import math
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.generate import generate
from q2030.checks import checked
from q2030.data import loader
from q2030.domain.models import Action, Reading
from q2030.domain.progress import effective_readings, projected_trend
from q2030.domain.rules import findings
from q2030.domain.series import Readings
from tests.conftest import SHIPPED_DATA, run

LAST_DAY = date(2026, 10, 31)
AS_OF = ["2024-03-31", "2025-06-30", "2026-11-26"]
COMMANDS = [
    ["status", "--format", "json"],
    ["status", "--format", "csv"],
    ["status", "--format", "markdown"],
    ["status", "--by", "due"],
    ["validate", "--format", "json"],
    ["validate", "--format", "text"],
]


def kinds_of(folder: Path) -> set[str]:
    """Which kinds of reading the folder's files hold, as the reference reads them."""
    found = set()
    for path in (folder / "readings").glob("*.yaml"):
        document, _ = loader.read_document(path, path.name, readings=True)
        for item in (document.data or []) if document else []:
            found |= {name for name in item if name not in ("date", "source")}
            if "numerator" in item and "value" not in item:
                found.add("fraction alone")
    return found


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Generated data with every kind of reading (every action of the plan, 60 readings
    each), valid and with 1 % spoiled; plus files the other readers read: out of date order,
    in CRLF, in flow style, and an empty one."""
    root = tmp_path_factory.mktemp("agree")
    valid = generate(3_000, root / "valid", last_day=LAST_DAY, longest=60)
    spoiled = generate(3_000, root / "spoiled", last_day=LAST_DAY, longest=60, errors=0.01)
    for folder in (valid, spoiled):
        readings = folder / "readings"
        swapped = readings / "places-creches-d01.yaml"  # two readings out of date order
        header, first, second, *rest = re.split(r"(?m)^(?=- )", swapped.read_text())
        swapped.write_text("".join([header, second, first, *rest]))
        crlf = readings / "mt-dents-d01.yaml"
        crlf.write_bytes(crlf.read_bytes().replace(b"\n", b"\r\n"))
        (readings / "pass-sport-qpv-d01.yaml").write_text(
            "- {date: 2024-06-30, value: 40, source: flow}\n"
        )
        (readings / "dsil-qpv-d01.yaml").write_text("# nothing yet\n")
    return {"valid": valid, "spoiled": spoiled}


def test_the_generated_data_holds_every_kind_of_reading(folders: dict[str, Path]) -> None:
    assert kinds_of(folders["valid"]) >= {
        "value", "numerator", "denominator", "fraction alone", "state", "reference", "note",
        "corrects",
    }  # fmt: skip


@pytest.mark.parametrize("which", ["valid", "spoiled"])
@pytest.mark.parametrize("as_of", AS_OF)
def test_the_fast_and_the_reference_paths_give_the_same_outputs(
    folders: dict[str, Path], which: str, as_of: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for command in COMMANDS:
        args = ["--data", folders[which], *command, "--as-of", as_of]
        fast = run(*args)
        monkeypatch.setenv(loader.FAST_READER_ENV, "0")
        reference = run(*args)
        monkeypatch.delenv(loader.FAST_READER_ENV)
        assert (fast.exit_code, fast.output) == (reference.exit_code, reference.output), command
    if which == "spoiled":  # the spoiled readings are found, and on the bulk path too
        assert '"code": "reading-value"' in run("--data", folders[which], *COMMANDS[4]).output


def test_the_bulk_reader_reads_the_generated_files(folders: dict[str, Path]) -> None:
    dataset, problems = checked.collect(folders["valid"], LAST_DAY)
    assert dataset is not None and not [p for p in problems if p.level == "error"]
    columns = [name for name, values in dataset.readings.items() if isinstance(values, Readings)]
    assert len(columns) >= len(dataset.readings) - 4  # all but the four odd files


# Readings built to reach the edges of the column passes: repeated dates, corrections of
# dates met and not, figures out of their unit's range, fractions, states where a figure
# is wanted and the other way round; against the loop over the models.
PLAN = checked.load(SHIPPED_DATA).plan
ACTIONS = {action.target.kind + "/" + str(action.unit): action for _, action in PLAN.actions()}
FIGURES = [0.0, 14.5, 100.0, 100.5, -1.0, -150.0, 3.0, 2.5, 1e12]


@st.composite
def readings_of(draw: st.DrawFn, action: Action) -> list[Reading]:
    """Readings in date order (repeated dates often), of every form."""
    day, found = date(2023, 6, 30), []
    for _ in range(draw(st.integers(1, 12))):
        day += timedelta(days=draw(st.sampled_from([0, 0, 1, 40, 400])))
        fields: dict[str, object] = {"date": day, "source": "s"}
        form = draw(st.sampled_from(["value", "fraction", "both", "state"]))
        if form == "state":
            fields["state"] = draw(st.sampled_from(["not_started", "in_progress", "done"]))
        if form in ("value", "both"):
            fields["value"] = draw(st.sampled_from(FIGURES))
        if form in ("fraction", "both"):
            fields["denominator"] = draw(st.sampled_from([48.0, 3.0, 1.0]))
            fields["numerator"] = draw(st.sampled_from([0.0, 42.0, 2.0, -1.0, 60.0]))
        if draw(st.booleans()):
            fields["reference"] = draw(st.sampled_from(FIGURES))
        if draw(st.integers(0, 3)) == 0:
            fields["corrects"] = day - timedelta(days=draw(st.sampled_from([0, 0, 1])))
        found.append(Reading.model_validate(fields))
    return found


actions_and_readings = st.sampled_from(sorted(ACTIONS)).flatmap(
    lambda key: st.tuples(st.just(ACTIONS[key]), readings_of(ACTIONS[key]))
)


@settings(max_examples=400, deadline=None)
@given(actions_and_readings, st.sampled_from([date(2024, 1, 1), date(2026, 11, 26)]))
def test_the_column_checks_find_what_the_loop_finds(
    drawn: tuple[Action, list[Reading]], today: date
) -> None:
    action, readings = drawn
    expected = list(findings(action, readings, date(2023, 12, 31), today))
    assert list(findings(action, Readings.of(readings), date(2023, 12, 31), today)) == expected


def reference_effective(readings: list[Reading], as_of: date) -> list[Reading]:
    """The definition: the last reading of each date up to `as_of`, oldest first."""
    by_date = {reading.date: reading for reading in readings if reading.date <= as_of}
    return [by_date[day] for day in sorted(by_date)]


def reference_slope(readings: list[Reading], unit: str | None, after: date) -> float | None:
    """The least-squares slope per year of the figures dated after `after`, as a loop."""
    points = [(r.date, r.number(unit)) for r in readings if r.date > after]
    points = [(day, value) for day, value in points if value is not None]
    if len(points) < 2:
        return None
    xs = [(day - points[0][0]).days / 365.25 for day, _ in points]
    ys = [value for _, value in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    if spread == 0:
        return None
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread


@settings(max_examples=300, deadline=None)
@given(actions_and_readings, st.booleans(), st.sampled_from([date(2024, 6, 30), date.max]))
def test_progress_on_columns_keeps_its_definitions(
    drawn: tuple[Action, list[Reading]], shuffled: bool, as_of: date
) -> None:
    action, readings = drawn
    if shuffled:  # a file out of date order
        readings = readings[1::2] + readings[::2]
    effective = effective_readings(Readings.of(readings), as_of)
    assert effective == reference_effective(readings, as_of)
    assert all(any(r is given for given in readings) for r in effective)  # the same models
    trend = projected_trend(effective, action.unit, date(2023, 12, 31), date(2030, 12, 31), 20)
    slope = reference_slope(effective, action.unit, date(2023, 12, 31))
    assert (trend is None) == (slope is None)
    if trend is not None and slope is not None:
        assert trend.observed_pace == slope or math.isnan(slope)  # to the last bit
