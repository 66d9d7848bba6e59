"""Writing files so that nothing is lost or half-written, and nothing is written where it
should not be: a lock on the data folder, temporary files fsynced then moved into place,
a journal that makes a change to several files one transaction, and refusals for paths
that lead outside the data folder or onto something that is not a plain file.

Every OSError becomes a Q2030Error with one line that names the path: a full disk, a
read-only folder or a vanished one is the machine's fault, never a traceback.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import signal
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from q2030.datadir import READINGS_DIR, display_path
from q2030.errors import Q2030Error, os_reason
from q2030.i18n import Message

LOCK_TIMEOUT_SECONDS = 5.0
LOCK_POLL_SECONDS = 0.05
JOURNAL = ".q2030-journal.json"  # in the data folder, while a change to several files runs
STAGED_SUFFIX = ".q2030-new"  # a file's new content, written aside before the journal
TEMPORARY_SUFFIX = ".tmp"


def refuse_links(root: Path, path: Path) -> None:
    """Refuse `path` unless every folder from `root` down to it is a plain folder (not a
    symbolic link) and `path`, where it exists, is a plain file."""
    display = display_path(path)
    try:
        relative = path.relative_to(root)
    except ValueError:
        relative = None
    if relative is None or ".." in relative.parts or not relative.parts:
        raise Q2030Error("fs.outside", path=display)
    current = root
    for part in relative.parts[:-1]:
        current = current / part
        try:
            info = os.lstat(current)
        except FileNotFoundError:
            return  # created later, as a plain folder
        except OSError as error:
            raise Q2030Error(
                "fs.failed", path=display_path(current), reason=os_reason(error)
            ) from None
        if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
            raise Q2030Error("fs.not_folder", path=display_path(current))
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as error:
        raise Q2030Error("fs.failed", path=display, reason=os_reason(error)) from None
    if not stat.S_ISREG(info.st_mode):
        raise Q2030Error("fs.not_plain", path=display)


@contextlib.contextmanager
def folder_lock(folder: Path, timeout: float | None = None) -> Iterator[None]:
    """An exclusive lock on the data folder itself, for the time of a write.

    On POSIX it is a `flock` on the folder: nothing is created, nothing is left behind,
    and every user who may read the folder can take it, so nobody is locked out by a lock
    file another user owns. Elsewhere, a lock file inside the folder, removed afterwards.
    """
    timeout = LOCK_TIMEOUT_SECONDS if timeout is None else timeout
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        with _lock_file(folder, timeout):
            yield
        return
    import fcntl

    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as error:
        raise Q2030Error(
            "fs.cannot_lock", path=display_path(folder), reason=os_reason(error)
        ) from None
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise Q2030Error(
                        "fs.busy_waited", path=display_path(folder), seconds=timeout
                    ) from None
                time.sleep(LOCK_POLL_SECONDS)
            except OSError as error:
                raise Q2030Error(
                    "fs.cannot_lock", path=display_path(folder), reason=os_reason(error)
                ) from None
        yield
    finally:
        os.close(descriptor)  # closing the descriptor releases the lock


@contextlib.contextmanager
def _lock_file(folder: Path, timeout: float) -> Iterator[None]:  # pragma: no cover
    from filelock import FileLock, Timeout

    path = folder / ".q2030.lock"
    lock = FileLock(path, timeout=timeout)
    try:
        with lock:
            yield
    except Timeout:
        raise Q2030Error("fs.busy", path=display_path(folder)) from None
    except OSError as error:
        raise Q2030Error(
            "fs.cannot_lock", path=display_path(folder), reason=os_reason(error)
        ) from None
    finally:
        with contextlib.suppress(OSError):
            path.unlink()


def default_mode(base: int) -> int:
    """What the process's umask makes of `base` for a new file or folder."""
    umask = os.umask(0)
    os.umask(umask)
    return base & ~umask


def _fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no folder descriptors)."""
    if not hasattr(os, "O_DIRECTORY"):  # pragma: no cover
        return
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _write_aside(path: Path, data: bytes, suffix: str) -> Path:
    """`data` in a new hidden file beside `path`, fsynced, with `path`'s mode (or the
    umask's); removed again if anything fails."""
    mode = stat.S_IMODE(path.stat().st_mode) if path.is_file() else default_mode(0o666)
    descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=path.parent)
    aside = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(aside, mode)
    except BaseException:
        with contextlib.suppress(OSError):
            aside.unlink()
        raise
    return aside


