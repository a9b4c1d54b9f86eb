"""Taking photos in off the GUI thread, with a progress dialog and Cancel: a 60 MB camera file
is read, decoded and scaled on a pool thread while the window goes on answering.

The worker touches no widget and no database: it gets paths and the keep-originals choice, and
hands back plain StoredImage values (or the reason a file was refused) by a queued signal. The
caller then stores them as one undoable change on the GUI thread, exactly as before.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from jewelbench.domain.messages import fill
from jewelbench.ui import collector, i18n
from jewelbench.ui.imaging import ImageError, StoredImage, TakeInCancelled, take_in

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 300  # the progress dialog appears only for a taking in longer than this
_STEPS = 100  # progress steps per file
NAME_WIDTH_PX = 360  # a file name longer than this is shortened in the progress dialog


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("photo_intake", text)


@dataclass(frozen=True)
class Taken:
    """One file's outcome: what is stored of it, or why it was not taken in."""

    path: Path
    stored: StoredImage | None
    refusal: str = ""


def take_one(path: Path, keep_original: bool,
             cancelled: Callable[[], bool] | None = None,
             progress: Callable[[int], None] | None = None) -> Taken:
    """take_in() with every refusal turned into a reason (TakeInCancelled goes through)."""
    taken = _take_one(path, keep_original, cancelled, progress)
    if taken.stored is not None:
        log.info("took in the image %s: %d bytes, stored %d×%d", path.name,
                 taken.stored.file_size, taken.stored.width, taken.stored.height)
    else:
        log.warning("refused the image %s: %s", path.name, taken.refusal)
    return taken


def _take_one(path: Path, keep_original: bool, cancelled: Callable[[], bool] | None,
              progress: Callable[[int], None] | None) -> Taken:
    try:
        return Taken(path, take_in(path, keep_original=keep_original, cancelled=cancelled,
                                   progress=progress))
    except TakeInCancelled:
        raise
    except ImageError as error:
        return Taken(path, None, i18n.say(error).rstrip("."))
    except OSError as error:  # moved away, no permission, a disk gone: said in plain words
        reason = error.strerror or " ".join(i18n.say(error).split()) or type(error).__name__
        return Taken(path, None, fill(translate("photo_intake", "it cannot be read ({reason})"),
                                      reason=reason[:1].lower() + reason[1:].rstrip(".")))
    except MemoryError:
        return Taken(path, None, translate("photo_intake", "there is not enough memory to read it"))


def take_all(paths: list[Path], keep_original: bool) -> list[Taken]:
    """Take files in on this thread (scripts and tests; the window uses PhotoIntake)."""
    return [take_one(path, keep_original) for path in paths]


class _Signals(QObject):
    progress = Signal(int, str)  # steps done, the file being read
    finished = Signal(object, bool)  # list[Taken], cancelled


class _TakeIn(QRunnable):
    def __init__(self, paths: list[Path], keep_original: bool, signals: _Signals,
                 stop: threading.Event) -> None:
        super().__init__()
        self.paths = paths
        self.keep_original = keep_original
        self.signals = signals
        self.stop = stop
        self.setAutoDelete(True)

    def _reporter(self, base: int, name: str) -> Callable[[int], None]:
        def report(percent: int) -> None:
            self.signals.progress.emit(base + percent, name)
        return report

    def run(self) -> None:
        taken: list[Taken] = []
        cancelled = False
        try:
            for number, path in enumerate(self.paths):
                if self.stop.is_set():
                    cancelled = True
                    break
                self.signals.progress.emit(number * _STEPS, path.name)
                try:
                    taken.append(take_one(path, self.keep_original, self.stop.is_set,
                                          self._reporter(number * _STEPS, path.name)))
                except TakeInCancelled:
                    cancelled = True
                    break
        except Exception as error:  # noqa: BLE001 (handed to the GUI thread as a refusal)
            taken.append(Taken(self.paths[len(taken)], None, " ".join(i18n.say(error).split())
                               or type(error).__name__))
        self.signals.finished.emit(taken, cancelled or self.stop.is_set())


_shared_pool: QThreadPool | None = None


