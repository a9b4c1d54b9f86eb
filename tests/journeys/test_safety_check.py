"""Journey (issue 13, items 7 and 9): a user on an EMPTY workspace enters a design through the
window, and then

- another program damages the file in ways SQLite's own quick check does not see (a table
  dropped, a reference to a row that is gone); when the user opens it again the window's check
  on opening says what is wrong in plain words and offers the backup the window took, which
  brings the design back;
- the workspace's lock file is deleted by hand while the window has it open; a second window
  still cannot open it for editing (it is offered a read-only look), and the first window
  goes on saving.

Everything through the window's own actions, dialogs, typing and buttons; the damage is done
with plain sqlite3, as another program does it."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
import steps
from PySide6.QtWidgets import QMessageBox
from qt_helpers import visible_top_levels
from steps import DESIGN_CODE, Road, click, message_boxes

from jewelbench.storage import Workspace
from jewelbench.ui.main_window import MainWindow

ARTIFACTS = Path(__file__).parent.parent / "artifacts" / "safety-check"


def new_design(road: Road, code: str, name: str) -> None:
    """View ▸ Designs, New…, code and name typed, OK."""
    catalog = steps.new_design(road, code, name, category=None)
    assert catalog.page.current_row().code == code


def another_program_damages(path: Path) -> int:
    """DROP TABLE quote_tiers and a BOM line pointed at a design that does not exist; the
    bom_metals row id is returned."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DROP TABLE quote_tiers")
        row = conn.execute("SELECT min(id) FROM bom_metals").fetchone()[0]
        conn.execute("UPDATE bom_metals SET design_id = 9999 WHERE id = ?", [row])
        conn.commit()
        return int(row)
    finally:
        conn.close()


def test_the_check_on_opening_names_damage_sqlite_does_not_see(road, monkeypatch):
    from jewelbench.ui import dialogs

    window, qtbot = road.window, road.qtbot
    studio = window.workspace.path
    qtbot.waitUntil(lambda: window.health_problems is not None, timeout=20_000)
    assert window.health_problems == [], "the empty workspace is healthy"
    road.create_design_with_bom()  # a design with its metal line, typed in the window

    # File ▸ New Workspace…: the window closes the studio (and backs it up on the way)
    road.switch_to_new_workspace(monkeypatch)

    row = another_program_damages(studio)
    with Workspace.open(studio, full_check=True) as look:  # SQLite's quick check sees nothing
        assert look.designs.count() == 1

    # File ▸ Open Workspace… the studio again
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *args: studio)
    window.open_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "recovery_box", None) is not None
                    and window.recovery_box.isVisible(), timeout=20_000)
    box = window.recovery_box
    assert box.text() == "“My studio.jewelbench” is damaged."
    said = box.informativeText()
    assert said.startswith("The check on opening found: the table quote_tiers is missing; "
                           f"bom_metals row {row} refers to a row of designs that does not "
                           "exist.")
    assert "The newest good backup was taken" in said
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    box.grab().save(str(ARTIFACTS / "damage-found.png"))

    restore = next(b for b in box.buttons() if b.text() == "Restore Backup")
    click(qtbot, restore)
    assert window.workspace.path == studio
    assert [s.code for s in window.workspace.designs.summaries()] == [DESIGN_CODE]
    design = window.workspace.designs.get_by_code(DESIGN_CODE)
    assert design.metals, "its metal line is back too"
    assert studio.with_name(studio.name + ".damaged").exists(), "the damaged file is kept"
    qtbot.waitUntil(lambda: window.health_problems is not None, timeout=20_000)
    assert window.health_problems == [], "the restored workspace passes every check"


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="the workspace file itself is flock()ed on Linux")
def test_a_deleted_lock_file_does_not_let_a_second_window_edit(road, settings, monkeypatch):
    from jewelbench.ui import dialogs

    window, qtbot = road.window, road.qtbot
    studio = window.workspace.path
    new_design(road, "RG-001", "Fjord Band")
    lock = Path(str(studio) + ".lock")
    assert lock.exists()
    lock.unlink()  # "what is this file?" — deleted by hand while the window is open

    other = MainWindow(settings, Workspace.create(road.tmp_path / "Other.jewelbench"),
                       road.tmp_path)
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *args: studio)
    other.open_action.trigger()  # File ▸ Open Workspace… in the second window
    box = other.read_only_box
    assert box.isVisible()
    assert box.text() == "“My studio.jewelbench” is already open for editing."
    assert box.informativeText().startswith("It is open in another jewelbench window.")
    assert other.workspace.path.name == "Other.jewelbench", "it stays where it was"
    click(qtbot, next(b for b in box.buttons() if b.text() == "Open Read-Only"))
    assert other.workspace.path == studio and other.workspace.read_only
    assert "(read-only)" in other.windowTitle()

    # the first window goes on saving, and its lock file is back
    new_design(road, "PD-002", "Tide Pendant")
    assert lock.read_text().split()[0].isdigit()
    assert sorted(s.code for s in window.workspace.designs.summaries()) == ["PD-002", "RG-001"]
    assert not [b for b in message_boxes() if b.icon() == QMessageBox.Icon.Critical]
    other.close()
    assert visible_top_levels(MainWindow) == [window]
