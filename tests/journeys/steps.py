"""The steps of a new user's road, each done through the window as a person does it: menu
actions triggered, buttons clicked, text typed key by key, entries chosen from the keyboard,
dialogs accepted by their buttons. Storage is only ever READ, to check what was kept.

The journey tests (test_new_user_road.py) chain these steps; `Road` carries what they share
(the window, qtbot, the folders) and, for the screenshot journey, saves a picture of every
step."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

from picking import pick_typed
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)
from qt_helpers import visible_top_levels

from jewelbench.ui.widgets.record_picker import RecordPicker

BRAND = "Maren Vik Jewellery"
ADDRESS = "Storgata 12\n0155 Oslo\nNorway"
DESIGN_CODE, DESIGN_NAME = "RG-001", "Fjord Band"
SUPPLIER, SUPPLIER_COUNTRY, SUPPLIER_CURRENCY = "Chao Phraya Silverworks", "Thailand", "THB"
SCENARIO = "My bench"
QUANTITIES = "50 / 100 / 300"


# --- typing and choosing, as a user does ---------------------------------------------------

def focus(qtbot, widget: QWidget) -> None:
    """Click into the widget's window (it becomes the active one) and give the widget focus."""
    window = widget.window()
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus(Qt.FocusReason.MouseFocusReason)


def type_into(qtbot, field: QWidget, text: str, *, enter: bool = True) -> None:
    """Replace a line edit's (or a NumberField's) text key by key, then leave it with Enter."""
    line = getattr(field, "edit", field)
    if isinstance(line, QComboBox):
        line = line.lineEdit()
    assert isinstance(line, QLineEdit), type(line)
    focus(qtbot, line)
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)
    if enter:
        qtbot.keyClick(line, Qt.Key.Key_Return)


def type_text(qtbot, edit: QWidget, text: str) -> None:
    """Replace what a multi-line text box holds (Ctrl+A, then typing) and leave it, as Tab
    does (its focus-out saves it)."""
    focus(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.keyClicks(edit, line)
    assert edit.hasFocus(), f"{edit.objectName() or type(edit).__name__} has no focus"
    edit.clearFocus()  # what Tab does: the box loses focus and saves


def choose(qtbot, combo: QComboBox | RecordPicker, starts_with: str, *,
           may_be_taken_back: bool = False) -> None:
    """Pick the entry that starts with the text from the keyboard (Up/Down on the closed
    combo, as a user tabbing through does; `activated` is sent as for a click). With
    may_be_taken_back, a choice the editor takes back (a question opened) ends the walk
    instead of failing it. A picker of designs among thousands is typed into instead:
    pick_typed."""
    if isinstance(combo, RecordPicker):
        pick_typed(qtbot, combo, starts_with)
        return
    wanted = next((i for i in range(combo.count())
                   if combo.itemText(i).startswith(starts_with)), -1)
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert wanted >= 0, f"{starts_with!r} is not among {offered}"
    focus(qtbot, combo)
    while combo.currentIndex() != wanted:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down if wanted > before else Qt.Key.Key_Up)
        if may_be_taken_back and combo.currentIndex() == before:
            return
        assert combo.currentIndex() != before, f"{starts_with!r} cannot be reached"


def edit_cell(qtbot, page, row: int, column: int, text: str) -> None:
    """Type into a list page's cell (F2, type, Enter) and wait until the view commits it."""
    index = page.proxy.index(row, column)
    table = page.table
    focus(qtbot, table)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.focusWidget()
    line = editor.lineEdit() if isinstance(editor, QComboBox) and editor.isEditable() else editor
    assert isinstance(line, QLineEdit), f"column {column} opened {type(editor).__name__}"
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState
                    or table.focusWidget() is not editor)


def tick_cell(qtbot, page, row: int, column: int) -> None:
    """Say yes in a yes/no cell: Space on a check box cell, else type "yes" into it."""
    index = page.proxy.index(row, column)
    if index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
        focus(qtbot, page.table)
        page.table.setCurrentIndex(index)
        qtbot.keyClick(page.table, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: index.data(Qt.ItemDataRole.CheckStateRole)
                        == Qt.CheckState.Checked.value
                        or index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked)
    else:
        edit_cell(qtbot, page, row, column, "yes")


def click(qtbot, button: QWidget) -> None:
    """A mouse click on a button the user can see and press."""
    assert button.isVisible(), f"{button.objectName() or button} is not on screen"
    assert button.isEnabled(), f"{getattr(button, 'text', lambda: button)()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_ok(qtbot, dialog: QDialog) -> None:
    """Accept a dialog with its OK (or Create/Save) button, with the mouse."""
    buttons = dialog.buttons  # type: ignore[attr-defined]
    button = buttons.button(buttons.StandardButton.Ok) or \
        buttons.button(buttons.StandardButton.Save)
    click(qtbot, button)


