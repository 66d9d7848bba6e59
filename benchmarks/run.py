"""Time q2030's everyday commands against baselines measured in the same run.

    python benchmarks/run.py                          # 1,000, 10,000 and 100,000 readings
    python benchmarks/run.py --quick                  # 1,000 and 10,000, fewer repeats
    python benchmarks/run.py --sizes 100000,1000000   # national scale (about three minutes)

Each case runs several times as a fresh process; the least time is kept, as timeit does:
on a machine shared with others, their load only ever adds time. Machines are shared and
noisy, so every figure is printed as a ratio to a baseline timed in the same run:
(a) `q2030 status` on the shipped plan against a fair floor: a script that imports typer,
rich, pydantic and yaml, defines and instantiates one Pydantic model and prints a two-row
Rich table (what any tool on this stack pays before doing its own work);
(b) `q2030 --version` against a bare interpreter, and which libraries `status --format
json` imports (not Rich);
(c) `validate` and `status` on generated data (benchmarks/generate.py: valid readings at
the scale of a national plan) against PyYAML's C loader reading the same readings files
in one process; at 100,000 readings `validate` within 0.5x; at a million both more than
ten times faster than the C loader and within 5 s (`validate`) and 6 s (`status`); up to
100,000 readings, the same with the fast readers off (every file through PyYAML and
Pydantic, the reference path), to show what they are worth;
(d) the peak memory of (c): 300 MB up to 100,000 readings, 600 MB at a million;
(e) the same data with 1 % of its readings spoiled (one located problem each): what
reporting them adds to `validate`, in each output format, at most 1 s at a million;
(f) `q2030 site` (every page in both languages, the downloads, written whole): on the
demo within 2 s, against `status --format json` on the same data (what reading it and
judging it cost); on generated data (the largest size up to 100,000 readings), against
the C loader as in (c), within 10 s at 100,000.
Linear growth is checked on the work alone (load, check, compute, timed inside one
process, since start-up is most of a small run): the time and the memory per reading at
each size within 1.2x of the size before, each the least of three rounds that take the
sizes in turn. Nothing is cached between runs: every figure is a cold run.
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
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
import resource, sys, time
from datetime import date
from pathlib import Path
from q2030.data import store
from q2030.checks import checked
from q2030.services.overview import build_rows
folder, command = Path(sys.argv[1]), sys.argv[2]
with open("/proc/self/statm") as statm:
    before = int(statm.read().split()[1]) * resource.getpagesize()
start = time.perf_counter()
dataset, _ = checked.collect(folder)
if command == "status":
    build_rows(dataset, date.today())
seconds = time.perf_counter() - start
print(seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - before)
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
NATIONAL = 1_000_000  # from this size on, the national targets apply
FORMATS = ("text", "github", "gitlab", "json")
SITE_LARGEST = 100_000  # the site is built up to this size (a national site is not its use)


def site_time(folder: Path, out: Path, repeats: int, env: dict[str, str]) -> float:
    """The least time of `q2030 site` on `folder`, into `out` (which it must have written:
    a failed build is not timed)."""
    shutil.rmtree(out, ignore_errors=True)
    seconds = timed([*Q2030, "--data", str(folder), "site", "--out", str(out)], repeats, env)
    if not (out / "index.html").is_file():
        raise SystemExit(f"q2030 site did not build the site of {folder}")
    return seconds


def timed(command: list[str], repeats: int, env: dict[str, str]) -> float:
    """The least wall time of `command`, run `repeats` times as a new process."""
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
    return min(times)


def in_process(command: str, folder: Path, env: dict[str, str]) -> tuple[float, int]:
    """The time of the work itself (load, check, compute) in a new process, without its
    start-up, and the memory the work took at its peak (above what the process held)."""
    out = subprocess.run(
        [PYTHON, "-c", WORK, str(folder), command],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        check=True,
    ).stdout.split()
    return float(out[0]), int(out[1])


def added_time(base: list[str], other: list[str], runs: int, env: dict[str, str]) -> float:
    """What `other` takes beyond `base`, each the least of `runs` runs taken in turn (a
    busy spell of the shared machine then weighs on both alike)."""
    pairs = [(timed(base, 1, env), timed(other, 1, env)) for _ in range(runs)]
    return min(other for _, other in pairs) - min(base for base, _ in pairs)


def peak_mb(command: list[str], env: dict[str, str]) -> float:
    """The peak resident memory of `command`, in MB (Linux reports kilobytes)."""
    out = subprocess.run(
        [PYTHON, "-c", PEAK, *command],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,  # the q2030 measured is this tree's, wherever the run starts
        check=True,
    ).stdout
    return int(out.strip()) / 1024


def problems_in(folder: Path, env: dict[str, str]) -> int:
    """How many problems `validate` reports in `folder`."""
    out = subprocess.run(
        [*Q2030, "--data", str(folder), "validate", "--format", "json"],
        capture_output=True, text=True, env=env, cwd=REPO, check=False,
    ).stdout  # fmt: skip
    return out.count('"code":')


@dataclass
class Line:
    case: str
    seconds: float
    baseline: float
    target: float | None = None  # the highest ratio allowed
    limit: float | None = None  # the longest time allowed, in seconds

    @property
    def failed(self) -> bool:
        too_slow = self.limit is not None and self.seconds > self.limit
        return too_slow or (self.target is not None and self.ratio > self.target)

    @property
    def ratio(self) -> float:
        return self.seconds / self.baseline

    def __str__(self) -> str:
        targets = []
        if self.target is not None:
            targets.append(f"<= {self.target:g}")
        if self.limit is not None:
            targets.append(f"<= {self.limit:g} s")
        verdict = f"  target {' and '.join(targets)}: {'FAIL' if self.failed else 'pass'}"
        return (
            f"{self.case:<46} {self.seconds * 1000:9.1f} ms  baseline "
            f"{self.baseline * 1000:9.1f} ms  ratio {self.ratio:6.3f}"
            + (verdict if targets else "")
        )


def work_per_reading(
    folders: dict[int, Path], rounds: int, env: dict[str, str]
) -> dict[str, dict[int, tuple[float, int]]]:
    """The work in one process at each size, in rounds that take every size in turn (so
    that a busy spell of the shared machine weighs on all sizes alike); the least time
    and the least memory of the rounds, the least disturbed, as timeit reports."""
    found: dict[str, dict[int, list[tuple[float, int]]]] = {"validate": {}, "status": {}}
    for _ in range(rounds):
        for size, folder in folders.items():
            for command, measured in found.items():
                measured.setdefault(size, []).append(in_process(command, folder, env))
    return {
        command: {
            size: (min(time for time, _ in runs), min(memory for _, memory in runs))
            for size, runs in measured.items()
        }
        for command, measured in found.items()
    }


def sizes_given(values: list[str] | None, quick: bool) -> list[int]:
    """`--sizes 100000,1000000` or `--sizes 100000 1000000`; the default run's sizes."""
    if values:
        return [int(part) for value in values for part in value.split(",") if part]
    return [1_000, 10_000] if quick else [1_000, 10_000, 100_000]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer repeats")
    parser.add_argument("--sizes", nargs="*", help="numbers of readings to try (100000,1000000)")
    parser.add_argument("--repeats", type=int, help="runs of each case (default: 7, or 3)")
    options = parser.parse_args()
    sizes = sizes_given(options.sizes, options.quick)
    repeats = options.repeats or (3 if options.quick else 7)
    began = time.perf_counter()
    lines: list[Line] = []
    notes: list[tuple[str, bool | None]] = []  # a finding, and whether it passed
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
        notes.append(
            (
                "(b) status --format json imports neither Rich nor the spreadsheet code"
                + (f" ({', '.join(heavy)} imported)" if heavy else ""),
                not heavy,
            )
        )
        demo = REPO / "examples" / "demo"
        site_out = Path(scratch) / "site"
        demo_status = [*Q2030, "--data", str(demo), "status", "--format", "json"]
        lines.append(
            Line(
                "(f) site, demo",
                site_time(demo, site_out, repeats, env),
                timed(demo_status, repeats, env),
                limit=2.0,
            )
        )
        folders: dict[int, Path] = {}
        for size in sizes:
            national = size >= NATIONAL
            folder = folders[size] = generate(size, Path(scratch) / f"data-{size}")
            runs = repeats if size <= 10_000 else min(repeats, 3)  # the C loader, errors
            quick = repeats if size <= 10_000 else min(repeats, 5)  # q2030's own runs
            raw = timed([PYTHON, "-c", C_LOADER, str(folder / "readings")], runs, env)
            for command in ("validate", "status"):
                base = [*Q2030, "--data", str(folder), command, "--format", "json"]
                cold = timed(base, quick, env)
                if national:
                    target, limit = 0.1, (5.0 if command == "validate" else 6.0)
                else:
                    judged = command == "validate" and size >= 100_000
                    target, limit = (0.5 if judged else None), None
                lines.append(Line(f"(c) {command}, {size:,} readings", cold, raw, target, limit))
                if command == "validate" and size == sizes[-1] and not national:
                    slow = timed(base, runs, {**env, "Q2030_FAST_READER": "0"})
                    lines.append(
                        Line(f"(c) validate, {size:,} readings, no fast reader", slow, raw)
                    )
            if size == max([small for small in sizes if small <= SITE_LARGEST], default=0):
                seconds = site_time(folder, site_out, quick, env)
                limit = 10.0 if size == SITE_LARGEST else None
                lines.append(Line(f"(f) site, {size:,} readings", seconds, raw, None, limit))
            if size >= 100_000 or size == sizes[-1]:
                allowed = 600 if national else 300
                for command in ("validate", "status"):
                    megabytes = peak_mb(
                        [*Q2030, "--data", str(folder), command, "--format", "json"], env
                    )
                    notes.append(
                        (
                            f"(d) {command}, {size:,} readings: peak memory {megabytes:.0f} MB"
                            f"  target <= {allowed} MB",
                            megabytes <= allowed,
                        )
                    )
            if size == sizes[-1]:
                spoiled = generate(size, Path(scratch) / f"errors-{size}", errors=0.01)
                count = problems_in(spoiled, env)
                clean = [*Q2030, "--data", str(folder), "validate", "--format", "json"]
                notes.append(
                    (
                        f"(e) {size:,} readings, 1 % spoiled: {count:,} located problems"
                        f" (expected {round(size * 0.01):,})",
                        count == round(size * 0.01),
                    )
                )
                for style in FORMATS:
                    command = [*Q2030, "--data", str(spoiled), "validate", "--format", style]
                    added = added_time(clean, command, runs, env)
                    judged = f"  target <= {size / NATIONAL:g} s" if national else ""
                    notes.append(
                        (
                            f"(e) validate --format {style}, 1 % spoiled: {added * 1000:+.0f} ms"
                            f" against valid data{judged}",
                            added <= size / NATIONAL if national else None,
                        )
                    )
        work = work_per_reading(folders, repeats if sizes[-1] <= 10_000 else 3, env)
    failures = sum(line.failed for line in lines)
    for line in lines:
        print(line)
    for command, measured in work.items():
        shown = ", ".join(
            f"{size:,}: {seconds * 1e6 / size:.2f} us, {memory / size:.0f} B"
            for size, (seconds, memory) in measured.items()
        )
        print(f"(c) {command}, work per reading, in one process: {shown}")
        for smaller, larger in itertools.pairwise(sizes):
            (time_small, memory_small), (time_large, memory_large) = (
                measured[smaller],
                measured[larger],
            )
            time_growth = (time_large / larger) / (time_small / smaller)
            memory_growth = (memory_large / larger) / max(memory_small / smaller, 1e-9)
            for what, growth in (("time", time_growth), ("memory", memory_growth)):
                notes.append(
                    (
                        f"(c) {command}: {smaller:,} -> {larger:,} readings, {what} per reading"
                        f" x{growth:.2f}  target <= x1.2 (linear)",
                        growth <= 1.2,
                    )
                )
    for finding, passed in notes:
        failures += passed is False
        print(finding + ("" if passed is None else f": {'pass' if passed else 'FAIL'}"))
    print(f"{failures} target(s) failed; the run took {time.perf_counter() - began:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
