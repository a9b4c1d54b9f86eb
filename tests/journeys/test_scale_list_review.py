"""Journey: the lists read from SQL, reviewed — a search typed just before File ▸ New
Workspace, and short searches with letters outside ASCII, from an empty workspace."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication
from steps import DESIGN_CODE, SUPPLIER, click, click_ok, edit_cell, focus
from test_scale_lists import search, shown


def test_a_search_typed_just_before_switching_workspace_is_not_run_on_the_old_file(
        road, monkeypatch):
    road.create_design_with_bom()
    qtbot, window = road.qtbot, road.window
    for name in ("designs", "quotes", "samples"):
        window.show_view(name)
        page = getattr(window, name)
        page = getattr(page, "page", page)
        qtbot.mouseClick(page.search, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(page.search, "rin")
        assert page.searching
        road.switch_to_new_workspace(monkeypatch, name=f"Second {name}")
        qtbot.waitUntil(lambda page=page: not page.searching)  # the pause ends on the new one
        assert shown(page) == []
        road.no_message_box()


def compose(qtbot, line, text: str) -> None:
    """Letters typed as a keyboard's input method sends them (ø, é: no key of their own)."""
    focus(qtbot, line)
    for letter in text:
        event = QInputMethodEvent("", [])
        event.setCommitString(letter)
        QApplication.sendEvent(line, event)


def new_design(road, code: str, name: str) -> None:
    catalog = road.window.designs
    click(road.qtbot, catalog.new_button)
    dialog = catalog.dialog
    road.qtbot.waitExposed(dialog)
    road.qtbot.keyClicks(dialog.code, code)
    compose(road.qtbot, dialog.name, name)
    click_ok(road.qtbot, dialog)
    assert not dialog.isVisible(), dialog.error.text()


def search_composed(road, page, text: str) -> None:
    qtbot = road.qtbot
    qtbot.mouseClick(page.search, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.search, Qt.Key.Key_Delete)
    compose(qtbot, page.search, text)
    assert page.subtitle.text() == "Searching…"
    qtbot.waitUntil(lambda: not page.searching)


def test_one_or_two_letters_outside_ascii_are_found_in_either_case(road):
    road.window.view_actions[0].trigger()  # View ▸ Designs
    page = road.window.designs.page
    new_design(road, "RG-001", "Pavé Østfold Ring")
    new_design(road, "RG-002", "Plain Band")
    for typed in ("PAVÉ", "É", "é", "ø", "Ø", "vÉ", "ØS", "øs"):
        search_composed(road, page, typed)
        assert shown(page) == ["RG-001"], typed


def column_named(page, sort_name: str) -> int:
    model = page.model
    return next(n for n in range(model.columnCount()) if model.column(n).sort_name == sort_name)


def click_header(road, page, column: int) -> None:
    header = page.table.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
    road.qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)


def test_a_design_with_no_retail_price_sorts_last_in_both_orders(road):
    road.window.view_actions[0].trigger()  # View ▸ Designs
    page = road.window.designs.page
    new_design(road, "RG-001", "Cheap Ring")
    new_design(road, "RG-002", "No Price Ring")
    new_design(road, "RG-003", "Dear Ring")
    retail = column_named(page, "retail")
    edit_cell(road.qtbot, page, shown(page).index("RG-001"), retail, "90")
    edit_cell(road.qtbot, page, shown(page).index("RG-003"), retail, "900")
    click_header(road, page, retail)
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert shown(page) == ["RG-001", "RG-003", "RG-002"]
    click_header(road, page, retail)  # dearest first: the design with no price still last
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert shown(page) == ["RG-003", "RG-001", "RG-002"]


def delete_current(road, page, delete) -> None:
    """The view's Delete…, then the question's Delete button."""
    box = delete()
    assert box is not None
    road.qtbot.waitExposed(box)
    button = next(b for b in box.buttons() if b.text() == "Delete")
    road.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    road.qtbot.waitUntil(lambda: not box.isVisible())


