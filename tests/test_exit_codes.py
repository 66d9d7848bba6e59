"""One contract for exit codes, for every command: 0 success, 1 a problem in the data or an
unknown id, 2 wrong usage. A malformed argument (a date, a value, a number, an id, a
choice) is parsed at the boundary, and always ends in exit code 2 and one line of the
same shape: "q2030: error: Invalid value for 'OPTION': ... (see 'q2030 COMMAND --help')"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import DEMO_DATA, run

SHAPE = re.compile(r"^q2030: error: .+ \(see 'q2030 [a-z]+ --help'\)$")

MALFORMED = {
    "a date": [
        ("status", "--as-of", "soon"),
        ("show", "snu-jeunes-qpv", "--as-of", "31/02/2025"),
        ("report", "--as-of", "2025-13-01"),
        ("export", "--as-of", "yesterday"),
        ("validate", "--as-of", "2025-H3"),
        ("diff", "HEAD", "--as-of", "tomorrow"),
        ("record", "snu-jeunes-qpv", "14", "--source", "s", "--date", "soon"),
        ("due", "--as-of", "someday"),
        ("site", "--as-of", "2026-02-30"),
    ],
    "a value": [
        ("record", "snu-jeunes-qpv", "lots", "--source", "s"),
        ("record", "snu-jeunes-qpv", "3/0", "--source", "s"),
    ],
    "a number": [
        ("record", "depistages-organises", "40", "--reference", "many", "--source", "s"),
        ("record", "depistages-organises", "40", "--reference", "nan", "--source", "s"),
        ("status", "--due", "next"),
    ],
    "an id": [
        ("show", "snu jeunes"),
        ("record", "snu/../x", "14", "--source", "s"),
        ("status", "--objective", "Education!"),
        ("status", "--operator", ""),
        ("report", "-o", "\x1b[31mCAF"),
    ],
    "a choice": [
        ("status", "--status", "late"),
        ("status", "--by", "colour"),
        ("status", "--format", "yaml"),
        ("report", "--format", "docx"),
        ("export", "--what", "everything"),
        ("validate", "--format", "xml"),
        ("schema", "plans"),
        ("record", "snu-jeunes-qpv", "14", "--source", "s", "--format", "xml"),
        ("status", "--lang", "de"),
        ("due", "--sort", "alphabet"),
        ("request", "-o", "CAF", "--format", "ods", "--out", "x.ods"),
        ("remind", "--period", "last"),
        ("report", "--sort", "size"),
    ],
    "a text": [
        ("record", "snu-jeunes-qpv", "14", "--source", "s\x1b[2J"),
        ("init", "somewhere", "--install", "q2030; rm -rf ~"),
    ],
    "a missing or extra part": [
        ("export", "--format", "xlsx"),
        ("show",),
        ("diff",),
        ("status", "extra"),
        ("status", "--unknown"),
    ],
}
CASES = [(kind, args) for kind, cases in MALFORMED.items() for args in cases]


@pytest.mark.parametrize(("kind", "args"), CASES, ids=[" ".join(a) for _, a in CASES])
def test_a_malformed_argument_is_exit_2_in_one_line_of_one_shape(
    kind: str, args: tuple[str, ...], tmp_path: Path
) -> None:
    result = run("--data", DEMO_DATA, *args)
    assert result.exit_code == 2, (kind, result.output)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert SHAPE.match(lines[0]), lines[0]


def test_every_command_is_covered() -> None:
    from tests.test_cli import COMMANDS

    covered = {args[0] for _, args in CASES}
    assert covered >= set(COMMANDS) - {"import", "recover"}  # they take no malformed value


@pytest.mark.parametrize(
    "args",
    [
        ("show", "no-such-action"),
        ("status", "--operator", "XYZ"),
        ("status", "--operator", "A R S"),  # a name may hold spaces: the plan knows none
        ("report", "-o", "$(id)"),
        ("export", "-o", "CAF;"),
        ("status", "--objective", "nothing"),
        ("record", "no-such-action", "14", "--source", "s"),
        ("record", "snu-jeunes-qpv", "140", "--source", "s", "--date", "2025"),
        ("import", "missing.csv"),
    ],
)
def test_a_well_formed_argument_the_data_refuses_is_exit_1(args: tuple[str, ...]) -> None:
    result = run("--data", DEMO_DATA, *args)
    assert result.exit_code == 1, result.output
    assert len(result.stderr.splitlines()) == 1


def test_several_operators_are_taken_together() -> None:
    import json

    rows = json.loads(
        run("--data", DEMO_DATA, "status", "-o", "CAF", "-o", "ars", "-f", "json").stdout
    )
    assert {row["operator"] for row in rows} == {"CAF", "ARS"}
