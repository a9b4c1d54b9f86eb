"""The window's supplier scorecards: computed off the GUI thread, kept per supplier, and dropped
when an edit, undo or redo touches what a supplier's scorecard is computed from.

A worker (one at a time, on the application's scorecard pool) opens its OWN read-only
connection to the workspace file (storage/scorecards.py), computes the scorecards asked for in
one batched pass and hands plain Python objects back by a queued signal; the window's
connection never leaves the GUI thread. While a supplier's scorecard is being computed,
`computing(id)` is true and the views say "Computing scorecards…". A small history (at most
`inline_limit` quotes and sample rounds in the workspace, a few milliseconds of work) is
computed at once on the GUI thread instead, so the scores of a small workspace never flicker.

What drops a supplier's scorecard (`follow` an UndoController): a quote changed drops the
scorecards of every supplier that quoted or sampled its design (the price position compares a
supplier's price with the others'); a sample round changed drops its supplier's. A supplier
added, renamed or deleted, a design's code changed, exchange rates or the base currency
changed: every scorecard is dropped. Other edits (a new design, a BOM, a contact, a scenario)
drop nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from jewelbench.domain.quotes import Quote
from jewelbench.domain.samples import SampleRound
from jewelbench.domain.scorecard import Scorecard
from jewelbench.storage import StorageError, Workspace
from jewelbench.ui import i18n
from jewelbench.ui.commands import UndoController, WorkspaceCommand
from jewelbench.ui.topics import Topic

# every scorecard may have changed
EVERY_TOPIC = (Topic.SUPPLIERS, Topic.PRICES, Topic.WORKSPACE)
DESIGN_LIMIT = 200  # more designs touched at once than this: drop every scorecard


def computing_text() -> str:
    return QCoreApplication.translate("suppliers", "Computing scorecards…")


class _Signals(QObject):
    done = Signal(object)  # the job


class _Job(QRunnable):
    """Computes some suppliers' scorecards through its own read-only connection."""

    def __init__(self, path: Path, today: dt.date, supplier_ids: list[int],
                 versions: dict[int, int]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.path = path
        self.today = today
        self.supplier_ids = supplier_ids
        self.versions = versions  # each supplier's version when asked
        self.cards: dict[int, Scorecard] = {}
        self.error = ""
        self.signals = _Signals()

    def run(self) -> None:
        from jewelbench.storage.scorecards import read_only_store, scorecards

        try:
            db = read_only_store(self.path)
            try:
                self.cards = scorecards(db, self.today, self.supplier_ids)
            finally:
                db.close()
        except StorageError as error:
            self.error = i18n.say(error)
        except Exception as error:  # noqa: BLE001 (the worker must always answer)
            self.error = f"{type(error).__name__}: {error}"
        try:
            self.signals.done.emit(self)
        except RuntimeError:  # the window that asked is gone (closed while this ran)
            pass


def _pool() -> QThreadPool:
    """The scorecard workers' pool, shared by every window and dialog: one history read at a
    time, in the order asked. It belongs to the application, which waits for a worker still
    running when it quits; a window closed or a workspace switched meanwhile does not."""
    app = QCoreApplication.instance()
    pool = app.findChild(QThreadPool, "scorecardWorkers") if app is not None else None
    if pool is None:
        pool = QThreadPool(app)
        pool.setObjectName("scorecardWorkers")
        pool.setMaxThreadCount(1)
    return pool


class ScorecardCache(QObject):
    """Scorecards by supplier for one workspace (see the module's docstring)."""

    changed = Signal(object)  # the supplier ids whose scorecard arrived, failed or was dropped

    inline_limit = 400  # quotes + sample rounds computed at once on the GUI thread

    def __init__(self, workspace: Workspace, today: Callable[[], dt.date],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.today = today
        self._cards: dict[int, Scorecard] = {}
        self._errors: dict[int, str] = {}
        self._versions: dict[int, int] = {}
        self._asked: dict[int, int] = {}  # supplier id → its version when a worker was asked
        self._jobs: set[_Job] = set()
        self._day: dt.date | None = None  # the day the scorecards kept are computed as of
        self._controllers: list[UndoController] = []
        self._pool = _pool()

    # --- reading -------------------------------------------------------------------------

    def scorecard(self, supplier_id: int) -> Scorecard | None:
        return self._cards.get(supplier_id)

    def error(self, supplier_id: int) -> str:
        """Why this supplier's scorecard could not be computed ('' when it could)."""
        return self._errors.get(supplier_id, "")

    def computing(self, supplier_id: int) -> bool:
        return supplier_id in self._asked

    def request(self, supplier_ids: Iterable[int]) -> None:
        """Compute the scorecards not known yet nor being computed; `changed` says when they
        are there (at once for a small history). Scorecards of another day (the window was
        left open past midnight) are computed anew: what is overdue has changed."""
        supplier_ids = list(supplier_ids)
        day = self.today()
        if day != self._day:
            first, self._day = self._day is None, day
            if not first:
                self.drop()
        missing = [s for s in dict.fromkeys(supplier_ids)
                   if s not in self._cards and s not in self._errors and s not in self._asked]
        if not missing:
            return
        if self._small():
            self._compute_here(missing)
            return
        versions = {s: self._versions.get(s, 0) for s in missing}
        self._asked.update(versions)
        job = _Job(self.workspace.path, day, missing, versions)
        job.signals.done.connect(self._arrived)
        self._jobs.add(job)
        # Started once what asked has been shown: the worker holds Python's lock while it
        # computes, and would slow the list being laid out now.
        QTimer.singleShot(0, self, lambda: self._start(job))

    def _start(self, job: _Job) -> None:
        if job not in self._jobs:
            return
        if not self._wanted(job):  # dropped again before it started
            self._jobs.discard(job)
            return
        self._pool.start(job)

    def _wanted(self, job: _Job) -> bool:
        """Some result of the job would still be used."""
        return any(self._asked.get(s) == v for s, v in job.versions.items())

    def stop(self) -> None:
        """The window is done with these scorecards (another workspace, closed): the workers
        not started yet never start; one running finishes on its own, unused."""
        for job in list(self._jobs):
            self._pool.tryTake(job)
        self._jobs.clear()
        self._asked.clear()

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the workers (closing the window or the workspace); True when none is left
        running. Their results still arrive through the event loop; one asked for but not
        started yet starts when the event loop next runs."""
        return self._pool.waitForDone(msecs)

    def _small(self) -> bool:
        return self.workspace.suppliers.history_size() <= self.inline_limit

    def _compute_here(self, supplier_ids: list[int]) -> None:
        assert self._day is not None
        try:
            cards = self.workspace.suppliers.scorecards(self._day, supplier_ids)
        except StorageError as error:
            self._errors.update((s, i18n.say(error)) for s in supplier_ids)
        else:
            self._cards.update(cards)
            self._errors.update((s, _gone()) for s in supplier_ids if s not in cards)
        self.changed.emit(set(supplier_ids))

    def _arrived(self, job: _Job) -> None:
        self._jobs.discard(job)
        arrived: set[int] = set()
        for supplier_id, version in job.versions.items():
            if self._asked.get(supplier_id) != version:
                continue  # dropped while it was computed: a newer request is under way
            del self._asked[supplier_id]
            arrived.add(supplier_id)
            card = job.cards.get(supplier_id)
            if card is not None:
                self._cards[supplier_id] = card
            else:  # no card and no error: the supplier was deleted meanwhile
                self._errors[supplier_id] = job.error or _gone()
        if arrived:
            self.changed.emit(arrived)

    # --- dropping ------------------------------------------------------------------------

    def drop(self, supplier_ids: Iterable[int] | None = None) -> None:
        """Forget these suppliers' scorecards (every one when None): they are computed again
        when next asked for. A result under way for them is not used."""
        ids = set(self._cards) | set(self._errors) | set(self._asked) | set(self._versions) \
            if supplier_ids is None else set(supplier_ids)
        for supplier_id in ids:
            self._versions[supplier_id] = self._versions.get(supplier_id, 0) + 1
            self._cards.pop(supplier_id, None)
            self._errors.pop(supplier_id, None)
            self._asked.pop(supplier_id, None)
        for job in list(self._jobs):  # one not started whose every result would be unused
            if not self._wanted(job) and self._pool.tryTake(job):
                self._jobs.discard(job)
        if ids:
            self.changed.emit(ids)

    def follow(self, controller: UndoController) -> None:
        """Drop what each edit, undo or redo on this controller touches."""
        if any(c is controller for c in self._controllers):
            return
        self._controllers.append(controller)
        controller.ran.connect(self.command_ran)

    def command_ran(self, command: WorkspaceCommand) -> None:
        if command.workspace is not self.workspace:
            return
        touched = _touched(command)
        if touched is None:
            self.drop()
            return
        suppliers, designs = touched
        if len(designs) > DESIGN_LIMIT:
            self.drop()
            return
        for design_id in designs:
            suppliers |= self.workspace.suppliers.ids_for_design(design_id)
        self.drop(suppliers)


def _gone() -> str:
    return QCoreApplication.translate("suppliers", "this supplier no longer exists")


def _touched(command: WorkspaceCommand) -> tuple[set[int], set[int]] | None:
    """The suppliers and designs whose scorecards a command's quotes and sample rounds touch
    (suppliers, designs quoted); None when it may have changed every scorecard."""
    topic = command.topic
    suppliers: set[int] = set()
    designs: set[int] = set()
    if topic in EVERY_TOPIC:
        if topic == Topic.SUPPLIERS and _same(command, "name"):
            return suppliers, designs  # a contact, a certificate, due diligence
        return None
    if topic not in (Topic.QUOTES, Topic.SAMPLES, Topic.DESIGNS):
        return suppliers, designs
    found = False
    for value in vars(command).values():
        for item in value if isinstance(value, list | tuple) else (value,):
            if isinstance(item, Quote):
                suppliers.add(item.supplier_id)
                designs.add(item.design_id)
                found = True
            elif isinstance(item, SampleRound):
                suppliers.add(item.supplier_id)
                found = True
    if found:
        return suppliers, designs
    if topic == Topic.DESIGNS:  # of a design, only its code shows in a scorecard
        before = getattr(command, "before", None)
        return None if hasattr(before, "code") and not _same(command, "code") else (
            suppliers, designs)
    return None


def _same(command: WorkspaceCommand, field: str) -> bool:
    """The command's before and after hold the same value of field."""
    before, after = getattr(command, "before", None), getattr(command, "after", None)
    return (before is not None and after is not None
            and getattr(before, field, None) == getattr(after, field, None) is not None)
