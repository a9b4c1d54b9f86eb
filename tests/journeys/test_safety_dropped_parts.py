"""Journey: another program drops parts of a workspace the user made through the window (a
column of the designs, the quote tiers table). When the user opens it again (File ▸ Open
Workspace…) and goes through every page, each read that needs a missing part says the file is
damaged — never the crash dialog — the check on opening lists what is missing, and the file
is not written to.

The damage is done with plain sqlite3, as another program does it; everything else through the
window's own actions."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from steps import Road, message_boxes


def another_program_drops_parts(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("DROP INDEX designs_collection")
        # the search index's triggers name designs.collection: a plain DROP COLUMN refuses
        conn.execute("PRAGMA legacy_alter_table = ON")
        conn.execute("ALTER TABLE designs DROP COLUMN collection")
        conn.execute("DROP TABLE quote_tiers")
        conn.commit()
    finally:
        conn.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pages_of_a_workspace_with_dropped_parts_say_it_is_damaged(road: Road, monkeypatch):
    from jewelbench.ui import dialogs

    window, qtbot = road.window, road.qtbot
    studio = window.workspace.path
    road.set_brand_profile()  # the tech pack is issued under the brand
    road.create_design_with_bom()
    road.issue_tech_pack()
    road.add_supplier()
    road.enter_quote()  # a quote whose tiers the Quotes list reads for its page

    # File ▸ New Workspace…: the window lets go of the studio
    second = road.switch_to_new_workspace(monkeypatch)

    another_program_drops_parts(studio)
    before = sha(studio)

    # File ▸ Open Workspace… the studio: it opens, and every page is looked at
    said = road.reopen_and_visit_every_page(monkeypatch, studio)
    assert any("no such column: collection" in text for text in said), said
    assert any("no such table: quote_tiers" in text for text in said), said
    assert all(text.startswith("The workspace file is damaged") for text in said), said

    qtbot.waitUntil(lambda: window.health_problems is not None, timeout=20_000)
    assert window.health_problems is not None
    assert "the table quote_tiers is missing" in window.health_problems
    assert "the table designs has no column collection" in window.health_problems
    for box in message_boxes():
        assert box.icon() == QMessageBox.Icon.Critical
        box.done(0)

    # back to the second workspace: the damaged file was never written to
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *args: second)
    window.open_action.trigger()
    assert window.workspace.path == second
    assert sha(studio) == before
