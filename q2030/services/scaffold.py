"""The files of a new data repository (`q2030 init`) and the CI workflow both kinds share."""

from __future__ import annotations

import json

from q2030.data.store import OBJECTIVES_SCHEMA, SCHEMA_LINE
from q2030.domain.choices import Forge, SchemaKind
from q2030.domain.models import json_schema
from q2030.escaping import requirement
from q2030.i18n import Language, Named

FRENCH = Language("fr")  # a data repository's language unless init is told otherwise

VALIDATE_WORKFLOW = ".github/workflows/validate-data.yml"
SITE_WORKFLOW = ".github/workflows/publish-site.yml"
GITLAB_PIPELINE = ".gitlab-ci.yml"
SITE_FOLDER = "public"  # what GitLab Pages publishes, and what GitHub's Pages artifact holds


def schema_text(kind: SchemaKind) -> str:
    return json.dumps(json_schema(kind), ensure_ascii=False, indent=2) + "\n"


# A pip requirement: a name with extras and versions, or "name @ URL"; no shell syntax.
def install_line(install: str) -> str:
    """The shell line by which every job of a new repository's CI installs q2030."""
    return f"python -m pip install {requirement(install)}"


def _github_setup(install: str) -> str:
    """The steps every GitHub job of a new repository starts with: the whole history
    (validate --base and the site's "what moved" need it), Python, then q2030."""
    return f"""\
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - name: Install q2030
        run: {install_line(install)}"""


def workflow(install: str) -> str:
    """The pull-request workflow: validate against the target branch, then summarise the diff."""
    return f"""\
# Checks every pull request that edits the data: each problem is shown on its line, and
# readings present on the target branch must not be changed or deleted (append-only).
name: Validate data

on:
  pull_request:
    paths:
      - "data/**"

permissions:
  contents: read

jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
{_github_setup(install)}
      - name: Validate the data (problems are annotated on their lines)
        run: q2030 validate --base "origin/${{{{ github.base_ref }}}}"
      - name: Summarise what the pull request changes
        if: always()
        run: q2030 diff "origin/${{{{ github.base_ref }}}}" >> "$GITHUB_STEP_SUMMARY"
"""


def site_workflow(install: str) -> str:
    """The GitHub Pages workflow: on each push to the default branch (each merge), build the
    site with `q2030 site` and publish it, as GitHub's starter workflow for static content
    does. `on.push.branches` cannot name "the default branch" in a file written before the
    repository exists, so the job asks for it instead."""
    return f"""\
# Publishes the site (q2030 site) with GitHub Pages each time the default branch changes (each
# merge). Once: Settings > Pages > Build and deployment > Source: GitHub Actions. The whole
# history is fetched so that the site says what the data's last change moved.
name: Publish the site

on:
  push:
    branches:
      - "**"
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

# One deployment at a time; a run in progress is not cancelled.
concurrency:
  group: pages
  cancel-in-progress: false

jobs:
  pages:
    if: github.ref == format('refs/heads/{{0}}', github.event.repository.default_branch)
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: ${{{{ steps.deployment.outputs.page_url }}}}
    steps:
{_github_setup(install)}
      - name: Build the site
        run: q2030 site --out {SITE_FOLDER}
      - uses: actions/configure-pages@v5
      - uses: actions/upload-pages-artifact@v3
        with:
          path: {SITE_FOLDER}
      - name: Publish the site
        id: deployment
        uses: actions/deploy-pages@v4
"""


PRE_COMMIT_CONFIG = """\
# pre-commit (https://pre-commit.com): `pre-commit install` checks the data before each commit.
repos:
  - repo: local
    hooks:
      - id: q2030-validate
        name: q2030 validate
        entry: q2030 validate
        language: system
        pass_filenames: false
        files: ^data/
"""


def _objectives(territory: str, article: str | None, lang: Language) -> str:
    said = "" if article is None else f"  territory_article: {json.dumps(article)}\n"
    return f"""\
{SCHEMA_LINE.format(path=OBJECTIVES_SCHEMA)}\
{lang("scaffold.plan_comment")}
plan:
  title: {json.dumps(f"Quartiers 2030 : {territory}", ensure_ascii=False)}
  territory: {json.dumps(territory, ensure_ascii=False)}
{said}  reference_date: 2023-12-31   {lang("scaffold.reference_date")}
  end_year: 2030
  source: {json.dumps(lang("scaffold.source"), ensure_ascii=False)}

operators: []
# - id: DSDEN
#   name: "Direction des services départementaux de l'Éducation nationale"
#   article: "la"               {lang("scaffold.article")}
#   aliases: ["Éducation nationale"]
#   leads: ["Prénom NOM"]
#   contacts:
#     - {{name: "Prénom NOM", email: prenom.nom@ac-lille.fr}}

objectives: []
# - id: education
#   title: "Promouvoir l'éducation"
#   actions:
#     - id: cites-educatives
#       title: {json.dumps(lang("scaffold.title"), ensure_ascii=False)}
#       operator: DSDEN
#       due: 2030                 {lang("scaffold.due")}
#       due_text: "2030"          {lang("scaffold.due_text")}
#       source_line: 6            {lang("scaffold.source_line")}
#       unit: percent             {lang("scaffold.unit")}
#       baseline: {{value: 10, date: 2023-12-31}}
#       target: {{kind: at_least, value: 100}}
"""


