"""The first hour on a workspace of one's own: the getting-started checklist, the base
currency (File ▸ New, Workspace Settings), Help ▸ Open Demo Workspace, actions that need a
selection, and BOM cells picked from lists."""

from __future__ import annotations

import pytest
import shiboken6
import ui_helpers
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit
from qt_helpers import laid_out
from ui_helpers import close_message_boxes, edit_cell, tick_cell

from jewelbench.app.demo import write_demo
from jewelbench.app.main import apply_style
from jewelbench.domain.designs import Category, StoneOrigin
from jewelbench.storage import Workspace
from jewelbench.ui import dialogs
from jewelbench.ui.main_window import MainWindow
from jewelbench.ui.navigation import CompareCosts, OpenRfqs
from jewelbench.ui.workspace.checklist import TICK, TODO, ChecklistStep


def _window(qtbot, settings, path, folder):
    win = MainWindow(settings, Workspace.open(path), folder, demo_writer=write_demo)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def empty_window(qtbot, qapp, settings, tmp_path):
    """The main window on a new, empty workspace (as on a first run), 1366 × 768."""
    apply_style(qapp)
    Workspace.create(tmp_path / "Studio.jewelbench", base_currency="USD").close()
    win = _window(qtbot, settings, tmp_path / "Studio.jewelbench", tmp_path)
    win.show_view("designs")
    yield win
    close_message_boxes()
    win.close()


