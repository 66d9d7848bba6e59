"""Loading: every YAML hazard refused with its line and column, every schema error located."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from q2030.checks import checked
from q2030.data import loader
from q2030.domain.models import READINGS_ADAPTER
from q2030.errors import Problem
from tests.conftest import MINIMAL_PLAN

MakeData = Callable[[dict[str, str]], Path]


def problems_of(text: str) -> list[Problem]:
    document, problems = loader.parse_yaml(text, "f.yaml")
    if document is None:
        return problems
    return loader.validate(document, READINGS_ADAPTER)[1]


def where(problems: list[Problem]) -> list[tuple[int, int, str]]:
    return [(p.line, p.column, p.code) for p in problems]


def test_a_valid_readings_file_loads() -> None:
    document, problems = loader.parse_yaml("- date: 2025-12-31\n  value: 14.2\n  source: x\n", "f")
    assert problems == []
    assert document is not None
    values, problems = loader.validate(document, READINGS_ADAPTER)
    assert problems == [] and values[0].value == 14.2


def test_duplicate_keys_are_refused_at_the_second_key() -> None:
    found = problems_of("- date: 2025-12-31\n  value: 1\n  value: 2\n  source: x\n")
    assert where(found) == [(3, 3, "duplicate-key")]
    assert "first on line 2" in str(found[0].message)


def test_aliases_and_merge_keys_are_refused() -> None:
    text = "- &r\n  date: 2025-12-31\n  value: 1\n  source: x\n- *r\n"
    assert [p.code for p in problems_of(text)] == ["alias"]
    merge = "- <<: {date: 2025-12-31}\n  value: 1\n  source: x\n"
    assert where(problems_of(merge)) == [(1, 3, "alias")]


def test_billion_laughs_is_refused_without_expanding() -> None:
    levels = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 30):
        levels.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}" if i > 1 else "*a"] * 9) + "]")
    found = problems_of("\n".join(levels) + "\n")
    assert found and {p.code for p in found} == {"alias"}


def test_yaml_syntax_errors_and_tabs_are_located() -> None:
    found = problems_of("- date: 2025-12-31\n  value: [1\n  source: x\n")
    assert [p.code for p in found] == ["yaml-syntax"]
    assert found[0].line == 3
    tabs = problems_of("- date: 2025-12-31\n\tvalue: 1\n")
    assert tabs[0].code == "yaml-syntax" and tabs[0].line == 2
    assert "tabs" in str(tabs[0].message)


def test_octal_looking_numbers_are_refused() -> None:
    found = problems_of("- date: 2025-12-31\n  value: 010\n  source: x\n")
    assert where(found) == [(2, 10, "ambiguous-number")]


@pytest.mark.parametrize(
    ("text", "line", "column", "fragment"),
    [
        ("- date: 2025-12-31\n  value: no\n  source: x\n", 2, 10, "expected a number (got False)"),
        ("- date: 2025-12-31\n  value: '14,2'\n  source: x\n", 2, 10, "with a dot, as in 14.2"),
        ("- date: 2025-12-31\n  value: 1\n  source: 2024-01-01\n", 3, 11, "expected text"),
        (
            "- date: 2025-12-31\n  value: 1\n  source: x\n  nte: y\n",
            4,
            3,
            "unknown field 'nte' (did you mean 'note'?)",
        ),
        ("- date: 2025-12-31\n  value: 1\n", 1, 3, "missing field 'source'"),
        ("- date: 2025-12-31 10:00:00\n  value: 1\n  source: x\n", 1, 9, "without a time"),
        ("- date: 2025-12-31\n  state: finished\n  source: x\n", 2, 10, "not_started"),
    ],
)
def test_schema_errors_point_at_the_key_or_value(
    text: str, line: int, column: int, fragment: str
) -> None:
    found = problems_of(text)
    assert len(found) == 1, found
    assert (found[0].line, found[0].column, found[0].code) == (line, column, "schema")
    assert fragment in str(found[0].message)


def test_an_impossible_date_is_located() -> None:
    found = problems_of("- date: 2025-13-31\n  value: 1\n  source: x\n")
    assert where(found) == [(1, 9, "yaml-syntax")]
    assert "not a real date" in str(found[0].message)


def test_a_file_that_is_not_utf8_is_located(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_bytes(b"- date: 2025-12-31\n  source: caf\xe9\n")
    document, found = loader.read_document(path, "r.yaml")
    assert document is None
    assert where(found) == [(2, 14, "encoding")]


def test_every_problem_of_the_folder_is_reported(make_data: MakeData) -> None:
    plan = MINIMAL_PLAN.replace("operator: ARS", "operator: ARZ").replace(
        "target: {kind: none}", "target: {kind: nothing}"
    )
    root = make_data(
        {
            "objectives.yaml": plan,
            "readings/snu.yaml": "- date: 2025-12-31\n  value: 140\n  source: x\n",
            "readings/snv.yaml": "- date: 2025-12-31\n  value: 14\n  source: x\n",
            "readings/mediators.yaml": "- date: 2025-12-31\n  value: 1\n  value: 2\n  source: x\n",
        }
    )
    dataset, problems = checked.collect(root)
    assert dataset is None  # the plan itself does not validate
    messages = [str(problem) for problem in problems]
    assert any("objectives.yaml:35:17:" in m and "unknown kind 'nothing'" in m for m in messages), (
        messages
    )
    assert any("mediators.yaml:3:3: [error] duplicate-key" in m for m in messages), messages


def test_cross_file_checks_locate_their_problems(make_data: MakeData) -> None:
    plan = MINIMAL_PLAN.replace("operator: ARS", "operator: ARZ")
    root = make_data(
        {
            "objectives.yaml": plan,
            "readings/snu.yaml": "- date: 2025-12-31\n  value: 140\n  source: x\n",
            "readings/snv.yaml": "- date: 2025-12-31\n  value: 14\n  source: x\n",
            "readings/schools.yaml": "- date: 2025-12-31\n  value: 1\n  source: x\n",
        }
    )
    _, problems = checked.collect(root)
    found = {(Path(p.path).name, p.line, p.column, p.code) for p in problems}
    assert ("objectives.yaml", 41, 19, "unknown-reference") in found
    assert ("snu.yaml", 1, 3, "reading-value") in found
    assert ("snv.yaml", 1, 1, "orphan-readings") in found
    assert ("schools.yaml", 1, 3, "reading-value") in found
    assert "rename the file to snu.yaml?" in next(
        str(p.message) for p in problems if p.code == "orphan-readings"
    )


def test_duplicate_ids_and_conflicting_readings(make_data: MakeData) -> None:
    plan = MINIMAL_PLAN.replace("- id: schools", "- id: snu")
    readings = (
        "- date: 2025-12-31\n  value: 14\n  source: x\n"
        "- date: 2025-12-31\n  value: 15\n  source: x\n"
        "- date: 2024-12-31\n  value: 12\n  source: x\n"
        "- date: 2025-12-31\n  value: 16\n  source: x\n  corrects: 2025-12-31\n"
    )
    root = make_data({"objectives.yaml": plan, "readings/mediators.yaml": readings})
    _, problems = checked.collect(root)
    codes = [(Path(p.path).name, p.line, p.code, p.level) for p in problems]
    assert ("objectives.yaml", 29, "duplicate-id", "error") in codes
    assert ("mediators.yaml", 4, "reading-conflict", "error") in codes
    assert ("mediators.yaml", 7, "reading-order", "warning") in codes
    assert not any(line == 10 and code == "reading-conflict" for _, line, code, _ in codes)


def test_dates_in_the_future_or_too_old_are_refused(make_data: MakeData) -> None:
    root = make_data(
        {
            "objectives.yaml": MINIMAL_PLAN,
            "readings/mediators.yaml": "- date: 2999-12-31\n  value: 1\n  source: x\n"
            "- date: 2001-12-31\n  value: 1\n  source: x\n",
        }
    )
    _, problems = checked.collect(root)
    assert [(p.line, p.code) for p in problems if p.code == "reading-date"] == [
        (1, "reading-date"),
        (4, "reading-date"),
    ]


def test_symbolic_links_are_not_followed(make_data: MakeData, tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text("- date: 2025-12-31\n  value: 1\n  source: x\n")
    root = make_data({"objectives.yaml": MINIMAL_PLAN, "readings/.keep": ""})
    (root / "readings" / "mediators.yaml").symlink_to(outside)
    dataset, problems = checked.collect(root)
    assert [p.code for p in problems] == ["not-regular"]
    assert dataset is not None and "mediators" not in dataset.readings
