"""The open workspace's check, off the GUI thread: SQLite's quick check, then the schema's shape,
its references and its text (storage/health.py), within a time budget.

The check reads every page of the file, so on a large workspace it takes seconds; the window
opens at once and the verdict arrives through a signal.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from jewelbench.storage.health import check_on_open
from jewelbench.ui import collector


class HealthCheck(QObject):
    # what start() was given to tell this check from others (the opened workspace: a late
    # verdict on an earlier opening of the same file is then not taken for the new one's), the
    # workspace path, the problems found ([] = healthy), and whether every check ran (False:
    # the time budget ran out first)
    finished = Signal(object, object, list, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threads: list[threading.Thread] = []  # the checks started and not yet seen end

    def start(self, path: Path, token: object = None) -> None:
        collector.install()  # Python work off the GUI thread: collect only in it (see there)
        thread = threading.Thread(target=self._run, args=(Path(path), token),
                                  name="workspace-check", daemon=True)
        self._threads = [running for running in self._threads if running.is_alive()]
        self._threads.append(thread)
        thread.start()

    def wait(self, timeout_s: float) -> bool:
        """Wait up to timeout_s seconds for the checks still running; True when none is left.
        The app's way out waits here before Python takes the application apart: a check
        that signals its verdict while the application is being destroyed could crash it."""
        end = time.monotonic() + timeout_s
        for thread in self._threads:
            thread.join(max(0.0, end - time.monotonic()))
        self._threads = [running for running in self._threads if running.is_alive()]
        return not self._threads

    def _run(self, path: Path, token: object) -> None:
        verdict = check_on_open(path)
        try:
            # A signal emitted from this thread is delivered on the GUI thread.
            self.finished.emit(token, path, verdict.problems, verdict.complete)
        except RuntimeError:
            pass  # the window closed while the check ran: nobody is left to tell
