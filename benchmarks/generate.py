"""Write a valid data folder holding N readings, at the scale of a national plan.

    python benchmarks/generate.py 1000000 /tmp/q2030-1m
    python benchmarks/generate.py 1000000 /tmp/q2030-1m-errors --errors 0.01

The shape: the data model holds one series per action (two figures for one date conflict
unless one corrects the other) and every reading lies between the plan's reference date
and today. So a large data folder is a large plan: each measurable action of the shipped
Nord plan is repeated per territory (the 101 départements first, then priority
neighbourhoods: `snu-jeunes-qpv-d62`, `snu-jeunes-qpv-q0421`), with the Nord action's
target, due date and baseline, and one series each. Series are daily, weekly or monthly
in turn (milestones monthly), from the day after the reference date to `last_day` (by
default the end of the month before today), so that a million readings make about 2,800
actions and files of 30 to 900 readings, and a hundred thousand the same mix, ten times
fewer; the work per reading compares across sizes.

Every kind of reading is there, as `q2030 record` writes it: plain values (a random walk
in the action's unit), shares recorded with their fraction (value, numerator,
denominator) and fractions alone, milestone states, the reference figure of an `outpace`
action, notes, and corrections (a second reading of a date that says what it corrects).

`--errors RATE` spoils that share of the readings, each with one located problem of a
common kind (a percentage above 100, a count with decimals, a decimal comma, an unknown
field, a missing source, a date in the future, a second figure for a date), so that
reporting is measured apart from loading.
"""

from __future__ import annotations

import argparse
import random
import shutil
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
PLAN = REPO / "data" / "objectives.yaml"
HEADER = "# yaml-language-server: $schema=../schemas/readings.schema.json\n"
FREQUENCIES = ("daily", "weekly", "monthly")
# A file with a schema error gives no readings (the checks never see them), so a series
# holds errors of one family only: the count of problems is then the count of errors.
RULE_ERRORS = (
    "percent-above-100",
    "count-decimals",
    "numerator-exceeds",
    "milestone-value",
    "conflict",
    "future-date",
)
SCHEMA_ERRORS = ("decimal-comma", "unknown-field", "missing-source")
SCHEMA_SERIES_EVERY = 5  # one series in five holds schema errors, the others rule errors


def territories() -> Iterator[str]:
    """The 101 départements (d01... d2a, d2b... d976), then priority neighbourhoods."""
    codes = [f"{n:02d}" for n in range(1, 20)] + ["2a", "2b"] + [f"{n}" for n in range(21, 96)]
    codes += ["971", "972", "973", "974", "976"]
    yield from (f"d{code}" for code in codes)
    number = 1
    while True:
        yield f"q{number:04d}"
        number += 1


def month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def default_last_day() -> date:
    """The end of the month before today: every reading in the past, none stale."""
    return date.today().replace(day=1) - timedelta(days=1)


def series_dates(frequency: str, first: date, last: date) -> list[date]:
    if frequency == "monthly":
        days, day = [], month_end(first)
        while day <= last:
            days.append(day)
            day = month_end(day + timedelta(days=1))
        return days
    step = timedelta(days=1 if frequency == "daily" else 7)
    count = (last - first) // step + 1
    return [first + step * index for index in range(count)]


def measurable_actions(plan: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        action
        for objective in plan["objectives"]
        for action in objective["actions"]
        if action["target"]["kind"] != "none"
    ]


