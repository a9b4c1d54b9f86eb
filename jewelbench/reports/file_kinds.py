"""What a path chosen by the user names: a file to read, or a folder, a named pipe, a device.
Kept apart from the readers (no openpyxl, no Qt), so that every reader of an outside file can
ask it first, cheaply."""

from __future__ import annotations

import stat
from pathlib import Path


def not_a_file(path: Path) -> str | None:
    """Why `path` cannot be read as a file (a folder, a named pipe, a device), or None for a
    regular file; OSError when it cannot be looked at. A named pipe (FIFO) or a device is
    never opened: reading one waits for ever, and the window would hang."""
    mode = path.stat().st_mode
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "is a named pipe, not a file (reading it would wait for ever)"
    return "is a device or a socket, not a file"
