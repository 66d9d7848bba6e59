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
import secrets
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from q2030 import interrupts
from q2030.data.datadir import READINGS_DIR, display_path
from q2030.errors import Q2030Error, os_reason
from q2030.i18n import Message

LOCK_TIMEOUT_SECONDS = 5.0
LOCK_POLL_SECONDS = 0.05
JOURNAL = ".q2030-journal.json"  # in the data folder, while a change to several files runs
STAGED_SUFFIX = ".q2030-new"  # a file's new content, written aside before the journal
TEMPORARY_SUFFIX = ".tmp"
OLD_TREE_SUFFIX = ".q2030-old"  # a replaced tree, removed once the new one is in place
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


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


LOCK_FILE = ".q2030.lock"  # in the data folder, while a write runs; removed after


def _writers_mode(folder_mode: int) -> int:
    """The mode of a lock file in a folder of mode `folder_mode`: read and write for those
    who may write the folder (its owner; its group, others, where the folder lets them
    write), nothing for anyone else. A user who may only read the folder cannot open the
    lock file at all, so cannot hold it and lock the writers out."""
    mode = stat.S_IRUSR | stat.S_IWUSR
    if folder_mode & stat.S_IWGRP:
        mode |= stat.S_IRGRP | stat.S_IWGRP
    if folder_mode & stat.S_IWOTH:
        mode |= stat.S_IROTH | stat.S_IWOTH
    return mode


@contextlib.contextmanager
def folder_lock(
    folder: Path,
    timeout: float | None = None,
    *,
    lock_name: str = LOCK_FILE,
    busy: Message | None = None,
) -> Iterator[None]:
    """An exclusive lock on the data folder, for the time of a write.

    On POSIX, a `flock` on a lock file inside the folder that only those who may write the
    folder can open (see _writers_mode); it is removed when the write is done. A lock file
    a killed writer left is taken over (its lock died with it) and removed in turn; a lock
    file removed by the writer before us while we waited is opened again, so that two
    writers never hold two lock files. Elsewhere, a lock file through filelock.
    `lock_name` names another lock file in the folder (one per name locked); `busy` is
    what to say when the lock is still held after `timeout` seconds.
    """
    timeout = LOCK_TIMEOUT_SECONDS if timeout is None else timeout
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        with _lock_file(folder, timeout, lock_name, busy):
            yield
        return
    with _DataFolder(folder) as place:
        descriptor = _take_lock(place.descriptor, folder, timeout, lock_name, busy)
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                os.unlink(lock_name, dir_fd=place.descriptor)
            os.close(descriptor)  # closing the descriptor releases the lock


class LockUnavailable(Q2030Error):
    """The lock file cannot be opened: the folder is not ours to write (a read-only user
    or mount)."""

    def __init__(self, shown: str, reason: Message) -> None:
        super().__init__("fs.cannot_lock", path=shown, reason=reason)
        self.reason = reason


def _take_lock(
    folder_descriptor: int, folder: Path, timeout: float, name: str, busy: Message | None
) -> int:
    """The descriptor of the folder's lock file, locked (see folder_lock)."""
    import fcntl

    deadline = time.monotonic() + timeout
    shown = display_path(folder)
    while True:
        try:
            descriptor = _open_lock_file(folder_descriptor, name)
        except OSError as error:
            raise LockUnavailable(shown, os_reason(error)) from None
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(descriptor)
            if time.monotonic() >= deadline:
                if busy is not None:
                    raise Q2030Error(busy) from None
                raise Q2030Error("fs.busy_waited", path=shown, seconds=timeout) from None
            time.sleep(LOCK_POLL_SECONDS)
            continue
        except OSError as error:
            os.close(descriptor)
            raise Q2030Error("fs.cannot_lock", path=shown, reason=os_reason(error)) from None
        if _still_linked(descriptor, folder_descriptor, name):
            return descriptor
        os.close(descriptor)  # removed by the writer before us: take the new one