def message_boxes() -> list[QMessageBox]:
    return visible_top_levels(QMessageBox)


def find_open(kind: type) -> Any:
    """The visible top-level window of a kind (a dialog the app opened with open()/show())."""
    shown = visible_top_levels(kind)
    assert len(shown) == 1, f"{len(shown)} {kind.__name__} open"
    return shown[0]


# --- the road -------------------------------------------------------------------------------

class Road:
    """What the steps share; `snap` saves a screenshot when the journey takes them (the dark
    road always; any road when JOURNEY_SNAPS names a folder: `JOURNEY_SNAPS=/tmp/snaps pytest
    tests/journeys/test_safety_open.py`, to look at what a journey shows)."""

    def __init__(self, window, qtbot, tmp_path: Path, rfq_folder: Path, *,
                 screenshots: Path | None = None) -> None:
        self.window = window
        self.qtbot = qtbot
        self.tmp_path = tmp_path
        self.rfq_folder = rfq_folder
        if screenshots is None and os.environ.get("JOURNEY_SNAPS"):
            screenshots = Path(os.environ["JOURNEY_SNAPS"]) / tmp_path.name
            screenshots.mkdir(parents=True, exist_ok=True)
        self.screenshots = screenshots
        self.shots: list[Path] = []
        self.today = dt.date.today()

    @property
    def workspace(self):
        return self.window.workspace

    def snap(self, name: str, widget: QWidget | None = None) -> None:
        if self.screenshots is None:
            return
        target = widget or self.window
        QApplication.processEvents()  # the last change is laid out and painted
        path = self.screenshots / f"{len(self.shots) + 1:02d}-{name}.png"
        assert target.grab().save(str(path)), path
        self.shots.append(path)

    def no_message_box(self) -> None:
        """Nothing on the road should stop the user with a message box."""
        boxes = message_boxes()
        assert not boxes, [f"{b.text()} {b.informativeText()}" for b in boxes]

    def close_everything(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and isinstance(widget, QDialog) and widget.isVisible():
                widget.close()

    # --- 1. the brand ---------------------------------------------------------------------

    def switch_to_new_workspace(self, monkeypatch, name: str = "Second") -> Path:
        """File ▸ New Workspace… to NAME.jewelbench beside the first: the window lets go of the
        workspace it had open (and backs it up on the way). The new file's path."""
        from jewelbench.ui import dialogs

        window, qtbot = self.window, self.qtbot
        new = self.tmp_path / f"{name}.jewelbench"
        monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, title, folder: new)
        window.new_action.trigger()
        dialog = window.new_workspace_dialog
        qtbot.waitExposed(dialog)
        click_ok(qtbot, dialog)
        qtbot.waitUntil(lambda: window.workspace.path == new)
        return new

    def reopen_and_visit_every_page(self, monkeypatch, path: Path) -> list[str]:
        """File ▸ Open Workspace… PATH, then every page in turn (View menu); what each message
        box said (its informative text), each box closed. An exception on the way fails the
        test (pytest-qt)."""
        from jewelbench.ui import dialogs

        window = self.window
        monkeypatch.setattr(dialogs, "ask_open_path", lambda *args: path)
        window.health_problems = None
        window.open_action.trigger()
        assert window.workspace.path == path
        said = []
        for action in window.view_actions:
            action.trigger()
            for box in message_boxes():
                said.append(box.informativeText())
                box.done(0)
        return said

    def set_brand_profile(self) -> None:
        window, qtbot = self.window, self.qtbot
        self.snap("empty-workspace")
        window.brand_action.trigger()  # File ▸ Brand Profile…
        dialog = window.brand_dialog
        qtbot.waitExposed(dialog)
        type_into(qtbot, dialog.name, BRAND)
        type_text(qtbot, dialog.address, ADDRESS)
        brand = self.workspace.brand.get()
        assert brand.name == BRAND
        assert brand.address == ADDRESS
        self.snap("brand-profile", dialog)
        dialog.close()
        self.no_message_box()

    # --- 3. a design with its whole bill of materials ---------------------------------------

    def create_design_with_bom(self) -> int:
        qtbot = self.qtbot
        catalog, dialog = new_design_dialog(self)
        type_into(qtbot, dialog.collection, "Coastline", enter=False)
        self.snap("new-design", dialog)
        click_ok(qtbot, dialog)
        assert not dialog.isVisible(), dialog.error.text()
        assert catalog.page.current_row().code == DESIGN_CODE

        click(qtbot, catalog.edit_button)
        editor = catalog.editor
        qtbot.waitExposed(editor)
        type_into(qtbot, editor.retail.edit, "185")
        editor.tabs.setCurrentIndex(1)  # Bill of Materials
        metals, stones, findings, platings, packaging = editor.sections
        inner = metals.parentWidget().parentWidget()  # the BOM's own tabs

        def section(which) -> None:
            inner.setCurrentWidget(which)
            click(qtbot, _add_button(which))

        section(metals)  # a line of 925 silver, then its finished weight
        edit_cell(qtbot, metals.page, 0, 1, "3.8")
        section(stones)
        edit_cell(qtbot, stones.page, 0, 5, "3")  # qty
        edit_cell(qtbot, stones.page, 0, 7, "2.50")  # unit cost
        section(findings)
        edit_cell(qtbot, findings.page, 0, 0, "spring ring clasp")
        edit_cell(qtbot, findings.page, 0, 4, "0.60")
        section(platings)
        edit_cell(qtbot, platings.page, 0, 3, "1.20")
        section(packaging)
        edit_cell(qtbot, packaging.page, 0, 0, "gift box")
        edit_cell(qtbot, packaging.page, 0, 2, "1.80")
        inner.setCurrentWidget(metals)
        self.snap("design-bom", editor)

        design = self.workspace.designs.get_by_code(DESIGN_CODE)
        assert design.target_retail_price.amount == Decimal("185")
        assert [(m.alloy_code, m.finished_weight_g) for m in design.metals] == [
            ("AG925", Decimal("3.8"))]
        assert [(s.quantity, s.unit_cost.amount) for s in design.stones] == [(3, Decimal("2.50"))]
        assert [(f.kind, f.unit_cost.amount) for f in design.findings] == [
            ("spring ring clasp", Decimal("0.60"))]
        assert [p.unit_cost.amount for p in design.platings] == [Decimal("1.20")]
        assert [(p.description, p.unit_cost.amount) for p in design.packaging] == [
            ("gift box", Decimal("1.80"))]
        assert "Not saved" not in editor.status.text(), editor.status.text()
        editor.close()
        self.no_message_box()
        return design.id

    # --- 4. its tech pack, issued ----------------------------------------------------------

    def issue_tech_pack(self) -> None:
        """Tech Pack… on the design, a new draft with its sections filled, issued as A."""
        window, qtbot = self.window, self.qtbot
        catalog = window.designs
        click(qtbot, catalog.tech_pack_button)
        editor = catalog.tech_pack_editor
        qtbot.waitExposed(editor)
        assert editor.stack.currentWidget() is editor.empty
        self.snap("techpack-empty", editor)
        click(qtbot, editor.new_draft_button)
        assert editor.revision is not None and editor.revision.revision == "A"

        editor.tabs.setCurrentWidget(editor.dimensions)
        click(qtbot, editor.dimensions.add_button)
        edit_cell(qtbot, editor.dimensions.page, 0, 0, "Band width")
        edit_cell(qtbot, editor.dimensions.page, 0, 1, "2.0")
        edit_cell(qtbot, editor.dimensions.page, 0, 2, "0.1")
        tick_cell(qtbot, editor.dimensions.page, 0, 3)  # critical
        click(qtbot, editor.dimensions.add_button)
        edit_cell(qtbot, editor.dimensions.page, 1, 0, "Inner diameter")
        edit_cell(qtbot, editor.dimensions.page, 1, 1, "17.3")
        edit_cell(qtbot, editor.dimensions.page, 1, 2, "0.1")
        self.snap("techpack-dimensions", editor)

        editor.tabs.setCurrentIndex(editor.tabs.indexOf(editor.dimensions) + 1)  # Weight
        type_into(qtbot, editor.weight.finished_weight, "3.8")
        type_into(qtbot, editor.weight.weight_tolerance, "0.15")
        type_into(qtbot, editor.weight.min_wall, "1.2")
        editor.tabs.setCurrentIndex(editor.tabs.indexOf(editor.dimensions) + 2)  # Materials
        type_into(qtbot, editor.materials.maker_mark, "MVJ")
        type_into(qtbot, editor.materials.markets, "Norway, EU")
        editor.tabs.setCurrentWidget(editor.finishes)
        click(qtbot, editor.finishes.add_button)
        edit_cell(qtbot, editor.finishes.page, 0, 0, "Band outside")
        self.snap("techpack-finishes", editor)
        editor.tabs.setCurrentIndex(editor.tabs.count() - 3)  # Labels & QC
        type_text(qtbot, editor.quality.labels, "Care card in every box")
        type_text(qtbot, editor.quality.qc_fields[6], "Weigh every piece; band width on 1 in 10.")
        editor.tabs.setCurrentIndex(editor.tabs.count() - 1)  # DFM
        type_text(qtbot, editor.dfm.dfm_notes, "Sprue on the inside of the band")

        draft = self.workspace.tech_packs.draft(editor.revision.id)
        assert [(d.name, d.nominal_mm, d.tolerance_mm, d.critical) for d in draft.dimensions] \
            == [("Band width", Decimal("2.0"), Decimal("0.1"), True),
                ("Inner diameter", Decimal("17.3"), Decimal("0.1"), False)]
        assert (draft.finished_weight_g, draft.weight_tolerance_g) == (Decimal("3.8"),
                                                                       Decimal("0.15"))
        assert draft.maker_mark == "MVJ"
        assert draft.dfm_notes == "Sprue on the inside of the band"
        assert draft.labels == "Care card in every box"
        assert [c.criteria for c in draft.qc_criteria if int(c.stage) == 6] == [
            "Weigh every piece; band width on 1 in 10."]
        assert editor.open_warnings() == [], [w.message for w in editor.open_warnings()]

        click(qtbot, editor.issue_button)
        dialog = editor.issue_dialog
        qtbot.waitExposed(dialog)
        assert dialog.note.text() == "First issue"
        self.snap("techpack-issue", dialog)
        click(qtbot, dialog.issue_button)
        issued = self.workspace.tech_packs.for_design(editor.design_id)
        assert [(r.revision, r.status.value) for r in issued] == [("A", "issued")], \
            editor.status.text()
        editor.tabs.setCurrentIndex(0)  # the tech pack as it prints
        assert BRAND in editor.document_view.toPlainText()
        self.snap("techpack-issued", editor)
        editor.close()
        self.no_message_box()

    def print_preview(self) -> None:
        """Back to the design later: Tech Pack… from the catalog, revision A, Print Preview…;
        the preview opens and shows its pages."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

        window, qtbot = self.window, self.qtbot
        window.view_actions[0].trigger()  # View ▸ Designs
        catalog = window.designs
        assert catalog.select(self.workspace.designs.id_for_code(DESIGN_CODE))
        click(qtbot, catalog.tech_pack_button)
        editor = catalog.tech_pack_editor
        qtbot.waitExposed(editor)
        assert editor.revision is not None and editor.revision.revision == "A"
        click(qtbot, editor.preview_button)
        previews = [w for w in editor.findChildren(QPrintPreviewDialog) if w.isVisible()]
        assert len(previews) == 1, "Print Preview… opened no preview"
        preview = previews[0]
        widget = preview.findChild(QPrintPreviewWidget)
        qtbot.waitUntil(lambda: widget.pageCount() >= 2)
        self.snap("techpack-print-preview", preview)
        preview.close()
        editor.close()
        self.no_message_box()

    # --- 5. a supplier abroad --------------------------------------------------------------

    def add_supplier(self) -> int:
        window, qtbot = self.window, self.qtbot
        window.view_actions[1].trigger()  # View ▸ Suppliers
        view = window.suppliers
        click(qtbot, view.new_button)
        dialog = view.dialog
        qtbot.waitExposed(dialog)
        qtbot.keyClicks(dialog.name, SUPPLIER)
        type_into(qtbot, dialog.country, SUPPLIER_COUNTRY, enter=False)
        type_into(qtbot, dialog.currency, SUPPLIER_CURRENCY.lower(), enter=False)
        self.snap("new-supplier", dialog)
        click_ok(qtbot, dialog)
        assert not dialog.isVisible(), dialog.error.text()
        editor = view.editor
        qtbot.waitExposed(editor)
        self.snap("supplier-editor", editor)
        editor.close()
        supplier_id = self.workspace.suppliers.id_for_name(SUPPLIER)
        stored = self.workspace.suppliers.get(supplier_id)
        assert (stored.country, stored.currency) == ("TH", "THB")
        self.snap("suppliers")
        self.no_message_box()
        return supplier_id

    # --- 6. an RFQ -------------------------------------------------------------------------

    def send_rfq(self) -> None:
        from jewelbench.ui.rfqs.tracking import RfqListDialog

        window, qtbot = self.window, self.qtbot
        window.new_rfq_action.trigger()  # Sourcing ▸ New Request for Quotation…
        dialog = window.rfq_dialog
        qtbot.waitExposed(dialog)
        choose(qtbot, dialog.design, DESIGN_CODE)
        assert dialog.revision.currentText().startswith("Revision A, issued")
        type_into(qtbot, dialog.quantities, QUANTITIES, enter=False)
        row = next(r for r in range(dialog.supplier_model.rowCount())
                   if dialog.supplier_model.item(r, 0).text() == SUPPLIER)
        dialog.suppliers.setFocus()
        dialog.suppliers.setCurrentIndex(dialog.supplier_model.index(row, 0))
        qtbot.keyClick(dialog.suppliers, Qt.Key.Key_Space)  # ticked from the keyboard
        qtbot.keyClicks(dialog.notes, "Please quote in THB, FOB Bangkok.")
        self.snap("new-rfq", dialog)
        click(qtbot, dialog.write_button)

        (summary,) = self.workspace.rfqs.summaries(self.today)
        assert summary.design_code == DESIGN_CODE and summary.quantities == (50, 100, 300)
        assert [r.supplier for r in summary.replies] == [SUPPLIER]
        letters = sorted(p.name for p in self.rfq_folder.iterdir())
        assert letters == [f"{DESIGN_CODE} RFQ rev A — {SUPPLIER}.pdf"], letters
        fonts = subprocess.run(["pdffonts", str(self.rfq_folder / letters[0])], check=True,
                               capture_output=True, text=True, timeout=60).stdout
        embedded = {line.split()[0] for line in fonts.splitlines()[2:]}
        assert embedded and all(name.startswith("DejaVuSansJewelbench") for name in embedded), \
            f"the letter is set in the font jewelbench ships: {embedded}"
        tracking = find_open(RfqListDialog)
        assert tracking.page.subtitle.text() == (
            "1 RFQ · 1 waiting for answers · 0 with a supplier overdue")
        assert tracking.status.text() == (
            f"{summary.reference} saved for {DESIGN_CODE}, sent to 1 supplier. "
            f"Wrote 1 PDF to {self.rfq_folder}."), tracking.status.text()
        self.snap("rfq-list", tracking)
        tracking.close()
        self.no_message_box()

    # --- 7. the supplier's quote, in baht -------------------------------------------------

    def enter_quote(self) -> int:
        window, qtbot = self.window, self.qtbot
        window.new_quote_action.trigger()  # Sourcing ▸ New Quote…
        editor = window.quotes.editor
        qtbot.waitExposed(editor)
        choose(qtbot, editor.supplier, SUPPLIER)
        choose(qtbot, editor.design, DESIGN_CODE)
        assert editor.currency.text() == "THB", "the supplier's currency"
        assert editor.revision.currentText().startswith("Revision A")
        # Enter would press Save Quote (the dialog's default button): fields are left by
        # moving on, as in any form
        type_into(qtbot, editor.reference, "CPS-Q-0417", enter=False)
        type_into(qtbot, editor.moq, "50", enter=False)
        for quantity, price in ((None, "1150"), ("100", "1020"), ("300", "940")):
            self._add_tier(editor, quantity, price)
        assert editor.tiers() == [(50, Decimal("1150")), (100, Decimal("1020")),
                                  (300, Decimal("940"))]
        from jewelbench.domain.quotes import FeeKind

        type_into(qtbot, editor.fee_amounts[FeeKind.MOULD], "3500", enter=False)
        type_into(qtbot, editor.fee_amounts[FeeKind.SAMPLE], "2400", enter=False)
        editor.fee_refundable[FeeKind.SAMPLE].click()
        type_into(qtbot, editor.deposit, "30", enter=False)
        type_into(qtbot, editor.freight_shipment, "2800", enter=False)
        type_into(qtbot, editor.sample_lead, "14", enter=False)
        type_into(qtbot, editor.production_lead, "35", enter=False)
        assert "5,900.00 THB" in editor.fee_total.text(), editor.fee_total.text()
        assert editor.save_button.isEnabled(), editor.problem.text()
        self.snap("quote-editor", editor)
        click(qtbot, editor.save_button)
        assert not editor.isVisible(), editor.problem.text()
        quote = self.workspace.quotes.get(editor.saved_id)
        assert (quote.reference, quote.currency, quote.moq) == ("CPS-Q-0417", "THB", 50)
        assert [(t.min_quantity, t.unit_price) for t in quote.tiers] == [
            (50, Decimal("1150")), (100, Decimal("1020")), (300, Decimal("940"))]
        assert {(f.kind, f.amount, f.refundable_on_order) for f in quote.fees} == {
            (FeeKind.MOULD, Decimal("3500"), False), (FeeKind.SAMPLE, Decimal("2400"), True)}
        self.snap("quotes")
        self.no_message_box()
        return quote.id

    def _add_tier(self, editor, quantity: str | None, price: str) -> None:
        qtbot = self.qtbot
        page = editor.tier_page
        click(qtbot, editor.add_tier_button)
        row = page.model.rowCount() - 1
        if quantity is not None:
            # the new tier opens its price cell; the quantity comes first
            qtbot.keyClick(page.table.focusWidget(), Qt.Key.Key_Escape)
            edit_cell(qtbot, page, row, 0, quantity)
            row = next(r for r in range(page.model.rowCount())
                       if page.model.row_object(r).min_quantity == int(quantity))
            edit_cell(qtbot, page, row, 1, price)
            return
        line = page.table.focusWidget()  # the price cell, open for typing
        assert isinstance(line, QLineEdit)
        qtbot.keyClicks(line, price)
        qtbot.keyClick(line, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)

    # --- 8. a sample round, recorded and approved ------------------------------------------

    def sample_round(self) -> int:
        window, qtbot = self.window, self.qtbot
        window.request_sample_action.trigger()  # Sourcing ▸ Request a Sample…
        view = window.samples
        dialog = view.dialog
        qtbot.waitExposed(dialog)
        choose(qtbot, dialog.design, DESIGN_CODE)
        choose(qtbot, dialog.supplier, SUPPLIER)
        assert dialog.revision.currentText().startswith("A — issued")
        assert "Round 1" in dialog.round.text()
        type_into(qtbot, dialog.notes, "Courier account 8812", enter=False)
        self.snap("sample-request", dialog)
        click_ok(qtbot, dialog)
        assert not dialog.isVisible(), dialog.error.text()

        click(qtbot, view.edit_button)  # Record…
        editor = view.editor
        qtbot.waitExposed(editor)
        editor.tabs.setCurrentIndex(0)
        click(qtbot, editor.received_check)
        type_into(qtbot, editor.weight, "3.82")
        edit_cell(qtbot, editor.measurements, 0, 3, "2.05")
        edit_cell(qtbot, editor.measurements, 1, 3, "17.32")
        assert editor.tolerance_summary.text().startswith("All"), \
            editor.tolerance_summary.text()
        self.snap("sample-measured", editor)
        editor.tabs.setCurrentIndex(1)
        for combo in editor.qc_results.values():
            choose(qtbot, combo, "Pass")
        assert editor.qc_summary.text() == "6 passed · 0 failed · 0 not checked"
        self.snap("sample-qc", editor)
        editor.tabs.setCurrentIndex(3)
        choose(qtbot, editor.decision, "Approved")
        sample = self.workspace.samples.get(editor.sample_id)
        assert sample.decision is not None and sample.decision.value == "approved"
        assert sample.received_on == self.today and sample.measured_weight_g == Decimal("3.82")
        design = self.workspace.designs.get_by_code(DESIGN_CODE)
        assert design.status.value == "approved"
        self.snap("sample-approved", editor)
        editor.close()
        self.snap("samples")
        self.no_message_box()
        return sample.id

    def comparison_before_prices(self) -> None:
        """Make or Buy before any price is entered: the comparison says what is missing."""
        view = open_comparison(self)
        assert "silver" in view.problem and "THB" in view.problem, view.problem
        self.snap("comparison-without-prices")

    # --- 9. the in-house scenario ------------------------------------------------------------

    def create_scenario(self) -> int:
        window, qtbot = self.window, self.qtbot
        window.view_actions[4].trigger()  # View ▸ Costs
        costs = window.costs
        tabs = costs.tabBar()
        index = costs.indexOf(costs.inputs)
        qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(index).center())
        assert costs.currentWidget() is costs.inputs, "Scenarios & Prices"
        click(qtbot, costs.new_button)
        dialog = costs.dialog
        qtbot.waitExposed(dialog)
        qtbot.keyClicks(dialog.name, SCENARIO)
        assert dialog.currency.currentText() == "USD", "the workspace's currency first"
        choose(qtbot, dialog.start, "Seed figures: low")
        self.snap("new-scenario", dialog)
        click_ok(qtbot, dialog)
        assert not dialog.isVisible(), dialog.error.text()
        scenario_id = self.workspace.scenarios.id_for_name(SCENARIO)
        assert scenario_id is not None
        scenario = self.workspace.scenarios.get(scenario_id)
        assert scenario.currency == "USD" and scenario.equipment
        assert costs.scenarios.subtitle.text() == "1 scenario, base currency USD"
        self.snap("scenarios")
        self.no_message_box()
        return scenario_id


def _add_button(section: QWidget) -> QWidget:
    """A BOM section's Add button."""
    from PySide6.QtWidgets import QPushButton

    return next(b for b in section.findChildren(QPushButton) if b.text() == "Add")


