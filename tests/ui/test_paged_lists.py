"""The catalog, quotes and samples lists read from SQL a page at a time: only the pages shown
are read, a search waits for a pause in typing and says so, a header click sorts in SQL,
selecting a design far down reads its page only, and the selection survives an edit."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from qt_helpers import events_delivered

from jewelbench.app.demo import write_generated
from jewelbench.app.main import apply_style
from jewelbench.storage import Workspace
from jewelbench.storage.listing import ListQuery
from jewelbench.ui.main_window import MainWindow
from jewelbench.ui.widgets.table_model import PAGE_SIZE

DESIGNS = 1200  # six pages


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    path = tmp_path_factory.mktemp("generated") / "big.jewelbench"
    write_generated(path, designs=DESIGNS)
    return path


@pytest.fixture
def big_window(qtbot, qapp, generated, settings, tmp_path):
    path = tmp_path / "big.jewelbench"
    shutil.copy(generated, path)
    apply_style(qapp)
    window = MainWindow(settings, Workspace.open(path), tmp_path)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_view("designs")
    yield window
    window.close()


def test_scrolling_to_the_end_reads_only_the_pages_shown(qtbot, big_window):
    page = big_window.designs.page
    assert page.model.rowCount() == DESIGNS, "every design counted at once"
    assert page.model.pages_read() == [0]
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.table.rowAt(page.table.viewport().height() - 2) > 0)
    last = DESIGNS // PAGE_SIZE - 1
    assert set(page.model.pages_read()) <= {0, last - 1, last}, page.model.pages_read()
    bottom = page.proxy.index(DESIGNS - 1, 0).data()
    assert bottom == big_window.workspace.designs.list_page(ListQuery(), DESIGNS - 1, 1)[0].code


def test_a_search_waits_for_a_pause_in_typing_and_counts_what_it_found(qtbot, big_window):
    page = big_window.designs.page
    designs = big_window.workspace.designs
    asked: list[ListQuery] = []
    real = designs.list_ids

    def counted(query: ListQuery) -> list[int]:
        asked.append(query)
        return real(query)

    designs.list_ids = counted  # the real storage, its calls counted
    try:
        qtbot.keyClicks(page.search, "RG-0")
        assert page.subtitle.text() == "Searching…"
        assert asked == [], "nothing searched while typing"
        qtbot.waitUntil(lambda: not page.searching)
    finally:
        del designs.list_ids
    assert [query.search for query in asked] == ["RG-0"], "one search for the word typed"
    found = real(ListQuery(search="RG-0"))
    assert page.subtitle.text() == f"{len(found):,} of {DESIGNS:,} designs"
    assert 0 < page.model.rowCount() == len(found) < DESIGNS
    assert all("RG-0" in page.proxy.index(r, 0).data() for r in range(page.model.rowCount()))
    page.search.clear()  # cleared: every design again, at once
    assert page.model.rowCount() == DESIGNS
    assert page.subtitle.text().startswith(f"{DESIGNS:,} designs")


def test_a_header_click_sorts_every_row_in_sql(qtbot, big_window):
    page = big_window.designs.page
    header = page.table.horizontalHeader()
    weight = 7
    header.sectionClicked.emit(weight)  # as a click on the Weight header
    if header.sortIndicatorOrder() != Qt.SortOrder.DescendingOrder:
        page.table.sortByColumn(weight, Qt.SortOrder.DescendingOrder)
    # the first page, and the selected design's where it now stands
    assert len(page.model.pages_read()) <= 2
    assert page.current_row() is not None
    weights = [page.model.row_object(r).metal_weight_g for r in range(PAGE_SIZE)]
    assert weights == sorted(weights, reverse=True)
    everything = big_window.workspace.designs.summaries()
    assert weights[0] == max(d.metal_weight_g for d in everything)
    assert page.model.row_object(DESIGNS - 1).metal_weight_g == min(
        d.metal_weight_g for d in everything)


def test_selecting_a_design_far_down_reads_its_page_and_survives_an_edit(qtbot, big_window):
    view = big_window.designs
    page = view.page
    far = big_window.workspace.designs.list_page(ListQuery(), DESIGNS - 3, 1)[0]
    assert view.select(far.id)
    assert page.current_row().id == far.id
    assert view.preview.title.text().startswith(far.code)
    assert set(page.model.pages_read()) <= {0, (DESIGNS - 3) // PAGE_SIZE}

    name_column = 1
    index = page.proxy.index(DESIGNS - 3, name_column)
    page.proxy.setData(index, "Renamed far down", Qt.ItemDataRole.EditRole)  # the cell edit
    assert big_window.workspace.designs.get(far.id).name == "Renamed far down"
    assert page.current_row().id == far.id, "the selection survives the edit"
    assert index.data() == "Renamed far down"
    big_window.undo_action.trigger()
    assert page.current_row().id == far.id
    assert page.proxy.index(DESIGNS - 3, name_column).data() == far.name

    view.category_filter.setCurrentIndex(view.category_filter.findData(far.category))
    assert page.current_row().id == far.id, "still selected: the filter keeps it"
    assert page.subtitle.text().endswith(f"of {DESIGNS:,} designs")


def test_the_quotes_and_samples_lists_search_and_narrow_in_sql(qtbot, big_window):
    workspace = big_window.workspace
    big_window.show_view("quotes")
    quotes = big_window.quotes
    every = workspace.quotes.summaries()
    assert quotes.model.rowCount() == len(every) > 0
    supplier = every[0].supplier
    qtbot.keyClicks(quotes.search, supplier[:6])
    qtbot.waitUntil(lambda: not quotes.searching)
    matching = [q for q in every if supplier[:6].casefold() in q.supplier.casefold()]
    assert quotes.model.rowCount() == len(matching)
    assert quotes.subtitle.text() == f"{len(matching):,} of {len(every):,} quotes"
    quotes.search.clear()
    quotes.show_only(design_id=every[0].design_id)
    assert quotes.banner.isVisible()
    assert {quotes.model.row_object(r).design_id for r in range(quotes.model.rowCount())} == {
        every[0].design_id}
    quotes.show_only(None, None)
    assert quotes.model.rowCount() == len(every)


def test_sample_rounds_are_found_by_the_name_of_their_state(qtbot, window):
    window.show_view("samples")
    samples = window.samples
    every = window.workspace.samples.summaries()
    rejected = {s.id for s in every if s.state == "rejected"}
    assert rejected and len(rejected) < len(every)
    qtbot.keyClicks(samples.search, "reject")
    qtbot.waitUntil(lambda: not samples.searching)
    shown = [samples.model.row_object(r) for r in range(samples.model.rowCount())]
    assert {s.id for s in shown} >= rejected
    assert all(s.state == "rejected" or "reject" in f"{s.notes} {s.dfm_feedback}".casefold()
               for s in shown)
    assert samples.subtitle.text() == f"{len(shown)} of {len(every)} sample rounds"
    samples.search.clear()
    design_id = every[0].design_id
    samples.show_only(design_id=design_id)
    assert samples.banner.isVisible()
    assert {samples.model.row_object(r).design_id
            for r in range(samples.model.rowCount())} == {design_id}
    samples.show_all()
    assert samples.model.rowCount() == len(every)


def test_the_thumbnail_grid_reads_only_the_pages_it_shows(qtbot, big_window):
    catalog = big_window.designs
    catalog.grid_toggle.click()
    qtbot.waitUntil(lambda: catalog.grid.isVisible())
    assert catalog.grid.model().rowCount() == DESIGNS
    last = (DESIGNS - 1) // PAGE_SIZE
    assert set(catalog.page.model.pages_read()) <= {0, last}  # its layout asks the last row
    catalog.grid.scrollToBottom()
    bar = catalog.grid.verticalScrollBar()
    # what the bottom shows is painted (and so read)
    qtbot.waitUntil(lambda: events_delivered() and bar.value() == bar.maximum())
    assert set(catalog.page.model.pages_read()) <= {0, last - 1, last}


def test_a_search_that_meets_a_damaged_design_says_so_and_the_window_goes_on(
        qtbot, qapp, generated, settings, tmp_path):
    import sqlite3

    from ui_helpers import visible_message_boxes

    path = tmp_path / "damaged.jewelbench"
    shutil.copy(generated, path)
    conn = sqlite3.connect(path)  # another program writes a weight that is not a number
    conn.execute("INSERT INTO designs (code, name, category, status, created_at, updated_at) "
                 "VALUES ('ZZ-9999', 'Hand edited', 'ring', 'idea', '2026-01-01T00:00:00', "
                 "'2026-01-01T00:00:00')")
    conn.execute("INSERT INTO bom_metals (design_id, position, alloy_code, finished_weight_g) "
                 "SELECT id, 0, 'AG925', 'abc' FROM designs WHERE code = 'ZZ-9999'")
    conn.commit()
    conn.close()
    apply_style(qapp)
    window = MainWindow(settings, Workspace.open(path), tmp_path)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_view("designs")
    page = window.designs.page
    assert page.model.rowCount() == DESIGNS + 1 and not visible_message_boxes()
    qtbot.keyClicks(page.search, "ZZ-99")
    qtbot.waitUntil(lambda: bool(visible_message_boxes()))
    box = visible_message_boxes()[0]
    assert "damaged" in box.text()
    assert box.informativeText() == ("The workspace file is damaged (a stored number reads "
                                     "'abc').")
    box.done(0)
    assert page.model.rowCount() == 0
    page.search.clear()  # the rest of the catalog is still there
    assert page.model.rowCount() == DESIGNS + 1
    window.close()