def _open_lock_file(folder_descriptor: int, name: str) -> int:
    """Open (or create) the lock file, never through a link, with the writers' mode."""
    folder_info = os.fstat(folder_descriptor)
    mode = _writers_mode(folder_info.st_mode)
    flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC
    descriptor = os.open(name, flags, mode, dir_fd=folder_descriptor)
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, os.strerror(errno.EINVAL))
        if info.st_uid == os.geteuid():
            os.fchmod(descriptor, mode)
            with contextlib.suppress(OSError):  # the folder's group, for its other writers
                os.fchown(descriptor, -1, folder_info.st_gid)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor


def _still_linked(descriptor: int, folder_descriptor: int, name: str) -> bool:
    """Whether the lock file we hold is still the one named in the folder."""
    try:
        named = os.stat(name, dir_fd=folder_descriptor, follow_symlinks=False)
    except FileNotFoundError:
        return False
    held = os.fstat(descriptor)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


@contextlib.contextmanager
def _lock_file(
    folder: Path, timeout: float, name: str, busy: Message | None
) -> Iterator[None]:  # pragma: no cover - Windows only
    from filelock import FileLock, Timeout

    path = folder / name
    lock = FileLock(path, timeout=timeout)
    try:
        with lock:
            yield
    except Timeout:
        if busy is not None:
            raise Q2030Error(busy) from None
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


_DIRECTORY_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)


class _DataFolder:
    """A folder held open, and its subfolders opened from it one name at a time without
    following a link (O_NOFOLLOW): every write below goes through these descriptors, so a
    folder swapped for a link after it was checked makes the write fail, never land
    elsewhere. `still_in_place` says whether each name still leads to the folder opened."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.descriptor = -1
        self._opened: dict[tuple[str, ...], int] = {}

    def __enter__(self) -> _DataFolder:
        try:
            self.descriptor = os.open(self.root, _DIRECTORY_FLAGS)
        except OSError as error:
            raise Q2030Error(
                "fs.cannot_lock", path=display_path(self.root), reason=os_reason(error)
            ) from None
        return self

    def __exit__(self, *_: object) -> None:
        for descriptor in self._opened.values():
            os.close(descriptor)
        self._opened.clear()
        if self.descriptor >= 0:
            os.close(self.descriptor)
            self.descriptor = -1

    def parts(self, path: Path) -> tuple[str, ...]:
        """`path`'s names below the folder; Q2030Error when it leads outside it."""
        try:
            relative = path.relative_to(self.root)
        except ValueError:
            relative = None
        if relative is None or not relative.parts or ".." in relative.parts:
            raise Q2030Error("fs.outside", path=display_path(path))
        if any("\0" in part for part in relative.parts):
            raise Q2030Error("fs.outside", path=display_path(path))
        return relative.parts

    def folder_of(self, parts: tuple[str, ...], *, create: bool = False) -> int:
        """The descriptor of the folder holding `parts[-1]`, each folder on the way opened
        without following a link (made first if `create`)."""
        descriptor = self.descriptor
        for depth in range(1, len(parts)):
            key = parts[:depth]
            if key in self._opened:
                descriptor = self._opened[key]
                continue
            name = parts[depth - 1]
            if create:
                with contextlib.suppress(FileExistsError):
                    os.mkdir(name, default_mode(0o777), dir_fd=descriptor)
            try:
                opened = os.open(name, _DIRECTORY_FLAGS | os.O_NOFOLLOW, dir_fd=descriptor)
            except OSError as error:
                if error.errno in (errno.ELOOP, errno.ENOTDIR):
                    shown = display_path(self.root.joinpath(*key))
                    raise Q2030Error("fs.not_folder", path=shown) from None
                raise
            self._opened[key] = descriptor = opened
        return descriptor

    def still_in_place(self) -> Path | None:
        """The first folder opened that its name no longer leads to (swapped, moved,
        replaced by a link), or None when every one is where it was."""
        parent = self.descriptor
        for key, descriptor in sorted(self._opened.items()):
            parent = self._opened.get(key[:-1], self.descriptor)
            try:
                named = os.stat(key[-1], dir_fd=parent, follow_symlinks=False)
            except OSError:
                return self.root.joinpath(*key)
            held = os.fstat(descriptor)
            if (named.st_dev, named.st_ino) != (held.st_dev, held.st_ino):
                return self.root.joinpath(*key)
        return None


