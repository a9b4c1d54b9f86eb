"""Journey: the lists answer a search as the user types, from an empty workspace.

Through the window only: a design with its BOM, its tech pack issued, a supplier, a quote and
a sample round (the road every journey takes), two more designs from New Design. Then the
designer searches the catalog (Ctrl+F, typing: "Searching…" until the pause, then the count),
sorts it by a header click, renames a design in its cell and finds it by the new name, and
searches the quotes by supplier and the sample rounds by their state and notes.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from steps import DESIGN_CODE, SUPPLIER, click, click_ok, edit_cell, type_into

NAME_COLUMN = 1


def new_design(road, code: str, name: str, collection: str) -> None:
    catalog = road.window.designs
    click(road.qtbot, catalog.new_button)
    dialog = catalog.dialog
    road.qtbot.waitExposed(dialog)
    road.qtbot.keyClicks(dialog.code, code)
    road.qtbot.keyClicks(dialog.name, name)
    type_into(road.qtbot, dialog.collection, collection, enter=False)
    click_ok(road.qtbot, dialog)
    assert not dialog.isVisible(), dialog.error.text()


def search(road, page, text: str) -> None:
    """A click in the list's search box, Ctrl+A and the text typed; 'Searching…' until the
    pause."""
    qtbot = road.qtbot
    qtbot.mouseClick(page.search, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.search, text)
    assert page.subtitle.text() == "Searching…"
    qtbot.waitUntil(lambda: not page.searching)


def shown(page, column: int = 0) -> list[str]:
    return [page.proxy.index(row, column).data() for row in range(page.proxy.rowCount())]


def test_searching_sorting_and_renaming_in_the_lists(road):
    road.set_brand_profile()
    road.create_design_with_bom()
    road.issue_tech_pack()
    road.add_supplier()
    road.enter_quote()
    road.sample_round()
    qtbot, window = road.qtbot, road.window

    window.view_actions[0].trigger()  # View ▸ Designs
    catalog = window.designs
    page = catalog.page
    new_design(road, "PD-002", "Tide Pendant", "Coastline")
    new_design(road, "ER-003", "Moss Studs", "Forest")
    assert shown(page) == ["ER-003", "PD-002", DESIGN_CODE]

    search(road, page, "coast")  # the collection
    assert page.subtitle.text() == "2 of 3 designs"
    assert shown(page) == ["PD-002", DESIGN_CODE]
    road.snap("catalog-searched")
    qtbot.keyClick(page.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.search, Qt.Key.Key_Backspace)  # emptied: every design at once
    assert shown(page) == ["ER-003", "PD-002", DESIGN_CODE]
    assert page.subtitle.text() == "3 designs in 2 collections"

    header = page.table.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(NAME_COLUMN) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)  # sort by name
    names = shown(page, NAME_COLUMN)
    assert names == sorted(names, key=str.casefold) and len(names) == 3

    row = shown(page).index("ER-003")
    edit_cell(qtbot, page, row, NAME_COLUMN, "Lichen Studs")
    assert road.workspace.designs.get_by_code("ER-003").name == "Lichen Studs"
    search(road, page, "lichen")  # the search index follows the rename
    assert shown(page) == ["ER-003"]
    search(road, page, "moss")
    assert shown(page) == [] and page.subtitle.text() == "0 of 3 designs"
    assert page.stack.currentWidget() is page.table, "an empty search is not 'no designs yet'"

    window.show_view("quotes")
    quotes = window.quotes
    search(road, quotes, SUPPLIER.split()[0].lower())  # part of the supplier's name
    assert quotes.subtitle.text() == "1 of 1 quotes"
    assert shown(quotes) == [DESIGN_CODE]
    search(road, quotes, "pendant")
    assert shown(quotes) == [] and quotes.subtitle.text() == "0 of 1 quotes"

    window.show_view("samples")
    samples = window.samples
    search(road, samples, "approved")  # the State column's word
    assert samples.subtitle.text() == "1 of 1 sample rounds"
    search(road, samples, "courier")  # the round's notes
    assert shown(samples) == [DESIGN_CODE]
    road.snap("samples-searched")
    road.no_message_box()
