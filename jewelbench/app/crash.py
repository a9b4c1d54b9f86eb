"""When something goes wrong in the app itself: log it, roll back, tell the user, keep running.

An exception that escapes a slot reaches sys.excepthook (PySide6 reports slot exceptions
there). The handler writes the traceback to a log file in the user data folder, rolls back a
transaction left open on the workspace, and shows a dialog with a "Copy Details" button for a
bug report. The event loop goes on: the app stays usable.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

import jewelbench
from jewelbench.domain.messages import fill
from jewelbench.storage import ReadError, Workspace

LOG_FILE_NAME = "jewelbench.log"
_logger = logging.getLogger("jewelbench")


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("crash", text)


def open_log(folder: Path) -> Path:
    """Log to folder/jewelbench.log (rotated at 1 MB, three kept); returns the file's path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    if not any(getattr(h, "baseFilename", None) == str(path) for h in _logger.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                                       encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        _logger.addHandler(handler)
        _logger.setLevel(logging.INFO)
    return path


class CrashHandler:
    def __init__(self, log_file: Path, parent: Callable[[], QWidget | None],
                 workspace: Callable[[], Workspace | None]) -> None:
        self.log_file = log_file
        self._parent = parent
        self._workspace = workspace
        self.last_dialog: QDialog | None = None
        self._previous: Callable[..., object] = sys.excepthook

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self.log_thread_exception

    def uninstall(self) -> None:
        sys.excepthook = self._previous
        threading.excepthook = threading.__excepthook__

    def handle(self, kind: type[BaseException], error: BaseException,
               trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, error, trace)
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        rolled_back = self._roll_back()
        damaged = isinstance(error, ReadError)  # the file, not jewelbench: no bug to report
        _logger.log(logging.WARNING if damaged else logging.ERROR, "%s (%s)\n%s",
                    "a damaged workspace file" if damaged else "unexpected error",
                    "rolled back" if rolled_back else "no transaction open", details)
        for handler in _logger.handlers:
            handler.flush()
        if QApplication.instance() is not None:
            if damaged:
                self._show_damaged(error)
            else:
                self._show(error, details, rolled_back)

    def _show_damaged(self, error: BaseException) -> None:
        """A read that met damage where no caller expected it (an editor opened on a damaged
        design, …): the window's own read-error message, not the crash dialog."""
        from PySide6.QtWidgets import QMessageBox

        from jewelbench.ui import dialogs

        workspace = self._workspace()
        name = workspace.path.name if workspace is not None else ""
        self.last_dialog = dialogs.show_message(
            self._parent(), QMessageBox.Icon.Critical, translate("crash", "Cannot read this "
                                                                          "workspace"),
            fill(translate("crash", "“{file}” could not be read; it is damaged."), file=name),
                                                str(error))

    def log_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        details = "".join(traceback.format_exception(args.exc_type, args.exc_value,
                                                     args.exc_traceback))
        _logger.error("unexpected error in thread %s\n%s",
                      args.thread.name if args.thread else "?", details)

    def _roll_back(self) -> bool:
        workspace = self._workspace()
        if workspace is None:
            return False
        try:
            if workspace.db.conn.in_transaction:
                workspace.db.conn.rollback()
                return True
        except Exception:  # a closed or broken connection: nothing left to roll back
            _logger.exception("rollback after an unexpected error failed")
        return False

    def _show(self, error: BaseException, details: str, rolled_back: bool) -> None:
        from jewelbench.ui.crash_dialog import CrashDialog

        saved = translate("crash", "The unfinished action was undone, so nothing half-done was "
                                   "saved. ") \
            if rolled_back else translate("crash", "Everything saved before this is safe. ")
        dialog = CrashDialog(
            fill(translate("crash", "jewelbench hit an unexpected problem: {error}"),
                 error=str(error) or type(error).__name__),
            saved + fill(translate("crash", "You can go on working. The details were written to "
                                            "{log_file}; please send them with a bug report."),
                         log_file=str(self.log_file)),
            f"jewelbench {jewelbench.__version__}, Python {sys.version.split()[0]}\n\n{details}",
            self._parent())
        self.last_dialog = dialog
        dialog.open()