def _fsync_descriptor(descriptor: int) -> None:
    """Make a rename in the folder open as `descriptor` durable."""
    os.fsync(descriptor)


def _write_at(folder: int, name: str, data: bytes, suffix: str) -> str:
    """`data` in a new hidden file beside `name` in the folder open as `folder`, fsynced,
    with `name`'s mode (or the umask's); created exclusively, never through a link, and
    removed again if anything fails. Returns the new file's name."""
    try:
        info = os.stat(name, dir_fd=folder, follow_symlinks=False)
        mode = stat.S_IMODE(info.st_mode) if stat.S_ISREG(info.st_mode) else default_mode(0o666)
    except FileNotFoundError:
        mode = default_mode(0o666)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        aside = f".{name}.{secrets.token_hex(4)}{suffix}"
        try:
            descriptor = os.open(aside, flags, 0o600, dir_fd=folder)
            break
        except FileExistsError:
            continue
    else:  # pragma: no cover - a hundred random names taken
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), name)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(descriptor, view) :]
        os.fsync(descriptor)
        os.fchmod(descriptor, mode)
    except BaseException:
        os.close(descriptor)
        with contextlib.suppress(OSError):
            os.unlink(aside, dir_fd=folder)
        raise
    os.close(descriptor)
    return aside


def atomic_write(path: Path, data: bytes) -> None:
    """Replace (or create) the plain file `path` with `data`, whole or not at all: a
    temporary file beside it, fsynced, moved into place with os.replace (both named from
    the folder's descriptor, so that the two stay in one folder)."""
    try:
        folder = os.open(path.parent, _DIRECTORY_FLAGS)
        try:
            _replace_at(folder, path.name, data, TEMPORARY_SUFFIX)
        finally:
            os.close(folder)
    except OSError as error:
        raise Q2030Error(
            "fs.cannot_write", path=display_path(path), reason=os_reason(error)
        ) from None


def _replace_at(folder: int, name: str, data: bytes, suffix: str) -> None:
    aside = _write_at(folder, name, data, suffix)
    try:
        os.replace(aside, name, src_dir_fd=folder, dst_dir_fd=folder)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(aside, dir_fd=folder)
        raise
    _fsync_descriptor(folder)


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
    path: Path,
    data: bytes,
    *,
    shown: str | None = None,
    folder: bool = False,
    example: str = "copil.html",
) -> None:
    """Write a file a person asked for (a report, an export), whole or not at all.

    Only a plain file (or nothing) is ever replaced. A FIFO or a character device (or a
    link to one, such as /dev/stdout) is written through by opening it, never waiting for
    a reader that is not there; any other symbolic link, and a folder, is refused.
    `shown` is the path as the person typed it; `folder` says it ended with a slash,
    which names a folder that must exist, never a file to create; `example` is the file
    name suggested in a folder named instead of a file.
    """
    shown = str(path) if shown is None else shown
    if check_output(path, shown=shown, folder=folder, example=example):
        _write_through(path, data, shown)
        return
    atomic_write(path, data)


def check_output(
    path: Path, *, shown: str | None = None, folder: bool = False, example: str = "copil.html"
) -> bool:
    """Refuse, before any work is done, an output `write_output` would refuse (see it);
    True where the path is a stream to write through rather than a file to replace."""
    shown = str(path) if shown is None else shown
    if folder:
        if path.is_dir():
            raise Q2030Error("fs.out_folder", path=shown, example=_example(shown, example))
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
        raise Q2030Error("fs.out_folder", path=shown, example=_example(shown, example))
    if info is not None and _is_stream(info):
        return True
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise Q2030Error("fs.out_not_plain", path=shown)
    if not path.parent.is_dir():
        raise Q2030Error("fs.out_no_parent", path=str(Path(shown).parent))
    return False


