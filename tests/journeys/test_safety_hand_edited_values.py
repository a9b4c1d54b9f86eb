"""Journey: another program changes a value in a workspace the user made through the window
(the metal weight of a design's bill of materials becomes 'abc', its status 'bogus'). When the
user opens it again (File ▸ Open Workspace…) and goes through every page, each read that meets
the value says the file is damaged and shows the value — never the crash dialog — and the file
is not written to.

The damage is done with plain sqlite3, as another program does it; everything else through the
window's own actions."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from steps import Road, message_boxes


def another_program_changes(path: Path, statement: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("statement", "told"), [
    ("UPDATE bom_metals SET finished_weight_g = 'abc'",
     "The workspace file is damaged (a stored number reads 'abc')."),
    ("UPDATE designs SET status = 'bogus'",
     "The workspace file is damaged (a stored value reads 'bogus')."),
])
def test_pages_of_a_workspace_with_a_hand_edited_value_say_it_is_damaged(
        road: Road, monkeypatch, statement, told):
    from jewelbench.ui import dialogs

    window, qtbot = road.window, road.qtbot
    studio = window.workspace.path
    road.create_design_with_bom()

    # File ▸ New Workspace…: the window lets go of the studio
    second = road.switch_to_new_workspace(monkeypatch)

    another_program_changes(studio, statement)
    before = sha(studio)

    # File ▸ Open Workspace… the studio: it opens, and every page is looked at
    said = road.reopen_and_visit_every_page(monkeypatch, studio)
    assert told in said, said
    assert all(text.startswith("The workspace file is damaged") for text in said), said
    qtbot.waitUntil(lambda: window.health_problems is not None, timeout=20_000)
    for box in message_boxes():
        box.done(0)

    # back to the second workspace: the damaged file was never written to
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *args: second)
    window.open_action.trigger()
    assert window.workspace.path == second
    assert sha(studio) == before
