"""Where the data folder is, and how paths in it are shown. Light on purpose: the console
script uses it before deciding whether anything heavier needs importing."""

from __future__ import annotations

import os
from pathlib import Path

from q2030.errors import Q2030Error

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
        origin = f"--data {explicit}"
    if explicit is not None:
        for candidate in (explicit, explicit / "data"):
            if (candidate / PLAN_FILE).is_file():
                return candidate
        raise Q2030Error(f"{origin}: no {PLAN_FILE} in that folder or in its data/ folder")
    try:
        here = (cwd or Path.cwd()).resolve()
    except OSError as error:
        raise Q2030Error(
            f"the working folder cannot be read ({error.strerror}): it may have been removed; "
            "change folder, or name the data with --data DIR"
        ) from None
    for folder in (here, *here.parents):
        if (folder / "data" / PLAN_FILE).is_file():
            return folder / "data"
    raise Q2030Error(
        f"no data/{PLAN_FILE} here or in any parent folder: "
        f"run from the repository, or name the folder with --data DIR or {DATA_ENV}"
    )


def display_path(path: Path) -> str:
    """A path as problems show it: relative to the working directory when below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)
