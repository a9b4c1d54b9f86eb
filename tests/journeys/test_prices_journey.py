"""A new user's first prices: from an EMPTY workspace, through the window's own menus, dialogs
and typing only, a silver price per gram, a THB→USD rate, then the day's prices through
Costs ▸ Update Prices…, undone and redone from the Edit menu.

Figures by hand: 0.95 USD a gram × 31.1034768 g a troy ounce = 29.54830296 USD a troy ounce;
1.02 USD a gram = 31.725546336 USD a troy ounce."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jewelbench.app.main import apply_style
from jewelbench.storage import Workspace
from jewelbench.ui.main_window import MainWindow

SHOTS = Path(__file__).parent.parent / "artifacts" / "journey-prices"


@pytest.fixture
def new_user_window(qtbot, qapp, settings, tmp_path):
    """The real main window on a workspace just created, nothing in it, at 1366 × 768."""
    apply_style(qapp)
    win = MainWindow(settings, Workspace.create(tmp_path / "My prices.jewelbench"), tmp_path)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close()


def menu_item(window, menu_title: str, item: str):
    """The action a user picks: menu and item by their visible text (mnemonics ignored)."""
    def plain(text: str) -> str:
        return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")

    menu = next(a.menu() for a in window.menuBar().actions() if plain(a.text()) == menu_title)
    action = next(a for a in menu.actions() if plain(a.text()) == item
                  or plain(a.text()).startswith(item + " "))  # "Undo Update prices …"
    assert action.isEnabled(), f"{menu_title} ▸ {item} is enabled"
    return action


def pick(qtbot, combo, text: str) -> None:
    """Choose in a drop-down by typing its first letters, as a keyboard user does (a space
    would open the list)."""
    combo.setFocus()
    qtbot.keyClicks(combo, text)
    assert combo.currentText().lower().startswith(text.lower()), combo.currentText()


def type_in(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def opened(qtbot, window, object_name: str):
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None
                    and QApplication.activeModalWidget().objectName() == object_name)
    dialog = QApplication.activeModalWidget()
    qtbot.waitExposed(dialog)
    return dialog


def shown_rows(page) -> list[list[str]]:
    return [[page.proxy.index(r, c).data() for c in range(page.proxy.columnCount())]
            for r in range(page.proxy.rowCount())]


def test_a_new_user_enters_prices_and_rates_and_takes_them_back(qtbot, new_user_window):
    window = new_user_window
    today = dt.date.today()

    # Costs ▸ New Metal Price…: silver, typed per gram
    menu_item(window, "Costs", "New Metal Price…").trigger()
    dialog = opened(qtbot, window, "metalPriceDialog")
    pick(qtbot, dialog.metal, "Silver")
    dialog.unit.setFocus()
    qtbot.keyClick(dialog.unit, Qt.Key.Key_Down)  # per troy ounce → per gram
    assert dialog.unit.currentText() == "per gram"
    type_in(qtbot, dialog.amount.edit, "0.95")
    type_in(qtbot, dialog.source, "my bullion dealer")
    assert "= 29.54830296 USD per troy ounce" in dialog.read_back.text()
    shot(dialog, "1-new-metal-price")
    qtbot.keyClick(dialog.amount.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    prices = window.costs.metal_prices
    assert window.costs.currentWidget() is window.costs.inputs, "Scenarios & Prices is shown"
    assert [row[1:] for row in shown_rows(prices)] == [
        ["Silver", "29.55 USD", "0.9500 USD", "USD", "my bullion dealer"]]
    assert prices.current_row().price_date == today

    # Costs ▸ New Exchange Rate…: 1 THB = 0.0285 USD
    menu_item(window, "Costs", "New Exchange Rate…").trigger()
    dialog = opened(qtbot, window, "fxRateDialog")
    type_in(qtbot, dialog.from_currency.lineEdit(), "THB")
    assert dialog.to_currency.currentText() == "USD"
    type_in(qtbot, dialog.rate.edit, "0.0285")
    assert dialog.read_back.text().startswith("1 THB = 0.0285 USD")
    shot(dialog, "2-new-exchange-rate")
    qtbot.keyClick(dialog.rate.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    rates = window.costs.fx_rates
    assert [row[1:] for row in shown_rows(rates)] == [["THB", "USD", "0.028500"]]
    shot(window, "3-scenarios-and-prices")

    # Costs ▸ Update Prices…: the day's silver price, typed over the one prefilled
    menu_item(window, "Costs", "Update Prices…").trigger()
    form = opened(qtbot, window, "updatePricesDialog")
    silver = form.metal_field("silver")
    assert silver.edit.text() == "0.95", "prefilled with the last price, per gram as typed"
    assert form.rate_field("THB").edit.text() == "0.0285"
    shot(form, "4-update-prices")
    type_in(qtbot, silver.edit, "1.02")
    qtbot.keyClick(silver.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert shown_rows(prices)[0][2:4] == ["31.73 USD", "1.0200 USD"]
    assert len(shown_rows(rates)) == 1, "the unchanged rate is not stored again"

    # Edit ▸ Undo / Redo step through: the Update Prices… save is one step
    undo = menu_item(window, "Edit", "Undo")
    assert "Update prices" in undo.text()
    undo.trigger()
    assert shown_rows(prices)[0][2:4] == ["29.55 USD", "0.9500 USD"]
    menu_item(window, "Edit", "Redo").trigger()
    assert shown_rows(prices)[0][2:4] == ["31.73 USD", "1.0200 USD"]
    for step in ("Update prices", "New THB→USD rate", "New silver price"):
        undo = menu_item(window, "Edit", "Undo")
        assert step in undo.text()
        undo.trigger()
    assert shown_rows(prices) == [] and shown_rows(rates) == []
    assert window.workspace.prices.metal_prices() == []
    for _ in range(3):
        menu_item(window, "Edit", "Redo").trigger()
    assert shown_rows(prices)[0][2:4] == ["31.73 USD", "1.0200 USD"]
    assert [row[1:] for row in shown_rows(rates)] == [["THB", "USD", "0.028500"]]
    (stored,) = window.workspace.prices.metal_prices()
    assert stored.price_per_troy_oz.amount == Decimal("31.725546336")