def atomic_write(path: Path, data: bytes) -> None:
    """Replace (or create) the plain file `path` with `data`, whole or not at all: a
    temporary file beside it, fsynced, moved into place with os.replace."""
    try:
        aside = _write_aside(path, data, TEMPORARY_SUFFIX)
        try:
            os.replace(aside, path)
        except BaseException:
            with contextlib.suppress(OSError):
                aside.unlink()
            raise
        _fsync_folder(path.parent)
    except OSError as error:
        raise Q2030Error(
            "fs.cannot_write", path=display_path(path), reason=os_reason(error)
        ) from None


def output_folder(path: Path | None) -> Path:
    """A folder for outputs a person asked for (request sheets, reminders), made if
    missing; a symbolic link or a file there is refused, so that nothing is written
    through it."""
    assert path is not None
    if path.is_symlink() or (path.exists() and not path.is_dir()):
        raise Q2030Error("fs.out_dir", path=display_path(path))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise Q2030Error("fs.cannot_write", path=str(path), reason=os_reason(error)) from None
    return path


def write_output(
    path: Path, data: bytes, *, shown: str | None = None, folder: bool = False
) -> None:
    """Write a file a person asked for (a report, an export), whole or not at all.

    Only a plain file (or nothing) is ever replaced. A FIFO or a character device (or a
    link to one, such as /dev/stdout) is written through by opening it, never waiting for
    a reader that is not there; any other symbolic link, and a folder, is refused.
    `shown` is the path as the person typed it; `folder` says it ended with a slash,
    which names a folder that must exist, never a file to create.
    """
    shown = str(path) if shown is None else shown
    if folder:
        if path.is_dir():
            raise Q2030Error("fs.out_folder", path=shown, example=_example(shown, path))
        raise Q2030Error("fs.out_no_folder", path=shown)
    try:
        info: os.stat_result | None = os.lstat(path)
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise Q2030Error("fs.cannot_write", path=shown, reason=os_reason(error)) from None
    if info is not None and stat.S_ISLNK(info.st_mode):
        try:
            info = os.stat(path)  # /dev/stdout is a link to the process's stream
        except OSError:
            info = None
        if info is None or not _is_stream(info):
            raise Q2030Error("fs.out_symlink", path=shown)
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise Q2030Error("fs.out_folder", path=shown, example=_example(shown, path))
    if info is not None and _is_stream(info):
        _write_through(path, data, shown)
        return
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise Q2030Error("fs.out_not_plain", path=shown)
    if not path.parent.is_dir():
        raise Q2030Error("fs.out_no_parent", path=str(Path(shown).parent))
    atomic_write(path, data)


def _example(shown: str, path: Path) -> str:
    """A file in the folder `shown` names, to suggest instead of the folder."""
    name = "report.html" if path.suffix == "" else path.name
    return shown.rstrip("/" + os.sep) + os.sep + name


