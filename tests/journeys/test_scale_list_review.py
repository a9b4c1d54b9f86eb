"""Journey: the lists read from SQL, reviewed — a search typed just before File ▸ New
Workspace, and short searches with letters outside ASCII, from an empty workspace."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from steps import click, click_ok, edit_cell, focus
from test_scale_lists import shown

from jewelbench.ui.widgets.list_page import SEARCH_PAUSE_MS


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
        qtbot.wait(SEARCH_PAUSE_MS * 3)  # the pause ends on the new workspace
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