# --- prices and rates (the price entry UI is being built: issue 12, prices-edit) -----------

def enter_prices_and_rates(road: Road) -> None:
    """This week's silver price and the baht's rate, entered where the comparison says they
    are missing: its Enter Prices… button opens Update Prices… with silver and THB in it.

    Silver 29.55 USD per troy ounce (the design's only metal line is sterling), and
    1 THB = 0.0285 USD exactly, typed as THB → USD: the supplier's piece is worked by hand at
    this rate (940 THB × 0.0285 = 26.79 USD …). Save is one undo step, and the comparison
    follows without a reload."""
    window, qtbot = road.window, road.qtbot
    today = road.today
    view = window.costs.comparison
    assert window.costs.currentWidget() is view
    assert view.enter_prices.isVisible(), "the missing prices come with a way to enter them"
    click(qtbot, view.enter_prices)
    form = window.price_form
    qtbot.waitExposed(form)
    assert form.objectName() == "updatePricesDialog"
    silver = form.metal_field("silver")
    assert form.focusWidget() in (silver.edit, form.rate_field("THB").edit), \
        "the form opens on what is missing"
    units = form.findChild(QComboBox, "unit_silver")
    choose(qtbot, units, "per troy ounce")
    type_into(qtbot, silver, "29.55", enter=False)
    type_into(qtbot, form.rate_field("THB"), "0.0285", enter=False)
    road.snap("update-prices", form)
    before = window.undo.stack.count()
    qtbot.keyClick(form.rate_field("THB").edit, Qt.Key.Key_Return)  # Save
    qtbot.waitUntil(lambda: not form.isVisible())
    assert window.undo.stack.count() == before + 1, "one undo step"
    road.no_message_box()
    prices = window.workspace.prices
    assert [(p.metal, p.price_date, p.price_per_troy_oz.amount, p.price_per_troy_oz.currency)
            for p in prices.metal_prices()] == [("silver", today, Decimal("29.55"), "USD")]
    assert [(r.from_currency, r.to_currency, r.rate_date, r.rate)
            for r in prices.fx_rates()] == [("THB", "USD", today, Decimal("0.0285"))]
    view.wait()
    assert view.problem == "", view.problem
    assert not view.enter_prices.isVisible()


