"""`q2030 init DIR`: a new data repository for another territory: an empty plan with
comments, the readings folder, the schemas, the CI files, the settings and a README, all
written at once or not at all."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from q2030.data import fsio
from q2030.domain.choices import Forge
from q2030.services.scaffold import data_repository


@dataclass(frozen=True)
class Query:
    folder: Path
    territory: str | None = None  # the folder's name by default
    install: str = "q2030"  # how the repository's CI installs the tool (a pip requirement)
    article: str | None = None  # how the territory is named in a sentence: le, la, l'...
    ci: Forge = Forge.GITHUB


def run(query: Query) -> Path:
    """Create the repository; return its plan's path."""
    name = query.territory or query.folder.resolve().name
    files = data_repository(name, query.install, query.ci, article=query.article)
    fsio.create_tree(query.folder, files)
    return query.folder / "data" / "objectives.yaml"