@contextlib.contextmanager
def scratch(files: dict[str, bytes]) -> Iterator[Path]:
    """A new private temporary folder holding `files` (relative path: content), for a
    program the tool runs on them (a browser printing a page) or data it reads back (a
    git revision's files); removed with all it holds afterwards, whatever happens."""
    try:
        folder = tempfile.TemporaryDirectory(prefix="q2030-", ignore_cleanup_errors=True)
    except OSError as error:
        raise Q2030Error(
            "fs.cannot_write", path=tempfile.gettempdir(), reason=os_reason(error)
        ) from None
    with folder as name:
        root = Path(name)
        for relative, data in files.items():
            path = root / relative
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
            except OSError as error:
                raise Q2030Error(
                    "fs.cannot_write", path=str(path), reason=os_reason(error)
                ) from None
        yield root


def private_folder(prefix: str) -> Path:
    """A new private folder in the system's temporary folder, for the caller to remove
    (remove_tree) when done."""
    try:
        return Path(tempfile.mkdtemp(prefix=prefix))
    except OSError as error:
        raise Q2030Error(
            "fs.cannot_write", path=tempfile.gettempdir(), reason=os_reason(error)
        ) from None


def make_folder(path: Path) -> None:
    """The folder `path`, made if missing (its parent must exist); one there that is not a
    plain folder is refused."""
    if path.is_symlink() or (path.exists() and not path.is_dir()):
        raise Q2030Error("fs.out_dir", path=display_path(path))
    try:
        path.mkdir(exist_ok=True)
    except OSError as error:
        raise Q2030Error("fs.cannot_write", path=str(path), reason=os_reason(error)) from None


def remove_tree(path: Path) -> None:
    """Remove a folder the tool made for itself, with all it holds (what cannot be removed
    is left: it is the tool's own leftover, in a temporary place)."""
    shutil.rmtree(path, ignore_errors=True)


def remove_file(path: Path) -> None:
    """Remove a file the tool made for itself (a note, a lock); gone already is fine."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def create_tree(root: Path, files: dict[str, str]) -> None:
    """Create the new folder `root` holding `files` (relative path: text), all or nothing:
    written in a staging folder beside it, each file fsynced, the staging folder moved into
    place with one os.replace and its parent fsynced; an existing non-empty `root`, or
    one that is not a plain folder, is refused. Two at once into one place: the second
    finds the first's folder, and is refused."""
    try:
        if root.is_symlink() or (root.exists() and (not root.is_dir() or any(root.iterdir()))):
            raise Q2030Error("init.exists", path=str(root))
        root.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{root.name}.", dir=root.parent))
    except OSError as error:
        raise Q2030Error("init.cannot", path=str(root), reason=os_reason(error)) from None
    try:
        for relative, text in files.items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "xb") as stream:
                stream.write(text.encode("utf-8"))
                stream.flush()
                os.fsync(stream.fileno())
        for folder in sorted({(staging / r).parent for r in files}, key=lambda p: len(p.parts)):
            _fsync_path(folder)
        os.chmod(staging, default_mode(0o777))
        with contextlib.suppress(FileNotFoundError):
            root.rmdir()  # the empty folder named, to be replaced whole
        os.replace(staging, root)
        _fsync_path(root.parent)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise Q2030Error("init.cannot", path=str(root), reason=os_reason(error)) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _tree_parts(relative: str) -> tuple[str, ...]:
    """A file's path inside a tree to write, as its names; a path that would lead outside
    the tree (absolute, `..`, an empty name, a NUL, a backslash) is a mistake of the code
    that made it, never of the data (ids are slugs)."""
    parts = tuple(relative.split("/"))
    if any(part in ("", ".", "..") or "\0" in part or "\\" in part for part in parts):
        raise ValueError(relative)
    return parts


def _ours(root: Path, marker: str) -> bool:
    """Whether the folder `root` is empty, or holds `marker` as a plain file: a tree this
    tool wrote, which it may replace whole."""
    if not any(root.iterdir()):
        return True
    try:
        return stat.S_ISREG(os.lstat(root / marker).st_mode)
    except FileNotFoundError:
        return False


