"""Number fields in Norwegian and in English: each region's own forms are taken, the other
region's form is refused beside the field with the form expected, and values are shown back
the way the region types them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from jewelbench.domain import locale_forms
from jewelbench.domain.inputs import PRICE, WEIGHT_G, InputError
from jewelbench.ui.formatting import date_text, decimal_text, grams_text, integer_text, money_text
from jewelbench.ui.widgets.fields import NumberField, format_for_locale, parse_for_locale

NBSP = "\u00a0"


@pytest.fixture
def region():
    """Choose a region as jewelbench's start does; back to none after."""
    yield locale_forms.set_locale
    locale_forms.set_locale("")
    locale_forms.set_weight_unit(locale_forms.WeightUnit.GRAM)


def _typed(qtbot, field: NumberField, text: str) -> list[object]:
    changed: list[object] = []
    field.value_changed.connect(changed.append)
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    return changed


@pytest.mark.parametrize("locale_id, typed, value", [
    ("nb_NO", "1 234,50", "1234.50"),
    ("nb_NO", "1.234,50", "1234.50"),
    ("nb_NO", "kr 1 234,50", "1234.50"),
    ("nb_NO", "1 234,-", "1234"),
    ("en_GB", "1,234.50", "1234.50"),
    ("en_IN", "12,34,567.50", "1234567.50"),
])
def test_a_price_in_the_regions_own_form_is_taken(qtbot, region, locale_id, typed, value):
    region(locale_id)
    field = NumberField(PRICE)
    qtbot.addWidget(field)
    field.show()
    assert _typed(qtbot, field, typed) == [Decimal(value)]
    assert not field.error.isVisible()


@pytest.mark.parametrize("locale_id, typed, said", [
    ("nb_NO", "1,234.50", f"“1,234.50” is written in another region's form: write 1{NBSP}234,50."),
    ("nb_NO", "1.234", f"“1.234” can be read two ways: write 1{NBSP}234 or 1,234."),
    ("en_GB", "1.234,50", "“1.234,50” is written in another region's form: write 1,234.50."),
    ("en_US", "12,5", "“12,5” is written in another region's form: write 12.5."),
])
def test_the_other_regions_form_is_refused_beside_the_field(qtbot, region, locale_id, typed,
                                                            said):
    region(locale_id)
    field = NumberField(PRICE)
    qtbot.addWidget(field)
    field.show()
    assert _typed(qtbot, field, typed) == [], "never silently misread"
    assert field.edit.text() == typed
    assert field.error.isVisible() and field.error.text() == said
    assert field.edit.accessibleDescription() == said, "said to screen readers too"
    with pytest.raises(InputError):
        field.value()


def test_text_that_is_no_number_keeps_the_fields_own_reason(qtbot, region):
    region("nb_NO")
    field = NumberField(WEIGHT_G)
    qtbot.addWidget(field)
    field.show()
    assert _typed(qtbot, field, "fire") == []
    # the limit in Norway's form: the rule's figures are values of the sentence
    assert field.error.text() == ("“fire” is not a number. Enter a number g, above 0 and at "
                                  "most 100\u00a0000, with up to 3 decimal places.")
    # bounds and places are checked after reading: 4,1255 g has a decimal too many
    assert _typed(qtbot, field, "4,1255") == []
    assert "too many decimal places" in field.error.text()


def test_a_value_is_shown_back_as_the_region_types_it(qtbot, region):
    region("nb_NO")
    field = NumberField(WEIGHT_G)
    qtbot.addWidget(field)
    field.set_value(Decimal("1234.125"))
    assert field.edit.text() == "1234,125", "no grouping: the user types it back as it is"
    assert field.value() == Decimal("1234.125")
    region("en_GB")
    assert format_for_locale(Decimal("1234.125"), WEIGHT_G) == "1234.125"
    assert parse_for_locale("1234.125 g", WEIGHT_G) == Decimal("1234.125")


def test_figures_on_screen_follow_the_region(qapp, region):
    import datetime as dt

    from jewelbench.domain.money import Money

    region("nb_NO")
    assert decimal_text(Decimal("1234.5")) == f"1{NBSP}234,50"
    assert integer_text(12345) == f"12{NBSP}345"
    assert money_text(Money.of("1234.5", "NOK")) == f"1{NBSP}234,50 NOK"
    assert money_text(Money.of("1234.5", "JPY")) == f"1{NBSP}235 JPY"
    assert grams_text(Decimal("4.2")) == "4,20 g"
    assert date_text(dt.date(2026, 12, 6)) == "06.12.2026"
    region("en_IN")
    assert money_text(Money.of("1234567.5", "INR")) == "12,34,567.50 INR"
    locale_forms.set_weight_unit("ozt")
    # 4.2 g ÷ 31.1034768 g = 0.13503 troy ounces
    assert grams_text(Decimal("4.2")) == "0.135 troy oz"


@pytest.mark.parametrize("locale_id, delimiter, decimal", [
    # a Norwegian region's spreadsheet splits columns at ';' (its decimal point is the comma);
    # the decimal comma itself follows the language (English here: test_csv_dialog_language)
    ("nb_NO", ";", "."),
    ("en_GB", ",", "."),
])
def test_csv_export_starts_from_the_regions_separators(window, qtbot, region, locale_id,
                                                       delimiter, decimal):
    region(locale_id)
    window.export_csv_action.trigger()  # File ▸ Export ▸ CSV Tables…
    dialog = window.export_dialog
    qtbot.waitExposed(dialog)
    assert (dialog.delimiter.currentData(), dialog.decimal.currentData()) == (delimiter, decimal)
    dialog.close()
