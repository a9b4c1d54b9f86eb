"""Images in and out of the workspace: thumbnails and PNG encoding, with the safe decoding of
jewelbench.reports.image_decoding (users drop truncated files, non-images and bombs here)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImage

from jewelbench.reports.image_decoding import (
    MAX_FILE_BYTES,
    MAX_IMAGE_MEGABYTES,
    ImageError,
    decode,
    image_reader,
)

THUMBNAIL_SIZE = 256

__all__ = ["MAX_FILE_BYTES", "MAX_IMAGE_MEGABYTES", "ImageError", "StoredImage", "decode",
           "from_qimage", "prepare", "prepare_file", "qimage_from_bytes", "thumbnail_of"]

@dataclass(frozen=True)
class StoredImage:
    image: bytes
    thumbnail: bytes
    mime_type: str
    width: int
    height: int


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
    """Check an image's bytes and make its thumbnail; the original bytes are kept as they are."""
    image, mime = decode(data)
    return StoredImage(data, thumbnail_of(image), mime, image.width(), image.height())


def prepare_file(path: Path) -> StoredImage:
    """prepare() on an image file, refused by its size before it is read (a file larger than
    any image is never loaded whole); ImageError or OSError says why it cannot be added."""
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ImageError(QCoreApplication.translate("imaging", "the file is larger than %1 MB")
                         .replace("%1", str(MAX_FILE_BYTES // (1024 * 1024))))
    return prepare(path.read_bytes())


def from_qimage(image: QImage) -> StoredImage:
    """Store an image drawn in code (the demo's illustrations) as PNG with its thumbnail."""
    return StoredImage(_encode(image, "PNG"), thumbnail_of(image), "image/png",
                       image.width(), image.height())


def qimage_from_bytes(data: bytes) -> QImage:
    """Stored image bytes for display, upright (EXIF orientation honoured); a null image for
    bytes that are not an image."""
    with image_reader(data) as reader:
        return reader.read()
