"""`q2030 record`: every accepted form writes what it should, every refusal writes nothing,
and no crash or race leaves a readings file truncated, mixed or invalid."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from q2030.checks import checked
from q2030.cli import app as cli
from q2030.data import datadir, fsio
from q2030.domain.values import read_number, written_number
from tests.conftest import MINIMAL_PLAN, REPO, fingerprint, run

MakeData = Callable[[dict[str, str]], Path]
SNU = "readings/snu.yaml"
SNU_READINGS = "- date: 2024-12-31\n  value: 12\n  source: report 2024\n"


@pytest.fixture
def data(make_data: MakeData) -> Path:
    return make_data({"objectives.yaml": MINIMAL_PLAN, SNU: SNU_READINGS})


def record(root: Path, *args: str) -> tuple[int, str, str]:
    result = run("--data", root, "record", *args)
    return result.exit_code, result.stdout, result.stderr


def test_a_reading_is_appended_and_its_effect_shown(data: Path) -> None:
    code, out, err = record(data, "snu", "14", "--date", "2025-12-31", "--source", "report 2025")
    assert (code, err) == (0, "")
    assert out == (
        f"Recorded in {datadir.display_path(data / SNU)}:\n"
        "  2025-12-31  14 %  (source: report 2025)\n"
        "snu: still needs acceleration, gap 8 pts → 6 pts\n"
    )
    assert (data / SNU).read_text() == SNU_READINGS + (
        '- date: 2025-12-31\n  value: 14\n  source: "report 2025"\n'
    )
    assert run("--data", data, "validate").exit_code == 0


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("14.2", "  value: 14.2\n"),
        ("14,2", "  value: 14.2\n"),  # French decimal comma
        ("14.2%", "  value: 14.2\n"),
        ("14,2 %", "  value: 14.2\n"),
        ("42/48", "  value: 87.5\n  numerator: 42\n  denominator: 48\n"),
        ("40/48", "  value: 83.33\n  numerator: 40\n  denominator: 48\n"),
    ],
)
def test_value_forms(data: Path, typed: str, written: str) -> None:
    code, _, err = record(data, "sn", typed, "--date", "2025", "--source", "s")  # a unique prefix
    assert code == 0, err
    assert (data / SNU).read_text().endswith(f'- date: 2025-12-31\n{written}  source: "s"\n')


def test_a_tiny_number_is_written_so_that_it_reads_back(data: Path) -> None:
    """0.00001 was written 1e-05, which YAML reads as text: the tool refused its own file."""
    code, _, err = record(
        data, "snu", "0.00001", "--date", "2025-12-31", "--source", "s", "--allow-unusual"
    )
    assert code == 0, err
    assert "  value: 0.00001\n" in (data / SNU).read_text()
    assert run("--data", data, "validate").exit_code == 0
    again = record(data, "snu", "0,00001", "--date", "2025-12-31", "--source", "s")
    assert again[0] == 0 and "nothing written" in again[1]  # the same number, read back


@given(
    st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)
    | st.sampled_from([1e-05, 1.5e-40, 123456.789e-20, 5e-324, 0.1, 1e11 + 0.5, -0.0])
)
def test_every_number_is_written_in_a_form_yaml_reads_as_that_number(value: float) -> None:
    text = written_number(value)
    assert "e" not in text or "." in text.split("e")[0]  # YAML 1.1 reads 1e-05 as text
    assert yaml.safe_load(f"v: {text}")["v"] == value
    if "e" not in text:
        assert read_number(text) == value  # and a person, or record, can type it back


def test_a_milestone_state_and_a_new_file_with_its_header(make_data: MakeData) -> None:
    plan = MINIMAL_PLAN.replace("target: {kind: none}", "target: {kind: milestone}")
    root = make_data({"objectives.yaml": plan})
    code, out, _ = record(root, "schools", "in_progress", "--date", "2025-H1", "--source", "DSDEN")
    assert code == 0
    assert out.endswith("schools: no data → on track\n")
    assert (root / "readings" / "schools.yaml").read_text() == (
        "# yaml-language-server: $schema=../schemas/readings.schema.json\n"
        "# Readings of schools, oldest first. Append only: a correction is a new reading that "
        "says what it corrects (q2030 record --correct).\n"
        '- date: 2025-06-30\n  state: in_progress\n  source: "DSDEN"\n'
    )
    assert oct((root / "readings" / "schools.yaml").stat().st_mode & 0o777) != "0o600"


def test_comments_spacing_and_crlf_line_endings_keep_their_exact_bytes(make_data: MakeData) -> None:
    old = (
        b"# figures sent by the SDJES\r\n"
        b"-   date: 2024-12-31   # end of year\r\n"
        b"    value:   12\r\n"
        b"    source: 'report 2024'\r\n"
        b"\r\n"
        b"# next one below"  # no final line break
    )
    root = make_data({"objectives.yaml": MINIMAL_PLAN, "readings/.keep": ""})
    (root / SNU).write_bytes(old)
    os.chmod(root / SNU, 0o640)
    assert record(root, "snu", "14", "--date", "2025", "--source", "r")[0] == 0
    new = (root / SNU).read_bytes()
    assert new == old + b'\r\n- date: 2025-12-31\r\n  value: 14\r\n  source: "r"\r\n'
    assert (root / SNU).stat().st_mode & 0o777 == 0o640  # permissions kept


def test_a_correction_is_a_new_reading_that_names_what_it_corrects(data: Path) -> None:
    code, _, err = record(data, "snu", "13", "--date", "2024", "--source", "s")
    assert code == 1
    assert "already has a reading for 2024-12-31 that says otherwise: add --correct" in err
    code, out, _ = record(data, "snu", "13", "--date", "2024", "--source", "erratum", "--correct")
    assert code == 0 and "correcting 2024-12-31" in out
    text = (data / SNU).read_text()
    assert text.startswith(SNU_READINGS)  # the old reading stays
    assert text.endswith('  value: 13\n  source: "erratum"\n  corrects: 2024-12-31\n')
    shown = json.loads(run("--data", data, "status", "-f", "json", "--as-of", "2025-01-01").stdout)
    assert shown[0]["latest"] == 13


def test_the_same_reading_twice_is_written_once(data: Path) -> None:
    before = fingerprint(data)
    code, out, _ = record(data, "snu", "12", "--date", "2024", "--source", "again")
    assert code == 0
    assert out.startswith("Already recorded in ") and out.endswith("line 1: nothing written.\n")
    assert fingerprint(data) == before


def test_dry_run_and_json_output_write_nothing(data: Path) -> None:
    before = fingerprint(data)
    code, out, _ = record(
        data, "snu", "14", "--date", "2025", "--source", "s", "--dry-run", "--format", "json"
    )
    assert code == 0
    result = json.loads(out)
    assert result["written"] is False
    assert result["reading"] == {"date": "2025-12-31", "value": 14.0, "source": "s"}
    assert result["before"]["status"] == "needs_acceleration"
    assert result["after"]["gap"] == 6.0
    assert fingerprint(data) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("snu", "140", "--source", "s", "--date", "2025"),
            "140 is not a percentage between 0 and 100",
        ),
        # malformed on the command line: usage errors, exit code 2
        (("snu", "--source", "s", "--date", "2025", "--", "-3"), "-3 is not a percentage"),
        (("snu", "done", "--source", "s", "--date", "2025"), "record a number, not a state"),
        (
            ("schools", "3", "--source", "s", "--date", "2025"),
            "record a milestone state or nothing",
        ),
        (("snu", "3/0", "--source", "s"), "the denominator must be positive"),
        (("snu", "lots", "--source", "s"), "'lots' is not a value"),
        (("snu", "14", "--source", "s", "--date", "2999-01-01"), "in the future"),
        (("snu", "14", "--source", "s", "--date", "2001-01-01"), "too old"),
        (("snu", "14", "--source", "s", "--date", "2025-02-30"), "is not a real date"),
        (("snu", "14", "--source", "  ", "--date", "2025"), "--source is empty"),
        (("snu", "14", "--date", "2025"), "--source is missing and there is no terminal"),
        (("snu",), "VALUE is missing and there is no terminal"),
        (("snu", "13", "--source", "s", "--date", "2024"), "add --correct"),
        (
            ("snu", "13", "--source", "s", "--date", "2023", "--correct"),
            "no reading for 2023-12-31",
        ),
        (("s", "14", "--source", "s"), "'s' starts several action ids: snu, schools"),
        (("nus", "14", "--source", "s"), "unknown action 'nus'"),
    ],
)
def test_refusals_leave_every_file_byte_identical(
    data: Path, args: tuple[str, ...], message: str
) -> None:
    before = fingerprint(data)
    code, _, err = record(data, *args)
    # usage errors (exit 2): a malformed value, or one missing with no terminal to ask
    malformed = ("denominator", "is not a value", "is not a real date", "no terminal")
    assert code == (2 if any(word in message for word in malformed) else 1)
    assert err.count("\n") == 1 and message in err, err
    assert fingerprint(data) == before


def test_counts_must_be_whole_and_percent_signs_fit_the_unit(make_data: MakeData) -> None:
    plan = MINIMAL_PLAN.replace(
        "unit: percent\n        target: {kind: at_least, value: 100}",
        "unit: count\n        target: {kind: at_least, value: 100}",
    )
    root = make_data({"objectives.yaml": plan})
    before = fingerprint(root)
    for value, message in (("2.5", "not a count"), ("12%", "drop the %"), ("3/4", "a fraction is")):
        code, _, err = record(root, "mediators", value, "--source", "s", "--date", "2025")
        assert code == 1 and message in err
    assert fingerprint(root) == before
    assert record(root, "mediators", "2 460", "--source", "s", "--date", "2025")[0] == 0


def test_a_file_already_invalid_is_not_written_into(make_data: MakeData) -> None:
    root = make_data(
        {
            "objectives.yaml": MINIMAL_PLAN,
            SNU: "- date: 2024-12-31\n  value: 12\n  value: 13\n  source: s\n",
            "readings/mediators.yaml": "- date: 2024-12-31\n  value: 12\n  source: s\n"
            "- date: 2024-12-31\n  value: 13\n  source: s\n",
        }
    )
    before = fingerprint(root)
    code, _, err = record(root, "snu", "14", "--date", "2025", "--source", "s")
    assert code == 1
    assert "snu.yaml:3:3: [error] duplicate-key" in err and "already invalid" in err
    code, _, err = record(root, "mediators", "14", "--date", "2025", "--source", "s")
    assert code == 1
    assert "mediators.yaml:4:9: a reading for 2024-12-31 already says otherwise" in err
    assert fingerprint(root) == before


def test_a_person_at_a_terminal_is_asked_for_what_is_missing(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "_interactive", lambda: True)
    from typer.testing import CliRunner

    result = CliRunner().invoke(
        cli.app,
        ["--data", str(data), "record", "snu", "--date", "2025"],
        input="14,5\nSDJES report\n",
        prog_name="q2030",
    )
    assert result.exit_code == 0, result.output
    assert "snu: SNU participants from QPV" in result.stdout
    assert "Unit: percent. Last reading: 12 % on 2024-12-31 (report 2024)." in result.stdout
    assert (data / SNU).read_text().endswith('  value: 14.5\n  source: "SDJES report"\n')


def test_a_writer_that_cannot_get_the_lock_says_so(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fsio, "LOCK_TIMEOUT_SECONDS", 0.2)
    before = fingerprint(data)
    with fsio.folder_lock(data):
        code, _, err = record(data, "snu", "14", "--date", "2025", "--source", "s")
    assert code == 1
    assert "is being written by another q2030 (waited 0.2 s): try again; nothing written" in err
    assert fingerprint(data) == before


def q2030_process(
    root: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "q2030", "--data", str(root), "record", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, **(env or {})},
    )


def test_twenty_writers_at_once_leave_twenty_readings(data: Path) -> None:
    # a first figure, so that none of the twenty moves the action's starting point (a figure
    # before the first one is refused unless the plan asks for it: test_hostile_history.py)
    assert record(data, "mediators", "0", "--date", "2024-12-31", "--source", "s")[0] == 0
    writers = [
        q2030_process(data, "mediators", str(day), "--date", f"2025-01-{day:02d}", "--source", "s")
        for day in range(1, 21)
    ]
    results = [(writer.wait(timeout=120), writer.stderr.read()) for writer in writers]
    assert [code for code, _ in results] == [0] * 20, results
    dataset = checked.load(data)
    assert sorted(reading.value for reading in dataset.readings_of("mediators")) == list(range(21))
    assert run("--data", data, "validate").exit_code == 0


INJECT = REPO / "tests" / "inject"
NEW_ENTRY = b'- date: 2025-12-31\n  value: 14\n  source: "s"\n'


@pytest.mark.parametrize(
    ("pause", "written"),
    [
        ("before:fsync:1", False),  # the new content half-staged
        ("after:fsync:1", False),  # staged, no journal yet
        ("before:replace:1", False),  # the journal about to be committed
        ("before:replace:2", True),  # the journal committed, the file not yet replaced
        ("after:replace:2", True),  # replaced, the journal still there
    ],
)
def test_a_writer_killed_at_any_step_leaves_the_old_file_or_the_new_one(
    data: Path, tmp_path: Path, pause: str, written: bool
) -> None:
    """The pause is injected from outside (tests/inject/sitecustomize.py wraps os.fsync and
    os.replace in the child): the code under test has no hook."""
    old = (data / SNU).read_bytes()
    marker = tmp_path / "paused"
    writer = q2030_process(
        data,
        "snu",
        "14",
        "--date",
        "2025",
        "--source",
        "s",
        env={"PYTHONPATH": str(INJECT), "Q2030_TEST_PAUSE": f"{pause}|{marker}"},
    )
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert writer.poll() is None, writer.stderr.read() if writer.stderr else ""
        assert time.monotonic() < deadline, "the writer never reached its pause"
        time.sleep(0.02)
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)
    # the next command finishes (or undoes) what the killed one left, and says so
    recovered = run("--data", data, "recover")
    assert recovered.exit_code == 0, recovered.output
    assert (data / SNU).read_bytes() == (old + NEW_ENTRY if written else old)
    assert run("--data", data, "validate").exit_code == 0
    assert record(data, "snu", "15", "--date", "2026-01-01", "--source", "s")[0] == 0
    leftovers = [p.name for p in data.rglob(".*") if p.is_file()]
    assert leftovers == []
    assert checked.load(data).readings_of("snu")[-1].value == 15


def test_an_outpace_reading_takes_its_reference(make_data: MakeData) -> None:
    plan = MINIMAL_PLAN.replace(
        "target: {kind: at_least, value: 100}",
        "target: {kind: outpace, reference: general population}",
    )
    root = make_data({"objectives.yaml": plan})
    code, _, err = record(root, "mediators", "41,5", "--date", "2025", "--source", "CPAM")
    assert code == 1 and "give the general population's figure as 'reference'" in err
    code, _, err = record(root, "mediators", "41,5", "--reference", "x", "--source", "CPAM")
    assert code == 2 and "Invalid value for '--reference': 'x' is not a number" in err
    code, _, err = record(
        root, "mediators", "41,5", "--reference", "46,2", "--date", "2025", "--source", "CPAM"
    )
    assert code == 0, err
    assert checked.load(root).readings_of("mediators")[0].reference == 46.2
