"""The one way an editor changes the workspace: an undoable command, one transaction per action.

Every editor builds a WorkspaceCommand and hands it to the window's UndoController. The
controller applies it in one transaction; only a change that was written is pushed onto the
undo stack, so a refused change (a full disk, a lock, bad input) leaves no trace but the reason,
which the editor shows beside the user's typing, kept. Undo and redo run in one transaction
each too; if one of those fails, the window says so.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from jewelbench.domain.messages import QT_TRANSLATE_NOOP
from jewelbench.domain.validation import DomainError
from jewelbench.storage import DiskFull, StorageError, Workspace, WorkspaceLocked
from jewelbench.storage.store import WorkspaceTaken
from jewelbench.ui import i18n
from jewelbench.ui.i18n import translate
from jewelbench.ui.topics import Topic

KEPT_IN_THE_FORM = QT_TRANSLATE_NOOP("refusal", "Your change is still in the form.")
CARRY_ON_ELSEWHERE = QT_TRANSLATE_NOOP("refusal", "Close this window and carry on in the "
                                                  "other one.")


def refusal(error: StorageError | DomainError) -> str:
    """Why an editor's change was not saved, in the user's language, with what it means for
    what they typed: storage speaks of the file, the window of its form and its windows."""
    said = i18n.say(error)
    if isinstance(error, (DiskFull, WorkspaceLocked)):  # try again: nothing typed is lost
        return f"{said} {translate(KEPT_IN_THE_FORM)}"
    if isinstance(error, WorkspaceTaken) and error.elsewhere:
        return f"{said} {translate(CARRY_ON_ELSEWHERE)}"
    return said


class WorkspaceCommand(QUndoCommand):
    """Subclasses write apply() and revert(); each runs inside one transaction.

    `topic` names what changed (a ui.topics.Topic) so the views showing it refresh."""

    topic: Topic | None = None  # every command that is run names one

    def __init__(self, text: str, workspace: Workspace) -> None:
        super().__init__(text)
        self.workspace = workspace
        self.controller: UndoController | None = None
        self._already_applied = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def affected(self) -> object:
        """What a view needs to refresh after apply or revert (an id, a code …)."""
        return None

    # QUndoStack calls redo() when a command is pushed: it was applied already by then.
    def redo(self) -> None:
        if self._already_applied:
            self._already_applied = False
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, step) -> None:
        try:
            with self.workspace.transaction():
                step()
        except (StorageError, DomainError) as error:
            # The stack has moved but the file has not: drop this command so they agree again.
            self.setObsolete(True)
            if self.controller is not None:
                self.controller.failed.emit(self.text(), refusal(error))
            return
        if self.controller is not None:
            self.controller.ran.emit(self)
            self.controller.changed.emit(self.topic, self.affected())


class UndoController(QObject):
    """Applies commands and keeps the undo stack of the open workspace."""

    changed = Signal(object, object)  # the Topic, what was affected
    ran = Signal(object)  # the command just applied, undone or redone (before `changed`)
    failed = Signal(str, str)  # an undo or redo was not saved: the action's name, and why

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(500)

    def run(self, command: WorkspaceCommand) -> str | None:
        """Apply the command in one transaction. None when it was written (and can be undone);
        otherwise why not, for the editor to show beside what the user typed."""
        command.controller = self
        try:
            with command.workspace.transaction():
                command.apply()
        except (StorageError, DomainError) as error:
            return refusal(error)
        command._already_applied = True
        self.stack.push(command)
        self.ran.emit(command)
        self.changed.emit(command.topic, command.affected())
        return None

    def clear(self) -> None:
        """A different workspace is open: the old one's history no longer applies."""
        self.stack.clear()
