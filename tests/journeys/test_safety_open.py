"""Journey: what lies beside a workspace, or what a failing disk did to a copy, never costs the
user their work when they open it (File ▸ Open Workspace…).

From an EMPTY workspace the user designs a ring and saves a copy (File ▸ Save As…). While the
workspace is closed, another program's database log lands beside it (a sync tool or a copy of a
folder puts "My studio.jewelbench-wal" there). Opening it tells the user the log was set aside,
and the ring is all there. Then the user opens the automatic backup taken when the workspace
was closed, which a failing disk has damaged: it is refused, and not one byte of it changes."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from steps import DESIGN_CODE, DESIGN_NAME, click_ok, message_boxes

from jewelbench.ui import dialogs

PAGE = 4096


def another_programs_wal(folder: Path) -> bytes:
    """The write-ahead log another program's database has when that program is killed."""
    other = folder / "elsewhere" / "stock.db"
    other.parent.mkdir()
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE stock (id INTEGER PRIMARY KEY, item TEXT, grams REAL)")
    conn.executemany("INSERT INTO stock (item, grams) VALUES (?, ?)",
                     [(f"silver wire {n}", n * 1.5) for n in range(200)])
    conn.commit()
    data = Path(str(other) + "-wal").read_bytes()
    conn.close()
    return data


def damage_a_page(path: Path, table: str) -> None:
    """What a failing disk does: one page of the table's data is no longer what was written."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    [(root,)] = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table])
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * PAGE:root * PAGE] = bytes(range(256)) * (PAGE // 256)
    path.write_bytes(bytes(data))


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def open_from_the_file_menu(road, monkeypatch, path: Path) -> None:
    window = road.window
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: path)  # the picker, answered
    assert window.open_action in window.file_menu.actions()
    window.open_action.trigger()  # File ▸ Open Workspace…


def checked(road) -> None:
    """Wait for the window's background check of the workspace it has just opened."""
    road.qtbot.waitUntil(lambda: road.window.health_problems is not None, timeout=20_000)
    assert road.window.health_problems == []


def close_boxes() -> None:
    for box in message_boxes():
        box.done(0)


def test_a_foreign_log_is_set_aside_and_a_damaged_copy_is_refused_untouched(
        road, monkeypatch, tmp_path):
    window, qtbot = road.window, road.qtbot
    studio = window.workspace.path
    road.create_design_with_bom()

    # File ▸ Save As…: the window goes on with the copy; the studio is closed (and backed up)
    copy = tmp_path / "Studio copy.jewelbench"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: copy)
    window.save_as_action.trigger()
    assert window.workspace.path == copy
    road.no_message_box()

    # another program's log lands beside the closed studio
    foreign = another_programs_wal(tmp_path)
    Path(str(studio) + "-wal").write_bytes(foreign)

    open_from_the_file_menu(road, monkeypatch, studio)

    assert window.workspace.path == studio
    [box] = message_boxes()
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text() == ("“My studio.jewelbench” was opened as it was last saved; a file "
                          "beside it was not part of it.")
    details = box.informativeText()
    [aside] = tmp_path.glob("My studio.jewelbench-wal.stray-*")
    assert "My studio.jewelbench-wal beside it was not its own" in details
    assert f"moved aside as {aside.name}" in details
    assert "Nothing in the workspace was lost" in details
    road.snap("foreign-log-set-aside", box)
    close_boxes()
    assert aside.read_bytes() == foreign  # kept, in case it is someone's data

    # the ring is all there, as the user sees it in the designs list and its editor
    window.view_actions[0].trigger()  # View ▸ Designs
    page = window.designs.page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.current_row().code == DESIGN_CODE
    design = window.workspace.designs.get_by_code(DESIGN_CODE)
    assert design.name == DESIGN_NAME
    assert [m.alloy_code for m in design.metals] == ["AG925"]
    assert len(design.stones) == len(design.findings) == len(design.packaging) == 1

    # the backup taken when the studio was closed, damaged by a failing disk
    [backup] = (tmp_path / "backups").rglob("My studio *.jewelbench")
    damage_a_page(backup, "designs")
    before = sha(backup)

    open_from_the_file_menu(road, monkeypatch, backup)

    [box] = message_boxes()
    assert box.windowTitle() == "Damaged workspace"
    assert box.text() == f"“{backup.name}” is damaged."
    assert "The file has been left as it is" in box.informativeText()
    road.snap("damaged-copy-refused", box)
    close_boxes()
    assert window.workspace.path == studio, "the studio stays open"
    assert sha(backup) == before, "not one byte of the damaged copy changed"
    assert sorted(p.name for p in backup.parent.glob(backup.name + "*")) == [backup.name]
    assert window.workspace.designs.get_by_code(DESIGN_CODE).name == DESIGN_NAME
    shutil.rmtree(tmp_path / "elsewhere")


