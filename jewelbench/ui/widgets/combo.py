"""An editable combo box's line edit, typed as always there."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit


def line_edit(combo: QComboBox) -> QLineEdit:
    """The line edit of an editable combo box (Qt returns None while it is not editable: a
    programming error here, not something a user can cause)."""
    edit = combo.lineEdit()
    if edit is None:
        raise ValueError(f"the combo box {combo.objectName() or type(combo).__name__} "
                         "is not editable")
    return edit
