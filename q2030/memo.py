"""Memoized outputs: a command that only reads is answered from the user's cache when
nothing it depends on has changed since it last ran.

What it depends on makes the key: the tool (its version and the bytes of its source), the
Python and its installed packages, the command line, the working directory, the
environment variables and terminal that shape the output, today's date, and the bytes of
every data file (objectives.yaml and each entry of readings/). Change one byte anywhere
and the key changes: the cache is never trusted after a change. It lives outside the data
folder (Q2030_CACHE_DIR, else the platform's cache folder); `--no-cache` or Q2030_NO_CACHE=1
turn it off.

This module is light on purpose (os.path, not pathlib; marshal, not json): answering from
the cache must cost little more than starting Python. What only a computed run needs is
imported inside the functions that need it.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import site
import sys
import time
from typing import TYPE_CHECKING

from q2030 import __version__

if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any, TextIO

CACHE_ENV = "Q2030_CACHE_DIR"
OFF_ENV = "Q2030_NO_CACHE"
NO_CACHE_OPTION = "--no-cache"
MAX_ENTRIES = 500
PURE_COMMANDS = {"status", "show", "validate", "schema"}  # read, print, change nothing
DATA_COMMANDS = {"status", "show", "validate"}
OUTPUT_ENV = (  # what Rich, Click and the tool read to shape an output
    "COLUMNS", "LINES", "TERM", "COLORTERM", "NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE",
    "TTY_INTERACTIVE", "CLICOLOR", "CLICOLOR_FORCE", "GITHUB_ACTIONS", "JUPYTER_COLUMNS",
    "JUPYTER_LINES", "LANG", "LC_ALL", "LC_MESSAGES", "Q2030_DATA", "Q2030_FAST_READER",
    "WT_SESSION", "TERM_PROGRAM", "COLORFGBG", "ANSICON", "ConEmuANSI", "PYTHONIOENCODING",
    "PYTHONUTF8",
)  # fmt: skip


def cache_dir() -> str:
    if os.environ.get(CACHE_ENV):
        return os.environ[CACHE_ENV]
    home = os.path.expanduser("~")
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.join(home, "AppData", "Local")
        return os.path.join(base, "q2030", "Cache")
    if sys.platform == "darwin":
        return os.path.join(home, "Library", "Caches", "q2030")
    return os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.join(home, ".cache"), "q2030")


def _command(argv: list[str]) -> tuple[str, str | None] | None:
    """The command and the --data folder, read from the command line as the app will read
    them; None when the line is not one this module dares to key (the app then runs)."""
    data: str | None = None
    index = 0
    while index < len(argv):
        word = argv[index]
        if word == "--data" and index + 1 < len(argv):
            data, index = argv[index + 1], index + 2
            continue
        if word.startswith("--data="):
            data = word.removeprefix("--data=")
        elif word in ("--help", "-h"):
            return "--help", data
        elif word.startswith("-") or word not in PURE_COMMANDS:
            return None  # --no-cache, another option, or a command that writes
        else:
            rest = argv[index + 1 :]
            if NO_CACHE_OPTION in rest:
                return None
            if word == "validate" and any(part.startswith("--base") for part in rest):
                return None  # depends on git's state
            return word, data
        index += 1
    return None if argv else ("--help", data)  # no argument: the app prints its help


def _tool_fingerprint(digest: Any) -> None:
    digest.update(f"{__version__} {sys.version} {sys.executable}".encode())
    package = os.path.dirname(os.path.abspath(__file__))
    for folder, subfolders, files in os.walk(package):
        subfolders.sort()
        for name in sorted(files):
            if name.endswith(".py"):
                path = os.path.join(folder, name)
                digest.update(path.encode())
                with open(path, "rb") as source:
                    digest.update(source.read())
    for folder in [*site.getsitepackages(), site.getusersitepackages()]:
        try:  # installing, upgrading or removing a package changes its folder's time
            digest.update(f"{folder}:{os.stat(folder).st_mtime_ns}".encode())
        except OSError:
            digest.update(f"{folder}:absent".encode())


def _data_fingerprint(data: str | None, digest: Any) -> bool:
    """Add the bytes of every data file to the key; False when the folder is not found."""
    from pathlib import Path

    from q2030.datadir import PLAN_FILE, READINGS_DIR, find_data_dir
    from q2030.errors import Q2030Error

    try:
        root = find_data_dir(Path(data) if data is not None else None)
        if (root / ".q2030-journal.json").exists():
            return False  # an interrupted write: the app finishes it first
        digest.update(str(root.resolve()).encode())
        for path in [root / PLAN_FILE, root / READINGS_DIR]:
            entries = sorted(path.iterdir()) if path.is_dir() and not path.is_symlink() else [path]
            for entry in entries:
                digest.update(f"\0{entry.name}:{entry.is_symlink()}:{entry.is_file()}\0".encode())
                if entry.is_symlink():
                    digest.update(os.readlink(entry).encode())
                elif entry.is_file():
                    digest.update(hashlib.sha256(entry.read_bytes()).digest())
    except (Q2030Error, OSError):
        return False  # the app explains what is wrong
    return True


def _terminal(stream: TextIO | None) -> str:
    try:
        if stream is not None and stream.isatty():
            size = os.get_terminal_size(stream.fileno())
            return f"tty {size.columns}x{size.lines}"
    except (OSError, ValueError, AttributeError):
        pass
    return "not a tty"


def can_record() -> bool:
    return hasattr(sys.stdout, "buffer") and hasattr(sys.stderr, "buffer")


def key_for(argv: list[str]) -> str | None:
    """The key of this run's output, or None when it must not be memoized."""
    if os.environ.get(OFF_ENV) == "1" or not can_record():
        return None
    found = _command(argv)
    if found is None:
        return None
    command, data = found
    try:
        os.getcwd()
    except OSError:
        return None  # the working folder is gone: the app says so
    digest = hashlib.sha256()
    _tool_fingerprint(digest)
    environment = sorted((name, os.environ.get(name)) for name in OUTPUT_ENV)
    context = (
        argv,
        os.getcwd(),
        environment,
        time.strftime("%Y-%m-%d"),
        _terminal(sys.stdout),
        _terminal(sys.stderr),
        _terminal(sys.stdin),
    )
    digest.update(repr(context).encode())
    if command in DATA_COMMANDS and not _data_fingerprint(data, digest):
        return None
    return digest.hexdigest()