def cli_compare(path: Path, *args: str) -> dict[str, Any]:
    """`jewelbench compare PATH … --json`, run as a user runs it beside the open window."""
    import json
    import os
    import subprocess
    import sys

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    done = subprocess.run([sys.executable, "-m", "jewelbench", "compare", str(path), *args,
                           "--json"], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    answer: dict[str, Any] = json.loads(done.stdout)
    return answer


class Verdict:
    """The comparison's answer as the window shows it."""

    def __init__(self, sentence: str, rows: dict[str, tuple[str, str]], comparison: Any) -> None:
        self.sentence = sentence
        self.rows = rows
        self.comparison = comparison


def open_comparison(road: Road) -> Any:
    """Designs ▸ the design ▸ Sourcing ▾ ▸ Make or Buy: Compare Costs, against the scenario."""
    window, qtbot = road.window, road.qtbot
    window.view_actions[0].trigger()  # View ▸ Designs
    catalog = window.designs
    assert catalog.select(road.workspace.designs.id_for_code(DESIGN_CODE))
    click(qtbot, catalog.sourcing_button)  # Sourcing ▾
    menu = find_open(QMenu)
    action = next(a for a in menu.actions() if a.objectName() == "sourcing_compare_costs")
    action.trigger()  # Make or Buy: Compare Costs
    menu.close()
    view = window.costs.comparison
    assert window.costs.currentWidget() is view
    view.wait()
    choose(qtbot, view.scenario, SCENARIO)
    view.wait()
    return view


def _compare_costs(road: Road, volume: int) -> Verdict:
    qtbot = road.qtbot
    view = open_comparison(road)
    spin = view.controls.volume
    focus(qtbot, spin)
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, str(volume))
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    view.wait()
    assert view.controls.volume.value() == volume
    road.snap("comparison")
    assert view.problem == "", view.problem
    rows = {}
    for row in range(view.table.rowCount()):
        _kind, route = view.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        rows[route] = (view.table.item(row, 1).text(), view.table.item(row, 2).text())
    return Verdict(view.verdict.accessibleName(), rows, view.comparison)


