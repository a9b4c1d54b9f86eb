"""The design picker (issue 16): a line edit whose list is read from the file per keystroke,
at most 50 designs, never the whole catalog; keyboard only: typing offers, Down opens the list,
Enter chooses; a text that matches nothing is refused beside the field with the reason."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from jewelbench.domain.designs import Category, Design
from jewelbench.ui.widgets.pickers import design_picker
from jewelbench.ui.widgets.record_picker import SEARCH_LIMIT

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")

DESIGNS = 120  # more than the list shows


@pytest.fixture
def catalog(make_workspace):
    workspace = make_workspace()
    with workspace.transaction():
        for n in range(DESIGNS):
            workspace.designs.add(Design(f"RG-{n:03d}", f"Ring number {n}", Category.RING))
        workspace.designs.add(Design("PD-001", "Tern Pendant", Category.PENDANT))
    return workspace


@pytest.fixture
def picker(qtbot, catalog):
    widget = design_picker(catalog)
    qtbot.addWidget(widget)
    widget.resize(400, 60)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.edit.setFocus()
    return widget


def shown(picker) -> list[str]:
    return [picker.model.item(i).text() for i in range(picker.model.rowCount())]


def test_typing_offers_the_few_designs_that_match(qtbot, picker):
    chosen = []
    picker.chosen.connect(chosen.append)
    qtbot.keyClicks(picker.edit, "rg-01")
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert shown(picker) == [f"RG-01{n} · Ring number 1{n}" for n in range(10)]
    qtbot.keyClicks(picker.edit, "7")
    assert shown(picker) == ["RG-017 · Ring number 17"]
    assert chosen == [] and picker.current_key() is None, "offered, not chosen yet"
    # Down into the list, Enter chooses
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert picker.text() == "RG-017 · Ring number 17"
    assert picker.current_record().code == "RG-017"
    assert chosen == [picker.current_key()] and chosen[0] is not None


def test_down_opens_at_most_fifty_designs_never_the_whole_catalog(qtbot, picker):
    qtbot.keyClick(picker.edit, Qt.Key.Key_Down)
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert picker.model.rowCount() == SEARCH_LIMIT == 50
    assert shown(picker)[:2] == ["PD-001 · Tern Pendant", "RG-000 · Ring number 0"]
    for _ in range(3):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.text() == "RG-001 · Ring number 1"
    # Down again on the chosen design: the list from the first again, to choose another
    qtbot.keyClick(picker.edit, Qt.Key.Key_Down)
    qtbot.waitUntil(popup.isVisible)
    assert shown(picker)[0] == "PD-001 · Tern Pendant"
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible() and picker.text() == "RG-001 · Ring number 1"


def test_enter_on_the_exact_code_or_the_only_match_chooses_it(qtbot, picker):
    qtbot.keyClicks(picker.edit, "rg-100")
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # the list open, nothing in it highlighted
    assert not popup.isVisible()
    assert picker.text() == "RG-100 · Ring number 100"
    picker.edit.clear()
    qtbot.keyClicks(picker.edit, "tern")  # a word of the name, one design
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.current_record().code == "PD-001"


def test_a_text_that_matches_nothing_is_refused_beside_the_field(qtbot, picker):
    qtbot.keyClicks(picker.edit, "XX-9")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.error.isVisible() and picker.error.text() == "No design matches “XX-9”."
    assert picker.edit.accessibleDescription() == "No design matches “XX-9”."
    assert picker.current_key() is None and picker.text() == "XX-9", "what was typed stays"
    # several: said, none chosen
    picker.edit.selectAll()
    qtbot.keyClicks(picker.edit, "RG-0")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.error.text() == ("“RG-0” matches more than one design: type more of the "
                                   "code, or press Down and choose one.")
    assert picker.current_key() is None
    # a correction that matches takes the refusal away
    qtbot.keyClicks(picker.edit, "05")
    assert not picker.error.isVisible()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.current_record().code == "RG-005"


def test_typing_over_the_chosen_design_lets_it_go(qtbot, picker):
    assert picker.choose_key(picker.matches("PD-001")[0].key)
    let_go = []
    picker.chosen.connect(let_go.append)
    qtbot.keyClick(picker.edit, Qt.Key.Key_Backspace)
    assert picker.current_key() is None and let_go == [None]
    assert not picker.choose_key(424242), "no such design"


def test_leaving_the_field_with_a_code_typed_chooses_it(qtbot, picker, catalog):
    qtbot.keyClicks(picker.edit, "RG-042")
    picker.completer.popup().hide()
    picker.edit.clearFocus()  # Tab or a click elsewhere
    assert picker.current_key() == catalog.designs.id_for_code("RG-042")


def test_the_quote_editor_reads_no_design_list_when_it_opens(qtbot, catalog, tmp_path):
    from jewelbench.ui.commands import UndoController
    from jewelbench.ui.quotes.editor import QuoteEditor

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    editor = QuoteEditor(catalog, UndoController(), settings,
                         design_id=catalog.designs.id_for_code("RG-077"))
    qtbot.addWidget(editor)
    assert editor.design.text() == "RG-077 · Ring number 77"
    assert editor.design.model.rowCount() == 0, "nothing listed until the user types"
    assert editor.design_id() == catalog.designs.id_for_code("RG-077")


def test_the_comparison_keeps_no_design_of_the_workspace_it_left(qtbot, window, tmp_path):
    from jewelbench.storage import Workspace

    window.show_view("costs")
    view = window.costs.comparison
    view.wait()
    assert view.choice() is not None and view.subject.text(), "the demo's plan or design"
    window.switch_to(Workspace.create(tmp_path / "Empty.jewelbench"))
    window.show_view("costs")
    view.wait()
    assert view.choice() is None and view.subject.text() == ""
    assert view.problem == "Choose a design or a collection plan to compare."


def test_the_quote_editors_supplier_is_typed_and_the_currency_follows_the_one_chosen(
        qtbot, window):
    window.show_view("quotes")
    editor = window.quotes.new_quote()
    qtbot.waitExposed(editor)
    picker = editor.supplier
    assert picker.text() == "Fonderia Berica S.r.l.", "the first by name, as before"
    assert editor.currency.text() == "EUR"
    picker.activateWindow()
    picker.edit.setFocus()
    picker.edit.selectAll()
    qtbot.keyClicks(picker.edit, "gem")  # a word of the name
    assert editor.currency.text() == "EUR", "nothing chosen yet: the currency waits"
    assert picker.current_key() is None
    assert "Choose the supplier who sent this quote" in editor.problem.text()
    popup = picker.popup
    qtbot.waitUntil(popup.isVisible)
    assert [picker.model.item(i).text() for i in range(picker.model.rowCount())] == [
        "Siam Gem Setting Co., Ltd."]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.text() == "Siam Gem Setting Co., Ltd."
    assert editor.currency.text() == "THB", "the chosen supplier's currency"
    editor.reject()


def test_a_dialog_grows_to_show_the_whole_reason_under_the_field(qtbot, catalog, tmp_path):
    from jewelbench.ui.samples.request import RequestSampleDialog

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = RequestSampleDialog(catalog, lambda _round: None, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    dialog.design.edit.setText("RG")
    assert not dialog.design.choose_typed()
    label = dialog.design.error
    assert label.text().startswith("“RG” matches more than one design")
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert dialog.height() > before
    dialog.grab().save(str(tmp_path / "request-sample-refused.png"))


def test_a_stored_plan_of_many_designs_opens_whole_in_the_plan_editor(qtbot, catalog, tmp_path):
    from jewelbench.ui.commands import UndoController
    from jewelbench.ui.costs.plan_editor import PlanEditor

    ids = [catalog.designs.id_for_code(f"RG-{n:03d}") for n in range(DESIGNS)]
    plan_id = catalog.costing.save_plan("Everything", [(d, n + 1) for n, d in enumerate(ids)])
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    editor = PlanEditor(catalog, UndoController(), settings, plan_id)
    qtbot.addWidget(editor)
    assert editor.lines() == [(d, n + 1) for n, d in enumerate(ids)]  # by code
    assert editor.total.text() == "120 designs, 7,260 pieces a year"  # 1 + 2 + … + 120
    assert editor.table.currentRow() == DESIGNS - 1, "the last line selected, as when added"
    assert not editor.add_design(ids[7]) and "already" in editor.status.text()
