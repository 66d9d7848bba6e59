"""Write a valid data folder holding N readings spread over the plan's measurable actions.

    python benchmarks/generate.py 100000 /tmp/q2030-100k

The plan is the shipped one (data/objectives.yaml); readings are dated one a day, back
from the plan's reference date, in the form `q2030 record` writes. Figures are random
but fit each action's unit and kind, so the folder validates without an error.
"""

from __future__ import annotations

import argparse
import random
import shutil
from datetime import date, timedelta
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
PLAN = REPO / "data" / "objectives.yaml"
LAST_DAY = date(2026, 6, 30)  # readings end here; none is in the future


def measurable_actions(plan: dict) -> list[dict]:
    return [
        action
        for objective in plan["objectives"]
        for action in objective["actions"]
        if action["target"]["kind"] not in ("none",)
    ]


def entry(action: dict, day: date, rng: random.Random) -> str:
    lines = [f"- date: {day.isoformat()}"]
    kind = action["target"]["kind"]
    if kind == "milestone":
        lines.append(f"  state: {rng.choice(['not_started', 'in_progress', 'done'])}")
    elif action.get("unit") == "points":
        lines.append(f"  value: {rng.uniform(-20, 20):.1f}")
    elif action.get("unit") == "percent":
        lines.append(f"  value: {rng.uniform(0, 100):.1f}")
        if kind == "outpace":
            lines.append(f"  reference: {rng.uniform(0, 100):.1f}")
    else:
        lines.append(f"  value: {rng.randint(0, 5000)}")
    lines.append(f'  source: "Generated figure {rng.randint(1, 10**6)}"')
    return "\n".join(lines) + "\n"


def generate(count: int, target: Path, seed: int = 2030) -> Path:
    """Write the folder and return it; an existing folder is replaced."""
    rng = random.Random(seed)
    plan = yaml.load(PLAN.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    actions = measurable_actions(plan)
    if target.exists():
        shutil.rmtree(target)
    (target / "readings").mkdir(parents=True)
    shutil.copy(PLAN, target / "objectives.yaml")
    shutil.copytree(REPO / "data" / "schemas", target / "schemas")
    per_action = [
        count // len(actions) + (index < count % len(actions)) for index in range(len(actions))
    ]
    for action, howmany in zip(actions, per_action, strict=True):
        if not howmany:
            continue
        first = LAST_DAY - timedelta(days=howmany - 1)
        text = "".join(
            entry(action, first + timedelta(days=offset), rng) for offset in range(howmany)
        )
        (target / "readings" / f"{action['id']}.yaml").write_text(
            "# yaml-language-server: $schema=../schemas/readings.schema.json\n" + text,
            encoding="utf-8",
        )
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="how many readings")
    parser.add_argument("target", type=Path, help="the data folder to write (replaced)")
    parser.add_argument("--seed", type=int, default=2030)
    options = parser.parse_args()
    generate(options.count, options.target, options.seed)
    print(f"{options.target}: {options.count} readings")


if __name__ == "__main__":
    main()
