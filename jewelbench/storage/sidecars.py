"""The logs SQLite keeps beside a workspace file, and how to tell one that does not belong.

A workspace "studio.jewelbench" may have a write-ahead log "studio.jewelbench-wal" (with its
index "-shm") or a rollback journal "studio.jewelbench-journal" beside it. SQLite replays
whatever log it finds there into the file on the first read: the log names no database, so the
write-ahead log of another database, or the stale log a crash left behind before a backup was
copied over the file, is replayed as readily as the file's own — and the next checkpoint writes
the mixture into the file for good (SQLite's "How To Corrupt An SQLite Database File", 1.4 and
2.x).

jewelbench therefore looks at a log before anything opens the file for writing: in a temporary
copy of the file and its log, where replaying harms nothing, it checks what SQLite would see.
A log that does not belong is moved aside as "studio.jewelbench-wal.stray-20250314-214005"
(never deleted), and the user is told.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

import jewelbench.storage.schema as schema

WAL = "-wal"
JOURNAL = "-journal"
SHM = "-shm"
_WAL_MAGIC = (0x377F0682, 0x377F0683)
_WAL_HEADER = 32
_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
_JOURNAL_HEADER = 28


def beside(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations recorded in the file, read without sqlite-utils."""
    table = schema.MIGRATIONS_TABLE
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        [table]).fetchone():
        return []
    return [row[0] for row in conn.execute(
        f"SELECT name FROM {table} WHERE migration_set = ? ORDER BY rowid",
        [schema.MIGRATION_SET])]


# Every write transaction of a workspace open for editing counts itself in this setting
# (Store.write_stamp), so every transaction writes the settings' page, created_at included, into
# the write-ahead log. A log then says which workspace it was written for (created_at), and at
# which of its saves it began and ended; the file beside it must be at one of those saves.
SAVES_KEY = "saves"
SAVE_STAMP = ("INSERT INTO workspace_settings (key, value) VALUES ('saves', '1') "
              "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")


def saves_counted(conn: sqlite3.Connection) -> int:
    """The workspace's save count as conn sees it (0 when none is kept, or not a number)."""
    row = conn.execute("SELECT value FROM workspace_settings WHERE key = ?",
                       [SAVES_KEY]).fetchone()
    counted = str(row[0]) if row else ""
    return int(counted) if counted.isascii() and counted.isdigit() else 0


# After content is copied in whole (a backup restored into the open workspace), the count goes
# on from the higher of the two, so that it never falls: a log written after the copy is then
# still told as the file's own.
RESUME_COUNT = ("INSERT INTO workspace_settings (key, value) VALUES ('saves', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = ?")


@dataclass(frozen=True)
class Content:
    """What a connection sees in a file: its application id as SQLite reports it (after any
    log was replayed), the migrations it records, SQLite's quick check (['ok'] when healthy;
    [] when it was not run) and when the workspace was created ('' if unknown): set once by
    Workspace.create and never changed, it tells one workspace from another."""

    application_id: int
    applied: list[str]
    verdict: list[str]
    created_at: str = ""
    saves: int | None = None  # how many write transactions it has counted (None: not counted)

    @property
    def is_workspace(self) -> bool:
        return self.application_id == schema.APPLICATION_ID and bool(self.applied)


def read_content(conn: sqlite3.Connection, *, quick_check: bool) -> Content:
    """Content as conn sees it; sqlite3.Error when the file cannot be read at all."""
    application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    applied = applied_migrations(conn)
    verdict = ([str(row[0]) for row in conn.execute("PRAGMA quick_check")] if quick_check
               else [])
    created_at, saves = "", None
    if applied:
        with contextlib.suppress(sqlite3.Error):
            settings = dict(conn.execute(
                "SELECT key, value FROM workspace_settings WHERE key IN ('created_at', ?)",
                [SAVES_KEY]).fetchall())
            created_at = str(settings.get("created_at", ""))
            counted = str(settings.get(SAVES_KEY, ""))
            saves = int(counted) if counted.isascii() and counted.isdigit() else None
    return Content(application_id, applied, verdict, created_at, saves)


