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
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from itertools import compress, count, islice, repeat
from operator import eq, is_not, le, lt
from typing import Any, overload

from q2030.models import Reading

OPTIONAL = ("value", "numerator", "denominator", "reference", "state", "note", "corrects")
Column = list[Any] | None  # None: the field is absent from every reading


class Readings(Sequence[Reading]):
    """Readings as columns: `dates` and `sources` for every reading; each optional field a
    list holding None where a reading lacks it, or None where every reading does."""

    __slots__ = (
        "_models",
        "_numbers",
        "_order",
        "_origin",
        "corrects",
        "dates",
        "denominators",
        "notes",
        "numerators",
        "references",
        "sources",
        "states",
        "values",
    )

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
        self.dates = dates
        self.sources = sources
        self.values = values
        self.numerators = numerators
        self.denominators = denominators
        self.references = references
        self.states = states
        self.notes = notes
        self.corrects = corrects
        self._numbers: dict[bool, list[float | None]] = {}
        self._order: tuple[bool, list[int]] | None = None
        self._models: Sequence[Reading] | dict[int, Reading] = {}  # built, by index
        self._origin: tuple[Readings, Sequence[int]] | None = None  # whose part these are

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

    def _columns(self) -> Iterator[tuple[str, Column]]:
        for name in OPTIONAL:
            yield name, getattr(self, _plural(name))

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
        """The model validation gives for this reading: its fields, none of the absent;
        the same object each time."""
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
            fields: dict[str, Any] = {"date": self.dates[index], "source": self.sources[index]}
            for name, column in self._columns():
                if column is not None and column[index] is not None:
                    fields[name] = column[index]
            found = models[index] = Reading.model_construct(**fields)
        return found

    def __iter__(self) -> Iterator[Reading]:
        return map(self._reading, range(len(self)))

    def __repr__(self) -> str:
        return f"Readings({len(self)} readings)"

    def take(self, indices: range | list[int]) -> Readings:
        """The readings at `indices`, in their order, as columns (the same models)."""
        if indices == range(len(self)):
            return self
        if isinstance(indices, range) and indices.step == 1:
            cut = slice(indices.start, indices.stop)
            return self._part(lambda column: column[cut], indices)
        return self._part(lambda column: list(map(column.__getitem__, indices)), indices)

    def without(self, dropped: list[int], end: int) -> Readings:
        """The first `end` readings but those at `dropped` (ascending, fewer than `end`):
        a copy of each column and a few deletions, where `take` fetches item by item."""
        if not dropped:
            return self.take(range(end))

        def kept(column: list[Any]) -> list[Any]:
            found = column[:end]
            for index in reversed(dropped):
                del found[index]
            return found

        return self._part(kept, kept(list(range(end))))

    def _part(self, pick: Callable[[list[Any]], list[Any]], indices: Sequence[int]) -> Readings:
        """The readings `pick` takes from each column, which stand at `indices` here."""
        part = Readings(
            pick(self.dates),
            pick(self.sources),
            **{_plural(name): None if c is None else pick(c) for name, c in self._columns()},
        )
        if self._origin is None:
            part._origin = (self, indices)
        else:
            origin, positions = self._origin
            part._origin = (origin, [positions[index] for index in indices])
        return part

    def numbers(self, unit: str | None) -> list[float | None]:
        """Each reading's measured level, as `Reading.number` gives it: the value, or the
        share numerator/denominator (in percent where the unit is)."""
        percent = unit == "percent"
        found = self._numbers.get(percent)
        if found is not None:
            return found
        values = self.values or [None] * len(self)
        if self.numerators is None or self.denominators is None:
            found = values
        else:
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
            dates, following = self.dates, islice(self.dates, 1, None)
            in_order = all(map(le, dates, following))
            if in_order and not all(map(lt, dates, islice(dates, 1, None))):
                self._order = (
                    True,
                    list(compress(count(), map(eq, dates, islice(dates, 1, None)))),
                )
            else:
                self._order = (in_order, [])
        return self._order

    def indices_with(self, column: Column) -> list[int]:
        """The indices of the readings that hold a value in `column`."""
        if column is None:
            return []
        return list(compress(count(), map(is_not, column, repeat(None))))


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