def read_verdict_and_check_cli(road: Road, volume: int = 300) -> Verdict:
    """The make-or-buy comparison of the design, and `jewelbench compare --json` on the same
    file saying the same: the verdict word for word and every route's exact figures."""
    verdict = _compare_costs(road, volume)
    answer = cli_compare(road.workspace.path, "--design", DESIGN_CODE, "--scenario", SCENARIO,
                         "--date", road.today.isoformat(), "--volume", str(volume))
    assert answer["verdict"] == verdict.sentence
    assert answer["currency"] == "USD" and answer["volume"] == volume
    comparison = verdict.comparison
    shown = {cost.route: cost for cost in (comparison.in_house, *comparison.routes)}
    assert {route["name"] for route in answer["routes"]} == set(shown) == set(verdict.rows)
    assert len(shown) == 2, "in-house and the one supplier"
    for route in answer["routes"]:
        cost = shown[route["name"]]
        assert Decimal(route["total"]["value"]) == cost.total.value
        assert Decimal(route["per_piece"]["value"]) == cost.per_piece.value
        year, piece = verdict.rows[route["name"]]
        assert f"{Decimal(route['per_piece']['rounded']):,}" in piece, (route, piece)
        assert f"{Decimal(route['total']['rounded']):,}" in year, (route, year)
    supplier = next(r for r in answer["routes"] if r["kind"] == "outsourced")
    assert supplier["quotes"][0]["currency"] == "THB"
    return verdict


