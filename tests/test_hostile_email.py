"""E-mail drafts that any mail client reads as they were meant (issues 21 and 22).

Every name of the plan that reaches a header is a contact's (To, From, Reply-To), an
operator's or the territory's (the subject). Names written the French administrative way
("Dupont, Hélène") or with a parenthesis, quotes, `;`, `<...>`, `@` must come back from
every parser as exactly the names and addresses given; a line break or an RFC 2047
encoded word, which a mail client would turn into a header of its own or into another
recipient, is refused by `validate`, with its line, and no draft is written."""

from __future__ import annotations

import email
import email.policy
import json
from collections.abc import Callable
from email.header import decode_header, make_header
from email.utils import getaddresses
from pathlib import Path

import pytest

from tests.conftest import MINIMAL_PLAN, fingerprint, run

MakeData = Callable[[dict[str, str]], Path]
AS_OF = "2026-06-30"

# Twenty-odd names a préfecture's address book really holds, and some it should not
AWKWARD_NAMES = [
    "Dupont, Hélène",
    "Martin, Jean-Éric",
    "Hélène Martin, cheffe de service",
    "Lefèvre (DDETS), Noël",
    "Agnès Château (SG-PREFECTURE)",
    'Le "Chef" de projet',
    'Noël "Nono" Lefèvre',
    "O'Neil, Seán",
    "Jean-Édouard de La Tour d'Auvergne-Lauraguais, directeur départemental adjoint",
    "Marie-Thérèse-Éléonore de Saint-Exupéry-Lévêque-Château-Œuvre",
    "Anne-Sophie Lemaître-Dubois, directrice adjointe, chargée des solidarités",
    "François-Xavier d'Hérouville de Sainte-Foy-lès-Lyon, chargé de mission politique de la ville",
    "Cécile Dupont; pôle emploi",
    "Zoé Martin <zoe.martin@evil.example>",
    "Ève Durand@Préfecture",
    "Mme Dupont-Martin, M. Durand",
    "Œdipe Ünal",
    "Jean Dupont: référent",
    "Dupont [intérim]",
    "Bruno \\ Backslash",
    "Élise   Espacée",  # runs of spaces: mail clients read one, so the plan keeps one
    "Adélaïde RAVELEAU",
    "Ἀλέξανδρος Παπαδόπουλος",
    "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ",
]


def _contacts(names: list[str], prefix: str) -> str:
    return "".join(
        f"      - {{name: {json.dumps(name, ensure_ascii=False)}, "
        f"email: {prefix}{index}@nord.gouv.fr}}\n"
        for index, name in enumerate(names)
    )


def _plan(territory: str = "Nord", extra: str = "") -> str:
    """MINIMAL_PLAN with the awkward names as the operators' and the plan's contacts."""
    half = len(AWKWARD_NAMES) // 2
    plan = MINIMAL_PLAN.replace(
        "  territory: Nord\n",
        f"  territory: {json.dumps(territory, ensure_ascii=False)}\n"
        "  territory_article: le\n"
        f"  contacts:\n{_contacts(AWKWARD_NAMES[:3], 'equipe').replace('      -', '    -')}",
    )
    plan = plan.replace(
        "    name: Youth and sports\n",
        "    name: Youth and sports\n    article: le\n"
        f"    contacts:\n{_contacts(AWKWARD_NAMES[:half], 'sdjes')}",
    )
    plan = plan.replace(
        "    leads: [Jane Doe]\n",
        f"    leads: [Jane Doe]\n{extra}    contacts:\n{_contacts(AWKWARD_NAMES[half:], 'ars')}",
    )
    return plan


def _given(names: list[str], prefix: str) -> list[tuple[str, str]]:
    """The names and addresses the plan gives, as a person reads them (one space between
    words, as in every mail client)."""
    return [(" ".join(name.split()), f"{prefix}{i}@nord.gouv.fr") for i, name in enumerate(names)]


