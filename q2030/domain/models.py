"""The data contract: what `data/objectives.yaml` and `data/readings/<id>.yaml` may hold.

Every model forbids unknown fields, is frozen, and is strict: YAML's type guesses
(`no` read as false, `010` as 8, an unquoted date where text is expected) are refused
instead of silently coerced. Dates accept YAML dates and quoted ISO strings.
"""

import re
import unicodedata
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from q2030.domain.choices import SchemaKind
from q2030.domain.periods import DATA_FORMS, parse_period_end
from q2030.escaping import control_problem
from q2030.i18n import Message, MessageError, Named


def _to_day(value: object) -> object:
    if isinstance(value, datetime):
        raise MessageError("model.date_time")
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise MessageError("model.not_iso", text=value) from None
    return value


def _to_due(value: object) -> object:
    """Normalise a calendar entry to its text form: '2027', '2024-H2' or '2025-06-30'."""
    if isinstance(value, bool):
        raise MessageError("model.expected", what=DATA_FORMS)
    if isinstance(value, datetime):
        raise MessageError("model.date_time")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int):
        value = str(value)
    if isinstance(value, str):
        if "/" in value:
            raise MessageError("model.expected", what=DATA_FORMS)
        parse_period_end(value)  # raises ValueError with the accepted forms
        return value.strip().upper() if "-h" in value.lower() else value.strip()
    return value


Day = Annotated[date, BeforeValidator(_to_day)]
Due = Annotated[
    str,
    BeforeValidator(_to_due),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "integer", "minimum": 1000, "maximum": 9999},
                {"type": "string", "pattern": r"^\d{4}(-[Hh][12]|-\d{2}-\d{2})?$"},
            ],
            "description": f"Due by the end of {DATA_FORMS}.",  # the schema is English
        }
    ),
]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=64)]
OperatorId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$")]


def _no_controls(value: str) -> str:
    if problem := control_problem(value):
        raise MessageError(problem)
    return value


Text = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(_no_controls)
]
Note = Annotated[str, AfterValidator(_no_controls)]
LINE_BREAKS = re.compile("[\n\r\u2028\u2029]")  # the rest (\v, \f, U+0085) are controls
ENCODED_WORD = re.compile(r"=\?[^?\s]*\?[bBqQ]\?[^?\s]*\?=")  # RFC 2047: =?utf-8?q?...?=


def _one_line_name(value: str) -> str:
    """A name that goes into an e-mail header (a contact, an operator, the territory): no
    line break, which would start a header of its own, and no RFC 2047 encoded word, which
    a mail client would decode into one (or into a comma and another recipient); runs of
    spaces made one, as every mail client reads them."""
    if LINE_BREAKS.search(value):
        raise MessageError("model.line_break")
    if ENCODED_WORD.search(value):
        raise MessageError("model.encoded_word")
    return " ".join(value.split())


Name = Annotated[Text, AfterValidator(_one_line_name)]
# How French writes an operator's or a territory's name in a sentence: « à la CAF », « au
# Secrétariat général », « de l'ARS », « pour le Nord »; "" for none (« de France Travail »).
Article = Literal["le", "la", "l'", "les", ""]
LineNumber = Annotated[int, Field(ge=1)]
Unit = Literal["percent", "count", "points"]
FIGURE_LIMIT = 1e12  # no figure of a département's plan comes near a million millions
Figure = Annotated[
    float,
    Field(
        allow_inf_nan=False,
        ge=-FIGURE_LIMIT,
        le=FIGURE_LIMIT,
        description="A finite number, at most 10^12 in size.",
    ),
]
UNIT_RANGES = {"percent": (0.0, 100.0), "points": (-100.0, 100.0)}


def range_problem(unit: str | None, value: float, what: Message | None) -> Message | None:
    """Why `value` cannot be a figure in `unit` (a percentage above 100...), or None;
    `what` names the figure ("the target")."""
    if unit not in UNIT_RANGES:
        return None
    low, high = UNIT_RANGES[unit]
    if low <= value <= high:
        return None
    key = f"model.range.{unit}" if what is None else f"model.range_named.{unit}"
    return Message(key, what=what or "", value=f"{value:g}", low=f"{low:g}", high=f"{high:g}")


