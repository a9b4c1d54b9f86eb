"""Number fields that refuse bad input next to the field, for forms and table cells alike.

Every numeric field in the app is one of these with a rule from jewelbench.domain.inputs, so
bounds, units, decimal places and messages are the same everywhere.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QColor, QPalette, QValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from jewelbench.domain.inputs import MAX_INPUT_LENGTH, InputError, NumberRule, parse_number
from jewelbench.ui import i18n

__all__ = ["InputError", "NumberField", "RuleValidator", "format_for_locale", "parse_for_locale"]


def error_colour(palette: QPalette) -> QColor:
    """Red that reads on the palette in force: darker on light windows, lighter on dark."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff7b72" if dark else "#b3261e")


def parse_for_locale(text: str, rule: NumberRule, locale: QLocale | None = None) -> Decimal | None:
    locale = locale or QLocale()
    return parse_number(text, rule, decimal_point=locale.decimalPoint(),
                        group_separator=locale.groupSeparator())


def format_for_locale(value: Decimal | None, rule: NumberRule,
                      locale: QLocale | None = None) -> str:
    """A value as the user would type it back: the locale's decimal point, no grouping."""
    if value is None:
        return ""
    locale = locale or QLocale()
    text = f"{value:f}"
    return text.replace(".", locale.decimalPoint())



def show_refusal(field: QWidget, edit: QLineEdit, error: QLabel, message: str) -> None:
    """A field's reason beside its line edit (empty: none): the label and the edit's border in
    the field's palette's error colour, and the reason said to screen readers."""
    error.setText(message)
    error.setVisible(bool(message))
    edit.setAccessibleDescription(message)
    if message:
        colour = error_colour(field.palette()).name()
        error.setStyleSheet(f"color: {colour};")
        edit.setStyleSheet(f"QLineEdit {{ border: 1px solid {colour}; }}")
    else:
        edit.setStyleSheet("")

class RuleValidator(QValidator):
    """Lets through whatever is typed or pasted (up to a sane length), exactly as typed: a
    character dropped on the way would change the number ("1e3" becoming 13). Whether it is a
    number, its bounds and places are checked when the value is used, and the user is told why
    it is refused next to what they typed."""

    def __init__(self, rule: NumberRule, parent=None) -> None:
        super().__init__(parent)
        self.rule = rule

    def validate(self, text: str, pos: int) -> object:
        if len(text) > MAX_INPUT_LENGTH:
            return QValidator.State.Invalid, text, pos
        return QValidator.State.Acceptable, text, pos


class NumberField(QWidget):
    """A line edit with its unit beside it and, below, the reason a value is refused."""

    value_changed = Signal(object)  # Decimal | None, only for acceptable values

    def __init__(self, rule: NumberRule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rule = rule
        self.edit = QLineEdit()
        self.edit.setValidator(RuleValidator(rule, self.edit))
        self.edit.setMaxLength(MAX_INPUT_LENGTH)
        self.unit = QLabel(rule.unit)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.row = row = QHBoxLayout()  # the edit and its unit; a form may add beside them
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        if rule.unit:
            row.addWidget(self.unit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._check)
        self.edit.editingFinished.connect(self._finished)

    def value(self) -> Decimal | None:
        """The exact value, or InputError with the message shown next to the field."""
        try:
            value = parse_for_locale(self.edit.text(), self.rule, self.edit.locale())
        except InputError as error:
            self.show_error(i18n.say(error))
            raise
        self.show_error("")
        return value

    def set_value(self, value: Decimal | None) -> None:
        self.edit.setText(format_for_locale(value, self.rule, self.edit.locale()))
        self.show_error("")

    def show_error(self, message: str) -> None:
        show_refusal(self, self.edit, self.error, message)

    def _check(self, _text: str) -> None:
        """While a refusal shows, say at once whether the correction is right; the value itself
        is only given (and saved by the editor) when the entry is finished, never per key."""
        if self.error.isVisible():
            try:
                self.value()
            except InputError:
                pass

    def _finished(self) -> None:
        try:
            value = self.value()
        except InputError:
            return
        self.value_changed.emit(value)
