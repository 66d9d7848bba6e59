"""What makes a reading acceptable for its action: a number in the unit's range or a
milestone state, a plausible date, a plausible size, and no second figure for one date
unless it says what it corrects. Used alike by `validate`'s checks and by the writers
(`record`, `import`), so that nothing is written that validate would refuse."""

from __future__ import annotations

import bisect
import math
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import compress, count, repeat
from operator import gt, is_, is_not, lt, mul, not_, or_, sub, truediv
from typing import cast

from q2030.domain.models import UNIT_RANGES, Action, Reading, range_problem
from q2030.domain.periods import add_months
from q2030.domain.series import Readings
from q2030.errors import Level
from q2030.i18n import Message

ID = "reading-value"
SHARE_TOLERANCE = 0.01  # a stored percentage is rounded to two decimals
YEARS_BEFORE_REFERENCE = 10  # a figure older than this cannot describe the plan's situation
UNUSUAL_FACTOR = 100  # a spreadsheet's 0,985 for 98,5 %, or two extra digits
UNUSUAL_SPREAD = 2  # "about" 100: from 50 to 200 times


def value_problem(action: Action, reading: Reading) -> Message | None:
    """Why `reading` does not fit `action`'s target kind and unit, or None when it fits."""
    number = reading.number(action.unit)
    kind = action.target.kind
    if kind == "milestone" and reading.state is None:
        return Message("rule.milestone")
    if kind == "none" and number is not None:
        return Message("rule.no_target")
    if action.measurable and reading.state is not None:
        return Message("rule.not_state", unit=Message(f"unit.{action.unit}"))
    if number is None:
        return None
    if reading.numerator is not None and reading.denominator is not None:
        if reading.numerator < 0:
            return Message("rule.numerator_negative", numerator=reading.numerator)
        if reading.numerator > reading.denominator:
            return Message(
                "rule.numerator_exceeds",
                numerator=reading.numerator,
                denominator=reading.denominator,
            )
    if problem := range_problem(action.unit, number, None):
        return problem
    if action.unit == "count" and (number < 0 or not float(number).is_integer()):
        return Message("rule.not_count", number=number)
    if reading.value is not None and reading.numerator is not None and action.unit == "percent":
        share = reading.numerator / (reading.denominator or 1) * 100
        if abs(share - reading.value) > SHARE_TOLERANCE:
            return Message(
                "rule.value_not_share",
                value=reading.value,
                numerator=reading.numerator,
                denominator=reading.denominator,
            )
    if kind == "outpace" and reading.reference is None:
        return Message("rule.reference_needed")
    if reading.reference is not None:
        return range_problem(action.unit, reading.reference, Message("figure.reference"))
    return None


def earliest_date(reference_date: date) -> date:
    """The oldest date a reading may describe: ten years before the plan's reference date
    (29 February clipped to the 28th)."""
    return add_months(reference_date, -12 * YEARS_BEFORE_REFERENCE)


def date_problem(reading_date: date, earliest: date, today: date) -> Message | None:
    """Why a reading's date is implausible, or None."""
    if reading_date > today:
        return Message("rule.future", date=reading_date)
    if reading_date < earliest:
        return Message("rule.too_old", date=reading_date, earliest=earliest)
    return None


def same_measure(first: Reading, second: Reading, unit: str | None) -> bool:
    """Whether two readings give the same figure or state, whatever their written form
    (42/48 or 87.5 for a percentage); sources and notes aside."""
    if first.state is not None or second.state is not None:
        return first.state == second.state
    if first.reference != second.reference:
        return False
    if first.numerator is not None and second.numerator is not None:
        return (first.numerator, first.denominator) == (second.numerator, second.denominator)
    one, other = first.number(unit), second.number(unit)
    if one is None or other is None:
        return one == other
    if first.numerator is None and second.numerator is None:
        return one == other
    return math.isclose(one, other, abs_tol=SHARE_TOLERANCE)  # a fraction against its rounding


def identical(first: Reading, second: Reading, unit: str | None) -> bool:
    """Whether `second` is `first` written again: same date, figure and correction."""
    return (
        first.date == second.date
        and first.corrects == second.corrects
        and same_measure(first, second, unit)
    )


@dataclass(frozen=True)
class Unusual:
    """A figure about a hundred times its predecessor's, and what was probably meant."""

    previous: float
    previous_date: date | None
    meant: float
    larger: bool


