"""Copies of a live workspace: Save As, backups, the copy made before an upgrade.

Every copy is written with SQLite's online backup API (never a plain file copy) under a
.partial name and renamed when complete (storage/partials.py); a copy that fails leaves
nothing behind and says why in the user's words (CopyFailed).
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from pathlib import Path

import jewelbench.storage.partials as partials
from jewelbench.storage.opening import WorkspaceError
from jewelbench.storage.partials import PartialInUse
from jewelbench.storage.store import StorageError, Store, is_full, is_read_only

log = logging.getLogger(__name__)


class CopyFailed(WorkspaceError, StorageError):
    """A copy of the workspace (Save As, a backup, the copy before an upgrade) that was not
    made; nothing of it was left behind. Caught as a WorkspaceError or as a StorageError.

    reason is the whole sentence for the user; problem only its cause ("the disk is full")."""

    def __init__(self, path: Path | str, reason: str, problem: str = "") -> None:
        super().__init__(path, reason)
        self.problem = problem or reason


def _copy_problem(error: BaseException) -> str:
    """Why a copy failed, in the user's words."""
    text = str(error)
    code = getattr(error, "errno", None)
    if is_full(error) or code == errno.ENOSPC:
        return "the disk is full"
    if isinstance(error, PermissionError) or is_read_only(error) or code == errno.EROFS:
        return "the folder cannot be written to"
    if isinstance(error, PartialInUse):
        kind = partials.not_a_copy(Path(str(error.args[0]))) if error.args else ""
        if kind:
            return (f"{Path(str(error.args[0])).name}, the name the copy is written under, is "
                    f"{kind}, not a copy of jewelbench's; move it away")
        return "another copy to the same name is being written right now"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror[:1].lower() + error.strerror[1:]
    return " ".join(text.split()) or type(error).__name__


def _copy_failed(destination: Path, error: BaseException) -> CopyFailed:
    problem = _copy_problem(error)
    name = destination.name.removesuffix(partials.PARTIAL)
    return CopyFailed(destination, f"the copy {name} could not be written: {problem} "
                                   "(nothing of it was left there)", problem)


def copy_database(source: sqlite3.Connection, target_path: Path) -> None:
    """Write a new standalone file at target_path with SQLite's online backup API.

    One backup step copies every page within one read transaction, so the copy is a consistent
    snapshot even while another connection writes. The copy uses a rollback journal, so it is
    one self-contained file that any SQLite tool can read.

    On any failure (a full disk, an unwritable folder, an interrupt) the target and its
    -journal are removed, and CopyFailed says why in plain words."""
    target_path = Path(target_path)
    try:
        target = sqlite3.connect(str(target_path))
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    except (OSError, sqlite3.Error) as error:
        partials.remove(target_path)
        raise _copy_failed(target_path, error) from error
    except BaseException:
        partials.remove(target_path)
        raise


def backup_to(db: Store, destination: Path, *, replace: bool = True) -> None:
    """Copy a live database with SQLite's online backup API (never a plain file copy).

    The copy is written as destination.partial and renamed when complete; on failure nothing
    is left (CopyFailed). What a killed copy to the same name left is removed first. With
    replace=False a file that took the destination's name meanwhile is never replaced."""
    try:
        _write_copy(db, destination, replace)
    except CopyFailed as failed:
        log.warning("A copy of the workspace was not made: %s", failed.reason)
        raise
    log.info("Copy of the workspace written: %s", destination.name)


def _write_copy(db: Store, destination: Path, replace: bool) -> None:
    temporary = partials.partial_for(destination)
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        partials.remove_left_over(temporary)
        with partials.held(temporary):
            try:
                copy_database(db.conn, temporary)  # removes what it wrote if it fails
            except CopyFailed as failed:
                raise _copy_failed(destination, failed.__cause__ or failed) from failed
            try:
                if replace:
                    os.replace(temporary, destination)
                else:
                    partials.rename_new(temporary, destination)
            except BaseException:
                partials.remove(temporary)
                raise
    except FileExistsError:
        if not destination.exists():  # a file where its folder should be
            raise _copy_failed(destination, OSError(errno.ENOTDIR, "the folder cannot be "
                                                    "made (a file has its name)")) from None
        raise CopyFailed(destination, "a file with this name already exists; jewelbench never "
                                      "overwrites a workspace") from None
    except (OSError, PartialInUse) as error:
        raise _copy_failed(destination, error) from error