def _number(value: float) -> str:
    """A figure as `q2030 record` writes it (store._yaml_scalar)."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


@dataclass
class Series:
    """One action's readings in one territory, written entry by entry."""

    action: dict[str, Any]
    territory: str
    frequency: str
    rng: random.Random
    fractions: bool
    index: int  # its place among the series

    def __post_init__(self) -> None:
        unit = self.action.get("unit")
        self.low, self.high = {"percent": (0, 100), "points": (-20, 20)}.get(unit, (0, 5000))
        self.level = self.rng.uniform(self.low, self.high)
        self.state = 0

    def figure(self) -> float:
        """The next figure of a random walk that stays in the unit's range."""
        step = (self.high - self.low) / 50
        self.level = min(self.high, max(self.low, self.level + self.rng.uniform(-step, step)))
        if self.action.get("unit") == "count":
            return float(round(self.level))
        return round(self.level, 1)

    def source(self, day: date) -> str:
        operator = self.action["operator"]
        label = {"daily": "quotidien", "weekly": "hebdomadaire", "monthly": "mensuel"}
        return f"{operator} {self.territory.upper()}, relevé {label[self.frequency]} {day:%Y-%m}"

    def fields(self, day: date) -> list[tuple[str, str]]:
        """A reading's fields in the order `q2030 record` writes them."""
        kind, unit = self.action["target"]["kind"], self.action.get("unit")
        fields = [("date", day.isoformat())]
        if kind == "milestone":
            if self.rng.random() < 0.2:
                self.state = min(2, self.state + 1)
            elif self.state and self.rng.random() < 0.02:
                self.state -= 1  # a regression, said as such
            fields.append(("state", ("not_started", "in_progress", "done")[self.state]))
        elif self.fractions and unit == "percent":
            denominator = self.rng.randint(20, 400)
            numerator = round(self.figure() / 100 * denominator)
            if self.rng.random() >= 0.1:  # as record writes a fraction: with its share
                fields.append(("value", _number(round(numerator / denominator * 100, 2))))
            fields += [("numerator", str(numerator)), ("denominator", str(denominator))]
        else:
            fields.append(("value", _number(self.figure())))
        if kind == "outpace":
            fields.append(("reference", _number(round(self.rng.uniform(0, 100), 1))))
        fields.append(("source", f'"{self.source(day)}"'))
        if self.rng.random() < 0.02:
            fields.append(("note", '"Chiffre provisoire, à confirmer"'))
        return fields

    def correction(self, fields: list[tuple[str, str]]) -> list[tuple[str, str]] | None:
        """Now and then, a second reading of the same date that corrects the first."""
        if self.action["target"]["kind"] == "milestone" or self.rng.random() >= 0.005:
            return None
        day = fields[0][1]
        corrected = [(key, value) for key, value in self.fields(date.fromisoformat(day))]
        corrected = [(k, v) for k, v in corrected if k != "note"]
        return [*corrected, ("note", '"Correction du chiffre transmis"'), ("corrects", day)]


def entry(fields: list[tuple[str, str]]) -> str:
    first, *rest = fields
    return "".join([f"- {first[0]}: {first[1]}\n", *(f"  {k}: {v}\n" for k, v in rest)])


def spoil(fields: list[tuple[str, str]], kind: str, future: date) -> list[tuple[str, str]]:
    """`fields` with one located problem of `kind` (one that fits them: see _kind)."""
    values = dict(fields)
    if kind in ("percent-above-100", "count-decimals", "decimal-comma"):
        wrong = {"percent-above-100": "123.4", "count-decimals": "12.5"}.get(kind, '"14,2"')
        return [("value", wrong) if key == "value" else (key, v) for key, v in fields]
    if kind == "numerator-exceeds":
        bigger = str(int(values["denominator"]) + 1)
        return [("numerator", bigger) if key == "numerator" else (key, v) for key, v in fields]
    if kind == "milestone-value":
        return [("value", "1") if key == "state" else (key, v) for key, v in fields]
    if kind == "unknown-field":
        return [*fields, ("comment", '"vu en réunion"')]
    if kind == "missing-source":
        return [(key, v) for key, v in fields if key != "source"]
    if kind == "future-date":
        return [("date", future.isoformat()), *fields[1:]]
    raise ValueError(kind)


def _kind(series: Series, fields: list[tuple[str, str]], last: bool, turn: int) -> str:
    """The first kind of error, from the `turn`-th of its series' family, that fits this
    reading; every reading fits one of each family."""
    unit, target = series.action.get("unit"), series.action["target"]["kind"]
    keys = {key for key, _ in fields}
    plain = "value" in keys and "numerator" not in keys
    fits = {
        "percent-above-100": plain and unit == "percent",
        "count-decimals": plain and unit == "count",
        "numerator-exceeds": "numerator" in keys,
        "milestone-value": target == "milestone",
        "conflict": False,  # decided by the caller, who knows the previous reading
        "future-date": last,  # a series' last reading: no order broken
        "decimal-comma": "value" in keys,
        "unknown-field": True,
        "missing-source": True,
    }
    schema = series.index % SCHEMA_SERIES_EVERY == 0
    family = SCHEMA_ERRORS if schema else RULE_ERRORS
    rotation = family[turn % len(family) :] + family
    return next((kind for kind in rotation if fits[kind]), "conflict")


def plan_for(
    plan: dict[str, Any],
    count: int,
    first: date,
    last: date,
    rng: random.Random,
    longest: int | None,
) -> list[tuple[Series, list[date]]]:
    """The series to write with their dates, in plan order, holding `count` readings or
    more (the last one is cut short); each of `longest` readings at most, if given."""
    actions = measurable_actions(plan)
    every: list[tuple[Series, list[date]]] = []
    total, turn = 0, 0
    for territory in territories():
        for action in actions:
            if total >= count:
                return every
            milestone = action["target"]["kind"] == "milestone"
            frequency = "monthly" if milestone else FREQUENCIES[turn % len(FREQUENCIES)]
            turn += 1
            copy = {**deepcopy(action), "id": f"{action['id']}-{territory}"}
            fractions = action.get("unit") == "percent" and rng.random() < 0.25
            dates = series_dates(frequency, first, last)[:longest]
            series = Series(copy, territory, frequency, rng, fractions, len(every))
            every.append((series, dates))
            total += len(dates)
    raise AssertionError("territories never run out")