class KnownReadings:
    """An action's readings so far (those stored, then a sheet's rows above the one being
    checked), indexed for what checking one more reading asks: the readings of a date, and
    the figure next to a date. Checking n rows against it costs about n log n, where
    scanning every earlier reading for each row cost n² (50,000 rows took minutes)."""

    def __init__(self, unit: str | None, stored: Sequence[Reading] = ()) -> None:
        self.unit = unit
        self._stored: dict[date, list[Reading]] = {}
        self._all: dict[date, list[Reading]] = {}
        self._days: list[date] = []  # the dates with a figure, in order
        self._figure: dict[date, float] = {}  # each date's figure (a correction's, if any)
        for reading in stored:
            self._stored.setdefault(reading.date, []).append(reading)
            self.add(reading)

    def add(self, reading: Reading) -> None:
        """Count `reading` among the known ones (a stored one, or a row accepted)."""
        self._all.setdefault(reading.date, []).append(reading)
        number = reading.number(self.unit)
        if number is None:
            return
        if reading.date not in self._figure:
            bisect.insort(self._days, reading.date)
        self._figure[reading.date] = number  # the last of a date is the one that counts

    def first_day(self) -> date | None:
        """The date of the earliest figure known."""
        return self._days[0] if self._days else None

    def readings(self) -> list[Reading]:
        """Every known reading, by date (in the order known within a date)."""
        return [reading for day in sorted(self._all) for reading in self._all[day]]

    def stored_on(self, day: date) -> list[Reading]:
        """The stored readings dated `day`."""
        return self._stored.get(day, [])

    def on(self, day: date) -> list[Reading]:
        """Every known reading dated `day`."""
        return self._all.get(day, [])

    def next_to(self, day: date) -> tuple[float, date] | None:
        """The figure a new one for `day` is compared with: the last one dated before it,
        else the first one after it (a date's corrected figure, if it has several)."""
        before = bisect.bisect_left(self._days, day)
        if before > 0:
            found = self._days[before - 1]
            return self._figure[found], found
        after = bisect.bisect_right(self._days, day)
        if after < len(self._days):
            found = self._days[after]
            return self._figure[found], found
        return None


def unusual(
    action: Action,
    reading: Reading,
    readings: Sequence[Reading] | KnownReadings,
    baseline: float | None,
) -> Unusual | None:
    """Whether `reading` is about 100 times smaller or larger than the action's figure
    next to it (a percentage typed as a fraction, two digits too many), or None."""
    value = reading.number(action.unit)
    if not isinstance(readings, KnownReadings):
        readings = KnownReadings(action.unit, readings)
    next_to = readings.next_to(reading.date)
    found: tuple[float, date | None] | None = next_to
    if found is None and baseline is not None:
        found = (baseline, None)  # no other figure: the plan's stated baseline
    if value is None or found is None or value <= 0 or found[0] <= 0:
        return None
    previous, previous_date = found
    ratio = value / previous
    low, high = UNUSUAL_FACTOR / UNUSUAL_SPREAD, UNUSUAL_FACTOR * UNUSUAL_SPREAD
    if low <= ratio <= high:
        return Unusual(previous, previous_date, round(value / UNUSUAL_FACTOR, 10), True)
    if low <= 1 / ratio <= high:
        return Unusual(previous, previous_date, round(value * UNUSUAL_FACTOR, 10), False)
    return None


@dataclass(frozen=True)
class Finding:
    """A problem of one reading, located by its index in the file (and a field)."""

    loc: tuple[int | str, ...]
    code: str
    message: Message
    level: Level = "error"


def findings(
    action: Action, readings: Sequence[Reading], reference_date: date, today: date
) -> Iterator[Finding]:
    """Every problem of an action's readings, in file order."""
    if isinstance(readings, Readings) and readings.in_date_order():
        yield from _findings_in_date_order(action, readings, reference_date, today)
        return
    seen: dict[date, Reading] = {}
    latest: date | None = None
    earliest = earliest_date(reference_date)
    for index, reading in enumerate(readings):
        if message := value_problem(action, reading):
            yield Finding((index,), ID, message)
        if message := date_problem(reading.date, earliest, today):
            yield Finding((index, "date"), "reading-date", message)
        if reading.corrects is not None and reading.corrects not in seen:
            message = Message("rule.corrects_nothing", date=reading.corrects)
            yield Finding((index, "corrects"), "reading-correction", message)
        earlier = seen.get(reading.date)
        if (
            earlier is not None
            and reading.corrects != reading.date
            and not same_measure(earlier, reading, action.unit)
        ):
            message = Message("rule.conflict", date=reading.date, iso=reading.date.isoformat())
            yield Finding((index, "date"), "reading-conflict", message)
        if latest is not None and reading.date < latest and reading.corrects is None:
            message = Message("rule.order", date=reading.date, latest=latest)
            yield Finding((index, "date"), "reading-order", message, "warning")
        seen[reading.date] = reading
        latest = max(latest or reading.date, reading.date)


