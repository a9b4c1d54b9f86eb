"""One writer per workspace: an operating-system lock on "<workspace>.lock".

The lock is held by an open file for as long as the workspace is open, so the operating system
lets go of it when the process ends however it ends (a crash, a kill, a power cut): nobody ever
has to unlock a workspace by hand, and no stale-lock guessing is needed. The file's text names
the holder ("pid hostname iso-time"), only for the message another window shows.

POSIX uses flock(), which also refuses a second open of the same file within one process (a
second window); Windows uses msvcrt.locking() on a byte past the text, so the text stays
readable to the window that is refused.

The lock file can be deleted by hand while it is held (on POSIX; Windows refuses to delete a
file that another program has open, and os.open() never lets others delete it). Two things keep
a second writer out all the same:

- On Linux the workspace file itself is flock()ed too, from a descriptor of its own. flock()
  and the POSIX fcntl() locks that SQLite takes on the same file are separate lock families
  there, so this lock never meets SQLite's. One care, from SQLite's "How To Corrupt" page
  (2.2): closing any descriptor of a file drops every fcntl() lock the process holds on it, so
  this descriptor is closed only after the workspace's own connection has been closed. It is
  not taken on a network file system, where flock() may be emulated with fcntl() locks, nor on
  macOS and the BSDs, where the two families meet.
- Before each write transaction verify() checks that the lock file at the path is still the
  one this lock holds (st_dev, st_ino). If it was deleted or replaced, the lock is taken again
  on a new file; if somebody else holds that one, and the workspace file's own lock does not
  keep them out, the write is refused with LockLost instead of two windows writing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import stat
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
# Tests turn this off to exercise verify() alone, as it runs where the workspace file itself
# cannot be locked (macOS, network drives).
USE_WORKSPACE_FILE_LOCK = True


class LockLost(Exception):
    """This writer's lock file was deleted by hand and another window has since taken the
    workspace; holder is that window's lock text (may be '')."""

    def __init__(self, lock_path: Path, holder: str) -> None:
        super().__init__(f"{lock_path} was taken by {holder or 'another process'}")
        self.lock_path = lock_path
        self.holder = holder


class LockHeld(Exception):
    """Another open workspace holds the lock; holder is the lock file's text (may be '')."""

    def __init__(self, lock_path: Path, holder: str) -> None:
        super().__init__(f"{lock_path} is held by {holder or 'another process'}")
        self.lock_path = lock_path
        self.holder = holder


def lock_path_for(workspace_path: Path) -> Path:
    return workspace_path.with_name(workspace_path.name + LOCK_SUFFIX)


def _workspace_path_for(lock_path: Path) -> Path:
    return lock_path.with_name(lock_path.name[: -len(LOCK_SUFFIX)])


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


def _write_holder_or_let_go(fd: int) -> None:
    """Write the holder's text into a lock just taken; if that fails (a full disk), close the
    descriptor — letting go of the lock — before the error goes on, never keeping it held."""
    try:
        _write_holder(fd)
    except BaseException:
        os.close(fd)
        raise


class WorkspaceLock:
    """The held lock of one open workspace. release() lets go and removes the lock file."""

    def __init__(self, lock_path: Path, fd: int | None, workspace_fd: int | None = None) -> None:
        self.path = lock_path
        self._fd = fd
        self._workspace_fd = workspace_fd  # the workspace file's own flock (Linux), or None
        self._workspace_settled = False  # True once that lock is taken or known not to be

    @property
    def held(self) -> bool:
        return self._fd is not None

    @property
    def holds_workspace_file(self) -> bool:
        """The workspace file itself is locked too (so deleting the lock file lets nobody in)."""
        return self._workspace_fd is not None

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
            _write_holder_or_let_go(fd)
            return cls(lock_path, fd)

        def verify(self) -> None:
            """Windows does not let anyone delete or rename the lock file while this process
            has it open (os.open() shares it for reading and writing only): nothing to do."""

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
            _close_parked()
            fd = _lock_file_posix(lock_path)
            if fd is None:
                return cls(lock_path, None)
            lock = cls(lock_path, fd)
            try:
                lock._lock_workspace_file()
            except BaseException:
                lock.release()
                raise
            return lock

        def _lock_workspace_file(self) -> None:
            """flock() the workspace file itself, where that cannot meet SQLite's own locks;
            LockHeld if another writer has it (its lock file was deleted by hand)."""
            if self._workspace_settled:
                return
            workspace_path = _workspace_path_for(self.path)
            if not _workspace_file_lockable(workspace_path):
                self._workspace_settled = True
                return
            try:
                # O_NONBLOCK: a FIFO under the workspace's name must not hang the open
                fd = os.open(workspace_path, os.O_RDONLY | os.O_CLOEXEC | os.O_NONBLOCK)
            except OSError:
                return  # not there yet (a workspace being created) or not readable
            try:
                if not stat.S_ISREG(os.fstat(fd).st_mode):
                    os.close(fd)
                    self._workspace_settled = True
                    return
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as error:
                os.close(fd)
                if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise LockHeld(self.path, "") from None
                self._workspace_settled = True
                return  # locking not implemented here: the lock file alone holds
            self._workspace_fd = fd
            self._workspace_settled = True

        def verify(self) -> None:
            """Before a write transaction: make sure this lock still keeps other writers out.

            A lock file deleted (or replaced) by hand is taken again. LockLost when another
            writer holds the new one and the workspace file's own lock cannot keep it out."""
            if self._fd is None:
                return  # no locking on this file system, or released
            try:
                self._lock_workspace_file()  # a workspace being created has a file by now
            except LockHeld as held:
                raise LockLost(self.path, held.holder) from None
            if _same_file(self._fd, self.path):
                return
            try:
                fd = _lock_file_posix(self.path)
            except LockHeld as held:
                if self._workspace_fd is not None:
                    return  # a window being refused by the workspace file's lock right now
                raise LockLost(self.path, held.holder) from None
            except OSError:
                if self._workspace_fd is not None:
                    return
                raise
            if fd is None:
                return
            old, self._fd = self._fd, fd
            os.close(old)

        def release(self) -> None:
            fd, self._fd = self._fd, None
            workspace_fd, self._workspace_fd = self._workspace_fd, None
            try:
                if fd is not None:
                    try:
                        # remove it while still holding it, so nobody can lock the old file
                        if _same_file(fd, self.path):
                            with contextlib.suppress(OSError):
                                self.path.unlink()
                    finally:
                        os.close(fd)  # closing lets go of the lock
            finally:
                if workspace_fd is not None:
                    # Only after the workspace's connection is closed (Workspace.close).
                    _let_go_of_workspace_file(workspace_fd)


