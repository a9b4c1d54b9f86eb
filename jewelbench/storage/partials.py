"""Unfinished copies of a workspace: "NAME.partial" and the files SQLite keeps beside it.

Every copy (Save As, an automatic backup, the copy taken before an upgrade, a restore) is
written under NAME.partial and only renamed to NAME once complete. While it is written SQLite
keeps NAME.partial-journal beside it (and -wal/-shm if it were ever in WAL mode). A copy that
fails removes all of them itself; a copy that was killed cannot, so sweep() removes what such a
copy left, and never the files of a copy another window is writing right now: the writer holds
an operating-system lock (flock) on its partial for as long as it writes it.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

if sys.platform != "win32":
    import fcntl

PARTIAL = ".partial"
SIDECARS = ("-journal", "-wal", "-shm")


class PartialInUse(Exception):
    """Another copy is being written to the same partial name right now."""


def partial_for(destination: Path) -> Path:
    return destination.with_name(destination.name + PARTIAL)


def files_of(partial: Path) -> list[Path]:
    """The partial's SQLite side files, then the partial itself (removed in that order)."""
    return [partial.with_name(partial.name + suffix) for suffix in SIDECARS] + [partial]


def remove(partial: Path) -> None:
    """Remove the partial and its side files; a file that cannot be removed is left."""
    for path in files_of(partial):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # not called there: see held() and _claimed()
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:  # a file system without locks: nothing to tell a live copy by
        return True
    return True


@contextlib.contextmanager
def held(partial: Path) -> Iterator[None]:
    """Create the partial (which must not exist) and hold its lock while the body writes it.

    Raises PartialInUse when another copy is writing the same partial, OSError when the file
    cannot be created."""
    try:
        fd = os.open(partial, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
    except FileExistsError:
        raise PartialInUse(partial) from None
    if sys.platform == "win32":
        # No flock; and a file held open there cannot be renamed. SQLite's own open handle
        # keeps a sweep from removing the partial while it is written.
        os.close(fd)
        yield
        return
    try:
        if not _try_lock(fd):
            raise PartialInUse(partial)
        yield
    finally:
        os.close(fd)  # closing lets go of the lock


@contextlib.contextmanager
def _claimed(partial: Path) -> Iterator[bool]:
    """True (with its lock held until the block ends) when no live copy holds partial's lock;
    True too when the partial is gone (its side files are then left over)."""
    if sys.platform == "win32":  # a handle of ours would keep the file from being removed,
        yield True  # and Windows refuses to remove the files SQLite holds open for a live copy
        return
    try:
        # never waits on a named pipe, never follows a link: what is not an ordinary file of
        # its own is not a copy of jewelbench's, and is left alone
        fd = os.open(partial, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
    except FileNotFoundError:
        yield True
        return
    except OSError:
        yield False
        return
    try:
        yield stat.S_ISREG(os.fstat(fd).st_mode) and _try_lock(fd)
    finally:
        os.close(fd)


def not_a_copy(partial: Path) -> str:
    """What stands at partial's name when it is not an ordinary file ('' when it is one, or
    nothing is there): no copy of jewelbench's, so it is neither removed nor waited on."""
    try:
        mode = os.lstat(partial).st_mode
    except OSError:
        return ""
    if stat.S_ISREG(mode):
        return ""
    return {stat.S_IFDIR: "a folder", stat.S_IFLNK: "a link", stat.S_IFIFO: "a named pipe",
            stat.S_IFSOCK: "a socket"}.get(stat.S_IFMT(mode), "not an ordinary file")


def in_use(partial: Path) -> bool:
    """A live copy holds partial's lock."""
    with _claimed(partial) as free:
        return not free


def rename_new(source: Path, destination: Path) -> None:
    """Rename source to destination, never replacing a file already there (FileExistsError)."""
    if sys.platform == "win32":
        os.rename(source, destination)  # Windows refuses to rename onto an existing file
        return
    try:
        os.link(source, destination)  # fails if destination exists, atomically
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT on a USB stick …)
        if destination.exists():
            raise FileExistsError(destination) from None
        os.rename(source, destination)
        return
    source.unlink()


def _partial_named(name: str, suffix: str) -> str | None:
    """The partial's name if name is a partial ending in suffix or one of its side files."""
    for ending in ("", *SIDECARS):
        if name.endswith(suffix + PARTIAL + ending):
            return name[: len(name) - len(ending)] if ending else name
    return None


def sweep(folder: Path, suffix: str = ".jewelbench") -> list[Path]:
    """Remove what killed copies left in folder: every "*<suffix>.partial" with its -journal,
    -wal and -shm (and such side files without their partial), except those of a copy that is
    being written now. Returns the files removed; a folder that cannot be read removes none."""
    try:
        names = [entry.name for entry in Path(folder).iterdir()]
    except OSError:
        return []
    partials = {partial for name in names if (partial := _partial_named(name, suffix))}
    removed: list[Path] = []
    for name in sorted(partials):
        removed += remove_left_over(Path(folder) / name)
    return removed


def remove_left_over(partial: Path) -> list[Path]:
    """Remove partial and its side files unless a live copy is writing them; the files removed."""
    removed: list[Path] = []
    with _claimed(partial) as free:
        if not free:
            return removed
        for path in files_of(partial):
            try:
                path.unlink()
            except OSError:  # already gone, or held open on Windows
                continue
            removed.append(path)
    return removed