def export_workbook(road: Road) -> Path:
    """File ▸ Export ▸ Workbook…, the design against its quote, written where typed."""
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    window, qtbot = road.window, road.qtbot
    window.export_workbook_action.trigger()
    dialog = window.export_dialog
    qtbot.waitExposed(dialog)
    assert dialog.design_choice.isChecked(), "no plan yet: one design"
    assert dialog.design.currentText().startswith(DESIGN_CODE)
    choose(qtbot, dialog.scenario, SCENARIO)
    target = road.tmp_path / "Fjord Band make or buy.xlsx"
    type_into(qtbot, dialog.file, str(target), enter=False)
    road.snap("workbook-export", dialog)
    click(qtbot, dialog.export_button)
    assert target.exists(), dialog.status.text()
    assert dialog.status.text().startswith(f"Written to {target}"), dialog.status.text()
    road.snap("workbook-written", dialog)
    book = load_workbook(target)
    cover = [c for row in book["Cover"].iter_rows(values_only=True) for c in row if c]
    assert SCENARIO in cover
    dialog.close()
    road.no_message_box()
    return target


def new_supplier(road: Road, name: str, country: str, currency: str) -> Any:
    """View ▸ Suppliers ▸ New: name, country and currency typed; OK. The editor it opens."""
    window, qtbot = road.window, road.qtbot
    window.view_actions[1].trigger()  # View ▸ Suppliers
    view = window.suppliers
    click(qtbot, view.new_button)
    dialog = view.dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, name)
    type_into(qtbot, dialog.country, country, enter=False)
    type_into(qtbot, dialog.currency, currency, enter=False)
    click_ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error.text()
    return view.editor


