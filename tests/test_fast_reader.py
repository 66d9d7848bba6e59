"""The fast reader gives what PyYAML gives, to the value and to the column, or steps aside."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from q2030.data import fast_reader, loader
from tests.conftest import DEMO_DATA

KEYS = ["date", "value", "source", "note", "state", "numerator", "denominator", "corrects", "x_1"]
# Values the fast reader takes, and values it must leave to PyYAML (anchors, odd numbers...)
COMMON = ["2025-12-31", "14", "14.2", "-3", "+7", "0", "1.", "3.5e+2", "yes", "No", "~", "done",
          "in_progress", "x y", "100%", "'it''s'", '"SDJES, 2025"', "text # comment", "1e5",
          "é ü"]  # fmt: skip
ODD = ["null", "2025-1-1", "1_000", "0x1F", "010", ".inf", "1:30", "2025-13-01", "a: b", "#x",
       "- x", "[1]", "&a", "*a", "!t", "|", "'q'", '"dq"', '"es\\c"', "'open", "x:", "?q", "%p",
       "@a", "`b", '"x" # c', ""]  # fmt: skip
plain_values = st.one_of(
    st.sampled_from(COMMON),
    st.sampled_from(COMMON),
    st.sampled_from(COMMON + ODD),
    st.text(alphabet="abc019 -:#'\".,", min_size=1, max_size=8),
)
items = st.lists(st.tuples(st.sampled_from(KEYS), plain_values), min_size=1, max_size=4)
files = st.tuples(
    st.lists(items, max_size=4),
    st.sampled_from(["\n", "\r\n"]),
    st.integers(min_value=1, max_value=3),
    st.booleans(),
)


def render(spec: tuple[list[list[tuple[str, str]]], str, int, bool]) -> str:
    entries, newline, gap, comments = spec
    lines = ["# a comment"] if comments else []
    for entry in entries:
        for index, (key, value) in enumerate(entry):
            lead = "-" + " " * gap if index == 0 else " " * (gap + 1)
            lines.append(f"{lead}{key}: {value}".rstrip() if value else f"{lead}{key}:")
        if comments:
            lines.append("  # between")
    return newline.join(lines) + newline


def every_location(document: loader.Document) -> list[tuple]:
    places: list[tuple] = [()]
    for index, item in enumerate(document.data or []):
        places.append((index,))
        places.append((index, "missing"))
        places.extend((index, key) for key in item)
    return places


def assert_same(text: str) -> bool:
    """True when the fast reader read `text`, after checking it agrees with PyYAML."""
    fast = fast_reader.read(text)
    slow, problems = loader.parse_yaml(text, "f")
    if fast is None:
        return False
    assert slow is not None and problems == [], text
    data, start, items = fast
    document = loader.Document("f", None, data, items, start)
    assert data == slow.data, text
    for loc in every_location(slow):
        for at_key in (False, True):
            assert document.locate(loc, at_key=at_key) == slow.locate(loc, at_key=at_key), (
                text,
                loc,
            )
    return True


@settings(max_examples=400, deadline=None)
@given(files)
def test_plain_files_read_as_pyyaml_reads_them(spec: tuple) -> None:
    assert_same(render(spec))


def test_the_demo_files_and_what_record_writes_take_the_fast_path() -> None:
    for path in sorted((DEMO_DATA / "readings").glob("*.yaml")):
        assert assert_same(path.read_text(encoding="utf-8")), path.name
    written = '- date: 2025-12-31\r\n  value: 14.5\r\n  source: "SDJES, rapport 2025"\r\n'
    assert assert_same("# header\r\n" + written)


def test_what_it_leaves_to_pyyaml() -> None:
    for text in (
        "- date: 2025-12-31\n  value: 1\n  value: 2\n",  # duplicate key
        "- date: 2025-12-31\n  value: 010\n",  # octal-looking
        "- date: 2025-13-31\n",  # impossible date
        "- {date: 2025-12-31}\n",  # flow style
        "- &a\n  date: 2025-12-31\n",  # anchor
        "- date: 2025-12-31\n\tvalue: 1\n",  # tab
        '- source: "a\\tb"\n',  # escape
        "- note: |\n    text\n",  # block scalar
        "date: 2025-12-31\n",  # not a list
        "---\n- date: 2025-12-31\n",  # document marker
    ):
        assert fast_reader.read(text) is None, text
    assert fast_reader.read("# only a comment\n") == (None, None, [])
