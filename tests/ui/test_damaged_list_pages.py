"""A long list read a page at a time meets a value another program changed further down:
the list ends where the damage is and says the file is damaged, never the crash dialog; a
list whose first page cannot be read is empty and is not read again behind the user's back.
The file is not written to."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from qt_helpers import events_delivered
from ui_helpers import visible_message_boxes

from jewelbench.app.main import apply_style
from jewelbench.storage import Workspace
from jewelbench.ui.main_window import MainWindow
from jewelbench.ui.widgets.table_model import PAGE_SIZE

EXTRA = PAGE_SIZE + 50  # designs whose codes sort before the demo's: the demo's are page 2


def another_program_changes(path, *statements: str) -> str:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def catalog(qtbot, qapp, path, settings, tmp_path) -> MainWindow:
    apply_style(qapp)
    window = MainWindow(settings, Workspace.open(path), tmp_path)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_view("designs")
    return window


def test_a_damaged_design_on_a_later_page_ends_the_list_with_a_message(
        qtbot, qapp, demo_copy, settings, tmp_path):
    before = another_program_changes(
        demo_copy,
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
        f"{EXTRA}) INSERT INTO designs (code, name, category, status, created_at, updated_at) "
        "SELECT printf('AA-%04d', i), 'Plain band ' || i, 'ring', 'idea', "
        "'2026-01-01T00:00:00', '2026-01-01T00:00:00' FROM n",
        "UPDATE bom_metals SET finished_weight_g = 'abc'")
    window = catalog(qtbot, qapp, demo_copy, settings, tmp_path)
    page = window.view("designs").page
    # every design counted, the first page read
    assert page.model.rowCount() == EXTRA + 15 and page.model.pages_read() == [0]
    assert not visible_message_boxes()

    page.table.scrollToBottom()  # the user scrolls down: the last page is read
    qtbot.waitUntil(lambda: bool(visible_message_boxes()))
    box = visible_message_boxes()[0]
    assert box.text() == ("This list could not be read to its end; the workspace file is "
                          "damaged.")
    assert box.informativeText() == ("The workspace file is damaged (a stored number reads "
                                     "'abc').")
    box.done(0)
    # what was read stays; the damaged page shows nothing and is said once
    assert page.model.row_object(PAGE_SIZE - 1).code == f"AA-{PAGE_SIZE:04d}"
    assert page.proxy.index(PAGE_SIZE, 0).data() is None
    page.table.scrollToTop()
    page.table.scrollToBottom()
    qtbot.waitUntil(events_delivered)  # the pages scrolled over are painted (and so read)
    assert not visible_message_boxes()
    window.close()
    assert hashlib.sha256(demo_copy.read_bytes()).hexdigest() == before


def test_a_first_page_that_cannot_be_read_leaves_the_list_empty(
        qtbot, qapp, demo_copy, settings, tmp_path):
    another_program_changes(demo_copy, "UPDATE bom_metals SET finished_weight_g = 'abc'")
    window = catalog(qtbot, qapp, demo_copy, settings, tmp_path)
    said = [box.informativeText() for box in visible_message_boxes()]
    assert said == ["The workspace file is damaged (a stored number reads 'abc')."]
    for box in visible_message_boxes():
        box.done(0)
    page = window.view("designs").page
    assert page.model.rowCount() == 0 and not page.model.canFetchMore()
    qtbot.waitUntil(events_delivered)
    assert not visible_message_boxes()
    window.close()


# One hand-edited value in each part of the demo; the user goes through every page.
EDITS = [
    ("quotes", "moq", "'abc'"), ("quote_tiers", "min_quantity", "'abc'"),
    ("quotes", "incoterm", "'bogus'"), ("sample_rounds", "decision", "'bogus'"),
    ("sample_measurements", "measured", "'abc'"), ("qc_checks", "stage", "'bogus'"),
    ("scenario_staff", "headcount", "'abc'"), ("inhouse_scenarios", "capex_view", "'bogus'"),
    ("rfqs", "incoterm", "'bogus'"), ("rfq_suppliers", "sent_on", "'someday'"),
    ("supplier_landed_terms", "duty_pct", "'abc'"), ("plan_lines", "volume", "'abc'"),
    ("metal_prices", "price_date", "'someday'"), ("fx_rates", "rate_date", "'someday'"),
    ("brand_profile", "logo", "'not a picture'"), ("due_diligence_items", "item", "'bogus'"),
    ("designs", "category", "'bogus'"), ("bom_stones", "origin", "'bogus'"),
]


@pytest.mark.parametrize(("table", "column", "value"), EDITS,
                         ids=[f"{t}.{c}" for t, c, _ in EDITS])
def test_every_page_of_a_hand_edited_workspace_says_it_is_damaged_or_reads(
        qtbot, qapp, demo_copy, settings, tmp_path, table, column, value):
    before = another_program_changes(
        demo_copy, "PRAGMA ignore_check_constraints = ON",
        f"UPDATE {table} SET {column} = {value} WHERE rowid = (SELECT min(rowid) FROM {table})")
    window = catalog(qtbot, qapp, demo_copy, settings, tmp_path)  # exceptions fail the test
    said = []
    for action in window.view_actions:
        action.trigger()
        for box in visible_message_boxes():
            said.append(box.informativeText())
            box.done(0)
    assert all(text.startswith("The workspace file is damaged") for text in said), said
    window.close()
    assert hashlib.sha256(demo_copy.read_bytes()).hexdigest() == before
