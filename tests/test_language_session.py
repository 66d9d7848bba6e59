"""A whole session in one language: with LANG unset and `lang = "fr"` in q2030.toml,
nothing a French user must read is in English; with `--lang en`, nothing is in French.

The demo's own text (titles, notes, sources, names: French, whatever the language of the
run) is blanked out of the output first, as are ids, paths and option names; what is left
is the tool's words, checked against words that only one of the two languages uses."""

from __future__ import annotations

import csv
import email
import email.policy
import html
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import demo_repository, run

AS_OF = "2026-11-26"

# Words the tool's English uses and French never does (nor the demo's ids)
ENGLISH_WORDS = {
    "the",
    "is",
    "not",
    "and",
    "of",
    "to",
    "with",
    "error",
    "errors",
    "warning",
    "warnings",
    "missing",
    "unknown",
    "usage",
    "show",
    "this",
    "exit",
    "recorded",
    "reading",
    "readings",
    "nothing",
    "written",
    "row",
    "rows",
    "refused",
    "due",
    "target",
    "baseline",
    "status",
    "latest",
    "gap",
    "progress",
    "expected",
    "pace",
    "achieved",
    "missed",
    "track",
    "data",
    "wrote",
    "added",
    "changes",
    "from",
    "working",
    "tree",
    "summary",
    "operators",
    "help",
    "file",
    "value",
    "title",
    "unit",
    "indicator",
    "lead",
    "where",
    "stands",
    "every",
    "each",
    "one",
    "invalid",
    "already",
    "would",
    "record",
    "figure",
    "mean",
    "did",
    "you",
    "empty",
    "there",
}
# Words the tool's French uses and English never does
FRENCH_WORDS = {
    "le",
    "la",
    "les",
    "des",
    "est",
    "pas",
    "une",
    "erreur",
    "erreurs",
    "relevé",
    "relevés",
    "échéance",
    "valeur",
    "aucun",
    "aucune",
    "rien",
    "écrit",
    "atteint",
    "manqué",
    "cible",
    "référence",
    "écart",
    "avancement",
    "statut",
    "rythme",
    "attendu",
    "ligne",
    "lignes",
    "refusée",
    "refusées",
    "enregistré",
    "opérateur",
    "synthèse",
    "intitulé",
    "données",
    "dans",
    "pour",
    "avec",
    "sans",
    "inconnue",
    "inconnu",
    "vérifier",
    "afficher",
    "aide",
    "utilisation",
    "commandes",
    "changements",
    "ajoutés",
    "sur",
    "depuis",
    "voir",
}


def _data_strings(root: Path) -> set[str]:
    """Every text of the data (titles, notes, sources, names...): the demo's, not the tool's."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key not in ("article", "territory_article"):  # « la », a word of French
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str) and len(node) > 1:
            found.add(node)

    for path in [root / "objectives.yaml", *sorted((root / "readings").glob("*.yaml"))]:
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return found


def _words(text: str, data: set[str]) -> set[str]:
    """The tool's words in `text`: data texts, ids, paths, options and markup removed."""
    text = re.sub(r"<style>.*?</style>", " ", text, flags=re.DOTALL)  # CSS
    text = html.unescape(re.sub(r"<[^>]*>", "\n", text))  # HTML tags, entities
    text = re.sub(r"^  [a-z]+  ", " ", text, flags=re.MULTILINE)  # --help's list of commands
    text = re.sub(r"^::(error|warning) ", " ", text, flags=re.MULTILINE)  # GitHub's syntax
    text = re.sub(r"[^|│\n]*…", " ", text)  # a data text shortened to fit its cell
    text = re.sub(r"\s+", " ", text)  # a wrapped help text, whole again
    text = re.sub(r"q2030 [^»]*?(?=»|$| \(|\. )", " ", text)  # a command, as typed
    for known in sorted(data, key=len, reverse=True):
        text = text.replace(known, " ")
    text = re.sub(r"`[^`]*`", " ", text)  # what a person types, as typed
    text = re.sub(r"\S*[/\\.\-_=@]\S*", " ", text)  # paths, ids, options, numbers, e-mails
    return {word.lower() for word in re.findall(r"[A-Za-zÀ-ÿ']+", text)}


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """The demo in a git repository whose q2030.toml asks for French."""
    return demo_repository(tmp_path / "repo", settings='lang = "fr"\n')