def _write_tree(staging: Path, files: dict[str, bytes]) -> None:
    """`files` written in the new folder `staging`, each created anew (never through a
    link) and fsynced, then every folder fsynced."""
    folders = {staging}
    for relative, data in sorted(files.items()):
        path = staging.joinpath(*_tree_parts(relative))
        for folder in reversed(path.parents):
            if folder not in folders and staging in folder.parents:
                os.mkdir(folder, default_mode(0o777))
                folders.add(folder)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
        with os.fdopen(os.open(path, flags, 0o666), "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        _fsync_path(folder)
    os.chmod(staging, default_mode(0o777))


def replace_tree(root: Path, files: dict[str, bytes], marker: str) -> None:
    """Write the folder `root` holding `files` (path inside it, with `/`: bytes) and the
    file `marker`, all or nothing, replacing a folder this tool wrote before (one that
    holds `marker`) or an empty one; any other folder, a file or a symbolic link there is
    refused, so that a mistyped `--out .` never empties a person's folder.

    The new tree is written in a staging folder beside `root` (see _write_tree); then the
    two are swapped in one step where the system can (Linux), else the old tree is moved
    aside and the new one into place (the two renames kept from Ctrl-C); the parent is
    fsynced and the old tree removed. A failure before the swap leaves `root` as it was
    and no staging folder behind; what a killed build left beside `root` is removed by
    the next."""
    shown = display_path(root)
    try:
        info: os.stat_result | None = os.lstat(root)
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise Q2030Error("site.cannot_write", path=shown, reason=os_reason(error)) from None
    if info is not None and (stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode)):
        raise Q2030Error("fs.out_dir", path=shown)
    try:
        if info is not None and not _ours(root, marker):
            raise Q2030Error("site.not_ours", path=shown, marker=marker)
        root.parent.mkdir(parents=True, exist_ok=True)
        for leftover in _leftovers(root):
            shutil.rmtree(leftover)
        staging = Path(
            tempfile.mkdtemp(prefix=f".{root.name}.", suffix=STAGED_SUFFIX, dir=root.parent)
        )
    except OSError as error:
        raise Q2030Error("site.cannot_write", path=shown, reason=os_reason(error)) from None
    old: Path | None = None
    placed = False
    try:
        _write_tree(staging, {**files, marker: b"q2030 site\n"})
        with interrupts.deferred():
            if info is None:
                os.rename(staging, root)
            elif _exchange(staging, root):
                old = staging  # the old tree, now in the staging folder's place
            else:
                old = root.parent / f".{root.name}.{secrets.token_hex(4)}{OLD_TREE_SUFFIX}"
                os.rename(root, old)
                try:
                    os.rename(staging, root)
                except OSError:
                    os.rename(old, root)  # the old tree back where it was
                    old = None
                    raise
            placed = True
        _fsync_path(root.parent)
    except OSError as error:
        if not placed:
            shutil.rmtree(staging, ignore_errors=True)
        raise Q2030Error("site.cannot_write", path=shown, reason=os_reason(error)) from None
    except BaseException:
        if not placed:
            shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        if placed and old is not None:
            shutil.rmtree(old, ignore_errors=True)


def _leftovers(root: Path) -> list[Path]:
    """The folders an earlier replacement of `root` left beside it when it was killed
    (SIGKILL, a power cut): its staging folder, or the old tree it was removing."""
    import glob  # only for a site's folder: every command's start-up stays lighter

    pattern = f".{glob.escape(root.name)}.*"
    return [
        path
        for path in root.parent.glob(pattern)
        if path.name.endswith((STAGED_SUFFIX, OLD_TREE_SUFFIX))
        and stat.S_ISDIR(os.lstat(path).st_mode)
    ]


