"""The console script. `--version` is answered at once; an argument that is not UTF-8 is
refused before anything else; the output streams degrade symbols a console cannot show
instead of crashing; anything else runs the Typer app (q2030.cli.app), which imports what
its command needs. The run's language is resolved here, once, from the arguments as typed
(q2030.cli.words.run_language), and handed to the app in its context object."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from q2030.i18n import Language

HELP = {"--help", "-h", "--show-completion", "--install-completion"}


def _not_utf8(argv: list[str]) -> str | None:
    """An argument that is not valid UTF-8 (Python keeps its bytes as lone surrogates)."""
    for argument in argv:
        if any("\udc80" <= character <= "\udcff" for character in argument):
            return argument.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return None


def _language(argv: list[str]) -> Language:
    """The run's language for a line said before (or after) the app runs."""
    from q2030.cli.words import run_language

    return run_language(argv)[0]


def main() -> None:
    argv = sys.argv[1:]
    try:
        _run(argv)
    except KeyboardInterrupt:  # Ctrl-C before or after the app's own handling: one line
        from q2030.i18n import Message

        lang = _language(argv)
        sys.stderr.write(lang("cli.error", message=Message("cli.aborted")) + "\n")
        sys.exit(130)


def _run(argv: list[str]) -> None:
    for stream in (sys.stdout, sys.stderr):  # a cp1252 console gets '?' for a symbol, no crash
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    if (bad := _not_utf8(argv)) is not None:
        from q2030.i18n import Message

        message = Message("entry.not_utf8", argument=repr(bad))
        sys.stderr.write(_language(argv)("cli.error", message=message) + "\n")
        sys.exit(2)
    if argv == ["--version"]:
        from q2030 import __version__

        sys.stdout.write(f"q2030 {__version__}\n")
        return
    if argv and not HELP.intersection(argv):
        from q2030 import interrupts

        with interrupts.deferred():  # see q2030.interrupts
            import q2030.domain.models  # noqa: F401
    from q2030.cli.app import app, resolve_run

    app(obj=resolve_run(argv))
