"""Images in and out of the workspace: thumbnails and PNG encoding, with the safe decoding of
jewelbench.reports.image_decoding (users drop truncated files, non-images and bombs here)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImage

from jewelbench.reports import image_decoding
from jewelbench.reports.file_kinds import not_a_file
from jewelbench.reports.image_decoding import (
    ALLOWED_LABELS,
    MAX_FILE_BYTES,
    MAX_IMAGE_MEGABYTES,
    MAX_STORED_SIDE,
    ImageError,
    decode,
    file_dialog_filter,
)
from jewelbench.reports.image_formats import JPEG

THUMBNAIL_SIZE = 256

STORED_JPEG_QUALITY = 90  # a photo taken in scaled down is stored as JPEG again

__all__ = ["ALLOWED_LABELS", "MAX_FILE_BYTES", "MAX_IMAGE_MEGABYTES", "MAX_STORED_SIDE",
           "ImageError", "StoredImage", "decode", "file_dialog_filter", "from_qimage", "prepare",
           "qimage_from_bytes", "take_in", "taken_in_note", "thumbnail_of"]


@dataclass(frozen=True)
class StoredImage:
    image: bytes
    thumbnail: bytes
    mime_type: str
    width: int
    height: int
    scaled_from: tuple[int, int] | None = None  # the file's own size, when taken in scaled


def _encode(image: QImage, fmt: str = "PNG", quality: int = -1) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide's stub types the format as bytes, but at run time only a str is accepted
    if not image.save(buffer, fmt, quality):  # type: ignore[call-overload]
        raise ImageError(f"the image could not be encoded as {fmt}")
    buffer.close()
    return bytes(data.data())


def thumbnail_of(image: QImage, size: int = THUMBNAIL_SIZE) -> bytes:
    scaled = image.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio,
                          Qt.TransformationMode.SmoothTransformation)
    return _encode(scaled, "PNG")


def prepare(data: bytes) -> StoredImage:
    """Check an image's bytes and make its thumbnail. The original bytes are kept as they are,
    unless the image is larger than MAX_STORED_SIDE: then it is read scaled (never decoded
    whole) and stored at that size, a JPEG as JPEG and anything else as PNG."""
    return _stored(image_decoding.read(data), data)


def take_in(path: Path, max_bytes: int | None = None) -> StoredImage:
    """The one way an image file enters the workspace (design images, sample photos, the
    brand logo): refused by its size before it is read (a file larger than any image is never
    loaded whole), then checked as prepare() does. ImageError or OSError says why it cannot
    be added."""
    most = MAX_FILE_BYTES if max_bytes is None else max_bytes
    if not_a_file(path) is not None:  # reading a named pipe would hang the window
        raise ImageError(QCoreApplication.translate(
            "imaging", "it is not a file (a folder, a named pipe or a device)"))
    if path.stat().st_size > most:
        raise ImageError(QCoreApplication.translate("imaging", "the file is larger than %1 MB")
                         .replace("%1", str(most // (1024 * 1024))))
    data = path.read_bytes()
    decoded = image_decoding.read(data)
    if decoded.scaled:
        del data  # the file's bytes are not stored: they go before the encoding
        return _stored(decoded, None)
    return _stored(decoded, data)


def _stored(decoded: image_decoding.Decoded, original: bytes | None) -> StoredImage:
    image = decoded.image
    thumbnail = thumbnail_of(image)
    if not decoded.scaled and original is not None:
        return StoredImage(original, thumbnail, decoded.format.mime_type, image.width(),
                           image.height())
    if decoded.format is JPEG:
        stored, mime = _encode(image, "JPEG", STORED_JPEG_QUALITY), JPEG.mime_type
    else:
        stored, mime = _encode(image, "PNG"), "image/png"
    return StoredImage(stored, thumbnail, mime, image.width(), image.height(),
                       scaled_from=(decoded.width, decoded.height))


def taken_in_note(path: Path, stored: StoredImage) -> str:
    """What the user is told about an image taken in scaled down; empty when it was not."""
    if stored.scaled_from is None:
        return ""
    return QCoreApplication.translate(
        "imaging", "“%1” was %2 × %3 pixels: it is stored scaled down to %4 × %5.") \
        .replace("%1", path.name).replace("%2", str(stored.scaled_from[0])) \
        .replace("%3", str(stored.scaled_from[1])).replace("%4", str(stored.width)) \
        .replace("%5", str(stored.height))


def from_qimage(image: QImage) -> StoredImage:
    """Store an image drawn in code (the demo's illustrations) as PNG with its thumbnail."""
    return StoredImage(_encode(image, "PNG"), thumbnail_of(image), "image/png",
                       image.width(), image.height())


def qimage_from_bytes(data: bytes) -> QImage:
    """Stored image bytes for display, upright (EXIF orientation honoured), through the same
    checks as every image; a null image for bytes that are not a whole image of an allowed
    format."""
    try:
        return decode(data)[0]
    except ImageError:
        return QImage()
