"""Python's garbage is collected in the GUI thread only (jewelbench/ui/collector.py): a reference
cycle let go of in a worker thread is not collected there, where destroying a Qt object would
freeze the window, but by the GUI thread's timer."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QThread, QTimer

from jewelbench.ui import collector


class Cycle:
    """A reference cycle that notes, when collected, the thread it was collected in."""

    def __init__(self, seen: list[str]) -> None:
        self.me = self
        self.seen = seen

    def __del__(self) -> None:
        self.seen.append(threading.current_thread().name)


def test_the_window_turns_automatic_collection_off_and_collects_on_a_timer(window):
    assert not gc.isenabled()
    assert collector.installed()
    timers = [t for t in QCoreApplication.instance().findChildren(QTimer)
              if t.objectName() == "gcInGuiThread"]
    assert len(timers) == 1 and timers[0].isActive()
    assert timers[0].thread() is QThread.currentThread()
    collector.install()  # again: still one timer
    assert len([t for t in QCoreApplication.instance().findChildren(QTimer)
                if t.objectName() == "gcInGuiThread"]) == 1


def test_garbage_made_in_a_worker_thread_is_collected_in_the_gui_thread(qtbot, window):
    seen: list[str] = []

    def work() -> None:
        Cycle(seen)  # garbage at once: only a collection can free it
        for _ in range(gc.get_threshold()[0] * 20):  # more garbage cycles, far past the
            loop: list[object] = []                  # youngest generation's threshold
            loop.append(loop)

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()
    assert seen == [], "nothing was collected in the worker thread"
    # the GUI thread's timer, on the event loop's next turns, collects it (it is young)
    qtbot.waitUntil(lambda: seen != [], timeout=3 * collector.INTERVAL_MS)
    assert seen == [threading.main_thread().name]


def test_what_is_due_is_collected_by_hand_too(window):
    seen: list[str] = []
    Cycle(seen)
    _ = [[object()] for _ in range(gc.get_threshold()[0] * 2)]
    assert gc.get_count()[0] > gc.get_threshold()[0], "not collected automatically"
    assert collector.collect_due() > 0
    assert seen == [threading.main_thread().name]
