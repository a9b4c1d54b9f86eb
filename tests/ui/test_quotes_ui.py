"""Quotes through the widgets: the editor stores a whole quote as one undoable step and
refuses a bad one with its reason; delete asks and undoes; the comparison converts, flags the
best and says which rate is missing; the list narrows and leads on to other sections."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QMessageBox
from ui_helpers import edit_cell

from jewelbench.domain.money import Money
from jewelbench.domain.prices import fx_rate_on
from jewelbench.domain.quotes import FeeKind, Quote, QuoteTier
from jewelbench.ui.formatting import money_text
from jewelbench.ui.navigation import OpenTechPack, ShowSamples, ShowSuppliers
from jewelbench.ui.quotes.comparison import BEST_ROLE, ERROR_ROLE, best_background
from jewelbench.ui.quotes.view import QuotesView


@pytest.fixture
def view(window) -> QuotesView:
    window.show_view("quotes")
    return window.quotes


def _type(qtbot, field, text: str) -> None:
    """Replace a line edit's (or number field's) text as a user types it."""
    edit = getattr(field, "edit", field)
    edit.selectAll()
    edit.del_()
    qtbot.keyClicks(edit, text)


def _new_editor(qtbot, view, design_code: str = "RG-021", supplier: str = "Siam"):
    editor = view.new_quote()
    qtbot.waitExposed(editor)
    workspace = view._workspace
    assert editor.supplier.choose_key(next(
        s.id for s in workspace.suppliers.summaries() if s.name.startswith(supplier)))
    assert editor.design.choose_key(workspace.designs.id_for_code(design_code))
    return editor


def _add_tier(qtbot, editor, quantity: str | None, price: str) -> None:
    editor.add_tier_button.click()
    page = editor.tier_page
    row = page.model.rowCount() - 1
    qtbot.keyClick(page.table.focusWidget(), Qt.Key.Key_Escape)  # the price cell it opened
    if quantity is not None:
        edit_cell(qtbot, page, row, 0, quantity)
        row = next(r for r in range(page.model.rowCount())
                   if page.model.row_object(r).min_quantity == int(quantity.replace(",", "")))
    edit_cell(qtbot, page, row, 1, price)


def _valid_editor(qtbot, view):
    """An editor holding a complete, valid THB quote for RG-021."""
    editor = _new_editor(qtbot, view)
    _type(qtbot, editor.reference, "SG-2026-101")
    _type(qtbot, editor.moq, "50")
    _add_tier(qtbot, editor, None, "15900")
    _add_tier(qtbot, editor, None, "15200")
    assert editor.save_button.isEnabled(), editor.problem.text()
    return editor


def _count(window) -> int:
    return len(window.workspace.quotes.summaries())


# --- entering a quote ---------------------------------------------------------------------


def test_a_quote_entered_through_the_editor_is_stored_whole_and_undoes_in_one_step(
        qtbot, window, view, artifacts_dir):
    workspace = window.workspace
    editor = _new_editor(qtbot, view)
    assert editor.currency.text() == "THB", "the supplier's currency by default"
    assert editor.revision.currentText().startswith("Revision A"), "the newest issued revision"
    assert not editor.save_button.isEnabled()
    assert "at least one price tier" in editor.problem.text()
    _type(qtbot, editor.reference, "SG-2026-101")
    _type(qtbot, editor.moq, "50")
    _add_tier(qtbot, editor, None, "15900")  # from the MOQ
    _add_tier(qtbot, editor, "1,000", "14100")
    _add_tier(qtbot, editor, "300", "14600")  # typed after 1,000: kept in order
    assert [q for q, _ in editor.tiers()] == [50, 300, 1000]
    _type(qtbot, editor.fee_amounts[FeeKind.CAD], "4500")
    _type(qtbot, editor.fee_amounts[FeeKind.MOULD], "2800")
    _type(qtbot, editor.fee_amounts[FeeKind.SAMPLE], "6500")
    editor.fee_refundable[FeeKind.SAMPLE].setChecked(True)
    _type(qtbot, editor.deposit, "50")
    _type(qtbot, editor.sample_lead, "18")
    _type(qtbot, editor.production_lead, "30")
    _type(qtbot, editor.freight_shipment, "3800")
    editor.incoterm.setCurrentIndex(editor.incoterm.findData("CIF"))
    qtbot.keyClicks(editor.notes, "Centre stone consigned.")
    assert "13,800.00 THB" in editor.fee_total.text()
    assert "1 THB = " in editor.fx_note.text()
    assert editor.save_button.isEnabled(), editor.problem.text()
    editor.grab().save(str(artifacts_dir / "quote-editor.png"))

    before = _count(window)
    depth = window.undo.stack.count()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert window.undo.stack.count() == depth + 1, "one command for the whole quote"
    quote = workspace.quotes.get(editor.saved_id)
    assert (quote.reference, quote.currency, quote.moq) == ("SG-2026-101", "THB", 50)
    assert [(t.min_quantity, t.unit_price) for t in quote.tiers] == [
        (50, Decimal("15900")), (300, Decimal("14600")), (1000, Decimal("14100"))]
    assert {(f.kind, f.amount, f.refundable_on_order) for f in quote.fees} == {
        (FeeKind.CAD, Decimal("4500"), False), (FeeKind.MOULD, Decimal("2800"), False),
        (FeeKind.SAMPLE, Decimal("6500"), True)}
    assert (quote.deposit_pct, quote.sample_lead_time_days, quote.production_lead_time_days,
            quote.incoterm.value, quote.freight_per_shipment, quote.notes) == (
        Decimal("50"), 18, 30, "CIF", Decimal("3800"), "Centre stone consigned.")
    assert quote.tech_pack_revision_id is not None
    assert view.current_row().id == quote.id, "the list shows and selects the new quote"
    assert _count(window) == before + 1

    window.undo.stack.undo()
    assert _count(window) == before
    window.undo.stack.redo()
    assert workspace.quotes.get(quote.id).tiers == quote.tiers, "back under the same id"


# --- each bad case: its message, nothing stored -------------------------------------------


def _refused(editor, window, before: int, message: str) -> None:
    assert message in editor.problem.text()
    assert not editor.save_button.isEnabled()
    assert editor.save() is False, "refused even if asked"
    assert _count(window) == before


def test_no_tiers_is_refused(qtbot, window, view):
    editor = _valid_editor(qtbot, view)
    before = _count(window)
    for _ in range(2):
        editor.tier_page.table.selectRow(0)
        editor.remove_tier_button.click()
    _refused(editor, window, before, "A quote needs at least one price tier")
    assert "at least one price tier" in editor.tiers_error.text(), "shown at the tiers too"


def test_duplicate_tier_quantities_are_refused(qtbot, window, view):
    editor = _valid_editor(qtbot, view)
    before = _count(window)
    edit_cell(qtbot, editor.tier_page, 1, 0, "50")
    _refused(editor, window, before, "same minimum quantity (50 pieces)")


def test_tiers_typed_out_of_order_are_put_in_order_not_stored_out_of_order(qtbot, window,
                                                                           view):
    editor = _valid_editor(qtbot, view)
    edit_cell(qtbot, editor.tier_page, 1, 0, "20")  # the second tier now starts below the first
    assert [q for q, _ in editor.tiers()] == [20, 50]
    assert editor.tier_page.proxy.index(0, 0).data() == "20"
    assert editor.tier_page.proxy.index(0, 1).data() == "15,200.00", "the price moved with it"
    # the first tier is now below the MOQ of 50: still a valid quote (you pay for the MOQ)
    assert editor.save()
    assert [t.min_quantity for t in window.workspace.quotes.get(editor.saved_id).tiers] == [
        20, 50]


def test_an_moq_above_every_tier_is_refused(qtbot, window, view):
    editor = _valid_editor(qtbot, view)
    before = _count(window)
    _type(qtbot, editor.moq, "500")
    _refused(editor, window, before, "MOQ (500) is above every price tier")


def test_a_negative_price_is_refused_beside_the_tiers_and_the_old_price_kept(qtbot, window,
                                                                            view):
    editor = _valid_editor(qtbot, view)
    before = _count(window)
    edit_cell(qtbot, editor.tier_page, 0, 1, "-5")
    assert "too small" in editor.tiers_error.text()
    assert editor.tiers()[0] == (50, Decimal("15900"))
    qtbot.waitUntil(lambda: editor.tier_page.table.focusWidget() is not None)
    qtbot.keyClick(editor.tier_page.table.focusWidget(), Qt.Key.Key_Escape)
    assert _count(window) == before


def test_a_unit_price_rising_with_quantity_is_warned_but_can_be_saved(qtbot, window, view,
                                                                       artifacts_dir):
    editor = _valid_editor(qtbot, view)  # 50 → 15,900; 100 → 15,200
    assert editor.tiers_warning.isHidden()
    edit_cell(qtbot, editor.tier_page, 1, 1, "152000")  # a zero too many
    assert editor.tiers_warning.isVisible()
    assert editor.tiers_warning.text() == (
        "Check the tiers: the unit price rises with quantity (152,000.00 from 100 pieces is "
        "more than 15,900.00 from 50). Save keeps it as typed.")
    assert editor.save_button.isEnabled() and editor.problem.text() == ""
    editor.grab().save(str(artifacts_dir / "quote-editor-rising-tiers.png"))
    edit_cell(qtbot, editor.tier_page, 1, 1, "15200")
    assert editor.tiers_warning.isHidden()


def test_a_negative_fee_is_refused(qtbot, window, view):
    editor = _valid_editor(qtbot, view)
    before = _count(window)
    _type(qtbot, editor.fee_amounts[FeeKind.MOULD], "-80")
    _refused(editor, window, before, "Wax / mould fee: -80 is too small")


def test_a_validity_before_the_quote_date_is_refused(qtbot, window, view):
    editor = _valid_editor(qtbot, view)
    before = _count(window)
    editor.quoted_on.setDate(QDate(2026, 11, 1))
    editor.valid_until.setDate(QDate(2026, 10, 31))
    _refused(editor, window, before, "valid until 2026-10-31 is before the quote date "
                                     "2026-11-01")
    editor.open_ended.setChecked(True)
    assert editor.save_button.isEnabled(), "no end date: nothing to be before"


def test_a_tier_without_a_price_and_a_missing_design_are_refused(qtbot, window, view):
    editor = _valid_editor(qtbot, view)
    before = _count(window)
    editor.add_tier_button.click()
    qtbot.keyClick(editor.tier_page.table.focusWidget(), Qt.Key.Key_Escape)
    _refused(editor, window, before, "Enter the unit price for the tier from 200 pieces")
    editor.remove_tier()
    editor.design.clear()
    _refused(editor, window, before, "Choose the design this quote is for")


def test_a_currency_without_a_rate_is_said_but_the_quote_can_still_be_saved(qtbot, window,
                                                                            view):
    editor = _valid_editor(qtbot, view)
    _type(qtbot, editor.currency, "gbp")
    assert editor.currency.text() == "GBP"
    assert "No GBP→USD exchange rate on or before" in editor.fx_note.text()
    assert editor.save()
    assert window.workspace.quotes.get(editor.saved_id).currency == "GBP"


# --- editing, deleting, undo -------------------------------------------------------------


def _demo_quote(window, reference: str) -> Quote:
    summary = next(s for s in window.workspace.quotes.summaries() if s.reference == reference)
    return window.workspace.quotes.get(summary.id)


def test_an_edit_is_one_undoable_command_and_undo_restores_every_field(qtbot, window, view):
    original = _demo_quote(window, "Q-2026-024")
    view.select(original.id)
    editor = view.edit_quote()
    qtbot.waitExposed(editor)
    assert editor.reference.text() == "Q-2026-024"
    assert [q for q, _ in editor.tiers()] == [50, 100, 300, 1000]
    edit_cell(qtbot, editor.tier_page, 1, 1, "30.90")
    _type(qtbot, editor.moq, "100")
    _type(qtbot, editor.fee_amounts[FeeKind.MOULD], "")
    depth = window.undo.stack.count()
    assert editor.save()
    assert window.undo.stack.count() == depth + 1
    changed = window.workspace.quotes.get(original.id)
    assert changed.moq == 100 and changed.tiers[1].unit_price == Decimal("30.90")
    assert [f.kind for f in changed.fees] == [FeeKind.SAMPLE]
    window.undo.stack.undo()
    assert window.workspace.quotes.get(original.id) == original
    window.undo.stack.redo()
    assert window.workspace.quotes.get(original.id) == changed


def test_cancel_stores_nothing(qtbot, window, view):
    original = _demo_quote(window, "Q-2026-024")
    editor = view.edit_quote(original.id)
    _type(qtbot, editor.moq, "300")
    depth = window.undo.stack.count()
    editor.buttons.button(editor.buttons.StandardButton.Cancel).click()
    assert window.workspace.quotes.get(original.id) == original
    assert window.undo.stack.count() == depth


def test_delete_asks_says_what_goes_with_it_and_undo_brings_the_quote_back(qtbot, window,
                                                                           view):
    original = _demo_quote(window, "Q-2026-024")
    view.select(original.id)
    box = view.ask_delete()
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "Q-2026-024" in box.text() and "RG-021" in box.text()
    assert "4 price tiers and 2 development fees" in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.workspace.quotes.get(original.id) == original, "Cancel keeps it"

    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # the keyboard asks the same question
    box = view.confirm
    assert box is not None and box.isVisible() and "Q-2026-024" in box.text()
    delete = next(b for b in box.buttons()
                  if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    delete.click()
    assert original.id not in {s.id for s in window.workspace.quotes.summaries()}
    assert original.id not in {view.model.row_object(r).id
                               for r in range(view.model.rowCount())}
    window.undo.stack.undo()
    assert window.workspace.quotes.get(original.id) == original, "same id, tiers and fees"
    assert view.current_row().id == original.id


# --- the comparison ---------------------------------------------------------------------


def _row(dialog, label: str) -> int:
    model = dialog.model
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == label)


def _column(dialog, reference: str) -> int:
    return dialog.comparison.column_of(
        next(c.quote.id for c in dialog.comparison.columns
             if c.quote.reference == reference)) + 1


def test_the_comparison_converts_each_quote_at_its_dated_rate_and_flags_the_best(
        qtbot, qtmodeltester, window, view, artifacts_dir):
    workspace = window.workspace
    vicenza = _demo_quote(window, "Q-2026-024")  # EUR, quoted 2026-09-15
    jaipur = _demo_quote(window, "Q-2026-032")  # INR, quoted 2026-09-22, MOQ 100
    view.select(vicenza.id)
    dialog = view.compare()
    qtbot.waitExposed(dialog)
    assert dialog.quantities.text() == "50, 100, 300, 1000", "the tiers' quantities"
    model = dialog.model
    eur, inr = _column(dialog, "Q-2026-024"), _column(dialog, "Q-2026-032")
    rates = workspace.prices.fx_rates()
    eur_rate, eur_used = fx_rate_on(rates, "EUR", "USD", vicenza.quoted_on)
    inr_rate, _ = fx_rate_on(rates, "INR", "USD", jaipur.quoted_on)

    fx = _row(dialog, "Exchange rate")
    assert model.index(fx, eur).data() == (f"1 EUR = {eur_rate.normalize():f} USD (rate of "
                                           f"{eur_used.rate_date.isoformat()})")
    at_100 = _row(dialog, "Price per piece at 100")
    assert model.index(at_100, eur).data() == money_text(Money(Decimal("31.20") * eur_rate,
                                                               "USD"))
    assert model.index(at_100, inr).data() == money_text(Money(Decimal("1020") * inr_rate,
                                                               "USD"))
    assert model.index(at_100, inr).data(BEST_ROLE) and not model.index(at_100, eur).data(
        BEST_ROLE), "1,020 INR is about 11.6 USD, 31.20 EUR about 36.6 USD"
    best = model.index(at_100, inr)
    assert best.data(Qt.ItemDataRole.FontRole).bold()
    assert best.data(Qt.ItemDataRole.BackgroundRole) == best_background(dialog.table.palette())
    at_50 = _row(dialog, "Price per piece at 50")
    assert "(below MOQ 100)" in model.index(at_50, inr).data()
    assert "billed for 100" in model.index(at_50, inr).data(Qt.ItemDataRole.ToolTipRole)
    score = _row(dialog, "Supplier score")
    for column, quote in ((eur, vicenza), (inr, jaipur)):
        headline = workspace.suppliers.scorecard(quote.supplier_id, dialog.today).headline()
        assert headline and model.index(score, column).data() == headline
    lead = _row(dialog, "Production lead time")
    assert model.index(lead, eur).data(BEST_ROLE), "28 days beat 30"
    dialog.grab().save(str(artifacts_dir / "quote-comparison.png"))
    qtmodeltester.check(dialog.model)

    _type(qtbot, dialog.quantities, "75, lots")
    qtbot.keyClick(dialog.quantities, Qt.Key.Key_Return)
    assert "“lots” is not a number of pieces" in dialog.quantities_error.text()
    assert _row(dialog, "Price per piece at 1,000"), "the last comparison stays"
    _type(qtbot, dialog.quantities, "75, 2,000")
    qtbot.keyClick(dialog.quantities, Qt.Key.Key_Return)
    assert dialog.quantities_error.text() == ""
    assert [q for q in dialog.comparison.quantities] == [75, 2000]
    assert _row(dialog, "Price per piece at 2,000")


def test_a_quote_without_a_rate_says_so_in_its_column_and_the_others_still_compare(
        qtbot, window, view):
    workspace = window.workspace
    design_id = workspace.designs.id_for_code("RG-021")
    supplier_id = workspace.suppliers.summaries()[0].id
    workspace.quotes.add(Quote(supplier_id=supplier_id, design_id=design_id, currency="GBP",
                               quoted_on=dt.date(2026, 10, 1), reference="GB-1", moq=50,
                               tiers=[QuoteTier(50, Decimal("10"))]))
    dialog = view.compare(design_id)
    model = dialog.model
    gbp = _column(dialog, "GB-1")
    fx = model.index(_row(dialog, "Exchange rate"), gbp)
    assert fx.data().startswith("No GBP→USD exchange rate on or before the quote date "
                                "2026-10-01")
    assert fx.data(ERROR_ROLE)
    price = model.index(_row(dialog, "Price per piece at 100"), gbp)
    assert price.data() == "10.00 GBP — not converted"
    assert not price.data(BEST_ROLE)
    at_100 = _row(dialog, "Price per piece at 100")
    assert any(model.index(at_100, c).data(BEST_ROLE) for c in range(1, model.columnCount())
               if c != gbp), "the converted quotes are still compared"


def test_the_best_tint_reads_on_a_dark_palette_too():
    def luminance(colour: QColor) -> float:
        def channel(value: int) -> float:
            c = value / 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green())
                + 0.0722 * channel(colour.blue()))

    for base, text, highlight in (("#ffffff", "#000000", "#308cc6"),
                                  ("#1e1e1e", "#e6e6e6", "#2a82da")):
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Base, QColor(base))
        palette.setColor(QPalette.ColorRole.Text, QColor(text))
        palette.setColor(QPalette.ColorRole.Highlight, QColor(highlight))
        tint = best_background(palette)
        assert tint != QColor(base), "the best cell stands out"
        light, dark = sorted((luminance(tint), luminance(QColor(text))), reverse=True)
        assert (light + 0.05) / (dark + 0.05) >= 7, f"text on the tint reads ({base})"


# --- narrowing the list and leading on --------------------------------------------------


def test_show_only_narrows_the_list_with_a_banner_and_show_all_undoes_it(qtbot, window, view):
    workspace = window.workspace
    design_id = workspace.designs.id_for_code("RG-021")
    view.show_only(design_id=design_id)
    assert view.banner.isVisible()
    assert view.banner_text.text() == "Showing quotes for RG-021 · Tidal Band"
    assert {view.model.row_object(r).design_code for r in range(view.model.rowCount())} == {
        "RG-021"}
    supplier = next(s for s in workspace.suppliers.summaries() if s.name.startswith("Jaipur"))
    view.show_only(supplier_id=supplier.id)
    assert view.banner_text.text() == f"Showing quotes from {supplier.name}"
    assert view.model.rowCount() == supplier.quote_count
    editor = view.new_quote()
    assert editor.supplier.current_key() == supplier.id, "a new quote for the shown supplier"
    editor.reject()
    view.show_all_button.click()
    assert not view.banner.isVisible()
    assert view.model.rowCount() == len(workspace.quotes.summaries())


def test_the_context_menu_leads_to_the_revision_the_supplier_and_the_samples(qtbot, window,
                                                                             view):
    quote = _demo_quote(window, "Q-2026-019")  # RG-014 revision B, Siam Gem
    summary = next(s for s in view.model.rows() if s.id == quote.id)
    menu = view.context_menu(summary)
    actions = {a.text().replace("&", ""): a for a in menu.actions() if a.text()}
    assert "Open Tech Pack Revision B" in actions
    expected = {
        "Open Tech Pack Revision B": OpenTechPack(design_id=quote.design_id,
                                                  revision_id=quote.tech_pack_revision_id),
        f"Open Supplier {summary.supplier}": ShowSuppliers(supplier_id=quote.supplier_id),
        "Show Samples of RG-014": ShowSamples(design_id=quote.design_id),
    }
    for text, target in expected.items():
        with qtbot.waitSignal(view.navigate) as signal:
            actions[text].trigger()
        assert signal.args == [target]
    actions["Show Only Quotes for RG-014"].trigger()
    assert view.banner_text.text().startswith("Showing quotes for RG-014")


def test_the_editor_shows_dates_as_every_other_view_does(qtbot, window, view):
    """The quote and validity dates read like the list's ("2026-11-04" in the C locale), not in
    Qt's bare default ("4 11 2026")."""
    from jewelbench.ui.formatting import date_text

    editor = view.edit_quote(_demo_quote(window, "Q-2026-037").id)
    qtbot.waitExposed(editor)
    assert editor.quoted_on.text() == date_text(dt.date(2026, 11, 4))
    assert editor.valid_until.text() == date_text(dt.date(2027, 2, 4))
    editor.close()


