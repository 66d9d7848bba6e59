"""The published site (`q2030 site`): static pages in French (at the root) and in English
(under `en/`), from the same catalogue, and the data as downloads; no server, no network,
no build time, so that the same data gives the same bytes and a merge request's diff of
the site shows only what changed.

    index.html                     the home page (home.py)
    operateurs/<id>.html           each operator (operator.py)
    actions/<id>.html              each action (action.py)
    telechargements.html           the downloads and what their columns mean (downloads.py)
    en/...                         the same pages in English
    donnees/...                    the downloads, each named with the as-of date
    assets/site.css, filter.js     the stylesheet, and the home page's filter (assets.py)

`build` returns every file by its path; q2030.data.fsio.replace_tree writes them all at once.
"""

from __future__ import annotations

from q2030.commands.site import Result
from q2030.domain.models import Reading
from q2030.errors import Q2030Error
from q2030.i18n import Language
from q2030.render.site import assets, downloads
from q2030.render.site.action import action
from q2030.render.site.frame import FILES, SCRIPT, STYLESHEET, Frame, Page
from q2030.render.site.home import home
from q2030.render.site.operator import operator

MARKER = ".q2030-site"  # in the folder written: it may be replaced by the next build


def _check_names(result: Result) -> None:
    """Two operators whose ids differ only by case would share one page on a system that
    does not tell case apart (Windows, macOS): refused, naming both."""
    seen: dict[str, str] = {}
    for known in result.dataset.plan.operators:
        other = seen.setdefault(known.id.lower(), known.id)
        if other != known.id:
            raise Q2030Error("site.operator_case", first=other, second=known.id)


def build(result: Result) -> dict[str, bytes]:
    """Every file of the site, by its path from the site's root."""
    _check_names(result)
    readings: dict[str, list[Reading]] = {}
    for owner, reading in result.readings:
        readings.setdefault(owner.id, []).append(reading)
    files = downloads.files(result)
    files[STYLESHEET] = assets.STYLESHEET.encode("utf-8")
    files[SCRIPT] = assets.SCRIPT.encode("utf-8")
    for code in ("fr", "en"):
        frame = Frame(result.dataset.info, result.as_of, Language(code))
        files[Page("home").path(code)] = home(frame, result)
        for known in result.dataset.plan.operators:
            page = Page("operator", known.id)
            files[page.path(code)] = operator(frame, result, known)
        for row in result.rows:
            page = Page("action", row.action.id)
            files[page.path(code)] = action(frame, result, row, readings.get(row.action.id, []))
        files[Page(FILES).path(code)] = downloads.page(frame, result, files)
    return files