def test_a_quote_and_a_round_deleted_and_brought_back_while_searched(road):
    road.set_brand_profile()
    road.create_design_with_bom()
    road.issue_tech_pack()
    road.add_supplier()
    road.enter_quote()
    road.sample_round()
    window = road.window
    window.show_view("quotes")
    quotes = window.quotes
    search(road, quotes, SUPPLIER.split()[0].lower())
    assert shown(quotes) == [DESIGN_CODE]
    delete_current(road, quotes, quotes.ask_delete)
    assert shown(quotes) == [] and quotes.subtitle.text() == "0 of 0 quotes"
    window.undo_action.trigger()
    assert shown(quotes) == [DESIGN_CODE] and quotes.subtitle.text() == "1 of 1 quotes"
    assert quotes.current_row() is not None, "the quote brought back is selected"
    window.redo_action.trigger()
    assert shown(quotes) == []
    window.undo_action.trigger()

    window.show_view("samples")
    samples = window.samples
    search(road, samples, SUPPLIER.split()[0].lower())
    assert shown(samples) == [DESIGN_CODE]
    delete_current(road, samples, samples.delete_sample)
    assert shown(samples) == []
    window.undo_action.trigger()
    assert shown(samples) == [DESIGN_CODE]
    assert samples.current_row() is not None, "the round brought back is selected"
    road.no_message_box()


def test_a_collection_typed_in_its_cell_is_counted_under_the_title(road):
    road.window.view_actions[0].trigger()  # View ▸ Designs
    page = road.window.designs.page
    new_design(road, "RG-001", "Cheap Ring")
    new_design(road, "RG-002", "Dear Ring")
    assert page.subtitle.text() == "2 designs, none in a collection"
    collection = column_named(page, "collection")
    edit_cell(road.qtbot, page, 0, collection, "Coastline")
    assert page.subtitle.text() == "2 designs in 1 collection"
    edit_cell(road.qtbot, page, 1, collection, "Forest")
    assert page.subtitle.text() == "2 designs in 2 collections"
    road.window.undo_action.trigger()
    assert page.subtitle.text() == "2 designs in 1 collection"
    assert shown(page) == ["RG-001", "RG-002"]


def test_a_new_design_is_selected_in_its_place_in_a_list_sorted_by_name_descending(road):
    road.window.view_actions[0].trigger()  # View ▸ Designs
    page = road.window.designs.page
    new_design(road, "RG-001", "Anchor Ring")
    new_design(road, "RG-002", "Zephyr Ring")
    name = column_named(page, "name")
    click_header(road, page, name)
    click_header(road, page, name)  # Z to A
    assert shown(page) == ["RG-002", "RG-001"]
    new_design(road, "RG-003", "Meadow Ring")
    assert shown(page) == ["RG-002", "RG-003", "RG-001"]
    assert page.current_row().code == "RG-003"
    road.window.undo_action.trigger()
    assert shown(page) == ["RG-002", "RG-001"]
    road.window.redo_action.trigger()
    assert shown(page) == ["RG-002", "RG-003", "RG-001"]
    assert page.current_row().code == "RG-003"


