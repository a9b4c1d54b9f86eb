"""Number fields refuse bad input next to the field (the widgets every editor uses)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale
from PySide6.QtGui import QValidator

from jewelbench.domain.inputs import PERCENT, PRICE, WEIGHT_G, InputError
from jewelbench.ui.widgets.fields import NumberField, RuleValidator


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=50))
def test_the_validator_only_ever_lets_number_characters_through(qapp, text):
    validator = RuleValidator(WEIGHT_G)
    validator.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    state, _text, _pos = validator.validate(text, 0)
    if state != QValidator.State.Invalid:
        body = text.strip()
        if body.lower().endswith("g"):  # the unit, in any case
            body = body[:-1]
        assert set(body) <= set("0123456789+-., \u00a0\u202f")


def test_pasted_letters_do_not_get_into_the_field(qtbot):
    field = NumberField(PRICE)
    qtbot.addWidget(field)
    field.edit.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    field.edit.validator().setLocale(field.edit.locale())
    qtbot.keyClicks(field.edit, "12x.5y0")
    assert field.edit.text() == "12.50"
    assert field.value() == Decimal("12.50")


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
