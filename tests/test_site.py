"""`q2030 site`, without a browser (tests/test_site_browser.py has Chromium): the demo's
site built once for the module, as CI builds it. Every internal link leads to a file of
the tree (and its anchor to an id of that page), nothing is fetched from elsewhere, every
page has its twin in the other language, the same data gives the same bytes, every
download reads back into the tool as the data it came from, the contacts are published
only where the plan says so, what the data says is escaped, and `--out` never loses what
a person keeps there, even when the build is killed."""

from __future__ import annotations

import json
import os
import posixpath
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from typer.testing import Result

from q2030.i18n import Language
from tests.conftest import MINIMAL_PLAN, REPO, fingerprint, plain, run
from tests.site_build import (
    AS_OF,
    MOVED,
    build_site,
    demo_site_repository,
    pages,
    read_page,
)

MakeData = Callable[[dict[str, str]], Path]
DAY = "2026-11-26"  # AS_OF in the files' names
FR_DAY = "26/11/2026"


@pytest.fixture(scope="module")
def repository(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_site_repository(tmp_path_factory.mktemp("repo") / "top")


@pytest.fixture(scope="module")
def site(repository: Path) -> Path:
    return build_site(repository, repository.parent / "public")


def test_the_site_has_every_page_in_both_languages(site: Path, repository: Path) -> None:
    french = {str(path.relative_to(site)) for path in pages(site) if "en" not in path.parts}
    english = {str(path.relative_to(site / "en")) for path in (site / "en").rglob("*.html")}
    actions = sorted(path.stem for path in (repository / "readings").glob("*.yaml"))
    assert "index.html" in french and "telechargements.html" in french
    assert "index.html" in english and "downloads.html" in english
    assert {f"actions/{action}.html" for action in actions} <= french
    assert len(french) == len(english) == 2 + 13 + 63  # home, downloads, operators, actions
    for path in pages(site):
        page = path.read_text(encoding="utf-8")
        lang = "en" if path.is_relative_to(site / "en") else "fr"
        assert page.startswith(f'<!DOCTYPE html>\n<html lang="{lang}">'), path


def _target(site: Path, page: Path, link: str) -> tuple[Path, str]:
    """The file a relative link of `page` leads to, and its fragment."""
    parts = urlsplit(link)
    assert not parts.scheme and not parts.netloc, (page, link)  # nothing from elsewhere
    relative = posixpath.normpath(
        posixpath.join(posixpath.dirname(page.relative_to(site).as_posix()), unquote(parts.path))
    )
    assert not relative.startswith(".."), (page, link)  # never outside the site
    return site / relative, unquote(parts.fragment)


def test_every_internal_link_leads_to_a_file_and_its_anchor_to_an_id(site: Path) -> None:
    read = {path: read_page(path) for path in pages(site)}
    followed = 0
    for path, page in read.items():
        for tag, link in page.links:
            if link.startswith("mailto:"):
                continue
            if link.startswith("#"):
                assert link[1:] in page.ids, (path, link)
                continue
            target, fragment = _target(site, path, link)
            assert target.is_file(), (path, tag, link)
            if fragment:
                assert fragment in read[target].ids, (path, link)
            followed += 1
    assert followed > 2000  # every page links its frame, its twin, its operator...


def test_nothing_is_fetched_from_elsewhere(site: Path) -> None:
    stylesheet = (site / "assets" / "site.css").read_text(encoding="utf-8")
    assert "url(" not in stylesheet and "@import" not in stylesheet
    for path in pages(site):
        page = path.read_text(encoding="utf-8")
        assert 'http-equiv="Content-Security-Policy" content="default-src \'none\';' in page
        assert "https://" not in page and "http://" not in page, path
        for script in read_page(path).scripts:
            assert script.get("src", "").endswith("assets/filter.js"), (path, script)


def test_the_language_switch_of_every_page_leads_to_its_twin(site: Path) -> None:
    for path in pages(site):
        page = read_page(path)
        switches = [link for tag, link in page.links if tag == "a" and "hreflang" in link] or [
            link for tag, link in page.links if tag == "link" and link.endswith(".html")
        ]
        twin, _ = _target(site, path, switches[0])
        english = path.is_relative_to(site / "en")
        assert twin.is_relative_to(site / "en") is not english, (path, twin)
        assert twin.name == path.name or {twin.name, path.name} == {
            "telechargements.html",
            "downloads.html",
        }
        if path.parent.name in ("actions", "operateurs", "operators"):
            assert twin.stem == path.stem
        html = path.read_text(encoding="utf-8")
        assert (">Français</a>" in html) is english and (">English</a>" in html) is not english


def test_the_home_page_says_what_moved_since_the_previous_version(site: Path) -> None:
    home = " ".join(read_page(site / "index.html").text)
    assert "Ce qui a bougé depuis la version précédente des données" in home
    assert "du 15/06/2026" in home  # the previous commit's day
    moved = (site / "index.html").read_text(encoding="utf-8").split('<ul class="moved">')[1]
    moved = moved.split("</ul>")[0]
    for action in MOVED:
        assert f'href="actions/{action}.html"' in moved
    english = " ".join(read_page(site / "en" / "index.html").text)
    assert "Moved since the data's previous version (commit " in english


def test_the_same_data_gives_the_same_bytes_and_no_build_time(site: Path, repository: Path) -> None:
    again = build_site(repository, repository.parent / "again")
    assert fingerprint(again) == fingerprint(site)
    today = date.today()
    for path in site.rglob("*"):
        if path.is_file():
            content = path.read_text(encoding="utf-8")
            assert today.isoformat() not in content, path
            assert today.strftime("%d/%m/%Y") not in content, path


def test_the_figures_an_operator_owes_stand_under_their_heading(site: Path) -> None:
    """An operator's figures expected come under their heading whether there are some or
    none (the table once came without it)."""
    for language, folder in (("fr", site / "operateurs"), ("en", site / "en" / "operators")):
        words = Language(language)
        for page in folder.glob("*.html"):
            content = page.read_text(encoding="utf-8")
            heading = f"<h2>{escape(words('site.owed_heading'))}</h2>"
            assert content.count(heading) == 1, page
            after = content.split(heading, 1)[1]
            assert after.startswith(
                (f"<p>{escape(words('site.owed_none'))}</p>", '<div class="scroll"><table>')
            ), page


def test_the_downloads_carry_the_as_of_date_in_their_names(site: Path) -> None:
    assert sorted(path.name for path in (site / "donnees").iterdir()) == [
        f"objectives-{DAY}.yaml",
        f"readings-{DAY}.csv",
        f"readings-{DAY}.json",
        f"releves-{DAY}.csv",
        f"statuses-{DAY}.csv",
        f"statuses-{DAY}.json",
        f"statuts-{DAY}.csv",
    ]
    french = (site / "donnees" / f"releves-{DAY}.csv").read_bytes()
    assert french.startswith("\ufeffAction;Date;Valeur;".encode())
    assert b"snu-jeunes-qpv;31/12/2024;12,5;" in french
    english = (site / "donnees" / f"readings-{DAY}.csv").read_bytes()
    assert b"snu-jeunes-qpv,2024-12-31,12.5," in english


def test_every_column_of_every_download_is_explained(site: Path) -> None:
    for page, csv_names in (
        (site / "telechargements.html", (f"statuts-{DAY}.csv", f"releves-{DAY}.csv")),
        (site / "en" / "downloads.html", (f"statuses-{DAY}.csv", f"readings-{DAY}.csv")),
    ):
        html = page.read_text(encoding="utf-8")
        explained = set(html.split("<code>")[1:])
        named = {part.split("</code>")[0] for part in explained}
        for name in csv_names:
            header = (site / "donnees" / name).read_text(encoding="utf-8-sig").split("\n")[0]
            delimiter = ";" if ";" in header else ","
            assert set(header.split(delimiter)) <= named, (
                name,
                set(header.split(delimiter)) - named,
            )
        records = json.loads((site / "donnees" / f"statuses-{DAY}.json").read_text("utf-8"))
        assert set(records[0]) <= named
        readings = json.loads((site / "donnees" / f"readings-{DAY}.json").read_text("utf-8"))
        assert set(readings[0]) <= named


@pytest.mark.parametrize(
    "name", [f"releves-{DAY}.csv", f"readings-{DAY}.csv", f"readings-{DAY}.json"]
)
def test_every_readings_download_reimports_as_nothing_new(
    site: Path, repository: Path, name: str
) -> None:
    before = fingerprint(repository)
    result = run("--data", repository, "import", site / "donnees" / name, "--dry-run")
    assert result.exit_code == 0, result.output
    path = site / "donnees" / name
    assert result.stdout == f"Nothing new in {path}: its 29 readings are already recorded.\n"
    assert fingerprint(repository) == before


def test_the_plan_and_statuses_downloads_say_what_the_tool_says(
    site: Path, repository: Path, tmp_path: Path
) -> None:
    """The plan's YAML with the data's readings is the data: the tool, run on it, gives
    the statuses the site publishes, byte for byte, in JSON and in both CSV conventions."""
    data = tmp_path / "data"
    shutil.copytree(repository / "readings", data / "readings")
    shutil.copy(site / "donnees" / f"objectives-{DAY}.yaml", data / "objectives.yaml")
    assert run("--data", data, "validate").exit_code == 0
    status = run("--data", data, "status", "--format", "json", "--as-of", AS_OF)
    assert status.stdout_bytes == (site / "donnees" / f"statuses-{DAY}.json").read_bytes()
    for lang, name in (("fr", f"statuts-{DAY}.csv"), ("en", f"statuses-{DAY}.csv")):
        exported = run("--lang", lang, "--data", data, "export", "--as-of", AS_OF)
        assert exported.stdout_bytes == (site / "donnees" / name).read_bytes(), lang


CONTACTS = """\
    contacts:
      - name: Jeanne Martin
        email: jeanne.martin@ars.example
        role: Référente QPV
"""


def _plan_with_contacts(publish: bool) -> str:
    plan = MINIMAL_PLAN.replace("    leads: [Jane Doe]\n", "    leads: [Jane Doe]\n" + CONTACTS)
    if publish:
        plan = plan.replace(
            "  source: test.txt\n", "  source: test.txt\n  publish_contacts: true\n"
        )
    return plan


@pytest.mark.parametrize("publish", [False, True])
def test_contacts_show_their_roles_and_their_addresses_only_where_published(
    make_data: MakeData, tmp_path: Path, publish: bool
) -> None:
    data = make_data({"objectives.yaml": _plan_with_contacts(publish)})
    site = build_site(data, tmp_path / "site")
    operator = (site / "operateurs" / "ars.html").read_text(encoding="utf-8")
    assert "Référente QPV" in operator
    everything = b"".join(path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file())
    assert (b"jeanne.martin@ars.example" in everything) is publish
    assert (b"Jeanne Martin" in everything) is publish
    assert ('href="mailto:jeanne.martin@ars.example"' in operator) is publish
    plan = (site / "donnees" / f"objectives-{DAY}.yaml").read_text(encoding="utf-8")
    assert ("contacts:" in plan) is publish
    assert plain(plan).startswith("# Publié par q2030 site : les contacts sont") is not publish


HOSTILE = "<script>alert(1)</script> & <b>Co</b>"


def test_what_the_data_says_is_escaped_in_every_page(make_data: MakeData, tmp_path: Path) -> None:
    plan = (
        MINIMAL_PLAN.replace("  title: Test plan", f'  title: "{HOSTILE}"')
        .replace("  source: test.txt", f'  source: "{HOSTILE}.txt"')
        .replace("    title: SNU participants from QPV", f'    title: "SNU {HOSTILE}"')
        .replace("    name: Health", f'    name: "Health {HOSTILE}"')
    )
    data = make_data(
        {
            "objectives.yaml": plan,
            "readings/snu.yaml": f'- date: 2025-12-31\n  value: 12\n  source: "{HOSTILE}"\n'
            f'  note: "{HOSTILE}"\n',
        }
    )
    site = build_site(data, tmp_path / "site")
    checked = 0
    for path in pages(site):
        html = path.read_text(encoding="utf-8")
        assert "<script>" not in html and "<b>" not in html, path
        assert html.count("<script") == (1 if path.name == "index.html" else 0), path
        assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;Co&lt;/b&gt;" in html, path
        checked += 1
    action = (site / "actions" / "snu.html").read_text(encoding="utf-8")
    assert action.count("&lt;script&gt;alert(1)") >= 4  # title, plan, source, note, reading
    assert checked == 2 * (2 + 3 + 3)


# --out: never where a person's files are lost


@pytest.fixture
def small(minimal_data: Path) -> Path:
    return minimal_data


def _refused(result: Result, *words: str) -> None:
    stderr = result.stderr
    assert result.exit_code == 1, stderr
    assert stderr.count("\n") == 1 and stderr.startswith("q2030: error: "), stderr
    for word in words:
        assert word in stderr, stderr


def test_out_onto_a_symbolic_link_is_refused_and_nothing_is_lost(
    small: Path, tmp_path: Path
) -> None:
    kept = tmp_path / "kept"
    kept.mkdir()
    (kept / "notes.txt").write_text("mine", encoding="utf-8")
    link = tmp_path / "public"
    link.symlink_to(kept, target_is_directory=True)
    _refused(run("--data", small, "site", "--out", link, "--as-of", AS_OF))
    assert link.is_symlink() and fingerprint(kept) == {"notes.txt": fingerprint(kept)["notes.txt"]}
    assert [path.name for path in kept.iterdir()] == ["notes.txt"]


def test_out_onto_a_file_is_refused_and_the_file_kept(small: Path, tmp_path: Path) -> None:
    target = tmp_path / "public"
    target.write_text("a file", encoding="utf-8")
    _refused(run("--data", small, "site", "--out", target, "--as-of", AS_OF))
    assert target.read_text(encoding="utf-8") == "a file"


def test_out_onto_a_folder_that_is_not_a_site_is_refused_and_kept(
    small: Path, tmp_path: Path
) -> None:
    target = tmp_path / "documents"
    (target / "sub").mkdir(parents=True)
    (target / "rapport.odt").write_bytes(b"\0precious")
    (target / "sub" / "index.html").write_text("<p>mine</p>", encoding="utf-8")
    before = fingerprint(target)
    _refused(run("--data", small, "site", "--out", target, "--as-of", AS_OF), ".q2030-site")
    assert fingerprint(target) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["data", "documents"]


def test_a_previous_site_is_replaced_whole_and_an_empty_folder_taken(
    small: Path, tmp_path: Path
) -> None:
    target = tmp_path / "public"
    target.mkdir()
    build_site(small, target)
    (target / "actions" / "gone.html").write_text("old", encoding="utf-8")
    result = run("--data", small, "site", "--out", target, "--as-of", "2026-11-27")
    assert result.exit_code == 0, result.output
    assert not (target / "actions" / "gone.html").exists()
    assert (target / "donnees" / "readings-2026-11-27.json").is_file()
    assert not (target / "donnees" / f"readings-{DAY}.json").exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["data", "public"]


def test_a_relative_out_is_written_from_the_current_folder(
    small: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    result = run("--data", small, "site", "--out", "public/site", "--as-of", AS_OF)
    assert result.exit_code == 0, result.output
    assert (work / "public" / "site" / "index.html").is_file()
    assert "public/site" in result.stderr


def test_a_build_killed_at_any_moment_leaves_the_old_site_or_the_new(
    repository: Path, tmp_path: Path
) -> None:
    """`q2030 site` killed (SIGKILL: nothing can defer it) at moments spread over its run,
    from start-up to the swap: the folder is always the whole old site or the whole new
    one, and the next build leaves nothing beside it."""
    target = build_site(repository, tmp_path / "public")
    old = fingerprint(target)
    command = [sys.executable, "-m", "q2030", "--data", str(repository), "site"]
    command += ["--out", str(target), "--as-of", "2026-11-27"]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    whole = time.perf_counter() - started
    new = fingerprint(target)
    assert new != old
    build_site(repository, target)  # the old site back
    seen = set()
    for share in (0.6, 0.8, 0.95):
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(whole * share)
        process.send_signal(signal.SIGKILL)
        process.wait()
        found = fingerprint(target)
        assert found in (old, new), share
        seen.add("new" if found == new else "old")
        if found == new:
            build_site(repository, target)
    assert "old" in seen
    build_site(repository, target)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["public"]


def test_an_action_page_shows_the_commitments_history_of_changes(
    make_data: MakeData, tmp_path: Path
) -> None:
    changed = """\
        target: {kind: at_least, value: 15}
        changes:
          - date: 2026-03-12
            decision: "COPIL du 12/03/2026"
            reason: "Le SNU a changé de format en 2026."
            before:
              target: {kind: at_least, value: 20}
"""
    withdrawn = """\
        target: {kind: none}
        withdrawn:
          date: 2026-03-12
          decision: "COPIL du 12/03/2026"
          reason: "Le dispositif est supprimé."
"""
    plan = MINIMAL_PLAN.replace("        target: {kind: at_least, value: 20}\n", changed)
    plan = plan.replace("        target: {kind: none}\n", withdrawn)
    site = build_site(make_data({"objectives.yaml": plan}), tmp_path / "site")
    page = (site / "actions" / "snu.html").read_text(encoding="utf-8")
    history = page.split('<table class="changes">')[1].split("</table>")[0]
    assert "12/03/2026" in history and "COPIL du 12/03/2026" in history
    assert "Le SNU a changé de format en 2026." in history and "20" in history
    assert "≥ 15\u00a0%" in page  # the target now, with its no-break space
    gone = (site / "en" / "actions" / "schools.html").read_text(encoding="utf-8")
    assert "Le dispositif est supprimé." in gone.split('<table class="changes">')[1]
    quiet = (site / "actions" / "mediators.html").read_text(encoding="utf-8")
    assert '<table class="changes">' not in quiet
    assert "L&#x27;engagement n&#x27;a pas changé depuis l&#x27;adoption du plan." in quiet


def test_since_names_what_moved_and_outside_git_nothing_is_compared(
    repository: Path, small: Path, tmp_path: Path
) -> None:
    dated = build_site(repository, tmp_path / "dated", "--since", "16/06/2026")
    home = (dated / "index.html").read_text(encoding="utf-8")
    moved = home.split('<ul class="moved">')[1].split("</ul>")[0]
    assert [f'href="actions/{action}.html"' in moved for action in MOVED] == [True, True]
    assert "16/06/2026" in home and "version précédente" not in home
    outside = build_site(small, tmp_path / "outside")
    home = " ".join(read_page(outside / "index.html").text)
    assert "Rien à comparer : le dossier de données n'est pas dans un dépôt git." in plain(home)