def _content(uri: str) -> Content | str:
    """Content of a file (a URI), or why it could not be read."""
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=1.0)
    except sqlite3.Error as error:
        return str(error)
    try:
        return read_content(conn, quick_check=True)
    except sqlite3.Error as error:
        return str(error)
    finally:
        conn.close()


def _header(path: Path, size: int) -> bytes:
    with path.open("rb") as handle:
        return handle.read(size)


def has_content(log: Path) -> bool:
    """Whether SQLite would replay anything from this log (a missing, empty or zeroed one it
    ignores: a clean close or a persisted journal leaves those)."""
    try:
        size = log.stat().st_size
        if log.name.endswith(WAL):
            return size > _WAL_HEADER
        # SQLite's own rule (hasHotJournal): a journal whose first byte is 0 is not replayed.
        # A crash before the journal's header was made valid leaves one: the file itself was
        # not written yet, so there is nothing to undo and nothing to move aside.
        return size > 0 and _header(log, 1) != b"\x00"
    except OSError:
        return False


def _page_size(header: bytes) -> int:
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def _shape_problem(db_header: bytes, log: Path) -> str:
    """Why the log's own header says it cannot be this file's ('' when it may be)."""
    head = _header(log, _WAL_HEADER)
    if log.name.endswith(WAL):
        if len(head) < _WAL_HEADER or int.from_bytes(head[:4], "big") not in _WAL_MAGIC:
            return "it is not an SQLite write-ahead log"
        if int.from_bytes(head[8:12], "big") != _page_size(db_header):
            return "its pages are not the size of the workspace's pages"
        if db_header[18] == 1 or db_header[19] == 1:
            # SQLite marks the file (bytes 18 and 19) before it writes a first log frame, and
            # unmarks it only after the log is gone: a file in rollback mode has no log of its
            # own. This is a copy or restored backup put in place after the log was written.
            return ("the workspace file was replaced after it was written (the file is a copy "
                    "in rollback-journal mode)")
        return ""
    if head[:8] != _JOURNAL_MAGIC:
        return "it is not an SQLite rollback journal"
    if int.from_bytes(head[24:28], "big") not in (0, _page_size(db_header)):
        return "its pages are not the size of the workspace's pages"
    first_page = _journaled_first_page(log, head, _page_size(db_header))
    if first_page is None:
        # Page 1 untouched by the transaction is still, in the file, as it was when the
        # transaction began: its database size (bytes 28-31, when valid) is the journal's.
        header_valid = db_header[92:96] == db_header[24:28]
        if header_valid and head[16:20] != db_header[28:32]:
            return ("the workspace file was replaced after it was written (its size is not "
                    "the one the journal began from)")
    else:
        # A transaction bumps the change counter (bytes 24-27) once, from the value its
        # journal holds: a file whose counter is neither that nor one more is not the file
        # this journal was written for (a copy or restored backup put in its place).
        journaled = int.from_bytes(first_page[24:28], "big")
        now = int.from_bytes(db_header[24:28], "big")
        if first_page[68:72] != db_header[68:72] or (now - journaled) % 2**32 not in (0, 1):
            return ("the workspace file was replaced after it was written (its change "
                    "counter does not follow on from the journal's)")
    return ""


def _journaled_first_page(log: Path, head: bytes, page_size: int) -> bytes | None:
    """Page 1 as the journal's first segment holds it (None when it holds no page 1)."""
    sector = int.from_bytes(head[20:24], "big") or 512
    record = 4 + page_size + 4
    try:
        with log.open("rb") as handle:
            handle.seek(sector)
            for _ in range(64):  # page 1, when journaled, comes among the first pages
                chunk = handle.read(record)
                if len(chunk) < record:
                    return None
                number = int.from_bytes(chunk[:4], "big")
                if number == 1:
                    return chunk[4:4 + page_size]
                if number == 0:
                    return None
    except OSError:
        return None
    return None


@dataclass(frozen=True)
class Judgement:
    """reason: why the log is not the workspace's own ('' when it is, or holds nothing);
    replayed: what SQLite sees in the file with the log replayed, when that was looked at."""

    reason: str
    replayed: Content | None = None