def _parsed(raw: bytes, header: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """A header's recipients as Python's default policy reads them, and as the older
    parser (compat32, getaddresses, decode_header) does: two readers of different ages."""
    modern = email.message_from_bytes(raw, policy=email.policy.default)
    now = [(a.display_name, a.addr_spec) for a in modern[header].addresses]
    old = email.message_from_bytes(raw, policy=email.policy.compat32)
    before = [
        (str(make_header(decode_header(name))), address)
        for name, address in getaddresses(old.get_all(header, []))
    ]
    return now, before


def test_every_draft_parses_back_to_exactly_the_names_and_addresses_given(
    make_data: MakeData, tmp_path: Path
) -> None:
    assert len(AWKWARD_NAMES) >= 20
    root = make_data({"objectives.yaml": _plan()})
    assert run("--data", root, "validate", "--as-of", AS_OF).exit_code == 0
    folder = tmp_path / "relances"
    result = run("--data", root, "--lang", "fr", "remind", "--out-dir", folder, "--as-of", AS_OF)
    assert result.exit_code == 0, result.output
    half = len(AWKWARD_NAMES) // 2
    expected = {
        "sdjes.eml": _given(AWKWARD_NAMES[:half], "sdjes"),
        "ars.eml": _given(AWKWARD_NAMES[half:], "ars"),
    }
    assert sorted(path.name for path in folder.iterdir()) == sorted(expected)
    team = _given(AWKWARD_NAMES[:3], "equipe")
    for name, recipients in expected.items():
        raw = (folder / name).read_bytes()
        for header, given in (("To", recipients), ("Reply-To", team), ("From", team[:1])):
            now, before = _parsed(raw, header)
            assert now == given, (name, header)
            assert before == given, (name, header)
        head = raw.split(b"\n\n", 1)[0]
        assert all(len(line) <= 998 for line in head.split(b"\n"))
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        assert parsed.defects == [] and parsed["To"].defects == ()
        assert parsed["X-Unsent"] == "1"  # Outlook opens it as a message to send
        assert set(parsed.keys()) == {
            "Subject",
            "To",
            "From",
            "Reply-To",
            "Date",
            "Message-ID",
            "X-Unsent",
            "MIME-Version",
            "Content-Type",
        }
    subject = email.message_from_bytes(
        (folder / "sdjes.eml").read_bytes(), policy=email.policy.default
    )["Subject"]
    assert subject == "Quartiers 2030 dans le Nord\u00a0: les chiffres attendus du SDJES"


INJECTIONS = {
    "an encoded line break in the territory": (
        "territory",
        "=?utf-8?q?=0ABcc:_attacker@evil.example?=",
        "encoded word",
    ),
    "an encoded comma in a name": ("contact", "=?utf-8?q?Dupont=2C_H=C3=A9l=C3=A8ne?=", "encoded"),
    "a raw line break in a name": ("contact", "Hélène\nBcc: attacker@evil.example", "line break"),
    "a carriage return in a name": ("contact", "Hélène\rBcc: attacker@evil.example", "control"),
    "U+2028 in a name": ("contact", "Hélène\u2028Bcc: attacker@evil.example", "line break"),
    "U+2029 in the territory": ("territory", "Nord\u2029Bcc: a@evil.example", "line break"),
    "a line break in an operator's name": ("operator", "Health\nBcc: a@evil.example", "line"),
    "a line break in an alias": ("alias", "Santé\nBcc: a@evil.example", "line break"),
    "an encoded word as an address": ("email", "=?utf-8?q?x?=@evil.example", "e-mail"),
    "a double dot in an address": ("email", "jean..dupont@nord.gouv.fr", "e-mail"),
}


@pytest.mark.parametrize("case", list(INJECTIONS), ids=list(INJECTIONS))
def test_a_name_that_would_inject_a_header_is_refused_at_validate(
    make_data: MakeData, tmp_path: Path, case: str
) -> None:
    where, text, said = INJECTIONS[case]
    quoted = json.dumps(text, ensure_ascii=True)  # the YAML says it with escapes
    plan = _plan()
    if where == "territory":
        plan = _plan(territory=text)
    elif where == "contact":
        plan = plan.replace('"Dupont, H\\u00e9l\\u00e8ne"', quoted)
        plan = plan.replace('"Dupont, Hélène"', quoted)
    elif where == "operator":
        plan = plan.replace("    name: Health\n", f"    name: {quoted}\n")
    elif where == "alias":
        plan = _plan(extra=f"    aliases: [{quoted}]\n")
    else:
        plan = plan.replace("sdjes0@nord.gouv.fr", quoted)
    assert plan != _plan() or where == "territory"
    root = make_data({"objectives.yaml": plan})
    checked = run("--data", root, "validate", "--as-of", AS_OF)
    assert checked.exit_code == 1, checked.output
    errors = [line for line in checked.stdout.splitlines() if "[error]" in line]
    assert errors and all(said in error for error in errors), checked.stdout
    assert errors[0].startswith(f"{root / 'objectives.yaml'}:")
    before = fingerprint(root)
    folder = tmp_path / "relances"
    drafted = run("--data", root, "remind", "--out-dir", folder, "--as-of", AS_OF)
    assert drafted.exit_code == 1
    assert not folder.exists() or not any(folder.iterdir())
    assert fingerprint(root) == before
