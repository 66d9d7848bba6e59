"""Property: whatever a file holds, loading and validating end in problems or in models,
never in an exception escaping."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from q2030.checks import checked
from q2030.data import loader
from q2030.domain.models import PLAN_ADAPTER, READINGS_ADAPTER
from tests.conftest import MINIMAL_PLAN, run

SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    st.sampled_from(["2025-12-31", "done", "percent", "at_least", "snu", "source", "value"]),
)
keys = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "date",
            "value",
            "source",
            "state",
            "note",
            "corrects",
            "numerator",
            "denominator",
            "plan",
            "operators",
            "objectives",
            "actions",
            "id",
            "title",
            "target",
            "kind",
            "due",
        ]
    ),
)
documents = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=5),
    max_leaves=30,
)
# Fragments that reach the corners of YAML: tags, anchors, merges, tabs, bad dates, flow.
fragments = st.lists(
    st.sampled_from(
        [
            "- ",
            "date: ",
            "2025-13-01",
            "2025-12-31",
            "&a ",
            "*a",
            "<<: ",
            "!!binary ",
            "!!timestamp x",
            "!!python/object:os.system ",
            "!!set ",
            "value: ",
            "010",
            "0x1F",
            "1_000",
            "\t",
            "? ",
            "[",
            "]",
            "{",
            "}",
            "'",
            '"',
            ": ",
            "\n",
            "  ",
            "no",
            "1.10",
            "~",
            "%YAML 1.1\n---\n",
            "...\n",
            "#",
            "\ufeff",
            "\x00",
            "é",
            "source: s",
            "state: done",
            '"\\ud800"',
            '"\\x',
            "!!float ",
            "!!int ",
        ]
    ),
    max_size=40,
).map("".join)


def check_text(text: str) -> None:
    document, problems = loader.parse_yaml(text, "f.yaml")
    if document is None:
        assert problems
        return
    for adapter in (PLAN_ADAPTER, READINGS_ADAPTER):
        model, found = loader.validate(document, adapter)
        assert (model is None) == bool(found)


def test_known_corners() -> None:
    for text in (
        'x: "\\ud800"',
        "[" * 5000 + "]" * 5000,
        "a: !!timestamp x",
        "? [a]\n: 1",
        "- !!set {a, b}",
        "!!python/name:os.system",
        "a: 1e999",
        "!!int ",
        "!!float ",
    ):
        check_text(text)


@SETTINGS
@given(documents)
def test_random_documents(data: object) -> None:
    check_text(yaml.safe_dump(data, allow_unicode=True))


@SETTINGS
@given(fragments)
def test_random_yaml_fragments(text: str) -> None:
    check_text(text)


@SETTINGS
@given(st.text(max_size=200))
def test_random_text(text: str) -> None:
    check_text(text)


@SETTINGS
@given(st.binary(max_size=200))
def test_random_bytes(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes(content)
    document, problems = loader.read_document(path, "f.yaml")
    assert document is not None or problems


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    plan=st.one_of(
        st.just(MINIMAL_PLAN.encode()), st.binary(max_size=120), fragments.map(str.encode)
    ),
    readings=st.one_of(st.binary(max_size=120), fragments.map(str.encode)),
)
def test_validate_never_crashes(
    tmp_path_factory: pytest.TempPathFactory, plan: bytes, readings: bytes
) -> None:
    root = tmp_path_factory.mktemp("data")
    (root / "readings").mkdir()
    (root / "objectives.yaml").write_bytes(plan)
    (root / "readings" / "snu.yaml").write_bytes(readings)
    dataset, problems = checked.collect(root)
    assert dataset is not None or problems
    result = run("--data", root, "validate", "--format", "json")
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
