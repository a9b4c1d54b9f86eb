"""One writer per workspace: an operating-system lock on "<workspace>.lock".

The lock is held by an open file for as long as the workspace is open, so the operating system
lets go of it when the process ends however it ends (a crash, a kill, a power cut): nobody ever
has to unlock a workspace by hand, and no stale-lock guessing is needed. The file's text names
the holder ("pid hostname iso-time"), only for the message another window shows.

POSIX uses flock(), which also refuses a second open of the same file within one process (a
second window); Windows uses msvcrt.locking() on a byte past the text, so the text stays
readable to the window that is refused.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sys
import time
from pathlib import Path

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

LOCK_SUFFIX = ".lock"
# Windows locks a byte range: lock one byte well past the holder's text so it can still be read.
_WINDOWS_LOCK_OFFSET = 1 << 20
# File systems where locking is not implemented (some FUSE and network mounts): open unlocked.
_UNSUPPORTED = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL}


class LockHeld(Exception):
    """Another open workspace holds the lock; holder is the lock file's text (may be '')."""

    def __init__(self, lock_path: Path, holder: str) -> None:
        super().__init__(f"{lock_path} is held by {holder or 'another process'}")
        self.lock_path = lock_path
        self.holder = holder


def lock_path_for(workspace_path: Path) -> Path:
    return workspace_path.with_name(workspace_path.name + LOCK_SUFFIX)


def holder_text() -> str:
    """What this process writes into a lock it holds: 'pid hostname iso-time'."""
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    import socket  # only when a lock is taken: not on the start-up path's import

    return f"{os.getpid()} {socket.gethostname() or 'localhost'} {now}"


def describe_holder(text: str, now: dt.datetime | None = None) -> str:
    """'process 1234 on host-name since 21:40' from a lock file's text; '' if unreadable."""
    parts = text.split()
    if len(parts) < 3 or not parts[0].isdigit():
        return ""
    pid, host, stamp = parts[0], " ".join(parts[1:-1]), parts[-1]
    try:
        since = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return f"process {pid} on {host}"
    if since.tzinfo is not None:
        since = since.astimezone().replace(tzinfo=None)  # the reader's local time
    today = (now or dt.datetime.now()).date()
    when = since.strftime("%H:%M") if since.date() == today else since.strftime("%Y-%m-%d %H:%M")
    return f"process {pid} on {host} since {when}"


def _read_holder(fd: int) -> str:
    # The holder writes its text right after locking: give it a moment if it is not there yet.
    for _ in range(10):
        with contextlib.suppress(OSError):
            text = os.pread(fd, 4096, 0) if hasattr(os, "pread") else _read_from_start(fd)
            if text.strip():
                return text.decode("utf-8", "replace").strip()
        time.sleep(0.02)
    return ""


def _read_from_start(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, 4096)


def _write_holder(fd: int) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, (holder_text() + "\n").encode("utf-8"))


class WorkspaceLock:
    """The held lock of one open workspace. release() lets go and removes the lock file."""

    def __init__(self, lock_path: Path, fd: int | None) -> None:
        self.path = lock_path
        self._fd = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    @classmethod
    def acquire(cls, workspace_path: Path) -> WorkspaceLock:
        """Take the lock or raise LockHeld; OSError if the lock file cannot be made at all."""
        lock_path = lock_path_for(workspace_path)
        if sys.platform == "win32":
            return cls._acquire_windows(lock_path)
        return cls._acquire_posix(lock_path)

    if sys.platform == "win32":

        @classmethod
        def _acquire_windows(cls, lock_path: Path) -> WorkspaceLock:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_BINARY, 0o644)
            try:
                os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            except OSError as error:
                holder = _read_holder(fd)
                os.close(fd)
                if error.errno in (errno.EACCES, errno.EDEADLK):
                    raise LockHeld(lock_path, holder) from None
                raise
            _write_holder(fd)
            return cls(lock_path, fd)

        def release(self) -> None:
            fd, self._fd = self._fd, None
            if fd is None:
                return
            with contextlib.suppress(OSError):
                os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            os.close(fd)
            # another window may have it open to read the holder: then it stays, harmlessly
            with contextlib.suppress(OSError):
                self.path.unlink()

    else:

        @classmethod
        def _acquire_posix(cls, lock_path: Path) -> WorkspaceLock:
            # The holder removes the file when it lets go; if that happens between our open()
            # and flock(), we hold a lock on a file nobody else will ever see: try again.
            for _ in range(20):
                fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except OSError as error:
                    if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                        holder = _read_holder(fd)
                        os.close(fd)
                        raise LockHeld(lock_path, holder) from None
                    os.close(fd)
                    if error.errno in _UNSUPPORTED:
                        return cls(lock_path, None)
                    raise
                if _same_file(fd, lock_path):
                    _write_holder(fd)
                    return cls(lock_path, fd)
                os.close(fd)
            raise OSError(errno.EAGAIN, "the lock file keeps changing", str(lock_path))

        def release(self) -> None:
            fd, self._fd = self._fd, None
            if fd is None:
                return
            try:
                # remove it while still holding it, so nobody can lock the old file meanwhile
                if _same_file(fd, self.path):
                    with contextlib.suppress(OSError):
                        self.path.unlink()
            finally:
                os.close(fd)  # closing lets go of the lock


def _same_file(fd: int, path: Path) -> bool:
    try:
        named = os.stat(path)
    except OSError:
        return False
    held = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)
