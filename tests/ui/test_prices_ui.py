"""Costs ▸ Scenarios & Prices: metal prices and exchange rates entered, changed and deleted as
a user does (typing, Enter, the Delete key), each one undoable step; the lists filter and
sort; Update Prices… stores what changed as one step.

Expected figures by hand: 0.95 USD a gram × 31.1034768 g a troy ounce = 29.548303 (exactly
29.54830296) USD a troy ounce."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox

from jewelbench.app.main import apply_style
from jewelbench.domain.money import Money
from jewelbench.domain.prices import MetalPrice
from jewelbench.storage import Workspace
from jewelbench.ui.main_window import MainWindow
from jewelbench.ui.widgets.table_model import ROW_ROLE

TODAY = dt.date.today()
ARTIFACTS = Path(__file__).parent.parent / "artifacts" / "prices"


@pytest.fixture
def empty_window(qtbot, qapp, settings, tmp_path):
    """The main window on a new, empty workspace, 1366 × 768."""
    apply_style(qapp)
    workspace = Workspace.create(tmp_path / "mine.jewelbench")
    win = MainWindow(settings, workspace, tmp_path)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def save(qtbot, dialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown(page) -> list[list[str]]:
    return [[page.proxy.index(row, column).data() for column in range(page.proxy.columnCount())]
            for row in range(page.proxy.rowCount())]


def grab(widget, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(ARTIFACTS / f"{name}.png"))


def test_a_silver_price_typed_per_gram_is_kept_per_troy_ounce_exactly(qtbot, empty_window):
    dialog = empty_window.new_metal_price()
    assert dialog.objectName() == "metalPriceDialog" and dialog.isVisible()
    dialog.metal.setCurrentIndex(dialog.metal.findData("silver"))
    dialog.unit.setCurrentIndex(dialog.unit.findData("g"))
    type_into(qtbot, dialog.amount.edit, "0.95")
    type_into(qtbot, dialog.source, "dealer")
    assert "29.54830296 USD per troy ounce" in dialog.read_back.text()
    grab(dialog, "metal-price-dialog")
    save(qtbot, dialog)
    (price,) = empty_window.workspace.prices.metal_prices()
    assert price.price_per_troy_oz == Money(Decimal("29.54830296"), "USD")
    assert (price.metal, price.price_date, price.source) == ("silver", TODAY, "dealer")
    page = empty_window.costs.metal_prices
    assert page.current_row().id == price.id
    assert shown(page)[0][1:5] == ["Silver", "29.55 USD", "0.9500 USD", "USD"]

    empty_window.undo_action.trigger()
    assert empty_window.workspace.prices.metal_prices() == []
    assert page.proxy.rowCount() == 0
    empty_window.redo_action.trigger()
    (again,) = empty_window.workspace.prices.metal_prices()
    assert again.id == price.id and again.price_per_troy_oz.amount == Decimal("29.54830296")
    assert page.proxy.rowCount() == 1


def test_bad_entries_are_refused_beside_the_field_and_nothing_is_stored(qtbot, empty_window):
    dialog = empty_window.new_metal_price()
    type_into(qtbot, dialog.amount.edit, "-5")  # the validator keeps '-' for the message
    dialog.currency.setCurrentText("US")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "too small" in dialog.amount.error.text() or "above 0" in dialog.amount.error.text()
    assert "three-letter currency code" in dialog.currency_error.text()
    assert empty_window.workspace.prices.metal_prices() == []
    type_into(qtbot, dialog.amount.edit, "0")
    save(qtbot, dialog)
    assert "Zero is not allowed" in dialog.amount.error.text()
    dialog.close()


def test_a_currency_that_does_not_exist_is_refused_in_the_rate_dialog_and_update_prices(
        qtbot, empty_window):
    # "BTH" for THB is three letters, but no currency: refused where it is typed, as a price
    # file or a quote refuses it, and nothing is stored.
    dialog = empty_window.new_fx_rate()
    dialog.from_currency.setCurrentText("BTH")
    dialog.to_currency.setCurrentText("USD")
    type_into(qtbot, dialog.rate.edit, "0.0285")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "“BTH” is not one jewelbench knows" in dialog.from_error.text()
    assert empty_window.workspace.prices.fx_rates() == []
    dialog.close()

    empty_window.update_prices_action.trigger()
    form = empty_window.price_form
    form.findChild(QComboBox, "otherCurrency").setCurrentText("BTH")
    type_into(qtbot, form.rate_rows[-1].rate.edit, "0.0285")
    save(qtbot, form)
    assert form.isVisible(), "nothing is stored while a currency is refused"
    assert "BTH" in form.error.text() and "ISO 4217" in form.error.text()
    assert empty_window.workspace.prices.fx_rates() == []
    form.close()


def test_a_second_price_for_the_same_day_is_refused_and_names_the_first(qtbot, empty_window):
    empty_window.workspace.prices.add_metal_price(
        MetalPrice("gold", TODAY, Money.of("2950.10", "USD")))
    empty_window.show_prices()
    dialog = empty_window.new_metal_price("gold")
    type_into(qtbot, dialog.amount.edit, "2960")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "already a gold price in USD for" in dialog.date_error.text()
    assert "2950.10" in dialog.date_error.text()
    assert len(empty_window.workspace.prices.metal_prices()) == 1
    dialog.date.setDate(dialog.date.date().addDays(-1))
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert len(empty_window.workspace.prices.metal_prices()) == 2


def test_an_fx_rate_reads_back_and_is_edited_with_enter_and_deleted_with_the_key(
        qtbot, empty_window):
    dialog = empty_window.new_fx_rate()
    assert dialog.objectName() == "fxRateDialog"
    dialog.from_currency.setCurrentText("EUR")
    dialog.to_currency.setCurrentText("NOK")
    type_into(qtbot, dialog.rate.edit, "11.7")
    assert dialog.read_back.text().startswith("1 EUR = 11.7 NOK")
    assert "1 NOK = 0.085470 EUR" in dialog.read_back.text()
    grab(dialog, "fx-rate-dialog")
    save(qtbot, dialog)
    (rate,) = empty_window.workspace.prices.fx_rates()
    assert (rate.from_currency, rate.to_currency, rate.rate) == ("EUR", "NOK", Decimal("11.7"))

    page = empty_window.costs.fx_rates
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    edit = empty_window.costs.prices.dialog
    assert edit.objectName() == "fxRateDialog" and edit.windowTitle() == "Edit Exchange Rate"
    assert edit.rate.edit.text() == "11.7"
    type_into(qtbot, edit.rate.edit, "11.74")
    save(qtbot, edit)
    assert empty_window.workspace.prices.fx_rate(rate.id).rate == Decimal("11.74")
    assert empty_window.undo.stack.count() == 2

    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert empty_window.workspace.prices.fx_rates() == []
    assert "Edit ▸ Undo brings it back" in empty_window.statusBar().currentMessage()
    empty_window.undo_action.trigger()
    assert empty_window.workspace.prices.fx_rate(rate.id).rate == Decimal("11.74")
    empty_window.undo_action.trigger()
    assert empty_window.workspace.prices.fx_rate(rate.id).rate == Decimal("11.7")
    empty_window.redo_action.trigger()
    empty_window.redo_action.trigger()
    assert empty_window.workspace.prices.fx_rates() == []


def test_the_price_lists_filter_and_sort(qtbot, window):
    view = window.show_prices()
    page = view.metal_prices
    total = page.proxy.rowCount()
    assert total > 2
    page.search.setText("gold")
    assert 0 < page.proxy.rowCount() < total
    assert {row[1] for row in shown(page)} == {"Gold"}
    page.search.clear()
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    values = [page.proxy.index(r, 0).data(ROW_ROLE).price_per_troy_oz.amount
              for r in range(page.proxy.rowCount())]
    assert values == sorted(values) and values[0] < values[-1]
    view.fx_rates.search.setText("THB")
    assert all("THB" in (row[1], row[2]) for row in shown(view.fx_rates))


def test_update_prices_stores_only_what_changed_as_one_undo_step(qtbot, window):
    workspace = window.workspace
    before_prices = len(workspace.prices.metal_prices())
    before_rates = len(workspace.prices.fx_rates())
    form = window.show_price_form()
    assert form.objectName() == "updatePricesDialog" and form.isVisible()
    metals = [row.metal for row in form.metal_rows]
    assert "silver" in metals and "gold" in metals
    codes = [row.code for row in form.rate_rows if row.code]
    assert "THB" in codes and window.workspace.base_currency not in codes
    grab(form, "update-prices-dialog")
    # prefilled with the last values: untouched rows are not stored again
    assert form.metal_field("silver").edit.text() != ""
    type_into(qtbot, form.metal_field("silver").edit, "33.25")
    type_into(qtbot, form.rate_field("THB").edit, "0.0291")
    depth = window.undo.stack.count()
    save(qtbot, form)
    assert not form.isVisible()
    assert window.undo.stack.count() == depth + 1
    assert window.statusBar().currentMessage().startswith("Stored 2 prices and rates;")
    assert len(workspace.prices.metal_prices()) == before_prices + 1
    assert len(workspace.prices.fx_rates()) == before_rates + 1
    silver = [p for p in workspace.prices.metal_prices() if p.metal == "silver"
              and p.price_date == TODAY]
    assert silver[0].price_per_troy_oz.amount == Decimal("33.25")
    window.undo_action.trigger()
    assert len(workspace.prices.metal_prices()) == before_prices
    assert len(workspace.prices.fx_rates()) == before_rates
    window.redo_action.trigger()
    assert len(workspace.prices.metal_prices()) == before_prices + 1

    again = window.show_price_form()
    save(qtbot, again)  # nothing typed: nothing stored, no step
    assert window.undo.stack.count() == depth + 1
    assert "Nothing stored" in window.statusBar().currentMessage()

    one = window.show_price_form()
    type_into(qtbot, one.metal_field("silver").edit, "33.5")
    save(qtbot, one)
    assert window.statusBar().currentMessage() == (
        "Stored 1 price or rate; Edit ▸ Undo takes it back."), "not “1 prices and rates”"


def test_update_prices_on_an_empty_workspace_offers_every_metal_and_another_currency(
        qtbot, empty_window):
    empty_window.update_prices_action.trigger()
    form = empty_window.price_form
    assert [r.metal for r in form.metal_rows] == ["silver", "gold", "platinum", "palladium"]
    form.metal_rows[1].unit.setCurrentIndex(form.metal_rows[1].unit.findData("g"))
    type_into(qtbot, form.metal_field("gold").edit, "95")
    other = form.findChild(QComboBox, "otherCurrency")
    offered = [other.itemText(i) for i in range(other.count())]
    assert "USD" not in offered, "the base currency is not another currency"
    assert {"EUR", "THB", "CNY", "INR"} <= set(offered)
    other.setCurrentText("THB")
    type_into(qtbot, form.rate_rows[-1].rate.edit, "0.0285")
    type_into(qtbot, form.metal_field("silver").edit, "abc")  # kept as typed, and refused
    assert form.metal_field("silver").edit.text() == "abc"
    save(qtbot, form)
    assert form.isVisible(), "nothing is stored while a field is refused"
    assert "not a number" in form.metal_field("silver").error.text()
    assert empty_window.workspace.prices.metal_prices() == []
    silver = form.metal_field("silver").edit
    silver.setFocus()
    silver.selectAll()
    qtbot.keyClick(silver, Qt.Key.Key_Delete)  # left empty: no silver price today
    save(qtbot, form)
    (gold,) = empty_window.workspace.prices.metal_prices()
    assert gold.price_per_troy_oz.amount == Decimal("95") * Decimal("31.1034768")
    (rate,) = empty_window.workspace.prices.fx_rates()
    assert (rate.from_currency, rate.to_currency, rate.rate) == ("THB", "USD",
                                                                 Decimal("0.0285"))
    assert empty_window.undo.stack.count() == 1


def test_a_bad_rate_in_update_prices_is_said_beside_it_and_nothing_is_stored(
        qtbot, window):
    form = window.show_price_form(currency="THB")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.rate_field("THB").edit)
    form.rate_field("THB").edit.setText("0")
    type_into(qtbot, form.metal_field("silver").edit, "40")
    before = len(window.workspace.prices.metal_prices())
    save(qtbot, form)
    assert form.isVisible()
    assert "Zero is not allowed" in form.rate_field("THB").error.text()
    assert "THB" in form.error.text()
    assert len(window.workspace.prices.metal_prices()) == before
    form.close()


def test_show_price_form_fills_the_metal_currency_and_date(qtbot, window):
    day = TODAY - dt.timedelta(days=30)
    form = window.show_price_form("platinum", "EUR", day)
    assert form.date.date().toPython() == day
    assert "platinum" in [r.metal for r in form.metal_rows]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.metal_field("platinum").edit)
    assert "EUR" in [r.code for r in form.rate_rows]
    form.close()


def test_a_read_only_workspace_offers_no_price_entry(qtbot, qapp, settings, tmp_path,
                                                     make_workspace):
    path = make_workspace("shared").path
    apply_style(qapp)
    win = MainWindow(settings, Workspace.open(path, read_only=True), tmp_path)
    qtbot.addWidget(win)
    win.show()
    try:
        for action in (win.update_prices_action, win.new_metal_price_action,
                       win.new_fx_rate_action):
            assert not action.isEnabled()
        assert win.show_price_form() is None
        assert "read-only" in win.statusBar().currentMessage()
        view = win.show_prices()
        assert not view.prices.update_button.isEnabled()
        assert not any(b.isEnabled() for b in view.prices.metal_buttons + view.prices.fx_buttons)
        assert view.prices.new_metal_price() is None
    finally:
        win.close()


def test_the_price_dialogs_read_on_a_dark_desktop(qtbot, qapp, empty_window):
    from PySide6.QtGui import QColor, QPalette

    light = qapp.palette()
    dark = QPalette(light)
    for role, colour in ((QPalette.ColorRole.Window, "#202124"),
                         (QPalette.ColorRole.WindowText, "#e8eaed"),
                         (QPalette.ColorRole.Base, "#17181a"),
                         (QPalette.ColorRole.Text, "#e8eaed"),
                         (QPalette.ColorRole.Button, "#2d2e31"),
                         (QPalette.ColorRole.ButtonText, "#e8eaed")):
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)
    try:
        form = empty_window.show_price_form()
        qtbot.waitExposed(form)
        type_into(qtbot, form.metal_field("gold").edit, "0")
        save(qtbot, form)
        error = form.metal_field("gold").error
        assert error.isVisible()
        assert QColor(error.palette().color(error.foregroundRole())).lightness() > 128 or \
            "#ff7b72" in error.styleSheet(), "the reason reads on a dark window"
        grab(form, "update-prices-dark")
        form.close()
    finally:
        qapp.setPalette(light)


def test_update_prices_in_a_nok_workspace_lists_the_rates_into_nok_not_the_ecbs_thirty(
        qtbot, qapp, settings, tmp_path):
    """A Norwegian user imports the ECB's history (30 currencies against the euro) and Norges
    Bank's rates (EUR, JPY, SEK, THB and USD against NOK), and keeps gold in USD: the form
    offers the rates into NOK they have and need, not 25 empty rows for AUD, BGN, BRL …"""
    from jewelbench.reports.price_import import read_price_file
    from jewelbench.storage.prices import PriceImports

    files = Path(__file__).parent.parent / "reports" / "price_files"
    workspace = Workspace.create(tmp_path / "norsk.jewelbench", base_currency="NOK")
    for name in ("eurofxref-hist.csv", "norges-bank-exr.csv"):
        found = read_price_file(files / name, today=TODAY)
        PriceImports.of(workspace).add(found.metal_prices, found.fx_rates, replace=False)
    with workspace.transaction():
        workspace.prices.add_metal_price(MetalPrice(
            "gold", TODAY, Money(Decimal("2659.35"), "USD")))
    apply_style(qapp)
    win = MainWindow(settings, workspace, tmp_path)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.update_prices_action.trigger()
    form = win.price_form
    assert [row.code for row in form.rate_rows] == ["EUR", "JPY", "SEK", "THB", "USD", ""]
    assert form.rate_field("EUR").edit.text() == "11.6840"  # 1 EUR = 11.684 NOK, the ECB's
    assert form.rate_field("USD").edit.text() == "10.7766"  # Norges Bank's
    grab(form, "update-prices-nok")
    form.close()
    win.close()


def test_update_prices_offers_every_metal_while_no_design_uses_one(qtbot, empty_window):
    """A new user imports a gold series before drawing a design: silver, platinum and
    palladium can still be typed in Update Prices…, not only gold."""
    workspace = empty_window.workspace
    with workspace.transaction():
        workspace.prices.add_metal_price(MetalPrice(
            "gold", TODAY - dt.timedelta(days=3), Money(Decimal("2670.25"), "USD")))
    empty_window.update_prices_action.trigger()
    form = empty_window.price_form
    assert [r.metal for r in form.metal_rows] == ["silver", "gold", "platinum", "palladium"]
    assert form.metal_field("gold").edit.text() == "2670.25"
    form.metal_rows[0].unit.setCurrentIndex(form.metal_rows[0].unit.findData("g"))
    type_into(qtbot, form.metal_field("silver").edit, "0.95")
    save(qtbot, form)
    assert not form.isVisible()
    assert {p.metal for p in workspace.prices.metal_prices()} == {"gold", "silver"}


def test_update_prices_is_wide_enough_for_its_notes_at_1366(qtbot, qapp, settings, tmp_path):
    """A euro workspace with the ECB's rates: every row says 'last: 1 EUR = 17402.11 IDR on
    2026-11-27 (shown the other way round)'; the form opens wide enough to read them without
    scrolling sideways, and no wider than the screen."""
    from jewelbench.reports.price_import import read_price_file
    from jewelbench.storage.prices import PriceImports

    files = Path(__file__).parent.parent / "reports" / "price_files"
    workspace = Workspace.create(tmp_path / "euro.jewelbench", base_currency="EUR")
    found = read_price_file(files / "eurofxref-hist.csv", today=TODAY)
    PriceImports.of(workspace).add(found.metal_prices, found.fx_rates, replace=False)
    apply_style(qapp)
    win = MainWindow(settings, workspace, tmp_path)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.update_prices_action.trigger()
    win.price_form.resize(640, 560)
    win.price_form.close()  # the size of a form that had short notes is kept
    win.update_prices_action.trigger()
    form = win.price_form
    qtbot.waitExposed(form)
    idr = next(row for row in form.rate_rows if row.code == "IDR")
    assert "(shown the other way round)" in idr.last_label.text()
    # as wide as the rows need, or as the screen allows (an offscreen test screen is 800 wide)
    margins = form.layout().contentsMargins()
    needed = (form.rows_area.widget().sizeHint().width() + margins.left() + margins.right()
              + form.rows_area.verticalScrollBar().sizeHint().width())
    room = form.screen().availableGeometry().width() - 40
    assert min(needed, room) <= form.width() <= room + 40
    if needed <= room:  # once the resize is laid out
        qtbot.waitUntil(lambda: not form.rows_area.horizontalScrollBar().isVisible(),
                        timeout=2000)
    grab(form, "update-prices-eur")
    form.close()
    win.close()


def test_update_prices_says_the_cross_rate_a_currency_without_a_kept_rate_gets(
        qtbot, qapp, settings, tmp_path):
    """A NOK workspace with the ECB's rates and a supplier in pounds: no GBP↔NOK rate is kept,
    but the comparison derives one through the euro (11.684 ÷ 0.85113 = 13.7276326766). The
    form says so instead of 'no rate yet', and leaves the field to type a rate to keep."""
    from jewelbench.domain.suppliers import Supplier
    from jewelbench.reports.price_import import read_price_file
    from jewelbench.storage.prices import PriceImports

    files = Path(__file__).parent.parent / "reports" / "price_files"
    workspace = Workspace.create(tmp_path / "norsk.jewelbench", base_currency="NOK")
    found = read_price_file(files / "eurofxref-hist.csv", today=TODAY)
    PriceImports.of(workspace).add(found.metal_prices, found.fx_rates, replace=False)
    with workspace.transaction():
        workspace.suppliers.add(Supplier(name="London Goldsmiths", country="GB",
                                         currency="GBP"))
    apply_style(qapp)
    win = MainWindow(settings, workspace, tmp_path)
    qtbot.addWidget(win)
    win.show()
    win.update_prices_action.trigger()
    form = win.price_form
    gbp = next(row for row in form.rate_rows if row.code == "GBP")
    assert gbp.rate.edit.text() == ""
    assert gbp.last_label.text() == (
        "none kept; the comparison uses 13.7276326766, derived from 1 EUR = 0.85113 GBP and "
        "1 EUR = 11.684 NOK of 2026-11-27")
    form.close()
    win.close()
