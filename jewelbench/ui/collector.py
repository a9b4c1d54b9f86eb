"""Python's garbage collector, run only in the GUI thread.

Python collects reference cycles in whichever thread happens to allocate when a generation's
count passes its threshold. In a worker thread (the workspace check, a comparison, a backup,
photos taken in, the demo writer) that may destroy Qt objects a closed view left in a cycle:
their destructor, inside Qt's connection lock, waits for the GIL, which the GUI thread holds
while it waits for that same lock, and the window freezes for good. (Seen: the workspace
check's thread in QObject::disconnect, the GUI thread laying out a label.) So once the window
exists automatic collection is off, and a timer in the GUI thread collects each generation
whose count passed its threshold, as pyqtgraph's util.garbage_collector and Anki do.

install() is called by whatever starts Python work off the GUI thread, and by the window; it
is idempotent. collect_due() does one round by hand (the tests run it after each test, whose
event loop may not have turned).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

INTERVAL_MS = 500  # Anki checks every second, pyqtgraph every second: a little more often here

_installed: list[QObject] = []  # the application the collector lives on, once installed


def collect_due() -> int:
    """Collect the generations whose counts passed their thresholds, youngest first (what
    automatic collection would have done by now); the number of objects collected."""
    first, second, third = gc.get_threshold()
    young, middle, old = gc.get_count()
    if young <= first:
        return 0
    generation = 0
    if middle > second:
        generation = 2 if old > third else 1
    return gc.collect(generation)


def install() -> None:
    """Collect in the GUI thread from now on (a no-op without an application, off the GUI
    thread, or once done)."""
    app = QCoreApplication.instance()
    if app is None or app.thread() is not QThread.currentThread():
        return
    if any(existing is app for existing in _installed):
        return
    timer = QTimer(app)
    timer.setObjectName("gcInGuiThread")
    timer.setInterval(INTERVAL_MS)
    timer.timeout.connect(collect_due)
    timer.start()
    gc.disable()
    _installed[:] = [app]


def installed() -> bool:
    app = QCoreApplication.instance()
    return app is not None and any(existing is app for existing in _installed)
