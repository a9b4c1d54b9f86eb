"""Backups of a large workspace in the background (issue 16): the window goes on answering
while one is written, the status bar and the Backups dialog say how long it took, and a disk
without room refuses it with the reason before anything is written."""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox
from qt_helpers import visible_top_levels
from test_photo_intake import Ticks

from jewelbench.domain.designs import DesignImage
from jewelbench.storage import Workspace
from jewelbench.storage.backups import backup_folder_for, list_backups
from jewelbench.ui.imaging import thumbnail_of
from jewelbench.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).parent.parent / "faults"))
sys.path.insert(0, str(Path(__file__).parent.parent / "storage"))
import storage_helpers as make  # noqa: E402, I001
from test_faults_disk_full import small_disk  # noqa: E402, F401, I001

PHOTOS, PHOTO_BYTES = 80, 1_000_000  # 80 MB of photos


def _thumbnail() -> bytes:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#c9a227"))
    return thumbnail_of(image)


def _large(path: Path) -> Path:
    thumbnail = _thumbnail()
    with Workspace.create(path) as workspace:
        for number in range(PHOTOS):
            design = make.design(f"RG-{number:03d}")
            design.images = [DesignImage(bytes([number % 256]) * PHOTO_BYTES, thumbnail,
                                         "image/jpeg", 2560, 1707, caption="front",
                                         is_cover=True)]
            workspace.designs.add(design)
    return path


@pytest.fixture(scope="module")
def large_file(qapp, tmp_path_factory) -> Path:
    return _large(tmp_path_factory.mktemp("large") / "studio.jewelbench")


@pytest.fixture
def large_window(qtbot, qapp, settings, tmp_path, large_file):
    copy = tmp_path / "studio.jewelbench"
    copy.write_bytes(large_file.read_bytes())
    window = MainWindow(settings, Workspace.open(copy), tmp_path / "data")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if window.backup_runner is not None:
        window.backup_runner.wait()
    window.close()


def _change(window) -> None:
    window.workspace.designs.add(make.design("RG-900"))


def test_an_automatic_backup_of_a_large_workspace_runs_in_the_background(qtbot,
                                                                         large_window):
    window = large_window
    _change(window)
    ticks = Ticks()
    started = time.perf_counter()
    window.backup_timer.timeout.emit()  # the minute's timer: a backup is due
    assert window.backup_runner.busy, "written on a pool thread"
    assert window.statusBar().currentMessage() == "Backing up in the background…"
    qtbot.waitUntil(lambda: not window.backup_runner.busy, timeout=120000)
    took, longest = time.perf_counter() - started, ticks.stop()
    print(f"backup of {PHOTOS} MB: {took:.2f} s; longest GUI-thread gap {longest * 1000:.0f} ms")
    assert longest < 0.5, "the window went on answering"
    message = window.statusBar().currentMessage()
    assert re.fullmatch(r"Backed up at \d\d:\d\d in \d+(\.\d)? s", message), message
    folder = backup_folder_for(window.workspace.path, window.default_folder)
    backups = list_backups(folder)
    assert [b.reason for b in backups] == ["automatic"]
    assert backups[0].size > PHOTOS * PHOTO_BYTES
    with Workspace.open(backups[0].path, read_only=True) as copy:
        assert len(copy.designs.summaries()) == PHOTOS + 1
    window.backup_timer.timeout.emit()  # nothing changed since: none due
    assert not window.backup_runner.busy


def test_back_up_now_writes_in_the_background_and_says_how_long_it_took(qtbot, large_window):
    window = large_window
    window.backups_action.trigger()
    dialog = window.backups_dialog
    qtbot.waitExposed(dialog)
    assert dialog.list.model.rowCount() == 0
    dialog.take_button.click()
    assert dialog.runner.busy and not dialog.take_button.isEnabled()
    assert dialog.last_label.text() == "Backing up in the background…"
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=120000)
    assert dialog.take_button.isEnabled()
    assert dialog.list.model.rowCount() == 1
    assert re.fullmatch(r"The last backup, \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \(\d+\.\d MB\), "
                        r"took \d+(\.\d)? s\.", dialog.last_label.text()), \
        dialog.last_label.text()
    dialog.close()


@pytest.mark.integration
def test_no_free_space_refuses_the_backup_with_the_reason(qtbot, qapp, settings, tmp_path,
                                                          small_disk):  # noqa: F811
    """The backups folder on a real 2 MB disk: Back Up Now says why it was not taken."""
    workspace = Workspace.create(tmp_path / "studio.jewelbench")
    for number in range(3):  # 1.8 MB: no room for it and the margin beside it
        design = make.design(f"RG-{number:03d}")
        design.images = [DesignImage(b"\x01" * 600_000, _thumbnail(), "image/jpeg",
                                     2560, 1707, is_cover=True)]
        workspace.designs.add(design)
    window = MainWindow(settings, workspace, small_disk)
    qtbot.addWidget(window)
    window.show()
    window.backups_action.trigger()
    dialog = window.backups_dialog
    assert dialog.take_now_in_background() is False
    boxes = visible_top_levels(QMessageBox)
    assert [b.text() for b in boxes] == ["The backup could not be taken."]
    assert boxes[0].informativeText().startswith(
        "The backup was not taken: the disk is full (it needs about 2 MB and the disk "
        "holding ")
    assert "free some space there; the older backups are untouched." in \
        boxes[0].informativeText()
    assert dialog.take_button.isEnabled() and not dialog.runner.busy
    assert list(small_disk.iterdir()) == [], "nothing written"
    boxes[0].close()

    _change(window)  # the automatic one says so in the status bar
    window.backup_timer.timeout.emit()
    assert window.statusBar().currentMessage().startswith(
        "Automatic backup failed: The backup was not taken: the disk is full")
    dialog.close()
    window.close()


def test_the_backup_on_closing_a_large_workspace_is_written_while_the_window_paints(
        qtbot, large_window):
    window = large_window
    _change(window)
    folder = backup_folder_for(window.workspace.path, window.default_folder)
    ticks = Ticks()
    window.close()
    longest = ticks.stop()
    print(f"closing with a backup of {PHOTOS} MB: longest GUI-thread gap {longest * 1000:.0f} ms")
    assert longest < 0.5, "the event loop went on while the backup was written"
    backups = list_backups(folder)
    assert [b.reason for b in backups] == ["on close"]
    assert backups[0].size > PHOTOS * PHOTO_BYTES
    with Workspace.open(backups[0].path, read_only=True) as copy:
        assert "RG-900" in [s.code for s in copy.designs.summaries()]
    assert not window.isVisible()
