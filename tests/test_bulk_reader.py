"""The bulk reader gives what PyYAML and the model give, to the value and to the column, or
steps aside; and readings held as columns behave as the list of models they stand for."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from q2030.data import bulk_reader, loader
from q2030.data.store import reading_entry
from q2030.domain.models import READINGS_ADAPTER, Reading
from q2030.domain.series import Readings

# Field texts the bulk reader takes, mostly, and texts it must leave to the other readers
GOOD_NUMBERS = ["0", "14", "14.5", "-3.25", "100", "0.5", "-0.5", "1000000000000", "48",
                "0.000000000000001", "-0.0", "123456789.123456789"]  # fmt: skip
BAD_NUMBERS = ["-0", "010", "1000000000001", "9999999999999", "12.", "1e5", "+3", "1_0",
               ".5", "0x1", "14,5", '"14"', "1.0000000000000001"]  # fmt: skip
GOOD_DATES = ["2024-01-31", "2025-12-31", "2023-02-28", "2024-02-29"]
BAD_DATES = ["2024-02-30", "0000-01-01", "2025-1-1", "2025-12-31T10:00:00", '"2025-12-31"']
STATES = ["not_started", "in_progress", "done"]
GOOD_TEXTS = ["SDJES, rapport 2025", "Rectorat\u00a0: enquête « rentrée »", "a", "x # y",
              "- z: w", "'q'", "\u2003em space inside\u2003."]  # fmt: skip
BAD_TEXTS = ["", " lead", "trail ", "tab\tin", "nel\x85", "bidi\u202e", "q\"", "back\\s",
             "sep\u2028", "bom\ufeff", "del\x7f", "\u00a0edge"]  # fmt: skip


def mostly(good: list[str], bad: list[str]) -> st.SearchStrategy[str]:
    """One of `good`, or one time in ten one of `bad`."""
    return st.tuples(st.sampled_from(good), st.sampled_from(bad), st.integers(1, 10)).map(
        lambda drawn: drawn[1] if drawn[2] == 10 else drawn[0]
    )


numbers, dates = mostly(GOOD_NUMBERS, BAD_NUMBERS), mostly(GOOD_DATES, BAD_DATES)
texts = mostly(GOOD_TEXTS, BAD_TEXTS).map(lambda text: '"' + text + '"')
NAMES = ("date", "value", "numerator", "denominator", "reference", "state", "source", "note",
         "corrects")  # fmt: skip
MEASURES = [
    ("value",),
    ("numerator", "denominator"),
    ("value", "numerator", "denominator"),
    ("state",),
    (),
    ("value", "state"),
    ("numerator",),
]  # the last three: refused


@st.composite
def entries(draw: st.DrawFn) -> dict[str, str]:
    """A reading's fields as written: mostly one the model takes, now and then not."""
    measure = MEASURES[draw(st.integers(0, 3)) if draw(st.integers(1, 10)) < 10 else -3]
    measure = MEASURES[draw(st.integers(4, 6))] if draw(st.integers(1, 20)) == 20 else measure
    item = {"date": draw(dates), "source": draw(texts)}
    for name in measure:
        item[name] = draw(st.sampled_from(STATES)) if name == "state" else draw(numbers)
    for name, strategy in (("reference", numbers), ("note", texts), ("corrects", dates)):
        if draw(st.integers(1, 4)) == 4:
            item[name] = draw(strategy)
    return item


# each reading with what may follow it: mostly nothing (1), else a line the form has not
files = st.tuples(
    st.lists(st.tuples(entries(), st.integers(1, 20)), min_size=1, max_size=5),
    st.sampled_from(["", "# header\n", "# a\n\n  # b\n"]),
    st.sampled_from(["\n", "# between\n", "  # indented\n", "  extra: 1\n"]),
)


def render(spec: tuple) -> str:
    """A readings file: mostly in the writers' form, now and then straying from it (a
    line between readings, a reading's fields in another order)."""
    items, header, stray = spec
    text = header
    for item, chance in items:
        names = [name for name in NAMES if name in item]
        if chance == 19:
            names.reverse()
        lines = [f"{name}: {item[name]}" for name in names]
        text += "- " + "\n  ".join(lines) + "\n" + (stray if chance == 20 else "")
    return text


def every_location(count: int) -> list[tuple]:
    places: list[tuple] = [(), ("x",), (count,)]  # Pydantic never says -1
    for index in range(count):
        places += [(index,), *((index, name) for name in (*NAMES, "missing"))]
    return places


def assert_same(text: str) -> bool:
    """True when the bulk reader read `text`, after checking that it agrees with PyYAML
    and with the model, value, type and sign alike, and at every place."""
    bulk = bulk_reader.read(text)
    if bulk is None:
        return False
    readings, layout = bulk
    document, problems = loader.parse_yaml(text, "f")
    assert document is not None and problems == [], text
    models, errors = loader.validate(document, READINGS_ADAPTER)
    assert errors == [] and models is not None, (text, errors)
    assert repr(list(readings)) == repr(models), text  # -0.0 and 0.0 apart
    assert [r.model_fields_set for r in readings] == [m.model_fields_set for m in models]
    for loc in every_location(len(models)):
        for at_key in (False, True):
            assert layout.locate(loc, at_key=at_key) == document.locate(loc, at_key=at_key), (
                text,
                loc,
            )
    return True


