"""A list of the draft (dimensions, finishes) shown as an editable table with Add and Remove.

A subclass says which list of the draft it shows (`field`), its title, columns and empty
text, how a typed cell changes an item and what a new item is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from jewelbench.domain.inputs import InputError
from jewelbench.domain.messages import fill
from jewelbench.domain.techpacks import TechPackDraft
from jewelbench.domain.validation import DomainError
from jewelbench.ui import i18n
from jewelbench.ui.techpacks.section import DraftSection, RevisionShown, table_in_tab
from jewelbench.ui.widgets.list_page import ListPage
from jewelbench.ui.widgets.table_model import Column


@dataclass(frozen=True)
class Row:
    """One line of a draft's list (a dimension, a finish) and its position."""

    index: int
    item: Any


class ListSection(DraftSection):
    """A list of the draft as an editable table with Add and Remove."""

    field = ""  # the draft's list shown: "dimensions", "finishes"

    def __init__(self) -> None:
        super().__init__()
        self.title = self.heading()
        self.page = ListPage(f"techpack_{self.field}", self.title, self.columns(),
                             self.empty_text())
        table_in_tab(self.page)
        self.page.model.edit_requested.connect(self._edited)
        self.page.message.connect(self.message)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.remove_button.setEnabled(False)
        self.page.current_row_changed.connect(lambda _row: self._enable_remove())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addLayout(buttons)

    # --- what each list says and does ----------------------------------------------------

    def heading(self) -> str:
        raise NotImplementedError

    def columns(self) -> list[Column[Row]]:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def edit(self, item: Any, key: str, text: str) -> Any:
        """The item with the cell `key` typed as text. Raises InputError, DomainError."""
        raise NotImplementedError

    def new_item(self, draft: TechPackDraft) -> Any:
        raise NotImplementedError

    # --- the table -----------------------------------------------------------------------

    def fill(self, draft: TechPackDraft, shown: RevisionShown) -> None:
        rows = [Row(i, item) for i, item in enumerate(getattr(draft, self.field))]
        self.page.show_rows(rows)
        self._enable_remove()

    def _enable_remove(self) -> None:
        """Remove needs a line to remove."""
        self.remove_button.setEnabled(self._editable and self.page.current_row() is not None)

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self.page.set_editable(editable)
        self.add_button.setEnabled(editable)
        self._enable_remove()

    def add(self) -> None:
        draft = self.edited()
        getattr(draft, self.field).append(self.new_item(draft))
        self.change(draft, fill(self.tr("Add to {title}"), title=self.title.lower()))

    def remove(self) -> None:
        row = self.page.current_row()
        if row is None:
            self.say(self.tr("Select a line to remove first."))
            return
        draft = self.edited()
        del getattr(draft, self.field)[row.index]
        self.change(draft, fill(self.tr("Remove from {title}"), title=self.title.lower()))

    def _edited(self, row: Row, key: str, text: str) -> None:
        try:
            item = self.edit(row.item, key, text)
        except (InputError, DomainError, ValueError) as error:
            self.say(i18n.say(error))
            return
        draft = self.edited()
        getattr(draft, self.field)[row.index] = item
        self.change(draft, fill(self.tr("Change {what}"), what=self.title.lower()))
