"""The window's side of data safety: backups, recovery of a damaged file, one writer, risky
folders. Real files, a real second process holding the workspace, real widgets."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from ui_helpers import visible_message_boxes

from jewelbench.storage import Workspace
from jewelbench.storage.backups import backup_folder_for, list_backups
from jewelbench.storage.designs import DesignDetails
from jewelbench.ui.main_window import MainWindow


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


_boxes = visible_message_boxes


def _click(box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    button.click()




def _rename_first_design(window: MainWindow, name: str) -> int:
    workspace = window.workspace
    design_id = workspace.designs.summaries(0, 1)[0].id
    details = workspace.designs.details(design_id)
    with workspace.transaction():
        workspace.designs.set_details(design_id, DesignDetails(
            name, details.collection, details.target_retail_price))
    return design_id


def test_backups_dialog_takes_lists_and_restores_a_backup(qtbot, window, tmp_path,
                                                          artifacts_dir):
    window.backups_action.trigger()
    dialog = window.backups_dialog
    assert dialog.list.model.rowCount() == 0
    first = dialog.take_now()
    assert first is not None and first.reason == "manual"
    assert dialog.list.model.rowCount() == 1
    contents = dialog.list.model.index(0, 3).data()
    assert "15 designs" in contents and "4 suppliers" in contents
    dialog.grab().save(str(artifacts_dir / "backups-dialog.png"))

    design_id = _rename_first_design(window, "Renamed after the backup")
    dialog.list.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    box = dialog.ask_restore()
    assert "backed up first" in box.informativeText()
    _click(box, "Restore")
    assert window.workspace.designs.details(design_id).name != "Renamed after the backup"
    reasons = sorted(b.reason for b in list_backups(dialog.backups.folder))
    assert reasons == ["before restore", "manual"], "what was there is kept too"
    assert not window.undo_action.isEnabled(), "history of replaced content is gone"
    dialog.close()


def test_a_changed_workspace_is_backed_up_when_closed(qtbot, qapp, demo_copy, settings,
                                                      tmp_path):
    window = MainWindow(settings, Workspace.open(demo_copy), tmp_path)
    qtbot.addWidget(window)
    window.show()
    folder = backup_folder_for(demo_copy, tmp_path)
    window.close()
    assert list_backups(folder) == [], "nothing changed: no backup"

    window = MainWindow(settings, Workspace.open(demo_copy), tmp_path)
    qtbot.addWidget(window)
    window.show()
    _rename_first_design(window, "Changed before closing")
    window.close()
    backups = list_backups(folder)
    assert [b.reason for b in backups] == ["on close"]
    with Workspace.open(backups[0].path, read_only=True) as copy:
        assert copy.designs.summaries(0, 1)[0].name == "Changed before closing"


def test_a_damaged_workspace_is_set_aside_and_the_newest_good_backup_restored(
        qtbot, window, demo_copy, tmp_path):
    backup = window.backups.take("manual")
    assert backup is not None
    other = tmp_path / "other.jewelbench"
    Workspace.create(other).close()
    window.open_path(other)

    # The demo file is damaged while closed: its second half is gone.
    data = demo_copy.read_bytes()
    demo_copy.write_bytes(data[: len(data) // 2])
    damaged_sha = _sha(demo_copy)

    assert window.open_path(demo_copy) is False
    box = window.recovery_box
    assert "is damaged" in box.text()
    assert "truncated" in box.informativeText()
    assert "15 designs" in box.informativeText()
    assert backup.taken_at.strftime("%Y-%m-%d %H:%M") in box.informativeText()
    assert _sha(demo_copy) == damaged_sha, "nothing touched before the user agrees"
    _click(box, "Restore Backup")

    assert window.workspace.path == demo_copy
    assert window.workspace.counts()["designs"] == 15
    aside = demo_copy.with_name(demo_copy.name + ".damaged")
    assert aside.exists() and _sha(aside) == damaged_sha, "the damaged file is kept as it was"


def test_a_damaged_workspace_without_backups_is_only_explained(qtbot, window, tmp_path):
    broken = tmp_path / "broken.jewelbench"
    Workspace.create(broken).close()
    broken.write_bytes(broken.read_bytes()[:2000])
    before = _sha(broken)
    window.open_path(broken)
    boxes = _boxes()
    assert boxes and "no backup" in boxes[0].informativeText()
    assert _sha(broken) == before


@pytest.mark.integration
def test_a_workspace_open_in_another_process_opens_read_only_on_request(
        qtbot, window, tmp_path):
    shared = tmp_path / "shared.jewelbench"
    Workspace.create(shared).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\n"
         "from jewelbench.storage import Workspace\n"
         "w = Workspace.open(sys.argv[1])\n"
         "print('open', flush=True)\n"
         "time.sleep(60)\n", str(shared)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        before = _sha(shared)
        assert window.open_path(shared) is False
        box = window.read_only_box
        assert "already open" in box.text()
        assert f"process {holder.pid}" in box.informativeText()
        _click(box, "Open Read-Only")
        assert window.workspace.path == shared
        assert window.workspace.read_only
        assert "(read-only)" in window.windowTitle()
        assert window.read_only_label.isVisible()
        assert not window.backups_action.isEnabled()
        window.show_view("designs")
        assert window.designs.page.table.editTriggers() == \
            window.designs.page.table.EditTrigger.NoEditTriggers
        assert _sha(shared) == before
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()


def test_a_workspace_in_a_cloud_sync_folder_gets_a_warning(qtbot, window, tmp_path):
    synced = tmp_path / "Dropbox" / "studio.jewelbench"
    Workspace.create(synced).close()
    window.open_path(synced)
    qtbot.waitUntil(lambda: getattr(window, "location_box", None) is not None)
    box = window.location_box
    assert box.isVisible()
    assert "may be damaged where it is" in box.text()
    assert "Save As" in box.informativeText()


def test_damage_found_while_open_is_recovered_from_the_newest_backup(qtbot, window,
                                                                     demo_copy):
    qtbot.waitUntil(lambda: window.health_problems is not None, timeout=20_000)
    assert window.health_problems == []
    backup = window.backups.take("manual")

    # Pages in the middle of the open file go bad (a failing disk, a bad sync).
    with demo_copy.open("r+b") as handle:
        size = demo_copy.stat().st_size
        handle.seek(size // 2 // 4096 * 4096)
        handle.write(b"\x5a" * (6 * 4096))
    window.health.start(demo_copy)
    qtbot.waitUntil(lambda: getattr(window, "recovery_box", None) is not None
                    and window.recovery_box.isVisible(), timeout=20_000)
    box = window.recovery_box
    assert "The check on opening found" in box.informativeText()
    assert backup.taken_at.strftime("%Y-%m-%d %H:%M") in box.informativeText()
    _click(box, "Restore Backup")

    assert window.workspace.path == demo_copy
    assert window.workspace.counts()["designs"] == 15
    assert demo_copy.with_name(demo_copy.name + ".damaged").exists()
    qtbot.waitUntil(lambda: window.health_problems is not None, timeout=20_000)
    assert window.health_problems == [], "the restored file is healthy"


def test_the_open_default_workspace_itself_damaged_is_restored_too(qtbot, qapp, demo_copy,
                                                                   settings, tmp_path):
    from jewelbench.ui.main_window import MainWindow

    default = tmp_path / "My workspace.jewelbench"
    shutil.copyfile(demo_copy, default)
    win = MainWindow(settings, Workspace.open(default), tmp_path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    backup = win.backups.take("manual")
    with default.open("r+b") as handle:  # pages in the middle go bad
        handle.seek(default.stat().st_size // 2 // 4096 * 4096)
        handle.write(b"\x5a" * (6 * 4096))

    assert win.recover(default, backup.path), "restored, not refused"
    assert win.workspace.path == default
    assert win.workspace.counts()["designs"] == 15
    assert default.with_name(default.name + ".damaged").exists()
    assert win.recent_paths() == [default.resolve()], "the scratch workspace is forgotten"
    assert "Restored from a backup" in win.statusBar().currentMessage()
    win.close()


def test_a_caption_no_longer_utf8_is_named_on_opening_and_refused_not_crashed(
        qtbot, qapp, demo_copy, settings, tmp_path):
    """Issue 13, item 7: one byte of a photo caption flipped by another program. The check on
    opening names it; opening the round says the file is damaged instead of the crash
    dialog."""
    import sqlite3

    conn = sqlite3.connect(demo_copy)
    photo, sample_id = conn.execute(
        "SELECT id, sample_round_id FROM sample_photos ORDER BY id LIMIT 1").fetchone()
    conn.execute("UPDATE sample_photos SET caption = CAST(X'476f6c64ff' AS TEXT) WHERE id = ?",
                 [photo])
    conn.commit()
    conn.close()

    win = MainWindow(settings, Workspace.open(demo_copy, full_check=False), tmp_path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: getattr(win, "recovery_box", None) is not None
                    or any(b.windowTitle() == "Damaged workspace" for b in _boxes()),
                    timeout=20_000)
    box = next(b for b in _boxes() if b.windowTitle() == "Damaged workspace")
    assert (f"The check on opening found: sample_photos row {photo}: the text in caption is "
            "damaged (it is not readable as UTF-8).") in box.informativeText()
    _click(box, "Cancel" if any(b.text() == "Cancel" for b in box.buttons()) else "OK")

    win.show_view("samples")
    assert win.samples.select(sample_id)
    assert win.samples.edit_sample(sample_id) is None, "no editor on unreadable data"
    assert win.statusBar().currentMessage() == (
        "the workspace file is damaged (the text in column 'caption' is not readable)")
    assert not [b for b in _boxes() if "unexpected" in (b.text() + b.informativeText())]
    win.close()


def test_a_check_on_opening_that_runs_out_of_time_says_so_and_claims_nothing(
        qtbot, window, demo_copy, monkeypatch):
    from jewelbench.storage import health

    qtbot.waitUntil(lambda: window.health_problems is not None, timeout=20_000)
    assert window.statusBar().currentMessage() in ("", "Workspace checked: no problems found")
    monkeypatch.setattr(health, "BACKGROUND_BUDGET_S", 0.0)  # a workspace too big to finish
    window.health_problems = None
    window.health.start(demo_copy)
    qtbot.waitUntil(lambda: window.health_problems is not None, timeout=20_000)
    assert window.health_problems == []
    assert window.statusBar().currentMessage() == (
        "Workspace partly checked: no problems found in the time the check has on opening; "
        "“jewelbench check” checks all of it")
    assert not _boxes()


def test_a_late_verdict_on_an_earlier_opening_of_the_same_file_is_not_taken_for_this_one(
        qtbot, window, demo_copy):
    """Close a workspace and open it again while the first opening's check still runs: what
    that check found (in the file as it was then) is not shown against the new opening."""
    qtbot.waitUntil(lambda: window.health_problems is not None, timeout=20_000)
    earlier = window.workspace
    window.health_problems = None
    window.health.finished.emit(object(), earlier.path, ["quote_tiers is missing"], True)
    assert window.health_problems is None
    assert not visible_message_boxes()
    window.health.finished.emit(earlier, earlier.path, ["quote_tiers is missing"], True)
    assert window.health_problems == ["quote_tiers is missing"]  # this opening's own verdict
    close = getattr(window, "recovery_box", None)
    if close is not None:
        close.close()


def test_the_way_out_waits_for_the_workspace_check_still_running(qtbot, qapp, demo_path):
    """app/main.py waits (HealthCheck.wait) for a check still running before Python takes the
    application apart: wait() returns once the check's thread has ended, and the verdict is
    still delivered to the window afterwards."""
    import threading

    from jewelbench.ui.health import HealthCheck

    check = HealthCheck()
    verdicts: list[tuple[object, list[str], bool]] = []
    check.finished.connect(
        lambda token, _path, problems, complete: verdicts.append((token, problems, complete)))
    before = set(threading.enumerate())  # an earlier test's window may have a check running
    check.start(demo_path, "opening")  # the demo's check: about 15 ms of reading
    started = [t for t in threading.enumerate()
               if t.name == "workspace-check" and t not in before]
    assert check.wait(30)
    assert started and not any(t.is_alive() for t in started), \
        "wait() returned while the check's thread was still running"
    qtbot.waitUntil(lambda: verdicts == [("opening", [], True)], timeout=5000)
    assert check.wait(0)  # nothing left to wait for
