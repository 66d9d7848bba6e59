"""The choices a person makes of how to see the data: orders, groupings, formats, kinds.
Each is an enum of the domain, used in the signatures of the commands, the library API and
the renderers, so that an unknown choice is refused where it is typed (the command line
reads them in English or French: see arguments.choice), never silently replaced."""

from __future__ import annotations

from enum import StrEnum


class Grouping(StrEnum):
    """How `status` groups the actions."""

    OPERATOR = "operator"
    DUE = "due"
    OBJECTIVE = "objective"


class SortOrder(StrEnum):
    """How each group's actions are ordered: as the plan lists them, the furthest behind
    their calendar first, the most serious status first, or the soonest due first."""

    PLAN = "plan"
    GAP = "gap"
    STATUS = "status"
    DUE = "due"


class DueOrder(StrEnum):
    """How `due` orders the figures owed: as the plan lists them, the latest first, or the
    soonest deadline first."""

    PLAN = "plan"
    LATE = "late"
    DUE = "due"


class StatusFormat(StrEnum):
    """What `status` and `due` print: a table for people, or data for machines and
    documents."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"


class ReportFormat(StrEnum):
    HTML = "html"
    PDF = "pdf"
    MARKDOWN = "markdown"


class SheetFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


class SheetContent(StrEnum):
    """What `export` puts in its sheet: a line per action, or every reading."""

    STATUS = "status"
    READINGS = "readings"


class RequestFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"


class RecordFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


class ProblemFormat(StrEnum):
    """How `validate` says its problems: `auto` is `github` inside GitHub Actions, else
    `text`."""

    AUTO = "auto"
    TEXT = "text"
    GITHUB = "github"
    GITLAB = "gitlab"
    JSON = "json"


class Forge(StrEnum):
    """Where a new data repository's CI runs (`init --ci`)."""

    GITHUB = "github"
    GITLAB = "gitlab"


class SchemaKind(StrEnum):
    OBJECTIVES = "objectives"
    READINGS = "readings"
