"""When something goes wrong in the app itself: log it, roll back, tell the user, keep running.

An exception that escapes a slot reaches sys.excepthook (PySide6 reports slot exceptions
there). The handler writes the traceback to a log file in the user data folder, rolls back a
transaction left open on the workspace, and shows a dialog with a "Copy Details" button for a
bug report: the log's last lines (app/log_file.py: what was read, written and refused before),
ending with the traceback. The event loop goes on: the app stays usable.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

import jewelbench
from jewelbench.app.log_file import LOG_FILE_NAME, flush_log, open_log, recent_lines
from jewelbench.domain.messages import fill
from jewelbench.storage import ReadError, Workspace

__all__ = ["LOG_FILE_NAME", "CrashHandler", "open_log"]

_logger = logging.getLogger("jewelbench")


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("crash", text)


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
        flush_log()
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

    def report(self, details: str) -> str:
        """What "Copy Details" gives for a bug report: the version, then the log's last lines
        (what the user did before: files read and written, refusals), which end with this
        error's traceback; the traceback alone when the log cannot be read."""
        head = f"jewelbench {jewelbench.__version__}, Python {sys.version.split()[0]}\n\n"
        story = recent_lines(self.log_file)
        last = (details.strip().splitlines() or [""])[-1]
        if not story or last not in story:
            return head + (story + "\n" if story else "") + details
        return head + f"{self.log_file.name}, the last lines:\n{story}"

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
            self.report(details), self._parent())
        self.last_dialog = dialog
        dialog.open()
