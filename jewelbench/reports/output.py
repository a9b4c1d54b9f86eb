"""Writing an export file whole or not at all: a temporary file beside the target, then a rename.

    with output.replacing(target) as temporary:   # a Path in the target's folder
        book.save(temporary)
    # target now holds the whole file; on any error the temporary file is gone, the target
    # (if it existed) is as it was

A target that cannot be replaced (open in Excel on Windows, read-only, a folder of that name,
a folder that does not exist or cannot be written) raises ExportError with a message that says
what to do; no partial file is ever left behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

PARTIAL_SUFFIX = ".partial"


class ExportError(Exception):
    """An export that did not happen; str() is a message for the user. Nothing was left
    behind."""


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
    """Rename temporary over target; on failure remove temporary and raise ExportError."""
    try:
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(target))
        os.replace(temporary, target)
    except OSError as error:
        discard(temporary)
        raise ExportError(describe_os_error(error, target)) from None


def discard(temporary: Path) -> None:
    with contextlib.suppress(OSError):
        temporary.unlink()


@contextlib.contextmanager
def replacing(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces target, on any error it is
    removed (OSError while writing becomes ExportError)."""
    target = Path(target)
    if target.is_dir():
        raise ExportError(describe_os_error(IsADirectoryError(), target))
    temporary = temporary_beside(target)
    try:
        yield temporary
    except OSError as error:
        discard(temporary)
        raise ExportError(describe_os_error(error, target)) from None
    except BaseException:
        discard(temporary)
        raise
    commit(temporary, target)
