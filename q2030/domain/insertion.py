"""Where new readings go in a readings file's text: at their dates, so that a file stays in
date order whatever order its figures arrive in.

The old text is never changed, only added to: each new entry is inserted before the first
reading dated after it (a correction, dated like the figure it corrects, lands after that
figure), above any comment lines that introduce that reading; one dated after every other
reading is appended. Where a file's layout does not allow it (readings written as one
flow sequence `[...]`), `insert_entries` says so and the caller appends.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from datetime import date
from itertools import pairwise

from q2030.domain.models import Reading

Locate = Callable[[int], int]  # a reading's index -> the 1-based line where its item starts


def positions(before: Sequence[Reading], fresh: Sequence[Reading]) -> list[int]:
    """For each new reading, the index of the old reading it goes before (len(before): at
    the end): after every old reading of its date (the last of a date is the one that
    counts), then before the first reading dated after it."""
    dates = [reading.date for reading in before]
    if all(a <= b for a, b in pairwise(dates)):
        return [bisect_right(dates, reading.date) for reading in fresh]
    return [_position_out_of_order(dates, reading.date) for reading in fresh]


def _position_out_of_order(dates: Sequence[date], day: date) -> int:
    """`positions` in a file whose readings are not in date order (a correction appended
    after later figures, or a file edited by hand)."""
    start = max((index + 1 for index, found in enumerate(dates) if found == day), default=0)
    return next((index for index in range(start, len(dates)) if dates[index] > day), len(dates))


def merged(before: Sequence[Reading], fresh: Sequence[Reading]) -> list[Reading]:
    """The readings as the file will list them once the new ones are inserted."""
    slots = _slots(before, fresh)
    result: list[Reading] = []
    for index, reading in enumerate(before):
        result += slots.get(index, [])
        result.append(reading)
    return result + slots.get(len(before), [])


def _slots(before: Sequence[Reading], fresh: Sequence[Reading]) -> dict[int, list[Reading]]:
    """The new readings by the index of the old reading they go before, oldest first."""
    slots: dict[int, list[Reading]] = {}
    for position, reading in sorted(
        zip(positions(before, fresh), fresh, strict=True), key=lambda pair: pair[1].date
    ):
        slots.setdefault(position, []).append(reading)
    return slots


def insert_entries(
    old: str,
    before: Sequence[Reading],
    fresh: Sequence[Reading],
    locate: Locate,
    entry: Callable[[Reading], str],
    newline: str,
) -> str | None:
    """`old` with an entry (`entry(reading)`, ending in `newline`) for each new reading at
    its date; None where an entry would have to go inside a line of the old text."""
    slots = _slots(before, fresh)
    lines = old.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += newline
    cuts: dict[int, str] = {}
    for index, readings in slots.items():
        text = "".join(entry(reading) for reading in readings)
        if index == len(before):
            cuts[len(lines)] = cuts.get(len(lines), "") + text
            continue
        start = locate(index) - 1
        if not lines[start].lstrip().startswith("-"):
            return None  # not a block sequence's item: a flow sequence, say
        while index > 0 and start > 0 and lines[start - 1].lstrip().startswith("#"):
            start -= 1  # comment lines just above a reading introduce it
        cuts[start] = cuts.get(start, "") + text
    pieces = []
    for number, line in enumerate(lines):
        pieces.append(cuts.get(number, ""))
        pieces.append(line)
    pieces.append(cuts.get(len(lines), ""))
    return "".join(pieces)
