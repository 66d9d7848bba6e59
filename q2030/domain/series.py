"""An action's readings held as columns, one list per field, rather than one model each.

Why: at national scale a data folder holds a million readings. A Pydantic `Reading` takes
about 650 bytes and 3 µs to build, so a million of them take 2 GB and several seconds,
while a column entry takes 8 bytes (a pointer to a date, a float or a string shared by the
readings that repeat it). Progress and the checks read what they need a column at a time
(the dates, the figures), in C-level operations; a `Reading` model is built only for the
few readings a result names (the latest, the baseline, one with a problem).

A `Readings` is a `Sequence[Reading]`: indexing it builds the very model validation gives
(the same fields set, the same values), so code that wants models still gets them; and as
a list would, it gives the same object each time (kept once built), also through the
readings `take` picks from it, since `diff` and `status --since` tell a reading from
another by identity.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from datetime import date
from itertools import compress, count, islice, repeat
from operator import eq, is_not, le, lt
from typing import Any, cast, overload

from q2030.domain.models import Reading

OPTIONAL = ("value", "numerator", "denominator", "reference", "state", "note", "corrects")
Column = list[Any] | None  # None: the field is absent from every reading
Positions = range | list[int]


class Readings(Sequence[Reading]):
    """Readings as columns: `dates` and `sources` for every reading; each optional field a
    list holding None where a reading lacks it, or None where every reading does.

    A part of them (`take`, `without`: what progress works on) has its dates at once and
    its other columns when first read, picked from the readings it is part of: most of
    them are never read."""

    __slots__ = ("_columns", "_models", "_numbers", "_order", "_origin")

    def __init__(
        self,
        dates: list[date],
        sources: list[str],
        *,
        values: Column = None,
        numerators: Column = None,
        denominators: Column = None,
        references: Column = None,
        states: Column = None,
        notes: Column = None,
        corrects: Column = None,
    ) -> None:
        self._columns: dict[str, Column] = {
            "date": dates,
            "source": sources,
            "value": values,
            "numerator": numerators,
            "denominator": denominators,
            "reference": references,
            "state": states,
            "note": notes,
            "corrects": corrects,
        }
        self._numbers: dict[bool, list[float | None]] = {}
        self._order: tuple[bool, list[int]] | None = None
        self._models: Sequence[Reading] | dict[int, Reading] = {}  # built, by index
        self._origin: tuple[Readings, Positions] | None = None  # whose part these are

    @classmethod
    def of(cls, readings: Sequence[Reading]) -> Readings:
        """`readings` as columns (themselves when they already are)."""
        if isinstance(readings, Readings):
            return readings
        columns: dict[str, Column] = {}
        for name in OPTIONAL:
            column = [getattr(reading, name) for reading in readings]
            columns[_plural(name)] = column if any(v is not None for v in column) else None
        made = cls(
            [reading.date for reading in readings],
            [reading.source for reading in readings],
            **columns,
        )
        made._models = readings  # the models themselves, not copies
        return made

    def column(self, name: str) -> Column:
        """The column of field `name` (a part's is picked when first read)."""
        if name not in self._columns:
            assert self._origin is not None  # only a part lacks a column
            origin, positions = self._origin
            found = origin.column(name)
            self._columns[name] = None if found is None else _pick(found, positions)
        return self._columns[name]

    @property
    def dates(self) -> list[date]:
        return cast("list[date]", self._columns["date"])

    @property
    def sources(self) -> list[str]:
        return cast("list[str]", self.column("source"))

    @property
    def values(self) -> Column:
        return self.column("value")

    @property
    def numerators(self) -> Column:
        return self.column("numerator")

    @property
    def denominators(self) -> Column:
        return self.column("denominator")

    @property
    def references(self) -> Column:
        return self.column("reference")

    @property
    def states(self) -> Column:
        return self.column("state")

    @property
    def notes(self) -> Column:
        return self.column("note")

    @property
    def corrects(self) -> Column:
        return self.column("corrects")

    def __len__(self) -> int:
        return len(self.dates)

    @overload
    def __getitem__(self, index: int) -> Reading: ...

    @overload
    def __getitem__(self, index: slice) -> list[Reading]: ...

    def __getitem__(self, index: int | slice) -> Reading | list[Reading]:
        if isinstance(index, slice):
            return [self._reading(i) for i in range(*index.indices(len(self)))]
        return self._reading(index)

    def _reading(self, index: int) -> Reading:
        """The model validation gives for this reading (validated from its fields, none of
        the absent); the same object each time."""
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        index %= len(self)
        if self._origin is not None:
            origin, positions = self._origin
            return origin._reading(positions[index])
        models = self._models
        if not isinstance(models, dict):
            return models[index]
        found = models.get(index)
        if found is None:
            fields: dict[str, Any] = {}
            for name in ("date", *OPTIONAL[:5], "source", *OPTIONAL[5:]):
                column = self.column(name)
                if column is not None and column[index] is not None:
                    fields[name] = column[index]
            found = models[index] = Reading.model_validate(fields)  # twice as fast as
            # model_construct, and the model's own rules say it once more
        return found

    def __iter__(self) -> Iterator[Reading]:
        return map(self._reading, range(len(self)))

    def __repr__(self) -> str:
        return f"Readings({len(self)} readings)"

    def take(self, indices: Positions) -> Readings:
        """The readings at `indices`, in their order (the same models)."""
        if indices == range(len(self)):
            return self
        return self._part(_pick(self.dates, indices), indices)

    def last_of_each_date(self, end: int) -> Readings:
        """Of readings in date order, the first `end` but those the next one dates alike:
        the last reading of each date, one a date (said so: no pass need find it again).
        Their dates are copied, then the few repeated deleted (`take` would fetch the
        others one by one)."""
        assert self.in_date_order()
        dropped = [index for index in self.repeated() if index < end]
        if not dropped:
            part = self.take(range(end))
        else:
            dates, positions = self.dates[:end], list(range(end))
            for index in reversed(dropped):
                del dates[index], positions[index]
            part = self._part(dates, positions)
        part._order = (True, [])
        return part

    def _part(self, dates: list[date], indices: Positions) -> Readings:
        """The readings at `indices` here, which are dated `dates`."""
        part = Readings(dates, [])
        part._columns = {"date": dates}  # the others picked when first read
        if self._origin is None:
            part._origin = (self, indices)
        elif isinstance(self._origin[1], range) and isinstance(indices, range):
            origin, positions = self._origin  # a slice of a slice: a range still
            part._origin = (origin, positions[indices.start : indices.stop : indices.step])
        else:
            origin, positions = self._origin
            part._origin = (origin, list(map(positions.__getitem__, indices)))
        return part

    def numbers(self, unit: str | None) -> list[float | None]:
        """Each reading's measured level, as `Reading.number` gives it: the value, or the
        share numerator/denominator (in percent where the unit is)."""
        percent = unit == "percent"
        found = self._numbers.get(percent)
        if found is not None:
            return found
        if self._origin is not None:
            origin, positions = self._origin
            found = _pick(origin.numbers(unit), positions)
        elif self.numerators is None or self.denominators is None:
            found = self.values or [None] * len(self)
        else:
            values = self.values or [None] * len(self)
            shares = [
                None if n is None or not d else (n / d * 100 if percent else n / d)
                for n, d in zip(self.numerators, self.denominators, strict=True)
            ]
            found = [s if v is None else v for v, s in zip(values, shares, strict=True)]
        self._numbers[percent] = found
        return found

    def in_date_order(self) -> bool:
        """Whether no reading is dated before the one above it (the writers keep it so)."""
        return self._date_order()[0]

    def repeated(self) -> list[int]:
        """In date order, the readings that the next one dates alike (a correction, or a
        second figure for the date): what `progress.effective_readings` drops."""
        return self._date_order()[1]

    def _date_order(self) -> tuple[bool, list[int]]:
        if self._order is None:
            dates = self.dates
            in_order = all(map(le, dates, islice(dates, 1, None)))
            alike = in_order and not all(map(lt, dates, islice(dates, 1, None)))
            repeated = compress(count(), map(eq, dates, islice(dates, 1, None))) if alike else ()
            self._order = (in_order, list(repeated))
        return self._order

    def indices_with(self, column: Column) -> list[int]:
        """The indices of the readings that hold a value in `column`."""
        if column is None:
            return []
        return list(compress(count(), map(is_not, column, repeat(None))))


def _pick(column: list[Any], positions: Positions) -> list[Any]:
    """The items of `column` at `positions`: a slice when they follow each other."""
    if isinstance(positions, range) and positions.step == 1:
        return column[positions.start : positions.stop]
    return list(map(column.__getitem__, positions))


def _plural(name: str) -> str:
    return "corrects" if name == "corrects" else f"{name}s"


def dates_until(readings: Sequence[Reading], day: date) -> list[date]:
    """The readings' dates on or before `day`, sorted (a slice, for a file in date order)."""
    dates = dates_of(readings)
    if all(map(le, dates, islice(dates, 1, None))):
        return list(dates[: bisect_right(dates, day)])
    return sorted(found for found in dates if found <= day)


def dates_of(readings: Sequence[Reading]) -> Sequence[date]:
    """The readings' dates, in file order, without building a model for each."""
    if isinstance(readings, Readings):
        return readings.dates
    return [reading.date for reading in readings]
