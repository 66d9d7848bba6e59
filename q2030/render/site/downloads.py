"""The site's downloads, each named with the as-of date, and the page that lists them and
says what each of their columns and fields means.

- the statuses as `q2030 export --what status` writes them, and the readings as `q2030
  export --what readings` writes them (the columns `q2030 import` reads back): in the
  French convention (`;` between cells, decimal commas, UTF-8 with a byte-order mark:
  what Excel and LibreOffice read in a French locale) and in the English one;
- the same as JSON, with English keys: the statuses as `q2030 status --format json`
  gives them, the readings one object each;
- the plan's YAML (q2030.render.site.plan_file).

The readings are those dated on or before the as-of date, corrections included, in the
plan's order of actions then each file's order: each file reads back into the tool as
the data it came from (`q2030 import --dry-run` finds nothing new).
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from q2030.commands.site import Result
from q2030.i18n import Language
from q2030.render import status_data
from q2030.render.site.frame import DOWNLOADS, FILES, Frame, Page, href
from q2030.render.site.parts import table
from q2030.render.site.plan_file import published_plan
from q2030.render.status_sheet import HEADINGS, STATUS_COLUMNS, status_sheet
from q2030.sheets import exchange
from q2030.sheets.exchange import READING_COLUMNS

READING_FIELDS = (
    "action",
    "date",
    "value",
    "state",
    "numerator",
    "denominator",
    "reference",
    "source",
    "note",
    "corrects",
)
STATUS_FIELDS = (*status_data.RECORD_FIELDS, "changes", "withdrawn")
KINDS = ("statuses_csv", "readings_csv", "statuses_json", "readings_json", "plan")


def names(result: Result, lang: Language) -> dict[str, str]:
    """Each download's path from the site's root, by kind: the CSV files named in `lang`,
    the others in English (they are for programs)."""
    day = result.as_of.isoformat()
    return {
        "statuses_csv": f"{DOWNLOADS}/{lang('site.file.statuses', day=day)}.csv",
        "readings_csv": f"{DOWNLOADS}/{lang('site.file.readings', day=day)}.csv",
        "statuses_json": f"{DOWNLOADS}/statuses-{day}.json",
        "readings_json": f"{DOWNLOADS}/readings-{day}.json",
        "plan": f"{DOWNLOADS}/objectives-{day}.yaml",
    }


def _reading_record(action_id: str, reading: Any) -> dict[str, Any]:
    return {
        "action": action_id,
        "date": reading.date.isoformat(),
        "value": reading.value,
        "state": reading.state,
        "numerator": reading.numerator,
        "denominator": reading.denominator,
        "reference": reading.reference,
        "source": reading.source,
        "note": reading.note,
        "corrects": reading.corrects.isoformat() if reading.corrects else None,
    }


def files(result: Result) -> dict[str, bytes]:
    """Every download, by its path from the site's root."""
    found: dict[str, bytes] = {}
    for code in ("fr", "en"):
        lang = Language(code)
        named = names(result, lang)
        sheet = status_sheet(result.rows, lang, result.as_of)
        found[named["statuses_csv"]] = exchange.to_csv(sheet, lang)
        readings = exchange.readings_sheet(result.dataset, result.readings, lang)
        found[named["readings_csv"]] = exchange.to_csv(readings, lang)
    named = names(result, Language("en"))
    statuses = status_data.to_json(result.rows, None, result.freshness)
    found[named["statuses_json"]] = statuses.encode("utf-8")
    records = [
        json.dumps(_reading_record(action.id, reading), ensure_ascii=False)
        for action, reading in result.readings
    ]  # one reading a line: a merge request's diff shows each reading added
    readings_json = "[\n" + ",\n".join(records) + "\n]\n" if records else "[]\n"
    found[named["readings_json"]] = readings_json.encode("utf-8")
    plan = published_plan(result.plan_text, result.dataset.plan)
    found[named["plan"]] = plan.encode("utf-8")
    return found


def _size(size: int, lang: Language) -> str:
    return lang("site.size", size=lang.decimal(max(size, 1) / 1000, 1))


def _meanings(caption: str, rows: list[tuple[str, str]], head: str, lang: Language) -> str:
    lines = [
        f'<tr><th scope="row"><code>{escape(name)}</code></th><td>{escape(meaning)}</td></tr>'
        for name, meaning in rows
    ]
    return table(caption, [head, lang("site.meaning")], lines, css="meanings")


def page(frame: Frame, result: Result, written: dict[str, bytes]) -> bytes:
    """The downloads page: each file with its format and size, then the meaning of each
    column of the CSV files (headed as in this language's files) and of each JSON field."""
    lang = frame.lang
    here = Page(FILES).path(lang.code)
    named = names(result, lang)
    items = []
    for kind in KINDS:
        path = named[kind]
        file_name = path.rsplit("/", 1)[1]
        size = _size(len(written[path]), lang)
        items.append(
            f'<li><a href="{href(here, path)}" download>{escape(file_name)}</a> '
            f"({escape(size)}) — {escape(lang(f'site.download.{kind}'))}</li>"
        )
    status_rows = [
        (lang(HEADINGS.get(name, f"column.{name}")), lang(f"site.status_csv.{name}"))
        for name in STATUS_COLUMNS
    ]
    reading_rows = [
        (lang(f"column.{name}"), lang(f"site.readings_csv.{name}")) for name in READING_COLUMNS
    ]
    status_fields = [(name, lang(f"site.status_json.{name}")) for name in STATUS_FIELDS]
    reading_fields = [(name, lang(f"site.readings_json.{name}")) for name in READING_FIELDS]
    content = [
        f"<h1>{escape(lang('site.downloads_title'))}</h1>",
        f'<p class="as-of">{escape(lang("report.as_of", day=result.as_of))}</p>',
        f"<p>{escape(lang('site.downloads_intro'))}</p>",
        f'<ul class="downloads">{"".join(items)}</ul>',
        f"<p>{escape(lang('site.csv_convention'))}</p>",
        f"<p>{escape(lang('site.reimport'))}</p>",
        f'<h2 id="columns">{escape(lang("site.columns_heading"))}</h2>',
        f"<h3>{escape(lang('site.download.statuses_csv'))}</h3>",
        _meanings(
            lang("site.columns_caption", file=named["statuses_csv"].rsplit("/", 1)[1]),
            status_rows,
            lang("site.column_heading"),
            lang,
        ),
        f"<h3>{escape(lang('site.download.readings_csv'))}</h3>",
        _meanings(
            lang("site.columns_caption", file=named["readings_csv"].rsplit("/", 1)[1]),
            reading_rows,
            lang("site.column_heading"),
            lang,
        ),
        f"<h3>{escape(lang('site.download.statuses_json'))}</h3>",
        _meanings(
            lang("site.fields_caption", file=named["statuses_json"].rsplit("/", 1)[1]),
            status_fields,
            lang("site.field_heading"),
            lang,
        ),
        f"<h3>{escape(lang('site.download.readings_json'))}</h3>",
        _meanings(
            lang("site.fields_caption", file=named["readings_json"].rsplit("/", 1)[1]),
            reading_fields,
            lang("site.field_heading"),
            lang,
        ),
    ]
    return frame.page(Page(FILES), lang("site.downloads_title"), "".join(content))
