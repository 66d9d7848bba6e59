"""Memoized outputs: a command that only reads is answered from the user's cache when
nothing it depends on has changed since it last ran.

What it depends on makes the key: the tool (its version and the bytes of its source), the
Python and its installed packages, the command line, the working directory, the
environment variables and terminal that shape the output, today's date, and the bytes of
every data file (objectives.yaml and each entry of readings/). Change one byte anywhere
and the key changes: the cache is never trusted after a change. It lives outside the data
folder (Q2030_CACHE_DIR, else the platform's cache folder); `--no-cache` or Q2030_NO_CACHE=1
turn it off. This module is light on purpose: a cached answer imports nothing heavier.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import site
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from q2030 import __version__
from q2030.datadir import PLAN_FILE, READINGS_DIR, find_data_dir
from q2030.errors import Q2030Error

CACHE_ENV = "Q2030_CACHE_DIR"
OFF_ENV = "Q2030_NO_CACHE"
NO_CACHE_OPTION = "--no-cache"
MAX_ENTRIES = 500
PURE_COMMANDS = {"status", "show", "validate", "schema"}  # read, print, change nothing
DATA_COMMANDS = {"status", "show", "validate"}
OUTPUT_ENV = (  # what Rich, Click and the tool read to shape an output
    "COLUMNS",
    "LINES",
    "TERM",
    "COLORTERM",
    "NO_COLOR",
    "FORCE_COLOR",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
    "CLICOLOR",
    "CLICOLOR_FORCE",
    "GITHUB_ACTIONS",
    "JUPYTER_COLUMNS",
    "JUPYTER_LINES",
    "LANG",
    "LC_ALL",
    "LC_MESSAGES",
    "Q2030_DATA",
    "Q2030_FAST_READER",
)


def cache_dir() -> Path:
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        return base / "q2030" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "q2030"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "q2030"


def _command(argv: list[str]) -> tuple[str | None, Path | None] | None:
    """The command and the --data folder, read from the command line as the app will read
    them; None when the line is not one this module dares to key (the app then runs)."""
    data: Path | None = None
    index = 0
    while index < len(argv):
        word = argv[index]
        if word == NO_CACHE_OPTION:
            return None
        if word == "--data" and index + 1 < len(argv):
            data, index = Path(argv[index + 1]), index + 2
            continue
        if word.startswith("--data="):
            data = Path(word.removeprefix("--data="))
        elif word in ("--help", "-h"):
            return "--help", data
        elif not word.startswith("-"):
            rest = argv[index + 1 :]
            if NO_CACHE_OPTION in rest or word not in PURE_COMMANDS:
                return None
            if word == "validate" and any(part.startswith("--base") for part in rest):
                return None  # depends on git's state
            return word, data
        else:
            return None
        index += 1
    return None if argv else ("--help", data)  # no argument: the app prints its help


def _tool_fingerprint() -> str:
    digest = hashlib.sha256(f"{__version__} {sys.version}".encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    for folder in [*site.getsitepackages(), site.getusersitepackages()]:
        try:  # installing, upgrading or removing a package changes its folder's time
            digest.update(f"{folder}:{os.stat(folder).st_mtime_ns}".encode())
        except OSError:
            digest.update(f"{folder}:absent".encode())
    return digest.hexdigest()


def _data_fingerprint(root: Path, digest: Any) -> None:
    digest.update(str(root.resolve()).encode())
    for path in [root / PLAN_FILE, root / READINGS_DIR]:
        entries = sorted(path.iterdir()) if path.is_dir() and not path.is_symlink() else [path]
        for entry in entries:
            digest.update(f"\0{entry.name}:{entry.is_symlink()}:{entry.is_file()}\0".encode())
            if entry.is_symlink():
                digest.update(os.readlink(entry).encode())
            elif entry.is_file():
                digest.update(hashlib.sha256(entry.read_bytes()).digest())


def _terminal(stream: TextIO) -> str:
    try:
        if stream.isatty():
            size = os.get_terminal_size(stream.fileno())
            return f"tty {size.columns}x{size.lines}"
    except (OSError, ValueError, AttributeError):
        pass
    return "not a tty"


def key_for(argv: list[str]) -> str | None:
    """The key of this run's output, or None when it must not be memoized."""
    if os.environ.get(OFF_ENV) == "1" or not can_record():
        return None
    found = _command(argv)
    if found is None:
        return None
    command, data = found
    digest = hashlib.sha256(_tool_fingerprint().encode())
    environment = {name: os.environ.get(name) for name in OUTPUT_ENV}
    context = [
        argv,
        os.getcwd(),
        environment,
        date.today().isoformat(),
        _terminal(sys.stdout),
        _terminal(sys.stderr),
        sys.stdin.isatty() if sys.stdin else None,
    ]
    digest.update(json.dumps(context).encode())
    if command in DATA_COMMANDS:
        try:
            _data_fingerprint(find_data_dir(data), digest)
        except (Q2030Error, OSError):
            return None  # the app explains what is wrong
    return digest.hexdigest()


def _path(key: str) -> Path:
    return cache_dir() / "outputs" / f"{key}.json"


def load(key: str) -> dict[str, Any] | None:
    try:
        entry = json.loads(_path(key).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(entry, dict) or {"stdout", "stderr", "code"} - set(entry):
        return None
    return entry


def store(key: str, stdout: bytes, stderr: bytes, code: int) -> None:
    """Keep an output; a cache that cannot be written is not an error of the command."""
    import tempfile

    folder = _path(key).parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(
                {
                    "stdout": base64.b64encode(stdout).decode(),
                    "stderr": base64.b64encode(stderr).decode(),
                    "code": code,
                },
                file,
            )
        os.replace(temporary, _path(key))
        entries = sorted(folder.glob("*.json"), key=lambda path: path.stat().st_mtime)
        for old in entries[: max(0, len(entries) - MAX_ENTRIES)]:
            old.unlink(missing_ok=True)
    except OSError:
        pass


class _CopyingBuffer(io.BufferedIOBase):
    """A binary stream that writes through to the real one and keeps a copy; it answers
    isatty() and fileno() as the real one does, so that what is printed does not change."""

    def __init__(self, target: BinaryIO) -> None:
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


def _copying(stream: TextIO) -> tuple[io.TextIOWrapper, _CopyingBuffer]:
    buffer = _CopyingBuffer(stream.buffer)
    wrapper = io.TextIOWrapper(
        buffer,
        encoding=stream.encoding,
        errors=stream.errors,
        line_buffering=stream.line_buffering,
        write_through=True,
    )
    return wrapper, buffer


def can_record() -> bool:
    return hasattr(sys.stdout, "buffer") and hasattr(sys.stderr, "buffer")


@contextmanager
def recording(key: str) -> Iterator[None]:
    """Run the block with its output copied; keep the copy when it ends in an exit code."""
    real_out, real_err = sys.stdout, sys.stderr
    real_out.flush()
    real_err.flush()
    (sys.stdout, out), (sys.stderr, err) = _copying(real_out), _copying(real_err)
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


def replay(entry: dict[str, Any]) -> int:
    """Write a memoized output as it was first written; return its exit code."""
    for stream, name in ((sys.stdout, "stdout"), (sys.stderr, "stderr")):
        stream.flush()
        stream.buffer.write(base64.b64decode(entry[name]))
        stream.flush()
    return int(entry["code"])
