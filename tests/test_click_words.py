"""Click (vendored by Typer) writes its usage errors in English literals; q2030.cli.words knows
each by its English form (USAGE_ERRORS) and says it again from the catalogue. Each of those
forms is checked here against what the installed Click really prints, through the real
app in French: a form Click no longer prints would leave English in a French error.
pyproject bounds Typer to the range these tests pass with."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from q2030.cli.words import USAGE_ERRORS
from q2030.i18n import Language
from tests.conftest import DEMO_DATA, plain, run

FRENCH = Language("fr")
# each pattern's key, with arguments that make the real app's Click print it
CASES = {
    "usage.no_option_possible": (["status", "--objectiv", "x"], "options possibles : --objective"),
    "usage.no_option": (["status", "--zzzz"], "Option inconnue : --zzzz"),
    "usage.invalid_for": (["status", "--as-of", "demain"], "Valeur invalide pour '--as-of'"),
    "usage.not_one_of": (["status", "--lang", "de"], "« de » n'est pas parmi 'en', 'fr'"),
    "usage.missing_argument": (["show"], "Argument manquant : ACTION."),
    "usage.extra": (["status", "extra"], "Mots en trop sur la ligne de commande : extra"),
    "usage.no_command_hint": (["statu"], "Vouliez-vous dire « status » ?"),
    "usage.no_command": (["zzzz"], "Commande inconnue : « zzzz »."),
    "usage.needs_value": (["status", "--as-of"], "L'option --as-of demande une valeur."),
    "usage.no_value": (["record", "--dry-run=oui"], "L'option --dry-run ne prend pas de valeur"),
    "usage.missing_command": (["--data", str(DEMO_DATA)], "Commande manquante."),
}
ENGLISH_WORDS = ("No such", "Invalid value", "Missing", "Got unexpected", "requires an",
                 "does not take", "is not one of", "Did you mean", "Possible options")  # fmt: skip


def test_every_pattern_has_a_case() -> None:
    """A pattern added to q2030.cli.words gets its case here (or a test of its own)."""
    assert {key for _, key in USAGE_ERRORS} == {*CASES, "usage.missing_option"}


def test_each_usage_error_of_the_installed_click_is_said_in_french(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("Q2030_LANG", "fr")  # French even where a --lang is the error
    for key, (args, said) in CASES.items():
        result = run(*args)
        error = plain(result.stderr)
        assert result.exit_code == 2, (key, result.output)
        assert said in error, (key, error)
        assert not any(word in error for word in ENGLISH_WORDS), (key, error)


def test_a_missing_option_as_the_installed_click_words_it() -> None:
    """No q2030 command has a required option: a small app shows how Click words one."""
    small = typer.Typer()

    @small.command()
    def only(name: str = typer.Option(...)) -> None:  # required
        """One required option."""

    @small.command()
    def other() -> None:
        """A second command, so that 'only' is a subcommand as q2030's are."""

    result = CliRunner().invoke(small, ["only"])
    english = result.output.strip().splitlines()[-2].strip(" │")
    matched = [key for pattern, key in USAGE_ERRORS if pattern.match(english)]
    assert matched == ["usage.missing_option"], english
    assert FRENCH("usage.missing_option", name="--name").startswith("Option manquante")
