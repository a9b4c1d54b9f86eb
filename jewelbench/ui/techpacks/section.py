"""What every section tab of the tech pack editor shares, and how a tab talks to the editor.

A section tab (dimensions, weight, callouts, DFM …) knows nothing of the editor. The editor
shows it a draft with show_draft(draft, shown), says whether it takes edits with
set_editable(), and listens to two signals: change_requested carries a DraftChange (the whole
changed draft and what changed, for the undo text), which the editor saves as one undoable
command and answers in DraftChange.saved; message carries a sentence for the editor's status
line. After a saved change, undo or redo, the editor shows every tab the draft again.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QHeaderView, QLineEdit, QPlainTextEdit, QWidget

from jewelbench.domain.alloys import Alloy
from jewelbench.domain.designs import Design
from jewelbench.domain.messages import fill
from jewelbench.domain.techpacks import RevisionStatus, TechPackDraft, TechPackRevision
from jewelbench.ui.widgets.list_page import ListPage


@dataclass
class DraftChange:
    """A tab's changed draft on its way to be saved: the editor saves it (one undoable
    command) and says in `saved` whether it was."""

    after: TechPackDraft
    what: str  # what changed, as the undo stack names it
    saved: bool = False


@dataclass(frozen=True)
class RevisionShown:
    """What a tab may show beside the draft: the revision shown, and its design and the
    workspace's alloys as the editor last read them."""

    revision: TechPackRevision
    design: Design
    alloys: tuple[Alloy, ...]

    @property
    def issued(self) -> bool:
        return self.revision.status is RevisionStatus.ISSUED


class DraftSection(QWidget):
    """A tab of the tech pack editor that shows (and edits) a part of the draft."""

    change_requested = Signal(object)  # a DraftChange; the editor answers in its `saved`
    message = Signal(str)  # a sentence for the editor's status line

    def __init__(self) -> None:
        super().__init__()
        self.draft: TechPackDraft | None = None  # what the shown revision holds
        self._editable = False
        self._showing = False  # filling widgets: their signals are not edits

    def show_draft(self, draft: TechPackDraft, shown: RevisionShown) -> None:
        self.draft = draft
        self._showing = True
        try:
            self.fill(draft, shown)
        finally:
            self._showing = False
        self.filled()

    def fill(self, draft: TechPackDraft, shown: RevisionShown) -> None:
        """Put the draft into the tab's widgets (their signals are not edits meanwhile)."""

    def filled(self) -> None:
        """After fill(), with the widgets' signals heard again."""

    def set_editable(self, editable: bool) -> None:
        """A draft's form takes edits; an issued revision's shows what it was issued with."""
        self._editable = editable
        for field in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            field.setReadOnly(not editable)

    # --- asking the editor ---------------------------------------------------------------

    def edited(self) -> TechPackDraft:
        """A copy of the shown draft to change; hand it to change()."""
        assert self.draft is not None
        return copy.deepcopy(self.draft)

    def change(self, after: TechPackDraft, what: str) -> bool:
        """Ask for a changed draft to be saved now; whether it was."""
        request = DraftChange(after, what)
        self.change_requested.emit(request)
        return request.saved

    def say(self, text: str) -> None:
        self.message.emit(text)

    def set_field(self, name: str, value: Any, what: str) -> None:
        """One field of the draft changed in a widget: save it unless it is what is shown."""
        if self._showing or self.draft is None:
            return
        if getattr(self.draft, name) == value:
            return
        after = self.edited()
        setattr(after, name, value)
        self.change(after, fill(self.tr("Change {what}"), what=what))

    # --- text fields are saved when left -------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if isinstance(watched, QPlainTextEdit) and event.type() == QEvent.Type.FocusOut:
            self.text_left(watched)
        return super().eventFilter(watched, event)

    def text_left(self, field: QPlainTextEdit) -> None:
        """A text field of this tab (one it filters events of) lost the focus."""


def table_in_tab(page: ListPage) -> None:
    """A list page as a plain table in a tab: no search, title or margins of its own, and the
    rows in the draft's order (not sortable)."""
    page.search.hide()
    page.title.hide()
    page.subtitle.hide()
    page.layout_.setContentsMargins(0, 0, 0, 0)
    page.table.setSortingEnabled(False)


def fit_columns(page: ListPage, stretch: int) -> None:
    """A short table in a tab: one text column takes the width, the others fit their text."""
    header = page.table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(page.model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)


def set_text(field: QLineEdit, text: str) -> None:
    """Show text in a line edit, leaving it (and its cursor) alone when it already shows it."""
    if field.text() != text:
        field.setText(text)


def set_plain(field: QPlainTextEdit, text: str) -> None:
    if field.toPlainText() != text:
        field.setPlainText(text)
