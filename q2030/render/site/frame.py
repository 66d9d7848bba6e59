"""Where each page of the site lies, how one page links to another, and the frame every
page shares: its head (the Content-Security-Policy, the stylesheet), the skip link, the
header with the site's name, the navigation and the language switch, the breadcrumb and
the footer.

French pages sit at the site's root, their English twins under `en/`, at the same place
(`actions/<id>.html`, `en/actions/<id>.html`), so that the language switch of every page
links its own twin. Every link is relative (no server, no domain name): the site opens
from a folder (file://), from GitLab Pages or GitHub Pages and from an intranet alike.

No inline script and no inline style: the policy lets the page load its stylesheet and the
home page its filter script from the site itself, nothing else, and no form is sent.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from datetime import date
from html import escape
from urllib.parse import quote

from q2030 import __version__
from q2030.domain.models import PlanInfo
from q2030.i18n import Language

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "base-uri 'none'; form-action 'none'"
)
STYLESHEET = "assets/site.css"
SCRIPT = "assets/filter.js"
DOWNLOADS = "donnees"  # the data files, one set for both languages
HOME, OPERATOR, ACTION, FILES = "home", "operator", "action", "downloads"

# Each language's folder and page names (not words said: parts of addresses)
_ROOTS = {"fr": "", "en": "en/"}
_FOLDERS = {
    "fr": {OPERATOR: "operateurs", ACTION: "actions"},
    "en": {OPERATOR: "operators", ACTION: "actions"},
}
_PAGES = {
    "fr": {HOME: "index.html", FILES: "telechargements.html"},
    "en": {HOME: "index.html", FILES: "downloads.html"},
}


@dataclass(frozen=True)
class Page:
    """A page of the site, whatever its language: its kind and, for an operator or an
    action, its id."""

    kind: str
    key: str = ""

    def path(self, code: str) -> str:
        """Where the page lies in the language `code`, from the site's root."""
        if self.kind in (OPERATOR, ACTION):
            name = self.key.lower() if self.kind == OPERATOR else self.key
            return f"{_ROOTS[code]}{_FOLDERS[code][self.kind]}/{name}.html"
        return f"{_ROOTS[code]}{_PAGES[code][self.kind]}"


def operator_page(operator_id: str) -> Page:
    return Page(OPERATOR, operator_id)


def action_page(action_id: str) -> Page:
    return Page(ACTION, action_id)


def href(here: str, target: str, fragment: str = "") -> str:
    """The relative link from the page at `here` to the file at `target` (both from the
    site's root), escaped for an HTML attribute."""
    relative = posixpath.relpath(target, posixpath.dirname(here) or ".")
    link = quote(relative) + (f"#{quote(fragment)}" if fragment else "")
    return escape(link)


def link(here: str, target: str, words: str, *, css: str = "", fragment: str = "") -> str:
    """`<a>` from the page at `here` to `target`, saying `words` (escaped here)."""
    kind = f' class="{css}"' if css else ""
    return f'<a{kind} href="{href(here, target, fragment)}">{escape(words)}</a>'


def other(lang: Language) -> Language:
    return Language("en" if lang.code == "fr" else "fr")


@dataclass(frozen=True)
class Frame:
    """What every page of one language says around its content."""

    plan: PlanInfo
    as_of: date
    lang: Language

    @property
    def site_name(self) -> str:
        return f"{self.lang('report.title')} — {self.plan.territory}"

    def _head(self, here: str, page: Page, title: str, script: bool) -> str:
        twin = other(self.lang)
        scripts = f'<script src="{href(here, SCRIPT)}" defer></script>' if script else ""
        twin_page = href(here, page.path(twin.code))
        return (
            f'<!DOCTYPE html>\n<html lang="{self.lang.code}"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)} — {escape(self.site_name)}</title>"
            f'<link rel="stylesheet" href="{href(here, STYLESHEET)}">'
            f'<link rel="alternate" hreflang="{twin.code}" href="{twin_page}">'
            f"{scripts}</head>"
        )

    def _header(self, here: str, page: Page) -> str:
        lang, twin = self.lang, other(self.lang)
        entries = []
        for kind, key in ((HOME, "site.nav.home"), (FILES, "site.nav.downloads")):
            target = Page(kind).path(lang.code)
            current = ' aria-current="page"' if page.kind == kind else ""
            entries.append(
                f'<li><a href="{href(here, target)}"{current}>{escape(lang(key))}</a></li>'
            )
        switch = (
            f'<a href="{href(here, page.path(twin.code))}" hreflang="{twin.code}" '
            f'lang="{twin.code}">{escape(twin("site.language"))}</a>'
        )
        return (
            f'<a class="skip" href="#content">{escape(lang("site.skip"))}</a>'
            '<header class="site"><div class="bar">'
            f'<p class="site-name">{link(here, Page(HOME).path(lang.code), self.site_name)}</p>'
            f'<nav aria-label="{escape(lang("site.nav.label"))}"><ul>{"".join(entries)}</ul>'
            f"</nav>"
            f'<p class="switch">{switch}</p></div></header>'
        )

    def breadcrumb(self, here: str, trail: list[tuple[str, Page]], current: str) -> str:
        """Home > ... > the current page, each step a link but the last."""
        steps = [(self.lang("site.nav.home"), Page(HOME)), *trail]
        items = [
            f"<li>{link(here, page.path(self.lang.code), words)}</li>" for words, page in steps
        ]
        items.append(f'<li aria-current="page">{escape(current)}</li>')
        label = escape(self.lang("site.breadcrumb"))
        return f'<nav class="breadcrumb" aria-label="{label}"><ol>{"".join(items)}</ol></nav>'

    def _footer(self, here: str) -> str:
        lang = self.lang
        source = lang("report.source", source=self.plan.source, version=__version__)
        as_of = lang("site.as_of_footer", day=self.as_of)
        files = link(here, Page(FILES).path(lang.code), lang("site.nav.downloads"))
        return (
            f'<footer class="site"><p>{escape(as_of)} {files}</p><p>{escape(source)}</p></footer>'
        )

    def page(
        self, page: Page, title: str, content: str, *, before: str = "", script: bool = False
    ) -> bytes:
        """A whole page: `content` in its main landmark, after `before` (a breadcrumb)."""
        here = page.path(self.lang.code)
        return (
            self._head(here, page, title, script)
            + "<body>"
            + self._header(here, page)
            + before
            + f'<main id="content" tabindex="-1">{content}</main>'
            + self._footer(here)
            + "</body></html>\n"
        ).encode("utf-8")