def _findings_in_date_order(
    action: Action, readings: Readings, reference_date: date, today: date
) -> Iterator[Finding]:
    """`findings` for readings held as columns and in date order (what the writers keep),
    the way a data folder at national scale is checked: the same findings in the same
    order, without a model per reading. Passes over whole columns pick the readings that
    may hold a problem (a figure out of its unit's range, a date out of the plausible span,
    a correction, a second reading of a date); `value_problem`, `date_problem` and the
    loop's rules then judge those alone. In date order, no reading comes before a later
    one, and a date met before is the one just before."""
    found: list[tuple[int, int, Finding]] = []  # (index, the loop's order, finding)
    if not readings:
        return iter(())
    for index in _maybe_wrong_values(action, readings):
        if message := value_problem(action, readings[index]):
            found.append((index, 0, Finding((index,), ID, message)))
    earliest, dates = earliest_date(reference_date), readings.dates
    if dates[0] < earliest or dates[-1] > today:
        outside = map(or_, map(lt, dates, repeat(earliest)), map(gt, dates, repeat(today)))
        for index in compress(count(), outside):
            if message := date_problem(dates[index], earliest, today):
                found.append((index, 1, Finding((index, "date"), "reading-date", message)))
    corrections = readings.corrects or [None] * len(dates)
    for index in readings.indices_with(readings.corrects):
        corrected = corrections[index]
        first = bisect_left(dates, corrected, 0, index)
        if first == index or dates[first] != corrected:  # no earlier reading of that date
            message = Message("rule.corrects_nothing", date=corrected)
            found.append((index, 2, Finding((index, "corrects"), "reading-correction", message)))
    for index in (before + 1 for before in readings.repeated()):
        if corrections[index] != dates[index] and not same_measure(
            readings[index - 1], readings[index], action.unit
        ):
            day = dates[index]
            message = Message("rule.conflict", date=day, iso=day.isoformat())
            found.append((index, 3, Finding((index, "date"), "reading-conflict", message)))
    found.sort(key=lambda item: item[:2])
    return (finding for _, _, finding in found)


def _maybe_wrong_values(action: Action, readings: Readings) -> list[int]:
    """The readings `value_problem` may find wrong (and some it will not): those it must
    judge, picked by passes over whole columns."""
    kind, unit, size = action.target.kind, action.unit, len(readings)
    if kind == "milestone":  # a state is wanted, and is enough
        return list(range(size)) if readings.states is None else _where(readings.states, None)
    found = readings.numbers(unit)
    if not action.measurable:  # no figure is wanted
        return [i for i in range(size) if found[i] is not None]
    suspects = set(readings.indices_with(readings.states))  # a state, where a figure is wanted
    numbers = cast("list[float]", found)
    if None in found:
        suspects.update(_where(found, None))
        numbers = [0.0 if number is None else number for number in found]
    low, high = UNIT_RANGES.get(unit or "", (0.0 if unit == "count" else -math.inf, math.inf))
    if min(numbers) < low or max(numbers) > high:  # one pass each, then the culprits
        outside = map(or_, map(lt, numbers, repeat(low)), map(gt, numbers, repeat(high)))
        suspects.update(compress(count(), outside))
    if unit == "count" and not all(map(float.is_integer, numbers)):  # a whole number
        suspects.update(compress(count(), map(not_, map(float.is_integer, numbers))))
    if readings.numerators is not None and readings.denominators is not None:
        suspects.update(_wrong_fractions(readings, unit))
    references = readings.references
    if kind == "outpace":
        suspects.update(range(size) if references is None else _where(references, None))
    if references is not None:  # in the unit's range, as figures are (a count's: any)
        given = readings.indices_with(references)
        low, high = UNIT_RANGES.get(unit or "", (-math.inf, math.inf))
        suspects.update(i for i in given if not low <= references[i] <= high)
    return sorted(suspects)


def _where(column: Iterable[object], value: None) -> list[int]:
    """The indices where `column` holds None."""
    return list(compress(count(), map(is_, column, repeat(value))))


def _wrong_fractions(readings: Readings, unit: str | None) -> list[int]:
    """The readings whose fraction may be wrong: a numerator below 0 or above its
    denominator, or a percentage that is not the share it is given with (first tested
    for the whole column, then reading by reading where that finds one)."""
    given = readings.indices_with(readings.numerators)
    numerators, denominators = readings.numerators or [], readings.denominators or []
    values = readings.values or [None] * len(readings)
    picked = [list(map(column.__getitem__, given)) for column in (numerators, denominators, values)]
    tops, bottoms, shown = picked
    fine = min(tops) >= 0 and not any(map(gt, tops, bottoms))
    if fine and unit == "percent" and any(map(is_not, shown, repeat(None))):
        both = list(map(is_not, shown, repeat(None)))
        shares = map(mul, map(truediv, compress(tops, both), compress(bottoms, both)), repeat(100))
        fine = max(map(abs, map(sub, shares, compress(shown, both)))) <= SHARE_TOLERANCE
    if fine:
        return []
    found = []
    for index in given:
        numerator, denominator, value = numerators[index], denominators[index], values[index]
        share = numerator / (denominator or 1) * 100
        unlike = value is not None and unit == "percent" and abs(share - value) > SHARE_TOLERANCE
        if numerator < 0 or denominator is None or numerator > denominator or unlike:
            found.append(index)
    return found
