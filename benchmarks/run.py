"""Time q2030's everyday commands against baselines measured in the same run.

    python benchmarks/run.py            # the full run: 1,000, 10,000 and 100,000 readings
    python benchmarks/run.py --quick    # 1,000 and 10,000 readings, fewer repeats

Each case runs several times as a fresh process; the median is kept. Machines are shared
and noisy, so every figure is printed as a ratio to a baseline timed in the same run:
(a) `q2030 status` on the shipped plan against `import typer, rich, pydantic, yaml`;
(b) `q2030 --version` and `--help` against a bare interpreter;
(c) `validate` and `status` on generated data against PyYAML's C loader reading the same
files in one process, cold (`--no-cache`: everything computed) and warm (memoized); the
targets are judged at the largest size, where the work outweighs the start-up of the
interpreter and the libraries (about 0.3 s, which alone exceeds the C loader's time on
1,000 readings), and the smaller sizes show how time grows;
(d) the peak memory of (c) at the largest size.
Linear growth is checked on the work alone (load, check, compute, timed inside one
process), since start-up is most of a small run.
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
        env = {**os.environ, "Q2030_CACHE_DIR": str(Path(scratch) / "cache"), "COLUMNS": "100"}
        env.pop("Q2030_NO_CACHE", None)

        imports = timed([PYTHON, "-c", "import typer, rich, pydantic, yaml"], repeats, env)
        bare = timed([PYTHON, "-c", "pass"], repeats, env)
        lines.append(
            Line(
                "(a) status, shipped plan, cold",
                timed([*Q2030, "--no-cache", "status"], repeats, env),
                imports,
            )
        )
        lines.append(
            Line(
                "(a) status, shipped plan, warm",
                timed([*Q2030, "status"], repeats, env),
                imports,
                1.2,
            )
        )
        lines.append(Line("(b) --version", timed([*Q2030, "--version"], repeats, env), bare, 3))
        lines.append(
            Line("(b) --help, cold", timed([*Q2030, "--no-cache", "--help"], repeats, env), bare)
        )
        lines.append(Line("(b) --help, warm", timed([*Q2030, "--help"], repeats, env), bare, 3))

        work: dict[str, dict[int, float]] = {"validate": {}, "status": {}}
        for size in sizes:
            folder = generate(size, Path(scratch) / f"data-{size}")
            runs = repeats if size <= 10_000 else min(repeats, 3)
            judged = size == sizes[-1]  # start-up swamps the small sizes: see the docstring
            raw = timed([PYTHON, "-c", C_LOADER, str(folder / "readings")], runs, env)
            for command in ("validate", "status"):
                base = [*Q2030, "--data", str(folder)]
                cold = timed([*base, "--no-cache", command, "--format", "json"], runs, env)
                lines.append(
                    Line(
                        f"(c) {command}, {size:,} readings, cold",
                        cold,
                        raw,
                        1.0 if judged else None,
                    )
                )
                timed([*base, command, "--format", "json"], 1, env)  # fills the memo
                warm = timed([*base, command, "--format", "json"], runs, env)
                lines.append(
                    Line(
                        f"(c) {command}, {size:,} readings, warm",
                        warm,
                        raw,
                        0.1 if judged else None,
                    )
                )
                work[command][size] = in_process(command, folder, runs, env)
        for line in lines:
            print(line)
            failures += line.target is not None and line.ratio > line.target
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
            megabytes = peak_mb(
                [*Q2030, "--data", str(folder), "--no-cache", command, "--format", "json"], env
            )
            verdict = "pass" if megabytes <= 500 else "FAIL"
            failures += verdict == "FAIL"
            print(
                f"(d) {command}, {largest:,} readings, cold: peak memory {megabytes:.0f} MB"
                f"  target <= 500 MB: {verdict}"
            )
    print(f"{failures} target(s) failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
