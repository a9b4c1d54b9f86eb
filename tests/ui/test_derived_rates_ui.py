"""Where the app shows the rate a quote is compared at, a rate worked out through a common
currency says so (the demo keeps EUR→USD; a GBP→EUR rate makes GBP→USD a cross rate)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from jewelbench.domain.prices import FxRate, fx_rate_on
from jewelbench.domain.quote_comparison import Conversion


@pytest.fixture
def view(window):
    window.workspace.prices.add_fx_rate(FxRate(dt.date(2024, 1, 2), "GBP", "EUR",
                                               Decimal("1.2")))
    window.show_view("quotes")
    return window.quotes


def test_the_quote_editor_says_a_cross_rate_is_derived(qtbot, window, view):
    editor = view.new_quote()
    qtbot.waitExposed(editor)
    edit = getattr(editor.currency, "edit", editor.currency)
    edit.selectAll()
    edit.del_()
    qtbot.keyClicks(edit, "gbp")
    on = editor.quoted_on.date().toPython()
    eur, row = fx_rate_on(window.workspace.prices.fx_rates(), "EUR", "USD", on)
    assert row is not None
    # 1 GBP = 1.2 EUR, 1 EUR = eur USD: 1 GBP = 1.2 × eur USD
    expected = (Decimal("1.2") * eur).normalize()
    text = editor.fx_note.text()
    assert f"at 1 GBP = {expected:f} USD" in text, text
    assert (f"The rate is derived from 1 GBP = 1.2 EUR and 1 EUR = {eur.normalize():f} USD "
            f"of 2024-01-02 and {row.rate_date.isoformat()}.") in text
    editor.close()


def test_the_quote_comparison_row_says_how_a_rate_was_derived():
    plain = Conversion("EUR", "USD", Decimal("1.0842"), dt.date(2026, 11, 27))
    assert plain.describe() == "1 EUR = 1.0842 USD (rate of 2026-11-27)"
    derived = Conversion("NOK", "USD", Decimal("0.0928"), dt.date(2026, 11, 27),
                         "derived from 1 EUR = 11.684 NOK and 1 EUR = 1.0842 USD of 2026-11-27")
    assert derived.describe() == ("1 NOK = 0.0928 USD (rate of 2026-11-27; derived from 1 EUR "
                                  "= 11.684 NOK and 1 EUR = 1.0842 USD of 2026-11-27)")


def test_a_derived_rate_is_written_to_ten_decimal_places_not_twenty_eight(qtbot, window):
    """The ECB keeps 1 EUR = 0.85113 GBP: GBP→USD goes through its inverse, a division with
    no end. The editor writes the rate as a user types one (10 places), not 28 digits."""
    window.workspace.prices.add_fx_rate(FxRate(dt.date(2024, 1, 2), "EUR", "GBP",
                                               Decimal("0.85113")))
    window.show_view("quotes")
    editor = window.quotes.new_quote()
    qtbot.waitExposed(editor)
    edit = getattr(editor.currency, "edit", editor.currency)
    edit.selectAll()
    edit.del_()
    qtbot.keyClicks(edit, "gbp")
    on = editor.quoted_on.date().toPython()
    eur, _row = fx_rate_on(window.workspace.prices.fx_rates(), "EUR", "USD", on)
    exact = eur / Decimal("0.85113")  # 1 GBP = 1 ÷ 0.85113 EUR, × eur USD
    shown = exact.quantize(Decimal("1e-10")).normalize()
    text = editor.fx_note.text()
    assert f"at 1 GBP = {shown:f} USD (rate of" in text, text
    assert len(str(shown).split(".")[1]) <= 10
    assert "derived from 1 EUR = 0.85113 GBP and" in text
    editor.close()


def test_a_kept_rate_is_written_as_kept_and_a_worked_out_one_to_ten_places():
    from jewelbench.domain.prices import shown_rate

    assert shown_rate(Decimal("11.6840")) == "11.684"
    assert shown_rate(Decimal("0.0000574643")) == "0.0000574643"
    assert shown_rate(Decimal(1) / Decimal("0.85113")) == "1.1749086509"
    assert shown_rate(Decimal("11.684") / Decimal("0.85113")) == "13.7276326766"