MilestoneState = Literal["not_started", "in_progress", "done"]
Reporting = Literal["yearly", "half-yearly", "quarterly"]  # how often a figure is due


class Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid", frozen=True, strict=True, defer_build=True, allow_inf_nan=False
    )


def _email(value: str) -> str:
    if not EMAIL.fullmatch(value) or ENCODED_WORD.search(value):
        raise MessageError("model.email", text=value)
    return value


# An address as RFC 5322 writes it without quotes (a dot-atom: no leading, trailing or double
# dot), at a domain name: what every mail client reads back as it is
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
EMAIL = re.compile(rf"{_ATOM}(?:\.{_ATOM})*@{_LABEL}(?:\.{_LABEL})+")
Email = Annotated[
    str, AfterValidator(_email), WithJsonSchema({"type": "string", "format": "email"})
]


class Contact(Model):
    """Someone to address a request or a reminder to."""

    name: Name
    email: Email
    role: Text | None = None


def elision_problem(article: str | None, word: str) -> Message | None:
    """Why French would not write `article` before `word` (l' before a consonant, le or la
    before a vowel), or None; before an h or a y, either may be right (l'Hôpital, le
    Haut-Commissariat, l'Yonne, le Yacht-club)."""
    first = word[:1].lower()
    if article is None or first in ("", "h", "y"):
        return None
    vowel = unicodedata.normalize("NFD", first)[0] in "aeiou"
    if (article == "l'" and not vowel) or (article in ("le", "la") and vowel):
        return Message("model.article_elision", article=article, word=word)
    return None


class PlanInfo(Model):
    """The plan's metadata; `reference_date` is what the source calls "aujourd'hui";
    `contacts` the préfecture's team, to whom the operators send their figures back."""

    title: Text
    territory: Name
    territory_article: Article | None = Field(
        default=None,
        description="The article French puts before the territory's name (le Nord, la "
        "Somme, l'Aisne, les Ardennes; empty for none).",
    )
    reference_date: Day
    reference_note: Note | None = None
    end_year: int = Field(ge=2000, le=2100)
    source: Text
    title_line: LineNumber | None = None
    contacts: list[Contact] = []
    publish_contacts: bool = Field(
        default=False,
        description="Whether the published site (q2030 site) may show the contacts' names "
        "and e-mail addresses, the plan's and the operators'; by default it shows their "
        "roles only, and its copy of this file leaves the contacts out.",
    )

    @property
    def place(self) -> Named:
        """The territory as French puts it in a sentence (« dans le Nord »)."""
        return Named(self.territory, self.territory_article, "territory")

    @field_validator("territory_article")
    @classmethod
    def _article_fits(cls, article: str | None, info: ValidationInfo) -> str | None:
        if problem := elision_problem(article, info.data.get("territory", "")):
            raise MessageError(problem)
        return article


class Operator(Model):
    id: OperatorId
    name: Name
    article: Article | None = Field(
        default=None,
        description="The article French puts before the operator's name and id (la CAF, "
        "le SDJES, l'ARS, les ...; empty for none: France Travail).",
    )
    aliases: list[Name] = Field(
        default=[],
        description="Other names the operator is known by, former ones included (Pôle "
        "emploi); --operator finds it by them.",
    )
    description: Note | None = None
    leads: list[Text] = []
    parent: OperatorId | None = None
    label_line: LineNumber | None = None
    note: Note | None = None
    contacts: list[Contact] = []

    @property
    def called(self) -> Named:
        """The operator's name as French puts it in a sentence (« à la Caisse ... »)."""
        return Named(self.name, self.article)

    @property
    def short(self) -> Named:
        """The operator's id as French puts it in a sentence (« de la CAF »)."""
        return Named(self.id, self.article)

    @field_validator("article")
    @classmethod
    def _article_fits(cls, article: str | None, info: ValidationInfo) -> str | None:
        """The article goes before the id and the name alike (l'ARS, l'Agence...)."""
        for word in (info.data.get("id", ""), info.data.get("name", "")):
            if problem := elision_problem(article, word):
                raise MessageError(problem)
        return article


