"""The console script. `--version` is answered at once; an argument that is not UTF-8 is
refused before anything else; the output streams degrade symbols a console cannot show
instead of crashing; anything else runs the Typer app (q2030.cli), which imports what
its command needs."""

from __future__ import annotations

import sys


def _not_utf8(argv: list[str]) -> str | None:
    """An argument that is not valid UTF-8 (Python keeps its bytes as lone surrogates)."""
    for argument in argv:
        if any("\udc80" <= character <= "\udcff" for character in argument):
            return argument.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return None


def _typed_language(argv: list[str]) -> str | None:
    """The language typed with --lang, if any (before anything is parsed)."""
    for index, argument in enumerate(argv):
        if argument == "--lang" and index + 1 < len(argv) and argv[index + 1] in ("en", "fr"):
            return argv[index + 1]
        if argument in ("--lang=en", "--lang=fr"):
            return argument[-2:]
    return None


def main() -> None:
    try:
        _run(sys.argv[1:])
    except KeyboardInterrupt:  # Ctrl-C before or after the app's own handling: one line
        from q2030.i18n import Language, Message, detect

        lang = Language(detect(_typed_language(sys.argv[1:])))
        sys.stderr.write(lang("cli.error", message=Message("cli.aborted")) + "\n")
        sys.exit(130)


def _run(argv: list[str]) -> None:
    for stream in (sys.stdout, sys.stderr):  # a cp1252 console gets '?' for a symbol, no crash
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    if (bad := _not_utf8(argv)) is not None:
        from q2030.i18n import Language, Message, detect

        lang = Language(detect(_typed_language(argv)))
        message = Message("entry.not_utf8", argument=repr(bad))
        sys.stderr.write(lang("cli.error", message=message) + "\n")
        sys.exit(2)
    if argv == ["--version"]:
        from q2030 import __version__

        sys.stdout.write(f"q2030 {__version__}\n")
        return
    if argv and not HELP.intersection(argv):
        from q2030 import interrupts

        with interrupts.deferred():  # see q2030.interrupts
            import q2030.models  # noqa: F401
    from q2030.cli import app

    app()


HELP = {"--help", "-h", "--show-completion", "--install-completion"}
