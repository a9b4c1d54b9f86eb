"""The Issue Revision dialog: the change note and the issue date, and a plain word that
issuing cannot be undone. The editor checks the DFM warnings and the brand before it opens."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.messages import fill


class IssueDialog(QDialog):
    """Asks for the change note and says plainly that issuing cannot be undone."""

    def __init__(self, label: str, code: str, first: bool, parent: QWidget,
                 earliest: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Issue Revision {revision}"), revision=label))
        explanation = QLabel(fill(self.tr(
            "Issuing freezes revision {revision} of {code} exactly as it is now: the design, "
            "its bill of materials, images and every section of the tech pack. It cannot be "
            "edited or undone afterwards, only superseded by a new revision."), revision=label,
                                  code=code))
        explanation.setWordWrap(True)
        self.note = QLineEdit(self.tr("First issue") if first else "")
        self.note.setPlaceholderText(self.tr("What changed, e.g. prong height +0.2 mm after "
                                             "sample round 1"))
        self.note.setMaxLength(500)
        today = dt.date.today()
        self.issue_date = QDateEdit(QDate(today.year, today.month, today.day))
        self.issue_date.setCalendarPopup(True)
        self.issue_date.setDisplayFormat("yyyy-MM-dd")  # as revisions list their dates
        self.issue_date.setMaximumWidth(160)
        self.issue_date.setMaximumDate(QDate(today.year, today.month, today.day))
        if earliest is not None and earliest <= today:  # not before the revision it follows
            self.issue_date.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        self.issue_date.setToolTip(self.tr("The date printed on the tech pack: today, or the "
                                           "day it was sent to the factory"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.issue_button = self.buttons.addButton(
            fill(self.tr("Issue Revision {revision}"), revision=label),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Change &note:"), self.note)
        form.addRow(self.tr("Issue &date:"), self.issue_date)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def issued_on(self) -> dt.date:
        chosen = self.issue_date.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())
