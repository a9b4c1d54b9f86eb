"""Number fields that refuse bad input next to the field, for forms and table cells alike.

Every numeric field in the app is one of these with a rule from jewelbench.domain.inputs, so
bounds, units, decimal places and messages are the same everywhere.
"""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager, nullcontext
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from jewelbench.domain import locale_forms
from jewelbench.domain.inputs import MAX_INPUT_LENGTH, InputError, NumberRule, parse_number
from jewelbench.domain.messages import QT_TRANSLATE_NOOP, Message
from jewelbench.ui import i18n
from jewelbench.ui.i18n import say

__all__ = ["InputError", "NumberField", "RuleValidator", "format_for_locale", "parse_for_locale",
           "widget_locale"]


def error_colour(palette: QPalette) -> QColor:
    """Red that reads on the palette in force: darker on light windows, lighter on dark."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff7b72" if dark else "#b3261e")


log = logging.getLogger(__name__)


# What a field's value is called in a refusal ("“twelve” is not a number: write a number …").
A_NUMBER = QT_TRANSLATE_NOOP("fields", "a number")


def _reading(locale: QLocale | None) -> AbstractContextManager[object]:
    """Read and write in locale when one is given, else in the reader's (locale_forms)."""
    return nullcontext() if locale is None else locale_forms.reading_in(locale.name())


def _read(cleaned: str) -> Decimal | None:
    """The number in the reader's own form; None for text that is no number; InputError with
    the form expected for another region's form ("1,234.50" in nb) or two readings."""
    try:
        return locale_forms.parse_decimal(cleaned, A_NUMBER())
    except locale_forms.NumberFormError as error:
        if isinstance(error.message, Message) and error.message.text is locale_forms.NOT_A_NUMBER:
            return None  # the field says it with its own bounds
        raise InputError(say(error)) from None


def widget_locale(widget: QWidget) -> QLocale | None:
    """The locale a widget was given on purpose (setLocale); None: the reader's."""
    return widget.locale() if widget.testAttribute(Qt.WidgetAttribute.WA_SetLocale) else None


def parse_for_locale(text: str, rule: NumberRule, locale: QLocale | None = None) -> Decimal | None:
    """What was typed, read in the reader's locale (or locale): nb takes "1 234,50",
    "1.234,50", "kr 1 234,50" and "1 234,-" and refuses "1,234.50" with the form it expects."""
    with _reading(locale):
        return parse_number(text, rule, read=_read)


def format_for_locale(value: Decimal | None, rule: NumberRule,
                      locale: QLocale | None = None) -> str:
    """A value as the user would type it back: the locale's decimal point, no grouping."""
    if value is None:
        return ""
    with _reading(locale):
        point = locale_forms.decimal_point()
    return f"{value:f}".replace(".", point)


def field_name(field: QWidget, edit: QLineEdit) -> str:
    """What the log calls a field: its accessible or object name, else its kind and unit."""
    for widget in (edit, field):
        if widget.accessibleName() or widget.objectName():
            return widget.accessibleName() or widget.objectName()
    unit = getattr(getattr(field, "rule", None), "unit", "")
    return f"{type(field).__name__}{f' ({unit})' if unit else ''}"


def show_refusal(field: QWidget, edit: QLineEdit, error: QLabel, message: str) -> None:
    """A field's reason beside its line edit (empty: none): the label and the edit's border in
    the field's palette's error colour, and the reason said to screen readers. A refusal that
    appears (not each keystroke while one is shown) is logged at WARNING with the field's
    name, not the value typed."""
    if message and not error.text():
        log.warning("refused: a value of %s", field_name(field, edit))
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
            value = parse_for_locale(self.edit.text(), self.rule, widget_locale(self.edit))
        except InputError as error:
            self.show_error(i18n.say(error))
            raise
        self.show_error("")
        return value

    def set_value(self, value: Decimal | None) -> None:
        self.edit.setText(format_for_locale(value, self.rule, widget_locale(self.edit)))
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