def _ok(dialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def _new_design(window, code: str = "RG-001", name: str = "Orbit Ring"):
    dialog = window.checklist.buttons[ChecklistStep.DESIGN].click() or window.designs.dialog
    dialog.code.setText(code)
    dialog.name.setText(name)
    dialog.category.setCurrentIndex(list(Category).index(Category.RING))
    _ok(dialog)


# --- the checklist -------------------------------------------------------------------------

def test_an_empty_workspace_shows_the_checklist_which_ticks_itself(empty_window, qtbot):
    window = empty_window
    checklist = window.checklist
    assert checklist.isVisible(), "an empty workspace shows the first steps"
    assert window.designs.page.isAncestorOf(checklist), "on the Designs page"
    assert checklist.title.text() == "Getting started — 0 of 6 done"
    assert [checklist.texts[k].text().split("<br>")[0] for k in checklist.texts] == [
        "<b>Brand profile</b>", "<b>Prices and rates</b>", "<b>First design</b>",
        "<b>In-house scenario</b>", "<b>First supplier</b>", "<b>First quote</b>"]
    assert all(mark.text() == TODO for mark in checklist.marks.values())

    _new_design(window)
    assert checklist.marks[ChecklistStep.DESIGN].text() == TICK
    assert "1 design" in checklist.texts[ChecklistStep.DESIGN].text()
    assert checklist.title.text() == "Getting started — 1 of 6 done"
    window.undo.stack.undo()
    assert checklist.marks[ChecklistStep.DESIGN].text() == TODO, "undo unticks it"
    window.undo.stack.redo()
    assert checklist.marks[ChecklistStep.DESIGN].text() == TICK

    brand = checklist.buttons[ChecklistStep.BRAND].click() or window.brand_dialog
    assert brand is not None and brand.isVisible()
    brand.name.setText("Atelier Nord")
    brand.name.editingFinished.emit()
    assert checklist.marks[ChecklistStep.BRAND].text() == TICK
    assert "Atelier Nord" in checklist.texts[ChecklistStep.BRAND].text()
    brand.close()


def test_each_checklist_button_opens_the_place_to_do_it(empty_window, qtbot):
    window = empty_window
    buttons = window.checklist.buttons
    buttons[ChecklistStep.PRICES].click()
    assert window.current_view_key() == "costs"
    assert window.costs.currentWidget() is window.costs.inputs, "Scenarios & Prices"
    form = window.price_form
    assert form is not None and form.objectName() == "updatePricesDialog"
    qtbot.waitExposed(form)
    form.reject()
    window.show_view("designs")
    buttons[ChecklistStep.SCENARIO].click()
    assert window.costs.dialog is not None and window.costs.dialog.isVisible()
    window.costs.dialog.reject()
    window.show_view("designs")
    buttons[ChecklistStep.SUPPLIER].click()
    assert window.current_view_key() == "suppliers"
    assert window.suppliers.dialog.isVisible()
    window.suppliers.dialog.reject()
    window.show_view("designs")
    buttons[ChecklistStep.QUOTE].click()
    assert window.current_view_key() == "quotes"
    quote = window.quotes.editor
    assert quote is not None and quote.isVisible(), "the quote editor, for a new quote"
    quote.close()
    window.show_view("designs")
    buttons[ChecklistStep.BRAND].click()
    assert window.brand_dialog is not None and window.brand_dialog.isVisible()
    window.brand_dialog.close()
    buttons[ChecklistStep.DESIGN].click()
    assert window.designs.dialog.isVisible() and window.designs.dialog.code.text() == ""
    window.designs.dialog.reject()


def test_a_dismissed_checklist_stays_hidden_for_that_workspace_only(
        empty_window, qtbot, settings, tmp_path):
    window = empty_window
    qtbot.mouseClick(window.checklist.dismiss_button, Qt.MouseButton.LeftButton)
    assert not window.checklist.isVisible()
    _new_design(window)
    assert not window.checklist.isVisible(), "an edit does not bring it back"
    window.close()

    again = _window(qtbot, settings, tmp_path / "Studio.jewelbench", tmp_path)
    again.show_view("designs")
    assert not again.checklist.isVisible(), "remembered for this workspace"
    other = tmp_path / "Other.jewelbench"
    Workspace.create(other).close()
    assert again.open_path(other)
    assert again.checklist.isVisible(), "another workspace still shows it"
    again.open_path(tmp_path / "Studio.jewelbench")
    assert not again.checklist.isVisible()
    again.checklist_action.trigger()
    assert again.checklist.isVisible(), "Help ▸ Getting Started Checklist shows it again"
    again.close()


def test_the_demo_has_done_every_step_so_no_checklist(window):
    window.show_view("designs")
    assert window.checklist.is_complete()
    assert not window.checklist.isVisible()


# --- actions that need a selection ----------------------------------------------------------

def test_actions_that_need_a_selection_are_disabled_on_an_empty_workspace(empty_window, qtbot):
    window = empty_window
    designs = window.designs
    assert designs.new_button.isEnabled()
    for button in (designs.edit_button, designs.tech_pack_button, designs.sourcing_button,
                   designs.duplicate_button, designs.retire_button):
        assert not button.isEnabled(), button.text()
    window.show_view("suppliers")
    suppliers = window.suppliers
    assert suppliers.new_button.isEnabled()
    assert not suppliers.edit_button.isEnabled() and not suppliers.delete_button.isEnabled()
    window.show_view("quotes")
    quotes = window.quotes
    assert not quotes.edit_button.isEnabled() and not quotes.compare_button.isEnabled()
    assert not quotes.delete_button.isEnabled()
    window.show_view("samples")
    samples = window.samples
    assert samples.request_button.isEnabled()
    assert not samples.edit_button.isEnabled() and not samples.delete_button.isEnabled()
    window.show_view("costs")
    costs = window.costs
    assert costs.new_button.isEnabled()
    for button in (costs.edit_button, costs.duplicate_button, costs.delete_button):
        assert not button.isEnabled(), button.text()
    rfqs = window.navigate(OpenRfqs())
    assert rfqs.new_button.isEnabled()
    for button in (rfqs.write_button, rfqs.template_button, rfqs.delete_button):
        assert not button.isEnabled(), button.text()
    rfqs.close()

    window.show_view("designs")
    _new_design(window)
    assert designs.page.current_row() is not None
    for button in (designs.edit_button, designs.tech_pack_button, designs.sourcing_button,
                   designs.duplicate_button, designs.retire_button):
        assert button.isEnabled(), button.text()
    designs.page.table.clearSelection()
    designs.page.table.setCurrentIndex(designs.page.proxy.index(-1, -1))
    assert not designs.edit_button.isEnabled(), "and disabled again without one"


# --- the base currency -------------------------------------------------------------------

@pytest.fixture
def norwegian_locale():
    before = QLocale()
    QLocale.setDefault(QLocale("nb_NO"))
    yield
    QLocale.setDefault(before)


def test_file_new_asks_the_base_currency_starting_from_the_locale(
        empty_window, qtbot, tmp_path, monkeypatch, norwegian_locale):
    window = empty_window
    fresh = tmp_path / "Oslo.jewelbench"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: fresh)
    window.new_action.trigger()
    dialog = window.new_workspace_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "New Workspace"
    assert dialog.currency.currentText() == "NOK", "nb_NO's currency"
    assert dialog.name.text() == "Oslo"

    dialog.currency.setCurrentText("NKO")
    _ok(dialog)
    assert "NKO" in dialog.error.text() and "not a currency" in dialog.error.text()
    assert not fresh.exists(), "nothing is created from a bad entry"
    dialog.currency.setCurrentText("nok")
    _ok(dialog)
    assert window.workspace.path == fresh and window.workspace.base_currency == "NOK"
    assert window.checklist.isVisible()


