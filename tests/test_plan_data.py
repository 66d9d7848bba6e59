"""The shipped plan encodes every row of the source, traceably, with targets read from the text."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from q2030.checks import checked
from q2030.domain.models import Action, Plan
from tests.conftest import DEMO_DATA, REPO, SHIPPED_DATA

SOURCE = REPO / "source" / "quartiers-2030-nord.txt"
FIRST_ROW, LAST_ROW, BLANK_ROW = 6, 69, 35


def source_cells(line: int) -> list[str]:
    return [
        cell.strip()
        for cell in SOURCE.read_text(encoding="utf-8").split("\n")[line - 1].split("\t")
    ]


@pytest.fixture(scope="module")
def plan() -> Plan:
    return checked.load(SHIPPED_DATA).plan


@pytest.fixture(scope="module")
def actions(plan: Plan) -> dict[str, Action]:
    return {action.id: action for _, action in plan.actions()}


def test_the_shipped_data_loads_without_any_problem() -> None:
    _, problems = checked.collect(SHIPPED_DATA)
    assert problems == []


def test_every_source_row_is_referenced_by_exactly_one_element(plan: Plan) -> None:
    """An element is an action, an objective's description or a group label. A row that holds
    several actions (two indicators, two dated parts) is one element split into numbered parts."""
    elements: dict[int, list[str]] = defaultdict(list)
    parts: dict[int, list[int]] = defaultdict(list)
    for objective in plan.objectives:
        if objective.description_line:
            elements[objective.description_line].append(f"description of {objective.id}")
        for group in objective.groups:
            elements[group.source_line].append(f"group {group.id}")
        for action in objective.actions:
            if action.source_part is None:
                elements[action.source_line].append(f"action {action.id}")
            else:
                parts[action.source_line].append(action.source_part)
    for line, numbers in parts.items():
        assert sorted(numbers) == list(range(1, len(numbers) + 1)), f"line {line}: parts {numbers}"
        elements[line].append(f"{len(numbers)} parts")
    expected = [line for line in range(FIRST_ROW, LAST_ROW + 1) if line != BLANK_ROW]
    assert sorted(elements) == expected
    doubles = {line: found for line, found in elements.items() if len(found) != 1}
    assert doubles == {}
    assert source_cells(BLANK_ROW) == [""]


def test_action_titles_are_the_source_wording_verbatim(plan: Plan) -> None:
    for _, action in plan.actions():
        cells = source_cells(action.source_line)
        # line 36 sits one column to the right in the source
        column = 2 if action.source_line == 36 else 1
        assert action.title == cells[column], action.id


def test_due_texts_are_the_source_calendar_cells_verbatim(plan: Plan) -> None:
    for _, action in plan.actions():
        if action.source_line == 36:
            assert action.due_text == ""  # its text occupies the calendar cell
        else:
            assert action.due_text == source_cells(action.source_line)[2], action.id


def test_objective_titles_descriptions_and_groups_come_from_their_lines(plan: Plan) -> None:
    for objective in plan.objectives:
        assert objective.title_line is not None
        assert objective.title == source_cells(objective.title_line)[0], objective.id
        if objective.description_line:
            assert objective.description == source_cells(objective.description_line)[1]
        for group in objective.groups:
            assert group.label == source_cells(group.source_line)[1]


def test_ids_are_unique_ascii_slugs(plan: Plan) -> None:
    ids = [action.id for _, action in plan.actions()]
    assert len(ids) == len(set(ids)) == 63
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", action_id) for action_id in ids)
    objective_ids = [objective.id for objective in plan.objectives]
    assert len(objective_ids) == len(set(objective_ids))


def test_operators_follow_the_reading_notes(plan: Plan, actions: dict[str, Action]) -> None:
    by_line = {action.source_line: action.operator for action in actions.values()}
    expected = {
        **dict.fromkeys(range(6, 20), "DSDEN"),
        **dict.fromkeys(range(20, 23), "SDJES"),
        **dict.fromkeys(range(23, 26), "DRAC"),
        **dict.fromkeys(range(26, 30), "CAF"),
        **dict.fromkeys(range(30, 42), "ARS"),
        **dict.fromkeys(range(42, 53), "CPAM"),
        **dict.fromkeys(range(53, 55), "DDFE"),
        **dict.fromkeys(range(55, 58), "DDETS"),
        **dict.fromkeys(range(58, 62), "DDTM"),
        **dict.fromkeys(range(62, 64), "PJJ"),
        64: "DRAAF",
        **dict.fromkeys(range(65, 68), "ADEME"),
        **dict.fromkeys(range(68, 70), "SG-PREFECTURE"),
    }
    assert by_line == {line: op for line, op in expected.items() if line in by_line}
    operators = {operator.id: operator for operator in plan.operators}
    assert operators["SDJES"].parent == "DSDEN"
    assert (
        operators["DDTM"].description
        == "DDTM en lien avec les EPCI, les communes et les bailleurs sociaux"
    )
    assert operators["ARS"].leads == ["Jean-Christophe CANLER", "Aline QUEVERUE"]


@pytest.mark.parametrize(
    ("action_id", "kind", "value", "baseline", "due", "each_year_from"),
    [
        ("snu-jeunes-qpv", "at_least", 20, 10, date(2027, 12, 31), None),
        ("colos-apprenantes-qpv", "at_least", 60, 43, date(2027, 12, 31), None),
        ("pass-sport-qpv", "at_least", 20, 18.8, date(2024, 12, 31), None),
        ("apprentis-qpv", "at_least", 15, 11, date(2027, 12, 31), None),
        ("iae-adultes-qpv", "at_least", 40, 36, date(2030, 12, 31), 2024),
        ("creches-avip", "at_least", 15, None, date(2030, 12, 31), None),
        ("cites-educatives-2024", "at_least", 3, None, date(2024, 12, 31), None),
        ("centres-sociaux-evs", "at_least", 100, None, date(2025, 12, 31), None),
        ("residences-mission-quartiers", "at_least", 20, None, date(2030, 12, 31), None),
        ("logements-sociaux-neufs-qpv", "at_most", 0, None, date(2030, 12, 31), 2025),
        ("passoires-thermiques", "at_most", 0, None, date(2030, 12, 31), None),
        ("regal-qpv", "at_least", 3, None, date(2030, 12, 31), 2024),
        ("famille-zero-dechets", "at_least", 3, None, date(2030, 12, 31), 2024),
        ("repair-cafes", "at_least", 3, None, date(2030, 12, 31), 2024),
        ("dsil-qpv", "at_least", 15, None, date(2025, 12, 31), None),
        ("camion-nina-simone", "at_least", 50, None, date(2030, 12, 31), 2024),
        ("camion-nps-mammographie", "at_least", 50, None, date(2030, 12, 31), 2025),
        ("cej-entrees-qpv", "at_least", 35, None, date(2030, 12, 31), 2024),
        ("cej-jr-entrees-qpv", "at_least", 40, None, date(2030, 12, 31), 2024),
    ],
)
def test_level_targets_match_the_text(
    actions: dict[str, Action],
    action_id: str,
    kind: str,
    value: float,
    baseline: float | None,
    due: date,
    each_year_from: int | None,
) -> None:
    action = actions[action_id]
    assert action.target.kind == kind
    assert action.target.value == value  # type: ignore[union-attr]
    assert action.target.each_year_from == each_year_from  # type: ignore[union-attr]
    assert (action.baseline.value if action.baseline else None) == baseline
    assert action.due_date == due
    # the number is in the verbatim title (the % sign may be spaced or not)
    if value:
        assert re.search(rf"\b{value:g}\s?%?", action.title), action.title


def test_other_target_kinds_match_the_text(actions: dict[str, Action]) -> None:
    assert actions["places-creches"].target.model_dump() == {
        "kind": "change",
        "percent": 5.0,
        "amount": None,
    }
    assert actions["laep-supplementaires"].target.model_dump() == {
        "kind": "change",
        "percent": None,
        "amount": 10.0,
    }
    assert actions["mon-soutien-psy"].target.kind == "direction"
    assert actions["mon-soutien-psy"].baseline is not None
    assert actions["mon-soutien-psy"].baseline.date == date(2023, 12, 31)
    assert actions["ald-sans-medecin-traitant"].target.model_dump() == {
        "kind": "direction",
        "direction": "down",
    }
    assert actions["depistages-organises"].target.kind == "outpace"
    npru = actions["presentation-projets-npru"]
    assert (npru.target.kind, npru.due, npru.due_date) == (
        "milestone",
        "2024-H2",
        date(2024, 12, 31),
    )
    assert actions["appel-projets-commun"].target.kind == "milestone"
    assert actions["appel-projets-commun"].due_date == date(2025, 12, 31)
    assert actions["etude-nationale-stemo-lille"].target.kind == "milestone"
    assert actions["parcours-protection-enfance-pjj"].target.kind == "none"


def test_realigned_rows_say_so(actions: dict[str, Action]) -> None:
    for action_id in (
        "creches-avip",
        "laep-supplementaires",
        "entretiens-perinataux",
        "ald-sans-medecin-traitant",
        "logements-sociaux-neufs-qpv",
        "passoires-thermiques",
    ):
        note = actions[action_id].note or ""
        assert "décalée" in note and "d'après le contenu" in note, action_id
    for action_id in (
        "ecart-education-prioritaire",
        "creches-avip",
        "offre-couverture-territoriale",
    ):
        assert "échéance à la fin du plan (2030)" in (actions[action_id].note or ""), action_id


def test_rows_read_again_hold_what_their_text_says(actions: dict[str, Action]) -> None:
    # line 6: two dated commitments, each a part
    deploy, cover = actions["cites-educatives-2024"], actions["cites-educatives"]
    assert (deploy.source_line, deploy.source_part, cover.source_line, cover.source_part) == (
        6,
        1,
        6,
        2,
    )
    assert (deploy.unit, deploy.due_date, deploy.target.value) == ("count", date(2024, 12, 31), 3)  # type: ignore[union-attr]
    assert (cover.unit, cover.due_date, cover.target.value) == ("percent", date(2030, 12, 31), 100)  # type: ignore[union-attr]
    # line 7: its concrete step is a milestone; line 33 sets no figure
    assert actions["experimentation-8h-18h"].target.kind == "milestone"
    assert "Maubeuge" in (actions["experimentation-8h-18h"].indicator or "")
    assert actions["formation-pssm"].target.kind == "none"
    # line 8: a gap between two shares, in percentage points, one indicator for both subjects
    gap = actions["ecart-education-prioritaire"]
    assert gap.unit == "points" and "français et les mathématiques" in (gap.note or "")
    # line 32 reads "dans chaque arrondissement" as lines 43 and 52 read "dans chaque ..."
    for action_id in ("depistages-cancers-animation", "partenariat-acces-droits"):
        assert actions[action_id].target.model_dump() == {
            "kind": "at_least",
            "value": 100.0,
            "each_year_from": None,
        }
    assert "ligne 43" in (actions["depistages-cancers-animation"].note or "")
    # line 51: both indicators, lower is better
    parts = [a for a in actions.values() if a.source_line == 51]
    assert [(a.source_part, a.target.kind, a.unit) for a in parts] == [
        (1, "direction", "percent"),
        (2, "direction", "percent"),
    ]
    assert "toute la population" in (parts[1].indicator or "")
    # line 68: a share of the amount in euros, of the 2025 envelope
    dsil = actions["dsil-qpv"]
    assert "euros" in (dsil.indicator or "") and "enveloppe 2025" in (dsil.note or "")


def test_the_operator_named_pole_emploi_says_what_it_is_now(plan: Plan) -> None:
    ddets = next(operator for operator in plan.operators if operator.id == "DDETS")
    assert (ddets.description or "").startswith("DDETS et Pôle emploi en lien avec les acteurs")
    assert "France Travail depuis le 1er janvier 2024" in (ddets.description or "")


ENGLISH_WORDS = re.compile(r"\b(the|and|which|each|from|is|of)\b")


def plan_notes(plan: Plan) -> list[str]:
    notes = [plan.plan.reference_note or ""]
    notes += [operator.note or "" for operator in plan.operators]
    for objective in plan.objectives:
        notes += [objective.note or ""] + [group.note or "" for group in objective.groups]
        notes += [action.note or "" for action in objective.actions]
    return [note for note in notes if note]


def test_notes_are_in_french(plan: Plan) -> None:
    for note in plan_notes(plan):
        assert not ENGLISH_WORDS.search(note), note


def test_no_figure_in_a_note_that_the_source_does_not_state(plan: Plan) -> None:
    """A number in a note is a source line (6-69), a year, or a number of the source text."""
    source = SOURCE.read_text(encoding="utf-8")
    stated = set(re.findall(r"\d+(?:[,.]\d+)?", source))
    for note in plan_notes(plan):
        for number in re.findall(r"\d+(?:[,.]\d+)?", note):
            line_or_year = number.isdigit() and (
                FIRST_ROW <= int(number) <= LAST_ROW or 2000 <= int(number) <= 2100
            )
            assert line_or_year or number in stated, f"{number} in: {note}"
    assert "20/28" not in (SHIPPED_DATA / "objectives.yaml").read_text(encoding="utf-8")


def test_the_plan_states_its_reference_date_once() -> None:
    text = (SHIPPED_DATA / "objectives.yaml").read_text(encoding="utf-8")
    assert text.count("reference_date:") == 1
    plan = checked.load(SHIPPED_DATA).plan.plan
    assert plan.reference_date == date(2023, 12, 31)
    assert plan.end_year == 2030


def test_the_repository_ships_no_measurements() -> None:
    readings = SHIPPED_DATA / "readings"
    assert sorted(path.suffix for path in readings.iterdir() if path.name != "README.md") == []


def test_the_demo_is_the_same_plan_with_fictitious_readings() -> None:
    assert (DEMO_DATA / "objectives.yaml").read_bytes() == (
        SHIPPED_DATA / "objectives.yaml"
    ).read_bytes()
    files = sorted((DEMO_DATA / "readings").glob("*.yaml"))
    assert len(files) >= 10
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert text.splitlines()[1].startswith("# FICTITIOUS"), path.name
        assert text.count("source:") == text.count("Chiffre fictif de démonstration"), path.name


def test_source_copy_is_kept_beside_the_data() -> None:
    shared = Path(REPO.parent / "shared" / "source" / "quartiers-2030-nord.txt")
    if shared.exists():  # a developer's or CI's checkout: the copy must not drift
        assert SOURCE.read_bytes() == shared.read_bytes()
    assert SOURCE.read_text(encoding="utf-8").count("\n") >= LAST_ROW - 1