def _session(root: Path, tmp_path: Path, *lang: str) -> Iterator[tuple[str, str]]:
    """(what was run, what it printed) for a whole session: reading, recording, a refused
    record, an import with a bad row, validate with errors, diff, report, export, help."""
    data = ("--data", root, *lang)
    steps: list[tuple[Any, ...]] = [
        ("status", "--as-of", AS_OF),
        ("status", "--as-of", AS_OF, "--format", "markdown"),
        ("show", "snu-jeunes-qpv", "--as-of", AS_OF),
        ("show", "CAF"),
        ("record", "snu-jeunes-qpv", "15,1", "--date", "2026-06-30", "--source", "SDJES"),
        ("record", "snu-jeunes-qpv", "150", "--date", "2026-06-30", "--source", "SDJES"),
        ("record", "snu-jeunes-qpv", "0,151", "--date", "2026-07-31", "--source", "SDJES"),
        ("record", "snu-jeunes-qpv", "beaucoup"),
        ("status", "--status", "nowhere"),
        ("status", "--bogus"),
        ("nosuch",),
        ("report", "--as-of", AS_OF),
        ("report", "--as-of", AS_OF, "--format", "markdown"),
        ("export", "--as-of", AS_OF),
        ("diff", "main", "--as-of", AS_OF),
        ("due", "--as-of", AS_OF, "-o", "CAF"),
        ("due", "--as-of", AS_OF, "-o", "CAF", "--format", "markdown"),
        (
            "request",
            "-o",
            "CAF",
            "--format",
            "csv",
            "--out",
            tmp_path / "caf.csv",
            "--as-of",
            AS_OF,
        ),
        ("remind", "-o", "CAF", "--out-dir", tmp_path / "relances", "--as-of", AS_OF),
        ("request", "--out", tmp_path / "x.csv"),
        ("--help",),
        ("status", "--help"),
        ("record", "--help"),
        ("import", "--help"),
    ]
    for step in steps:
        output = run(*data, *step).output
        if step[0] == "export":  # the cells, as a spreadsheet shows them
            delimiter = "," if "en" in lang else ";"  # as a spreadsheet reads it there
            rows = csv.reader(io.StringIO(output.lstrip("\ufeff")), delimiter=delimiter)
            output = "\n".join(cell for row in rows for cell in row)
        yield " ".join(map(str, step)), output
    yield "the request sheet", (tmp_path / "caf.csv").read_text(encoding="utf-8-sig")
    mail = email.message_from_bytes(
        (tmp_path / "relances" / "caf.eml").read_bytes(), policy=email.policy.default
    )
    body = mail.get_body(preferencelist=("plain",))
    assert body is not None
    yield "the reminder", f"{mail['Subject']}\n{body.get_content()}"
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "action;date;valeur;source\nsnu-jeunes-qpv;2026-S1;15,1;s\nnowhere;2025;1;s\n",
        encoding="utf-8",
    )
    yield "import", run(*data, "import", sheet).output
    yield (
        "import --dry-run --skip-invalid",
        run(*data, "import", sheet, "--dry-run", "--skip-invalid").output,
    )
    (root / "readings" / "snu-jeunes-qpv.yaml").write_text(
        "- date: 2025-13-01\n  value: 1\n  source: s\n- date: 2024-12-31\n  valeur: 3\n",
        encoding="utf-8",
    )
    (root / "readings" / "orphan.yaml").write_text("[]\n", encoding="utf-8")
    yield "validate", run(*data, "validate").output
    yield "validate github", run(*data, "validate", "--format", "github").output
    yield "status (broken data)", run(*data, "status").output


@pytest.fixture(autouse=True)
def _no_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "400")  # data texts whole, on one line
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "Q2030_LANG"):
        monkeypatch.delenv(name, raising=False)


def test_a_french_session_prints_no_english(repository: Path, tmp_path: Path) -> None:
    data = _data_strings(repository)
    for step, output in _session(repository, tmp_path):
        assert output.strip(), step
        english = _words(output, data) & ENGLISH_WORDS
        assert not english, (step, sorted(english), output[:3000])


def test_an_english_session_prints_no_french(repository: Path, tmp_path: Path) -> None:
    data = _data_strings(repository)
    for step, output in _session(repository, tmp_path, "--lang", "en"):
        assert output.strip(), step
        french = _words(output, data) & FRENCH_WORDS
        assert not french, (step, sorted(french), output[:3000])
