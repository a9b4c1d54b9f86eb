"""The open workspace's check, off the GUI thread: SQLite's quick check, then the schema's shape,
its references and its text (storage/health.py), within a time budget.

The check reads every page of the file, so on a large workspace it takes seconds; the window
opens at once and the verdict arrives through a signal.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from jewelbench.storage.health import check_on_open

_paused = 0
_paused_lock = threading.Lock()


@contextlib.contextmanager
def _no_collection_off_the_gui_thread() -> Iterator[None]:
    """Python's cyclic garbage collector runs in whichever thread happens to allocate: run
    here, it would destroy Qt objects (a chart left by a closed view) off the GUI thread, where
    their destructor waits for the GIL while the GUI thread, holding it, waits for the Qt lock
    that destructor holds — the window freezes for good. So automatic collection pauses while
    this thread works (seconds at most); the GUI thread's allocations collect as usual after."""
    global _paused
    with _paused_lock:
        _paused += 1
        gc.disable()
    try:
        yield
    finally:
        with _paused_lock:
            _paused -= 1
            if _paused == 0:
                gc.enable()


class HealthCheck(QObject):
    # what start() was given to tell this check from others (the opened workspace: a late
    # verdict on an earlier opening of the same file is then not taken for the new one's), the
    # workspace path, the problems found ([] = healthy), and whether every check ran (False:
    # the time budget ran out first)
    finished = Signal(object, object, list, bool)

    def start(self, path: Path, token: object = None) -> None:
        threading.Thread(target=self._run, args=(Path(path), token), name="workspace-check",
                         daemon=True).start()

    def _run(self, path: Path, token: object) -> None:
        with _no_collection_off_the_gui_thread():
            verdict = check_on_open(path)
            try:
                # A signal emitted from this thread is delivered on the GUI thread.
                self.finished.emit(token, path, verdict.problems, verdict.complete)
            except RuntimeError:
                pass  # the window closed while the check ran: nobody is left to tell