@settings(max_examples=600, deadline=None)
@given(files)
def test_files_read_as_pyyaml_and_the_model_read_them(spec: tuple) -> None:
    assert_same(render(spec))


WRITTEN = [
    Reading(date=date(2024, 12, 31), value=14.5, source="SDJES, rapport 2024"),
    Reading(date=date(2025, 6, 30), value=87.5, numerator=42, denominator=48, source="DSDEN"),
    Reading(date=date(2025, 6, 30), numerator=41, denominator=48, source="DSDEN",
            note="Correction\u00a0: le chiffre transmis", corrects=date(2025, 6, 30)),
    Reading(date=date(2025, 9, 30), value=-2.5, reference=31.2, source="ARS « relevé »"),
    Reading(date=date(2025, 12, 31), value=1_000_000_000_000, source="x", note=""),
]  # fmt: skip


def test_what_record_writes_takes_the_bulk_path() -> None:
    header = "# yaml-language-server: $schema=../schemas/readings.schema.json\n# Readings\n"
    text = header + "".join(map(reading_entry, WRITTEN[:4]))
    assert assert_same(text)
    assert assert_same(reading_entry(WRITTEN[4]))  # an empty note, kept empty
    states = "".join(
        reading_entry(Reading(date=date(2024, 3, day), state=state, source="s"))
        for day, state in ((1, "not_started"), (2, "in_progress"), (3, "done"))
    )
    assert assert_same(states)


def test_what_it_leaves_to_the_other_readers() -> None:
    entry = '- date: 2025-12-31\n  value: 14\n  source: "s"\n'
    for text in (
        entry.replace("\n", "\r\n"),  # the writers keep a file's CRLF; the line reader reads it
        entry + "# a comment between readings\n" + entry,
        entry[:-1],  # no final line break
        entry.replace("14", "1e5"),  # a figure PyYAML reads as text
        entry.replace('"s"', '" s"'),  # a source the model would strip
        entry.replace('"s"', '""'),  # an empty source
        entry.replace('"s"', '"s" # a comment'),  # YAML reads the text otherwise
        entry.replace('"s"', '"s\\"q"'),  # an escape
        entry.replace('"s"', '"s"q"'),  # a quote inside
        entry.replace('"s"', '"s\x85"'),  # a control character
        entry.replace("2025-12-31", "2025-02-30"),  # an impossible date
        entry.replace("  value: 14\n", "  value: 14\n  state: done\n"),  # both
        '- date: 2025-12-31\n  numerator: 1\n  denominator: 0\n  source: "s"\n',
        "# only comments\n",
    ):
        assert bulk_reader.read(text) is None, text


def test_readings_as_columns_give_the_same_model_each_time() -> None:
    readings = Readings.of(WRITTEN)
    assert readings[1] is WRITTEN[1] and list(readings) == WRITTEN  # the models themselves
    read = bulk_reader.read("".join(map(reading_entry, WRITTEN[:4])))
    assert read is not None
    columns = read[0]
    assert columns[2] is columns[2] and columns[-1] is columns[3]
    part = columns.take([1, 3]).take([1])
    assert part[0] is columns[3]  # a part of a part names the same readings
    last = columns.last_of_each_date(3)
    assert list(last) == [columns[0], columns[2]] and last[1] is columns[2]
    assert last.in_date_order() and last.repeated() == []
    assert columns.in_date_order() and columns.repeated() == [1]
    assert columns.numbers("percent")[2] == 41 / 48 * 100 and columns.numbers(None)[2] == 41 / 48


def assert_as_the_reference(text: str) -> None:
    """Every reader together (bulk, the odd readings of a mostly bulk file, the line
    reader) gives the readings, the problems and the places the reference path gives."""
    document, readings, problems = loader.readings_in(text, "f")
    reference, expected, expected_problems = loader.readings_in(text, "f", fast=False)
    assert problems == expected_problems, text
    assert repr(None if readings is None else list(readings)) == repr(expected), text
    if readings is not None and document is not None and reference is not None:
        for loc in every_location(len(readings)):
            assert document.locate(loc) == reference.locate(loc), (text, loc)


@settings(max_examples=600, deadline=None)
@given(files)
def test_every_reader_agrees_with_the_reference_path(spec: tuple) -> None:
    assert_as_the_reference(render(spec))


def test_a_mostly_written_file_with_errors_is_not_read_whole_again() -> None:
    entry = '- date: 2025-12-{day:02d}\n  value: 14\n  source: "s"\n'
    text = "# header\n" + "".join(entry.format(day=day) for day in range(1, 29))
    spoiled = text.replace("value: 14\n", 'value: "14,5"\n', 3).replace('  source: "s"\n', "", 1)
    odd = bulk_reader.odd_entries(spoiled)
    assert odd is not None and [entry.index for entry in odd] == [0, 1, 2]
    assert [entry.line for entry in odd] == [2, 4, 7]
    assert_as_the_reference(spoiled)
    # an empty source matches the form's expression, but is no reading of the form
    assert_as_the_reference(
        '- source: ""\n  state: done\n  date: 2024-01-31\n- date: 2024-01-31\n  value: 0\n'
        '  source: ""\n'
    )
    _, readings, problems = loader.readings_in(spoiled, "f")
    assert readings is None and [(p.line, p.column) for p in problems] == [
        (2, 3),
        (3, 10),
        (5, 10),
        (8, 10),
    ]
