"""French that reads like French (issue 21): operators and the territory with their
articles and contractions, no English in a French usage error, choices and operators
typed the French way, --lang wherever it is typed."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import typer

from q2030.cli.app import app
from q2030.i18n import CATALOGUE, Language, Named
from tests.conftest import DEMO_DATA, MINIMAL_PLAN, plain, run
from tests.test_language_session import ENGLISH_WORDS

MakeData = Callable[[dict[str, str]], Path]
AS_OF = "2026-11-26"
COMMANDS = typer.main.get_command(app).commands  # type: ignore[attr-defined]


# The articles


@pytest.mark.parametrize(
    ("article", "name", "to", "of", "the"),
    [
        ("l'", "Agence régionale de santé", "à l'Agence", "de l'Agence", "l'Agence"),
        ("la", "CAF", "à la CAF", "de la CAF", "la CAF"),
        ("le", "Secrétariat général", "au Secrétariat", "du Secrétariat", "le Secrétariat"),
        ("les", "Bailleurs sociaux", "aux Bailleurs", "des Bailleurs", "les Bailleurs"),
        ("", "France Travail", "à France Travail", "de France Travail", "France Travail"),
        ("", "Action Logement", "à Action Logement", "d'Action Logement", "Action Logement"),
        (None, "CAF", "à l'opérateur CAF", "de l'opérateur CAF", "l'opérateur CAF"),
    ],
)
def test_a_name_takes_its_article_and_contractions(
    article: str | None, name: str, to: str, of: str, the: str
) -> None:
    named = Named(name, article)
    assert f"{named:à}".startswith(to) and f"{named:de}".startswith(of)
    assert f"{named:le}".startswith(the) and f"{named}" == name


def test_every_sentence_naming_an_operator_or_the_territory_says_its_article() -> None:
    """In French, {operator} and {territory} in a sentence take a form (à, de, le); bare,
    they may only stand as a label (a heading's "CAF, relevé 2025", a file "écrit (CAF)")."""
    labels = {
        "request.source",
        "request.wrote",
        "remind.wrote",
        "resolve.is_operator",
        "moved.line",
    }
    for key, (_, french) in CATALOGUE.items():
        bare = re.findall(r"{(operator|operators|owner|territory)}", french)
        assert not bare or key in labels, (key, french)


def test_the_request_the_reminder_and_the_import_say_the_operators_the_french_way(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    shutil.copytree(DEMO_DATA, data)
    said = {}
    for operator in ("ARS", "CAF", "SG-PREFECTURE", "DDETS"):
        sheet = tmp_path / f"{operator}.csv"
        args = ("request", "-o", operator, "-f", "xlsx", "--out", sheet.with_suffix(".xlsx"))
        result = run("--data", data, "--lang", "fr", *args, "--as-of", "2025-06-30")
        assert result.exit_code == 0, result.output
        import openpyxl

        guide = openpyxl.load_workbook(sheet.with_suffix(".xlsx")).worksheets[0]
        said[operator] = plain(str(guide["A1"].value))
    assert said["ARS"] == (
        "Quartiers 2030 dans le Nord : les chiffres demandés à l'Agence régionale de santé"
    )
    assert said["CAF"].endswith("demandés à la Caisse d'allocations familiales du Nord")
    assert said["SG-PREFECTURE"].endswith(
        "demandés au Secrétariat général de la préfecture du Nord"
    )
    assert said["DDETS"].endswith(
        "demandés à la Direction départementale de l'emploi, du travail "
        "et des solidarités, avec Pôle emploi"
    )
    answer = run("--data", data, "--lang", "fr", "import", tmp_path / "ARS.xlsx", "--dry-run")
    assert "Réponse de l'ARS à la demande du " in plain(answer.stderr), answer.output
    folder = tmp_path / "relances"
    mails = run(
        "--data",
        data,
        "--lang",
        "fr",
        "remind",
        "-o",
        "ADEME",
        "--out-dir",
        folder,
        "--as-of",
        AS_OF,
    )
    assert mails.exit_code == 0, mails.output
    assert "Aucun contact pour l'ADEME :" in plain(mails.stderr)


def test_an_operator_without_article_and_init_for_a_territory(
    make_data: MakeData, tmp_path: Path
) -> None:
    plan = MINIMAL_PLAN.replace(
        "  - id: ARS\n    name: Health\n",
        '  - id: FT\n    name: France Travail\n    article: ""\n  - id: ARS\n    name: Health\n',
    ).replace("operator: ARS", "operator: FT")
    root = make_data({"objectives.yaml": plan})
    sheet = tmp_path / "ft.xlsx"
    args = ("request", "-o", "FT", "--out", sheet, "--as-of", "2025-06-30", "--lang", "fr")
    assert run("--data", root, *args).exit_code == 0
    import openpyxl

    heading = plain(str(openpyxl.load_workbook(sheet).worksheets[0]["A1"].value))
    assert (
        heading == "Quartiers 2030 dans le territoire Nord : les chiffres demandés à France Travail"
    )
    created = run("init", tmp_path / "nord", "--territory", "Nord", "--article", "le")
    assert created.exit_code == 0, created.output
    readme = (tmp_path / "nord" / "README.md").read_text(encoding="utf-8")
    assert "de l'État pour le Nord, en données" in plain(readme)
    assert 'territory_article: "le"' in (tmp_path / "nord" / "data" / "objectives.yaml").read_text()
    assert run("--data", tmp_path / "nord" / "data", "validate").exit_code == 0
    aisne = run("init", tmp_path / "aisne", "--territory", "Aisne", "--article", "l")
    assert aisne.exit_code == 0
    assert "pour l'Aisne" in plain((tmp_path / "aisne" / "README.md").read_text(encoding="utf-8"))
    assert run("init", tmp_path / "x", "--territory", "X", "--article", "der").exit_code == 2


@pytest.mark.parametrize(
    ("field", "wrong", "said"),
    [
        ("article", "la", 'French does not write "la" before "ARS"'),
        ("article", "le", 'French does not write "le" before "ARS"'),
        ("article", "un", "article: expected"),
    ],
)
def test_the_schema_checks_the_article(
    make_data: MakeData, field: str, wrong: str, said: str
) -> None:
    plan = MINIMAL_PLAN.replace("    name: Health\n", f'    name: Agence\n    {field}: "{wrong}"\n')
    root = make_data({"objectives.yaml": plan})
    result = run("--data", root, "validate")
    assert result.exit_code == 1 and said in result.stdout, result.stdout


def test_every_operator_of_the_shipped_plans_has_its_article() -> None:
    import yaml

    for folder in (DEMO_DATA, DEMO_DATA.parent.parent / "data"):
        plan = yaml.safe_load((folder / "objectives.yaml").read_text(encoding="utf-8"))
        assert plan["plan"]["territory_article"] == "le"
        assert all("article" in operator for operator in plan["operators"]), folder


# Choices and operators typed the French way


@pytest.mark.parametrize(
    ("typed", "order"),
    [
        ("écart", "gap"),
        ("Ecart", "gap"),
        ("statut", "status"),
        ("échéance", "due"),
        ("plan", "plan"),
    ],
)
def test_sort_orders_in_french(typed: str, order: str) -> None:
    def ids(word: str) -> list[str]:
        result = run("--data", DEMO_DATA, "status", "--sort", word, "-f", "json", "--as-of", AS_OF)
        assert result.exit_code == 0, result.output
        return [row["id"] for row in json.loads(result.stdout)]

    assert ids(typed) == ids(order)


def test_formats_groupings_and_kinds_in_french() -> None:
    table = run(
        "--data", DEMO_DATA, "status", "--format", "tableau", "--by", "échéance", "--as-of", AS_OF
    )
    assert table.exit_code == 0 and table.stdout.startswith("Due ")
    assert run("schema", "relevés").stdout == run("schema", "readings").stdout
    due = run("--data", DEMO_DATA, "due", "--sort", "retard", "-f", "tableau", "--as-of", AS_OF)
    assert due.exit_code == 0, due.output
    relevés = run("--data", DEMO_DATA, "export", "--what", "relevés", "--as-of", AS_OF)
    assert relevés.exit_code == 0 and "Numerator" in relevés.stdout
    wrong = run("--data", DEMO_DATA, "status", "--sort", "ecarts", "--lang", "fr")
    assert wrong.exit_code == 2
    assert "« ecarts » n'est pas parmi : plan, écart, statut, échéance" in plain(wrong.stderr)


@pytest.mark.parametrize(
    ("typed", "operator"),
    [
        ("France Travail", "DDETS"),
        ("Pôle emploi", "DDETS"),
        ("pole emploi", "DDETS"),
        ("Éducation nationale", "DSDEN"),
        ("Agence régionale de santé", "ARS"),
        ("caf", "CAF"),
    ],
)
def test_an_operator_is_found_by_its_name_or_a_former_one(typed: str, operator: str) -> None:
    result = run("--data", DEMO_DATA, "status", "-o", typed, "-f", "json", "--as-of", AS_OF)
    assert result.exit_code == 0, result.output
    assert {row["operator"] for row in json.loads(result.stdout)} >= {operator}


def test_a_name_given_to_two_operators_is_refused_at_validate(make_data: MakeData) -> None:
    plan = MINIMAL_PLAN.replace(
        "    name: Health\n", "    name: Health\n    aliases: [Education]\n"
    )
    root = make_data({"objectives.yaml": plan})
    result = run("--data", root, "validate")
    assert result.exit_code == 1
    assert "'Education' already names the operator DSDEN" in result.stdout


# --lang wherever it is typed


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_lang_after_the_command_name_on_every_command(command: str) -> None:
    assert any("--lang" in parameter.opts for parameter in COMMANDS[command].params), command
    helped = run(command, "--help", "--lang", "fr")
    assert helped.exit_code == 0, helped.output
    assert plain(helped.stdout).startswith("Utilisation : q2030 "), helped.stdout[:80]
    refused = run(command, "--bogus", "--lang", "fr")
    said = plain(refused.stderr)
    assert refused.exit_code == 2 and said.startswith("q2030 : erreur : Option inconnue")


def test_record_with_lang_after_its_arguments(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DEMO_DATA, data)
    args = ("snu-jeunes-qpv", "15", "--date", "30/06/26", "--source", "s", "--dry-run")
    result = run("--data", data, "record", *args, "--lang", "fr")
    assert result.exit_code == 0, result.output
    assert plain(result.stdout).startswith("Essai, rien d'écrit : serait enregistré dans")


# No English in a French usage error

CLICK_WORDS = {  # Click's English (option, argument, possible: French writes them too)
    "invalid",
    "such",
    "got",
    "unexpected",
    "extra",
    "requires",
    "choose",
    "try",
    "value",
    "for",
}


def _usage_errors() -> list[tuple[str, ...]]:
    """Every kind of usage error of every command: an unknown option, too many arguments,
    a missing argument, an option without its value, a malformed value for each option
    that takes one, and the commands' own rules."""
    cases: list[tuple[str, ...]] = []
    for name, command in sorted(COMMANDS.items()):
        cases += [(name, "--bogus"), (name, "a1", "a2", "a3", "a4", "a5")]
        for parameter in command.params:
            if parameter.param_type_name == "argument" and parameter.required:
                cases.append((name,))
            if parameter.param_type_name != "option" or getattr(parameter, "is_flag", False):
                continue
            option = parameter.opts[0]
            if option in ("--lang", "--help"):
                continue
            cases += [(name, option), (name, option, "\u00a7\u00a7?")]
    cases += [
        ("request", "-o", "CAF"),
        ("request", "--out", "x.xlsx"),
        ("request", "--all", "--out", "x.xlsx"),
        ("export", "-f", "xlsx"),
        ("status", "--as-of", "31/02/2025"),
        ("record", "snu-jeunes-qpv", "beaucoup"),
    ]
    return cases


def _tool_words(line: str) -> set[str]:
    """The tool's own words in an error line: the prefix, the pointer to the help, what
    the user typed (quoted), option names and paths taken out."""
    line = plain(line)
    line = line.removeprefix("q2030 : erreur : ")
    line = re.sub(r" \(voir « q2030 [a-z]+ --help »\)$", "", line)
    line = re.sub(r"«[^»]*»|'[^']*'", " ", line)
    line = re.sub(r"\S*[/\\.\-_=@§]\S*", " ", line)
    return {word.lower() for word in re.findall(r"[A-Za-zÀ-ÿ']+", line)}


def test_every_usage_error_of_every_command_is_french_in_french(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # a value that is well formed may write a file: not here
    seen = 0
    for case in _usage_errors():
        name, *rest = case  # --lang after the command's name, before what may take a value
        result = run("--data", DEMO_DATA, name, "--lang", "fr", *rest)
        if result.exit_code != 2:
            continue
        seen += 1
        lines = result.stderr.splitlines()
        assert len(lines) == 1, (case, lines)
        assert "Invalid value" not in lines[0], (case, lines[0])
        english = _tool_words(lines[0]) & (ENGLISH_WORDS | CLICK_WORDS)
        assert not english, (case, sorted(english), lines[0])
    assert seen >= 100, seen
    assert Language("fr")("usage.no_option", name="--x").startswith("Option inconnue")