def test_file_new_cancelled_creates_nothing(empty_window, tmp_path, monkeypatch):
    window = empty_window
    fresh = tmp_path / "Never.jewelbench"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: fresh)
    window.new_action.trigger()
    window.new_workspace_dialog.reject()
    assert not fresh.exists() and window.workspace.path.name == "Studio.jewelbench"


def _settings_dialog(window, currency: str, name: str | None = None):
    window.workspace_settings_action.trigger()
    dialog = window.workspace_settings_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Workspace Settings"
    dialog.currency.setCurrentText(currency)
    if name is not None:
        dialog.name.setText(name)
    _ok(dialog)


def test_workspace_settings_change_the_base_currency_undoably(window, qtbot):
    assert window.workspace.base_currency == "USD"
    prices_before = window.workspace.prices.metal_prices()
    _settings_dialog(window, "EUR", "Atelier")
    assert window.workspace.base_currency == "EUR" and window.workspace.name == "Atelier"
    assert window.workspace.prices.metal_prices() == prices_before, "nothing is re-based"
    assert window.windowTitle().startswith("Atelier (")
    assert window.undo.stack.undoText() == "Change the base currency to EUR"
    window.undo.stack.undo()
    assert window.workspace.base_currency == "USD" and window.workspace.name != "Atelier"
    window.undo.stack.redo()
    assert window.workspace.base_currency == "EUR"


def test_a_bad_base_currency_is_refused_and_nothing_changes(window):
    window.workspace_settings_action.trigger()
    dialog = window.workspace_settings_dialog
    dialog.currency.setCurrentText("EU")
    _ok(dialog)
    assert dialog.isVisible() and "not a currency" in dialog.error.text()
    dialog.name.setText("  ")
    dialog.currency.setCurrentText("EUR")
    _ok(dialog)
    assert "name" in dialog.error.text()
    dialog.reject()
    assert window.workspace.base_currency == "USD" and window.undo.stack.count() == 0


def test_a_base_with_no_rates_is_said_in_both_comparisons_not_a_crash(window, qtbot):
    _settings_dialog(window, "NOK")
    view = window.navigate(CompareCosts())
    view.wait()
    design_id = window.workspace.designs.get_by_code("RG-014").id
    view.choose("design", design_id)
    view.wait()
    assert "NOK" in view.problem, view.problem
    assert "Cannot compute the costs" in view.verdict.text()

    window.show_view("quotes")
    comparison = window.quotes.compare(design_id=design_id)
    qtbot.waitExposed(comparison)
    model = comparison.model
    cells = [str(model.index(r, c).data() or "") for r in range(model.rowCount())
             for c in range(model.columnCount())]
    assert any("not converted" in cell for cell in cells), cells
    comparison.close()


# --- Help ▸ Open Demo Workspace ------------------------------------------------------------

