"""Backups written in the background: the automatic one every interval, and Back Up Now.

Backups.begin() runs on the GUI thread (a change being saved, or too little free space, is a
refusal with its reason before anything is written); write_backup() runs on a pool thread with
its own read-only connection to the workspace file (SQLite's backup API: one consistent
snapshot while the window goes on saving); Backups.finish() rotates older backups out back on
the GUI thread. What is said (status bar, Backups dialog) gives how long it took."""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QStatusBar, QWidget

from jewelbench.domain.messages import fill
from jewelbench.storage import StorageError
from jewelbench.storage.backups import (
    BackupError,
    BackupInfo,
    BackupJob,
    Backups,
    write_backup,
)
from jewelbench.ui import collector, i18n
from jewelbench.ui.formatting import decimal_text

CLOSING_NOTE_AFTER_MS = 400  # the "Backing up before closing" note shows after this


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("backups", text)


def duration_text(seconds: float) -> str:
    """0.4 s, 12 s, 2 min 5 s."""
    if seconds < 10:
        return fill(translate("backups", "{seconds} s"), seconds=decimal_text(Decimal(seconds), 1))
    if seconds < 60:
        return fill(translate("backups", "{seconds} s"), seconds=decimal_text(Decimal(seconds), 0))
    minutes, rest = divmod(round(seconds), 60)
    return fill(translate("backups", "{minutes} min {seconds} s"), minutes=str(minutes),
                seconds=str(rest))


def taken_text(info: BackupInfo) -> str:
    """'Backed up at 14:05 in 2.3 s' (without the duration when it is not known)."""
    if info.took_s is None:
        return fill(translate("backups", "Backed up at {taken}"),
                    taken=info.taken_at.strftime("%H:%M"))
    return fill(translate("backups", "Backed up at {taken} in {duration}"),
                taken=info.taken_at.strftime("%H:%M"),
                duration=duration_text(info.took_s))


class _Signals(QObject):
    done = Signal(object, object)  # the BackupJob, a BackupInfo or the error raised


class _Write(QRunnable):
    def __init__(self, job: BackupJob, signals: _Signals) -> None:
        super().__init__()
        self.job = job
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result: object = write_backup(self.job)  # its own connection, never the window's
        except Exception as error:  # noqa: BLE001 (handed to the GUI thread, said there)
            result = error
        self.signals.done.emit(self.job, result)


class BackgroundBackup(QObject):
    """One backup at a time, written on a pool thread. finished(BackupInfo) or failed(str)
    arrive on the GUI thread."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._running: tuple[Backups, _Signals] | None = None

    @property
    def busy(self) -> bool:
        return self._running is not None

    def start(self, backups: Backups, reason: str) -> str | None:
        """Begin a backup; None when it is being written, else why it was not begun (also
        sent as failed)."""
        if self._running is not None:
            return translate("backups", "A backup is being written already.")
        try:
            job = backups.begin(reason)
        except (StorageError, OSError) as error:
            self.failed.emit(i18n.say(error))
            return i18n.say(error)
        signals = _Signals()
        signals.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self._running = (backups, signals)
        collector.install()  # Python work off the GUI thread: collect only in it
        self.pool.start(_Write(job, signals))
        return None

    def _done(self, job: BackupJob, result: object) -> None:
        running, self._running = self._running, None
        if running is None:
            return
        if isinstance(result, BackupInfo):
            try:
                info = running[0].finish(job, result)
            except (StorageError, OSError) as error:
                self.failed.emit(i18n.say(error))
                return
            self.finished.emit(info)
        elif isinstance(result, BaseException):
            self.failed.emit(" ".join(str(result).split()) or type(result).__name__)

    def wait(self, msecs: int = -1) -> bool:
        """Let a backup being written end (closing the window or the Backups dialog, File ▸
        Open, wait for it): the event loop goes on meanwhile, so the window paints (user input
        waits), and after CLOSING_NOTE_AFTER_MS a small note says what it is waiting for. A
        large workspace takes many seconds: waiting on the pool blocked the window's thread."""
        if not self.busy:
            return True
        loop = QEventLoop()
        self.finished.connect(loop.quit)
        self.failed.connect(loop.quit)
        if msecs >= 0:
            QTimer.singleShot(msecs, loop.quit)
        check = QTimer()  # and whatever ended it, said or not
        check.setInterval(100)

        def quit_when_done() -> None:
            if not self.busy:
                loop.quit()

        check.timeout.connect(quit_when_done)
        check.start()
        parent = self.parent()
        note = _waiting_note(parent.window() if isinstance(parent, QWidget) else None,
                             translate("backups", "Finishing the backup being written…"))
        try:
            if self.busy:
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            check.stop()
            self.finished.disconnect(loop.quit)
            self.failed.disconnect(loop.quit)
            note.close()
            note.deleteLater()
        return not self.busy


def _waiting_note(parent: QWidget | None, text: str) -> QProgressDialog:
    """A small modal note without Cancel, shown only if the wait outlasts
    CLOSING_NOTE_AFTER_MS."""
    note = QProgressDialog(text, "", 0, 0, parent)
    note.setObjectName("backingUpOnClose")
    note.setWindowTitle(translate("backups", "Backing up"))
    note.setCancelButton(None)  # no Cancel: what waits goes on when it is written
    note.setWindowModality(Qt.WindowModality.ApplicationModal)
    note.setMinimumDuration(CLOSING_NOTE_AFTER_MS)
    note.setValue(0)
    return note


def back_up_if_due(window: Any) -> None:
    """The window's backup timer: an automatic backup when one is due, in the background;
    the status bar says it is being written, then when and how long it took, or why not."""
    if window.workspace.read_only:
        return
    runner = window.backup_runner
    if runner is None:
        runner = window.backup_runner = BackgroundBackup(window)
        bar = window.statusBar()
        runner.finished.connect(partial(_say_taken, bar))
        runner.failed.connect(partial(_say_failed, bar))
    if runner.busy:
        return
    try:
        due = window.backups.due()
    except (StorageError, OSError):
        due = True  # begin() says why
    if due and runner.start(window.backups, "automatic") is None:
        window.statusBar().showMessage(translate("backups", "Backing up in the background…"))


def _say_taken(bar: QStatusBar, info: BackupInfo) -> None:
    """An automatic backup was written: when, and how long it took."""
    bar.showMessage(taken_text(info), 8000)


def _say_failed(bar: QStatusBar, why: str) -> None:
    bar.showMessage(fill(translate("backups", "Automatic backup failed: {why}"), why=why), 15000)


def back_up_on_close(window: Any) -> BackupInfo | None:
    """The backup of a changed workspace as it is closed: written on a pool thread like the
    others, while the closing window goes on painting and, for a large workspace, a small
    dialog says what it is waiting for. Returns when it is written; BackupError says why not
    (the workspace itself is saved either way)."""
    backups: Backups = window.backups
    if not backups.changed:
        return None
    runner = BackgroundBackup(window)
    loop = QEventLoop()
    outcome: list[object] = []

    def ended(result: object) -> None:
        outcome.append(result)
        loop.quit()

    runner.finished.connect(ended)
    runner.failed.connect(ended)
    refusal = runner.start(backups, "on close")
    if refusal is not None:
        raise BackupError(refusal)
    note = _waiting_note(window, fill(translate("backups",
                                                "Backing up {workspace} before closing…"),
                                      workspace=backups.workspace.path.name))
    if not outcome:
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    note.close()
    note.deleteLater()
    result = outcome[0] if outcome else None
    if isinstance(result, BackupInfo):
        return result
    raise BackupError(str(result or translate("backups", "the backup did not finish")))
