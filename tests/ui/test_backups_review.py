"""Backups in the background, as the window closes or the dialog shuts (issue 16, review): a
backup still being written is waited for with the window painting, never with its thread
blocked; while Back Up Now writes, Restore… stays off."""

from __future__ import annotations

import sys
from pathlib import Path

from test_backups_background import large_file, large_window  # noqa: F401 (fixtures)
from test_photo_intake import Ticks

from jewelbench.storage import Workspace
from jewelbench.storage.backups import backup_folder_for, list_backups

sys.path.insert(0, str(Path(__file__).parent.parent / "storage"))
import storage_helpers as make  # noqa: E402, I001


class BeatsWhileBusy(Ticks):
    """Ticks that also count the beats while a backup is still being written."""

    def __init__(self, runner) -> None:
        self.runner = runner
        self.while_busy = 0
        super().__init__()

    def _beat(self) -> None:
        super()._beat()
        if self.runner.busy:
            self.while_busy += 1


def test_closing_the_window_while_an_automatic_backup_is_written_keeps_it_painting(
        qtbot, large_window):  # noqa: F811
    window = large_window
    window.workspace.designs.add(make.design("RG-900"))
    window.backup_timer.timeout.emit()
    runner = window.backup_runner
    assert runner.busy
    folder = backup_folder_for(window.workspace.path, window.default_folder)
    beats = BeatsWhileBusy(runner)
    window.close()
    beats.stop()
    assert not runner.busy
    assert beats.while_busy > 0, "the window's thread was blocked until the backup ended"
    assert [b.reason for b in list_backups(folder)] == ["automatic"]


def test_file_open_while_an_automatic_backup_is_written_keeps_the_window_painting(
        qtbot, large_window, tmp_path):  # noqa: F811
    window = large_window
    other = tmp_path / "other.jewelbench"
    Workspace.create(other).close()
    window.workspace.designs.add(make.design("RG-900"))
    window.backup_timer.timeout.emit()
    runner = window.backup_runner
    assert runner.busy
    beats = BeatsWhileBusy(runner)
    assert window.open_path(other)
    beats.stop()
    assert beats.while_busy > 0, "the window's thread was blocked until the backup ended"
    assert window.workspace.path == other


def test_closing_the_backups_dialog_while_back_up_now_writes_keeps_the_window_painting(
        qtbot, large_window):  # noqa: F811
    window = large_window
    window.backups_action.trigger()
    dialog = window.backups_dialog
    qtbot.waitExposed(dialog)
    dialog.take_button.click()
    runner = dialog.runner
    assert runner.busy
    beats = BeatsWhileBusy(runner)
    dialog.close()
    beats.stop()
    assert not runner.busy
    assert beats.while_busy > 0, "the window's thread was blocked until the backup ended"


def test_restore_stays_off_while_back_up_now_writes(qtbot, large_window):  # noqa: F811
    window = large_window
    window.backups_action.trigger()
    dialog = window.backups_dialog
    qtbot.waitExposed(dialog)
    assert dialog.take_now() is not None  # one backup to choose from
    dialog.list.table.clearSelection()
    dialog.take_button.click()
    assert dialog.runner.busy and not dialog.restore_button.isEnabled()
    dialog.list.table.selectRow(0)  # choosing a backup while the new one is written
    assert dialog.list.current_row() is not None
    assert not dialog.restore_button.isEnabled(), "Restore… while a backup is being written"
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=60000)
    dialog.list.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    dialog.close()
