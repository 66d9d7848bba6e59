"""The demo's site as CI builds it, shared by the site's tests: the demo's data in a git
repository of two commits (the second brings the figures of two actions), so that the home
page says what moved since the data's previous version; and what the pages hold, read
with the standard library's HTML parser (links, ids, scripts)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from tests.conftest import DEMO_DATA, git, run

AS_OF = "2026-11-26"
MOVED = ("snu-jeunes-qpv", "places-creches")  # their figures came with the last commit
ACTION = "snu-jeunes-qpv"  # the action page the screenshots show


def demo_site_repository(top: Path) -> Path:
    """The demo's data in a git repository at `top`: first without the figures of MOVED,
    then with them, each commit dated as a COPIL's would be; returns the data folder."""
    data = top / "data"
    shutil.copytree(DEMO_DATA, data)
    aside = top.parent / f"{top.name}-aside"
    aside.mkdir()
    for action in MOVED:
        (data / "readings" / f"{action}.yaml").rename(aside / f"{action}.yaml")
    git(top, "init", "-q", "-b", "main")
    git(top, "add", "-A")
    git(top, "commit", "-qm", "The plan and the first figures", when="2026-06-15")
    for action in MOVED:
        (aside / f"{action}.yaml").rename(data / "readings" / f"{action}.yaml")
    git(top, "add", "-A")
    git(top, "commit", "-qm", "Figures of the SDJES and the CAF", when="2026-11-20")
    return data


def build_site(data: Path, out: Path, *args: str) -> Path:
    """`q2030 site` of `data` into `out` as of AS_OF; returns `out`."""
    result = run("--data", data, "site", "--out", out, "--as-of", AS_OF, *args)
    assert result.exit_code == 0, result.output
    return out


@dataclass
class Read(HTMLParser):
    """One page's links (href and src, with their tag), ids, scripts and text."""

    links: list[tuple[str, str]] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    scripts: list[dict[str, str | None]] = field(default_factory=list)
    text: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        HTMLParser.__init__(self, convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        if named.get("id"):
            self.ids.add(str(named["id"]))
        for name in ("href", "src"):
            if named.get(name) is not None:
                self.links.append((tag, str(named[name])))
        if tag == "script":
            self.scripts.append(named)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def read_page(path: Path) -> Read:
    page = Read()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def pages(site: Path) -> list[Path]:
    """Every page of the site, French and English."""
    return sorted(site.rglob("*.html"))
