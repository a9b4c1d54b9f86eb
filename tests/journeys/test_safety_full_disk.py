"""A full disk while editing, from an empty workspace through the window: the editor says what
happened to the file and that nothing typed is lost; once there is room, the same action saves.

The disk is "filled" with SQLite's own ceiling (PRAGMA max_page_count) on the window's
connection, as tests/faults/test_faults_disk_full.py does; the photo comes through the one
picker replaced (a native dialog cannot be clicked offscreen)."""

from __future__ import annotations

from steps import DESIGN_CODE, click, message_boxes, new_design_on_its_images_tab
from test_safety_images import _ring_photo

from jewelbench.ui import dialogs

UNLIMITED_PAGES = 1073741823  # SQLite's default max_page_count


def test_a_photo_added_on_a_full_disk_is_refused_with_the_reason_and_added_once_there_is_room(
        road, monkeypatch, artifacts_dir):
    window, qtbot = road.window, road.qtbot
    photo = road.tmp_path / "ring.jpg"
    _ring_photo(photo)
    monkeypatch.setattr(dialogs, "ask_image_paths", lambda parent, title, directory: [photo])

    editor = new_design_on_its_images_tab(road)

    conn = window.workspace.db.conn
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    click(qtbot, editor.add_images_button)
    qtbot.waitUntil(lambda: not editor.intake.busy, timeout=20000)
    assert editor.status.text() == (
        "Not saved: The disk is full, so nothing was saved. Free some space and try again. "
        "Your change is still in the form.")
    assert not message_boxes(), "said in the editor, not in a box (least of all a crash)"
    assert window.workspace.designs.get(editor.design.id).images == []
    # nothing to undo but the design itself: the refused change left no step behind
    assert window.undo_action.text().replace("&", "") == f"Undo New design {DESIGN_CODE}"
    assert editor.grab().save(str(artifacts_dir / "full-disk-refused.png"))

    conn.execute(f"PRAGMA max_page_count = {UNLIMITED_PAGES}")  # room again
    click(qtbot, editor.add_images_button)
    qtbot.waitUntil(lambda: not editor.intake.busy, timeout=20000)
    assert editor.status.text() == "Saved."
    [image] = window.workspace.designs.get(editor.design.id).images
    assert (image.mime_type, image.width, image.height) == ("image/jpeg", 640, 480)
    assert window.undo_action.text().replace("&", "") == f"Undo Add images ({DESIGN_CODE})"
