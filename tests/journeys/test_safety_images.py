"""Issue 13, item 6, as a user meets it: on an empty workspace she makes a design, adds a ring
photo through the design editor's own Images ▸ Add… button and file dialog, then tries a JPEG
whose download stopped half way, an SVG sketch named .png, and an 8000 × 8000 PNG export. The
first two are refused with the reason in the editor (never the crash dialog), the huge one is
stored scaled down to 4096 px with a note saying so, and the ring photo is untouched — she has
ticked "Keep original photos" in Workspace Settings first (without it, photos are stored
smaller: tests/journeys/test_scale_images.py).

Only the file picker is replaced (a native dialog cannot be clicked offscreen): it answers
with the files the user picks, as dialogs.ask_image_paths would."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from steps import click, click_ok, message_boxes, new_design_on_its_images_tab

from jewelbench.ui import dialogs


def _ring_photo(path: Path) -> None:
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f1ea"))
    painter = QPainter(image)
    painter.setBrush(QColor("#c9a227"))
    painter.drawEllipse(170, 90, 300, 300)
    painter.setBrush(QColor("#f4f1ea"))
    painter.drawEllipse(230, 150, 180, 180)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPEG", 90)
    path.write_bytes(bytes(data.data()))


def _huge_png(path: Path, side: int = 8000) -> None:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body))
    packer = zlib.compressobj(6)
    parts = [packer.compress(b"\x00" + bytes([y & 255, 90, 160]) * side) for y in range(side)]
    parts.append(packer.flush())
    path.write_bytes(b"\x89PNG\r\n\x1a\n"
                     + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", b"".join(parts)) + chunk(b"IEND", b""))


def test_hostile_images_are_refused_and_a_huge_one_taken_in_scaled(road, monkeypatch):
    window, qtbot, folder = road.window, road.qtbot, road.tmp_path / "Pictures"
    folder.mkdir()
    photo, cut, sketch, huge = (folder / "ring.jpg", folder / "ring-download.jpg",
                                folder / "sketch.png", folder / "poster.png")
    _ring_photo(photo)
    cut.write_bytes(photo.read_bytes()[:len(photo.read_bytes()) // 2])
    sketch.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="80" height="80">'
                      '<circle cx="40" cy="40" r="30"/></svg>', encoding="utf-8")
    _huge_png(huge)

    picked: list[list[Path]] = []
    asked: list[str] = []

    def pick(parent, title, directory) -> list[Path]:
        asked.append(title)
        return picked.pop(0)

    monkeypatch.setattr(dialogs, "ask_image_paths", pick)
    assert dialogs.file_dialog_filter() == "Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)"

    window.workspace_settings_action.trigger()  # File ▸ Workspace Settings…
    settings_dialog = window.workspace_settings_dialog
    qtbot.waitExposed(settings_dialog)
    box = settings_dialog.keep_originals
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    click_ok(qtbot, settings_dialog)
    assert window.undo_action.text().replace("&", "") == "Undo Keep original photos"

    editor = new_design_on_its_images_tab(road)
    add = editor.add_images_button
    assert add.isVisible() and "PNG, JPEG, WebP, GIF, BMP" in add.toolTip()

    def add_files(*paths: Path) -> str:
        picked.append(list(paths))
        click(qtbot, add)
        qtbot.waitUntil(lambda: not editor.intake.busy, timeout=20000)  # off the GUI thread
        assert not message_boxes(), "no message box, least of all the crash dialog"
        return editor.status.text()

    def stored():
        return window.workspace.designs.get(editor.design.id).images

    assert add_files(photo) == "Saved."
    assert [(i.mime_type, i.width, i.height) for i in stored()] == [("image/jpeg", 640, 480)]

    assert add_files(cut) == ("“ring-download.jpg” was not added: the JPEG file is cut short "
                              "or damaged (it ends before the image does).")
    assert add_files(sketch) == ("“sketch.png” was not added: it is an SVG drawing, not an "
                                 "image format jewelbench takes (PNG, JPEG, WebP, GIF, BMP).")
    assert len(stored()) == 1 and editor.images.count() == 1

    assert add_files(huge) == ("Saved. “poster.png” was 8000 × 8000 pixels: it is stored "
                               "scaled down to 4096 × 4096.")
    images = stored()
    assert [(i.mime_type, i.width, i.height) for i in images] == [
        ("image/jpeg", 640, 480), ("image/png", 4096, 4096)]
    assert images[0].image == photo.read_bytes(), "the ring photo is intact"
    assert images[0].is_cover and not images[1].is_cover
    poster = QImage.fromData(images[1].image)
    assert (poster.width(), poster.height()) == (4096, 4096)
    assert editor.images.count() == 2
    assert asked == ["Add Images"] * 4
    road.snap("images-refused-and-scaled", editor)
