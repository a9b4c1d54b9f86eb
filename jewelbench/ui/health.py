"""SQLite's quick check of the open workspace, off the GUI thread.

The check reads every page of the file, so on a large workspace it takes seconds; the window
opens at once and the verdict arrives through a signal.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from jewelbench.storage.workspace import quick_check


class HealthCheck(QObject):
    finished = Signal(object, list)  # the workspace path, and the problems found ([] = healthy)

    def start(self, path: Path) -> None:
        threading.Thread(target=self._run, args=(Path(path),), name="workspace-check",
                         daemon=True).start()

    def _run(self, path: Path) -> None:
        verdict = quick_check(path)
        try:
            # A signal emitted from this thread is delivered on the GUI thread.
            self.finished.emit(path, [] if verdict == ["ok"] else verdict)
        except RuntimeError:
            pass  # the window closed while the check ran: nobody is left to tell