def test_ctrl_f_in_a_read_only_workspace_searches_and_opens_no_cell(road, settings,
                                                                    monkeypatch):
    from jewelbench.storage import Workspace
    from jewelbench.ui import dialogs
    from jewelbench.ui.main_window import MainWindow

    road.window.view_actions[0].trigger()
    new_design(road, "RG-001", "Anchor Ring")
    new_design(road, "RG-002", "Zephyr Ring")
    qtbot, studio = road.qtbot, road.workspace.path
    other = MainWindow(settings, Workspace.create(road.tmp_path / "Other.jewelbench"),
                       road.tmp_path)
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *args: studio)
    other.open_action.trigger()  # already open for editing here: a read-only look
    click(qtbot, next(b for b in other.read_only_box.buttons() if b.text() == "Open Read-Only"))
    assert other.workspace.read_only
    other.view_actions[0].trigger()
    page = other.designs.page
    focus(qtbot, page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "zep")
    qtbot.waitUntil(lambda: not page.searching)
    assert shown(page) == ["RG-002"]
    assert page.subtitle.text() == "1 of 2 designs"
    focus(qtbot, page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    assert page.table.state() != QAbstractItemView.State.EditingState
    other.close()


def test_designs_with_no_collection_sort_after_the_named_ones_in_both_orders(road):
    road.window.view_actions[0].trigger()  # View ▸ Designs
    page = road.window.designs.page
    new_design(road, "RG-001", "Loose Ring")
    new_design(road, "RG-002", "Coast Ring")
    new_design(road, "RG-003", "Forest Ring")
    collection = column_named(page, "collection")
    edit_cell(road.qtbot, page, shown(page).index("RG-002"), collection, "Coastline")
    edit_cell(road.qtbot, page, shown(page).index("RG-003"), collection, "Forest")
    click_header(road, page, collection)
    assert shown(page) == ["RG-002", "RG-003", "RG-001"]
    click_header(road, page, collection)
    assert shown(page) == ["RG-003", "RG-002", "RG-001"]


def test_a_design_added_while_a_search_hides_it_is_shown_and_selected(road):
    road.window.view_actions[0].trigger()  # View ▸ Designs
    page = road.window.designs.page
    new_design(road, "RG-001", "Anchor Ring")
    new_design(road, "RG-002", "Zephyr Ring")
    search(road, page, "zephyr")
    assert shown(page) == ["RG-002"]
    new_design(road, "PD-003", "Meadow Pendant")  # not what the search finds
    assert page.search.text() == "", "the search that hid the new design is cleared"
    assert shown(page) == ["PD-003", "RG-001", "RG-002"]
    assert page.current_row().code == "PD-003"
    assert page.subtitle.text() == "3 designs, none in a collection"


def test_a_quote_entered_while_a_search_hides_it_is_shown_and_selected(road):
    road.set_brand_profile()
    road.create_design_with_bom()
    road.issue_tech_pack()
    road.add_supplier()
    window = road.window
    window.show_view("quotes")
    quotes = window.quotes
    search(road, quotes, "nothing like it")
    quote_id = road.enter_quote()
    assert quotes.search.text() == ""
    assert shown(quotes) == [DESIGN_CODE]
    assert quotes.current_row().id == quote_id


def test_a_round_requested_while_a_search_hides_it_is_shown_and_selected(road):
    road.set_brand_profile()
    road.create_design_with_bom()
    road.issue_tech_pack()
    road.add_supplier()
    window = road.window
    window.show_view("samples")
    samples = window.samples
    search(road, samples, "nothing like it")
    sample_id = road.sample_round()
    assert samples.search.text() == ""
    assert shown(samples) == [DESIGN_CODE]
    assert samples.current_row().id == sample_id


def test_a_narrowed_list_searched_counts_within_what_it_shows(road):
    road.set_brand_profile()
    road.create_design_with_bom()
    road.issue_tech_pack()
    road.add_supplier()
    road.enter_quote()
    road.sample_round()
    window = road.window
    window.show_view("quotes")
    quotes = window.quotes
    menu = quotes.context_menu(quotes.current_row())
    only = next(a for a in menu.actions() if a.text().startswith("Show Only Quotes for"))
    only.trigger()
    assert quotes.banner.isVisible()
    search(road, quotes, SUPPLIER.split()[0].lower())
    assert shown(quotes) == [DESIGN_CODE] and quotes.subtitle.text() == "1 of 1 quotes"
    search(road, quotes, "nothing like it")
    assert shown(quotes) == [] and quotes.subtitle.text() == "0 of 1 quotes"
    assert quotes.stack.currentWidget() is quotes.table, "a search found nothing: not 'none yet'"
    assert quotes.banner.isVisible()
    click(road.qtbot, quotes.show_all_button)
    assert not quotes.banner.isVisible()
    assert quotes.search.text() == "nothing like it" and quotes.subtitle.text() == "0 of 1 quotes"
    road.no_message_box()
