"""Time q2030's everyday commands against baselines measured in the same run.

    python benchmarks/run.py            # the full run: 1,000, 10,000 and 100,000 readings
    python benchmarks/run.py --quick    # 1,000 and 10,000 readings, fewer repeats

Each case runs several times as a fresh process; the median is kept. Machines are shared
and noisy, so every figure is printed as a ratio to a baseline timed in the same run:
(a) `q2030 status` on the shipped plan against a fair floor: a script that imports typer,
rich, pydantic and yaml, defines and instantiates one Pydantic model and prints a two-row
Rich table (what any tool on this stack pays before doing its own work);
(b) `q2030 --version` against a bare interpreter, and which libraries `status --format
json` imports (not Rich);
(c) `validate` and `status` on generated data against PyYAML's C loader reading the same
files in one process; the targets are judged at the largest size, where the work
outweighs the start-up of the interpreter and the libraries, and the smaller sizes show
how time grows; the same with the fast reader off (every file through PyYAML), to show
what the fast reader is worth;
(d) the peak memory of (c) at the largest size.
Linear growth is checked on the work alone (load, check, compute, timed inside one
process), since start-up is most of a small run. Nothing is cached between runs: every
figure is a cold run.
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import REPO, generate

PYTHON = sys.executable
Q2030 = [PYTHON, "-m", "q2030"]
C_LOADER = """
import sys, pathlib, yaml
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.yaml")):
    yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
"""
WORK = """
import statistics, sys, time
from datetime import date
from pathlib import Path
from q2030 import repository
from q2030.overview import build_rows
folder, command, runs = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
times = []
for _ in range(runs):
    start = time.perf_counter()
    dataset, _ = repository.collect(folder, date(2026, 11, 26))
    if command == "status":
        build_rows(dataset, date(2026, 11, 26))
    times.append(time.perf_counter() - start)
print(statistics.median(times))
"""
FLOOR = """
import typer, rich, pydantic, yaml
from pydantic import BaseModel
from rich.console import Console
from rich.table import Table
class Reading(BaseModel):
    date: str
    value: float
Reading(date="2025-12-31", value=14.2)
table = Table("action", "value")
table.add_row("snu-jeunes-qpv", "14 %")
table.add_row("colos-apprenantes-qpv", "53 %")
Console().print(table)
"""
IMPORTED = """
import subprocess, sys
err = subprocess.run([sys.executable, "-X", "importtime", *sys.argv[1:]], capture_output=True,
                     text=True).stderr
print(" ".join(sorted({line.split("|")[-1].strip().split(".")[0] for line in err.splitlines()
                      if line.startswith("import time:") and "|" in line})))