class Baseline(Model):
    """The situation a target is measured from. `value` may be unknown (to be recorded)."""

    date: Day
    value: Figure | None = None
    reference: Figure | None = None
    note: Note | None = None


class _Level(Model):
    value: Figure
    each_year_from: int | None = Field(
        default=None,
        ge=1000,
        le=9999,
        description="The target applies each year from this year to the plan's end.",
    )


class AtLeast(_Level):
    kind: Literal["at_least"]


class AtMost(_Level):
    kind: Literal["at_most"]


class Change(Model):
    """A change from the baseline: `percent` (relative) or `amount` (in the action's unit)."""

    kind: Literal["change"]
    percent: float | None = Field(default=None, gt=-100, le=1000)
    amount: Figure | None = None

    @model_validator(mode="after")
    def _one_of(self) -> "Change":
        if (self.percent is None) == (self.amount is None):
            raise MessageError("model.change_one")
        if (self.percent or self.amount) == 0:
            raise MessageError("model.change_zero")
        return self


class Direction(Model):
    kind: Literal["direction"]
    direction: Literal["up", "down"]


class Outpace(Model):
    """Grow faster than a reference series, recorded as each reading's `reference`."""

    kind: Literal["outpace"]
    reference: Text


class Milestone(Model):
    kind: Literal["milestone"]


class NoTarget(Model):
    """A qualitative action: nothing to measure."""

    kind: Literal["none"]


Target = Annotated[
    AtLeast | AtMost | Change | Direction | Outpace | Milestone | NoTarget,
    Field(discriminator="kind"),
]
MEASURED_KINDS = frozenset({"at_least", "at_most", "change", "direction", "outpace"})


COMMITMENT_FIELDS = ("target", "due", "due_text", "baseline", "unit", "indicator")


class Before(Model):
    """What a commitment's changed fields held before a change (only those it changed)."""

    target: Target | None = None
    due: Due | None = None
    due_text: Note | None = None
    baseline: Baseline | None = None
    unit: Unit | None = None
    indicator: Note | None = None

    @model_validator(mode="after")
    def _names_a_field(self) -> "Before":
        if not self.model_fields_set:
            raise MessageError("model.before_empty", fields=", ".join(COMMITMENT_FIELDS))
        return self


class CommitmentChange(Model):
    """A decision that changed a commitment: when, where it was decided, why, and the
    values it replaced."""

    date: Day
    decision: Text
    reason: Text
    before: Before


class Withdrawal(Model):
    """A decision that withdrew a commitment from the plan (it stays, marked withdrawn)."""

    date: Day
    decision: Text
    reason: Text