def _exchange(first: Path, second: Path) -> bool:
    """Swap two folders in one step (Linux's renameat2 with RENAME_EXCHANGE), so that a
    kill at any moment leaves one tree or the other in place: True once done; False where
    the system has no such call (the caller then renames twice, Ctrl-C deferred)."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # 2 ms that only a site's build pays, not every command's start-up

    try:
        call = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    call.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    call.restype = ctypes.c_int
    named = (os.fsencode(first), os.fsencode(second))
    if call(_AT_FDCWD, named[0], _AT_FDCWD, named[1], _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):  # an old kernel, a file system
        return False
    raise OSError(code, os.strerror(code), str(second))


def _fsync_path(folder: Path) -> None:
    descriptor = os.open(folder, _DIRECTORY_FLAGS)
    try:
        _fsync_descriptor(descriptor)
    finally:
        os.close(descriptor)


def _example(shown: str, name: str) -> str:
    """A file in the folder `shown` names, to suggest instead of the folder."""
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
    """One replacement of a transaction: the target's names below the data folder, the
    staged file's name beside it, and the digest of the new content."""

    parts: tuple[str, ...]
    aside: str
    digest: str

    @property
    def staged_parts(self) -> tuple[str, ...]:
        return (*self.parts[:-1], self.aside)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def apply_all(root: Path, changes: list[tuple[Path, bytes]]) -> None:
    """Write several files inside `root` as one transaction (call under the folder lock).

    Each new content is first written aside and fsynced; then a journal listing the
    replacements is committed (itself written aside and moved into place); then the
    replacements are made and the journal removed. A process killed before the journal
    is committed leaves only staged files, which `recover` removes (nothing happened); one
    killed after leaves the journal, from which `recover` finishes every replacement.

    Every file is written through folder descriptors opened without following links;
    before the journal is committed, each folder is checked to be still where its name
    says: a folder swapped for a link meanwhile makes the write fail, and nothing is
    written anywhere else.
    """
    with _DataFolder(root) as place:
        staged: list[Staged] = []
        committed = False
        try:
            for target, data in changes:
                parts = place.parts(target)
                folder = place.folder_of(parts, create=True)
                aside = _write_at(folder, parts[-1], data, STAGED_SUFFIX)
                staged.append(Staged(parts, aside, _digest(data)))
            entries = [
                {
                    "target": "/".join(item.parts),
                    "staged": "/".join(item.staged_parts),
                    "sha256": item.digest,
                }
                for item in staged
            ]
            text = json.dumps({"version": 1, "replacements": entries}, indent=1) + "\n"
            for item in staged:
                _fsync_descriptor(place.folder_of(item.parts))
            moved = place.still_in_place()
            if moved is not None:
                raise Q2030Error("fs.moved", path=display_path(moved))
            with interrupts.deferred():
                _replace_at(place.descriptor, JOURNAL, text.encode(), TEMPORARY_SUFFIX)
                committed = True
                _replace_all(place, staged)
        except BaseException as error:
            if not committed:  # not committed: nothing happened, nothing is left
                for item in staged:
                    with contextlib.suppress(OSError):
                        os.unlink(item.aside, dir_fd=place.folder_of(item.parts))
            if isinstance(error, OSError):
                raise Q2030Error("fs.cannot_write_data", reason=os_reason(error)) from None
            raise


def _replace_all(place: _DataFolder, staged: list[Staged]) -> None:
    for item in staged:
        folder = place.folder_of(item.parts)
        os.replace(item.aside, item.parts[-1], src_dir_fd=folder, dst_dir_fd=folder)
    for item in staged:
        _fsync_descriptor(place.folder_of(item.parts))
    os.unlink(JOURNAL, dir_fd=place.descriptor)
    _fsync_descriptor(place.descriptor)


def _plain_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def leftovers(root: Path) -> list[Path]:
    """What an interrupted write left in a data folder, apart from its journal: staged
    contents, a journal never committed, temporary files of a writer killed mid-write.
    Only plain files count: a folder named like one (a `.x.tmp/` that a pull request
    added) is not a leftover and is never removed."""
    readings = root / READINGS_DIR
    found = list(root.glob(f".*{STAGED_SUFFIX}")) + list(
        root.glob(f".{JOURNAL}.*{TEMPORARY_SUFFIX}")
    )
    if readings.is_dir() and not readings.is_symlink():
        found += readings.glob(f".*{STAGED_SUFFIX}")
        found += readings.glob(f".*{TEMPORARY_SUFFIX}")
    return [path for path in found if _plain_file(path)]


def needs_recovery(root: Path) -> bool:
    return os.path.lexists(root / JOURNAL) or bool(leftovers(root))