def _pool() -> QThreadPool:
    """The one thread photos are taken in on. Not a child of an intake: an editor closed
    while a photo is read is deleted, and a pool deleted with it waits (on the window's
    thread) for the step being done — up to a second for a 60 MB photo."""
    global _shared_pool  # noqa: PLW0603 (made on first use, kept for the session)
    if _shared_pool is None:
        _shared_pool = QThreadPool()
        _shared_pool.setMaxThreadCount(1)
    return _shared_pool


class PhotoIntake(QObject):
    """Takes files in on a pool thread, one batch at a time, with a window-modal progress
    dialog on parent (shown after SHOW_AFTER_MS) whose Cancel stops it: nothing of a
    cancelled batch is handed back. done(list[Taken], cancelled) arrives on the GUI thread."""

    done = Signal(object, bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.pool = _pool()
        self.progress: QProgressDialog | None = None
        self.cancel_button: QPushButton | None = None  # the progress dialog's
        self._stop = threading.Event()
        self._signals: _Signals | None = None
        self._count = 0
        self._next: tuple[list[Path], bool] | None = None  # files chosen while one was ending
        parent.installEventFilter(self)  # closing the window it belongs to stops it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Close and self.busy:
            self.cancel()
        return False

    @property
    def busy(self) -> bool:
        return self._signals is not None

    def start(self, paths: list[Path], keep_original: bool) -> bool:
        """Begin taking paths in; False when there is nothing to do. Files chosen while a
        batch is still running (a cancelled one goes on to the end of the step it is in) are
        taken in right after it, never dropped."""
        if not paths:
            return False
        if self.busy:
            waiting = self._next[0] if self._next is not None else []
            self._next = ([*waiting, *paths], keep_original)
            return True
        window = self._parent.window()
        if window is not self._parent:  # a view's intake: closing its window stops it too
            window.removeEventFilter(self)
            window.installEventFilter(self)
        self._stop = threading.Event()
        self._count = len(paths)
        signals = _Signals()
        signals.progress.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        signals.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._signals = signals
        progress = QProgressDialog(self._label(paths[0].name, 0), translate("photo_intake",
                                                                            "Cancel"), 0,
                                   len(paths) * _STEPS, self._parent)
        progress.setObjectName("photoIntakeProgress")
        # Qt's own Cancel button: Escape presses it too
        self.cancel_button = progress.findChild(QPushButton)
        if self.cancel_button is not None:
            self.cancel_button.setToolTip(
                translate("photo_intake", "Stop taking these files in: none of them is added"))
        progress.setWindowTitle(translate("photo_intake", "Taking in photos"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(SHOW_AFTER_MS)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel)
        progress.setValue(0)
        self.progress = progress
        collector.install()  # Python work off the GUI thread: collect only in it
        self.pool.start(_TakeIn(list(paths), keep_original, signals, self._stop))
        return True

    def cancel(self) -> None:
        """Stop after the piece being read or the step being done; nothing is handed back."""
        self._stop.set()
        self._next = None
        if self.progress is not None:
            self.progress.setLabelText(translate("photo_intake", "Cancelling…"))

    def _label(self, name: str, number: int) -> str:
        # a long file name is shortened in its middle: the dialog grows with its label, and
        # a 200-character name made it wider than a laptop's screen
        name = self._parent.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle,
                                                     NAME_WIDTH_PX)
        return fill(translate("photo_intake", "Taking in “{name}” ({number} of {total})…"),
                    name=name,
                    number=str(number + 1), total=str(self._count))

    def _progressed(self, steps: int, name: str) -> None:
        if self.progress is None or self._stop.is_set():
            return
        self.progress.setLabelText(self._label(name, min(steps // _STEPS, self._count - 1)))
        self.progress.setValue(steps)

    def _finished(self, taken: list[Taken], cancelled: bool) -> None:
        self._signals = None
        window = self._parent.window()
        if window is not self._parent:  # the window is watched only while photos are read
            window.removeEventFilter(self)
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.done.emit([] if cancelled else taken, cancelled)
        waiting, self._next = self._next, None
        if waiting is not None:
            self.start(*waiting)

    def wait(self, msecs: int = -1) -> bool:
        """For closing: let the running batch end (its result is dropped with the window)."""
        self._stop.set()
        self._next = None
        return self.pool.waitForDone(msecs)


def cancelled_note() -> str:
    return translate("photo_intake", "Cancelled: nothing was added.")