def _path(key: str) -> str:
    return os.path.join(cache_dir(), "outputs", f"{key}.marshal")


def load(key: str) -> dict[str, Any] | None:
    try:
        with open(_path(key), "rb") as file:
            entry = marshal.load(file)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(entry, dict) or {"stdout", "stderr", "code"} - set(entry):
        return None
    return entry


def replay(entry: dict[str, Any]) -> int:
    """Write a memoized output as it was first written; return its exit code."""
    for stream, name in ((sys.stdout, "stdout"), (sys.stderr, "stderr")):
        stream.flush()
        stream.buffer.write(entry[name])
        stream.flush()
    return int(entry["code"])


def store(key: str, stdout: bytes, stderr: bytes, code: int) -> None:
    """Keep an output; a cache that cannot be written is not an error of the command."""
    import tempfile

    folder = os.path.dirname(_path(key))
    try:
        os.makedirs(folder, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(handle, "wb") as file:
            marshal.dump({"stdout": stdout, "stderr": stderr, "code": code}, file)
        os.replace(temporary, _path(key))
        entries = sorted(
            (entry.stat().st_mtime, entry.path)
            for entry in os.scandir(folder)
            if entry.name.endswith(".marshal")
        )
        for _, old in entries[: max(0, len(entries) - MAX_ENTRIES)]:
            os.unlink(old)
    except OSError:
        pass


def recording(key: str) -> Any:
    """A context in which the output is copied, and kept when the block ends in an exit code."""
    import io
    from contextlib import contextmanager

    class CopyingBuffer(io.BufferedIOBase):
        """Writes through to the real stream and keeps a copy; answers isatty() and fileno()
        as the real one does, so that what is printed does not change."""

        def __init__(self, target: Any) -> None:
            super().__init__()
            self._target = target
            self.copy = bytearray()

        def writable(self) -> bool:
            return True

        def write(self, data: Any) -> int:
            self.copy += data
            return self._target.write(data)

        def flush(self) -> None:
            self._target.flush()

        def isatty(self) -> bool:
            return self._target.isatty()

        def fileno(self) -> int:
            return self._target.fileno()

    def copying(stream: TextIO) -> tuple[io.TextIOWrapper, CopyingBuffer]:
        buffer = CopyingBuffer(stream.buffer)
        wrapper = io.TextIOWrapper(
            buffer,
            encoding=stream.encoding,
            errors=stream.errors,
            line_buffering=stream.line_buffering,
            write_through=True,
        )
        return wrapper, buffer

    @contextmanager
    def context() -> Iterator[None]:
        real_out, real_err = sys.stdout, sys.stderr
        real_out.flush()
        real_err.flush()
        (sys.stdout, out), (sys.stderr, err) = copying(real_out), copying(real_err)
        code: int | None = None
        try:
            yield
            code = 0
        except SystemExit as end:
            code = end.code if isinstance(end.code, int) else (0 if end.code is None else 1)
            raise
        finally:
            for wrapper in (sys.stdout, sys.stderr):
                wrapper.flush()
                wrapper.detach()  # leave the real streams open
            sys.stdout, sys.stderr = real_out, real_err
            if code is not None:
                store(key, bytes(out.copy), bytes(err.copy), code)

    return context()