def _write_through(path: Path, data: bytes, shown: str) -> None:
    """Write `data` into a FIFO or a device. The FIFO is opened without waiting: when no
    program reads from it, the open fails at once (ENXIO) and says so, instead of blocking
    for ever; once open, the write waits for the reader as a pipe does."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as error:
        if error.errno == errno.ENXIO:
            raise Q2030Error("fs.out_no_reader", path=shown) from None
        raise Q2030Error("fs.cannot_write", path=shown, reason=os_reason(error)) from None
    try:
        os.set_blocking(descriptor, True)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
    except OSError as error:
        raise Q2030Error("fs.cannot_write", path=shown, reason=os_reason(error)) from None


def _is_stream(info: os.stat_result) -> bool:
    """A FIFO, a character device or a socket: written through, never replaced."""
    return stat.S_ISFIFO(info.st_mode) or stat.S_ISCHR(info.st_mode) or stat.S_ISSOCK(info.st_mode)


# One transaction over several files: stage every new content, commit a journal, apply.


@dataclass(frozen=True)
class Staged:
    target: Path
    aside: Path
    digest: str


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@contextlib.contextmanager
def _interrupts_deferred() -> Iterator[None]:
    """Ctrl-C (SIGINT) and SIGTERM wait until the block is done, then take effect: the
    replacements a journal lists are applied together."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []

    def remember(number: int, _frame: FrameType | None) -> None:
        received.append(number)

    previous = {
        number: signal.signal(number, remember) for number in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        if received:
            signal.raise_signal(received[0])


def apply_all(root: Path, changes: list[tuple[Path, bytes]]) -> None:
    """Write several files inside `root` as one transaction (call under the folder lock).

    Each new content is first written aside and fsynced; then a journal listing the
    replacements is committed (itself written aside and moved into place); then the
    replacements are made and the journal removed. A process killed before the journal
    is committed leaves only staged files, which `recover` removes (nothing happened); one
    killed after leaves the journal, from which `recover` finishes every replacement.
    """
    staged: list[Staged] = []
    journal = root / JOURNAL
    try:
        for target, data in changes:
            target.parent.mkdir(exist_ok=True)
            staged.append(Staged(target, _write_aside(target, data, STAGED_SUFFIX), _digest(data)))
        entries = [
            {
                "target": str(item.target.relative_to(root)),
                "staged": str(item.aside.relative_to(root)),
                "sha256": item.digest,
            }
            for item in staged
        ]
        text = json.dumps({"version": 1, "replacements": entries}, indent=1) + "\n"
        for folder in {item.target.parent for item in staged}:
            _fsync_folder(folder)
        with _interrupts_deferred():
            atomic_write(journal, text.encode())
            _replace_all(root, staged)
    except BaseException as error:
        if not journal.exists():  # not committed: nothing happened, nothing is left
            for item in staged:
                with contextlib.suppress(OSError):
                    item.aside.unlink()
        if isinstance(error, OSError):
            raise Q2030Error("fs.cannot_write_data", reason=os_reason(error)) from None
        raise


def _replace_all(root: Path, staged: list[Staged]) -> None:
    for item in staged:
        os.replace(item.aside, item.target)
    for folder in {item.target.parent for item in staged}:
        _fsync_folder(folder)
    (root / JOURNAL).unlink()
    _fsync_folder(root)


def leftovers(root: Path) -> list[Path]:
    """What an interrupted write left in a data folder, apart from its journal: staged
    contents, a journal never committed, temporary files of a writer killed mid-write."""
    readings = root / READINGS_DIR
    found = list(root.glob(f".*{STAGED_SUFFIX}")) + list(
        root.glob(f".{JOURNAL}.*{TEMPORARY_SUFFIX}")
    )
    if readings.is_dir() and not readings.is_symlink():
        found += readings.glob(f".*{STAGED_SUFFIX}")
        found += readings.glob(f".*{TEMPORARY_SUFFIX}")
    return found


def needs_recovery(root: Path) -> bool:
    return (root / JOURNAL).exists() or bool(leftovers(root))


def recover(root: Path) -> Message | None:
    """Finish a transaction whose journal is committed, or remove the staged files of one
    that never committed; return what was done, in words, or None when nothing was left.
    Call under the folder lock."""
    journal = root / JOURNAL
    left = leftovers(root)
    if not journal.exists():
        for path in left:
            path.unlink()
        if left:
            return Message("recover.undid", count=len(left))
        return None
    staged = _read_journal(root, journal)
    try:
        pending = [item for item in staged if item.aside.exists()]
        for item in pending:
            if _digest(item.aside.read_bytes()) != item.digest:
                raise Q2030Error(
                    "fs.staged_mismatch", path=display_path(item.aside), journal=JOURNAL
                )
        _replace_all(root, pending)
        for path in left:
            if path.exists():
                path.unlink()
    except OSError as error:
        raise Q2030Error(
            "fs.cannot_finish", path=display_path(root), reason=os_reason(error)
        ) from None
    return Message("recover.finished", count=len(staged))


def _read_journal(root: Path, journal: Path) -> list[Staged]:
    try:
        content: Any = json.loads(journal.read_text(encoding="utf-8"))
        entries = content["replacements"]
        staged = [
            Staged(root / entry["target"], root / entry["staged"], str(entry["sha256"]))
            for entry in entries
        ]
    except (OSError, ValueError, KeyError, TypeError):
        raise Q2030Error("fs.bad_journal", path=display_path(journal)) from None
    for item in staged:
        for path in (item.target, item.aside):
            refuse_links(root, path)
    return staged
