"""The DFM tab: the DFM notes for the factory, and the warnings jewelbench raises by itself,
each acknowledged with a note (or the acknowledgement withdrawn) before a revision is issued.
An issued revision shows the warnings as it froze them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from jewelbench.domain.messages import Message, fill
from jewelbench.domain.techpacks import TechPackDraft, dfm_warnings
from jewelbench.ui.i18n import say
from jewelbench.ui.style import named
from jewelbench.ui.techpacks.section import DraftSection, RevisionShown, set_plain


@dataclass(frozen=True)
class WarningShown:
    """A DFM warning as the editor lists it: from the draft now, or as an issue froze it."""

    code: str
    message: str
    why: str
    acknowledged: bool
    note: str


def _frozen_text(warning: dict[str, Any], sentence: str, english: str) -> str:
    """A frozen warning's sentence in the reader's language (an older revision has only its
    English text)."""
    message = Message.from_json(warning.get(sentence))
    return say(message) if message is not None else str(warning.get(english, ""))


def warnings_shown(shown: RevisionShown, draft: TechPackDraft | None) -> list[WarningShown]:
    """The shown revision's DFM warnings: as frozen when issued, else the draft's now."""
    if shown.issued:
        frozen = shown.revision.content.get("dfm_warnings")
        return [WarningShown(str(w.get("code", "")), _frozen_text(w, "said", "message"),
                             _frozen_text(w, "rule", "why"), bool(w.get("acknowledged")),
                             str(w.get("note") or ""))
                for w in frozen if isinstance(w, dict)] if isinstance(frozen, list) else []
    if draft is None:
        return []
    acknowledged = draft.acknowledgements
    return [WarningShown(w.code, say(w.said), say(w.rule), w.code in acknowledged,
                         acknowledged.get(w.code, ""))
            for w in dfm_warnings(shown.design, draft, shown.alloys)]


class DfmTab(DraftSection):
    """DFM notes, the warnings list, and acknowledging the selected warning."""

    def __init__(self) -> None:
        super().__init__()
        self.warnings: list[WarningShown] = []
        self.dfm_notes = QPlainTextEdit()
        self.dfm_notes.setPlaceholderText(self.tr("What the factory should know to make it "
                                                  "well: sprue points, gallery openings …"))
        self.dfm_notes.setFixedHeight(70)
        self.dfm_notes.installEventFilter(self)
        self.warning_list = QListWidget()
        self.warning_list.setObjectName("techPackWarnings")
        self.warning_list.setWordWrap(True)
        self.warning_list.currentRowChanged.connect(self._show_warning)
        self.warning_why = QLabel()
        self.warning_why.setWordWrap(True)
        named(self.warning_why, "pageSubtitle")
        self.acknowledgement = QLineEdit()
        self.acknowledgement.setPlaceholderText(self.tr("Why this is acceptable for this piece"))
        self.acknowledgement.setMaxLength(1000)
        self.acknowledge_button = QPushButton(self.tr("&Acknowledge"))
        self.acknowledge_button.clicked.connect(self._acknowledge_selected)
        self.withdraw_button = QPushButton(self.tr("&Withdraw"))
        self.withdraw_button.setToolTip(self.tr("Take the acknowledgement back"))
        self.withdraw_button.clicked.connect(self._withdraw_selected)
        row = QHBoxLayout()
        row.addWidget(self.acknowledgement, 1)
        row.addWidget(self.acknowledge_button)
        row.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("DFM notes:")))
        layout.addWidget(self.dfm_notes)
        layout.addWidget(QLabel(self.tr("Warnings jewelbench raises (each must be acknowledged "
                                        "with a note before the revision is issued):")))
        layout.addWidget(self.warning_list, 1)
        layout.addWidget(self.warning_why)
        layout.addLayout(row)

    # --- showing ---------------------------------------------------------------------------

    def fill(self, draft: TechPackDraft, shown: RevisionShown) -> None:
        self.warnings = warnings_shown(shown, draft)
        set_plain(self.dfm_notes, draft.dfm_notes)
        current = self.warning_list.currentRow()
        self.warning_list.clear()
        for warning in self.warnings:
            mark = "✓" if warning.acknowledged else "⚠"
            text = f"{mark}  {warning.message}"
            if warning.acknowledged:
                text += "\n     " + fill(self.tr("Acknowledged: {note}"),
                                         note=warning.note or "—")
            item = QListWidgetItem(text)
            item.setToolTip(warning.why)
            self.warning_list.addItem(item)
        if not self.warnings:
            self.warning_list.addItem(self.tr("No warnings: nothing jewelbench checks is "
                                              "out of bounds."))
        elif 0 <= current < len(self.warnings):
            self.warning_list.setCurrentRow(current)
        else:
            self.warning_list.setCurrentRow(0)

    def filled(self) -> None:
        self._show_warning()

    def _show_warning(self) -> None:
        row = self.warning_list.currentRow()
        warning = self.warnings[row] if 0 <= row < len(self.warnings) else None
        self.warning_why.setText(fill(self.tr("Why: {why}"), why=warning.why)
                                 if warning else "")
        if warning is not None and warning.acknowledged:
            self.acknowledgement.setText(warning.note)
        elif not self.acknowledgement.hasFocus():
            self.acknowledgement.clear()
        can = self._editable and warning is not None
        self.acknowledgement.setEnabled(can)
        self.acknowledge_button.setEnabled(can)
        self.withdraw_button.setEnabled(can and warning is not None and warning.acknowledged)

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self._show_warning()

    def open_warnings(self) -> list[WarningShown]:
        """The shown draft's DFM warnings not yet acknowledged."""
        return [w for w in self.warnings if not w.acknowledged]

    # --- changing --------------------------------------------------------------------------

    def text_left(self, field: QPlainTextEdit) -> None:
        if self._showing or self.draft is None or not self._editable:
            return
        self.set_field("dfm_notes", field.toPlainText().strip(), self.tr("DFM notes"))

    def _acknowledge_selected(self) -> None:
        self.acknowledge(self.acknowledgement.text())

    def acknowledge(self, note: str, code: str | None = None) -> bool:
        """Acknowledge a DFM warning (the selected one, or `code`) with a note."""
        warning = self._warning(code)
        if warning is None or self.draft is None:
            return False
        if not note.strip():
            self.say(self.tr("Write why this is acceptable before acknowledging it."))
            return False
        after = self.edited()
        after.acknowledgements = {**after.acknowledgements, warning.code: note.strip()}
        return self.change(after, self.tr("Acknowledge a DFM warning"))

    def _withdraw_selected(self) -> None:
        # a named slot: clicked(bool) would hand its `checked` to withdraw_acknowledgement as
        # the code, which no warning has
        self.withdraw_acknowledgement()

    def withdraw_acknowledgement(self, code: str | None = None) -> bool:
        warning = self._warning(code)
        if warning is None or self.draft is None:
            return False
        after = self.edited()
        after.acknowledgements = {c: n for c, n in after.acknowledgements.items()
                                  if c != warning.code}
        return self.change(after, self.tr("Withdraw a DFM acknowledgement"))

    def _warning(self, code: str | None) -> WarningShown | None:
        if code is not None:
            return next((w for w in self.warnings if w.code == code), None)
        row = self.warning_list.currentRow()
        return self.warnings[row] if 0 <= row < len(self.warnings) else None
