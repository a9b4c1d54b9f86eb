"""Issue 16, photos and backups, as a user meets them on an EMPTY workspace: she makes a design,
adds a 60 MB photo straight off her camera through the design editor's Images ▸ Add… — a
progress dialog says what is being read while the window goes on answering — and finds it
stored at 2,560 px as a JPEG a tenth of the file's size, with a thumbnail under 10 KB. She
starts the same photo three times over and thinks better of it: Cancel, nothing added. She
ticks "Keep original photos" in Workspace Settings (one undoable step) and a photo is then
stored exactly as its file. Then File ▸ Backups… ▸ Back Up Now writes a backup in the
background and says how long it took.

Only the file picker is replaced (a native dialog cannot be clicked offscreen)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from steps import click, click_ok, message_boxes, new_design_on_its_images_tab

from jewelbench.ui import dialogs


def _camera_photo(path: Path) -> None:
    """60 MB: noise at JPEG quality 100, nothing in it compresses."""
    width, height = 4800, 3340
    image = QImage(os.urandom(width * height * 4), width, height, QImage.Format.Format_RGB32)
    assert image.save(str(path), "JPEG", 100)


def _bench_photo(path: Path) -> None:
    image = QImage(1600, 1200, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f1ea"))
    painter = QPainter(image)
    painter.setBrush(QColor("#c9a227"))
    painter.drawEllipse(500, 300, 600, 600)
    painter.end()
    assert image.save(str(path), "JPEG", 97)


def test_a_camera_photo_is_stored_small_and_a_backup_says_how_long_it_took(road, monkeypatch):
    window, qtbot, folder = road.window, road.qtbot, road.tmp_path / "Camera"
    folder.mkdir()
    camera, bench = folder / "IMG_4417.jpg", folder / "bench.jpg"
    _camera_photo(camera)
    _bench_photo(bench)
    assert camera.stat().st_size > 60 * 10**6
    picked: list[list[Path]] = []
    monkeypatch.setattr(dialogs, "ask_image_paths", lambda parent, title, where: picked.pop(0))

    editor = new_design_on_its_images_tab(road)

    def stored():
        return window.workspace.designs.get(editor.design.id).images

    # the 60 MB photo: read off the GUI thread, with a progress dialog saying what it reads
    picked.append([camera])
    click(qtbot, editor.add_images_button)
    intake = editor.intake
    qtbot.waitUntil(lambda: intake.progress is not None and intake.progress.isVisible(),
                    timeout=5000)
    assert intake.progress.labelText() == "Taking in “IMG_4417.jpg” (1 of 1)…"
    assert intake.progress.windowTitle() == "Taking in photos"
    road.snap("photo-taken-in-with-progress", intake.progress)
    qtbot.waitUntil(lambda: not intake.busy, timeout=60000)
    assert not message_boxes()
    assert editor.status.text() == ("Saved. “IMG_4417.jpg” was 4800 × 3340 pixels: it is "
                                    "stored scaled down to 2560 × 1781.")
    [photo] = stored()
    assert (photo.mime_type, photo.width, photo.height) == ("image/jpeg", 2560, 1781)
    print(f"stored {camera.stat().st_size / 2**20:.1f} MB → {len(photo.image) / 2**20:.2f} MB, "
          f"thumbnail {len(photo.thumbnail) / 1024:.1f} KB")
    assert len(photo.image) < camera.stat().st_size / 10
    assert len(photo.thumbnail) < 10 * 1024
    assert editor.images.count() == 1
    road.snap("photo-stored-small", editor)

    # started three times over, then Cancel: nothing is added
    picked.append([camera, camera, camera])
    click(qtbot, editor.add_images_button)
    qtbot.waitUntil(lambda: intake.progress is not None and intake.progress.isVisible(),
                    timeout=5000)
    click(qtbot, intake.cancel_button)
    qtbot.waitUntil(lambda: not intake.busy, timeout=30000)
    assert editor.status.text() == "Cancelled: nothing was added."
    assert len(stored()) == 1 and editor.images.count() == 1
    editor.close()

    # File ▸ Workspace Settings…: keep original photos, one undoable step
    window.workspace_settings_action.trigger()
    settings_dialog = window.workspace_settings_dialog
    qtbot.waitExposed(settings_dialog)
    box = settings_dialog.keep_originals
    assert not box.isChecked() and "2,560 px" in box.toolTip()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    road.snap("keep-original-photos", settings_dialog)
    click_ok(qtbot, settings_dialog)
    assert window.undo_action.text().replace("&", "") == "Undo Keep original photos"
    window.undo_action.trigger()
    window.workspace_settings_action.trigger()
    assert not window.workspace_settings_dialog.keep_originals.isChecked(), "undone"
    window.workspace_settings_dialog.close()
    window.redo_action.trigger()

    catalog = window.designs
    click(qtbot, catalog.edit_button)
    editor = catalog.editor
    qtbot.waitExposed(editor)
    editor.tabs.setCurrentIndex(2)
    picked.append([bench])
    click(qtbot, editor.add_images_button)
    qtbot.waitUntil(lambda: editor.intake is not None and not editor.intake.busy,
                    timeout=30000)
    assert editor.status.text() == "Saved."
    kept = stored()[-1]
    assert kept.image == bench.read_bytes(), "kept as its file is"
    assert len(kept.thumbnail) < 10 * 1024
    editor.close()

    # File ▸ Backups… ▸ Back Up Now: written in the background, then how long it took
    window.backups_action.trigger()
    backups = window.backups_dialog
    qtbot.waitExposed(backups)
    click(qtbot, backups.take_button)
    assert backups.last_label.text() == "Backing up in the background…"
    qtbot.waitUntil(lambda: not backups.runner.busy, timeout=60000)
    assert not message_boxes()
    assert backups.list.model.rowCount() == 1
    assert re.fullmatch(r"The last backup, .+ \(\d+\.\d MB\), took \d+(\.\d)? s\.",
                        backups.last_label.text()), backups.last_label.text()
    road.snap("backup-took", backups)
    backups.close()
