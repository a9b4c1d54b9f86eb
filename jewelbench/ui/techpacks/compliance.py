"""The Compliance tab: the standard notes (EU REACH, US FTC, CPSIA …) ticked for this piece,
and any other notes, one per line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QVBoxLayout

from jewelbench.domain.techpacks import COMPLIANCE_LIBRARY, TechPackDraft
from jewelbench.ui.techpacks.section import DraftSection, RevisionShown, set_plain


class ComplianceTab(DraftSection):
    """The compliance library as ticks, and other notes saved when the field is left."""

    def __init__(self) -> None:
        super().__init__()
        self.notes = QListWidget()
        self.notes.setObjectName("techPackCompliance")
        self.notes.setWordWrap(True)
        self.notes.setSpacing(2)
        for note in COMPLIANCE_LIBRARY:
            item = QListWidgetItem(note.text)
            item.setData(Qt.ItemDataRole.UserRole, note.text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.notes.addItem(item)
        self.notes.itemChanged.connect(self._edited)
        self.other_notes = QPlainTextEdit()
        self.other_notes.setPlaceholderText(self.tr("Other compliance notes, one per line"))
        self.other_notes.setFixedHeight(80)
        self.other_notes.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Standard notes (tick those that apply):")))
        layout.addWidget(self.notes, 1)
        layout.addWidget(QLabel(self.tr("Other notes:")))
        layout.addWidget(self.other_notes)

    def fill(self, draft: TechPackDraft, shown: RevisionShown) -> None:
        library = [note.text for note in COMPLIANCE_LIBRARY]
        for number in range(self.notes.count()):
            item = self.notes.item(number)
            ticked = item.data(Qt.ItemDataRole.UserRole) in draft.compliance_notes
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        set_plain(self.other_notes, "\n".join(
            n for n in draft.compliance_notes if n not in library))

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self.notes.setEnabled(editable)

    def text_left(self, field: QPlainTextEdit) -> None:
        if self._showing or self.draft is None or not self._editable:
            return
        self._edited()

    def _edited(self, _item: QListWidgetItem | None = None) -> None:
        if self._showing or self.draft is None:
            return
        ticked = [self.notes.item(n).data(Qt.ItemDataRole.UserRole)
                  for n in range(self.notes.count())
                  if self.notes.item(n).checkState() == Qt.CheckState.Checked]
        other = [line.strip() for line in self.other_notes.toPlainText().splitlines()
                 if line.strip()]
        self.set_field("compliance_notes", ticked + other, self.tr("compliance notes"))
