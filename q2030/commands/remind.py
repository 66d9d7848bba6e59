"""`q2030 remind`: the reminder e-mails to draft. One per operator named, or with no
operator named one per operator of the plan that owes figures; an operator that owes
nothing gets none, and those without a contact in the plan are named, since their draft
has nobody to go to. q2030.render.remind writes the drafts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from q2030.commands import request
from q2030.data.dataset import Dataset
from q2030.domain.models import Operator


@dataclass(frozen=True)
class Query:
    as_of: date
    operators: Sequence[str] = ()  # none: every operator that owes a figure
    period: int | None = None  # only the figures for this year's periods


@dataclass(frozen=True)
class Result:
    dataset: Dataset
    drafts: list[request.Request]  # one per operator that owes figures, in the plan's order
    without_contacts: list[Operator]  # among them, those whose draft has no addressee


def run(dataset: Dataset, query: Query) -> Result:
    asked = request.Query(query.as_of, query.operators, not query.operators, query.period)
    drafts = [made for made in request.run(dataset, asked).requests if made.figures]
    without = [made.operator for made in drafts if not made.operator.contacts]
    return Result(dataset, drafts, without)