def test_help_opens_a_fresh_demo_replacing_the_previous_copy(empty_window, qtbot, tmp_path):
    window = empty_window
    assert window.open_demo_action.isEnabled()
    window.open_demo_action.trigger()
    job = window.demo_job
    assert job.is_running(), "written in the background"
    qtbot.waitUntil(lambda: window.workspace.path == tmp_path / "Demo.jewelbench", timeout=60000)
    assert job.progress.objectName() == "demoProgress"
    assert window.workspace.counts()["designs"] == 15
    assert "replaced the previous demo copy" in window.statusBar().currentMessage()
    assert not window.checklist.isVisible(), "the demo has every step done"
    assert not (tmp_path / ".Demo-being-written.jewelbench").exists()

    _settings_dialog(window, "EUR", "Scribbled on")  # a change to the demo copy
    window.open_demo_action.trigger()
    box = window.replace_demo_box
    assert box.isVisible() and "replaces the previous demo copy" in box.informativeText()
    replace = next(b for b in box.buttons() if "Replace" in b.text())
    replace.click()
    qtbot.waitUntil(lambda: window.workspace.name != "Scribbled on", timeout=60000)
    assert window.workspace.base_currency == "USD", "a fresh demo, the change is gone"
    assert window.workspace.path == tmp_path / "Demo.jewelbench"
    assert window.undo.stack.count() == 0


# --- BOM cells -----------------------------------------------------------------------------

@pytest.fixture
def bom(empty_window, qtbot):
    window = empty_window
    _new_design(window, "PD-100", "Comet Pendant")
    window.designs.edit_button.click()
    editor = window.designs.editor
    qtbot.waitExposed(editor)
    editor.tabs.setCurrentIndex(1)
    yield editor
    if shiboken6.isValid(editor):  # closing the window (pytest-qt does first) closes it too
        editor.close()


def _stored(holder):
    """The design as the file has it (holder: the window or the editor)."""
    return holder.workspace.designs.get_by_code("PD-100")


def _type_in_cell(qtbot, page, row: int, column: int, text: str):
    """Open the cell's editor and type, key by key, without committing; the editor."""
    index = page.proxy.index(row, column)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    return editor


@pytest.mark.parametrize("typed, code", [
    ("925 silver", "AG925"), ("925", "AG925"), ("sterling", "AG925"), ("585", "AU585Y"),
    ("14k", "AU585Y"), ("18k white", "AU750W")])
def test_the_alloy_is_picked_by_name_stamp_or_karat(bom, qtbot, typed, code):
    metals = bom.sections[0]
    metals.add()
    edit_cell(qtbot, metals.page, 0, 0, typed)
    assert _stored(bom).metals[0].alloy_code == code


def test_the_alloy_cell_offers_what_matches_as_it_is_typed(bom, qtbot):
    metals = bom.sections[0]
    metals.add()
    line = _type_in_cell(qtbot, metals.page, 0, 0, "925 sil")
    assert line.objectName() == "choiceLine"
    assert line.offered.stringList() == ["Sterling silver 925 · AG925"]
    line.clear()
    qtbot.keyClicks(line, "14k")
    assert line.offered.stringList() == ["14k yellow gold · AU585Y", "14k white gold · AU585W"]
    qtbot.keyClick(line, Qt.Key.Key_Tab)  # Tab commits, as in any cell
    qtbot.waitUntil(lambda: metals.page.table.state()
                    != QAbstractItemView.State.EditingState)
    assert _stored(bom).metals[0].alloy_code == "AU585Y"


def test_an_alloy_that_matches_nothing_is_refused_and_the_typing_kept(bom, qtbot):
    metals = bom.sections[0]
    metals.add()
    edit_cell(qtbot, metals.page, 0, 0, "bronze 925")
    assert _stored(bom).metals[0].alloy_code == "AG925"
    assert "No alloy is called “bronze 925”" in bom.status.text()
    qtbot.waitUntil(lambda: isinstance(metals.page.table.focusWidget(), QLineEdit))
    assert metals.page.table.focusWidget().text() == "bronze 925", "typing given back"