def test_a_damaged_workspace_found_by_the_background_check_is_not_written_to(
        road, monkeypatch, tmp_path):
    """A workspace in WAL mode opens at once and is checked in the background: when the check
    finds damage, the user is told, and the file is still byte-for-byte as it was when they
    go on to another workspace."""
    window, qtbot = road.window, road.qtbot
    studio = window.workspace.path
    road.create_design_with_bom()
    copy = tmp_path / "Studio copy.jewelbench"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: copy)
    window.save_as_action.trigger()  # the copy opens (and is turned to WAL mode) …
    checked(road)
    open_from_the_file_menu(road, monkeypatch, studio)  # … and is closed again
    assert window.workspace.path == studio
    checked(road)
    assert copy.read_bytes()[18:20] == b"\x02\x02"
    damage_a_page(copy, "rfqs")  # a failing disk, in a table the window does not read at once
    before = sha(copy)

    open_from_the_file_menu(road, monkeypatch, copy)

    assert window.workspace.path == copy  # header and schema are fine: it opens at once
    qtbot.waitUntil(lambda: window.health_problems is not None, timeout=20_000)
    assert window.health_problems  # the check found the damage
    [box] = message_boxes()
    assert box.windowTitle() == "Damaged workspace"
    assert box.text() == "“Studio copy.jewelbench” is damaged."
    close_boxes()
    open_from_the_file_menu(road, monkeypatch, studio)  # the user goes back to the studio
    assert window.workspace.path == studio
    road.no_message_box()
    assert sha(copy) == before, "not one byte of the damaged workspace changed"
    assert sorted(p.name for p in tmp_path.glob("Studio copy.jewelbench*")) == [copy.name]


def test_a_log_left_where_a_new_workspace_is_made_is_kept_and_the_user_told(
        road, monkeypatch, tmp_path):
    """File ▸ New Workspace… where a log is left over (all that remains of a workspace deleted
    by hand, say): the log is moved aside, not deleted by SQLite, and the user is told."""
    window, qtbot = road.window, road.qtbot
    second = tmp_path / "Second.jewelbench"
    leftover = another_programs_wal(tmp_path)
    Path(str(second) + "-wal").write_bytes(leftover)

    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, title, folder: second)
    window.new_action.trigger()  # File ▸ New Workspace…
    dialog = window.new_workspace_dialog
    qtbot.waitExposed(dialog)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: window.workspace.path == second)

    [aside] = tmp_path.glob("Second.jewelbench-wal.stray-*")
    assert aside.read_bytes() == leftover
    [box] = message_boxes()
    assert box.windowTitle() == "Workspace created"
    assert box.text() == ("“Second.jewelbench” was created; a file already beside it was not "
                          "part of it.")
    assert (f"Second.jewelbench-wal was already in the folder, left by something else; it was "
            f"moved aside as {aside.name}") in box.informativeText()
    road.snap("leftover-log-set-aside", box)
    close_boxes()
    assert window.workspace.designs.count() == 0