def _other_value(fields: list[tuple[str, str]], unit: str | None) -> list[tuple[str, str]]:
    """A second figure for the date of `fields` (a conflict: it corrects nothing)."""
    value = float(dict(fields)["value"])
    other = value - 1 if unit == "percent" and value > 99 else value + 1
    return [
        ("value", _number(round(other, 1))) if key == "value" else (key, v)
        for key, v in fields
        if key != "corrects"
    ]


def generate(
    count: int,
    target: Path,
    seed: int = 2030,
    *,
    errors: float = 0.0,
    last_day: date | None = None,
    longest: int | None = None,
) -> Path:
    """Write the folder and return it; an existing folder is replaced. Exactly `count`
    readings; with `errors`, round(count * errors) of them each carry one problem.
    `longest` cuts every series to that many readings (their last dates dropped), so that
    a small folder holds every action of the plan (tests)."""
    rng = random.Random(seed)
    last = last_day or default_last_day()
    future = max(last, date.today()) + timedelta(days=400)
    plan = yaml.load(PLAN.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    first = plan["plan"]["reference_date"] + timedelta(days=1)
    if target.exists():
        shutil.rmtree(target)
    (target / "readings").mkdir(parents=True)
    shutil.copytree(REPO / "data" / "schemas", target / "schemas")
    spoiled = round(count * errors)
    gap = count / spoiled if spoiled else 0.0
    next_error, turn, written = gap / 2, 0, 0
    kept: list[dict[str, Any]] = []
    for series, all_dates in plan_for(plan, count, first, last, rng, longest):
        # the series that reaches `count` keeps its latest dates, not its earliest: a
        # series cut short at its start would end years ago, and be stale (a warning)
        dates = all_dates[max(0, len(all_dates) - (count - written)) :]
        entries: list[str] = []
        previous: list[tuple[str, str]] | None = None  # the last reading, if unspoiled
        for index, day in enumerate(dates):
            if written >= count:
                break
            fields = series.fields(day)
            spoil_here = False
            if spoiled and written >= next_error and turn < spoiled:
                kind = _kind(series, fields, index == len(dates) - 1, turn)
                if kind != "conflict":
                    fields, spoil_here = spoil(fields, kind, future), True
                elif previous is not None and "value" in dict(previous):
                    fields, spoil_here = _other_value(previous, series.action.get("unit")), True
            if spoil_here:
                turn += 1
                next_error += gap
            entries.append(entry(fields))
            written += 1
            previous = None if spoil_here else fields
            correction = None if spoil_here or written >= count else series.correction(fields)
            if correction is not None:
                entries.append(entry(correction))
                written += 1
                previous = correction
        if entries:
            path = target / "readings" / f"{series.action['id']}.yaml"
            path.write_text(HEADER + "".join(entries), encoding="utf-8")
            kept.append(series.action)
    _write_plan(plan, kept, target / "objectives.yaml")
    if written != count or turn != spoiled:
        raise RuntimeError(f"wrote {written} readings ({turn} spoiled), asked {count}")
    return target


def _write_plan(plan: dict[str, Any], actions: list[dict[str, Any]], path: Path) -> None:
    """The Nord plan with each measurable action replaced by its territories' copies."""
    copies: dict[str, list[dict[str, Any]]] = {}
    for action in actions:
        copies.setdefault(action["id"].rsplit("-", 1)[0], []).append(action)
    for objective in plan["objectives"]:
        objective["actions"] = [
            copy
            for action in objective["actions"]
            for copy in (copies.get(action["id"], []) if action["target"]["kind"] != "none"
                         else [action])
        ]  # fmt: skip
    text = yaml.safe_dump(plan, allow_unicode=True, sort_keys=False, width=10_000)
    path.write_text("# yaml-language-server: $schema=schemas/objectives.schema.json\n" + text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="how many readings")
    parser.add_argument("target", type=Path, help="the data folder to write (replaced)")
    parser.add_argument("--seed", type=int, default=2030)
    parser.add_argument("--errors", type=float, default=0.0, help="share of spoiled readings")
    parser.add_argument("--last-day", type=date.fromisoformat, help="the last reading's date")
    options = parser.parse_args()
    generate(
        options.count,
        options.target,
        options.seed,
        errors=options.errors,
        last_day=options.last_day,
    )
    print(f"{options.target}: {options.count} readings")


if __name__ == "__main__":
    main()
