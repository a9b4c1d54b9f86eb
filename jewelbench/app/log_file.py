"""The app's one log: logs/jewelbench.log in the user data folder, rotated at 1 MB (three kept),
opened when the app starts (app/main.py) so that a bug report carries its story.

The convention every module follows: `log = logging.getLogger(__name__)` at module top (so
names sit under "jewelbench."); %-style arguments (`log.info("wrote %s (%d rows)", name, n)`);
an error as str(error), never the exception itself (a record holding it keeps its traceback's
frames, and the widgets in them, alive); no user data beyond file names and counts. Imports and
exports are logged at INFO with the file and what was read or written; every refusal shown to
the user at WARNING (the central helpers: ui/dialogs.show_message, ui/widgets/fields.
show_refusal, and the boundary every outside file is read through, reports/outside_files.
refusing); unexpected errors at ERROR (app/crash.py), whose dialog carries the log's last
lines (recent_lines).

No Qt here: opening the log costs start-up nothing but the standard library.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE_NAME = "jewelbench.log"
MAX_LOG_BYTES = 1_000_000  # then rotated: jewelbench.log.1 … .3
KEPT_LOGS = 3
RECENT_BYTES = 16_000  # of the log, carried by a bug report
_logger = logging.getLogger("jewelbench")


class _LogFile(logging.handlers.RotatingFileHandler):
    """The rotating log opened by open_log (told apart from handlers others add)."""


def open_log(folder: Path) -> Path:
    """Log to folder/jewelbench.log (rotated at 1 MB, three kept) from INFO up; returns the
    file's path. One log at a time: a log opened before in another folder is closed."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    for handler in list(_logger.handlers):
        if isinstance(handler, _LogFile) and handler.baseFilename != str(path):
            _logger.removeHandler(handler)
            handler.close()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in _logger.handlers):
        handler = _LogFile(path, maxBytes=MAX_LOG_BYTES, backupCount=KEPT_LOGS,
                           encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: "
                                               "%(message)s"))
        _logger.addHandler(handler)
    _logger.setLevel(logging.INFO)
    return path


def flush_log() -> None:
    for handler in _logger.handlers:
        handler.flush()


def recent_lines(path: Path, max_bytes: int = RECENT_BYTES) -> str:
    """The last lines of the log (about max_bytes of them, whole lines only); '' when it
    cannot be read."""
    flush_log()
    try:
        with path.open("rb") as handle:
            size = handle.seek(0, 2)
            handle.seek(max(0, size - max_bytes))
            data = handle.read()
    except OSError:
        return ""
    if len(data) >= max_bytes and b"\n" in data:
        data = data.split(b"\n", 1)[1]  # the first line read is cut: left out
    return data.decode("utf-8", errors="replace")


def close_log() -> None:
    """Close the log open_log opened (a test that opened one closes it after)."""
    for handler in list(_logger.handlers):
        if isinstance(handler, _LogFile):
            _logger.removeHandler(handler)
            handler.close()
    _logger.setLevel(logging.NOTSET)