def judge(path: Path, log: Path) -> Judgement:
    """Whether the log beside path is the workspace's own.

    Nothing is written beside path: the replay happens in a temporary copy. Raises OSError if
    the copy cannot be made. When the file is damaged with or without the log, the log is
    judged its own: the open is then refused as damaged, and nothing is moved."""
    if not has_content(log):
        return Judgement("")
    db_header = _header(path, 100)
    problem = _shape_problem(db_header, log)
    if problem:
        return Judgement(problem)
    alone = _content(path.resolve().as_uri() + "?mode=ro&immutable=1")
    alone_healthy = isinstance(alone, Content) and alone.verdict == ["ok"]
    replayed = _replayed_in_a_copy(path, log)
    if isinstance(replayed, str):
        if alone_healthy:
            return Judgement(f"replaying it would damage the workspace ({replayed})")
        # damaged with the log and without it: refused as damaged, nothing moved
        return Judgement("", Content(0, [], [replayed]))
    if replayed.verdict != ["ok"]:
        if alone_healthy:
            return Judgement(f"replaying it would damage the workspace ({replayed.verdict[0]})")
        return Judgement("", replayed)
    if replayed.application_id != schema.APPLICATION_ID:
        return Judgement("replaying it would turn the file into another database")
    if not replayed.applied:
        return Judgement("replaying it would leave no jewelbench workspace in the file")
    if (isinstance(alone, Content) and alone_healthy and alone.created_at
            and replayed.created_at != alone.created_at):
        return Judgement("it belongs to another workspace")
    if isinstance(alone, Content) and alone_healthy and log.name.endswith(WAL):
        problem = _out_of_step(path, log, alone, replayed)
        if problem:
            return Judgement(problem)
    return Judgement("", replayed)


def _out_of_step(path: Path, log: Path, alone: Content, replayed: Content) -> str:
    """Why the log was not written over this file, told by their save counts ('' when it may
    have been). A log's first transaction was written over the file as it was then (its count
    one less); checkpoints since may have copied any of the log's later transactions into the
    file. A file whose count is outside that range was put in place after the log was written
    (a copy of the same workspace from before or after), and replaying the log over it would
    mix two moments of the workspace."""
    if alone.saves is None or replayed.saves is None:
        return ""  # written by a version that did not count its saves: nothing to compare
    if alone.saves > replayed.saves:
        return ("it is older than the file: the workspace file was replaced by a later copy "
                "after the log was written")
    first = _replayed_in_a_copy(path, log, _first_commit_end(log))
    if isinstance(first, Content) and first.saves is not None and first.saves - 1 > alone.saves:
        return ("it begins after the file's last save: the workspace file was replaced by an "
                "earlier copy after the log was written")
    return ""


def _first_commit_end(log: Path) -> int | None:
    """Where the log's first committed transaction ends (its header and frames up to its
    commit frame); None when it holds none."""
    with log.open("rb") as handle:
        head = handle.read(_WAL_HEADER)
        if len(head) < _WAL_HEADER:
            return None
        page_size = int.from_bytes(head[8:12], "big")
        salts = head[16:24]
        frame = 24 + page_size
        offset = _WAL_HEADER
        while True:
            handle.seek(offset)
            frame_header = handle.read(24)
            if len(frame_header) < 24 or frame_header[8:16] != salts:
                return None
            offset += frame
            if int.from_bytes(frame_header[4:8], "big"):  # the commit frame's database size
                return offset


def _replayed_in_a_copy(path: Path, log: Path, length: int | None = None) -> Content | str:
    """The file's content with the log replayed (only its first length bytes, when given), in
    a temporary copy of both: in the system's temporary folder, or (when that is too small,
    e.g. a RAM disk) a hidden folder beside the file. OSError when neither can hold it."""
    failure: OSError | None = None
    for place in (None, path.parent):
        try:
            with tempfile.TemporaryDirectory(prefix=".jewelbench-replay-", dir=place) as folder:
                copy = Path(folder) / "replay.jewelbench"
                shutil.copyfile(path, copy)
                copied_log = beside(copy, JOURNAL if log.name.endswith(JOURNAL) else WAL)
                shutil.copyfile(log, copied_log)
                if length is not None:
                    os.truncate(copied_log, length)
                return _content(copy.as_uri())
        except OSError as error:
            failure = error
    assert failure is not None
    raise failure


