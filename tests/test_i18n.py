"""One catalogue, two languages: every word the tool shows exists in English and in French."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest

from q2030.domain.statuses import Status
from q2030.i18n import CATALOGUE, Language, Message, Named, detect
from q2030.render.status_data import MARKDOWN_COLUMNS
from tests.conftest import DEMO_DATA, REPO, fingerprint, plain, run

AS_OF = "2026-06-30"


def test_every_entry_has_both_languages_and_the_same_placeholders() -> None:
    for key, (english, french) in CATALOGUE.items():
        assert english.strip() and french.strip(), key
        # French may say a name with its article ({operator:à}: see i18n.Named)
        placeholders = r"{(\w+)(?::(?:à|de|le))?}"
        assert set(re.findall(placeholders, english)) == set(re.findall(placeholders, french)), key


def test_every_status_and_column_is_in_the_catalogue() -> None:
    for status in Status:
        assert f"status.{status.value}" in CATALOGUE
    used = set(
        re.findall(
            r'lang\(f?"(column\.\w+)"', (REPO / "q2030" / "render" / "show_page.py").read_text()
        )
    )
    columns = (
        {f"column.{name}" for name in MARKDOWN_COLUMNS}
        | {"column.operator_short", "column.due", "column.baseline"}
        | used
    )
    assert columns <= set(CATALOGUE)


# Said the same in both languages on purpose (a word French shares, a pass-through)
SAME_IN_BOTH = {
    "column.action",
    "column.operator_short",
    "column.source",
    "column.date",
    "column.note",
    "abbrev.points.one",
    "abbrev.points.many",
    "count.actions.one",
    "count.actions.many",
    "report.total",
    "os.other",
    "cli.usage",
    "metavar.ACTION",
    "metavar.DATE",
    "metavar.FORGE",
    "metavar.FORMAT",
    "metavar.ID",
    "helpword.options",
    "chart.own",
    "show.column.date",
    "metavar.DATE|REF",
}


def test_every_message_renders_in_both_languages_and_differs_unless_meant() -> None:
    french, english = Language("fr"), Language("en")
    for key, (english_text, french_text) in CATALOGUE.items():
        names = set(re.findall(r"{(\w+)", english_text)) | {"count"}
        named = set(re.findall(r"{(\w+):", french_text))  # said with an article: a Named
        values = {name: Named("x", "la") if name in named else "x" for name in names}
        values |= {"count": 2}
        assert english(key, **values).strip() and french(key, **values).strip(), key
        if key not in SAME_IN_BOTH:
            assert english_text != french_text, f"{key} is not translated"
    assert not SAME_IN_BOTH - set(CATALOGUE)


YAML_IN_QUOTES = {"rule.conflict", "pydantic.dict_type"}


def test_french_typography() -> None:
    """A no-break space before : ; ? ! % » and after «, never a plain one, never none."""
    for key, (_, french) in CATALOGUE.items():
        assert not re.search(r" [:;?!»%]|« ", french), key
        if key not in YAML_IN_QUOTES:
            assert not re.search(r"[\w)»\]][:;?!](\s|$)", french), key
    assert Language("fr")("cli.error", message="x") == "q2030\u00a0: erreur\u00a0: x"


def test_a_key_given_by_two_domains_stops_the_import() -> None:
    """The catalogue is merged from its domains' modules: a key in two of them would hide
    one of its texts, so the merge refuses it, naming both; the French comes out spaced."""
    from types import ModuleType

    from q2030.i18n.catalogue import DuplicateKey, merged

    first, second = ModuleType("first"), ModuleType("second")
    first.WORDS = {"a.b": ("Hello: {x}", "Bonjour : {x}")}  # type: ignore[attr-defined]
    second.WORDS = {"a.c": ("c", "c"), "a.b": ("b", "b")}  # type: ignore[attr-defined]
    assert merged((first,)) == {"a.b": ("Hello: {x}", "Bonjour\u00a0: {x}")}
    with pytest.raises(DuplicateKey, match=re.escape("'a.b' is in both first and second")):
        merged((first, second))


@pytest.mark.parametrize(
    ("count", "english", "french"),
    [(0, "0 errors", "0 erreur"), (1, "1 error", "1 erreur"), (2, "2 errors", "2 erreurs")],
)
def test_one_plural_rule_english_says_one_of_1_french_of_0_and_1(
    count: int, english: str, french: str
) -> None:
    assert Language("en").counted("count.errors", count) == english
    assert Language("fr").counted("count.errors", count) == french
    message = Message.counted("count.errors", count)  # said later, in either language
    assert (str(message), Language("fr").text(message)) == (english, french)


def test_a_decimal_takes_the_plural_as_each_language_counts() -> None:
    """French says the singular below 2 ("1,5 pt"), English of 1 alone ("1.5 pts")."""
    english, french = Language("en"), Language("fr")
    assert [english.counted("abbrev.points", n) for n in (1, 1.5)] == ["pt", "pts"]
    assert [french.counted("abbrev.points", n) for n in (1.5, 2, -1.5)] == ["pt", "pts", "pt"]


def test_no_hidden_plural_a_key_is_a_key() -> None:
    """Words that agree with a number are said by counted only: the bare stem is not a
    key, neither for a message nor for a language, with or without a count."""
    with pytest.raises(KeyError):
        Message("count.errors", count=2)
    with pytest.raises(KeyError):
        Language("fr")("count.errors", count=2)
    with pytest.raises(KeyError):
        Message.counted("count.line", 2)  # a key without .one and .many forms
    assert Message.counted("count.errors", 2) != Message.counted("count.errors", 3)


def test_counts_agree_in_french_with_actions() -> None:
    from q2030.render.text import counts

    statuses = {Status.ACHIEVED: 1, Status.MISSED: 2, Status.NEEDS_ACCELERATION: 2}
    assert counts(statuses, 5, 2, Language("en")) == (
        "5 actions: 1 achieved · 2 missed · 2 need acceleration · "
        "2 stale (last reading over 15 months old)"
    )
    assert plain(counts(statuses, 5, 1, Language("fr"))) == (
        "5 actions : 1 atteinte · 2 manquées · 2 à accélérer · "
        "1 à mesure ancienne (dernière mesure de plus de 15 mois)"
    )


def test_french_numbers_and_dates() -> None:
    french, english = Language("fr"), Language("en")
    assert (french.decimal(18.8), english.decimal(18.8)) == ("18,8", "18.8")
    assert (french.ratio(0.4), english.ratio(0.4)) == ("40\u00a0%", "40%")
    from datetime import date

    assert (french.day(date(2027, 12, 31)), english.day(date(2027, 12, 31))) == (
        "31/12/2027",
        "2027-12-31",
    )
    with pytest.raises(ValueError):
        Language("de")


@pytest.mark.parametrize(
    ("environment", "option", "expected"),
    [
        ({"LANG": "fr_FR.UTF-8"}, None, "fr"),
        ({"LANG": "en_GB.UTF-8"}, None, "en"),
        ({"LC_ALL": "fr_BE", "LANG": "en_US"}, None, "fr"),
        ({}, None, "en"),
        ({"LANG": "fr_FR"}, "en", "en"),
    ],
)
def test_the_language_follows_the_option_then_the_locale(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], option: str | None, expected: str
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert detect(option) == expected


def test_status_in_french(monkeypatch: pytest.MonkeyPatch) -> None:
    result = run(
        "--data",
        DEMO_DATA,
        "status",
        "--as-of",
        AS_OF,
        "--lang",
        "fr",
        "-o",
        "SDJES",
        "--format",
        "markdown",
    )
    assert (
        "| Action | Échéance | Référence | Cible | Dernière valeur | Écart | Avancement | Statut |"
        in result.stdout
    )
    assert (
        "| 2024 | 18,8 % (31/12/2023) | ≥ 20 % | 19,5 % (31/12/2024) | 0,5 pt | 58 % | ✖ manqué |"
        in plain(result.stdout)
    )
    assert (
        plain(result.stdout)
        .rstrip()
        .endswith("3 actions : 1 en bonne voie · 1 à accélérer · 1 manquée")
    )
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    table = run("--data", DEMO_DATA, "status", "--as-of", AS_OF, "-o", "SDJES").stdout
    assert "à accélérer" in table and "31/12/2025" in table
    json_output = run("--data", DEMO_DATA, "status", "--as-of", AS_OF, "-f", "json").stdout
    assert '"status": "needs_acceleration"' in json_output  # machines keep one language
    assert '"due": "2027-12-31"' in json_output


def test_show_in_french() -> None:
    out = plain(
        run("--data", DEMO_DATA, "show", "iae-adultes-qpv", "--as-of", AS_OF, "--lang", "fr").stdout
    )
    for expected in (
        "Intitulé",
        "Chef de projet",
        "36 % (31/12/2022)",
        "≥ 40 % chaque année dès 2024",
        "31/12/2024",
        "38,5 %",
        "manqué",
        "2025 : 38,5 % n'atteint pas la cible 40 %",
        "2024 ✔ 41 %, 2025 ✖ 38,5 %, 2026 …",
    ):
        assert expected in out, expected


I18N = REPO / "q2030" / "i18n"  # the catalogue and the code that says it


def test_the_catalogue_package_is_the_only_place_with_french_words() -> None:
    for path in (REPO / "q2030").rglob("*.py"):
        if I18N in path.parents:
            continue
        text = path.read_text()
        for word in ("atteint", "en bonne voie", "Échéance", "Statut"):
            assert word not in text, (path.name, word)


# Choosing the language: option, variable, the repository's q2030.toml, locale, English.


@pytest.fixture
def repository_in_french(tmp_path: Path) -> Path:
    top = tmp_path / "repo"
    shutil.copytree(DEMO_DATA, top / "data")
    (top / "q2030.toml").write_text('lang = "fr"\n')
    return top / "data"


def heading(*args: str) -> str:
    result = run(*args)
    assert result.exit_code == 0, result.output
    return "\n".join(result.stdout.splitlines()[1:4])  # the first group's column headers


def test_lang_is_a_global_option_for_every_command(repository_in_french: Path) -> None:
    data = ("--data", str(DEMO_DATA))
    assert "Échéance" in heading("--lang", "fr", *data, "status", "--as-of", AS_OF)
    for command in (("validate",), ("diff", "HEAD"), ("record", "snu-jeunes-qpv", "--dry-run")):
        result = run("--lang", "fr", *data, *command)
        assert "No such option" not in result.stderr, command


def test_the_repositorys_settings_then_the_variable_then_the_option(
    repository_in_french: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    data = ("--data", str(repository_in_french))
    assert "Échéance" in heading(*data, "status", "--as-of", AS_OF)
    monkeypatch.setenv("Q2030_LANG", "en")
    assert "Due" in heading(*data, "status", "--as-of", AS_OF)
    assert "Échéance" in heading("--lang", "fr", *data, "status", "--as-of", AS_OF)
    assert "Échéance" in heading(*data, "status", "--lang", "fr", "--as-of", AS_OF)
    monkeypatch.delenv("Q2030_LANG")
    monkeypatch.delenv("LANG")
    (repository_in_french.parent / "q2030.toml").unlink()
    assert "Due" in heading(*data, "status", "--as-of", AS_OF)  # no setting at all: English


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('lang = "fr\n', "q2030.toml:1:"),
        ("lang = fr\n", "q2030.toml:1:8: Invalid value"),
        ('lang = "de"\n', 'lang = \'de\': write "fr" or "en"'),
        ('langue = "fr"\n', "unknown setting 'langue'"),
    ],
)
def test_a_malformed_settings_file_is_a_located_error(
    repository_in_french: Path, text: str, fragment: str
) -> None:
    (repository_in_french.parent / "q2030.toml").write_text(text)
    result = run("--data", repository_in_french, "status")
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1 and fragment in result.stderr, result.stderr
    before = fingerprint(repository_in_french)
    record = run("--data", repository_in_french, "record", "snu", "15", "--source", "s")
    assert record.exit_code == 1 and fragment in record.stderr  # refused before writing
    assert fingerprint(repository_in_french) == before


def test_init_writes_french_settings(tmp_path: Path) -> None:
    assert run("init", tmp_path / "new").exit_code == 0
    assert (tmp_path / "new" / "q2030.toml").read_text().strip().endswith('lang = "fr"')
    out = run("--data", tmp_path / "new", "status").stdout
    assert out == "0 action\n"  # French: zero takes the singular


# Literals that are not said to a user, by module: what they are for
NOT_SAID = {
    "q2030/cli/words.py": "the English forms of Click's usage errors, matched to be said again",
    "q2030/sheets/exchange.py": "the column headings a person may type (input, either language)",
    "q2030/domain/values.py": "the milestone states a person may type (input, either language)",
    "q2030/domain/models.py": "the JSON Schema's descriptions (English, like the schema)",
    "q2030/data/settings.py": "a pattern that reads tomllib's message",
    "q2030/render/text.py": "Rich's style names",
    "q2030/render/status_table.py": "Rich's style names",
    "q2030/render/report.py": "the report's CSS",
    "q2030/render/chart.py": "SVG markup",
    "q2030/render/summary.py": "the first page's print CSS",
    "q2030/render/printing.py": "the places browsers are installed at (macOS's have spaces)",
    "q2030/data/store.py": "the comment at the head of a readings file (data, not output)",
    "q2030/services/scaffold.py": "the files 'q2030 init' writes for a new data repository",
    "q2030/render/site/assets.py": "the site's stylesheet and script",
}


def _user_facing_literals(path: Path) -> list[tuple[int, str]]:
    """String literals of a module that read like a sentence: two words or more, outside
    docstrings and HTML markup."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and re.search(r"[A-Za-zÀ-ÿ]{2,} [A-Za-zÀ-ÿ]{2,}", node.value)
        and "<" not in node.value
    ]


def test_no_user_facing_text_outside_the_catalogue() -> None:
    """Every sentence the tool says is in i18n.CATALOGUE; a literal sentence elsewhere is
    English (or French) that the other language would never see."""
    found = []
    for path in sorted((REPO / "q2030").rglob("*.py")):
        relative = path.relative_to(REPO).as_posix()
        if I18N in path.parents or relative in NOT_SAID:
            continue
        found += [f"{relative}:{line}: {text!r}" for line, text in _user_facing_literals(path)]
    assert not found, "\n".join(found)
    for relative in NOT_SAID:  # each exception still has literals to excuse
        assert _user_facing_literals(REPO / relative), relative