if sys.platform != "win32":

    def _lock_file_posix(lock_path: Path) -> int | None:
        """The lock file's descriptor, flock()ed; None where locking is not implemented."""
        # The holder removes the file when it lets go; if that happens between our open()
        # and flock(), we hold a lock on a file nobody else will ever see: try again.
        for _ in range(20):
            # never through a link, and only an ordinary file of its own: the holder's text is
            # written over whatever is there (a link to another file would cost that file)
            try:
                fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW
                             | os.O_NONBLOCK, 0o644)
            except OSError as error:
                if error.errno == errno.ELOOP:
                    raise _not_a_lock_file(lock_path, "a link") from None
                raise
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_nlink > 1:
                os.close(fd)
                raise _not_a_lock_file(lock_path, "another file's second name" if stat.S_ISREG(
                    info.st_mode) else "not an ordinary file")
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as error:
                if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    holder = _read_holder(fd)
                    os.close(fd)
                    raise LockHeld(lock_path, holder) from None
                os.close(fd)
                if error.errno in _UNSUPPORTED:
                    return None
                raise
            if _same_file(fd, lock_path):
                _write_holder_or_let_go(fd)
                return fd
            os.close(fd)
        raise OSError(errno.EAGAIN, "the lock file keeps changing", str(lock_path))

    def _not_a_lock_file(lock_path: Path, kind: str) -> OSError:
        return OSError(errno.EPERM, f"{lock_path.name} is {kind}, not a lock file of "
                                    "jewelbench; move it away", str(lock_path))

    # Descriptors of workspace files whose flock() was let go but that could not be closed yet:
    # closing any descriptor of a file drops every fcntl() lock this process holds on it, which
    # would pull the shared lock from under another SQLite connection of this process still
    # reading that file (a background check, a read-only window). Closed once none is left.
    _parked: list[int] = []
    _MAX_PARKED = 64

    def _let_go_of_workspace_file(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
        _parked.append(fd)
        _close_parked()

    def _close_parked() -> None:
        held: set[tuple[int, int]] | None = None
        read_held = False
        for fd in list(_parked):
            try:
                info = os.fstat(fd)
            except OSError:
                _parked.remove(fd)
                continue
            file = (info.st_dev, info.st_ino)
            if _open_elsewhere(fd, file):
                # another descriptor of this process has the file open (another connection):
                # ask the kernel which files this process holds fcntl() locks on; read once,
                # as it is slow (Linux waits for an RCU grace period to list the locks)
                if not read_held:
                    held, read_held = _inodes_with_posix_locks(), True
                if held is None or file in held:
                    continue
            _parked.remove(fd)
            os.close(fd)
        while len(_parked) > _MAX_PARKED:  # /proc/locks unreadable: bound what is kept open
            os.close(_parked.pop(0))

    def _open_elsewhere(fd: int, file: tuple[int, int]) -> bool:
        """Whether a descriptor of this process other than fd has file ((st_dev, st_ino)) open;
        True when that cannot be told (/proc/self/fd unreadable). A file open nowhere else
        has no fcntl() lock of this process left on it, so its parked descriptor can go."""
        try:
            names = os.listdir("/proc/self/fd")
        except OSError:
            return True
        for name in names:
            try:
                other = int(name)
                if other == fd:
                    continue
                info = os.fstat(other)
            except (ValueError, OSError):  # the listing's own descriptor, closed by now
                continue
            if (info.st_dev, info.st_ino) == file:
                return True
        return False

    def _inodes_with_posix_locks() -> set[tuple[int, int]] | None:
        """(st_dev, st_ino) of every file this process holds fcntl() locks on (Linux's
        /proc/locks); None when that cannot be read."""
        try:
            text = Path("/proc/locks").read_text(encoding="ascii", errors="replace")
        except OSError:
            return None
        pid, held = str(os.getpid()), set()
        for line in text.splitlines():
            fields = line.split()
            # "1: POSIX  ADVISORY  READ 9077 fe:00:2198148 1073741826 1073742335"
            if len(fields) >= 6 and fields[1] == "POSIX" and fields[4] == pid:
                try:
                    major, minor, inode = fields[5].split(":")
                    held.add((os.makedev(int(major, 16), int(minor, 16)), int(inode)))
                except ValueError:
                    continue
        return held


def _workspace_file_lockable(workspace_path: Path) -> bool:
    """flock() on the workspace file is separate from SQLite's fcntl() locks: Linux, local."""
    if not (sys.platform.startswith("linux") and USE_WORKSPACE_FILE_LOCK):
        return False
    from jewelbench.storage.location import on_network_drive

    return not on_network_drive(workspace_path)


def _same_file(fd: int, path: Path) -> bool:
    try:
        named = os.stat(path)
    except OSError:
        return False
    held = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)
