"""Writing an export file whole or not at all: a temporary file beside the target, then a rename.

    with output.replacing(target) as temporary:   # a Path in the target's folder
        output.save_workbook(book, temporary)
    # target now holds the whole file; on any error the temporary file is gone, the target
    # (if it existed) is as it was

A target that cannot be replaced (open in Excel on Windows, read-only, a folder of that name,
a folder that does not exist or cannot be written) raises ExportError with a message that says
what to do; no partial file is ever left behind. So does a target open in LibreOffice (or in
Excel on a Mac or a network share): they hold no lock on the file, only a lock file beside it
(`.~lock.NAME#`, `~$NAME`), and would write their copy over the export on their next save.
The file written gets the replaced file's permissions, or a new file's (the temporary file is
private to its owner).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import stat
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jewelbench.domain.missing_prices import MissingPrice

PARTIAL_SUFFIX = ".partial"


class ExportError(Exception):
    """An export that did not happen; str() is a message for the user. Nothing was left
    behind. `missing`: the prices and rates the costing could not find, if that was why."""

    missing: tuple[MissingPrice, ...] = ()
    # what str() says, as a Message when the domain refused (jewelbench.ui.i18n.say renders it)
    message: object = None


class ExportCancelled(ExportError):
    def __init__(self) -> None:
        super().__init__("Export cancelled: no file was written")


def describe_os_error(error: OSError, path: Path) -> str:
    """A sentence for the user about an OSError met while writing path."""
    name = path.name
    if isinstance(error, IsADirectoryError) or path.is_dir():
        return f"{name} is a folder: choose another file name"
    if isinstance(error, FileNotFoundError):
        return f"The folder {path.parent} does not exist: choose another folder"
    if isinstance(error, PermissionError):
        return (f"{name} cannot be written: it is open in another program (close it in Excel or "
                f"LibreOffice) or the file or its folder is read-only. Nothing was written.")
    if error.errno == errno.ENOSPC:
        return "The disk is full: free some space and export again. Nothing was written."
    if error.errno == errno.EROFS:
        return f"{path.parent} is on a read-only disk: choose another folder"
    reason = error.strerror or str(error)
    return f"{name} cannot be written ({reason}). Nothing was written."


def lock_files(target: Path) -> list[Path]:
    """The lock files beside target that say another program has it open: LibreOffice's
    `.~lock.NAME#` and Microsoft Office's owner file `~$NAME`."""
    candidates = (target.with_name(f".~lock.{target.name}#"), target.with_name(f"~${target.name}"))
    return [lock for lock in candidates if lock.is_file()]


def check_replaceable(target: Path) -> None:
    """Refuse (ExportError), before anything is replaced, a target that is a folder, in a
    folder that does not exist, read-only by its permissions (even for root, whom open() lets
    through), locked by another program (Excel on Windows) or open in one that left its lock
    file beside it (LibreOffice, Excel on a Mac)."""
    if target.is_dir():
        raise ExportError(describe_os_error(IsADirectoryError(), target))
    if not target.parent.is_dir():
        raise ExportError(describe_os_error(FileNotFoundError(), target))
    if not target.exists():
        return  # a lock file without its file is left over from a crash
    for lock in lock_files(target):
        program = "LibreOffice" if lock.name.startswith(".~lock.") else "Excel"
        raise ExportError(
            f"{target.name} is open in {program} (its lock file {lock.name} is beside it): "
            f"close it there and export again. If it is not open anywhere, delete {lock.name}. "
            f"Nothing was written.")
    try:
        if not target.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            raise PermissionError(errno.EACCES, "read-only", str(target))
        with target.open("ab"):
            pass
    except OSError as error:
        raise ExportError(describe_os_error(error, target)) from None


def file_mode(target: Path) -> int:
    """The permissions the written file gets: the replaced file's, else a new file's."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def temporary_beside(target: Path) -> Path:
    """A new empty temporary file in target's folder (so the rename stays on one disk)."""
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PARTIAL_SUFFIX,
                                        dir=target.parent)
    except OSError as error:
        raise ExportError(describe_os_error(error, target)) from None
    os.close(handle)
    return Path(name)


def commit(temporary: Path, target: Path) -> None:
    """Give temporary the target's permissions (file_mode) and rename it over target; on
    failure remove temporary and raise ExportError."""
    try:
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(target))
        os.chmod(temporary, file_mode(target))
        os.replace(temporary, target)
    except OSError as error:
        discard(temporary)
        raise ExportError(describe_os_error(error, target)) from None


def discard(temporary: Path) -> None:
    with contextlib.suppress(OSError):
        temporary.unlink()


def save_workbook(book: Any, path: Path) -> None:
    """openpyxl's Workbook.save, but the zip is closed however the writing ends.

    openpyxl leaves its ZipFile open when a write fails (a full disk): the garbage collector
    then closes it, the close fails on the same disk, and Python prints "Exception ignored in
    ZipFile.__del__" after the user's clean message. Here the zip is closed at once, and a
    failure of that close is the failure already being raised."""
    from openpyxl.writer.excel import ExcelWriter

    if book.write_only and not book.worksheets:  # as Workbook.save does
        book.create_sheet()
    book.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)
    archive = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(book, archive).save()  # closes the archive when all went well
    except BaseException:
        with contextlib.suppress(Exception):
            archive.close()
        raise


@contextlib.contextmanager
def replacing(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces target, on any error it is
    removed (OSError while writing becomes ExportError). check_replaceable is asked before and
    again after the writing (the file may have been opened meanwhile)."""
    target = Path(target)
    check_replaceable(target)
    temporary = temporary_beside(target)
    try:
        yield temporary
        check_replaceable(target)
    except OSError as error:
        discard(temporary)
        raise ExportError(describe_os_error(error, target)) from None
    except BaseException:
        discard(temporary)
        raise
    commit(temporary, target)
