"""The form `q2030 record` writes, read a whole file at a time into columns.

Why: at national scale (a million readings) reading a file line by line in Python, then
validating a Pydantic model per reading, costs several microseconds and several hundred
bytes a reading. Files the tool writes have one layout (store.reading_entry): fields
in a fixed order, one a line, figures in their plain decimal form, texts double-quoted.
One regular expression reads every reading of such a file in one call, each field a
column, and the conversions and checks then run a column at a time, in C: a date, a
number, a text, nothing else, so that what comes out is valid by construction. The result
is exactly what PyYAML and `Reading` validation give (tests/test_bulk_reader.py).

The proof that nothing was skipped: every match is a run of whole lines (each starts a
line), the matches do not overlap, and the lines they hold add up to every line after the
header comments. A file in any other form, or holding anything the contract refuses (a
figure too large, an impossible date, a control character, a text with spaces at its
ends...), is left to the other readers (None), which say what is wrong and where.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from itertools import accumulate, compress, repeat
from operator import add, eq, is_not, not_
from typing import Any, cast

from yaml.reader import Reader

from q2030.domain.models import FIGURE_LIMIT
from q2030.domain.series import Readings
from q2030.escaping import CONTROLS

# Possessive (`*+`, `?+`): no field's text can end but where it does, so the engine need
# not keep a way back (a quarter less time, measured on a million readings).
_NUMBER = r"(0|-?(?:[1-9][0-9]{0,12}+(?:\.[0-9]{1,15}+)?+|0\.[0-9]{1,15}+))"  # no -0, no 010
_DATE = r"([0-9]{4}-[0-9]{2}-[0-9]{2})"
_TEXT = r"(.*+)"  # a double-quoted text without escape, checked once per text (_quoted)
ENTRY = re.compile(
    rf"^- date: {_DATE}\n"
    rf"(?:  value: {_NUMBER}\n)?+"
    rf"(?:  numerator: {_NUMBER}\n  denominator: {_NUMBER}\n)?+"
    rf"(?:  reference: {_NUMBER}\n)?+"
    r"(?:  state: (not_started|in_progress|done)\n)?+"
    rf"  source: {_TEXT}\n"
    rf"(?:  note: {_TEXT}\n)?+"
    rf"(?:  corrects: {_DATE}\n)?+",
    re.MULTILINE,
)
# The fields of an entry, in the order of ENTRY's groups and of its lines
FIELDS = ("date", "value", "numerator", "denominator", "reference", "state", "source", "note",
          "corrects")  # fmt: skip
SOURCE = FIELDS.index("source")
_HEADER = re.compile(r"(?: *(?:#[^\n]*)?\n)*")
# A line break YAML reads as one, which neither the writers nor the fast reader write
_BREAKS = re.compile("[\x85\u2028\u2029]")


def _unusual(text: str) -> bool:
    """Whether `text` holds anything but a line feed and characters printable alike for
    YAML, for the terminal and for the contract's texts: a tab, a carriage return, a
    control or bidirectional character (escaping.CONTROLS), one YAML does not print, a
    line or paragraph separator, a byte order mark. (Patterns compiled by others already:
    one of its own, of these ranges, would cost each run 3 ms to compile.)"""
    return bool(
        "\t" in text
        or "\ufeff" in text
        or CONTROLS.search(text)
        or Reader.NON_PRINTABLE.search(text)
        or _BREAKS.search(text)
    )


class _Refused(ValueError):
    """Something in a file the model would refuse: the other readers say what."""


class _Dates(dict[str, date | None]):
    """ISO dates met so far, each parsed once and shared by the readings that name it
    ("": no date, for a correction's column)."""

    def __missing__(self, text: str) -> date | None:
        found = self[text] = date.fromisoformat(text) if text else None  # ValueError:
        return found  # an impossible date


_DATES = _Dates()


@dataclass
class Layout:
    """Where each reading of a bulk-read file stands: its entries start at `first_line`
    and follow each other, one line a field present. Positions are worked out when a
    problem needs one, from the columns, instead of being kept for a million readings."""

    first_line: int
    readings: Readings
    _starts: list[int] = field(default_factory=list)

    def _lines(self, index: int) -> list[tuple[str, int]]:
        """The fields of reading `index` with their lines, in the file's order."""
        readings = self.readings
        present = [("date", self.starts()[index])]
        for name in FIELDS[1:]:
            column = readings.column(name)
            if column is not None and column[index] is not None:
                present.append((name, present[-1][1] + 1))
        return present

    def starts(self) -> list[int]:
        """The line each reading starts on (worked out once, by passes over the columns)."""
        if not self._starts:
            sizes = [2] * len(self.readings)  # the date's and the source's lines
            for name in FIELDS:
                column = self.readings.column(name)
                if name not in ("date", "source") and column is not None:
                    sizes = list(map(add, sizes, map(is_not, column, repeat(None))))
            self._starts = list(accumulate(sizes, initial=self.first_line))[:-1]
        return self._starts

    def locate(self, loc: tuple[Any, ...], *, at_key: bool) -> tuple[int, int, str]:
        """What `loader.Document.locate` gives for a fast-read file, for this one."""
        if not loc or not isinstance(loc[0], int) or not 0 <= loc[0] < len(self.readings):
            return self.first_line, 1, ""
        index = loc[0]
        lines = self._lines(index)
        path = f"[{index}]"
        if len(loc) > 1 and isinstance(loc[1], str):
            for name, line in lines:
                if name == loc[1]:
                    return line, 3 if at_key else 3 + len(name) + 2, f"{path}.{name}"
        return lines[0][1], 3, path


def read(text: str) -> tuple[Readings, Layout] | None:
    """The readings `text` holds, as columns with their layout; None when it is not wholly
    in the form `q2030 record` writes, or holds anything the contract refuses."""
    start = _body(text)
    if start is None:
        return None
    rows = ENTRY.findall(text, start)
    if not rows:
        return None
    columns = list(zip(*rows, strict=True))
    present = [len(rows) - column.count("") for column in columns]  # a field present, a line
    if sum(present) != text.count("\n", start):
        return None  # a line no match holds: another form, or an empty text ("")
    try:
        return _readings(columns, present, len(rows), text.count("\n", 0, start) + 1)
    except ValueError:  # an impossible date, a figure beyond the contract's...
        return None


def _body(text: str) -> int | None:
    """Where the readings start, after the header's comments; None for a text the bulk
    reader leaves alone from the start."""
    if not text.endswith("\n"):
        return None
    header = _HEADER.match(text)
    start = header.end() if header else 0
    return None if _unusual(text[:start]) else start


@dataclass
class Odd:
    """A reading of a file that is not in the writers' form: its index among the file's
    readings, the line it starts on, and its text, for the other readers."""

    index: int
    line: int
    text: str


_ENTRY_START = re.compile(r"^(?=- )", re.MULTILINE)


def odd_entries(text: str) -> list[Odd] | None:
    """For a file whose readings are mostly in the writers' form (a few hand-edited): the
    others, once those are found valid as columns; None when the file is not one such.

    Why: a file with an error in one reading gives no readings at all (the checks never
    see them), so its problems are those of the readings not in the writers' form; these
    are found here without reading the others one by one (what 1 % of errors at national
    scale would otherwise cost, reading every such file by the line reader and the model).
    """
    start = _body(text)
    if start is None:
        return None
    first, *chunks = _ENTRY_START.split(text[start:])  # a reading each, with what follows
    if first or not chunks:
        return None  # something before the first reading that is no comment
    rows: list[tuple[str, ...]] = []
    odd: list[int] = []
    for index, match in enumerate(map(ENTRY.fullmatch, chunks)):
        fields = match.groups("") if match else ()  # as findall gives them
        counted = len(fields) - fields.count("")
        if match and chunks[index].count("\n") == counted and fields[SOURCE] != '""':
            rows.append(fields)
        else:  # another form, an empty line (a field left empty), an empty source
            odd.append(index)
    if not rows or not odd:
        return None
    columns = list(zip(*rows, strict=True))
    present = [len(rows) - column.count("") for column in columns]
    try:
        _readings(columns, present, len(rows), 1)
    except ValueError:  # one of them holds something the model refuses: read it whole
        return None
    first_line = text.count("\n", 0, start) + 1
    lines = list(accumulate(map(str.count, chunks, repeat("\n")), initial=first_line))
    return [Odd(index, lines[index], chunks[index]) for index in odd]


def _readings(
    columns: list[tuple[str, ...]], present: list[int], size: int, first_line: int
) -> tuple[Readings, Layout]:
    """The columns as the model takes them; ValueError where it would refuse a reading."""
    by_name = dict(zip(FIELDS, columns, strict=True))
    counts = dict(zip(FIELDS, present, strict=True))
    figures = {
        name: _figures(by_name[name], counts[name], size)
        for name in ("value", "numerator", "denominator", "reference")
    }
    denominators = figures["denominator"]
    if denominators is not None and min(d for d in denominators if d is not None) <= 0:
        raise _Refused  # the model refuses a denominator of 0 or less
    if not _value_or_state(by_name, counts, size):
        raise _Refused  # a reading holds both a number and a state, or neither
    sources = cast("list[str]", _quoted(by_name["source"]))  # every reading has one
    said = set(sources)
    if "" in said or not all(map(eq, said, map(str.strip, said))):
        raise _Refused  # an empty source, or one with spaces at its ends, the model strips
    notes = _quoted(by_name["note"])
    for texts in (said, {note for note in notes or () if note is not None}):
        if not all(map(str.isprintable, texts)) and any(map(_unusual, texts)):
            raise _Refused  # a control character in a text, which the model refuses
    readings = Readings(
        cast("list[date]", list(map(_DATES.__getitem__, by_name["date"]))),  # never ""
        sources,
        values=figures["value"],
        numerators=figures["numerator"],
        denominators=denominators,
        references=figures["reference"],
        states=_texts(by_name["state"], counts["state"]),
        notes=notes,
        corrects=_corrections(by_name["corrects"], counts["corrects"], size),
    )
    return readings, Layout(first_line, readings)


def _figures(column: tuple[str, ...], present: int, size: int) -> list[float | None] | None:
    """A column of figures as floats (None where absent), or None when absent from every
    reading; ValueError for a figure beyond what the model takes."""
    if not present:
        return None
    numbers = list(map(float, column if present == size else filter(None, column)))
    if max(numbers) > FIGURE_LIMIT or min(numbers) < -FIGURE_LIMIT:
        raise _Refused  # a figure beyond the contract's limit
    if present == size:
        return cast("list[float | None]", numbers)
    return [float(text) if text else None for text in column]


def _texts(column: tuple[str, ...], present: int) -> list[str | None] | None:
    """A column of texts, each text once (shared by the readings that repeat it), None
    where absent; None when absent from every reading."""
    if not present:
        return None
    shared: dict[str, str | None] = {"": None}
    return list(map(shared.setdefault, column, column))


def _quoted(column: tuple[str, ...]) -> list[str | None] | None:
    """A column of double-quoted texts as the texts they hold (each once, shared by the
    readings that repeat it; None where absent), or None when absent from every reading;
    _Refused for one with an escape, a quote inside, or anything after its closing quote,
    which YAML reads otherwise. Checked once per text: a text is matched as any run of
    characters (`.*`), which the regular expression engine scans a sixth faster."""
    written = set(column)
    written.discard("")
    if not written:
        return None
    joined = "\n".join(written)
    if "\\" in joined or joined.count('"') != 2 * len(written):
        raise _Refused
    if not all(len(text) > 1 and text[0] == text[-1] == '"' for text in written):
        raise _Refused
    table: dict[str, str | None] = {text: text[1:-1] for text in written}
    table[""] = None
    return list(map(table.__getitem__, column))


def _corrections(column: tuple[str, ...], present: int, size: int) -> list[date | None] | None:
    return list(map(_DATES.__getitem__, column)) if present else None


def _value_or_state(by_name: dict[str, tuple[str, ...]], counts: dict[str, int], size: int) -> bool:
    """Every reading holds a number (a value or a fraction) or a state, never both, as the
    model wants."""
    values, numerators, states = by_name["value"], by_name["numerator"], by_name["state"]
    if not counts["state"]:  # each must hold a value or a fraction
        return counts["value"] == size or all(compress(numerators, map(not_, values)))
    if counts["state"] == size:  # none may hold a number
        return not counts["value"] and not counts["numerator"]
    return all(
        bool(state) != bool(value or numerator)
        for value, numerator, state in zip(values, numerators, states, strict=True)
    )