def recover(root: Path) -> Message | None:
    """Finish a transaction whose journal is committed, or remove the staged files of one
    that never committed; return what was done, in words, or None when nothing was left.
    Call under the folder lock. A file that cannot be removed or replaced (a read-only
    user or mount) is one line naming it."""
    left = leftovers(root)
    if not os.path.lexists(root / JOURNAL):
        for path in left:
            try:
                path.unlink()
            except OSError as error:
                raise Q2030Error(
                    "fs.cannot_undo", path=display_path(path), reason=os_reason(error)
                ) from None
        if left:
            return Message.counted("recover.undid", len(left))
        return None
    with _DataFolder(root) as place:
        staged = _read_journal(place)
        try:
            pending = []
            for item in staged:
                folder = place.folder_of(item.parts)
                content = _read_at(folder, item.aside)
                if content is None:
                    continue  # already moved into place
                if _digest(content) != item.digest:
                    shown = display_path(root.joinpath(*item.staged_parts))
                    raise Q2030Error("fs.staged_mismatch", path=shown, journal=JOURNAL)
                pending.append(item)
            _replace_all(place, pending)
            for path in left:
                if _plain_file(path):
                    path.unlink()
        except OSError as error:
            raise Q2030Error(
                "fs.cannot_finish", path=display_path(root), reason=os_reason(error)
            ) from None
    return Message.counted("recover.finished", len(staged))


def recover_locked(root: Path) -> Message | None:
    """`recover` under the folder's lock, when an interrupted write left anything. One who
    may not write the folder (a read-only user or mount) is told, in one line naming what
    was left, that someone who may must run `q2030 recover`; nothing is changed."""
    if not needs_recovery(root):
        _remove_stale_lock(root)
        return None
    try:
        with folder_lock(root):
            return recover(root)
    except LockUnavailable as error:
        journal = root / JOURNAL
        first = journal if os.path.lexists(journal) else next(iter(leftovers(root)), journal)
        raise Q2030Error("fs.cannot_undo", path=display_path(first), reason=error.reason) from None


def _remove_stale_lock(root: Path) -> None:
    """Remove the lock file a killed writer left (its lock died with it): taken without
    waiting, it is removed on release. One that a writer holds, or that this user may
    not open, is left alone."""
    if os.path.lexists(root / LOCK_FILE):
        with contextlib.suppress(Q2030Error), folder_lock(root, 0.0):
            pass


def _read_at(folder: int, name: str) -> bytes | None:
    """A plain file's bytes, opened without following a link; None when it is gone."""
    try:
        descriptor = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=folder)
    except FileNotFoundError:
        return None
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise OSError(errno.EINVAL, os.strerror(errno.EINVAL), name)
        return handle.read()


MAX_JOURNAL_BYTES = 16 * 1024 * 1024


def _read_journal(place: _DataFolder) -> list[Staged]:
    """The journal's replacements, each a target and its staged file side by side below
    the data folder; Q2030Error naming the journal for anything else (not JSON, nested
    past reason, a path with a NUL, a `..`, a link)."""
    journal = place.root / JOURNAL
    bad = Q2030Error("fs.bad_journal", path=display_path(journal))
    try:
        raw = _read_at(place.descriptor, JOURNAL)
        if raw is None or len(raw) > MAX_JOURNAL_BYTES:
            raise bad
        content: Any = json.loads(raw.decode("utf-8"))
        entries = content["replacements"]
        staged = []
        for entry in entries:
            target, aside, digest = entry["target"], entry["staged"], entry["sha256"]
            if not all(isinstance(value, str) for value in (target, aside, digest)):
                raise bad
            parts = place.parts(place.root / target)
            aside_parts = place.parts(place.root / aside)
            if aside_parts[:-1] != parts[:-1] or not aside_parts[-1].startswith("."):
                raise bad
            staged.append(Staged(parts, aside_parts[-1], digest))
    except (OSError, ValueError, KeyError, TypeError, RecursionError, Q2030Error):
        raise bad from None
    for item in staged:
        place.folder_of(item.parts)  # a link on the way is refused here
    return staged