def test_origin_is_chosen_from_a_list_and_currency_typed_or_picked(bom, qtbot):
    stones = bom.sections[1]
    stones.add()
    index = stones.page.proxy.index(0, 1)
    stones.page.table.setCurrentIndex(index)
    stones.page.table.edit(index)
    combo = stones.page.table.focusWidget()
    assert isinstance(combo, QComboBox) and not combo.isEditable()
    assert [combo.itemText(n) for n in range(combo.count())] == [
        "natural", "lab-grown", "simulant"]
    combo.setCurrentIndex(1)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored(bom).stones[0].origin
                    is StoneOrigin.LAB_GROWN)
    assert stones.page.proxy.index(0, 1).data() == "lab-grown"

    edit_cell(qtbot, stones.page, 0, 8, "thb")
    assert _stored(bom).stones[0].unit_cost.currency == "THB"
    edit_cell(qtbot, stones.page, 0, 8, "BTH")
    assert _stored(bom).stones[0].unit_cost.currency == "THB"
    assert "“BTH” is not a currency" in bom.status.text()


def test_bom_remove_needs_a_selected_line(bom):
    metals = bom.sections[0]
    assert not metals.remove_button.isEnabled()
    metals.add()
    metals.page.table.selectRow(0)
    assert metals.remove_button.isEnabled()



# --- how it looks --------------------------------------------------------------------------

def _dark_palette():
    from PySide6.QtGui import QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, "#2b2b2b"), (roles.WindowText, "#e6e6e6"),
                         (roles.Base, "#1f1f1f"), (roles.AlternateBase, "#262626"),
                         (roles.Text, "#e6e6e6"), (roles.Button, "#333333"),
                         (roles.ButtonText, "#e6e6e6"), (roles.Highlight, "#3d7bd9"),
                         (roles.HighlightedText, "#ffffff"), (roles.Mid, "#555555"),
                         (roles.PlaceholderText, "#9a9a9a")):
        palette.setColor(role, colour)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, "#7a7a7a")
    return palette


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_the_checklist_fits_a_laptop_screen_in_either_palette(
        qtbot, qapp, settings, tmp_path, artifacts_dir, mode):
    light = QApplication.palette()
    if mode == "dark":
        QApplication.setPalette(_dark_palette())
    try:
        apply_style(qapp)
        Workspace.create(tmp_path / "Studio.jewelbench").close()
        window = _window(qtbot, settings, tmp_path / "Studio.jewelbench", tmp_path)
        window.show_view("designs")
        _new_design(window)
        qtbot.waitUntil(lambda: laid_out(window))
        checklist = window.checklist
        assert checklist.isVisible()
        assert checklist.height() < 200, "the list of designs keeps most of the page"
        for key, button in checklist.buttons.items():
            text = checklist.texts[key]
            assert button.width() >= button.sizeHint().width(), f"{key}: button text clipped"
            assert text.width() > 120, f"{key}: its text has room"
        window.grab().save(str(artifacts_dir / f"first-hour-checklist-{mode}.png"))
        window.workspace_settings_action.trigger()
        dialog = window.workspace_settings_dialog
        qtbot.waitExposed(dialog)
        assert dialog.width() <= 1366 and dialog.height() < 400
        dialog.grab().save(str(artifacts_dir / f"workspace-settings-{mode}.png"))
        dialog.reject()
        window.close()
    finally:
        QApplication.setPalette(light)


# --- critical dimensions -------------------------------------------------------------------

def test_an_issued_revisions_critical_boxes_cannot_be_ticked(open_editor, qtbot):
    editor = open_editor("RG-014", (1100, 700))
    assert not editor.is_editable(), "the newest revision is issued"
    page = editor.dimensions.page
    states = [page.proxy.index(r, 3).data(Qt.ItemDataRole.CheckStateRole)
              for r in range(page.proxy.rowCount())]
    assert Qt.CheckState.Checked in states and Qt.CheckState.Unchecked in states
    row = states.index(Qt.CheckState.Unchecked)
    assert not page.proxy.index(row, 3).flags() & Qt.ItemFlag.ItemIsUserCheckable
    tick_cell(qtbot, page, row, 3)
    assert page.proxy.index(row, 3).data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Unchecked