def test_counts_of_one_read_in_the_singular(qtbot, window, view):
    design_id = window.workspace.designs.id_for_code("BC-001")  # one quote, current
    view.show_only(design_id=design_id)
    assert view.subtitle.text() == "1 quote for 1 design, 0 expired"
    dialog = view.compare(design_id=design_id)
    qtbot.waitExposed(dialog)
    assert dialog.subtitle.text().startswith("1 quote · amounts in USD")
    dialog.close()
    view.show_all_button.click()
    assert view.subtitle.text() == "14 quotes for 11 designs, 1 expired"


def test_every_column_is_in_view_on_a_laptop_screen(qtbot, window, view, artifacts_dir):
    """At 1366 × 768 development costs, lead time, incoterm and revision are not pushed off
    the right edge by long supplier names and tier lists (those are elided, with tooltips)."""
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    header = view.table.horizontalHeader()
    width = view.table.viewport().width()
    for column in range(header.count()):
        title = view.model.headerData(column, Qt.Orientation.Horizontal)
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= width + 1, f"{title} ends at {right}, beyond {width}"
    tiers = next(c for c in range(header.count())
                 if view.model.headerData(c, Qt.Orientation.Horizontal).startswith("Price"))
    assert header.sectionSize(tiers) >= 120, "the first tiers stay readable"
    window.grab().save(str(artifacts_dir / "quotes-list.png"))


def test_the_currency_reads_in_capitals_and_no_end_date_leaves_nothing_to_pick(qtbot, view):
    editor = _new_editor(qtbot, view)
    _type(qtbot, editor.currency, "eur")
    assert editor.currency.text() == "EUR", "typed in small letters, shown as the code"
    assert editor.valid_until.isEnabled()
    qtbot.mouseClick(editor.open_ended, Qt.MouseButton.LeftButton)
    assert editor.open_ended.isChecked() and not editor.valid_until.isEnabled()
    qtbot.mouseClick(editor.open_ended, Qt.MouseButton.LeftButton)
    assert editor.valid_until.isEnabled()
    editor.close()
