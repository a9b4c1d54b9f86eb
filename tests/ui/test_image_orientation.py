"""Phone photos are JPEGs stored sideways with an EXIF orientation tag: every place an image is
decoded (the stored record and its thumbnail, the screen, the printed tech pack) shows it
upright. The JPEG is a real one: written by Qt, then given an APP1 Exif segment by hand."""

from __future__ import annotations

import struct

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QPainter

from jewelbench.reports import image_decoding, techpack_images
from jewelbench.ui import imaging

WIDE, TALL = 120, 60  # as the sensor wrote it: wide, left half red, right half blue


def _exif_orientation(value: int) -> bytes:
    """An APP1 segment holding one IFD0 entry: Orientation (0x0112), SHORT, = value."""
    tiff = b"MM\x00\x2a" + struct.pack(">I", 8)  # big-endian TIFF header, IFD0 at offset 8
    entry = struct.pack(">HHIHH", 0x0112, 3, 1, value, 0)
    ifd = struct.pack(">H", 1) + entry + struct.pack(">I", 0)
    payload = b"Exif\x00\x00" + tiff + ifd
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def phone_jpeg(orientation: int | None) -> bytes:
    image = QImage(WIDE, TALL, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.fillRect(0, 0, WIDE // 2, TALL, QColor("#ff0000"))
    painter.fillRect(WIDE // 2, 0, WIDE - WIDE // 2, TALL, QColor("#0000ff"))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPEG", 95)
    jpeg = bytes(data.data())
    assert jpeg[:2] == b"\xff\xd8"
    if orientation is None:
        return jpeg
    return jpeg[:2] + _exif_orientation(orientation) + jpeg[2:]  # right after SOI


def _is_red(colour: QColor) -> bool:
    return colour.red() > 200 and colour.blue() < 80


def _is_blue(colour: QColor) -> bool:
    return colour.blue() > 200 and colour.red() < 80


def _upright(image: QImage) -> None:
    """Orientation 6: the camera was turned a quarter clockwise; shown upright, the picture is
    tall and what was the sensor's left half (red) is at the top."""
    assert (image.width(), image.height()) == (TALL, WIDE)
    assert _is_red(image.pixelColor(image.width() // 2, 5))
    assert _is_blue(image.pixelColor(image.width() // 2, image.height() - 5))


def test_the_test_jpeg_is_wide_without_the_tag(qapp):
    image, mime = image_decoding.decode(phone_jpeg(None))
    assert mime == "image/jpeg" and (image.width(), image.height()) == (WIDE, TALL)


def test_decoding_honours_the_exif_orientation(qapp):
    image, mime = image_decoding.decode(phone_jpeg(6))
    assert mime == "image/jpeg"
    _upright(image)


def test_a_dropped_phone_photo_is_stored_with_its_upright_size_and_thumbnail(qapp):
    data = phone_jpeg(6)
    stored = imaging.prepare(data, keep_original=True)  # the workspace keeps originals
    assert stored.image == data, "the original bytes are kept as they are"
    assert (stored.width, stored.height) == (TALL, WIDE)
    thumbnail = imaging.qimage_from_bytes(stored.thumbnail)
    assert thumbnail.height() > thumbnail.width()
    # else (the default) it is stored smaller, turned upright in its pixels, still a JPEG
    smaller = imaging.prepare(data)
    assert len(smaller.image) < len(data) and smaller.mime_type == "image/jpeg"
    assert (smaller.width, smaller.height) == (TALL, WIDE)
    _upright(imaging.qimage_from_bytes(smaller.image))
    assert imaging.qimage_from_bytes(smaller.thumbnail).height() > thumbnail.width()


def test_the_screen_and_the_printed_tech_pack_show_it_upright(qapp):
    _upright(imaging.qimage_from_bytes(phone_jpeg(6)))
    printed = techpack_images.decode(phone_jpeg(6))
    assert printed is not None
    _upright(printed)


@pytest.mark.parametrize("orientation, size", [(1, (WIDE, TALL)), (3, (WIDE, TALL)),
                                               (8, (TALL, WIDE))])
def test_other_orientations(qapp, orientation, size):
    image, _mime = image_decoding.decode(phone_jpeg(orientation))
    assert (image.width(), image.height()) == size


@pytest.mark.qt_log_ignore("Corrupt JPEG data", "JPEG datastream contains no image")
def test_not_an_image_is_still_refused(qapp):
    with pytest.raises(image_decoding.ImageError):
        image_decoding.decode(b"\xff\xd8" + _exif_orientation(6) + b"not a jpeg")
    assert imaging.qimage_from_bytes(b"garbage").isNull()


def test_a_large_sideways_photo_is_taken_in_scaled_and_upright(qapp):
    """A 48-megapixel phone's JPEG is larger than images are stored (4096 px): it is read
    scaled by libjpeg and stored upright, its own size given the way it is shown."""
    wide, tall = 6000, 3000
    image = QImage(wide, tall, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.fillRect(0, 0, wide // 2, tall, QColor("#ff0000"))
    painter.fillRect(wide // 2, 0, wide - wide // 2, tall, QColor("#0000ff"))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPEG", 80)
    del image
    jpeg = bytes(data.data())
    sideways = jpeg[:2] + _exif_orientation(6) + jpeg[2:]
    stored = imaging.prepare(sideways, keep_original=True)  # the workspace keeps originals
    assert stored.mime_type == "image/jpeg"
    assert (stored.width, stored.height) == (2048, 4096)
    assert stored.scaled_from == (3000, 6000)
    shown = imaging.qimage_from_bytes(stored.image)
    assert (shown.width(), shown.height()) == (2048, 4096)
    assert _is_red(shown.pixelColor(1024, 10)) and _is_blue(shown.pixelColor(1024, 4085))
    # else (the default) it is stored at 2,560 px on its longer side, upright
    stored = imaging.prepare(sideways)
    assert stored.mime_type == "image/jpeg"
    assert (stored.width, stored.height) == (1280, 2560)
    assert stored.scaled_from == (3000, 6000)
    shown = imaging.qimage_from_bytes(stored.image)
    assert (shown.width(), shown.height()) == (1280, 2560)
    assert _is_red(shown.pixelColor(640, 10)) and _is_blue(shown.pixelColor(640, 2550))
