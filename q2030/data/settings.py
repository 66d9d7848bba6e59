"""The data repository's settings: `q2030.toml`, beside the data folder (in the
repository's root) or inside it. Today one key, `lang = "fr"` or `"en"`, which `q2030
init` writes. A missing file is no setting; a malformed one is a located error."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from q2030.data.datadir import display_path
from q2030.errors import Q2030Error
from q2030.i18n import LANGUAGES

SETTINGS_FILE = "q2030.toml"
_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


class SettingsError(Q2030Error):
    """q2030.toml cannot be read or says something it may not."""


def settings_path(data_root: Path) -> Path | None:
    """The settings file of a data folder: in the repository's root, else in the folder."""
    for folder in (data_root.parent, data_root):
        if (folder / SETTINGS_FILE).is_file():
            return folder / SETTINGS_FILE
    return None


def configured_language(data_root: Path) -> str | None:
    """The `lang` a data repository asks for, or None; Q2030Error, located, when the file
    cannot be read or says something else."""
    path = settings_path(data_root)
    if path is None:
        return None
    where = display_path(path)
    try:
        content = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        found = _AT.search(str(error))
        line, column = (found[1], found[2]) if found else ("1", "1")
        message = _AT.sub("", str(error)).strip()
        place = f"{where}:{line}:{column}"
        raise SettingsError("settings.toml", place=place, detail=message) from None
    except RecursionError:  # arrays or tables nested hundreds deep
        raise SettingsError("settings.nested", place=f"{where}:1:1") from None
    except (OSError, UnicodeDecodeError) as error:
        raise SettingsError("settings.unreadable", path=where, detail=str(error)) from None
    unknown = sorted(set(content) - {"lang"})
    if unknown:
        raise SettingsError("settings.unknown", path=where, name=unknown[0])
    lang = content.get("lang")
    if lang is not None and lang not in LANGUAGES:
        raise SettingsError("settings.lang", path=where, value=repr(lang))
    return lang if isinstance(lang, str) else None
