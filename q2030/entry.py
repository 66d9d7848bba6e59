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


def main() -> None:
    try:
        _run(sys.argv[1:])
    except KeyboardInterrupt:  # Ctrl-C before or after the app's own handling: one line
        sys.stderr.write("q2030: error: interrupted\n")
        sys.exit(130)


def _run(argv: list[str]) -> None:
    for stream in (sys.stdout, sys.stderr):  # a cp1252 console gets '?' for a symbol, no crash
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    if (bad := _not_utf8(argv)) is not None:
        sys.stderr.write(
            f"q2030: error: the argument {bad!r} is not valid UTF-8: retype it, or set the "
            "terminal to UTF-8\n"
        )
        sys.exit(2)
    if argv == ["--version"]:
        from q2030 import __version__

        sys.stdout.write(f"q2030 {__version__}\n")
        return
    from q2030.cli import app

    app()