"""
PEAK = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def timed(command: list[str], repeats: int, env: dict[str, str]) -> float:
    """The median wall time of `command`, run `repeats` times as a new process."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=REPO,
            check=False,
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def in_process(command: str, folder: Path, runs: int, env: dict[str, str]) -> float:
    """The median time of the work itself (load, check, compute), without start-up."""
    out = subprocess.run(
        [PYTHON, "-c", WORK, str(folder), command, str(runs)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        check=True,
    ).stdout
    return float(out.strip())


def peak_mb(command: list[str], env: dict[str, str]) -> float:
    """The peak resident memory of `command`, in MB (Linux reports kilobytes)."""
    out = subprocess.run(
        [PYTHON, "-c", PEAK, *command], capture_output=True, text=True, env=env, check=True
    ).stdout
    return int(out.strip()) / 1024


@dataclass
class Line:
    case: str
    seconds: float
    baseline: float
    target: float | None = None  # the highest ratio allowed

    @property
    def ratio(self) -> float:
        return self.seconds / self.baseline

    def __str__(self) -> str:
        verdict = (
            ""
            if self.target is None
            else (f"  target <= {self.target:g}: {'pass' if self.ratio <= self.target else 'FAIL'}")
        )
        return (
            f"{self.case:<42} {self.seconds * 1000:9.1f} ms  baseline "
            f"{self.baseline * 1000:9.1f} ms  ratio {self.ratio:6.3f}{verdict}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer repeats")
    parser.add_argument("--sizes", type=int, nargs="*", help="numbers of readings to try")
    parser.add_argument("--repeats", type=int, help="runs of each case (default: 7, or 3)")
    options = parser.parse_args()
    sizes = options.sizes or ([1_000, 10_000] if options.quick else [1_000, 10_000, 100_000])
    repeats = options.repeats or (3 if options.quick else 7)
    lines: list[Line] = []
    failures = 0
    with tempfile.TemporaryDirectory(prefix="q2030-bench-") as scratch:
        env = {**os.environ, "COLUMNS": "100"}
        floor = timed([PYTHON, "-c", FLOOR], repeats, env)
        bare = timed([PYTHON, "-c", "pass"], repeats, env)
        lines.append(
            Line("(a) status, shipped plan", timed([*Q2030, "status"], repeats, env), floor, 1.25)
        )
        lines.append(
            Line("(a) status --format json, shipped plan",
                 timed([*Q2030, "status", "--format", "json"], repeats, env), floor)
        )  # fmt: skip
        lines.append(Line("(b) --version", timed([*Q2030, "--version"], repeats, env), bare, 3))
        lines.append(Line("(b) --help", timed([*Q2030, "--help"], repeats, env), bare))
        imported = subprocess.run(
            [PYTHON, "-c", IMPORTED, "-m", "q2030", "status", "--format", "json"],
            capture_output=True, text=True, env=env, cwd=REPO, check=True,
        ).stdout.split()  # fmt: skip
        heavy = [name for name in ("rich", "openpyxl", "filelock") if name in imported]
        rich_free = "pass" if not heavy else f"FAIL ({', '.join(heavy)} imported)"
        failures += rich_free != "pass"

        work: dict[str, dict[int, float]] = {"validate": {}, "status": {}}
        for size in sizes:
            folder = generate(size, Path(scratch) / f"data-{size}")
            runs = repeats if size <= 10_000 else min(repeats, 3)
            judged = size == sizes[-1]  # start-up swamps the small sizes: see the docstring
            raw = timed([PYTHON, "-c", C_LOADER, str(folder / "readings")], runs, env)
            for command in ("validate", "status"):
                base = [*Q2030, "--data", str(folder), command, "--format", "json"]
                target = (0.5 if command == "validate" else None) if judged else None
                cold = timed(base, runs, env)
                lines.append(Line(f"(c) {command}, {size:,} readings", cold, raw, target))
                if command == "validate" and judged:
                    slow = timed(base, runs, {**env, "Q2030_FAST_READER": "0"})
                    lines.append(
                        Line(f"(c) validate, {size:,} readings, no fast reader", slow, raw)
                    )
                work[command][size] = in_process(command, folder, runs, env)
        for line in lines:
            print(line)
            failures += line.target is not None and line.ratio > line.target
        print(
            f"(b) status --format json imports neither Rich nor the spreadsheet code: {rich_free}"
        )
        for command, times in work.items():
            shown = ", ".join(
                f"{size:,}: {seconds * 1e6 / size:.1f} us" for size, seconds in times.items()
            )
            print(f"(c) {command}, work per reading, in one process: {shown}")
            for smaller, larger in itertools.pairwise(sizes):
                growth = times[larger] / times[smaller]
                allowed = 1.25 * larger / smaller
                verdict = "pass" if growth <= allowed else "FAIL"
                failures += verdict == "FAIL"
                print(
                    f"(c) {command}: {smaller:,} -> {larger:,} readings, time x{growth:.1f}"
                    f"  target <= x{allowed:g} (linear, 25 % slack): {verdict}"
                )
        largest = sizes[-1]
        folder = Path(scratch) / f"data-{largest}"
        for command in ("validate", "status"):
            megabytes = peak_mb([*Q2030, "--data", str(folder), command, "--format", "json"], env)
            verdict = "pass" if megabytes <= 300 else "FAIL"
            failures += verdict == "FAIL"
            print(
                f"(d) {command}, {largest:,} readings: peak memory {megabytes:.0f} MB"
                f"  target <= 300 MB: {verdict}"
            )
    print(f"{failures} target(s) failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
