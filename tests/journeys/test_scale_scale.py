"""Journey (issue 16): what the user enters through the window is found again by index, with
the GUI-thread watchdog watching the window as `JEWELBENCH_WATCHDOG=ms` would.

The real main window on an EMPTY workspace: the brand, a design with its BOM, its tech pack
issued, a supplier and a quote with tiers and fees entered through the window's own actions,
dialogs and typing. Then the Quotes list is opened and the quote opened from it by the
keyboard: every statement the window runs meanwhile is traced, and none reads a child table
(tiers, fees, BOM lines, measurements, photos …) whole (`EXPLAIN QUERY PLAN`: SEARCH … USING
INDEX, never SCAN).
The watchdog ran all along and says what it saw in the way a developer reads it.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from jewelbench.app.watchdog import Watchdog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")

CHILD_TABLES = {"quote_tiers", "quote_fees", "bom_metals", "bom_stones", "bom_findings",
                "bom_platings", "bom_packaging", "design_images", "sample_measurements",
                "qc_checks", "sample_photos", "supplier_contacts", "supplier_capabilities",
                "supplier_certifications", "due_diligence_items", "revision_images",
                "rfq_quantities", "rfq_suppliers", "plan_lines", "scenario_equipment",
                "scenario_overheads", "scenario_staff", "scenario_labour"}


def child_scans(conn, statements: list[str]) -> list[tuple[str, str]]:
    """(child table, statement) for every child table one of the SELECTs reads whole."""
    found: list[tuple[str, str]] = []
    for sql in statements:
        if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
            continue
        aliases: dict[str, str] = {}
        for table, alias in re.findall(r"\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?",
                                       sql, re.IGNORECASE):
            aliases[table] = table
            if alias:
                aliases[alias] = table
        for row in conn.execute("EXPLAIN QUERY PLAN " + sql):
            scan = re.match(r"SCAN (\w+)", row[3])
            table = aliases.get(scan[1], scan[1]) if scan else ""
            if table in CHILD_TABLES:
                found.append((table, sql))
    return found


def test_a_quote_entered_in_the_window_is_found_again_by_index(road, qtbot):
    watchdog = Watchdog(250)
    watchdog.start()
    try:
        road.set_brand_profile()
        road.create_design_with_bom()
        road.issue_tech_pack()
        road.add_supplier()
        quote_id = road.enter_quote()
        window = road.window
        conn = road.workspace.db.conn
        statements: list[str] = []
        conn.set_trace_callback(statements.append)
        try:
            window.show_view("quotes")  # the Quotes section, from the navigation
            table = window.quotes.findChild(QTableView, "quotesTable")
            qtbot.waitUntil(lambda: table.model().rowCount() == 1)
            table.setFocus()
            table.setCurrentIndex(table.model().index(0, 0))
            qtbot.keyClick(table, Qt.Key.Key_Return)  # opens the quote, as a double-click
            qtbot.waitUntil(lambda: getattr(window.quotes, "editor", None) is not None
                            and window.quotes.editor.isVisible())
        finally:
            conn.set_trace_callback(None)
        editor = window.quotes.editor
        assert "5,900.00 THB" in editor.fee_total.text(), editor.fee_total.text()
        reads = [sql for sql in statements if re.search(r"\bquote_fees\b", sql)]
        assert reads, "the window read the quote's fees"
        plans = [row[3] for sql in reads for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]
        assert any("quote_fees_quote" in step for step in plans), plans
        assert child_scans(conn, statements) == []
        editor.reject()
        assert road.workspace.quotes.get(quote_id).reference == "CPS-Q-0417"
    finally:
        watchdog.stop()
    for stall in watchdog.stalls:  # what a developer would read in the log
        assert stall.duration_ms > 250
        assert "File " in stall.stack and stall.describe().startswith("GUI thread stalled for")
