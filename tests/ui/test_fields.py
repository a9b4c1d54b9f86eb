"""Number fields refuse bad input next to the field (the widgets every editor uses)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QValidator

from jewelbench.domain.inputs import MAX_INPUT_LENGTH, PERCENT, PRICE, WEIGHT_G, InputError
from jewelbench.ui.widgets.fields import NumberField, RuleValidator


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=MAX_INPUT_LENGTH))
def test_the_validator_never_changes_what_was_typed(qapp, text):
    validator = RuleValidator(WEIGHT_G)
    validator.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    state, kept, _pos = validator.validate(text, 0)
    assert state == QValidator.State.Acceptable and kept == text


@pytest.mark.parametrize("typed", ["1e3", "12x.5y0", "1,5e2", "twelve"])
def test_letters_are_kept_as_typed_and_refused_with_the_reason(qtbot, typed):
    field = NumberField(PRICE)
    qtbot.addWidget(field)
    field.show()
    field.edit.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    changed = []
    field.value_changed.connect(changed.append)
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, typed)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.edit.text() == typed, "never changed: not 13 for 1e3"
    assert field.error.isVisible()
    assert f"“{typed}” is not a number" in field.error.text()
    with pytest.raises(InputError, match="is not a number"):
        field.value()
    assert changed == []


@pytest.mark.parametrize("typed, reason", [
    ("-3", "too small"), ("101", "too large"), ("1.234", "too many decimal places"),
    ("", "Enter a number %"),
])
def test_a_refused_value_is_explained_beside_the_field(qtbot, typed, reason):
    field = NumberField(PERCENT)
    qtbot.addWidget(field)
    field.show()
    field.edit.setText(typed)
    with pytest.raises(InputError):
        field.value()
    assert field.error.isVisible()
    assert reason in field.error.text()
    assert field.edit.accessibleDescription() == field.error.text()
    field.edit.setText("12.5")
    assert field.value() == Decimal("12.5")
    assert not field.error.isVisible()


def test_the_unit_is_shown_and_values_round_trip_in_a_comma_locale(qtbot):
    field = NumberField(WEIGHT_G)
    qtbot.addWidget(field)
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    field.edit.setLocale(german)
    field.set_value(Decimal("4.125"))
    assert field.edit.text() == "4,125"
    assert field.unit.text() == "g"
    assert field.value() == Decimal("4.125")
