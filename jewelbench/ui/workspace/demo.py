"""Help ▸ Open Demo Workspace: a fresh demo written in the background (it takes a few
seconds, shown with a progress dialog), then put in place of the previous demo copy."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from jewelbench.ui import collector

DEMO_FILE_NAME = "Demo.jewelbench"  # as `jewelbench --demo` names it (app.main)
SUFFIXES = ("", "-wal", "-shm", "-journal")


def remove_workspace_files(path: Path) -> None:
    for suffix in SUFFIXES:
        Path(str(path) + suffix).unlink(missing_ok=True)


class DemoWriter(QObject):
    """Writes the demo to a scratch file beside the demo copy, off the GUI thread, with a
    busy progress dialog; `written` gives the scratch path, `failed` the reason."""

    written = Signal(object)
    failed = Signal(str)

    def __init__(self, write: Callable[[Path], None], folder: Path,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._write = write
        self.scratch = folder / ".Demo-being-written.jewelbench"
        self._error: str | None = None
        self._thread: threading.Thread | None = None
        self.progress = QProgressDialog(self.tr("Writing a fresh demo workspace…"), "", 0, 0,
                                        parent)
        self.progress.setObjectName("demoProgress")
        self.progress.setWindowTitle(self.tr("Open Demo Workspace"))
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)  # shown only if it takes more than a moment
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self._poll = QTimer(self)
        self._poll.setInterval(50)
        self._poll.timeout.connect(self._check)

    def start(self) -> None:
        remove_workspace_files(self.scratch)
        self.scratch.parent.mkdir(parents=True, exist_ok=True)
        collector.install()  # Python work off the GUI thread: collect only in it
        self._thread = threading.Thread(target=self._run, name="demo-writer", daemon=True)
        self._thread.start()
        self.progress.setValue(0)
        self._poll.start()

    def _run(self) -> None:
        try:
            self._write(self.scratch)
        except Exception as error:  # any failure is reported, never raised in the thread
            self._error = str(error) or type(error).__name__

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _check(self) -> None:
        if self.is_running():
            return
        self._poll.stop()
        self.progress.close()
        if self._error is not None:
            remove_workspace_files(self.scratch)
            self.failed.emit(self._error)
        else:
            self.written.emit(self.scratch)