def test_the_checklist_buttons_have_their_own_alt_keys(empty_window):
    window = empty_window
    menus = {a.text().split("&")[1][0].casefold() for a in window.menuBar().actions()}
    keys = [b.text().split("&")[1][0].casefold() for b in window.checklist.buttons.values()]
    assert len(set(keys)) == len(keys), keys
    assert not set(keys) & menus, "no clash with the menu bar's Alt keys"


def test_a_demo_that_cannot_be_written_is_refused_and_nothing_changes(
        empty_window, qtbot, tmp_path):
    window = empty_window

    def fails(path):
        path.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    window.demo_writer = fails
    window.open_demo_action.trigger()
    qtbot.waitUntil(lambda: not window.demo_job.is_running() and not window.demo_job.progress
                    .isVisible())
    qtbot.waitUntil(lambda: any(b.text() == "The demo workspace could not be written."
                                for b in ui_helpers.visible_message_boxes()))
    box = next(b for b in ui_helpers.visible_message_boxes()
               if b.text() == "The demo workspace could not be written.")
    assert "No space left on device" in box.informativeText()
    assert window.workspace.path.name == "Studio.jewelbench"
    assert not (tmp_path / "Demo.jewelbench").exists()
    assert not (tmp_path / ".Demo-being-written.jewelbench").exists(), "no half file left"


def test_a_demo_folder_that_cannot_be_written_is_refused_with_the_reason(
        empty_window, qtbot, tmp_path):
    """The folder the demo goes in is a file: said, never a crash, and nothing changes."""
    window = empty_window
    blocker = tmp_path / "not a folder"
    blocker.write_text("a file where the folder should be")
    window.default_folder = blocker
    window.open_demo_action.trigger()
    qtbot.waitUntil(lambda: any(b.text() == "The demo workspace could not be written."
                                for b in ui_helpers.visible_message_boxes()))
    box = next(b for b in ui_helpers.visible_message_boxes()
               if b.text() == "The demo workspace could not be written.")
    assert "not a folder" in box.informativeText()
    assert window.workspace.path.name == "Studio.jewelbench"
    assert blocker.read_text() == "a file where the folder should be"


def test_a_demo_open_in_another_window_is_not_replaced(empty_window, qtbot, tmp_path):
    window = empty_window
    write_demo(tmp_path / "Demo.jewelbench")
    other = Workspace.open(tmp_path / "Demo.jewelbench")  # another window has it
    try:
        before = (tmp_path / "Demo.jewelbench").stat().st_mtime_ns
        window.open_demo_action.trigger()
        assert window.demo_job is None, "nothing is written"
        assert any("open in another window" in b.text()
                   for b in ui_helpers.visible_message_boxes())
        assert (tmp_path / "Demo.jewelbench").stat().st_mtime_ns == before
    finally:
        other.close()


def test_every_section_reads_after_a_base_with_no_rates(window, qtbot):
    _settings_dialog(window, "NOK")
    for key in ("designs", "suppliers", "quotes", "samples", "costs"):
        window.show_view(key)
        qtbot.waitUntil(lambda: window.stack.currentWidget().isVisible() and laid_out(window))
    window.show_view("suppliers")
    supplier = window.suppliers.current_row()
    assert supplier is not None
    scorecard = window.suppliers.scorecard(supplier.id)
    assert scorecard is None or scorecard.base_currency == "NOK"
    window.show_view("designs")
    editor = window.designs.edit_design(window.workspace.designs.get_by_code("RG-014").id)
    qtbot.waitExposed(editor)
    assert "NOK" in editor.totals.text(), editor.totals.text()
    editor.close()


def test_a_demo_that_takes_a_while_shows_its_progress(empty_window, qtbot, tmp_path):
    import time

    window = empty_window

    def slow(path):
        time.sleep(1.5)
        write_demo(path)

    window.demo_writer = slow
    window.open_demo_action.trigger()
    progress = window.demo_job.progress
    qtbot.waitUntil(progress.isVisible, timeout=3000)
    assert progress.labelText() == "Writing a fresh demo workspace…"
    qtbot.waitUntil(lambda: window.workspace.path.name == "Demo.jewelbench", timeout=60000)
    assert not progress.isVisible()
