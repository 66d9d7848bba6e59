"""Time `q2030 import` of a returned XLSX sheet as it grows: 2,500, 10,000, 50,000 rows.

    python benchmarks/import_sheet.py                 # 2500 10000 50000
    python benchmarks/import_sheet.py --sizes 2500 10000

Each sheet gives the demo plan's count and percentage actions (no readings yet) one
figure a day, back from the reference date, over a thousand per action: the shape that
made the import quadratic per action. The work is timed inside this one process (reading the sheet,
checking every row, writing the readings files), so that start-up does not hide how time
grows: the figure to read is the time per row, and the ratio of the largest size's time
per row to the smallest's (about 1 when the import is linear, about 20 when it grows with
the square of the rows).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


from q2030.checks import checked  # noqa: E402
from q2030.services import recording  # noqa: E402
from q2030.sheets import exchange  # noqa: E402

DEMO = REPO / "examples" / "demo"
TODAY = date(2026, 6, 30)


def level_actions(root: Path) -> dict[str, str]:
    """The plan's actions judged on a level (no outpace), measured as a count or a
    percentage: their unit by id."""
    plan = checked.load(root).plan
    return {
        action.id: action.unit
        for _, action in plan.actions()
        if action.unit in ("count", "percent")
        and action.target.kind in ("at_least", "at_most", "change")
    }


def write_sheet(path: Path, actions: dict[str, str], rows: int) -> None:
    """An XLSX with `rows` readings, spread evenly over `actions`, one a day per action."""
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    page = book.create_sheet("Relevés")
    page.append(["Action", "Date", "Valeur", "Source"])
    per_action = -(-rows // len(actions))
    written = 0
    for action in actions:
        for day in range(per_action):
            if written == rows:
                break
            when = TODAY - timedelta(days=per_action - day)
            base = 1000 if actions[action] == "count" else 50
            page.append([action, when, base + day % 7, "benchmark"])
            written += 1
    book.save(path)


def timed_import(root: Path, sheet: Path) -> tuple[float, int]:
    """Seconds to read, check and record the sheet, and the readings written."""
    started = time.perf_counter()
    dataset = checked.load(root)
    read = exchange.read_sheet(sheet)
    rows_checked = recording.check_rows(dataset, list(read.rows), TODAY)
    assert not rows_checked.refused, rows_checked.refused[:3]
    results = recording.import_readings(dataset, rows_checked, TODAY, dry_run=False)
    elapsed = time.perf_counter() - started
    return elapsed, sum(len(r.after) - len(r.before) for r in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2500, 10000, 50000])
    sizes = parser.parse_args().sizes
    per_row = {}
    with tempfile.TemporaryDirectory() as folder:
        template = Path(folder) / "template"
        template.mkdir()
        shutil.copy(DEMO / "objectives.yaml", template / "objectives.yaml")
        actions = level_actions(template)
        for size in sizes:
            root = Path(folder) / f"data-{size}"
            shutil.copytree(template, root)
            sheet = Path(folder) / f"sheet-{size}.xlsx"
            write_sheet(sheet, actions, size)
            elapsed, written = timed_import(root, sheet)
            assert written == size, (written, size)
            per_row[size] = elapsed / size
            print(
                f"{size:>7,} rows ({sheet.stat().st_size / 1e6:.1f} MB, {len(actions)} actions): "
                f"{elapsed:7.2f} s, {per_row[size] * 1e6:6.0f} µs per row"
            )
    smallest, largest = min(per_row), max(per_row)
    if largest != smallest:
        ratio = per_row[largest] / per_row[smallest]
        print(f"time per row at {largest:,} rows / at {smallest:,} rows: {ratio:.1f}")


if __name__ == "__main__":
    main()
