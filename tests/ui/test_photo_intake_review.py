"""Taking photos in while the user goes on (issue 16, review): files chosen again while a
cancelled batch is still ending are taken in after it; photos dropped on the catalog are never
stored in another workspace opened meanwhile, nor on a design that is gone; closing the window
while they are read stops the reading without a crash."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import shiboken6
from PySide6.QtGui import QColor, QImage
from test_photo_intake import camera_file, editor  # noqa: F401 (fixtures)

from jewelbench.storage import Workspace
from jewelbench.ui import dialogs
from jewelbench.ui.imaging import READ_PERCENT

sys.path.insert(0, str(Path(__file__).parent.parent / "storage"))
import storage_helpers as make  # noqa: E402, I001


def _small(tmp_path: Path, name: str = "front.png") -> Path:
    path = tmp_path / name
    image = QImage(900, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#c9a227"))
    assert image.save(str(path))
    return path


def test_photos_added_while_a_cancelled_batch_ends_are_taken_in_after_it(
        qtbot, window, editor, camera_file, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(dialogs, "ask_image_paths", lambda *args: [camera_file])
    editor.add_images_button.click()
    intake = editor.intake
    qtbot.waitUntil(lambda: intake.progress is not None and intake.progress.isVisible(),
                    timeout=5000)
    intake.cancel_button.click()  # the dialog goes; the 60 MB decode ends its step first
    assert intake.busy
    small = _small(tmp_path)
    monkeypatch.setattr(dialogs, "ask_image_paths", lambda *args: [small])
    editor.add_images_button.click()  # Add… again at once, with another file
    qtbot.waitUntil(lambda: [i.caption for i in
                             window.workspace.designs.get_by_code("PD-100").images]
                    == ["front"], timeout=60000)
    qtbot.waitUntil(lambda: not intake.busy, timeout=30000)
    assert editor.status.text() == "Saved."
    assert editor.images.count() == 1


def test_a_photo_dropped_before_file_open_is_not_stored_in_the_other_workspace(
        qtbot, window, camera_file, tmp_path):  # noqa: F811
    window.show_view("designs")
    first = window.workspace.designs.summaries()[0]
    first_path = window.workspace.path
    images_before = len(window.workspace.designs.get(first.id).images)
    other_path = tmp_path / "other.jewelbench"
    with Workspace.create(other_path) as other:
        for number in range(first.id + 1):  # a design with the same id there too
            other.designs.add(replace(make.design(f"OT-{number:03d}"), images=[]))
    assert window.designs.add_dropped_files(first.id, [camera_file])
    intake = window.designs.intake
    assert window.open_path(other_path)  # File ▸ Open while the photo is read
    qtbot.waitUntil(lambda: not intake.busy, timeout=60000)
    assert window.workspace.designs.get(first.id).images == [], \
        "the photo went to a design of another workspace"
    assert window.statusBar().currentMessage() == "Cancelled: nothing was added."
    with Workspace.open(first_path, read_only=True) as closed:
        assert len(closed.designs.get(first.id).images) == images_before


def test_a_photo_dropped_on_a_design_undone_meanwhile_is_refused_with_the_reason(
        qtbot, window, tmp_path):
    window.show_view("designs")
    catalog = window.designs
    dialog = catalog.new_design()
    dialog.code.setText("PD-777")
    dialog.name.setText("Halo studs")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    design = window.workspace.designs.get_by_code("PD-777")
    photo = _small(tmp_path, "studs.png")
    assert catalog.add_dropped_files(design.id, [photo])
    window.undo_action.trigger()  # Ctrl+Z before the progress dialog shows: the design goes
    qtbot.waitUntil(lambda: not catalog.intake.busy, timeout=30000)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == (
        "“studs.png” was not added: the design it was dropped on is no longer there."),
        timeout=5000)
    assert "PD-777" not in [s.code for s in window.workspace.designs.summaries()]


def test_closing_the_window_while_a_dropped_photo_is_taken_in_stops_it(
        qtbot, window, camera_file):  # noqa: F811
    window.show_view("designs")
    first = window.workspace.designs.summaries()[0]
    path = window.workspace.path
    images_before = len(window.workspace.designs.get(first.id).images)
    assert window.designs.add_dropped_files(first.id, [camera_file])
    intake = window.designs.intake
    window.close()  # no crash when the read ends after the workspace is closed
    qtbot.waitUntil(lambda: not shiboken6.isValid(intake) or not intake.busy, timeout=60000)
    with Workspace.open(path, read_only=True) as closed:
        assert len(closed.designs.get(first.id).images) == images_before


def test_closing_the_editor_while_a_photo_is_read_does_not_wait_for_the_read(
        qtbot, window, editor, camera_file, monkeypatch):  # noqa: F811
    """The editor is deleted once closed: the reading thread must not be waited for then (a
    60 MB decode's step held the window's thread for up to a second)."""
    from PySide6.QtCore import QTimer

    monkeypatch.setattr(dialogs, "ask_image_paths", lambda *args: [camera_file])
    editor.add_images_button.click()
    intake = editor.intake
    pool = intake.pool
    qtbot.waitUntil(lambda: intake.progress is not None
                    and intake.progress.value() >= READ_PERCENT, timeout=30000)  # decoding
    beats_while_reading = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: beats_while_reading.append(1) if shiboken6.isValid(pool)
                          and pool.activeThreadCount() > 0 else None)
    timer.start()
    editor.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(pool) or pool.activeThreadCount() == 0,
                    timeout=60000)
    timer.stop()
    assert beats_while_reading, "the window's thread waited for the reading to end"
    assert window.workspace.designs.get_by_code("PD-100").images == []


def test_a_photo_with_a_long_file_name_keeps_the_progress_dialog_on_a_laptop_screen(
        qtbot, window, editor, camera_file, tmp_path, monkeypatch):  # noqa: F811
    long_name = ("Bridal set front close-up rose gold final retouched version for the spring "
                 "catalogue shot by Giulia at the studio in Vicenza with the new lights and "
                 "the grey card beside it so the colours match the printed lookbook 2026.jpg")
    photo = tmp_path / long_name
    photo.symlink_to(camera_file)
    monkeypatch.setattr(dialogs, "ask_image_paths", lambda *args: [photo])
    editor.add_images_button.click()
    intake = editor.intake
    qtbot.waitUntil(lambda: intake.progress is not None and intake.progress.isVisible(),
                    timeout=5000)
    progress = intake.progress
    label = progress.labelText()
    assert label.startswith("Taking in “Bridal set front") and label.endswith(
        "lookbook 2026.jpg” (1 of 1)…"), label
    assert progress.width() <= 1366 // 2, "wider than half a 1366 px screen"
    intake.cancel()
    qtbot.waitUntil(lambda: not intake.busy, timeout=60000)


def test_photos_dropped_together_are_one_change_and_every_refusal_is_said(
        qtbot, window, tmp_path):
    window.show_view("designs")
    catalog = window.designs
    dialog = catalog.new_design()
    dialog.code.setText("PD-778")
    dialog.name.setText("Drop earrings")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    design = window.workspace.designs.get_by_code("PD-778")
    heic = tmp_path / "IMG_0001.HEIC"
    heic.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64)
    large = tmp_path / "front.png"
    image = QImage(3000, 2000, QImage.Format.Format_RGB32)
    image.fill(QColor("#c9a227"))
    assert image.save(str(large))
    side = _small(tmp_path, "side.png")
    assert catalog.add_dropped_files(design.id, [heic, large, side])
    qtbot.waitUntil(lambda: not catalog.intake.busy, timeout=30000)
    images = window.workspace.designs.get(design.id).images
    assert [(i.caption, i.is_cover) for i in images] == [("front", True), ("side", False)]
    message = window.statusBar().currentMessage()
    assert "“IMG_0001.HEIC” was not added: it is a HEIC photo" in message, message
    assert "“front.png” was 3000 × 2000 pixels: it is stored scaled down to 2560 × 1707." \
        in message, message
    window.undo_action.trigger()  # one drop, one step back
    assert window.workspace.designs.get(design.id).images == []


def test_a_photo_moved_away_after_it_was_chosen_is_refused_in_plain_words(
        qtbot, window, editor, tmp_path, monkeypatch):  # noqa: F811
    gone = tmp_path / "ring-top.jpg"  # chosen, then moved to the bin before it was read
    monkeypatch.setattr(dialogs, "ask_image_paths", lambda *args: [gone])
    editor.add_images_button.click()
    qtbot.waitUntil(lambda: not editor.intake.busy, timeout=30000)
    assert editor.status.text() == ("“ring-top.jpg” was not added: it cannot be read (no such "
                                    "file or directory).")
