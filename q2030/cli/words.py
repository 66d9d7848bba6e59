"""The command line's own words in the run's language: the language chosen before the
arguments are parsed (so that a usage error, a prompt and `--help` speak it too), the help
texts, and the words Typer's Click prints itself ("Usage:", "No such option").

The language is read from the arguments as they were typed (`--lang fr` anywhere before
`--`), then Q2030_LANG, the data repository's q2030.toml (the folder of `--data`, else
the one found from here), the locale, English: the precedence of i18n.detect.

Help texts are written in the code as catalogue keys (`help="help.status.operator"`) and
replaced in the command tree Typer builds for each run. Typer's Click (vendored, without
gettext) writes its own words as English literals: the help's headings are replaced in
the help text, and a usage error is recognised by its English form and said again from
the catalogue (an error not recognised keeps Click's words).
"""

from __future__ import annotations

import copy
import os
import re
from pathlib import Path
from typing import Any

from q2030.data import datadir
from q2030.errors import Q2030Error
from q2030.i18n import (
    CATALOGUE,
    LANG_ENV,
    LANGUAGES,
    Language,
    Message,
    MessageError,
    detect,
    environment_language,
    language_code,
)

# Typer's help texts for its own options, by their English text
_BY_ENGLISH = {english: key for key, (english, _) in CATALOGUE.items() if key.startswith("typer.")}
_HELP_WORDS = [key for key in CATALOGUE if key.startswith("helpword.")]
_BRACED = re.compile(r"\{([^{}\s]+)\}")
# Click's usage errors as Typer words them, and the catalogue's key for each
USAGE_ERRORS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(pattern), key)
    for pattern, key in (
        (
            r"^No such option: (?P<name>\S+) \(Possible options: (?P<hint>.+)\)$",
            "usage.no_option_possible",
        ),
        (r"^No such option: (?P<name>\S+)$", "usage.no_option"),
        (
            r"^Invalid value for (?P<param>.+?): (?:Value error, )?(?P<message>.*)$",
            "usage.invalid_for",
        ),
        (r"^'(?P<value>.*)' is not one of (?P<choices>.+)\.$", "usage.not_one_of"),
        (r"^Missing argument '(?P<name>.+)'\.$", "usage.missing_argument"),
        (r"^Missing option '(?P<name>.+)'\.$", "usage.missing_option"),
        (r"^Got unexpected extra argument\(s\) \((?P<args>.*)\)$", "usage.extra"),
        (
            r"^No such command '(?P<name>.+)'\. Did you mean '(?P<hint>.+)'\?$",
            "usage.no_command_hint",
        ),
        (r"^No such command '(?P<name>.+)'\.$", "usage.no_command"),
        (r"^Option '(?P<name>.+)' requires an argument\.$", "usage.needs_value"),
        (r"^Option '(?P<name>.+)' does not take a value\.$", "usage.no_value"),
        (r"^Missing command\.$", "usage.missing_command"),
    )
]


def _option_value(argv: list[str], name: str) -> str | None:
    """The value typed for `--name` (`--name X` or `--name=X`), the last one winning."""
    found = None
    for index, argument in enumerate(argv):
        if argument == "--":
            break
        if argument == name and index + 1 < len(argv):
            found = argv[index + 1]
        elif argument.startswith(name + "="):
            found = argument[len(name) + 1 :]
    return found


def run_language(argv: list[str]) -> tuple[Language, Q2030Error | None]:
    """The language of a run, from its arguments as typed; and the error a malformed
    q2030.toml raised, for the commands that read the data to report (None if none)."""
    from q2030.data.settings import SettingsError, configured_language

    option = _option_value(argv, "--lang")
    option = option if option in LANGUAGES else None
    configured, problem = None, None
    if option is None and language_code(os.environ.get(LANG_ENV, "")) is None:
        data = _option_value(argv, "--data")
        try:
            root = datadir.find_data_dir(Path(data) if data else None)
            configured = configured_language(root)
        except SettingsError as error:
            problem = error
        except Q2030Error:  # no data folder: the command says so if it needs one
            pass
    return Language(detect(option, configured)), problem


def environment_problem(argv: list[str]) -> Message | None:
    """Why $Q2030_LANG cannot choose this run's language (it names one the tool does not
    speak), when no --lang was typed to choose it; None when all is well."""
    if _option_value(argv, "--lang") in LANGUAGES:
        return None
    try:
        environment_language()
    except MessageError as error:
        return error.message
    return None


def share_option(group: Any, name: str) -> None:
    """Give every command of `group` the group's option `name` (--lang): declared once, on
    the app, it may be typed after a command's name too. The copy passes no value to the
    command (the run's language was chosen from the arguments as typed)."""
    option = next(param for param in group.params if name in getattr(param, "opts", ()))
    for command in getattr(group, "commands", {}).values():
        if not any(name in getattr(param, "opts", ()) for param in command.params):
            shared = copy.copy(option)
            shared.expose_value = False
            command.params.append(shared)


def _said(text: str | None, language: Language) -> str | None:
    """A help text in `language`: a catalogue key, or one of Typer's English texts."""
    if text is None:
        return None
    key = text if text in CATALOGUE else _BY_ENGLISH.get(text)
    return language(key) if key is not None else text


def translate_help(command: Any, language: Language) -> None:
    """Every help text of `command` (a Click command or group) and of its subcommands,
    said in `language`."""
    command.help = _said(command.help, language)
    command.short_help = _said(command.short_help, language)
    for parameter in command.params:
        if hasattr(parameter, "help"):
            parameter.help = _said(parameter.help, language)
        if f"metavar.{parameter.metavar}" in CATALOGUE:
            parameter.metavar = language(f"metavar.{parameter.metavar}")
    for subcommand in getattr(command, "commands", {}).values():
        translate_help(subcommand, language)


def help_page(text: str, language: Language) -> str:
    """A help page as Click wrote it, its headings and Click's own words in `language`,
    and its usage line naming arguments plainly (Typer writes a required one {ACTION})."""
    usage, _, rest = text.partition("\n")
    text = _BRACED.sub(r"\1", usage) + "\n" + rest
    if language.code == "en":
        return text
    for key in _HELP_WORDS:
        text = text.replace(CATALOGUE[key][0], language(key))
    return text


def usage_error(text: str, language: Language) -> str:
    """A usage error as Click words it, in `language` (Typer's "Value error, " dropped)."""
    for pattern, key in USAGE_ERRORS:
        if found := pattern.match(text):
            values = found.groupdict()
            if "message" in values:
                values["message"] = usage_error(values["message"], language)
            return language(key, **values)
    return text