def move_aside(path: Path, log: Path) -> Path:
    """Rename log to "<log name>.stray-<time>" beside it (never over another file, nor over a
    link that points nowhere) and remove the write-ahead log's index (-shm), which describes
    the log that has gone."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    number = 1
    while True:
        target = log.with_name(f"{log.name}.stray-{stamp}"
                               + (f"-{number}" if number > 1 else ""))
        number += 1
        if os.path.lexists(target):
            continue
        try:
            _rename_new(log, target)
        except FileExistsError:
            continue  # taken between the look and the rename
        break
    if log.name.endswith(WAL):
        beside(path, SHM).unlink(missing_ok=True)
    _sync_folder(path.parent)
    return target


def _rename_new(source: Path, target: Path) -> None:
    """Rename source to target, never replacing anything at target (FileExistsError)."""
    try:
        os.link(source, target, follow_symlinks=False)  # fails if target exists, atomically
    except FileExistsError:
        raise
    except OSError:  # no hard links here (FAT, some network drives): look, then rename
        if os.path.lexists(target):
            raise FileExistsError(target) from None
        os.rename(source, target)
        return
    os.unlink(source)


_KINDS = {stat.S_IFDIR: "a folder", stat.S_IFLNK: "a link", stat.S_IFIFO: "a named pipe",
          stat.S_IFSOCK: "a socket", stat.S_IFCHR: "a device", stat.S_IFBLK: "a device"}


def odd_logs(path: Path) -> list[tuple[Path, str]]:
    """The names beside path where SQLite keeps its logs (-wal, -shm, -journal) that hold
    something other than an ordinary file, each with what it is ("a named pipe").

    SQLite would open them as its own: it waits for ever on a named pipe, reports a folder as
    a disk error (which would make a healthy workspace look damaged), and follows a link to
    write into whatever file it points at."""
    found = []
    for suffix in (WAL, SHM, JOURNAL):
        log = beside(path, suffix)
        try:
            mode = os.lstat(log).st_mode
        except OSError:
            continue
        if not stat.S_ISREG(mode):
            found.append((log, _KINDS.get(stat.S_IFMT(mode), "not an ordinary file")))
    return found


def _sync_folder(folder: Path) -> None:
    """Make the rename durable before the file is opened for writing (POSIX only)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# SQLite's own locks (unix VFS): the lock bytes of the database file (PENDING, RESERVED and
# the SHARED range) and the write-ahead index's lock slots, with its "dead man switch" byte.
_DB_LOCKS = (0x40000000, 2 + 510)
_SHM_LOCKS = (120, 9)


def in_use_elsewhere(path: Path) -> bool:
    """Whether another process has the file open through SQLite right now (it holds one of
    SQLite's locks on the file or its -shm). Then a log beside it is that process's own and is
    never judged. POSIX only (Linux and macOS); elsewhere False. A connection of this same
    process is not seen (POSIX reports only other processes' locks)."""
    return (_locked(path, *_DB_LOCKS)
            or _locked(beside(path, SHM), *_SHM_LOCKS))


def _locked(path: Path, start: int, length: int) -> bool:
    import struct
    import sys

    if sys.platform.startswith("linux"):
        layout, fields = "@hhqqi", ("type", "whence", "start", "length", "pid")
    elif sys.platform == "darwin":
        layout, fields = "@qqihh", ("start", "length", "pid", "type", "whence")
    else:
        return False
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        values = {"type": fcntl.F_WRLCK, "whence": os.SEEK_SET, "start": start,
                  "length": length, "pid": 0}
        request = struct.pack(layout, *(values[name] for name in fields))
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, request + bytes(16))
        found = dict(zip(fields, struct.unpack(layout, answer[:struct.calcsize(layout)])))
        return bool(found["type"] != fcntl.F_UNLCK)
    except OSError:
        return False
    finally:
        os.close(fd)
