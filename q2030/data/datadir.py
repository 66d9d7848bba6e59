"""Where the data folder is, and how paths in it are shown. Light on purpose: the console
script uses it before deciding whether anything heavier needs importing."""

from __future__ import annotations

import os
import re
from pathlib import Path

from q2030.errors import Q2030Error, os_reason

DATA_ENV = "Q2030_DATA"
PLAN_FILE = "objectives.yaml"
READINGS_DIR = "readings"
READINGS_SUFFIX = ".yaml"


def find_data_dir(explicit: Path | None = None, cwd: Path | None = None) -> Path:
    """The data folder to use; raises Q2030Error saying how to name one when none is found."""
    if explicit is None and os.environ.get(DATA_ENV):
        explicit = Path(os.environ[DATA_ENV])
        origin = f"{DATA_ENV}={explicit}"
    else:
        origin = f"--data {explicit}"  # words a user typed, quoted as typed
    if explicit is not None:
        try:  # absolute once, here: a relative path would name another place after a chdir
            explicit = Path(os.path.abspath(explicit))
        except OSError as error:
            raise Q2030Error("datadir.cwd", reason=os_reason(error)) from None
        for candidate in (explicit, explicit / "data"):
            if (candidate / PLAN_FILE).is_file():
                return candidate
        raise Q2030Error("datadir.none_there", origin=origin, plan=PLAN_FILE)
    try:
        here = (cwd or Path.cwd()).resolve()
    except OSError as error:
        raise Q2030Error("datadir.cwd", reason=os_reason(error)) from None
    for folder in (here, *here.parents):
        if (folder / "data" / PLAN_FILE).is_file():
            return folder / "data"
    raise Q2030Error("datadir.not_found", plan=PLAN_FILE, variable=DATA_ENV)


_TOP_KEY = re.compile(r"^([a-z_]+):")
_LIST_KEY = re.compile(r"^    ([a-z_]+):")
_OPERATOR_ID = re.compile(r"^  - id: *['\"]?([A-Za-z0-9-]+)")
_ACTION_ID = re.compile(r"^      - id: *['\"]?([a-z0-9-]+)")


def plan_ids(explicit: Path | None = None) -> dict[str, list[str]]:
    """The operator and action ids of the plan, read line by line without YAML or models,
    for shell completion, which must answer at once; empty when no plan is found or
    readable (completion then offers nothing, and the command says what is wrong)."""
    found: dict[str, list[str]] = {"operators": [], "actions": []}
    try:
        text = (find_data_dir(explicit) / PLAN_FILE).read_text(encoding="utf-8")
    except (Q2030Error, OSError, UnicodeDecodeError):
        return found
    top = inner = ""
    for line in text.splitlines():
        if match := _TOP_KEY.match(line):
            top = match[1]
        elif match := _LIST_KEY.match(line):
            inner = match[1]
        elif top == "operators" and (match := _OPERATOR_ID.match(line)):
            found["operators"].append(match[1])
        elif top == "objectives" and inner == "actions" and (match := _ACTION_ID.match(line)):
            found["actions"].append(match[1])
    return found


def display_path(path: Path) -> str:
    """A path as problems show it: relative to the working directory when below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


def display_paths(folder: Path, names: list[str]) -> list[str]:
    """`display_path` of each file of `folder` named, none of them a link (resolving the
    folder once: a national data folder holds thousands of files)."""
    try:
        below = folder.resolve().relative_to(Path.cwd().resolve())
    except (ValueError, OSError):
        return [str(folder / name) for name in names]
    return [str(below / name) for name in names]