class Action(Model):
    id: Slug
    title: Text
    operator: OperatorId
    due: Due
    due_text: Note
    source_line: LineNumber
    source_part: int | None = Field(
        default=None, ge=1, description="When one source row holds several actions: 1, 2..."
    )
    group: Slug | None = None
    indicator: Note | None = None
    unit: Unit | None = None
    unit_label: Note | None = Field(
        default=None,
        description="What a count counts, as a plural noun said after its numbers in "
        "sentences: places, QPV, logements (unit count only).",
    )
    baseline: Baseline | None = None
    target: Target
    note: Note | None = None
    reporting: Reporting = "yearly"
    reporting_delay_months: int = Field(
        default=3,
        ge=0,
        le=24,
        description="How long after a period's end its figure is due (3: by 31/03 for 31/12).",
    )
    changes: list[CommitmentChange] = Field(
        default=[], description="The commitment's history, oldest first; append only."
    )
    withdrawn: Withdrawal | None = None

    def at(self, day: date) -> "Action":
        """The commitment as it stood on `day`: the changes decided after it undone, newest
        first (each puts back the values it replaced)."""
        later = [change for change in self.changes if change.date > day]
        if not later:
            return self
        update: dict[str, Any] = {}
        for change in reversed(later):
            update.update(
                {name: getattr(change.before, name) for name in change.before.model_fields_set}
            )
        earlier = [change for change in self.changes if change.date <= day]
        return self.model_copy(update={**update, "changes": earlier})

    @model_validator(mode="after")
    def _unit_fits_target(self) -> "Action":
        if self.target.kind in MEASURED_KINDS and self.unit is None:
            raise MessageError("model.needs_unit", kind=self.target.kind)
        if self.target.kind not in MEASURED_KINDS and self.baseline is not None:
            raise MessageError("model.no_baseline", kind=self.target.kind)
        if self.unit_label is not None and self.unit != "count":
            raise MessageError("model.unit_label")
        for what, value in self._figures():
            if problem := range_problem(self.unit, value, what):
                raise MessageError(problem)
        return self

    def _figures(self) -> list[tuple[Message, float]]:
        """The plan's own numbers for this action, in its unit: they obey its range."""
        figures = []
        if isinstance(self.target, AtLeast | AtMost):
            figures.append((Message("figure.target"), self.target.value))
        if self.baseline is not None:
            for what, value in (
                (Message("figure.baseline"), self.baseline.value),
                (Message("figure.baseline_reference"), self.baseline.reference),
            ):
                if value is not None:
                    figures.append((what, value))
            if isinstance(self.target, Change) and self.baseline.value is not None:
                if self.target.percent is not None:
                    level = self.baseline.value * (1 + self.target.percent / 100)
                else:
                    level = self.baseline.value + (self.target.amount or 0)
                figures.append((Message("figure.change_level"), level))
        return figures

    @property
    def due_date(self) -> date:
        return parse_period_end(self.due)

    @property
    def measurable(self) -> bool:
        return self.target.kind in MEASURED_KINDS


class Group(Model):
    """A label row of the source table that gathers some actions of an objective."""

    id: Slug
    label: Text
    source_line: LineNumber
    note: Note | None = None


class Objective(Model):
    id: Slug
    title: Text
    title_line: LineNumber | None = None
    description: Note | None = None
    description_line: LineNumber | None = None
    note: Note | None = None
    groups: list[Group] = []
    actions: list[Action]


class Plan(Model):
    """The whole of `objectives.yaml`."""

    plan: PlanInfo
    operators: list[Operator]
    objectives: list[Objective]

    def actions(self) -> list[tuple[Objective, Action]]:
        return [
            (objective, action) for objective in self.objectives for action in objective.actions
        ]


class Reading(Model):
    """One measurement: the figure for `date`, where it comes from, and what it corrects."""

    date: Day
    value: Figure | None = None
    state: MilestoneState | None = None
    numerator: Figure | None = None
    denominator: Figure | None = None
    reference: Figure | None = None
    source: Text
    note: Note | None = None
    corrects: Day | None = Field(
        default=None, description="The date of the earlier reading this one replaces."
    )

    @model_validator(mode="after")
    def _one_measure(self) -> "Reading":
        if (self.numerator is None) != (self.denominator is None):
            raise MessageError("model.fraction_pair")
        if self.denominator is not None and self.denominator <= 0:
            raise MessageError("model.denominator")
        has_number = self.value is not None or self.numerator is not None
        if has_number == (self.state is not None):
            raise MessageError("model.value_or_state")
        return self

    def number(self, unit: str | None) -> float | None:
        """The measured level: `value`, or the share numerator/denominator as the unit wants."""
        if self.value is not None:
            return self.value
        if self.numerator is not None and self.denominator:
            share = self.numerator / self.denominator
            return share * 100 if unit == "percent" else share
        return None


PLAN_ADAPTER = TypeAdapter(Plan)
READINGS_ADAPTER = TypeAdapter(list[Reading])
SCHEMAS: dict[SchemaKind, TypeAdapter[Any]] = {
    SchemaKind.OBJECTIVES: PLAN_ADAPTER,
    SchemaKind.READINGS: READINGS_ADAPTER,
}


def json_schema(kind: SchemaKind) -> dict[str, object]:
    """The JSON Schema of one file kind, for editors and independent validators."""
    schema = SCHEMAS[kind].json_schema()
    name = "objectives.yaml" if kind is SchemaKind.OBJECTIVES else "readings/<action-id>.yaml"
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"q2030 {name}",
        **schema,
    }
