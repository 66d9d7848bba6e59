"""The console script. `--version` is answered at once, a memoized output is replayed when
nothing it depends on changed, and anything else runs the Typer app (q2030.cli), which
imports what its command needs."""

from __future__ import annotations

import sys


def main() -> None:
    argv = sys.argv[1:]
    if argv == ["--version"]:
        from q2030 import __version__

        sys.stdout.write(f"q2030 {__version__}\n")
        return
    from q2030 import memo

    key = memo.key_for(argv)
    if key is not None and (entry := memo.load(key)) is not None:
        sys.exit(memo.replay(entry))
    from q2030.cli import app

    if key is None:
        app()
    else:
        with memo.recording(key):
            app()