def _settings(lang: Language) -> str:
    return f"""\
{lang("scaffold.settings")}
lang = "{lang.code}"
"""


GITIGNORE = """\
# What an interrupted q2030 write leaves, until 'q2030 recover' (or a command that
# writes) finishes it
data/.q2030-*
data/.*.tmp
data/readings/.*.q2030-new
data/readings/.*.tmp
"""


def _readme(territory: str, article: str | None, forge: Forge, lang: Language) -> str:
    place = Named(territory, article, "territory")
    if forge is Forge.GITLAB:
        pipeline = GITLAB_PIPELINE
        site = lang("scaffold.readme_site_gitlab", pipeline=GITLAB_PIPELINE, out=SITE_FOLDER)
    else:
        pipeline = VALIDATE_WORKFLOW
        site = lang("scaffold.readme_site_github", workflow=SITE_WORKFLOW, out=SITE_FOLDER)
    return (
        f"# Quartiers 2030 : {territory}\n\n"
        + lang("scaffold.readme", territory=place, pipeline=pipeline)
        + "\n"
        + site
    )


def gitlab_pipeline(install: str) -> str:
    """The pipeline for GitLab, which most State forges run: on each merge request,
    validate against the target branch, with GitLab's code-quality report on the changed
    lines and the diff of statuses in the job's log; on the default branch, build the site
    and publish it with GitLab Pages. The Pages job is named `pages` (what every GitLab
    version publishes) rather than marked `pages: true`, a keyword older self-managed
    instances refuse."""
    return f"""\
# Checks every merge request that edits the data: each problem is shown on its line (the
# code-quality report), and readings present on the target branch must not be changed or
# deleted (append-only).
validate-data:
  image: python:3.11
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
      changes:
        - data/**/*
  variables:
    GIT_DEPTH: "0"
  script:
    - {install_line(install)}
    - git fetch origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
    - export BASE="origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
    - q2030 diff "$BASE" || true
    - q2030 validate --base "$BASE" --format gitlab > gl-code-quality-report.json || failed=1
    - q2030 validate --base "$BASE" --format text || true
    - test -z "$failed"
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json

# Publishes the site (q2030 site) with GitLab Pages from the default branch: each merge
# rebuilds it, and a pipeline schedule on that branch keeps its dates current. The whole
# history is fetched so that the site says what the data's last change moved.
pages:
  stage: deploy
  image: python:3.11
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  variables:
    GIT_DEPTH: "0"
  script:
    - {install_line(install)}
    - q2030 site --out {SITE_FOLDER}
  artifacts:
    paths:
      - {SITE_FOLDER}
"""


def data_repository(
    territory: str,
    install: str,
    forge: Forge = Forge.GITHUB,
    lang: Language = FRENCH,
    *,
    article: str | None = None,
) -> dict[str, str]:
    """Every file of a new data repository, by path; the pipeline of the forge named. The
    files people read (README, the plan's comments, the settings) are in `lang`, which the
    settings make the repository's language; the pipelines' comments stay English."""
    pipeline = (
        {GITLAB_PIPELINE: gitlab_pipeline(install)}
        if forge is Forge.GITLAB
        else {VALIDATE_WORKFLOW: workflow(install), SITE_WORKFLOW: site_workflow(install)}
    )
    return {
        "README.md": _readme(territory, article, forge, lang),
        "data/objectives.yaml": _objectives(territory, article, lang),
        "data/readings/.gitkeep": "",
        ".gitignore": GITIGNORE,
        "q2030.toml": _settings(lang),
        "data/schemas/objectives.schema.json": schema_text(SchemaKind.OBJECTIVES),
        "data/schemas/readings.schema.json": schema_text(SchemaKind.READINGS),
        **pipeline,
        ".pre-commit-config.yaml": PRE_COMMIT_CONFIG,
    }