def new_design_dialog(road: Road, code: str = DESIGN_CODE, name: str = DESIGN_NAME,
                      category: str | None = "Ring") -> tuple[Any, Any]:
    """View ▸ Designs ▸ New: the code and the name typed, the category chosen (None: as
    offered); the catalog and its dialog, not yet OK'd."""
    window, qtbot = road.window, road.qtbot
    window.view_actions[0].trigger()  # View ▸ Designs (Ctrl+1)
    catalog = window.designs
    click(qtbot, catalog.new_button)
    dialog = catalog.dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.code, code)
    qtbot.keyClicks(dialog.name, name)
    if category is not None:
        choose(qtbot, dialog.category, category)
    return catalog, dialog


def new_design(road: Road, code: str = DESIGN_CODE, name: str = DESIGN_NAME,
               category: str | None = "Ring") -> Any:
    """new_design_dialog, then OK: the dialog closes. The catalog."""
    catalog, dialog = new_design_dialog(road, code, name, category)
    click_ok(road.qtbot, dialog)
    assert not dialog.isVisible(), dialog.error.text()
    return catalog


def new_design_on_its_images_tab(road: Road) -> Any:
    """View ▸ Designs ▸ New: a ring's code and name typed; OK; Edit; the Images tab. The
    design editor it opens."""
    catalog = new_design(road)
    click(road.qtbot, catalog.edit_button)
    editor = catalog.editor
    road.qtbot.waitExposed(editor)
    editor.tabs.setCurrentIndex(2)  # Images
    return editor
